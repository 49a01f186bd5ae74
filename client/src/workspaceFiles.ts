import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import {
  FIND_FILES_REQUEST, READ_FILE_REQUEST, type FindFilesParams, type ReadFileParams, type ReadFileResult,
} from '../../server/src/protocol';
import { decodeArticle, decodeFactBase, tooLarge } from '../../server/src/workspace/decode';

/**
 * The editor's file system for a server that has no disk (the web build): lists a folder's files
 * by glob and reads them, through `vscode.workspace`, so virtual workspaces (github.dev, vscode.dev)
 * work as local folders do. `files.exclude` applies, as in the Explorer.
 */
export function serveWorkspaceFiles(client: BaseLanguageClient): vscode.Disposable {
  return vscode.Disposable.from(
    client.onRequest(FIND_FILES_REQUEST, async (params: FindFilesParams): Promise<string[]> => {
      const folder = vscode.Uri.parse(params.folder);
      const found = await Promise.all(params.include.map((glob) => vscode.workspace.findFiles(new vscode.RelativePattern(folder, glob))));
      return [...new Set(found.flat().map((u) => u.toString()))];
    }),
    client.onRequest(READ_FILE_REQUEST, async (params: ReadFileParams): Promise<ReadFileResult> => {
      const uri = vscode.Uri.parse(params.uri);
      let size: number;
      try {
        size = (await vscode.workspace.fs.stat(uri)).size;
      } catch {
        return null;
      }
      // Not reading a file too large to analyse; decodeArticle would say the same after reading it.
      // Stryker disable next-line ConditionalExpression: equivalent when false (decodeArticle gives the same answer), a saving only
      if (params.as === 'article' && size > params.maxBytes) return tooLarge(params.maxBytes);
      const bytes = await vscode.workspace.fs.readFile(uri);
      return params.as === 'article' ? decodeArticle(bytes, params.maxBytes) : decodeFactBase(bytes);
    }),
  );
}

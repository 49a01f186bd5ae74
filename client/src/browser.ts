import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { activateWith, deactivate, type CheckApi } from './extension';

/** The web worker API of the browser extension host. */
declare const Worker: new (url: string) => ConstructorParameters<typeof LanguageClient>[3];
declare const URL: { createObjectURL(blob: unknown): string };
declare const Blob: new (parts: Uint8Array[], options: { type: string }) => unknown;

/**
 * The extension in a browser (vscode.dev, github.dev, code-server): the same language server
 * bundle runs in a web worker, and reads the workspace through the editor's file system.
 */
export async function activate(context: vscode.ExtensionContext): Promise<CheckApi> {
  const server = vscode.Uri.joinPath(context.extensionUri, 'dist', 'server.js');
  const worker = await serverWorker(server);
  return activateWith(context, (_ctx, options) => new LanguageClient('newslens', 'News Lens', options, worker()), 'web');
}

/**
 * How to start the server's worker: from its URL where the editor serves extensions over HTTP
 * (vscode.dev, github.dev); from the script's text as a Blob where the extension sits on a remote
 * server (code-server in a browser), whose `vscode-remote:` locations the web extension host
 * cannot start workers from.
 */
async function serverWorker(server: vscode.Uri): Promise<() => InstanceType<typeof Worker>> {
  if (server.scheme !== 'vscode-remote') return () => new Worker(server.toString(true));
  const url = URL.createObjectURL(new Blob([await vscode.workspace.fs.readFile(server)], { type: 'application/javascript' }));
  return () => new Worker(url);
}

export { deactivate };

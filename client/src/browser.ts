import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { activateWith, deactivate, type CheckApi } from './extension';

/** The web worker global the browser extension host provides. */
declare const Worker: new (url: string) => ConstructorParameters<typeof LanguageClient>[3];

/**
 * The extension in a browser (vscode.dev, github.dev, code-server): the same language server
 * bundle runs in a web worker, and reads the workspace through the editor's file system.
 */
export function activate(context: vscode.ExtensionContext): Promise<CheckApi> {
  return activateWith(context, (ctx, options) => {
    const worker = new Worker(vscode.Uri.joinPath(ctx.extensionUri, 'dist', 'server.js').toString(true));
    return new LanguageClient('newslens', 'News Lens', options, worker);
  }, 'web');
}

export { deactivate };

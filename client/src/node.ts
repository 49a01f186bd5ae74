import * as vscode from 'vscode';
import { LanguageClient, TransportKind } from 'vscode-languageclient/node';
import { activateWith, deactivate, type CheckApi } from './extension';

/** The extension in desktop VS Code: the language server runs as a Node process (dist/server.js). */
export function activate(context: vscode.ExtensionContext): Promise<CheckApi> {
  return activateWith(context, (ctx, options) => {
    const module = vscode.Uri.joinPath(ctx.extensionUri, 'dist', 'server.js').fsPath;
    return new LanguageClient('newslens', 'News Lens', {
      run: { module, transport: TransportKind.ipc },
      debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6029'] } },
    }, options);
  }, 'desktop');
}

export { deactivate };

import * as vscode from 'vscode';
import type { Middleware } from 'vscode-languageclient';
import { COMMANDS, HOVERED_CONTEXT } from '../../server/src/protocol';

/** The example story shipped with the extension (a folder of the package). */
const EXAMPLE = ['examples', 'golden-reed'];
const FIRST_ARTICLE = '2026-03-09-warrants.news';

/**
 * What the getting-started walkthrough needs beyond the other commands: "News Lens: Open Example
 * Story" copies the packaged example into a folder the user picks and opens it, and a hover that
 * shows a figure's reading marks the "hover a figure" step done.
 */
export function registerWalkthrough(context: vscode.ExtensionContext): vscode.Disposable {
  return vscode.commands.registerCommand(COMMANDS.openExample, (into?: vscode.Uri, options: { open?: boolean } = {}) =>
    openExample(context, into, options.open ?? true));
}

/** Copies the example story into `into` (asked for when not given), then opens it as a workspace folder. Returns the copy. */
async function openExample(context: vscode.ExtensionContext, into: vscode.Uri | undefined, open: boolean): Promise<vscode.Uri | undefined> {
  const parent = into ?? (await vscode.window.showOpenDialog({
    canSelectFolders: true, canSelectFiles: false, canSelectMany: false, openLabel: 'Copy the Example Story Here',
    title: 'News Lens: where should the example story go?',
  }))?.[0];
  if (!parent) return undefined;
  const target = vscode.Uri.joinPath(parent, 'news-lens-example');
  await vscode.workspace.fs.copy(vscode.Uri.joinPath(context.extensionUri, ...EXAMPLE), target, { overwrite: true });
  if (open) {
    const folders = vscode.workspace.workspaceFolders ?? [];
    if (folders.length === 0) await vscode.commands.executeCommand('vscode.openFolder', target);
    else {
      vscode.workspace.updateWorkspaceFolders(folders.length, 0, { uri: target, name: 'News Lens example' });
      await vscode.window.showTextDocument(vscode.Uri.joinPath(target, FIRST_ARTICLE), { preview: false });
    }
  }
  return target;
}

/** Hover middleware: remembers that a figure's hover was shown. */
export const markHovered: Middleware['provideHover'] = async (document, position, token, next) => {
  const hover = await next(document, position, token);
  if (hover && hover.contents.length > 0) void vscode.commands.executeCommand('setContext', HOVERED_CONTEXT, true);
  return hover;
};

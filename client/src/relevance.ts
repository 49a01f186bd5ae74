import * as vscode from 'vscode';
import { DESK_SETTINGS_FILE } from '../../server/src/protocol';

/** Files whose presence means there is something for News Lens to do (package.json's workspaceContains events). */
const NEWSROOM_FILES = `**/{*.news,*.article,*.facts.yaml,*.facts.yml,${DESK_SETTINGS_FILE}}`;

/**
 * Whether this workspace is a newsroom's: an article or fact base is open or in a folder, or a
 * folder's settings name articles of their own (Markdown, plain text). Opening a Markdown file in
 * any other workspace activates the extension only to ask this; the answer there is no, and nothing
 * starts: no language server, no status bar item.
 */
export async function isNewsroom(): Promise<boolean> {
  if (vscode.workspace.textDocuments.some((d) => d.languageId === 'news')) return true;
  if (setByUser('languages') || setByUser('files')) return true;
  return (await vscode.workspace.findFiles(NEWSROOM_FILES, '**/node_modules/**', 1)).length > 0;
}

/** Whether the user set `newslens.<key>` in any folder or for the workspace or user. */
function setByUser(key: string): boolean {
  return [undefined, ...(vscode.workspace.workspaceFolders ?? []).map((f) => f.uri)].some((scope) => {
    const i = vscode.workspace.getConfiguration('newslens', scope).inspect(key);
    return i?.globalValue !== undefined || i?.workspaceValue !== undefined || i?.workspaceFolderValue !== undefined;
  });
}

/** Fires when the workspace may have become a newsroom: an article opened, a newsroom file created, the settings changed. */
export function onMaybeNewsroom(listener: () => void): vscode.Disposable {
  const watcher = vscode.workspace.createFileSystemWatcher(NEWSROOM_FILES, false, true, true);
  return vscode.Disposable.from(
    watcher,
    watcher.onDidCreate(listener),
    vscode.workspace.onDidOpenTextDocument((d) => {
      if (d.languageId === 'news') listener();
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('newslens')) listener();
    }),
    vscode.workspace.onDidChangeWorkspaceFolders(listener),
  );
}

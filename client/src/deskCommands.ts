import * as vscode from 'vscode';
import { IGNORE_IN_FOLDER_COMMAND, IGNORE_SETTING, SHOW_REFERENCES_COMMAND } from '../../server/src/protocol';

interface PlaceArg {
  readonly uri: string;
  readonly line: number;
  readonly character: number;
  readonly endLine: number;
  readonly endCharacter: number;
}

/**
 * The client's half of the desk's actions: what only the editor can do. The code lens above a
 * fact lists its figures in the references view; "Ignore in this folder" adds a finding code to
 * the folder's `newslens.ignore` setting (the server re-reads it and re-checks).
 */
export function registerDeskCommands(): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(SHOW_REFERENCES_COMMAND, (uri: string, line: number, character: number, places: readonly PlaceArg[]) =>
      vscode.commands.executeCommand('editor.action.showReferences', vscode.Uri.parse(uri), new vscode.Position(line, character),
        places.map((p) => new vscode.Location(vscode.Uri.parse(p.uri), new vscode.Range(p.line, p.character, p.endLine, p.endCharacter))))),
    vscode.commands.registerCommand(IGNORE_IN_FOLDER_COMMAND, ignoreInFolder),
  ];
}

async function ignoreInFolder(uri: string, code: string): Promise<void> {
  const folder = vscode.workspace.getWorkspaceFolder(vscode.Uri.parse(uri));
  const config = vscode.workspace.getConfiguration('newslens', folder?.uri);
  const ignored = config.get<string[]>(IGNORE_SETTING, []);
  if (ignored.includes(code)) return;
  // A folder of a multi-root workspace keeps its own list; a single folder's is the workspace's.
  const target = folder && (vscode.workspace.workspaceFolders?.length ?? 0) > 1 ? vscode.ConfigurationTarget.WorkspaceFolder : vscode.ConfigurationTarget.Workspace;
  await config.update(IGNORE_SETTING, [...ignored, code], target);
  void vscode.window.showInformationMessage(`News Lens: ${code} is ignored in ${folder?.name ?? 'this workspace'} (setting newslens.ignore).`);
}

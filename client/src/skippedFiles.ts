import * as vscode from 'vscode';
import type { SkippedFiles } from '../../server/src/protocol';

const OPEN_LOG = 'Open Log';

/**
 * Tells the user which files News Lens did not read and why, once per batch the server reports:
 * the file by name (or the first and how many more), with an action that opens the log.
 */
export function tellSkipped(skipped: SkippedFiles, output: vscode.OutputChannel): void {
  const [first, ...others] = skipped.files;
  if (!first) return;
  const name = vscode.workspace.asRelativePath(vscode.Uri.parse(first.uri));
  const more = others.length > 0 ? ` and ${others.length} other file${others.length === 1 ? '' : 's'} (see the log)` : '';
  const message = `News Lens did not read ${name}: ${first.reason}${more}.`;
  const show = skipped.files.some((f) => f.error) ? vscode.window.showWarningMessage : vscode.window.showInformationMessage;
  void show(message, OPEN_LOG).then((choice) => {
    if (choice === OPEN_LOG) output.show(true);
  });
}

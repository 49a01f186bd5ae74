import * as vscode from 'vscode';
import { findingsDocumentation } from '../../server/src/engine/catalogue';
import { COMMANDS } from '../../server/src/protocol';

/** The read-only document of the findings documentation, generated from the rule catalogue the extension carries. */
export const FINDING_DOCS_URI = vscode.Uri.from({ scheme: 'newslens-docs', path: '/findings.md' });

/**
 * The findings documentation, where a diagnostic's code links (`COMMANDS.showFindingDocs`, arguments
 * `[code]`): a Markdown preview scrolled to the code's section. The text comes with the extension,
 * not from disk or the network, so the link works in the desktop and in the browser, offline too;
 * the settings' "Documentation" links open it as well.
 */
export function registerFindingDocs(): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.workspace.registerTextDocumentContentProvider(FINDING_DOCS_URI.scheme, { provideTextDocumentContent: () => findingsDocumentation() }),
    vscode.commands.registerCommand(COMMANDS.showFindingDocs, showFindingDocs),
  );
}

async function showFindingDocs(code?: unknown): Promise<void> {
  // The preview scrolls to the heading the fragment names: each code heads its section.
  const section = typeof code === 'string' ? code : '';
  try {
    await vscode.commands.executeCommand('markdown.showPreview', FINDING_DOCS_URI.with({ fragment: section }));
  } catch {
    // Without the built-in Markdown extension: the text itself, at the section's heading.
    const doc = await vscode.workspace.openTextDocument(FINDING_DOCS_URI);
    const line = Math.max(0, doc.getText().split('\n').indexOf(`## ${section}`));
    const editor = await vscode.window.showTextDocument(doc, { selection: new vscode.Range(line, 0, line, 0) });
    editor.revealRange(new vscode.Range(line, 0, line, 0), vscode.TextEditorRevealType.AtTop);
  }
}

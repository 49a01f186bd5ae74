import * as assert from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';
import { SERVER_SETTINGS } from '../../../server/src/protocol';
import { EXTENSION_ID, FIRE, INQUIRY, REOPENING, articleUri, codeOf, find, newsLensDiagnostics, waitFor, workspaceFolder } from './helpers';

/** The cross-article findings on "Nine" in the reopening article (the inquiry's 10 came between two reports of 9). */
async function onNine(): Promise<() => vscode.Diagnostic[]> {
  const doc = await vscode.workspace.openTextDocument(articleUri(REOPENING, FIRE));
  await vscode.window.showTextDocument(doc, { preview: false });
  const nine = find(doc, 8, 'Nine');
  return () => newsLensDiagnostics(doc.uri).filter((d) => codeOf(d) === 'cross-doc-mismatch' && d.range.start.isEqual(nine.start));
}

/**
 * Sets `newslens.<key>` for the workspace folder (its .vscode/settings.json), runs `check`, and
 * takes the setting (and a settings file it created) away again.
 */
async function withFolderSetting(key: string, value: unknown, check: () => Promise<void>): Promise<void> {
  const folder = workspaceFolder();
  const settingsDir = vscode.Uri.joinPath(folder.uri, '.vscode');
  const hadSettings = fs.existsSync(settingsDir.fsPath);
  const config = () => vscode.workspace.getConfiguration('newslens', folder.uri);
  await config().update(key, value, vscode.ConfigurationTarget.WorkspaceFolder);
  try {
    assert.deepStrictEqual(config().inspect(key)?.workspaceFolderValue, value, `newslens.${key} is accepted for the folder`);
    await check();
  } finally {
    await config().update(key, undefined, vscode.ConfigurationTarget.WorkspaceFolder);
    if (!hadSettings) fs.rmSync(settingsDir.fsPath, { recursive: true, force: true });
  }
}

suite('News Lens: settings per workspace folder, applied without a reload', () => {
  test('the settings are titled "News Lens"; the server\'s can differ per folder, the trace is declared per window', () => {
    const configuration = (vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON as {
      contributes: { configuration: { title: string; properties: Record<string, { scope?: string }> } };
    }).contributes.configuration;
    assert.strictEqual(configuration.title, 'News Lens');
    const scopes = Object.fromEntries(Object.entries(configuration.properties).map(([key, p]) => [key, p.scope]));
    assert.deepStrictEqual(scopes, {
      ...Object.fromEntries(SERVER_SETTINGS.map((key) => [`newslens.${key}`, 'resource'])),
      'newslens.trace.server': 'window',
    });
    assert.strictEqual(vscode.workspace.getConfiguration('newslens').inspect('trace.server')?.defaultValue, 'off', 'VS Code knows newslens.trace.server');
  });

  test('a severity set for the folder changes its findings, and taking it away restores them', async function () {
    this.timeout(60_000);
    const findings = await onNine();
    const severities = () => findings().map((d) => d.severity);
    await waitFor(severities, (s) => s.length === 1 && s[0] === vscode.DiagnosticSeverity.Warning, 'the default: a warning on "Nine"');
    await withFolderSetting('severity', { 'cross-doc-mismatch': 'error' }, async () => {
      await waitFor(severities, (s) => s.length === 1 && s[0] === vscode.DiagnosticSeverity.Error, 'an error on "Nine", as the folder says');
    });
    await waitFor(severities, (s) => s.length === 1 && s[0] === vscode.DiagnosticSeverity.Warning, 'a warning again');
  });

  test('a file the folder excludes is no longer an article: its disagreement goes', async function () {
    this.timeout(60_000);
    const findings = await onNine();
    await waitFor(findings, (ds) => ds.length === 1, `"Nine" disagrees with ${INQUIRY}`);
    await withFolderSetting('exclude', [`**/${INQUIRY}`], async () => {
      await waitFor(findings, (ds) => ds.length === 0, `no disagreement once ${INQUIRY} is excluded`);
    });
    await waitFor(findings, (ds) => ds.length === 1, 'the disagreement back');
  });

  test('a folder that analyses Markdown: its Markdown articles get the very tokens (and so colours) of a .news article', async function () {
    this.timeout(60_000);
    // An invented note, as a .news file and as its Markdown twin, in a story folder of their own.
    const dir = vscode.Uri.joinPath(workspaceFolder().uri, 'markdown-desk');
    const note = 'LISBON, May 4 — About 300 residents of Alfama were moved out after a fire on Sunday, '
      + 'the city council said. Mayor Ines Carvalho said 12 buildings were damaged.\n';
    fs.mkdirSync(dir.fsPath, { recursive: true });
    fs.writeFileSync(vscode.Uri.joinPath(dir, 'fire.news').fsPath, note);
    fs.writeFileSync(vscode.Uri.joinPath(dir, 'fire.md').fsPath, note);
    const tokens = async (name: string) => {
      const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(dir, name));
      await vscode.window.showTextDocument(doc, { preview: false });
      const result = await vscode.commands.executeCommand<vscode.SemanticTokens | undefined>('vscode.provideDocumentSemanticTokens', doc.uri);
      return [...(result?.data ?? [])];
    };
    try {
      const news = await waitFor(() => tokens('fire.news'), (data) => data.length > 0, 'tokens in the .news article');
      assert.deepStrictEqual(await tokens('fire.md'), [], 'Markdown is not analysed by default');
      await withFolderSetting('languages', ['news', 'markdown'], async () => {
        await waitFor(() => tokens('fire.md'), (data) => JSON.stringify(data) === JSON.stringify(news), 'the .news tokens in the Markdown twin');
      });
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      fs.rmSync(dir.fsPath, { recursive: true, force: true });
    }
  });
});

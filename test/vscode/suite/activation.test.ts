import * as assert from 'assert';
import * as vscode from 'vscode';
import { EXTENSION_ID, WARRANTS, openArticle, waitFor, workspaceFolder } from './helpers';

suite('News Lens: activation', () => {
  test('the extension is installed and contributes the news language and its command', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `extension ${EXTENSION_ID} is loaded`);
    const pkg = ext.packageJSON as { contributes: { languages: Array<{ id: string; extensions: string[] }> } };
    const news = pkg.contributes.languages.find((l) => l.id === 'news');
    assert.ok(news, 'contributes the language "news"');
    assert.ok(news.extensions.includes('.news'));
    assert.ok((await vscode.languages.getLanguages()).includes('news'), 'VS Code knows the language "news"');
    assert.strictEqual(vscode.workspace.workspaceFolders?.length, 1);
    assert.strictEqual(workspaceFolder().name, 'examples');
  });

  test('opening a .news article gives it the language "news" and activates the extension', async () => {
    const { doc } = await openArticle(WARRANTS);
    assert.strictEqual(doc.languageId, 'news');
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    await waitFor(() => ext.isActive, (active) => active, 'the extension to activate');
    const api = ext.exports as { checkConsistency?: unknown } | undefined;
    assert.strictEqual(typeof api?.checkConsistency, 'function', 'activate() returns { checkConsistency }');
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('newslens.checkConsistency'), 'command newslens.checkConsistency is registered');
    assert.ok(commands.includes('newslens.openLocation'), 'command newslens.openLocation is registered');
  });
});

import * as assert from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';
import { EXTENSION_ID, WARRANTS, openArticle, workspaceFolder } from './helpers';
import type { CheckApi } from '../../../client/src/extension';

const TYPOGRAPHIC = ['‘', '’', '“', '”', '–', '—'];

function editorSettings(languageId: string, uri?: vscode.Uri): vscode.WorkspaceConfiguration {
  return vscode.workspace.getConfiguration('editor', { languageId, uri });
}

suite('News Lens: prose settings', () => {
  test('news articles wrap, leave typographic quotes and dashes unboxed, and keep hyphenated words whole', async () => {
    await openArticle(WARRANTS);
    const news = editorSettings('news');
    assert.strictEqual(news.get('wordWrap'), 'on');
    const allowed = news.get<Record<string, boolean>>('unicodeHighlight.allowedCharacters') ?? {};
    for (const c of TYPOGRAPHIC) assert.strictEqual(allowed[c], true, `${c} is allowed`);
    const separators = news.get<string>('wordSeparators') ?? '';
    assert.ok(!separators.includes('-') && !separators.includes('\''), `"state-run" and "don't" are one word: ${separators}`);
    assert.ok(separators.includes('“') && separators.includes('—'), 'typographic quotes and dashes separate words');
  });

  test('Markdown keeps VS Code\'s settings; accepting News Lens\'s offer for a folder gives that folder\'s Markdown the prose settings', async () => {
    const folder = workspaceFolder().uri;
    const allowed = () => editorSettings('markdown', folder).get<Record<string, boolean>>('unicodeHighlight.allowedCharacters') ?? {};
    assert.notStrictEqual(allowed()['’'], true, 'no prose settings for Markdown by default');
    const settingsDir = vscode.Uri.joinPath(folder, '.vscode');
    const hadSettings = fs.existsSync(settingsDir.fsPath);
    const api = vscode.extensions.getExtension<CheckApi>(EXTENSION_ID)!.exports;
    await api.useProseSettings(folder, 'markdown');
    try {
      for (const c of TYPOGRAPHIC) assert.strictEqual(allowed()[c], true, `${c} is allowed in the folder's Markdown`);
      assert.strictEqual(editorSettings('markdown', folder).inspect('wordSeparators')?.workspaceFolderLanguageValue, editorSettings('news').get('wordSeparators'));
      assert.notStrictEqual(editorSettings('plaintext', folder).get<Record<string, boolean>>('unicodeHighlight.allowedCharacters')?.['’'], true, 'plain text untouched');
    } finally {
      const config = vscode.workspace.getConfiguration(undefined, { uri: folder, languageId: 'markdown' });
      const pkg = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON as { contributes: { configurationDefaults: Record<string, object> } };
      for (const key of Object.keys(pkg.contributes.configurationDefaults['[news]'])) {
        await config.update(key, undefined, vscode.ConfigurationTarget.WorkspaceFolder, true);
      }
      if (!hadSettings) fs.rmSync(settingsDir.fsPath, { recursive: true, force: true });
    }
  });
});

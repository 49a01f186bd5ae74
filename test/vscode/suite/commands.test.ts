import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { COMMANDS, VERSION } from '../../../server/src/protocol';
import { GROUP, WARRANTS, basename, openArticle, waitFor, workspaceFolder } from './helpers';

suite('News Lens: the commands', () => {
  test('every command of package.json is registered under its protocol id', async () => {
    await openArticle(WARRANTS);
    const registered = await vscode.commands.getCommands(true);
    for (const id of Object.values(COMMANDS)) assert.ok(registered.includes(id), `${id} is registered`);
  });

  test('Show Output shows the News Lens output, which has the version and what was indexed since start-up', async () => {
    await openArticle(WARRANTS);
    await vscode.commands.executeCommand(COMMANDS.showOutput);
    // The output channel shown in the panel reaches the extension host as a document of scheme "output".
    const log = await waitFor(
      () => vscode.workspace.textDocuments.find((d) => d.uri.scheme === 'output' && d.getText().includes(`News Lens ${VERSION} (desktop) activated.`)),
      (d) => d !== undefined && /indexed \d+ articles and \d+ fact bases/.test(d.getText()),
      'the News Lens output with the start-up lines',
    );
    assert.match(log!.getText(), new RegExp(`News Lens: ${VERSION.replace(/\./g, '\\.')} started \\(Node v`));
  });

  test('Open Fact Base opens the fact base the user picks of the workspace\'s two', async () => {
    await openArticle(WARRANTS);
    const opened = vscode.commands.executeCommand<vscode.Uri | undefined>(COMMANDS.openFactBase);
    let result: vscode.Uri | undefined;
    void opened.then((uri) => { result = uri; });
    // Two fact bases (golden-reed and kestrel-results): a quick pick; take the first.
    await waitFor(async () => {
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
      return result;
    }, (uri) => uri !== undefined, 'a fact base opened from the quick pick');
    assert.match(basename(result!), /\.facts\.yaml$/);
    assert.strictEqual(vscode.window.activeTextEditor?.document.uri.toString(), result!.toString(), 'the fact base is in the active editor');
    assert.ok([GROUP, 'kestrel-results'].some((folder) => result!.path.includes(`/${folder}/`)));
  });

  test('Open Example Story copies the packaged story (articles and fact base) into the folder given', async () => {
    const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'newslens-example-'));
    try {
      const copy = await vscode.commands.executeCommand<vscode.Uri>(COMMANDS.openExample, vscode.Uri.file(parent), { open: false });
      const files = fs.readdirSync(copy.fsPath).sort();
      assert.deepStrictEqual(files, fs.readdirSync(path.join(workspaceFolder().uri.fsPath, GROUP)).sort());
      assert.ok(files.includes(WARRANTS) && files.some((f) => f.endsWith('.facts.yaml')), files.join(', '));
    } finally {
      fs.rmSync(parent, { recursive: true, force: true });
    }
  });
});

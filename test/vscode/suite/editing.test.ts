import * as assert from 'assert';
import * as vscode from 'vscode';
import { COURTS, WARRANTS, articleUri, codeOf, find, newsLensDiagnostics, openArticle, waitFor } from './helpers';

suite('News Lens: live editing', () => {
  let doc: vscode.TextDocument | undefined;

  teardown(async () => {
    // Never save: revert the buffer to the file on disk (examples/ stays untouched).
    if (doc?.isDirty) {
      await vscode.window.showTextDocument(doc);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  });

  test('changing "58" to "59" in the open warrants article clears the cross-article mismatch, reverting restores it', async () => {
    ({ doc } = await openArticle(WARRANTS));
    const d = doc;
    const fiftyEight = find(d, 8, '58');
    const courts = articleUri(COURTS);
    const mismatchOn = (uri: vscode.Uri, range?: vscode.Range) => newsLensDiagnostics(uri)
      .some((x) => codeOf(x) === 'cross-doc-mismatch' && (!range || x.range.isEqual(range)));

    await waitFor(() => mismatchOn(d.uri, fiftyEight), (b) => b, 'the cross-doc-mismatch on "58"');
    await waitFor(() => mismatchOn(courts), (b) => b, `the cross-doc-mismatch in ${COURTS}`);

    const edit = new vscode.WorkspaceEdit();
    edit.replace(d.uri, fiftyEight, '59');
    assert.ok(await vscode.workspace.applyEdit(edit), 'edit applied');
    assert.strictEqual(d.getText(fiftyEight), '59');
    assert.ok(d.isDirty);

    await waitFor(() => mismatchOn(d.uri, fiftyEight), (b) => !b, 'the cross-doc-mismatch on the edited figure to disappear');
    // The other article agrees now as well: its finding goes away without opening it.
    await waitFor(() => mismatchOn(courts), (b) => !b, `the cross-doc-mismatch in ${COURTS} to disappear`);
    // Unrelated findings stay.
    assert.ok(newsLensDiagnostics(d.uri).some((x) => codeOf(x) === 'fact-mismatch'), 'the fact-mismatch on "About 50" stays');

    // Revert without saving: the buffer is the file again and the finding comes back.
    await vscode.window.showTextDocument(d);
    await vscode.commands.executeCommand('workbench.action.files.revert');
    assert.strictEqual(d.isDirty, false, 'reverted');
    assert.strictEqual(d.getText(fiftyEight), '58');
    await waitFor(() => mismatchOn(d.uri, fiftyEight), (b) => b, 'the cross-doc-mismatch on "58" to come back');
    await waitFor(() => mismatchOn(courts), (b) => b, `the cross-doc-mismatch in ${COURTS} to come back`);
  });
});

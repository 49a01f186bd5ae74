import * as assert from 'assert';
import * as vscode from 'vscode';
import { FIRE, INQUIRY, REOPENING, articleUri, codeOf, find, newsLensDiagnostics, openArticle, waitFor } from './helpers';

suite('News Lens: live editing', () => {
  let doc: vscode.TextDocument | undefined;

  teardown(async () => {
    // Never save: revert the buffer to the file on disk (examples/ stays untouched).
    if (doc?.isDirty) {
      await vscode.window.showTextDocument(doc);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  });

  test('changing "Nine" to "Ten" in the open reopening article makes 9 → 10 an update, reverting restores the disagreement', async () => {
    ({ doc } = await openArticle(REOPENING, FIRE));
    const d = doc;
    const nine = find(d, 8, 'Nine');
    const inquiry = articleUri(INQUIRY, FIRE);
    const mismatchOn = (uri: vscode.Uri, range?: vscode.Range) => newsLensDiagnostics(uri)
      .some((x) => codeOf(x) === 'cross-doc-mismatch' && (!range || x.range.isEqual(range)));

    await waitFor(() => mismatchOn(d.uri, nine), (b) => b, 'the cross-doc-mismatch on "Nine"');
    await waitFor(() => mismatchOn(inquiry), (b) => b, `the cross-doc-mismatch in ${INQUIRY}`);

    const edit = new vscode.WorkspaceEdit();
    edit.replace(d.uri, nine, 'Ten');
    assert.ok(await vscode.workspace.applyEdit(edit), 'edit applied');
    assert.strictEqual(d.getText(find(d, 8, 'Ten')), 'Ten');
    assert.ok(d.isDirty);

    await waitFor(() => mismatchOn(d.uri), (b) => !b, 'the cross-doc-mismatch on the edited figure to disappear');
    // The other article is an update now as well: its finding goes away without opening it.
    await waitFor(() => mismatchOn(inquiry), (b) => !b, `the cross-doc-mismatch in ${INQUIRY} to disappear`);

    // Revert without saving: the buffer is the file again and the finding comes back.
    await vscode.window.showTextDocument(d);
    await vscode.commands.executeCommand('workbench.action.files.revert');
    assert.strictEqual(d.isDirty, false, 'reverted');
    assert.strictEqual(d.getText(nine), 'Nine');
    await waitFor(() => mismatchOn(d.uri, nine), (b) => b, 'the cross-doc-mismatch on "Nine" to come back');
    await waitFor(() => mismatchOn(inquiry), (b) => b, `the cross-doc-mismatch in ${INQUIRY} to come back`);
  });
});

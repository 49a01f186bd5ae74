import * as assert from 'assert';
import * as vscode from 'vscode';
import { SOURCE, basename, codeOf, waitFor } from './helpers';

/** What the desk reaches for first: fix the copy from the fact base, then record a figure, then accept a known difference. */
const PREFERENCE = [/^Replace with the fact base's value/, /^Add “.*” to the fact base$/, /^Mark as reviewed/];

/** Every News Lens error and warning of the workspace: what the Problems panel lists for the desk to work through. */
function problems(): Array<[vscode.Uri, vscode.Diagnostic]> {
  return vscode.languages.getDiagnostics().flatMap(([uri, ds]) => ds
    .filter((d) => d.source === SOURCE && d.severity <= vscode.DiagnosticSeverity.Warning)
    .map((d): [vscode.Uri, vscode.Diagnostic] => [uri, d]));
}

const describe = (list: Array<[vscode.Uri, vscode.Diagnostic]>) => list.map(([u, d]) => `${basename(u)}:${d.range.start.line + 1} ${codeOf(d)}`).sort().join(', ');

suite('News Lens: working through the Problems panel', () => {
  suiteTeardown(async () => {
    for (const doc of vscode.workspace.textDocuments.filter((d) => d.isDirty)) {
      await vscode.window.showTextDocument(doc);
      await vscode.commands.executeCommand('workbench.action.files.revert', doc.uri);
    }
  });

  test('the examples are worked through with the code actions alone until no error or warning is left', async function () {
    this.timeout(180_000);
    await vscode.commands.executeCommand('newslens.checkConsistency');
    const start = await waitFor(problems, (ps) => ps.length === 9, 'the examples\' nine errors and warnings');
    const taken: string[] = [];
    for (let step = 0; step < 20 && problems().length > 0; step++) {
      const before = describe(problems());
      const [uri, diagnostic] = problems()[0];
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: false }); // as from a click in the Problems panel
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostic.range);
      const action = PREFERENCE.map((p) => actions.find((a) => p.test(a.title))).find((a) => a !== undefined);
      assert.ok(action, `an action for ${codeOf(diagnostic)} in ${basename(uri)}: ${actions.map((a) => a.title).join('; ')}`);
      taken.push(`${basename(uri)}: ${action.title}`);
      if (action.edit) assert.ok(await vscode.workspace.applyEdit(action.edit));
      if (action.command) {
        const result = await vscode.commands.executeCommand<{ applied: boolean }>(action.command.command, ...(action.command.arguments ?? []));
        assert.strictEqual(result?.applied, true, `${action.title}: ${JSON.stringify(result)}`);
      }
      await waitFor(() => describe(problems()), (now) => now !== before, `the Problems panel to change after “${action.title}”`);
    }
    assert.deepStrictEqual(problems(), [], `left after ${taken.length} actions (${taken.join(' | ')})`);
    assert.ok(taken.length < start.length + 3, `a handful of actions: ${taken.join(' | ')}`);
  });
});

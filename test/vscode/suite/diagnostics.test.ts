import * as assert from 'assert';
import * as vscode from 'vscode';
import { COMMANDS } from '../../../server/src/protocol';
import { FIRE, INQUIRY, REOPENING, WARRANTS, articleUri, basename, codeOf, find, newsLensDiagnostics, openArticle, waitFor } from './helpers';

suite('News Lens: diagnostics', () => {
  test('the warrants article gets the fact base\'s finding, and its disputed range settles the rest', async () => {
    const { doc } = await openArticle(WARRANTS);
    const about50 = find(doc, 10, 'About 50');
    const diags = await waitFor(() => newsLensDiagnostics(doc.uri), (ds) => ds.some((d) => codeOf(d) === 'fact-mismatch'), `News Lens diagnostics in ${WARRANTS}`);
    // "58" (the courts article says 59) is inside the fact base's disputed 58–59: no cross-article warning.
    assert.deepStrictEqual(diags.map((d) => codeOf(d)), ['fact-mismatch']);
    // "About 50" contradicts the fact base (64): an error, linked to the fact.
    const factMismatch = diags[0];
    assert.strictEqual(factMismatch.source, 'News Lens');
    assert.strictEqual(factMismatch.severity, vscode.DiagnosticSeverity.Error);
    assert.ok(factMismatch.range.isEqual(about50), 'the fact-mismatch is on "About 50"');
    assert.match(factMismatch.message, /64/);
    assert.ok(factMismatch.relatedInformation?.some((r) => basename(r.location.uri) === 'golden-reed.facts.yaml'), 'related information points to the fact base');
  });

  test('articles that are not open get their findings too: a count that went back and forth, with its timeline', async () => {
    const inquiry = articleUri(INQUIRY, FIRE);
    const diags = await waitFor(() => newsLensDiagnostics(inquiry), (ds) => ds.some((d) => codeOf(d) === 'cross-doc-mismatch'), `diagnostics for ${INQUIRY}`);
    const d = diags.find((x) => codeOf(x) === 'cross-doc-mismatch')!;
    assert.strictEqual(d.severity, vscode.DiagnosticSeverity.Warning);
    assert.match(d.message, /Timeline: 9 \(Nov 27\) → 10 \(Nov 30\) → 9 \(Dec 2\)/);
    const related = d.relatedInformation?.find((r) => basename(r.location.uri) === '2026-11-27-fire.news');
    assert.ok(related, 'related information points to the first report');
    assert.strictEqual((await vscode.workspace.openTextDocument(related.location.uri)).getText(related.location.range), 'nine');
    assert.ok(newsLensDiagnostics(articleUri(REOPENING, FIRE)).some((x) => codeOf(x) === 'cross-doc-mismatch'), 'the return to 9 is flagged too');
  });

  test('a finding\'s code links to the findings documentation, which opens at its section in a Markdown preview', async () => {
    const { doc } = await openArticle(WARRANTS);
    const diags = await waitFor(() => newsLensDiagnostics(doc.uri), (ds) => ds.some((d) => codeOf(d) === 'fact-mismatch'), `News Lens diagnostics in ${WARRANTS}`);
    const code = diags.find((d) => codeOf(d) === 'fact-mismatch')!.code as { value: string; target: vscode.Uri };
    // The link the Problems panel and the hover show on the code: our command, with the code as its argument.
    assert.deepStrictEqual([code.target.scheme, code.target.path, JSON.parse(code.target.query)], ['command', COMMANDS.showFindingDocs, ['fact-mismatch']]);
    // What a click does (the workbench opens command: links of diagnostic codes with commands allowed).
    await vscode.commands.executeCommand(code.target.path, ...JSON.parse(code.target.query));
    const tab = (await waitFor(() => vscode.window.tabGroups.activeTabGroup.activeTab, (t) => t?.input instanceof vscode.TabInputWebview && /markdown\.preview/.test(t.input.viewType), 'a Markdown preview'))!;
    assert.strictEqual(tab.label, 'Preview findings.md');
    // Its document: the findings documentation the extension carries, read-only, a section per code
    // (the UI check finds the preview scrolled to the code's heading).
    const shown = await vscode.workspace.openTextDocument(vscode.Uri.parse('newslens-docs:/findings.md'));
    for (const c of ['cross-doc-mismatch', 'fact-mismatch', 'fact-base-error']) assert.ok(shown.getText().includes(`\n## ${c}\n`), `a section for ${c}`);
    await vscode.window.tabGroups.close(tab);
  });
});

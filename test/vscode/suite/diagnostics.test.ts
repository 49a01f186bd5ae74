import * as assert from 'assert';
import * as vscode from 'vscode';
import { COURTS, FLIGHT, WARRANTS, basename, codeOf, find, newsLensDiagnostics, openArticle, waitFor } from './helpers';

suite('News Lens: diagnostics', () => {
  test('the warrants article gets cross-article and fact-base findings', async () => {
    const { doc } = await openArticle(WARRANTS);
    const about50 = find(doc, 10, 'About 50');
    const fiftyEight = find(doc, 8, '58');

    const diags = await waitFor(
      () => newsLensDiagnostics(doc.uri),
      (ds) => ds.some((d) => codeOf(d) === 'fact-mismatch') && ds.filter((d) => codeOf(d) === 'cross-doc-mismatch').length >= 2,
      `News Lens diagnostics in ${WARRANTS}`,
    );
    for (const d of diags) assert.strictEqual(d.source, 'News Lens');

    // "58" here vs "59" in the courts article.
    const onFiftyEight = diags.find((d) => codeOf(d) === 'cross-doc-mismatch' && d.range.isEqual(fiftyEight));
    assert.ok(onFiftyEight, `a cross-doc-mismatch on "58": ${JSON.stringify(diags.map((d) => [codeOf(d), d.range.start]))}`);
    assert.strictEqual(onFiftyEight.severity, vscode.DiagnosticSeverity.Warning);
    assert.match(onFiftyEight.message, /59/);
    const courtsRelated = onFiftyEight.relatedInformation?.find((r) => basename(r.location.uri) === COURTS);
    assert.ok(courtsRelated, `related information points to ${COURTS}`);
    const courtsDoc = await vscode.workspace.openTextDocument(courtsRelated.location.uri);
    assert.strictEqual(courtsDoc.getText(courtsRelated.location.range), '59');

    // "About 50" here vs "Sixty-four" in the flight article.
    const onAbout50 = diags.find((d) => codeOf(d) === 'cross-doc-mismatch' && d.range.isEqual(about50));
    assert.ok(onAbout50, 'a cross-doc-mismatch on "About 50"');
    const flightRelated = onAbout50.relatedInformation?.find((r) => basename(r.location.uri) === FLIGHT);
    assert.ok(flightRelated, `related information points to ${FLIGHT}`);
    const flightDoc = await vscode.workspace.openTextDocument(flightRelated.location.uri);
    assert.strictEqual(flightDoc.getText(flightRelated.location.range), 'Sixty-four');

    // "About 50" contradicts the fact base (64): an error.
    const factMismatch = diags.find((d) => codeOf(d) === 'fact-mismatch');
    assert.ok(factMismatch);
    assert.strictEqual(factMismatch.severity, vscode.DiagnosticSeverity.Error);
    assert.ok(factMismatch.range.isEqual(about50), 'the fact-mismatch is on "About 50"');
    assert.match(factMismatch.message, /64/);
    assert.ok(
      factMismatch.relatedInformation?.some((r) => basename(r.location.uri) === 'golden-reed.facts.yaml'),
      'related information points to the fact base',
    );
  });

  test('articles that are not open get their findings too', async () => {
    const courts = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, 'golden-reed', COURTS);
    const diags = await waitFor(
      () => newsLensDiagnostics(courts),
      (ds) => ds.some((d) => codeOf(d) === 'cross-doc-mismatch'),
      `diagnostics for ${COURTS}`,
    );
    const d = diags.find((x) => codeOf(x) === 'cross-doc-mismatch')!;
    assert.ok(d.relatedInformation?.some((r) => basename(r.location.uri) === WARRANTS));
  });
});

import * as assert from 'assert';
import * as vscode from 'vscode';
import { EXTENSION_ID, FIRE, INQUIRY, REOPENING, WARRANTS, articleUri, basename, codeOf, find, newsLensDiagnostics, openArticle, serverPids, waitFor } from './helpers';
import type { CheckApi } from '../../../client/src/extension';
import type { StoryNode } from '../../../client/src/storiesView';

const RESULTS = 'kestrel-results';
const BUSINESS_DESK = '2026-10-28-business-desk.news';
const WIRE = '2026-10-28-wire.news';

/** Never save: every buffer the desk's actions changed goes back to the file on disk (examples/ stays untouched). */
async function revertAll(): Promise<void> {
  for (const doc of vscode.workspace.textDocuments.filter((d) => d.isDirty)) {
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('workbench.action.files.revert', doc.uri);
    await waitFor(() => doc.isDirty, (dirty) => !dirty, `${basename(doc.uri)} to be reverted`);
  }
}

async function actionsOn(doc: vscode.TextDocument, range: vscode.Range, title: string): Promise<vscode.CodeAction> {
  const actions = await waitFor(
    () => vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, range),
    (as) => (as ?? []).some((a) => a.title === title),
    `the code action "${title}"`,
  );
  return actions.find((a) => a.title === title)!;
}

/** Runs a code action as the light bulb does: its edit applied, then its command run. */
async function run(action: vscode.CodeAction): Promise<unknown> {
  if (action.edit) assert.ok(await vscode.workspace.applyEdit(action.edit), `${action.title}: edit applied`);
  return action.command ? vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? [])) : undefined;
}

function api(): CheckApi {
  return vscode.extensions.getExtension<CheckApi>(EXTENSION_ID)!.exports;
}

suite('News Lens: the fact-checker\'s desk', () => {
  teardown(revertAll);

  test('"Replace with the fact base\'s value" fixes a wrong figure in the article\'s style', async () => {
    const { doc } = await openArticle(BUSINESS_DESK, RESULTS);
    const revenue = find(doc, 7, '$4.6 billion');
    const hasMismatch = () => newsLensDiagnostics(doc.uri).some((d) => codeOf(d) === 'fact-mismatch' && d.range.isEqual(revenue));
    await waitFor(hasMismatch, (b) => b, 'the fact-mismatch on "$4.6 billion"');
    await run(await actionsOn(doc, revenue, 'Replace with the fact base\'s value: “$4.1 billion”'));
    assert.strictEqual(doc.getText(find(doc, 7, '$4.1 billion')), '$4.1 billion');
    assert.ok(doc.isDirty, 'the edit is in the buffer, not saved');
    await waitFor(hasMismatch, (b) => !b, 'the fact-mismatch to go');
  });

  test('"Add to the fact base" opens the fact base with the new fact selected; the other article now contradicts it', async () => {
    const { doc } = await openArticle(WIRE, RESULTS);
    const growth = find(doc, 7, '12%');
    const result = await run(await actionsOn(doc, growth, 'Add “12%” to the fact base'));
    assert.deepStrictEqual(result, { applied: true, uri: articleUri('kestrel-results.facts.yaml', RESULTS).toString() });
    const editor = await waitFor(() => vscode.window.activeTextEditor, (e) => e !== undefined && basename(e.document.uri) === 'kestrel-results.facts.yaml', 'the fact base in the editor');
    assert.ok(editor!.document.isDirty, 'the fact is added to the buffer, for the desk to review and save');
    assert.strictEqual(editor!.document.getText(editor!.selection), '12', 'the new value is selected');
    assert.match(editor!.document.getText(), /\n {4}label: Revenue \(change\), Q3 2026\n {4}value: 12\n/);
    await waitFor(() => newsLensDiagnostics(articleUri(BUSINESS_DESK, RESULTS)).filter((d) => codeOf(d) === 'fact-mismatch').map((d) => d.message).join('\n'),
      (m) => /15 percent/.test(m), 'the business desk\'s 15 percent to contradict the new fact');
  });

  test('"Mark as reviewed" records the known difference in the fact base and the warning goes', async () => {
    const { doc } = await openArticle(REOPENING, FIRE);
    const nine = find(doc, 8, 'Nine');
    await waitFor(() => newsLensDiagnostics(doc.uri), (ds) => ds.some((d) => codeOf(d) === 'cross-doc-mismatch'), 'the warning on "Nine"');
    await run(await actionsOn(doc, nine, 'Mark as reviewed: the difference with 2026-11-30-inquiry.news’s “Ten”'));
    const factBase = vscode.workspace.textDocuments.find((d) => basename(d.uri) === 'harbour-fire.facts.yaml');
    assert.match(factBase!.getText(), /\nreviewed:\n {2}- places:\n {6}- \{article: 2026-12-02-reopening\.news, figure: Nine\}\n/);
    await waitFor(() => newsLensDiagnostics(doc.uri), (ds) => ds.length === 0, 'the reviewed warning to go');
  });

  test('"Open …" opens the other article at its figure', async () => {
    const { doc } = await openArticle(REOPENING, FIRE);
    await run(await actionsOn(doc, find(doc, 8, 'Nine'), 'Open 2026-11-30-inquiry.news at “Ten”'));
    const editor = await waitFor(() => vscode.window.activeTextEditor, (e) => e !== undefined && basename(e.document.uri) === INQUIRY, 'the other article');
    const at = editor!.selection.active;
    assert.strictEqual(editor!.document.getText(new vscode.Range(at, at.translate(0, 3))), 'Ten');
  });

  test('"Ignore here" writes the inline marker and the finding goes', async () => {
    const { doc } = await openArticle(REOPENING, FIRE);
    const nine = find(doc, 8, 'Nine');
    await waitFor(() => newsLensDiagnostics(doc.uri), (ds) => ds.some((d) => codeOf(d) === 'cross-doc-mismatch'), 'the warning on "Nine"');
    await run(await actionsOn(doc, nine, 'Ignore cross-doc-mismatch here (an inline marker)'));
    assert.match(doc.lineAt(7).text, /remain in hospital\. <!-- newslens-ignore cross-doc-mismatch -->$/);
    await waitFor(() => newsLensDiagnostics(doc.uri), (ds) => ds.length === 0, 'the ignored warning to go');
  });

  test('"Ignore … in this folder" adds the code to the folder\'s newslens.ignore and the findings go', async () => {
    const { doc } = await openArticle(WARRANTS);
    const about50 = find(doc, 10, 'About 50');
    const factMismatches = () => newsLensDiagnostics(doc.uri).filter((d) => codeOf(d) === 'fact-mismatch').length;
    await waitFor(factMismatches, (n) => n === 1, 'the fact-mismatch on "About 50"');
    const config = () => vscode.workspace.getConfiguration('newslens', doc.uri);
    try {
      await run(await actionsOn(doc, about50, 'Ignore fact-mismatch in this folder'));
      assert.deepStrictEqual(config().get('ignore'), ['fact-mismatch']);
      await waitFor(factMismatches, (n) => n === 0, 'the ignored findings to go');
    } finally {
      await config().update('ignore', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitFor(factMismatches, (n) => n === 1, 'the finding to come back with the setting gone');
  });

  test('Go to Definition, Find References, the Outline, code lenses and links', async () => {
    const { doc } = await openArticle(WARRANTS);
    const about50 = find(doc, 10, 'About 50');
    const [definition] = await waitFor(
      () => vscode.commands.executeCommand<Array<vscode.Location | vscode.LocationLink>>('vscode.executeDefinitionProvider', doc.uri, about50.start),
      (ds) => (ds ?? []).length === 1, 'a definition of "About 50"');
    const target = 'targetUri' in definition ? definition.targetUri : definition.uri;
    assert.strictEqual(basename(target), 'golden-reed.facts.yaml');
    const police = find(doc, 10, 'Royal Thai Police').start;
    const references = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', doc.uri, police);
    assert.ok(new Set(references.map((r) => basename(r.uri))).size >= 3, `mentions across the story: ${references.map((r) => basename(r.uri))}`);
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
    assert.deepStrictEqual(symbols.map((s) => s.name).sort(), ['Entities', 'Figures']);
    const flown = symbols.find((s) => s.name === 'Figures')!.children.find((s) => s.name === 'Thai nationals · repatriated');
    assert.deepStrictEqual(flown?.children.map((c) => c.name), ['About 50']);
    const facts = articleUri('golden-reed.facts.yaml');
    await vscode.workspace.openTextDocument(facts); // as the user does: lenses and links are asked for an open document
    const lenses = await waitFor(() => vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', facts), (ls) => (ls ?? []).length > 0, 'code lenses');
    assert.ok(lenses.some((l) => l.command?.title === '1 article agrees · 1 disagrees'), lenses.map((l) => l.command?.title).join('; '));
    const links = await vscode.commands.executeCommand<vscode.DocumentLink[]>('vscode.executeLinkProvider', facts);
    assert.ok(links.some((l) => l.target?.toString() === 'https://example.org/royal-thai-police/briefing-2026-03-07'));
    const found = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'revenue third');
    assert.deepStrictEqual(found.map((s) => s.name), ['Kestrel Robotics revenue, third quarter']);
  });

  test('the "News Lens: Stories" view lists each story, its articles by date and its disputed quantities with their timelines', async () => {
    await vscode.commands.executeCommand('newslens.stories.focus');
    const view = api().stories;
    const stories = await waitFor(() => view.getChildren(), (s) => s.length === 3, 'three stories');
    const items = stories.map((s) => view.getTreeItem(s));
    assert.deepStrictEqual(items.map((i) => i.label), [
      'Kestrel Robotics third-quarter results, 2026', 'Raid on the Golden Reed fraud compound, Bokeo, Laos', 'Warehouse fire at the port of Calloway',
    ]);
    assert.strictEqual(items[2].description, '3 articles · 1 disputed');
    const fire = stories.find((s) => view.getTreeItem(s).label === 'Warehouse fire at the port of Calloway')!;
    const children = await view.getChildren(fire);
    const articles = children.filter((c): c is Extract<StoryNode, { kind: 'article' }> => c.kind === 'article');
    assert.deepStrictEqual(articles.map((a) => a.article.date), ['2026-11-27', '2026-11-30', '2026-12-02']);
    const [quantity] = children.filter((c) => c.kind === 'quantity').map((c) => view.getTreeItem(c));
    assert.strictEqual(quantity.label, 'workers · injured');
    assert.strictEqual(quantity.description, '9 (Nov 27) → 10 (Nov 30) → 9 (Dec 2)');
    // A click on an article opens it.
    const open = view.getTreeItem(articles[1]).command!;
    await vscode.commands.executeCommand(open.command, ...(open.arguments ?? []));
    await waitFor(() => vscode.window.activeTextEditor?.document.uri.toString(), (u) => u === articles[1].article.uri, 'the article to open');
    // "Move to Another Story…" on the first report: an `articles:` entry in the other story's fact base, and the view follows.
    const moved = await vscode.commands.executeCommand('newslens.moveArticle', articles[0], 'golden-reed-raid');
    assert.deepStrictEqual(moved, { applied: true, uri: articleUri('golden-reed.facts.yaml').toString() });
    const factBase = vscode.workspace.textDocuments.find((d) => basename(d.uri) === 'golden-reed.facts.yaml')!;
    assert.match(factBase.getText(), /\narticles:\n {2}- path: \.\.\/harbour-fire\/2026-11-27-fire\.news\n {4}event: golden-reed-raid\n$/);
    await waitFor(async () => (await view.getChildren()).map((s) => s.kind === 'story' ? s.story.articles.length : 0), (n) => n.join() === '3,6,2', 'the article in its new story');
  });

  test('the status bar counts what the Problems panel lists, in plain English, and follows a restart on a settings change', async () => {
    const count = (severity: vscode.DiagnosticSeverity) => vscode.languages.getDiagnostics()
      .flatMap(([, ds]) => ds).filter((d) => d.source === 'News Lens' && d.severity === severity).length;
    const matches = (s: { text: string }) => s.text === `$(checklist) News Lens: ${count(vscode.DiagnosticSeverity.Error)} $(error) ${count(vscode.DiagnosticSeverity.Warning)} $(warning)`;
    await waitFor(() => api().statusBar(), matches, 'the status bar to match the Problems panel');
    assert.match(api().statusBar().tooltip, /^11 articles, 3 fact bases: /);
    const config = vscode.workspace.getConfiguration('newslens');
    // A change of the file settings restarts the language client; the status bar must follow the new one.
    const [before] = await waitFor(() => serverPids(), (pids) => pids.length === 1, 'one language server process');
    await config.update('files', ['**/*.news'], vscode.ConfigurationTarget.Global);
    try {
      await waitFor(() => serverPids(), (pids) => pids.length === 1 && pids[0] !== before, 'the language client to restart');
      await waitFor(() => api().statusBar(), matches, 'the status bar to come back with the new client');
    } finally {
      await config.update('files', undefined, vscode.ConfigurationTarget.Global);
    }
    await waitFor(() => serverPids(), (pids) => pids.length === 1 && pids[0] !== before, 'the language client to restart again');
    const { doc } = await openArticle(REOPENING, FIRE);
    const nine = find(doc, 8, 'Nine');
    const edit = new vscode.WorkspaceEdit();
    edit.replace(doc.uri, nine, 'Ten');
    await vscode.workspace.applyEdit(edit);
    await waitFor(() => api().statusBar(), (s) => matches(s) && count(vscode.DiagnosticSeverity.Warning) < 5, 'the status bar to follow an edit after the restart');
  });
});

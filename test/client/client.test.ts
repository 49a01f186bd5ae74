import * as assert from 'node:assert/strict';
import { addFolder, editor, FakeLanguageClient, installStandIns, Uri, vscode } from './vscodeStandIn';

installStandIns();
// Loaded after the stand-ins are in place; the real editor runs them in test/vscode.
/* eslint-disable @typescript-eslint/no-require-imports */
const settings = require('../../client/src/settings') as typeof import('../../client/src/settings');
const relevance = require('../../client/src/relevance') as typeof import('../../client/src/relevance');
const { tellSkipped } = require('../../client/src/skippedFiles') as typeof import('../../client/src/skippedFiles');
const { ProseSettings } = require('../../client/src/proseSettings') as typeof import('../../client/src/proseSettings');
const { registerDeskCommands } = require('../../client/src/deskCommands') as typeof import('../../client/src/deskCommands');
const { serveWorkspaceFiles } = require('../../client/src/workspaceFiles') as typeof import('../../client/src/workspaceFiles');
const { StoriesView } = require('../../client/src/storiesView') as typeof import('../../client/src/storiesView');
/* eslint-enable @typescript-eslint/no-require-imports */

const tick = () => new Promise((resolve) => setImmediate(resolve));
const output = () => vscode.window.createOutputChannel() as never;
const PROSE = { 'editor.wordWrap': 'on', 'editor.unicodeHighlight.ambiguousCharacters': false };
const context = () => ({
  subscriptions: [] as Array<{ dispose(): unknown }>,
  extension: { packageJSON: { contributes: { configurationDefaults: { '[news]': PROSE } } } },
  extensionUri: Uri.parse('file:///ext'),
  workspaceState: { get: (k: string) => editor.workspaceState.get(k), update: async (k: string, v: unknown) => void editor.workspaceState.set(k, v) },
});

beforeEach(() => editor.reset());

describe('client settings (client/src/settings.ts)', () => {
  it('hands the server only what the user set, objects merged across user, workspace and folder', () => {
    const folder = addFolder('file:///desk', 'desk');
    editor.user = { 'newslens.severity': { 'figure-update': 'off', 'sum-mismatch': 'error' }, 'newslens.languages': ['news'], 'other.key': 1 };
    editor.workspace = { 'newslens.languages': ['news', 'markdown'] };
    editor.folder.set(folder.toString(), { 'newslens.severity': { 'sum-mismatch': 'warning' }, 'newslens.maxFileSizeKb': 64 });
    assert.deepEqual(settings.explicitSettings(folder as never), {
      languages: ['news', 'markdown'],
      severity: { 'figure-update': 'off', 'sum-mismatch': 'warning' },
      maxFileSizeKb: 64,
    });
    assert.deepEqual(settings.explicitSettings(undefined), { languages: ['news', 'markdown'], severity: { 'figure-update': 'off', 'sum-mismatch': 'error' } });
    editor.reset();
    assert.deepEqual(settings.explicitSettings(undefined), {}, 'no defaults: the desk\'s .newslens.yaml must not be hidden');
  });

  it('an array or a value set at several layers is the innermost one, not a merge', () => {
    const folder = addFolder('file:///desk', 'desk');
    editor.user = { 'newslens.ignore': ['figure-update'], 'newslens.files': { not: 'an array' } };
    editor.folder.set(folder.toString(), { 'newslens.ignore': ['sum-mismatch'], 'newslens.files': ['**/*.txt'] });
    assert.deepEqual(settings.explicitSettings(folder as never), { ignore: ['sum-mismatch'], files: ['**/*.txt'] });
  });

  it('selects the prose languages, every scope\'s languages and globs, and watches the fact bases and desk settings', () => {
    const a = addFolder('file:///a', 'a');
    addFolder('file:///b', 'b');
    editor.workspace = { 'newslens.files': ['**/*.article'] };
    editor.folder.set(a.toString(), { 'newslens.languages': ['asciidoc'], 'newslens.factBases': ['facts/*.yaml'] });
    const s = settings.currentSelection();
    assert.deepEqual(s.documentSelector, [
      { language: 'asciidoc' }, { language: 'markdown' }, { language: 'news' }, { language: 'plaintext' },
      { pattern: '**/*.article' }, { pattern: '**/*.facts.yaml' }, { pattern: '**/*.facts.yml' }, { pattern: '**/*.md' }, { pattern: '**/*.txt' },
      { pattern: 'facts/*.yaml' },
    ]);
    assert.deepEqual(s.watched, ['**/*.article', '**/*.facts.yaml', '**/*.facts.yml', '**/*.md', '**/*.txt', '**/.newslens.yaml', 'facts/*.yaml']);
    assert.equal(s.key, settings.currentSelection().key, 'the same settings, the same key');
    editor.reset();
    assert.deepEqual(settings.currentSelection(), {
      documentSelector: [
        { language: 'markdown' }, { language: 'news' }, { language: 'plaintext' },
        { pattern: '**/*.facts.yaml' }, { pattern: '**/*.facts.yml' }, { pattern: '**/*.md' }, { pattern: '**/*.txt' },
      ],
      watched: ['**/*.facts.yaml', '**/*.facts.yml', '**/*.md', '**/*.txt', '**/.newslens.yaml'],
      key: JSON.stringify([['markdown', 'news', 'plaintext'], ['**/*.facts.yaml', '**/*.facts.yml', '**/*.md', '**/*.txt', '**/.newslens.yaml']]),
    }, 'no settings: the prose languages, the fact bases, Markdown and text files');
    assert.notEqual(settings.currentSelection().key, s.key);
  });
});

describe('client relevance (client/src/relevance.ts)', () => {
  it('a workspace is a newsroom with a news document open, a newslens setting, or a newsroom file', async () => {
    assert.equal(await relevance.isNewsroom(), false);
    editor.openDocuments = [{ languageId: 'markdown' }];
    assert.equal(await relevance.isNewsroom(), false);
    editor.openDocuments = [{ languageId: 'news' }];
    assert.equal(await relevance.isNewsroom(), true);
    editor.reset();
    const folder = addFolder('file:///desk', 'desk');
    editor.folder.set(folder.toString(), { 'newslens.files': ['**/*.md'] });
    assert.equal(await relevance.isNewsroom(), true, 'a folder that names its articles');
    editor.reset();
    editor.user = { 'newslens.languages': ['markdown'] };
    assert.equal(await relevance.isNewsroom(), true);
    editor.reset();
    editor.workspace = { 'newslens.files': ['**/*.md'] };
    assert.equal(await relevance.isNewsroom(), true, 'the workspace names its articles');
    editor.reset();
    editor.workspace = { 'newslens.severity': { 'sum-mismatch': 'off' } };
    assert.equal(await relevance.isNewsroom(), false, 'a severity alone names no articles');
    editor.files.set('**/{*.news,*.article,*.facts.yaml,*.facts.yml,.newslens.yaml}', ['file:///desk/a.news']);
    assert.equal(await relevance.isNewsroom(), true);
  });

  it('asks again when a news document opens, a newsroom file appears, the newslens settings or the folders change', () => {
    let asked = 0;
    const d = relevance.onMaybeNewsroom(() => void asked++);
    assert.deepEqual(editor.watchers, ['**/{*.news,*.article,*.facts.yaml,*.facts.yml,.newslens.yaml}']);
    editor.fire('open', { languageId: 'markdown' });
    assert.equal(asked, 0);
    editor.fire('open', { languageId: 'news' });
    editor.fire('created', Uri.parse('file:///desk/a.news'));
    editor.fire('configuration', { affectsConfiguration: (s: string) => s === 'editor' });
    assert.equal(asked, 2);
    editor.fire('configuration', { affectsConfiguration: (s: string) => s === 'newslens' });
    editor.fire('folders', {});
    assert.equal(asked, 4);
    d.dispose();
    editor.fire('folders', {});
    assert.equal(asked, 4, 'disposed: no more questions');
  });
});

describe('client messages (client/src/skippedFiles.ts)', () => {
  it('names the one file skipped and why, and opens the log on request', async () => {
    addFolder('file:///desk', 'desk');
    editor.choices = ['Open Log'];
    const out = output();
    tellSkipped({ files: [{ uri: 'file:///desk/photo.news', reason: 'binary file' }] } as never, out);
    await tick();
    assert.deepEqual(editor.messages, [{ kind: 'information', message: 'News Lens did not read photo.news: binary file.', items: ['Open Log'] }]);
    assert.equal(editor.outputShown, 1);
  });

  it('counts the others, and warns when a file could not be read', async () => {
    editor.choices = [undefined];
    tellSkipped({ files: [{ uri: 'file:///x/a.news', reason: 'too large' }, { uri: 'file:///x/b.news', reason: 'could not read', error: true }] } as never, output());
    tellSkipped({ files: [{ uri: 'file:///x/a.news', reason: 'r' }, { uri: 'file:///x/b.news', reason: 'r' }, { uri: 'file:///x/c.news', reason: 'r' }] } as never, output());
    tellSkipped({ files: [] } as never, output());
    await tick();
    assert.deepEqual(editor.messages.map((m) => [m.kind, m.message]), [
      ['warning', 'News Lens did not read file:///x/a.news: too large and 1 other file (see the log).'],
      ['information', 'News Lens did not read file:///x/a.news: r and 2 other files (see the log).'],
    ]);
    assert.equal(editor.outputShown, 0, 'not asked to open the log');
  });
});

describe('client prose settings (client/src/proseSettings.ts)', () => {
  it('offers them once per folder and language the server analyses, and writes them as that folder\'s language settings', async () => {
    const folder = addFolder('file:///desk', 'desk');
    const prose = new ProseSettings(context() as never);
    editor.choices = ['Use Prose Settings', 'Not Now'];
    await prose.offer({ folders: [
      { uri: 'file:///desk', languages: ['news', 'markdown'], files: ['**/*.txt'] },
      { uri: 'file:///elsewhere', languages: ['markdown'], files: [] },
    ] } as never);
    assert.deepEqual(editor.messages.map((m) => [m.message, m.items]), [
      ['News Lens checks Markdown articles in desk. Use prose settings for Markdown files there (word wrap, typographic quotes and dashes without warning boxes)?', ['Use Prose Settings', 'Not Now']],
      ['News Lens checks plain-text articles in desk. Use prose settings for plain-text files there (word wrap, typographic quotes and dashes without warning boxes)?', ['Use Prose Settings', 'Not Now']],
    ]);
    assert.deepEqual(editor.updates, [
      { key: 'editor.wordWrap', value: 'on', target: 3, scope: 'file:///desk|markdown', language: true },
      { key: 'editor.unicodeHighlight.ambiguousCharacters', value: false, target: 3, scope: 'file:///desk|markdown', language: true },
    ]);
    assert.deepEqual([...editor.workspaceState], [['newslens.prose.declined:plaintext:file:///desk', true]]);
    // Declined plain text, applied Markdown (as the editor now has it): no more questions.
    editor.folderLanguage.set(`${folder.toString()}|markdown`, { 'editor.wordWrap': 'on' });
    editor.messages.length = 0;
    await prose.offer({ folders: [{ uri: 'file:///desk', languages: ['markdown', 'plaintext'], files: [] }] } as never);
    assert.deepEqual(editor.messages, []);
  });

  it('a glob ending in .markdown means Markdown; a dismissed question is asked again; a key the folder set stays', async () => {
    const folder = addFolder('file:///desk', 'desk');
    const prose = new ProseSettings(context() as never);
    editor.choices = [undefined];
    await prose.offer({ folders: [{ uri: 'file:///desk', languages: [], files: ['stories/*.markdown'] }] } as never);
    assert.equal(editor.messages.length, 1);
    assert.deepEqual(editor.workspaceState.size, 0, 'dismissed is not declined');
    await prose.offer({ folders: [{ uri: 'file:///desk', languages: [], files: ['notes.mdx', 'a.txt.bak'] }] } as never);
    assert.equal(editor.messages.length, 1, 'neither Markdown nor plain text');
    editor.folderLanguage.set(`${folder.toString()}|plaintext`, { 'editor.unicodeHighlight.ambiguousCharacters': true });
    await prose.apply(folder as never, 'plaintext');
    assert.deepEqual(editor.updates.map((u) => u.key), ['editor.wordWrap']);
  });
});

describe('client desk commands (client/src/deskCommands.ts)', () => {
  it('"Ignore in this folder" adds the code to the folder\'s list (a multi-root folder\'s own, else the workspace\'s), once', async () => {
    registerDeskCommands();
    const ignore = editor.commands.get('newslens.ignoreInFolder') as unknown as (uri: string, code: string) => Promise<void>;
    const desk = addFolder('file:///desk', 'desk');
    editor.folder.set(desk.toString(), { 'newslens.ignore': ['figure-update'] });
    await ignore('file:///desk/a.news', 'sum-mismatch');
    assert.deepEqual(editor.updates, [{ key: 'newslens.ignore', value: ['figure-update', 'sum-mismatch'], target: 2, scope: 'file:///desk' }]);
    assert.deepEqual(editor.messages.map((m) => m.message), ['News Lens: sum-mismatch is ignored in desk (setting newslens.ignore).']);
    await ignore('file:///desk/a.news', 'figure-update');
    assert.equal(editor.updates.length, 1, 'already ignored');
    addFolder('file:///wire', 'wire');
    await ignore('file:///desk/a.news', 'count-mismatch');
    assert.equal(editor.updates[1].target, 3, 'two folders: the folder\'s own setting');
    await ignore('file:///nowhere/a.news', 'count-mismatch');
    assert.deepEqual([editor.updates[2].target, editor.messages[2].message], [2, 'News Lens: count-mismatch is ignored in this workspace (setting newslens.ignore).']);
  });

  it('the code lens\'s references open in the references view at the fact', async () => {
    registerDeskCommands();
    const show = editor.commands.get('newslens.showReferences') as unknown as (...args: unknown[]) => Promise<void>;
    await show('file:///desk/f.facts.yaml', 3, 4, [{ uri: 'file:///desk/a.news', line: 1, character: 2, endLine: 1, endCharacter: 9 }]);
    const [{ id, args }] = editor.executed;
    assert.equal(id, 'editor.action.showReferences');
    assert.deepEqual(JSON.parse(JSON.stringify(args)), [
      { scheme: 'file', path: '/desk/f.facts.yaml' }, { line: 3, character: 4 },
      [{ uri: { scheme: 'file', path: '/desk/a.news' }, range: { start: { line: 1, character: 2 }, end: { line: 1, character: 9 } } }],
    ]);
  });
});

describe('client file service for the web build (client/src/workspaceFiles.ts)', () => {
  it('finds a folder\'s files by glob, without repeats, and reads articles and fact bases as the server would', async () => {
    const client = new FakeLanguageClient({});
    serveWorkspaceFiles(client as never);
    const find = client.handlers.get('newslens/findFiles') as unknown as (p: unknown) => Promise<string[]>;
    const read = client.handlers.get('newslens/readFile') as unknown as (p: unknown) => Promise<unknown>;
    editor.files.set('file:///desk|**/*.news', ['file:///desk/a.news', 'file:///desk/b.news']);
    editor.files.set('file:///desk|a*', ['file:///desk/a.news']);
    assert.deepEqual(await find({ folder: 'file:///desk', include: ['**/*.news', 'a*'] }), ['file:///desk/a.news', 'file:///desk/b.news']);
    editor.fileSizes.set('file:///desk/a.news', new TextEncoder().encode('Four people were hurt.'));
    assert.deepEqual(await read({ uri: 'file:///desk/a.news', as: 'article', maxBytes: 100 }), { text: 'Four people were hurt.' });
    assert.equal(await read({ uri: 'file:///desk/none.news', as: 'article', maxBytes: 100 }), null, 'no such file');
    assert.deepEqual(await read({ uri: 'file:///desk/a.news', as: 'article', maxBytes: 10 }), { skipped: 'larger than 0 KB', error: false });
    assert.deepEqual(await read({ uri: 'file:///desk/a.news', as: 'article', maxBytes: 22 }), { text: 'Four people were hurt.' }, 'exactly the limit is within it');
    assert.deepEqual(await read({ uri: 'file:///desk/a.news', as: 'factBase', maxBytes: 10 }), { text: 'Four people were hurt.' }, 'a fact base has no size limit here');
  });
});

describe('client story view (client/src/storiesView.ts)', () => {
  const story = {
    id: 'fire', label: 'The warehouse fire', source: 'event', event: { id: 'fire', factBase: 'file:///desk/f.facts.yaml' },
    articles: [
      { uri: 'file:///desk/a.news', label: 'a.news', title: 'Fire at the docks', date: '2026-03-09', line: 0, character: 0 },
      { uri: 'file:///desk/b.news', label: 'b.news', line: 0, character: 0, fixedEvent: true },
    ],
    quantities: [{ label: 'people hurt', timeline: '3 → 5', why: 'the later report counts more', reports: [
      { figure: 'three', article: 'a.news', day: '2026-03-09', uri: 'file:///desk/a.news', line: 2, character: 4 },
      { figure: 'five', article: 'b.news', uri: 'file:///desk/b.news', line: 1, character: 0 },
    ] }],
  };
  const other = { ...story, id: 'flood', label: 'The flood', event: { id: 'flood', factBase: 'file:///desk/f.facts.yaml' }, articles: [], quantities: [], source: 'folder' };

  it('shows each story, its articles and its disputed quantities with their reports', async () => {
    const client = new FakeLanguageClient({});
    const view = new StoriesView(() => client as never);
    assert.deepEqual(await view.getChildren(), [], 'no server running: nothing');
    await client.start();
    FakeLanguageClient.answers.set('newslens/stories', [story, other]);
    const roots = await view.getChildren();
    const items = (nodes: unknown[]) => nodes.map((n) => JSON.parse(JSON.stringify(view.getTreeItem(n as never))));
    assert.deepEqual(items(roots), [
      { label: 'The warehouse fire', collapsibleState: 2, id: 'story:fire', description: '2 articles · 1 disputed', tooltip: 'an event of the fact base', iconPath: { id: 'warning' }, contextValue: 'story' },
      { label: 'The flood', collapsibleState: 2, id: 'story:flood', description: '0 articles', tooltip: 'the articles of a folder', iconPath: { id: 'book' }, contextValue: 'story' },
    ]);
    const children = await view.getChildren(roots[0]);
    assert.deepEqual(items(children), [
      { label: 'Fire at the docks', collapsibleState: 0, id: 'article:fire:file:///desk/a.news', description: '2026-03-09 · a.news', resourceUri: { scheme: 'file', path: '/desk/a.news' }, iconPath: { id: 'file' },
        command: { title: 'Open the article', command: 'newslens.openLocation', arguments: ['file:///desk/a.news', 0, 0] }, contextValue: 'article' },
      { label: 'b.news', collapsibleState: 0, id: 'article:fire:file:///desk/b.news', description: '', resourceUri: { scheme: 'file', path: '/desk/b.news' }, iconPath: { id: 'file' },
        command: { title: 'Open the article', command: 'newslens.openLocation', arguments: ['file:///desk/b.news', 0, 0] }, contextValue: 'article.fixed' },
      { label: 'people hurt', collapsibleState: 1, id: 'quantity:fire:people hurt', description: '3 → 5', tooltip: '3 → 5\nthe later report counts more', iconPath: { id: 'diff' }, contextValue: 'quantity' },
    ]);
    assert.deepEqual(items(await view.getChildren(children[2])), [
      { label: '“three”', collapsibleState: 0, description: 'a.news · 2026-03-09', command: { title: 'Open the article at its figure', command: 'newslens.openLocation', arguments: ['file:///desk/a.news', 2, 4] }, iconPath: { id: 'symbol-number' } },
      { label: '“five”', collapsibleState: 0, description: 'b.news', command: { title: 'Open the article at its figure', command: 'newslens.openLocation', arguments: ['file:///desk/b.news', 1, 0] }, iconPath: { id: 'symbol-number' } },
    ]);
    assert.deepEqual(await view.getChildren(children[0]), []);
  });

  it('moves an article to another story of the fact base, named or picked', async () => {
    const client = new FakeLanguageClient({});
    const view = new StoriesView(() => client as never);
    FakeLanguageClient.answers.set('newslens/stories', [story, other, { ...other, id: 'found', event: undefined }]);
    const [article] = await view.getChildren({ kind: 'story', story } as never);
    assert.equal(await view.moveArticle({ kind: 'story', story } as never, 'flood'), undefined, 'only an article moves');
    await view.moveArticle(article, 'flood');
    editor.pick = 0;
    await view.moveArticle(article);
    assert.deepEqual(editor.quickPicks.map((q) => q.labels), [['The flood']], 'neither its own story nor one without an event');
    assert.deepEqual(editor.quickPicks[0].options, { title: 'Move a.news to another story', placeHolder: 'A story of the fact base' });
    const move = { id: 'newslens.server.moveArticle', args: [{ article: 'file:///desk/a.news', event: 'flood', factBase: 'file:///desk/f.facts.yaml' }] };
    assert.deepEqual(editor.executed, [move, move]);
    editor.pick = undefined;
    assert.equal(await view.moveArticle(article), undefined, 'nothing picked');
    assert.equal(await view.moveArticle(article, 'fire'), undefined, 'its own story is no target');
  });

  it('asks the server again once for a burst of changes', async () => {
    const view = new StoriesView(() => undefined);
    let fired = 0;
    view.onDidChangeTreeData(() => void fired++);
    view.refresh();
    view.refresh();
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.equal(fired, 1);
  });
});

describe('client (client/src/extension.ts, activateWith against the stand-ins)', () => {
  // The extension keeps its client in a module variable, as VS Code loads it once per window: each
  // test loads it afresh.
  const path = require.resolve('../../client/src/extension');
  let extension: typeof import('../../client/src/extension');
  beforeEach(() => {
    delete require.cache[path];
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    extension = require(path) as typeof import('../../client/src/extension');
  });
  const status = { state: 'ready', articles: 5, factBases: 1, errors: 2, warnings: 6, information: 0 };
  const activate = async () => {
    const ctx = context();
    const api = await extension.activateWith(ctx as never, (_c, options) => new FakeLanguageClient(options as never) as never, 'desktop');
    return { ctx, api };
  };
  const client = () => FakeLanguageClient.created[FakeLanguageClient.created.length - 1];
  const newsroom = () => editor.files.set('**/{*.news,*.article,*.facts.yaml,*.facts.yml,.newslens.yaml}', ['file:///desk/a.news']);
  afterEach(() => extension.deactivate());

  it('outside a newsroom starts nothing and says why in the log', async () => {
    const { api } = await activate();
    assert.deepEqual(FakeLanguageClient.created, []);
    assert.equal(api.isRunning(), false);
    assert.deepEqual(editor.statusItems, []);
    assert.deepEqual(editor.output, [
      'News Lens 0.1.0 (desktop) activated.',
      'No articles, fact bases or News Lens settings in this workspace: the language server is not started.',
    ]);
    assert.equal(await api.checkConsistency(), undefined, 'no server: nothing to check');
    assert.deepEqual(api.statusBar(), { text: '', tooltip: '' });
  });

  it('in a newsroom starts the server with the selection, the watchers, trusted links, and answers configuration with the explicit settings', async () => {
    newsroom();
    const folder = addFolder('file:///desk', 'desk');
    editor.folder.set(folder.toString(), { 'newslens.severity': { 'sum-mismatch': 'off' } });
    const { api } = await activate();
    assert.equal(api.isRunning(), true);
    const c = client();
    assert.equal(c.running, true);
    assert.deepEqual(c.options.documentSelector, settings.currentSelection().documentSelector);
    assert.deepEqual((c.options.synchronize as { fileEvents: Array<{ glob: string }> }).fileEvents.map((w) => w.glob), settings.currentSelection().watched);
    assert.deepEqual(c.options.markdown, { isTrusted: { enabledCommands: ['newslens.openLocation'] } });
    assert.deepEqual(c.options.initializationOptions, { findingDocs: true }, 'the server links finding codes to the documentation command');
    const configuration = (c.options.middleware as { workspace: { configuration: (p: unknown) => unknown } }).workspace.configuration;
    assert.deepEqual(configuration({ items: [{ section: 'newslens', scopeUri: 'file:///desk' }, { section: 'editor' }, { section: 'newslens' }] }),
      [{ severity: { 'sum-mismatch': 'off' } }, null, {}]);
    assert.deepEqual(editor.executed, [{ id: 'setContext', args: ['newslens.active', true] }]);
    const [item] = editor.statusItems;
    assert.deepEqual({ ...item, show: undefined, dispose: undefined }, {
      id: 'newslens.status', alignment: vscode.StatusBarAlignment.Left, priority: 10, name: 'News Lens', command: 'newslens.checkConsistency',
      text: '$(loading~spin) News Lens', shown: true, show: undefined, dispose: undefined,
    });
    assert.deepEqual(editor.trees, ['newslens.stories']);
    for (const id of ['newslens.checkConsistency', 'newslens.openLocation', 'newslens.restartServer', 'newslens.showOutput', 'newslens.openFactBase', 'newslens.openExample', 'newslens.moveArticle', 'newslens.refreshStories', 'newslens.showReferences', 'newslens.ignoreInFolder']) {
      assert.ok(editor.commands.has(id), id);
    }
  });

  it('shows indexing, then the totals, in the status bar', async () => {
    newsroom();
    const { api } = await activate();
    const show = client().notifications.get('newslens/status') as (s: unknown) => void;
    show(status);
    assert.deepEqual(api.statusBar(), {
      text: '$(checklist) News Lens: 2 $(error) 6 $(warning)',
      tooltip: '5 articles, 1 fact base: 2 errors, 6 warnings, 0 notes in the Problems panel. Click to check consistency.',
    });
    assert.equal(editor.statusItems[0].accessibilityInformation?.label, 'News Lens: 2 errors, 6 warnings');
    show({ ...status, articles: 1, factBases: 2, errors: 1, warnings: 1, information: 1 });
    assert.equal(editor.statusItems[0].accessibilityInformation?.label, 'News Lens: 1 error, 1 warning');
    assert.equal(api.statusBar().tooltip, '1 article, 2 fact bases: 1 error, 1 warning, 1 note in the Problems panel. Click to check consistency.');
    show({ ...status, state: 'indexing' });
    assert.deepEqual(api.statusBar(), { text: '$(loading~spin) News Lens', tooltip: 'News Lens is reading the articles of the workspace' });
  });

  it('checks consistency with a progress notification, then summarizes and offers the Problems panel', async () => {
    newsroom();
    const { api } = await activate();
    const summary = { ...status, information: 1, skipped: [{ uri: 'file:///a.news', reason: 'binary file' }, { uri: 'file:///b.news', reason: 'binary file' }] };
    FakeLanguageClient.answers.set('workspace/executeCommand', summary);
    FakeLanguageClient.progress = [
      { kind: 'begin', title: 'x', percentage: 0 }, { kind: 'report', percentage: 40, message: '2/5 articles' },
      { kind: 'report', message: 'still' }, { kind: 'report', percentage: 30 }, { kind: 'report', percentage: 100, message: '5/5 articles' }, { kind: 'end' },
    ];
    editor.choices = ['Open Problems'];
    assert.deepEqual(await api.checkConsistency(), summary);
    const request = client().requests.find((r) => r.method === 'workspace/executeCommand')!;
    const params = request.params as { command: string; arguments: unknown[]; workDoneToken: string };
    assert.deepEqual([params.command, params.arguments], ['newslens.server.checkConsistency', []]);
    assert.match(params.workDoneToken, /^newslens-check-\d+$/);
    assert.equal(client().listening(), false, 'the progress listener is disposed after the request');
    assert.deepEqual(editor.progress, [{
      options: { location: vscode.ProgressLocation.Notification, title: 'News Lens: checking consistency', cancellable: true },
      reports: [{ message: undefined, increment: 0 }, { message: '2/5 articles', increment: 40 }, { message: 'still', increment: 0 }, { message: undefined, increment: 0 }, { message: '5/5 articles', increment: 70 }],
    }]);
    await tick();
    assert.deepEqual(editor.messages, [{ kind: 'information', message: 'News Lens checked 5 articles and 1 fact base: 2 errors, 6 warnings, 1 note (2 files skipped).', items: ['Open Problems'] }]);
    assert.deepEqual(editor.executed.at(-1), { id: 'workbench.actions.view.problems', args: [] });
  });

  it('a check that finds nothing offers no Problems panel', async () => {
    newsroom();
    const { api } = await activate();
    FakeLanguageClient.answers.set('workspace/executeCommand', { ...status, articles: 1, factBases: 0, errors: 0, warnings: 0, information: 0, skipped: [{ uri: 'file:///a.news', reason: 'r' }] });
    await api.checkConsistency();
    await tick();
    assert.deepEqual(editor.messages, [{ kind: 'information', message: 'News Lens checked 1 article and 0 fact bases: 0 errors, 0 warnings, 0 notes (1 file skipped).', items: [] }]);
    FakeLanguageClient.answers.set('workspace/executeCommand', { ...status, skipped: [] });
    await api.checkConsistency();
    await tick();
    assert.deepEqual(editor.messages[1], { kind: 'information', message: 'News Lens checked 5 articles and 1 fact base: 2 errors, 6 warnings, 0 notes.', items: ['Open Problems'] });
    assert.deepEqual(editor.executed.filter((e) => e.id === 'workbench.actions.view.problems'), [], 'the message dismissed: no Problems panel');
    FakeLanguageClient.answers.set('workspace/executeCommand', undefined);
    assert.equal(await api.checkConsistency(), undefined, 'a cancelled check says nothing');
    assert.equal(editor.messages.length, 2);
  });

  it('opens a finding\'s other place at its position', async () => {
    newsroom();
    await activate();
    await (editor.commands.get('newslens.openLocation') as unknown as (...a: unknown[]) => Promise<void>)('file:///desk/b.news', 3, 7);
    assert.deepEqual(JSON.parse(JSON.stringify(editor.shown)), [{ uri: 'file:///desk/b.news', options: { selection: { start: { line: 3, character: 7 }, end: { line: 3, character: 7 } } } }]);
  });

  it('starts once the workspace becomes a newsroom, and restarts only when the documents it hands the server change', async () => {
    const { api } = await activate();
    assert.equal(api.isRunning(), false);
    newsroom();
    editor.fire('open', { languageId: 'news' });
    await tick();
    assert.equal(FakeLanguageClient.created.length, 1);
    const first = client();
    editor.user = { 'newslens.severity': { 'sum-mismatch': 'off' } };
    editor.fire('configuration', { affectsConfiguration: (s: string) => s === 'newslens' });
    await tick();
    assert.equal(FakeLanguageClient.created.length, 1, 'a severity does not change what the server is handed');
    editor.user = { 'newslens.files': ['**/*.wire'] };
    editor.fire('configuration', { affectsConfiguration: (s: string) => s === 'newslens' });
    await tick();
    await tick();
    assert.equal(FakeLanguageClient.created.length, 2);
    assert.deepEqual([first.running, client().running], [false, true]);
    assert.deepEqual(first.notifications.size, 0, 'the old client\'s listeners are gone');
    assert.ok((client().options.documentSelector as Array<{ pattern?: string }>).some((s) => s.pattern === '**/*.wire'));
    assert.deepEqual(editor.statusItems.length, 1, 'one status item across restarts');
    await extension.deactivate();
    assert.equal(client().running, false);
  });

  it('"Restart Server" stops the client and starts a new one, and says so in the log', async () => {
    newsroom();
    await activate();
    await (editor.commands.get('newslens.restartServer') as unknown as () => Promise<void>)();
    assert.equal(FakeLanguageClient.created.length, 2);
    assert.deepEqual(FakeLanguageClient.created.map((c) => c.running), [false, true]);
    assert.match(editor.output.at(-1)!, /^\[.+\] Restarting the language server \(News Lens: Restart Server\)\.$/);
    (editor.commands.get('newslens.showOutput') as unknown as () => void)();
    assert.equal(editor.outputShown, 1);
  });
});

describe('client commands (client/src/commands.ts, walkthrough.ts, node.ts)', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { registerDiagnosisCommands } = require('../../client/src/commands') as typeof import('../../client/src/commands');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const walkthrough = require('../../client/src/walkthrough') as typeof import('../../client/src/walkthrough');
  const openFactBase = (client: FakeLanguageClient | undefined) => {
    registerDiagnosisCommands(() => client as never, async () => undefined, output());
    return (editor.commands.get('newslens.openFactBase') as unknown as () => Promise<Uri | undefined>)();
  };

  it('"Open Fact Base" opens the only one, or the one picked of several', async () => {
    addFolder('file:///desk', 'desk');
    const client = new FakeLanguageClient({});
    FakeLanguageClient.answers.set('newslens/factBases', ['file:///desk/f.facts.yaml']);
    assert.equal(String(await openFactBase(client)), 'file:///desk/f.facts.yaml');
    FakeLanguageClient.answers.set('newslens/factBases', ['file:///desk/f.facts.yaml', 'file:///desk/wire/g.facts.yaml']);
    editor.pick = 1;
    assert.equal(String(await openFactBase(client)), 'file:///desk/wire/g.facts.yaml');
    assert.deepEqual(editor.quickPicks, [{ labels: ['f.facts.yaml', 'wire/g.facts.yaml'], options: { placeHolder: 'Open which fact base?' } }]);
    editor.pick = undefined;
    assert.equal(await openFactBase(client), undefined, 'none picked');
    assert.deepEqual(editor.shown, [{ uri: 'file:///desk/f.facts.yaml', options: { preview: false } }, { uri: 'file:///desk/wire/g.facts.yaml', options: { preview: false } }]);
  });

  it('"Open Fact Base" without one offers to create story.facts.yaml from the template, which the engine reads', async () => {
    const client = new FakeLanguageClient({});
    FakeLanguageClient.answers.set('newslens/factBases', []);
    assert.equal(await openFactBase(client), undefined);
    const message = 'This workspace has no fact base yet: a YAML file ending in .facts.yaml that lists what the desk knows for sure.';
    assert.deepEqual(editor.messages, [{ kind: 'information', message, items: [] }], 'no folder: nowhere to create one');
    addFolder('file:///desk', 'desk');
    editor.choices = [undefined, 'Create Fact Base'];
    assert.equal(await openFactBase(client), undefined, 'dismissed');
    assert.equal(String(await openFactBase(undefined)), 'file:///desk/story.facts.yaml', 'no server yet: created too');
    assert.deepEqual(editor.messages.slice(1), [{ kind: 'information', message, items: ['Create Fact Base'] }, { kind: 'information', message, items: ['Create Fact Base'] }]);
    const template = editor.written.get('file:///desk/story.facts.yaml')!;
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { loadFactBase } = require('../../server/src/engine') as typeof import('../../server/src/engine');
    const base = loadFactBase(template);
    assert.deepEqual(base.problems, [], 'the template is a valid fact base');
    assert.deepEqual(base.facts.map((f) => [f.id, f.value, f.noun, f.predicate, f.status]), [['first-fact', 0, 'people', 'killed', 'confirmed']]);
    assert.deepEqual(editor.shown, [{ uri: 'file:///desk/story.facts.yaml', options: { preview: false } }]);
  });

  it('"Open Example Story" copies the example where asked and opens it: as the window\'s folder, or beside the others with its first article', async () => {
    const ctx = context();
    walkthrough.registerWalkthrough(ctx as never);
    const openExample = editor.commands.get('newslens.openExample') as unknown as (into?: Uri, o?: { open?: boolean }) => Promise<Uri | undefined>;
    const dialogs: unknown[] = [];
    let answer: Uri[] | undefined;
    (vscode.window as unknown as { showOpenDialog: (o: unknown) => Promise<Uri[] | undefined> }).showOpenDialog = async (o) => {
      dialogs.push(o);
      return answer;
    };
    assert.equal(await openExample(undefined, { open: false }), undefined, 'no folder picked: nothing copied');
    answer = [Uri.parse('file:///picked')];
    assert.equal(String(await openExample(undefined, { open: false })), 'file:///picked/news-lens-example');
    assert.deepEqual(dialogs, Array(2).fill({
      canSelectFolders: true, canSelectFiles: false, canSelectMany: false, openLabel: 'Copy the Example Story Here',
      title: 'News Lens: where should the example story go?',
    }));
    editor.copied.length = 0;
    assert.equal(String(await openExample(Uri.parse('file:///home'), { open: false })), 'file:///home/news-lens-example');
    assert.deepEqual(editor.copied, [{ from: 'file:///ext/examples/golden-reed', to: 'file:///home/news-lens-example' }]);
    assert.deepEqual(editor.executed, []);
    await openExample(Uri.parse('file:///home'));
    assert.deepEqual(JSON.parse(JSON.stringify(editor.executed)), [{ id: 'vscode.openFolder', args: [{ scheme: 'file', path: '/home/news-lens-example' }] }]);
    addFolder('file:///desk', 'desk');
    const added: unknown[] = [];
    (vscode.workspace as unknown as { updateWorkspaceFolders: (...a: unknown[]) => boolean }).updateWorkspaceFolders = (...a: unknown[]) => added.push(a) > 0;
    await openExample(Uri.parse('file:///home'));
    assert.deepEqual(JSON.parse(JSON.stringify(added)), [[1, 0, { uri: { scheme: 'file', path: '/home/news-lens-example' }, name: 'News Lens example' }]]);
    assert.deepEqual(editor.shown, [{ uri: 'file:///home/news-lens-example/2026-03-09-warrants.news', options: { preview: false } }]);
  });

  it('a hover with contents marks the walkthrough\'s hover step done; an empty one does not', async () => {
    const hover = walkthrough.markHovered!;
    const empty = { contents: [] };
    assert.equal(await hover({} as never, {} as never, {} as never, async () => empty as never), empty, 'the hover itself, unchanged');
    assert.deepEqual(editor.executed, []);
    await hover({} as never, {} as never, {} as never, async () => ({ contents: ['4 people'] }) as never);
    await hover({} as never, {} as never, {} as never, async () => undefined);
    assert.deepEqual(editor.executed, [{ id: 'setContext', args: ['newslens.hoveredFigure', true] }]);
  });

  it('the desktop client runs dist/server.js over IPC, debuggable on port 6029', async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const node = require('../../client/src/node') as typeof import('../../client/src/node');
    editor.files.set('**/{*.news,*.article,*.facts.yaml,*.facts.yml,.newslens.yaml}', ['file:///desk/a.news']);
    const api = await node.activate(context() as never);
    const c = FakeLanguageClient.created[0] as unknown as { id: string; name: string; serverOptions: unknown };
    assert.deepEqual([c.id, c.name, c.serverOptions], ['newslens', 'News Lens', {
      run: { module: '/ext/dist/server.js', transport: 1 },
      debug: { module: '/ext/dist/server.js', transport: 1, options: { execArgv: ['--nolazy', '--inspect=6029'] } },
    }]);
    assert.equal(api.isRunning(), true);
    await node.deactivate();
  });
});

describe('client in the browser (client/src/browser.ts)', () => {
  const workers: string[] = [];
  const globals = globalThis as unknown as { Worker?: unknown };
  before(() => {
    globals.Worker = class { constructor(readonly url: string) { workers.push(url); } };
  });
  after(() => delete globals.Worker);

  it('starts the server bundle in a web worker: from its URL, or from its text where the extension is remote', async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const browser = require('../../client/src/browser') as typeof import('../../client/src/browser');
    editor.files.set('**/{*.news,*.article,*.facts.yaml,*.facts.yml,.newslens.yaml}', ['file:///desk/a.news']);
    const web = { ...context(), extensionUri: Uri.parse('https://cdn.example/ext') };
    await browser.activate(web as never);
    assert.deepEqual(workers, ['https://cdn.example/ext/dist/server.js']);
    const c = FakeLanguageClient.created[0] as unknown as { id: string; name: string };
    assert.deepEqual([c.id, c.name], ['newslens', 'News Lens']);
    await browser.deactivate();
    editor.reset();
    editor.files.set('**/{*.news,*.article,*.facts.yaml,*.facts.yml,.newslens.yaml}', ['file:///desk/a.news']);
    editor.fileSizes.set('vscode-remote://host/ext/dist/server.js', new TextEncoder().encode('/* the server */'));
    await browser.activate({ ...context(), extensionUri: Uri.parse('vscode-remote://host/ext') } as never);
    assert.match(workers[1], /^blob:/, 'a blob: URL of the script read through the editor');
    await browser.deactivate();
  });
});

describe('client finding documentation (client/src/findingDocs.ts)', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { registerFindingDocs } = require('../../client/src/findingDocs') as typeof import('../../client/src/findingDocs');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { findingsDocumentation } = require('../../server/src/engine/catalogue') as typeof import('../../server/src/engine/catalogue');

  it('opens the Markdown preview at the code\'s section; without the Markdown extension, the text at its heading', async () => {
    registerFindingDocs();
    const show = editor.commands.get('newslens.showFindingDocs') as unknown as (code?: unknown) => Promise<void>;
    await show('sum-mismatch');
    assert.deepEqual(editor.executed.map((e) => [e.id, String(e.args[0])]), [['markdown.showPreview', 'newslens-docs:///findings.md#sum-mismatch']]);
    const text = findingsDocumentation();
    const line = text.split('\n').indexOf('## sum-mismatch');
    assert.ok(line > 0);
    const revealed: unknown[] = [];
    const { commands, window } = vscode;
    const [execute, showTextDocument] = [commands.executeCommand, window.showTextDocument];
    vscode.commands.executeCommand = async () => { throw new Error('no markdown.showPreview'); };
    (vscode.window as unknown as { showTextDocument: unknown }).showTextDocument = async (doc: { uri: Uri; getText(): string }, options: unknown) => {
      editor.shown.push({ uri: String(doc.uri), options });
      return { revealRange: (range: unknown, how: unknown) => revealed.push([range, how]) };
    };
    try {
      await show('sum-mismatch');
      await show(undefined);
    } finally {
      Object.assign(commands, { executeCommand: execute });
      Object.assign(window, { showTextDocument });
    }
    assert.deepEqual(JSON.parse(JSON.stringify(editor.shown)), [
      { uri: 'newslens-docs:///findings.md', options: { selection: { start: { line, character: 0 }, end: { line, character: 0 } } } },
      { uri: 'newslens-docs:///findings.md', options: { selection: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } } },
    ]);
    assert.deepEqual(JSON.parse(JSON.stringify(revealed)), [[{ start: { line, character: 0 }, end: { line, character: 0 } }, 3], [{ start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, 3]]);
  });
});

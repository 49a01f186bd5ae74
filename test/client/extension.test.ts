import * as assert from 'node:assert/strict';
import { editor, FakeLanguageClient, installFakes, languageClient, vscode } from './fakeVscode';

installFakes();
// Loaded after the stand-ins are in place; the real editor runs it in test/vscode.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const extension = require('../../client/src/extension') as typeof import('../../client/src/extension');

const context = { subscriptions: [] as unknown[], asAbsolutePath: (p: string) => `/ext/${p}` };
const status = { state: 'ready', articles: 5, factBases: 1, errors: 2, warnings: 6, information: 0 };

describe('client (extension.ts, against stand-ins for the editor)', () => {
  let api: Awaited<ReturnType<typeof extension.activate>>;
  const client = () => FakeLanguageClient.created[FakeLanguageClient.created.length - 1];

  beforeEach(async () => {
    editor.reset();
    context.subscriptions.length = 0;
    editor.settings = { 'newslens.languages': ['news', 'markdown'], 'newslens.files': ['**/*.news', '**/*.md'] };
    api = await extension.activate(context as never);
  });
  afterEach(() => extension.deactivate());

  it('starts the language server with the documents and files the settings name', () => {
    assert.equal(FakeLanguageClient.created.length, 1);
    const c = client();
    assert.equal(c.running, true);
    assert.deepEqual([c.id, c.name], ['newslens', 'News Lens']);
    assert.deepEqual(c.serverOptions, {
      run: { module: '/ext/dist/server.js', transport: 1 },
      debug: { module: '/ext/dist/server.js', transport: 1, options: { execArgv: ['--nolazy', '--inspect=6029'] } },
    });
    assert.deepEqual(c.clientOptions.documentSelector, [
      { scheme: 'file', language: 'news' }, { scheme: 'untitled', language: 'news' },
      { scheme: 'file', language: 'markdown' }, { scheme: 'untitled', language: 'markdown' },
      { scheme: 'file', pattern: '**/*.news' }, { scheme: 'file', pattern: '**/*.md' },
      { scheme: 'file', pattern: '**/*.facts.yaml' }, { scheme: 'file', pattern: '**/*.facts.yml' },
    ]);
    assert.deepEqual(editor.watchers, ['**/*.news', '**/*.md', '**/*.facts.yaml', '**/*.facts.yml']);
    assert.deepEqual(c.clientOptions.markdown, { isTrusted: { enabledCommands: ['newslens.openLocation'] } });
    assert.deepEqual([...editor.commands.keys()].sort(), [
      'newslens.checkConsistency', 'newslens.ignoreInFolder', 'newslens.moveArticle', 'newslens.openLocation', 'newslens.refreshStories', 'newslens.showReferences',
    ]);
    assert.deepEqual(editor.treeViews.map((v) => [v.id, v.options.treeDataProvider === api.stories, v.options.showCollapseAll]), [['newslens.stories', true, true]]);
    assert.equal(context.subscriptions.length, 9, 'the status item, six commands, the stories view, the settings listener');
  });

  it('uses the default globs when the settings are empty', async () => {
    await extension.deactivate();
    editor.reset();
    await extension.activate(context as never);
    assert.deepEqual(client().clientOptions.documentSelector, [
      { scheme: 'file', language: 'news' }, { scheme: 'untitled', language: 'news' },
      { scheme: 'file', pattern: '**/*.news' }, { scheme: 'file', pattern: '**/*.article' },
      { scheme: 'file', pattern: '**/*.facts.yaml' }, { scheme: 'file', pattern: '**/*.facts.yml' },
    ]);
  });

  it('shows indexing, then the totals, in the status bar', () => {
    const [item] = editor.statusItems as Array<(typeof editor.statusItems)[number] & { alignment: number; priority: number }>;
    assert.deepEqual({ text: item.text, command: item.command, name: item.name, shown: item.shown, alignment: item.alignment, priority: item.priority },
      { text: '$(loading~spin) News Lens', command: 'newslens.checkConsistency', name: 'News Lens', shown: true, alignment: vscode.StatusBarAlignment.Left, priority: 10 });
    const show = client().notifications.get('newslens/status') as (s: unknown) => void;
    show(status);
    assert.equal(item.text, '$(checklist) News Lens: 2 $(error) 6 $(warning)');
    assert.equal(item.accessibilityInformation?.label, 'News Lens: 2 errors, 6 warnings');
    assert.equal(item.tooltip, '5 articles, 1 fact base: 2 errors, 6 warnings, 0 notes in the Problems panel. Click to check consistency.');
    show({ ...status, articles: 1, factBases: 2, errors: 1, warnings: 1 });
    assert.equal(item.accessibilityInformation?.label, 'News Lens: 1 error, 1 warning');
    assert.equal(item.tooltip, '1 article, 2 fact bases: 1 error, 1 warning, 0 notes in the Problems panel. Click to check consistency.');
    show({ ...status, state: 'indexing' });
    assert.deepEqual([item.text, item.tooltip], ['$(loading~spin) News Lens', 'News Lens is reading the articles of the workspace']);
  });

  it('checks consistency with a progress notification, and offers the Problems panel', async () => {
    FakeLanguageClient.answer = {
      summary: { ...status, information: 1, skipped: [{ file: '/a.news', reason: 'binary file' }, { file: '/b.news', reason: 'binary file' }] },
      progress: [{ kind: 'begin', title: 'x', percentage: 0 }, { kind: 'report', percentage: 40, message: '2/5 articles' }, { kind: 'report', message: 'still' }, { kind: 'report', percentage: 100, message: '5/5 articles' }, { kind: 'end' }],
    };
    editor.choice = 'Open Problems';
    const summary = await api.checkConsistency();
    assert.deepEqual(summary, FakeLanguageClient.answer.summary);
    const [request] = client().requests;
    assert.equal(request.method, 'workspace/executeCommand');
    const params = request.params as { command: string; arguments: unknown[]; workDoneToken: string };
    assert.deepEqual([params.command, params.arguments], ['newslens.server.checkConsistency', []]);
    assert.match(params.workDoneToken, /^newslens-check-\d+$/);
    assert.deepEqual(request.token, { isCancellationRequested: false, kind: 'cancel-token' }, 'the notification’s cancel button cancels the request');
    assert.equal(client().listening(), false, 'the progress listener is disposed');
    assert.deepEqual(editor.progress, [{
      options: { location: vscode.ProgressLocation.Notification, title: 'News Lens: checking consistency', cancellable: true },
      reports: [{ message: undefined, increment: 0 }, { message: '2/5 articles', increment: 40 }, { message: 'still', increment: 0 }, { message: '5/5 articles', increment: 60 }],
    }]);
    assert.deepEqual(editor.messages, [{ message: 'News Lens checked 5 articles and 1 fact base: 2 errors, 6 warnings, 1 note (2 files skipped).', items: ['Open Problems'] }]);
    await new Promise((resolve) => setImmediate(resolve));
    assert.deepEqual(editor.executed, ['workbench.actions.view.problems']);
  });

  it('says so without a button when nothing is found, and ignores a dismissed message', async () => {
    FakeLanguageClient.answer = { summary: { ...status, articles: 1, factBases: 0, errors: 0, warnings: 0, information: 0, skipped: [] }, progress: [] };
    await (editor.commands.get('newslens.checkConsistency') as () => Promise<unknown>)();
    assert.deepEqual(editor.messages, [{ message: 'News Lens checked 1 article and 0 fact bases: 0 errors, 0 warnings, 0 notes.', items: [] }]);
    await new Promise((resolve) => setImmediate(resolve));
    assert.deepEqual(editor.executed, []);
    FakeLanguageClient.answer = { summary: { ...status, errors: 0, warnings: 0, information: 1, skipped: [] }, progress: [] };
    await api.checkConsistency();
    assert.deepEqual(editor.messages[1], { message: 'News Lens checked 5 articles and 1 fact base: 0 errors, 0 warnings, 1 note.', items: ['Open Problems'] }, 'a note is worth opening too');
    FakeLanguageClient.answer = { summary: null, progress: [] };
    assert.equal(await api.checkConsistency(), undefined, 'no summary (cancelled): no message');
    assert.equal(editor.messages.length, 2);
  });

  it('opens a hover link at its line and character', async () => {
    await (editor.commands.get('newslens.openLocation') as (...a: unknown[]) => Promise<void>)('file:///desk/a.news', 7, 12);
    assert.deepEqual(editor.shown, [{ uri: 'file:///desk/a.news', selection: new vscode.Range(new vscode.Position(7, 12), new vscode.Position(7, 12)) }]);
  });

  it('restarts the server when the files it watches change, and only then', async () => {
    const changed = (section: string) => ({ affectsConfiguration: (s: string) => s === section });
    const [listener] = editor.configurationListeners as Array<(e: unknown) => Promise<void>>;
    for (const setting of ['newslens.languages', 'newslens.files', 'newslens.factBases']) {
      const before = client();
      editor.settings['newslens.factBases'] = ['**/*.desk.yaml'];
      await listener(changed(setting));
      assert.equal(before.stopped, true, setting);
      assert.notEqual(client(), before, setting);
      assert.equal(client().running, true, setting);
      assert.deepEqual((client().clientOptions.documentSelector as Array<{ pattern?: string }>).at(-1), { scheme: 'file', pattern: '**/*.desk.yaml' });
    }
    const count = FakeLanguageClient.created.length;
    await listener(changed('newslens.severity'));
    assert.equal(FakeLanguageClient.created.length, count, 'the server reads severities itself');
  });

  it('restarts a server that died four times in three minutes, says so once, then gives up and says why', () => {
    const handler = client().clientOptions.errorHandler as {
      error: (error: Error, message: unknown, count: number | undefined) => { action: number; handled: boolean };
      closed: () => { action: number; message?: string; handled?: boolean };
    };
    const { ErrorAction, CloseAction } = languageClient;
    assert.deepEqual([1, 3, 4, undefined].map((count) => handler.error(new Error('write'), undefined, count)), [
      { action: ErrorAction.Continue, handled: true }, { action: ErrorAction.Continue, handled: true },
      { action: ErrorAction.Shutdown, handled: true }, { action: ErrorAction.Shutdown, handled: true },
    ], 'a few write errors are survivable, more mean the connection is gone');
    const restarted = { action: CloseAction.Restart, message: 'News Lens: the language server stopped unexpectedly and has been restarted.' };
    assert.deepEqual([1, 2, 3, 4].map(() => handler.closed()), [
      { ...restarted, handled: false }, { ...restarted, handled: true }, { ...restarted, handled: true }, { ...restarted, handled: true },
    ], 'the user is told of the first restart only');
    assert.deepEqual(handler.closed(), {
      action: CloseAction.DoNotRestart,
      message: 'News Lens: the language server stopped 5 times in 3 minutes and will not be restarted. Reload the window to start it again; the "News Lens" output has details.',
    });
  });

  it('stops the server on deactivation', async () => {
    const c = client();
    await extension.deactivate();
    assert.equal(c.stopped, true);
  });
});

import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  CloseAction, ErrorAction, ExecuteCommandRequest, LanguageClient, TransportKind, WorkDoneProgress, type ErrorHandler,
  type LanguageClientOptions, type ServerOptions,
} from 'vscode-languageclient/node';
import { RestartPolicy } from './restartPolicy';
import { CHECK_COMMAND, OPEN_LOCATION_COMMAND, STATUS_NOTIFICATION, STORIES_CHANGED_NOTIFICATION, type CheckSummary, type Status } from '../../server/src/protocol';
import { MOVE_ARTICLE_CLIENT_COMMAND, REFRESH_STORIES_COMMAND, STORIES_VIEW, StoriesView, type StoryNode } from './storiesView';
import { registerDeskCommands } from './deskCommands';
import { plural } from './plural';

let client: LanguageClient | undefined;

/**
 * The thin client: starts the language server, forwards the "Check Consistency" command with a
 * progress notification, and shows the server's status in the status bar. No analysis here.
 */
export async function activate(context: vscode.ExtensionContext): Promise<CheckApi> {
  const statusItem = vscode.window.createStatusBarItem(vscode.StatusBarAlignment.Left, 10);
  statusItem.name = 'News Lens';
  statusItem.command = 'newslens.checkConsistency';
  statusItem.text = '$(loading~spin) News Lens';
  statusItem.show();
  context.subscriptions.push(statusItem);

  const stories = new StoriesView(() => client);
  // Each client the extension starts (a settings change starts a new one) reports to the same status item and view.
  const started = (c: LanguageClient): LanguageClient => {
    c.onNotification(STATUS_NOTIFICATION, (s: Status) => showStatus(statusItem, s));
    c.onNotification(STORIES_CHANGED_NOTIFICATION, () => stories.refresh());
    return c;
  };
  client = started(createClient(context));
  context.subscriptions.push(
    vscode.commands.registerCommand('newslens.checkConsistency', () => checkConsistency()),
    vscode.commands.registerCommand(OPEN_LOCATION_COMMAND, openLocation),
    vscode.window.createTreeView(STORIES_VIEW, { treeDataProvider: stories, showCollapseAll: true }),
    vscode.commands.registerCommand(MOVE_ARTICLE_CLIENT_COMMAND, (node: StoryNode, target?: string) => stories.moveArticle(node, target)),
    vscode.commands.registerCommand(REFRESH_STORIES_COMMAND, () => stories.refresh()),
    ...registerDeskCommands(),
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      if (e.affectsConfiguration('newslens.languages') || e.affectsConfiguration('newslens.files') || e.affectsConfiguration('newslens.factBases')) {
        await client?.stop();
        statusItem.text = '$(loading~spin) News Lens';
        client = started(createClient(context));
        await client.start();
        stories.refresh();
      }
    }),
  );
  await client.start();
  stories.refresh();
  return { checkConsistency, stories, statusBar: () => ({ text: statusItem.text, tooltip: String(statusItem.tooltip ?? '') }) };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}

/** What the extension exports, for tests and other extensions. */
export interface CheckApi {
  checkConsistency(): Promise<CheckSummary | undefined>;
  /** The story view's data, as the tree shows it. */
  readonly stories: StoriesView;
  /** What the status bar item shows now. */
  statusBar(): { text: string; tooltip: string };
}

function createClient(context: vscode.ExtensionContext): LanguageClient {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6029'] } },
  };
  const config = vscode.workspace.getConfiguration('newslens');
  const languages = config.get<string[]>('languages', ['news']);
  const files = config.get<string[]>('files', ['**/*.news', '**/*.article']);
  const factBases = config.get<string[]>('factBases', ['**/*.facts.yaml', '**/*.facts.yml']);
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      ...languages.flatMap((language) => [{ scheme: 'file', language }, { scheme: 'untitled', language }]),
      ...[...files, ...factBases].map((pattern) => ({ scheme: 'file', pattern })),
    ],
    synchronize: {
      fileEvents: [...files, ...factBases].map((glob) => vscode.workspace.createFileSystemWatcher(glob)),
    },
    markdown: { isTrusted: { enabledCommands: [OPEN_LOCATION_COMMAND] } },
    errorHandler: restartOnCrash(),
  };
  return new LanguageClient('newslens', 'News Lens', serverOptions, clientOptions);
}

/** Restarts a server process that died (a bounded number of times) and says so once. */
function restartOnCrash(): ErrorHandler {
  const policy = new RestartPolicy();
  return {
    // As the default handler: a few write errors are survivable, more mean the connection is gone.
    error: (_error, _message, count) => ({ action: count !== undefined && count <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown, handled: true }),
    closed: () => {
      const after = policy.afterCrash();
      if (!after.restart) {
        return {
          action: CloseAction.DoNotRestart,
          message: `News Lens: the language server stopped ${policy.maxRestarts + 1} times in ${policy.windowMs / 60_000} minutes and will not be restarted. ` +
            'Reload the window to start it again; the "News Lens" output has details.',
        };
      }
      return { action: CloseAction.Restart, message: 'News Lens: the language server stopped unexpectedly and has been restarted.', handled: !after.tell };
    },
  };
}

function showStatus(item: vscode.StatusBarItem, s: Status): void {
  if (s.state === 'indexing') {
    item.text = '$(loading~spin) News Lens';
    item.tooltip = 'News Lens is reading the articles of the workspace';
    return;
  }
  item.text = `$(checklist) News Lens: ${s.errors} $(error) ${s.warnings} $(warning)`;
  item.accessibilityInformation = { label: `News Lens: ${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}` };
  item.tooltip = `${plural(s.articles, 'article')}, ${plural(s.factBases, 'fact base')}: ${plural(s.errors, 'error')}, ` +
    `${plural(s.warnings, 'warning')}, ${plural(s.information, 'note')} in the Problems panel. Click to check consistency.`;
}

/** Runs the server-side check with a cancellable progress notification, then summarizes. */
async function checkConsistency(): Promise<CheckSummary | undefined> {
  const c = client;
  if (!c) return undefined;
  const summary = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'News Lens: checking consistency', cancellable: true },
    async (progress, cancel) => {
      const token = `newslens-check-${Date.now()}`;
      let reported = 0;
      const listener = c.onProgress(WorkDoneProgress.type, token, (value) => {
        if (value.kind === 'end') return;
        const percentage = value.percentage ?? reported;
        progress.report({ message: value.message, increment: Math.max(0, percentage - reported) });
        reported = percentage;
      });
      try {
        return await c.sendRequest(ExecuteCommandRequest.type, { command: CHECK_COMMAND, arguments: [], workDoneToken: token }, cancel) as CheckSummary;
      } finally {
        listener.dispose();
      }
    },
  );
  if (!summary) return undefined;
  const found = summary.errors + summary.warnings + summary.information;
  const message = `News Lens checked ${plural(summary.articles, 'article')} and ${plural(summary.factBases, 'fact base')}: ` +
    `${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')}, ${plural(summary.information, 'note')}` +
    (summary.skipped.length > 0 ? ` (${summary.skipped.length} files skipped)` : '') + '.';
  void vscode.window.showInformationMessage(message, ...(found > 0 ? ['Open Problems'] : [])).then((choice) => {
    if (choice === 'Open Problems') void vscode.commands.executeCommand('workbench.actions.view.problems');
  });
  return summary;
}

async function openLocation(uri: string, line: number, character: number): Promise<void> {
  const position = new vscode.Position(line, character);
  await vscode.window.showTextDocument(vscode.Uri.parse(uri), { selection: new vscode.Range(position, position) });
}

import * as vscode from 'vscode';
import {
  ExecuteCommandRequest, WorkDoneProgress, type BaseLanguageClient, type LanguageClientOptions,
} from 'vscode-languageclient';
import { restartOnCrash } from './crashHandler';
import { currentSelection, explicitSettings, type Selection } from './settings';
import { registerDiagnosisCommands } from './commands';
import { tellSkipped } from './skippedFiles';
import { isNewsroom, onMaybeNewsroom } from './relevance';
import { serveWorkspaceFiles } from './workspaceFiles';
import { markHovered, registerWalkthrough } from './walkthrough';
import { ProseSettings } from './proseSettings';
import {
  ACTIVE_CONTEXT, CHECK_COMMAND, COMMANDS, FOLDERS_NOTIFICATION, OPEN_LOCATION_COMMAND, SKIPPED_NOTIFICATION, type FolderArticles, STATUS_NOTIFICATION,
  STORIES_CHANGED_NOTIFICATION, VERSION, type CheckSummary, type InitializationOptions, type SkippedFiles, type Status,
} from '../../server/src/protocol';
import { MOVE_ARTICLE_CLIENT_COMMAND, REFRESH_STORIES_COMMAND, STORIES_VIEW, StoriesView, type StoryNode } from './storiesView';
import { registerDeskCommands } from './deskCommands';
import { registerFindingDocs } from './findingDocs';
import { plural } from './plural';

let client: BaseLanguageClient | undefined;

/** Makes the language client of a platform: the server as a Node process (desktop) or a web worker (browser). */
export type ClientFactory = (context: vscode.ExtensionContext, options: LanguageClientOptions) => BaseLanguageClient;

/**
 * The thin client, the same in desktop VS Code and in the browser (`node.ts`, `browser.ts` give it
 * the server): starts the language server where there is something to do, forwards the "Check
 * Consistency" command with a progress notification, shows the server's status in the status bar,
 * and the diagnosis commands. No analysis here.
 */
export async function activateWith(context: vscode.ExtensionContext, createClient: ClientFactory, platform: string): Promise<CheckApi> {
  // The output channel exists from start-up: the server's version and what it indexed go there.
  const output = vscode.window.createOutputChannel('News Lens');
  output.appendLine(`News Lens ${VERSION} (${platform}) activated.`);
  let statusItem: vscode.StatusBarItem | undefined;
  let selection: Selection | undefined;
  /** The current client's listeners, disposed with it. */
  let listeners: vscode.Disposable | undefined;
  const prose = new ProseSettings(context);
  const stories = new StoriesView(() => client);

  const start = async () => {
    selection = currentSelection();
    statusItem ??= createStatusItem(context);
    const started = createClient(context, clientOptions(selection, output));
    client = started;
    listeners = vscode.Disposable.from(
      started.onNotification(STATUS_NOTIFICATION, (s: Status) => showStatus(statusItem!, s)),
      started.onNotification(SKIPPED_NOTIFICATION, (s: SkippedFiles) => tellSkipped(s, output)),
      started.onNotification(FOLDERS_NOTIFICATION, (f: FolderArticles) => void prose.offer(f)),
      started.onNotification(STORIES_CHANGED_NOTIFICATION, () => stories.refresh()),
      serveWorkspaceFiles(started),
    );
    await started.start();
    await vscode.commands.executeCommand('setContext', ACTIVE_CONTEXT, true);
  };
  const restart = async () => {
    await client?.stop();
    listeners?.dispose();
    client = undefined;
    await start();
  };
  // Starts and restarts run one at a time: an article opened while the first start is under way
  // must not start a second client (whose commands would clash with the first's).
  let lifecycle = Promise.resolve();
  const serially = (step: () => Promise<void>): Promise<void> => {
    const run = lifecycle.then(step);
    lifecycle = run.catch(() => undefined);
    return run;
  };

  context.subscriptions.push(
    output,
    { dispose: () => listeners?.dispose() },
    vscode.commands.registerCommand(COMMANDS.checkConsistency, () => checkConsistency()),
    vscode.commands.registerCommand(OPEN_LOCATION_COMMAND, openLocation),
    registerDiagnosisCommands(() => client, () => serially(restart), output),
    registerWalkthrough(context),
    vscode.window.createTreeView(STORIES_VIEW, { treeDataProvider: stories, showCollapseAll: true }),
    vscode.commands.registerCommand(MOVE_ARTICLE_CLIENT_COMMAND, (node: StoryNode, target?: string) => stories.moveArticle(node, target)),
    vscode.commands.registerCommand(REFRESH_STORIES_COMMAND, () => stories.refresh()),
    ...registerDeskCommands(),
    registerFindingDocs(),
    // Nothing starts outside a newsroom; it starts once the workspace becomes one. A change of
    // languages or globs restarts the client only when the documents it hands the server change.
    onMaybeNewsroom(() => serially(async () => {
      if (!client && await isNewsroom()) await start();
      else if (client && selection && currentSelection().key !== selection.key) await restart();
    })),
  );
  await serially(async () => {
    if (await isNewsroom()) await start();
    else output.appendLine('No articles, fact bases or News Lens settings in this workspace: the language server is not started.');
  });
  stories.refresh();
  return {
    checkConsistency, stories, isRunning: () => client !== undefined, useProseSettings: (folder, languageId) => prose.apply(folder, languageId),
    statusBar: () => ({ text: statusItem?.text ?? '', tooltip: String(statusItem?.tooltip ?? '') }),
  };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}

/** What the extension exports, for tests and other extensions. */
export interface CheckApi {
  checkConsistency(): Promise<CheckSummary | undefined>;
  /** Whether the language server runs: only in a newsroom's workspace. */
  isRunning(): boolean;
  /** Writes the prose settings for `languageId` in `folder` (what the offer does when accepted). */
  useProseSettings(folder: vscode.Uri, languageId: string): Promise<void>;
  /** The story view's data, as the tree shows it. */
  readonly stories: StoriesView;
  /** What the status bar item shows now. */
  statusBar(): { text: string; tooltip: string };
}

function createStatusItem(context: vscode.ExtensionContext): vscode.StatusBarItem {
  const statusItem = vscode.window.createStatusBarItem('newslens.status', vscode.StatusBarAlignment.Left, 10);
  statusItem.name = 'News Lens';
  statusItem.command = COMMANDS.checkConsistency;
  statusItem.text = '$(loading~spin) News Lens';
  statusItem.show();
  context.subscriptions.push(statusItem);
  return statusItem;
}

function clientOptions(selection: Selection, output: vscode.OutputChannel): LanguageClientOptions {
  return {
    documentSelector: selection.documentSelector,
    synchronize: {
      fileEvents: selection.watched.map((glob) => vscode.workspace.createFileSystemWatcher(glob)),
    },
    outputChannel: output,
    initializationOptions: { findingDocs: true } satisfies InitializationOptions,
    markdown: { isTrusted: { enabledCommands: [OPEN_LOCATION_COMMAND] } },
    errorHandler: restartOnCrash(),
    middleware: {
      // Only what the user set: the server puts it over the desk's .newslens.yaml and the defaults.
      workspace: { configuration: (params) => params.items.map((i) => (i.section === 'newslens' ? explicitSettings(i.scopeUri ? vscode.Uri.parse(i.scopeUri) : undefined) : null)) },
      provideHover: markHovered,
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
    (summary.skipped.length > 0 ? ` (${plural(summary.skipped.length, 'file')} skipped)` : '') + '.';
  void vscode.window.showInformationMessage(message, ...(found > 0 ? ['Open Problems'] : [])).then((choice) => {
    if (choice === 'Open Problems') void vscode.commands.executeCommand('workbench.actions.view.problems');
  });
  return summary;
}

async function openLocation(uri: string, line: number, character: number): Promise<void> {
  const position = new vscode.Position(line, character);
  await vscode.window.showTextDocument(vscode.Uri.parse(uri), { selection: new vscode.Range(position, position) });
}

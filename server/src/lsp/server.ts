import * as fs from 'node:fs';
import {
  DidChangeConfigurationNotification, FileChangeType, TextDocumentSyncKind, TextDocuments, type Connection,
  type InitializeResult, type WorkDoneProgressReporter,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Workspace } from '../workspace/workspace';
import { readArticleFile } from '../workspace/files';
import { DEFAULT_SETTINGS, readSettings, type Settings } from './settings';
import { DocumentKinds } from './documentKinds';
import { uriToPath } from './uris';
import { publish, publishChanged } from './diagnostics';
import { LEGEND, semanticTokens } from './semanticTokens';
import { hover } from './hover';
import { indexFolders } from './indexer';

export const CHECK_COMMAND = 'newslens.server.checkConsistency';
/** Notification to the client: what the server is doing and how many findings it has. */
export const STATUS_NOTIFICATION = 'newslens/status';

export interface Status {
  readonly state: 'indexing' | 'ready';
  readonly articles: number;
  readonly factBases: number;
  readonly errors: number;
  readonly warnings: number;
  readonly information: number;
}

export interface CheckSummary extends Status {
  readonly skipped: ReadonlyArray<{ file: string; reason: string }>;
}

/** Wires a connection to the workspace model: one handler per LSP feature, no news logic here. */
export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  let settings: Settings = DEFAULT_SETTINGS;
  // Stryker disable ArrayDeclaration,BooleanLiteral: the client's answer to initialize sets these before any use
  let folders: string[] = [];
  let kinds = new DocumentKinds(settings, () => folders);
  let workspace = newWorkspace(settings);
  let canPullConfiguration = false;
  let canCreateProgress = false;
  let canChangeFolders = false;
  // Stryker restore ArrayDeclaration,BooleanLiteral
  let indexing: Promise<unknown> | undefined;
  /** Until the first indexing has finished, the status stays 'indexing' whatever else happens. */
  let indexedOnce = false;
  let indexGeneration = 0;
  let publishScheduled = false;

  function newWorkspace(s: Settings): Workspace {
    return new Workspace({ toPath: uriToPath, severity: s.severity });
  }

  /** Edited documents: re-published even when their findings stay the same (fresh ranges, fresh version). */
  const edited = new Set<string>();

  /** Publishes once per turn of the event loop, however many changes came in. */
  function schedulePublish(): void {
    // Stryker disable next-line ConditionalExpression: without it each change schedules a turn of its own, and the later ones find nothing changed
    if (publishScheduled) return;
    // Stryker disable next-line BooleanLiteral: as above
    publishScheduled = true;
    setImmediate(() => {
      publishScheduled = false;
      const changed = publishChanged(connection, workspace, edited);
      edited.clear();
      if (changed > 0) sendStatus(currentState());
    });
  }

  function status(state: Status['state']): Status {
    let errors = 0;
    let warnings = 0;
    let information = 0;
    if (state === 'ready') {
      for (const list of workspace.allFindings().values()) {
        for (const f of list) {
          if (f.severity === 'error') errors++;
          else if (f.severity === 'warning') warnings++;
          else information++;
        }
      }
    }
    return { state, articles: workspace.articleIds().length, factBases: workspace.factBaseIds().length, errors, warnings, information };
  }

  function currentState(): Status['state'] {
    return indexing || !indexedOnce ? 'indexing' : 'ready';
  }

  function sendStatus(state: Status['state']): void {
    void connection.sendNotification(STATUS_NOTIFICATION, status(state));
  }

  function updateFromBuffer(doc: TextDocument): void {
    const file = uriToPath(doc.uri);
    const kind = kinds.of(file, doc.languageId);
    if (kind === 'factBase') workspace.setFactBase(doc.uri, doc.getText());
    else if (kind === 'article') workspace.setArticle(doc.uri, doc.getText());
    else if (workspace.hasArticle(doc.uri) || workspace.isFactBase(doc.uri)) {
      // No longer an article or a fact base (newslens.languages or a glob changed): forget it.
      workspace.removeArticle(doc.uri);
      workspace.removeFactBase(doc.uri);
    } else return;
    edited.add(doc.uri);
    schedulePublish();
  }

  /** A document's content falls back to the file on disk (after close, or a change on disk). */
  function updateFromDisk(uri: string): void {
    const file = uriToPath(uri);
    const kind = kinds.of(file);
    const exists = uri.startsWith('file:') && fs.existsSync(file);
    if (kind === 'factBase') {
      if (exists) workspace.setFactBase(uri, fs.readFileSync(file, 'utf8'));
      else workspace.removeFactBase(uri);
    } else {
      const read = exists && kind === 'article' ? readArticleFile(file, settings.maxFileBytes) : undefined;
      if (read && 'text' in read) workspace.setArticle(uri, read.text);
      else workspace.removeArticle(uri);
      if (read && 'skipped' in read) connection.console.info(`News Lens skipped ${file}: ${read.skipped}`);
    }
    schedulePublish();
  }

  async function reindex(reporter?: WorkDoneProgressReporter, isCancelled: () => boolean = () => false) {
    // Stryker disable next-line UpdateOperator: counting down tells the runs apart as well
    const generation = ++indexGeneration;
    const created = !reporter && canCreateProgress ? await connection.window.createWorkDoneProgress() : undefined;
    const progress = reporter ?? created;
    progress?.begin('News Lens: indexing articles', 0, undefined, true);
    sendStatus('indexing');
    const run = indexFolders(
      workspace, folders, settings, (uri) => documents.get(uri) !== undefined,
      (done, total) => progress?.report(total === 0 ? 100 : Math.round((done / total) * 100), `${done}/${total} articles`),
      () => isCancelled() || generation !== indexGeneration || (created?.token.isCancellationRequested ?? false),
    );
    indexing = run;
    try {
      const result = await run;
      for (const doc of documents.all()) updateFromBuffer(doc);
      publishChanged(connection, workspace, edited);
      edited.clear();
      for (const s of result.skipped) connection.console.info(`News Lens skipped ${s.file}: ${s.reason}`);
      return result;
    } finally {
      if (indexing === run) indexing = undefined;
      indexedOnce = true;
      progress?.done();
      sendStatus(currentState());
    }
  }

  async function loadSettings(): Promise<void> {
    if (!canPullConfiguration) return;
    settings = readSettings(await connection.workspace.getConfiguration('newslens'));
    kinds = new DocumentKinds(settings, () => folders);
  }

  connection.onInitialize((params): InitializeResult => {
    canPullConfiguration = params.capabilities.workspace?.configuration === true;
    canCreateProgress = params.capabilities.window?.workDoneProgress === true;
    canChangeFolders = params.capabilities.workspace?.workspaceFolders === true;
    const roots = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    folders = roots.filter((u) => u.startsWith('file:')).map(uriToPath);
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        semanticTokensProvider: { legend: LEGEND, full: true, range: true },
        executeCommandProvider: { commands: [CHECK_COMMAND] },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'News Lens', version: '0.1.0' },
    };
  });

  connection.onInitialized(async () => {
    if (canPullConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'newslens' });
    // Listening for folder changes throws when the client does not send them.
    if (canChangeFolders) {
      connection.workspace.onDidChangeWorkspaceFolders((e) => {
        folders = folders.filter((f) => !e.removed.some((r) => uriToPath(r.uri) === f)).concat(e.added.map((a) => uriToPath(a.uri)));
        void reindex();
      });
    }
    await loadSettings();
    workspace = newWorkspace(settings);
    await reindex();
  });

  connection.onDidChangeConfiguration(async () => {
    await loadSettings();
    workspace.setSeverity(settings.severity);
    await reindex();
  });

  documents.onDidChangeContent((e) => updateFromBuffer(e.document));
  documents.onDidClose((e) => updateFromDisk(e.document.uri));

  connection.onDidChangeWatchedFiles((params) => {
    for (const change of params.changes) {
      if (documents.get(change.uri)) continue; // the open buffer is the truth
      // Stryker disable next-line ConditionalExpression: reading a deleted file from disk removes it too; this just skips the read
      if (change.type === FileChangeType.Deleted) {
        workspace.removeArticle(change.uri);
        workspace.removeFactBase(change.uri);
        schedulePublish();
      } else {
        updateFromDisk(change.uri);
      }
    }
  });

  connection.onHover((params) => hover(workspace, params.textDocument.uri, params.position));
  connection.languages.semanticTokens.on((params) => semanticTokens(workspace, params.textDocument.uri));
  connection.languages.semanticTokens.onRange((params) => semanticTokens(workspace, params.textDocument.uri, params.range));

  connection.onExecuteCommand(async (params, token, workDone): Promise<CheckSummary | null> => {
    if (params.command !== CHECK_COMMAND) return null;
    const result = await reindex(workDone, () => token.isCancellationRequested);
    for (const id of [...workspace.articleIds(), ...workspace.factBaseIds()]) publish(connection, workspace, id);
    return { ...status(result.cancelled ? 'indexing' : 'ready'), skipped: result.skipped };
  });

  documents.listen(connection);
  connection.listen();
}

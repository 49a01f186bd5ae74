import {
  CodeActionKind, CodeLensRefreshRequest, DidChangeConfigurationNotification, FileChangeType, TextDocumentSyncKind, TextDocuments, type Connection,
  type InitializeParams, type InitializeResult, type WorkDoneProgressReporter,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Workspace } from '../workspace/workspace';
import { utf8Length } from '../workspace/decode';
import { DocumentKinds } from './documentKinds';
import { DiagnosticsPublisher } from './diagnostics';
import { LEGEND, semanticTokens } from './semanticTokens';
import { hover } from './hover';
import { indexFolders, type IndexResult } from './indexer';
import { FolderSettings } from './folderSettings';
import type { Platform } from './platform';
import { Budget, RequestGuard } from './requests';
import { PendingEdits } from './pendingEdits';
import { codeActions } from './codeActions';
import { DeskEdits } from './deskEdits';
import { definition } from './definition';
import { references } from './references';
import { documentSymbols } from './documentSymbols';
import { workspaceSymbols } from './workspaceSymbols';
import { codeLenses } from './codeLens';
import { documentLinks } from './documentLinks';
import { completion } from './completion';
import { stories } from './stories';
import {
  ADD_FACT_COMMAND, CHECK_COMMAND, FACT_BASES_REQUEST, FOLDERS_NOTIFICATION, MARK_REVIEWED_COMMAND, MOVE_ARTICLE_COMMAND, SKIPPED_NOTIFICATION, STATUS_NOTIFICATION,
  STORIES_CHANGED_NOTIFICATION, STORIES_REQUEST, VERSION, type CheckSummary, type FigureRef, type FolderArticles, type MarkReviewedArgs, type MoveArticleArgs,
  type InitializationOptions, type SkippedFile, type SkippedFiles, type Status,
} from '../protocol';

/** What the client offers beyond the core protocol; the server asks for nothing it does not. */
interface ClientOffers {
  readonly configuration: boolean;
  readonly progress: boolean;
  readonly workspaceFolders: boolean;
  readonly configurationRegistration: boolean;
  readonly showDocument: boolean;
  readonly codeLensRefresh: boolean;
}

/**
 * Wires a connection to the workspace model: one handler per LSP feature, no news logic here. The
 * server never goes down for a client: it asks only for what the client offers, survives a
 * client that answers with errors, answers each request within its budget or with an error,
 * and refuses requests after `shutdown`.
 */
export function startServer(connection: Connection, platform: Platform): void {
  const documents = new TextDocuments(TextDocument);
  const requests = new RequestGuard(connection);
  const settings = new FolderSettings(connection, platform);
  const kinds = new DocumentKinds(() => settings.folders, () => settings.outside, platform.toPath);
  // One workspace for the whole session: open documents keep their analysis while indexing runs.
  const workspace = new Workspace({ toPath: platform.toPath, severity: (file) => kinds.settingsOfPath(file).severity });
  // Stryker disable next-line ObjectLiteral,BooleanLiteral: the client's answer to initialize sets these before any use
  let offers: ClientOffers = { configuration: false, progress: false, workspaceFolders: false, configurationRegistration: false, showDocument: false, codeLensRefresh: false };
  /** What the Problems panel holds from us: the status bar's counts. */
  const published = new DiagnosticsPublisher(connection, workspace);
  const desk = new DeskEdits(connection, workspace, documents, () => offers, platform);
  let indexing: Promise<IndexResult> | undefined;
  /** Until the first indexing has finished, the status stays 'indexing' whatever else happens. */
  let indexedOnce = false;
  let indexGeneration = 0;
  let publishScheduled = false;
  /** Documents just opened: their content event is the open itself, analysed at once. */
  const opening = new Set<string>();
  const edits = new PendingEdits((uri) => {
    const doc = documents.get(uri);
    if (doc) updateFromBuffer(doc);
  });

  const log = (message: string) => connection.console.info(`News Lens: ${message}`);
  /** Files the user has been told were skipped (each once per reason). */
  const toldSkipped = new Set<string>();
  const failed = (what: string) => (err: unknown) => log(`${what} failed (${err instanceof Error ? err.message : String(err)}); going on without it.`);

  /** Edited documents: re-published even when their findings stay the same (fresh ranges, fresh version). */
  const edited = new Set<string>();

  /** Publishes once per turn of the event loop, however many changes came in (setTimeout: browsers have no setImmediate). */
  function schedulePublish(): void {
    if (publishScheduled || requests.isShutDown) return;
    publishScheduled = true;
    setTimeout(() => {
      publishScheduled = false;
      if (requests.isShutDown) return;
      const changed = published.publishChanged(edited);
      edited.clear();
      if (changed > 0) {
        sendStatus(currentState());
        findingsChanged();
      }
    }, 0);
  }

  /** The counts are those of the diagnostics published: what the Problems panel lists. */
  function status(state: Status['state']): Status {
    return { state, articles: workspace.articleIds().length, factBases: workspace.factBaseIds().length, ...published.counts.totals() };
  }

  /** Views that show findings (the story view, the fact base's code lenses) ask again. */
  function findingsChanged(): void {
    if (requests.isShutDown) return;
    void connection.sendNotification(STORIES_CHANGED_NOTIFICATION).catch(failed('A stories notification'));
    if (offers.codeLensRefresh) void connection.sendRequest(CodeLensRefreshRequest.type).catch(failed('Refreshing code lenses'));
  }

  function currentState(): Status['state'] {
    return indexing || !indexedOnce ? 'indexing' : 'ready';
  }

  function sendStatus(state: Status['state']): void {
    if (!requests.isShutDown) void connection.sendNotification(STATUS_NOTIFICATION, status(state)).catch(failed('A status notification'));
  }

  /** Tells the client about files it has not heard were skipped (it names them in a notification), and logs them. */
  function tellSkipped(files: readonly SkippedFile[]): void {
    const fresh = files.filter((f) => !toldSkipped.has(`${f.uri}\n${f.reason}`));
    for (const f of fresh) {
      toldSkipped.add(`${f.uri}\n${f.reason}`);
      log(`${f.error ? 'could not read' : 'skipped'} ${platform.toPath(f.uri)}: ${f.reason}`);
    }
    if (fresh.length > 0 && !requests.isShutDown) {
      void connection.sendNotification(SKIPPED_NOTIFICATION, { files: fresh } satisfies SkippedFiles).catch(failed('A skipped-files notification'));
    }
  }

  /** An open document's buffer is the truth: analysed whole, unless larger than `maxFileSizeKb`. */
  function updateFromBuffer(doc: TextDocument): void {
    const kind = kinds.of(doc.uri, doc.languageId);
    if (kind === 'factBase') {
      workspace.setFactBase(doc.uri, doc.getText());
    } else if (kind === 'article') {
      const text = doc.getText();
      const { maxFileBytes } = kinds.settingsOf(doc.uri);
      if (utf8Length(text) > maxFileBytes) {
        const reason = `larger than ${Math.round(maxFileBytes / 1024)} KB (the newslens.maxFileSizeKb setting)`;
        workspace.skip(doc.uri, { reason, error: false });
        tellSkipped([{ uri: doc.uri, reason, error: false }]);
      } else {
        workspace.setArticle(doc.uri, text);
      }
    } else if (workspace.hasArticle(doc.uri) || workspace.isFactBase(doc.uri) || workspace.notice(doc.uri)) {
      // No longer an article or a fact base (newslens.languages or a glob changed): forget it.
      workspace.removeArticle(doc.uri);
      workspace.removeFactBase(doc.uri);
    } else {
      return;
    }
    edited.add(doc.uri);
    schedulePublish();
  }

  /**
   * A document's content falls back to the file on disk (after close, or a change on disk): read
   * only if it is a regular file within the size limit, as in indexing.
   */
  async function updateFromDisk(uri: string): Promise<void> {
    const kind = kinds.of(uri);
    const read = kind === 'factBase' ? await platform.readFactBase(uri)
      : kind === 'article' ? await platform.readArticle(uri, kinds.settingsOf(uri).maxFileBytes) : undefined;
    if (documents.get(uri) || requests.isShutDown) return; // opened meanwhile: the buffer is the truth
    if (!read || ('skipped' in read && read.skipped === 'no such file')) {
      workspace.removeArticle(uri);
      workspace.removeFactBase(uri);
    } else if ('skipped' in read) {
      if (kind === 'factBase') workspace.removeFactBase(uri);
      workspace.skip(uri, { reason: read.skipped, error: read.error });
      tellSkipped([{ uri, reason: read.skipped, error: read.error }]);
    } else if (kind === 'factBase') {
      workspace.setFactBase(uri, read.text);
    } else {
      workspace.setArticle(uri, read.text, 'claims');
    }
    schedulePublish();
  }

  async function reindex(reporter?: WorkDoneProgressReporter, isCancelled: () => boolean = () => false): Promise<IndexResult> {
    // Stryker disable next-line UpdateOperator: counting down tells the runs apart as well
    const generation = ++indexGeneration;
    const created = !reporter && offers.progress
      ? await connection.window.createWorkDoneProgress().catch((err) => void failed('Creating a progress bar')(err))
      : undefined;
    const progress = reporter ?? created ?? undefined;
    progress?.begin('News Lens: indexing articles', 0, undefined, true);
    sendStatus('indexing');
    const run = indexFolders(
      workspace, platform, settings.folders, (uri) => documents.get(uri) !== undefined,
      (done, total) => progress?.report(total === 0 ? 100 : Math.round((done / total) * 100), `${done}/${total} articles`),
      () => requests.isShutDown || isCancelled() || generation !== indexGeneration || (created?.token.isCancellationRequested ?? false),
    );
    indexing = run;
    try {
      const result = await run;
      if (requests.isShutDown) return result;
      for (const doc of documents.all()) updateFromBuffer(doc);
      published.publishChanged(edited);
      edited.clear();
      findingsChanged();
      for (const line of result.summary) log(line);
      tellSkipped(result.skipped);
      return result;
    } finally {
      if (indexing === run) indexing = undefined;
      indexedOnce = true;
      progress?.done();
      sendStatus(currentState());
    }
  }

  /** Reads the settings; returns whether those in force changed. */
  async function loadSettings(): Promise<boolean> {
    const changed = await settings.load(offers.configuration);
    const folders = settings.folders.map((f) => ({ uri: f.uri, languages: f.settings.languages, files: f.settings.files }));
    if (!requests.isShutDown) void connection.sendNotification(FOLDERS_NOTIFICATION, { folders } satisfies FolderArticles).catch(failed('A folders notification'));
    // Severities are looked up per document; the cached findings were made with the old ones.
    if (changed) workspace.setSeverity((file) => kinds.settingsOfPath(file).severity);
    return changed;
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const caps = params.capabilities ?? {};
    offers = {
      configuration: caps.workspace?.configuration === true,
      progress: caps.window?.workDoneProgress === true,
      workspaceFolders: caps.workspace?.workspaceFolders === true,
      configurationRegistration: caps.workspace?.didChangeConfiguration?.dynamicRegistration === true,
      showDocument: caps.window?.showDocument?.support === true,
      codeLensRefresh: caps.workspace?.codeLens?.refreshSupport === true,
    };
    published.codeLinks = (params.initializationOptions as InitializationOptions | null | undefined)?.findingDocs === true;
    settings.setFolders(params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []));
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        semanticTokensProvider: { legend: LEGEND, full: true, range: true },
        executeCommandProvider: { commands: [CHECK_COMMAND, ADD_FACT_COMMAND, MARK_REVIEWED_COMMAND, MOVE_ARTICLE_COMMAND] },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        definitionProvider: true,
        referencesProvider: true,
        documentSymbolProvider: true,
        workspaceSymbolProvider: true,
        codeLensProvider: { resolveProvider: false },
        documentLinkProvider: { resolveProvider: false },
        completionProvider: { triggerCharacters: [' '] },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'News Lens', version: VERSION },
    };
  });

  connection.onInitialized(async () => {
    if (offers.configurationRegistration) {
      connection.client.register(DidChangeConfigurationNotification.type, { section: 'newslens' }).catch(failed('Registering for settings changes'));
    }
    if (offers.workspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders(async (e) => {
        settings.setFolders(settings.folders.map((f) => f.uri).filter((u) => !e.removed.some((r) => r.uri === u)).concat(e.added.map((a) => a.uri)));
        await loadSettings();
        reindex().catch(failed('Indexing'));
      });
    }
    log(`${VERSION} started (${platform.name}); workspace folders: ${settings.folders.map((f) => platform.toPath(f.uri)).join(', ') || 'none'}`);
    await loadSettings();
    await reindex().catch(failed('Indexing'));
  });

  // Editors announce the settings once they have registered for them: re-index only on a real change.
  connection.onDidChangeConfiguration(async () => {
    if (await loadSettings()) await reindex().catch(failed('Indexing'));
  });

  documents.onDidOpen((e) => {
    if (requests.isShutDown) return;
    opening.add(e.document.uri);
    edits.drop(e.document.uri);
    updateFromBuffer(e.document);
  });
  documents.onDidChangeContent((e) => {
    if (!opening.delete(e.document.uri) && !requests.isShutDown) edits.add(e.document.uri);
  });
  documents.onDidClose((e) => {
    edits.drop(e.document.uri);
    if (!requests.isShutDown) updateFromDisk(e.document.uri).catch(failed(`Reading ${e.document.uri}`));
  });

  connection.onDidChangeWatchedFiles(async (params) => {
    if (params.changes.some((c) => settings.isDeskSettingsFile(c.uri))) {
      if (await loadSettings()) await reindex().catch(failed('Indexing'));
      return;
    }
    for (const change of params.changes) {
      if (documents.get(change.uri)) continue; // the open buffer is the truth
      // Stryker disable next-line ConditionalExpression: reading a deleted file from disk removes it too; this just skips the read
      if (change.type === FileChangeType.Deleted) {
        workspace.removeArticle(change.uri);
        workspace.removeFactBase(change.uri);
        schedulePublish();
      } else {
        updateFromDisk(change.uri).catch(failed(`Reading ${change.uri}`));
      }
    }
  });

  /** Before answering about a document, its pending edit is analysed: answers match the editor's text. */
  const current = (uri: string) => {
    edits.flush(uri);
    return uri;
  };
  connection.onHover(requests.guard('hover', (params) =>
    hover(workspace, current(params.textDocument.uri), params.position, { reading: currentState() === 'indexing', budget: new Budget() })));
  connection.languages.semanticTokens.on(requests.guard('semantic tokens', (params) =>
    semanticTokens(workspace, current(params.textDocument.uri), new Budget())));
  connection.languages.semanticTokens.onRange(requests.guard('semantic tokens', (params) =>
    semanticTokens(workspace, current(params.textDocument.uri), new Budget(), params.range)));

  connection.onCodeAction(requests.guard('code actions', (params) =>
    codeActions(workspace, current(params.textDocument.uri), documents.get(params.textDocument.uri)?.version ?? null, params.range, params.context)));
  connection.onDefinition(requests.guard('definition', (params) => definition(workspace, current(params.textDocument.uri), params.position)));
  connection.onReferences(requests.guard('references', (params) =>
    references(workspace, current(params.textDocument.uri), params.position, params.context.includeDeclaration)));
  connection.onDocumentSymbol(requests.guard('document symbols', (params) => documentSymbols(workspace, current(params.textDocument.uri))));
  connection.onWorkspaceSymbol(requests.guard('workspace symbols', (params) => workspaceSymbols(workspace, params.query, new Budget())));
  connection.onCodeLens(requests.guard('code lenses', (params) => codeLenses(workspace, current(params.textDocument.uri))));
  connection.onDocumentLinks(requests.guard('document links', (params) => documentLinks(workspace, current(params.textDocument.uri))));
  connection.onCompletion(requests.guard('completion', (params) => completion(workspace, current(params.textDocument.uri), params.position)));
  connection.onRequest(STORIES_REQUEST, requests.guard('stories', () => stories(workspace)));

  connection.onExecuteCommand(requests.guard('a command', async (params, token, workDone) => {
    const arg = params.arguments?.[0];
    switch (params.command) {
      case CHECK_COMMAND: return check(workDone, () => token.isCancellationRequested);
      case ADD_FACT_COMMAND: return desk.addFact(arg as FigureRef);
      case MARK_REVIEWED_COMMAND: return desk.markReviewed(arg as MarkReviewedArgs);
      case MOVE_ARTICLE_COMMAND: return desk.moveArticle(arg as MoveArticleArgs);
      default: return null;
    }
  }));

  async function check(workDone: WorkDoneProgressReporter, isCancelled: () => boolean): Promise<CheckSummary> {
    let result = await reindex(workDone, isCancelled);
    // A newer indexing (settings or folders read meanwhile, as at start-up) took over: its result is the workspace's.
    while (result.cancelled && !isCancelled() && indexing) result = await indexing;
    for (const id of [...workspace.articleIds(), ...workspace.factBaseIds(), ...workspace.noticeIds()]) published.publish(id);
    return { ...status(result.cancelled ? 'indexing' : 'ready'), skipped: result.skipped };
  }

  connection.onRequest(FACT_BASES_REQUEST, requests.guard('the fact bases', () => workspace.factBaseIds().sort()));

  connection.onShutdown(() => {
    requests.shutdown();
    indexGeneration++; // stops indexing
    edits.dispose();
  });

  documents.listen(connection);
  connection.listen();
}

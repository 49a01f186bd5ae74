import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  createMessageConnection, ErrorCodes, ResponseError, StreamMessageReader, StreamMessageWriter, type MessageConnection,
} from 'vscode-jsonrpc/node';
import type { ProgressToken } from 'vscode-jsonrpc';
import type {
  ApplyWorkspaceEditParams, Diagnostic, InitializeResult, PublishDiagnosticsParams, Range, ShowDocumentParams, TextDocumentEdit, TextEdit,
} from 'vscode-languageserver-protocol';

interface ProgressParams {
  token: ProgressToken;
  value: unknown;
}
import { SERVER } from '../support/paths';

export const uriOf = (file: string) => pathToFileURL(file).toString();

/** Line/character of the `nth` (0-based) occurrence of `needle` in `text`. */
export function positionOf(text: string, needle: string, nth = 0): { line: number; character: number } {
  let at = text.indexOf(needle);
  for (let i = 0; i < nth && at >= 0; i++) at = text.indexOf(needle, at + 1);
  if (at < 0) throw new Error(`"${needle}" is not in the text`);
  const before = text.slice(0, at).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

/**
 * A real LSP client over stdio for tests: starts dist/server.js, answers the server's requests
 * (configuration, progress creation, registrations) and records what it publishes.
 */
export class TestClient {
  readonly diagnostics = new Map<string, Diagnostic[]>();
  /** How many times diagnostics were published for each URI. */
  readonly published = new Map<string, number>();
  /** The document version the last diagnostics of each URI were published for (open documents only). */
  readonly publishedVersions = new Map<string, number | undefined>();
  readonly progress: ProgressParams[] = [];
  readonly notifications: Array<{ method: string; params: unknown }> = [];
  private readonly process: ChildProcess;
  readonly connection: MessageConnection;
  /** Edits the server asked this client to apply, and documents it asked to show (`window/showDocument`). */
  readonly applied: ApplyWorkspaceEditParams[] = [];
  readonly shown: ShowDocumentParams[] = [];
  /** Messages the server asked the editor to show (`window/showMessageRequest`, which the library sends even without actions). */
  readonly messages: Array<{ type: number; message: string }> = [];
  /** How many times the server asked the editor to ask for code lenses again (`workspace/codeLens/refresh`). */
  codeLensRefreshes = 0;
  private listeners: Array<() => void> = [];
  private versions = new Map<string, number>();
  /** The text of each open document, as an editor holds it. */
  private readonly texts = new Map<string, string>();

  /** Resolves with the server's exit code when its process ends. */
  readonly exited: Promise<number | null>;

  /**
   * `settings`: the `newslens` settings the client answers, the same for every folder or per scope
   * (the folder's URI; undefined for the unscoped question). `answerWithErrors`: answer the server's
   * requests with errors, as a broken or hostile client would. `openShown`: when a document the
   * server asks to show is opened (`didOpen`): before the answer (the default), after it, as an
   * editor may, or never.
   */
  constructor(
    private settings: Record<string, unknown> | ((scopeUri?: string) => Record<string, unknown>) = {},
    options: { answerWithErrors?: boolean; openShown?: 'before answering' | 'after answering' | 'never' } = {},
  ) {
    this.process = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    this.exited = new Promise((resolve) => this.process.on('exit', (code) => resolve(code)));
    this.connection = createMessageConnection(new StreamMessageReader(this.process.stdout!), new StreamMessageWriter(this.process.stdin!));
    this.connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.diagnostics.set(p.uri, p.diagnostics);
      this.published.set(p.uri, (this.published.get(p.uri) ?? 0) + 1);
      this.publishedVersions.set(p.uri, p.version);
      this.changed();
    });
    this.connection.onNotification('$/progress', (p: ProgressParams) => {
      this.progress.push(p);
      this.changed();
    });
    this.connection.onNotification((method, params) => {
      this.notifications.push({ method, params });
      this.changed();
    });
    const refuse = () => new ResponseError(ErrorCodes.InternalError, 'this client answers every request with an error');
    this.connection.onRequest('workspace/configuration', (p: { items: Array<{ section?: string; scopeUri?: string }> }) =>
      options.answerWithErrors ? refuse() : p.items.map((i) => (i.section === 'newslens' ? this.settingsFor(i.scopeUri) : null)));
    this.connection.onRequest('window/workDoneProgress/create', () => (options.answerWithErrors ? refuse() : null));
    this.connection.onRequest('client/registerCapability', () => (options.answerWithErrors ? refuse() : null));
    this.connection.onRequest('window/showMessageRequest', (p: { type: number; message: string }) => {
      this.messages.push({ type: p.type, message: p.message });
      this.changed();
      return null;
    });
    this.connection.onRequest('workspace/codeLens/refresh', () => {
      this.codeLensRefreshes++;
      this.changed();
      return null;
    });
    // As an editor does: a document to show is opened (from disk) first; an edit applies only to the version it was made for.
    this.connection.onRequest('window/showDocument', (p: ShowDocumentParams) => {
      if (options.answerWithErrors) return refuse();
      this.shown.push(p);
      const open = () => {
        if (!this.texts.has(p.uri)) this.open(p.uri, fs.readFileSync(fileURLToPath(p.uri), 'utf8'), 'yaml');
      };
      const when = options.openShown ?? 'before answering';
      if (when === 'before answering') open();
      else if (when === 'after answering') setImmediate(open); // after the answer is written
      this.changed();
      return { success: true };
    });
    this.connection.onRequest('workspace/applyEdit', (p: ApplyWorkspaceEditParams) => {
      if (options.answerWithErrors) return refuse();
      this.applied.push(p);
      this.changed();
      for (const change of p.edit.documentChanges ?? []) {
        if (!('textDocument' in change)) continue;
        const { uri, version } = (change as TextDocumentEdit).textDocument;
        const open = this.texts.get(uri);
        if (open === undefined ? version !== null : version !== null && version !== this.versions.get(uri)) {
          return { applied: false, failureReason: `${uri} is at version ${this.versions.get(uri)}, the edit is for ${version}` };
        }
      }
      for (const change of p.edit.documentChanges ?? []) {
        if (!('textDocument' in change)) continue;
        const { uri } = (change as TextDocumentEdit).textDocument;
        const before = this.texts.get(uri) ?? (fs.existsSync(fileURLToPath(uri)) ? fs.readFileSync(fileURLToPath(uri), 'utf8') : '');
        const after = applyEdits(before, (change as TextDocumentEdit).edits as TextEdit[]);
        if (this.texts.has(uri)) this.change(uri, after);
        else this.open(uri, after, 'yaml');
      }
      return { applied: true };
    });
    this.connection.listen();
  }

  /** Initializes with one workspace folder per root (the first is also the root URI). */
  async initialize(...roots: string[]): Promise<InitializeResult> {
    const result = await this.connection.sendRequest<InitializeResult>('initialize', {
      processId: process.pid,
      rootUri: uriOf(roots[0]),
      workspaceFolders: roots.map((root, i) => ({ uri: uriOf(root), name: `root${i}` })),
      // As the extension's client: it runs the command that opens the findings documentation.
      initializationOptions: { findingDocs: true },
      capabilities: {
        workspace: {
          configuration: true, didChangeConfiguration: { dynamicRegistration: true }, workspaceFolders: true,
          applyEdit: true, workspaceEdit: { documentChanges: true, resourceOperations: ['create'] }, codeLens: { refreshSupport: true },
        },
        window: { workDoneProgress: true, showDocument: { support: true } },
        textDocument: {
          hover: { contentFormat: ['markdown', 'plaintext'] },
          publishDiagnostics: { relatedInformation: true },
          semanticTokens: { requests: { full: true, range: true }, tokenTypes: [], tokenModifiers: [], formats: ['relative'] },
        },
      },
    });
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  /** Initializes with exactly these parameters (a client with other capabilities, or none). */
  async initializeWith(params: Record<string, unknown>): Promise<InitializeResult> {
    const result = await this.connection.sendRequest<InitializeResult>('initialize', { processId: process.pid, ...params });
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  open(uri: string, text: string, languageId = 'news'): void {
    this.versions.set(uri, 1);
    this.texts.set(uri, text);
    void this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  }

  /** Replaces the whole text of an open document. */
  change(uri: string, text: string): void {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    this.texts.set(uri, text);
    void this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
  }

  /** Replaces `range` of an open document with `text` (an incremental change). */
  edit(uri: string, range: Range, text: string): void {
    this.editAll(uri, [{ range, text }]);
  }

  /** Applies several changes in one notification, each to the text the previous one left. */
  editAll(uri: string, changes: ReadonlyArray<{ range: Range; text: string }>): void {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    const before = this.texts.get(uri);
    if (before !== undefined) this.texts.set(uri, changes.reduce((t, c) => applyEdits(t, [{ range: c.range, newText: c.text }]), before));
    void this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
  }

  /** The server's process id (to read its memory from /proc). */
  get pid(): number | undefined {
    return this.process.pid;
  }

  /** The text of an open document, as this client holds it. */
  text(uri: string): string | undefined {
    return this.texts.get(uri);
  }

  /** The version of an open document. */
  version(uri: string): number | undefined {
    return this.versions.get(uri);
  }

  close(uri: string): void {
    this.texts.delete(uri);
    void this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  request<T>(method: string, params: unknown): Promise<T> {
    return this.connection.sendRequest<T>(method, params);
  }

  /** Resolves when `check()` holds, re-checked after each message from the server. */
  until<T>(check: () => T | undefined | false, what: string, timeoutMs = 10_000): Promise<T> {
    return new Promise((resolve, reject) => {
      const attempt = () => {
        const value = check();
        if (value) {
          this.listeners = this.listeners.filter((l) => l !== attempt);
          clearTimeout(timer);
          resolve(value);
        }
      };
      const timer = setTimeout(() => {
        this.listeners = this.listeners.filter((l) => l !== attempt);
        reject(new Error(`timed out waiting for ${what}`));
      }, timeoutMs);
      this.listeners.push(attempt);
      attempt();
    });
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
      this.connection.sendNotification('exit').catch(() => undefined); // the server may exit before the write completes
    } catch {
      // the server may already be gone
    }
    // A write still in flight when the server goes fails with EPIPE: expected here, not a crash.
    this.process.stdin?.on('error', () => undefined);
    this.connection.dispose();
    this.process.kill();
  }

  /** New settings, announced as an editor does (`workspace/didChangeConfiguration`); the server asks for them again. */
  changeSettings(settings: Record<string, unknown> | ((scopeUri?: string) => Record<string, unknown>)): void {
    this.settings = settings;
    void this.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
  }

  /** Tells the server that files changed on disk (type 1 created, 2 changed, 3 deleted). */
  filesChanged(...changes: Array<{ uri: string; type: 1 | 2 | 3 }>): void {
    void this.connection.sendNotification('workspace/didChangeWatchedFiles', { changes });
  }

  private settingsFor(scopeUri: string | undefined): Record<string, unknown> {
    return typeof this.settings === 'function' ? this.settings(scopeUri) : this.settings;
  }

  private changed(): void {
    for (const l of [...this.listeners]) l();
  }
}

/** `text` with `edits` applied (their ranges are in the text before any of them, and do not overlap). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const offset = (p: { line: number; character: number }) => (lineStarts[p.line] ?? text.length) + p.character;
  const sorted = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
  let out = text;
  for (const e of sorted) out = out.slice(0, offset(e.range.start)) + e.newText + out.slice(offset(e.range.end));
  return out;
}

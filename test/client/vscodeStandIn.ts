import Module from 'node:module';

/**
 * Stand-ins for the `vscode` API and `vscode-languageclient`, just large enough for client/src,
 * recording what the client does with them and answering as the test sets up. The extension-host
 * suite (test/vscode) checks the real wiring; these let the client's own logic run in mocha, where
 * mutation testing reaches it.
 */

type Listener = (...args: never[]) => unknown;
type Layer = Record<string, unknown>;

export class Uri {
  /** Not an own property: tests compare URIs as JSON by scheme and path. */
  readonly #fragment: string;
  private constructor(readonly scheme: string, readonly path: string, fragment = '') {
    this.#fragment = fragment;
  }
  get fragment(): string {
    return this.#fragment;
  }
  static from(parts: { scheme: string; path: string }): Uri {
    return new Uri(parts.scheme, parts.path);
  }
  with(change: { fragment?: string }): Uri {
    return new Uri(this.scheme, this.path, change.fragment ?? this.fragment);
  }
  static parse(value: string): Uri {
    const at = value.indexOf(':');
    return new Uri(value.slice(0, at), value.slice(at + 1).replace(/^\/\//, ''));
  }
  static joinPath(base: Uri, ...parts: string[]): Uri {
    return new Uri(base.scheme, [base.path, ...parts].join('/'));
  }
  get fsPath(): string {
    return this.path;
  }
  /** As VS Code's: `skipEncoding` leaves the text as it is (the stand-in never encodes). */
  toString(_skipEncoding?: boolean): string {
    return `${this.scheme}://${this.path}${this.fragment ? `#${this.fragment}` : ''}`;
  }
}

class Position {
  constructor(readonly line: number, readonly character: number) {}
}

class Range {
  readonly start: Position;
  readonly end: Position;
  constructor(a: Position | number, b: Position | number, c?: number, d?: number) {
    this.start = typeof a === 'number' ? new Position(a, b as number) : a;
    this.end = typeof a === 'number' ? new Position(c!, d!) : (b as Position);
  }
}

class Location {
  constructor(readonly uri: Uri, readonly range: Range) {}
}

class Disposable {
  constructor(private readonly done: () => void) {}
  static from(...items: Array<{ dispose(): unknown }>): Disposable {
    return new Disposable(() => items.forEach((i) => i.dispose()));
  }
  dispose(): void {
    this.done();
  }
}

class EventEmitter<T> {
  private readonly listeners = new Set<(value: T) => void>();
  readonly event = (listener: (value: T) => void) => {
    this.listeners.add(listener);
    return new Disposable(() => this.listeners.delete(listener));
  };
  fire(value: T): void {
    for (const l of this.listeners) l(value);
  }
}

class TreeItem {
  id?: string;
  description?: string;
  tooltip?: string;
  iconPath?: unknown;
  contextValue?: string;
  resourceUri?: Uri;
  command?: unknown;
  constructor(readonly label: string, readonly collapsibleState: number) {}
}

class ThemeIcon {
  static readonly File = new ThemeIcon('file');
  constructor(readonly id: string) {}
}

class RelativePattern {
  constructor(readonly base: Uri, readonly pattern: string) {}
}

export interface StatusItem {
  id: string;
  alignment: number;
  priority: number;
  name?: string;
  command?: string;
  text: string;
  tooltip?: string;
  accessibilityInformation?: { label: string };
  shown: boolean;
}

/** A language client that records what the extension asks of it. */
export class FakeLanguageClient {
  static created: FakeLanguageClient[] = [];
  /** How `sendRequest` answers, by method; the progress reports the check sends first. */
  static answers = new Map<string, unknown>();
  static progress: unknown[] = [];
  readonly notifications = new Map<string, Listener>();
  readonly handlers = new Map<string, Listener>();
  readonly requests: Array<{ method: string; params: unknown }> = [];
  running = false;
  private readonly progressListeners = new Map<unknown, Listener>();

  constructor(readonly options: Record<string, unknown>) {
    FakeLanguageClient.created.push(this);
  }

  async start(): Promise<void> {
    this.running = true;
  }
  async stop(): Promise<void> {
    this.running = false;
  }
  isRunning(): boolean {
    return this.running;
  }
  onNotification(method: string, listener: Listener) {
    this.notifications.set(method, listener);
    return new Disposable(() => this.notifications.delete(method));
  }
  onRequest(method: string, listener: Listener) {
    this.handlers.set(method, listener);
    return new Disposable(() => this.handlers.delete(method));
  }
  onProgress(_type: unknown, token: unknown, listener: Listener) {
    this.progressListeners.set(token, listener);
    return new Disposable(() => this.progressListeners.delete(token));
  }
  async sendRequest(type: string | { method: string }, params?: { workDoneToken?: unknown }): Promise<unknown> {
    const method = typeof type === 'string' ? type : type.method;
    this.requests.push({ method, params });
    for (const value of FakeLanguageClient.progress) (this.progressListeners.get(params?.workDoneToken) as ((v: unknown) => void) | undefined)?.(value);
    return FakeLanguageClient.answers.get(method);
  }
  /** Whether a progress listener is still registered (it must be disposed after the request). */
  listening(): boolean {
    return this.progressListeners.size > 0;
  }
}

const listeners = { open: [] as Listener[], configuration: [] as Listener[], folders: [] as Listener[], created: [] as Listener[] };

/** What the client did with the editor, and how the editor answers. */
export const editor = {
  /** Settings by layer, `section.key` → value; folder layers by the folder's URI, language layers by `uri|language`. */
  user: {} as Layer,
  workspace: {} as Layer,
  folder: new Map<string, Layer>(),
  folderLanguage: new Map<string, Layer>(),
  updates: [] as Array<{ key: string; value: unknown; target: number; scope: string; language?: boolean }>,
  folders: [] as Array<{ uri: Uri; name: string; index: number }>,
  openDocuments: [] as Array<{ languageId: string }>,
  /** What `workspace.findFiles` finds, by glob. */
  files: new Map<string, string[]>(),
  fileSizes: new Map<string, Uint8Array>(),
  written: new Map<string, string>(),
  copied: [] as Array<{ from: string; to: string }>,
  statusItems: [] as StatusItem[],
  output: [] as string[],
  outputShown: 0,
  commands: new Map<string, Listener>(),
  executed: [] as Array<{ id: string; args: unknown[] }>,
  watchers: [] as string[],
  listeners,
  messages: [] as Array<{ kind: 'information' | 'warning'; message: string; items: string[] }>,
  /** The button the user clicks on the next messages, in turn (then none). */
  choices: [] as Array<string | undefined>,
  /** What the user picks in the next quick pick: the index of an item. */
  pick: undefined as number | undefined,
  quickPicks: [] as Array<{ labels: string[]; options: unknown }>,
  progress: [] as Array<{ options: Record<string, unknown>; reports: Array<{ message?: string; increment?: number }> }>,
  shown: [] as Array<{ uri: string; options: unknown }>,
  trees: [] as string[],
  contentProviders: new Map<string, { provideTextDocumentContent(uri: Uri): string }>(),
  workspaceState: new Map<string, unknown>(),
  reset(): void {
    this.user = {};
    this.workspace = {};
    this.folder.clear();
    this.folderLanguage.clear();
    this.updates.length = 0;
    this.folders = [];
    this.openDocuments = [];
    this.files.clear();
    this.fileSizes.clear();
    this.written.clear();
    this.copied.length = 0;
    this.statusItems.length = 0;
    this.output.length = 0;
    this.outputShown = 0;
    this.commands.clear();
    this.executed.length = 0;
    this.watchers.length = 0;
    for (const list of Object.values(this.listeners)) list.length = 0;
    this.messages.length = 0;
    this.choices = [];
    this.pick = undefined;
    this.quickPicks.length = 0;
    this.progress.length = 0;
    this.shown.length = 0;
    this.trees.length = 0;
    this.contentProviders.clear();
    this.workspaceState.clear();
    FakeLanguageClient.created.length = 0;
    FakeLanguageClient.answers.clear();
    FakeLanguageClient.progress = [];
  },
  /** Runs the listeners the client registered for an event of the editor. */
  fire(event: keyof typeof listeners, ...args: unknown[]): void {
    for (const l of listeners[event]) (l as (...a: unknown[]) => unknown)(...args);
  },
};

const register = (list: Listener[]) => (listener: Listener) => {
  list.push(listener);
  return new Disposable(() => list.splice(list.indexOf(listener), 1));
};

function configuration(section: string | undefined, scope?: Uri | { uri: Uri; languageId: string }) {
  const uri = scope instanceof Uri ? scope : scope?.uri;
  const language = scope instanceof Uri ? undefined : scope?.languageId;
  const name = (key: string) => (section ? `${section}.${key}` : key);
  const folderLayer = uri ? editor.folder.get(uri.toString()) : undefined;
  const languageLayer = uri && language ? editor.folderLanguage.get(`${uri.toString()}|${language}`) : undefined;
  const inspect = (key: string) => ({
    globalValue: editor.user[name(key)],
    workspaceValue: editor.workspace[name(key)],
    workspaceFolderValue: folderLayer?.[name(key)],
    workspaceFolderLanguageValue: languageLayer?.[name(key)],
  });
  return {
    inspect,
    get<T>(key: string, fallback: T): T {
      const i = inspect(key);
      return (i.workspaceFolderLanguageValue ?? i.workspaceFolderValue ?? i.workspaceValue ?? i.globalValue ?? fallback) as T;
    },
    async update(key: string, value: unknown, target: number, overrideInLanguage?: boolean): Promise<void> {
      editor.updates.push({ key: name(key), value, target, scope: `${uri?.toString() ?? ''}${language ? `|${language}` : ''}`, ...(overrideInLanguage ? { language: true } : {}) });
    },
  };
}

export const vscode = {
  __esModule: true,
  StatusBarAlignment: { Left: 1, Right: 2 },
  ProgressLocation: { SourceControl: 1, Window: 10, Notification: 15 },
  ConfigurationTarget: { Global: 1, Workspace: 2, WorkspaceFolder: 3 },
  TreeItemCollapsibleState: { None: 0, Collapsed: 1, Expanded: 2 },
  TextEditorRevealType: { Default: 0, InCenter: 1, InCenterIfOutsideViewport: 2, AtTop: 3 },
  Uri, Position, Range, Location, Disposable, EventEmitter, TreeItem, ThemeIcon, RelativePattern,
  window: {
    createOutputChannel: () => ({
      appendLine: (line: string) => void editor.output.push(line),
      show: () => void editor.outputShown++,
      dispose() {},
    }),
    createStatusBarItem(id: string, alignment: number, priority: number) {
      const item = {
        id, alignment, priority, text: '', shown: false,
        show() { this.shown = true; },
        dispose() { this.shown = false; },
      };
      editor.statusItems.push(item);
      return item;
    },
    createTreeView(id: string) {
      editor.trees.push(id);
      return new Disposable(() => undefined);
    },
    async withProgress(options: Record<string, unknown>, task: (progress: unknown, token: unknown) => Promise<unknown>) {
      const record = { options, reports: [] as Array<{ message?: string; increment?: number }> };
      editor.progress.push(record);
      return task({ report: (r: { message?: string; increment?: number }) => record.reports.push(r) }, { isCancellationRequested: false });
    },
    showInformationMessage: (message: string, ...items: string[]) => tell('information', message, items),
    showWarningMessage: (message: string, ...items: string[]) => tell('warning', message, items),
    async showQuickPick<T extends { label: string }>(items: T[], options: unknown): Promise<T | undefined> {
      editor.quickPicks.push({ labels: items.map((i) => i.label), options });
      return editor.pick === undefined ? undefined : items[editor.pick];
    },
    async showTextDocument(uri: Uri, options: unknown) {
      editor.shown.push({ uri: uri.toString(), options });
    },
  },
  commands: {
    registerCommand(id: string, listener: Listener) {
      editor.commands.set(id, listener);
      return new Disposable(() => editor.commands.delete(id));
    },
    async executeCommand(id: string, ...args: unknown[]) {
      editor.executed.push({ id, args });
      return undefined;
    },
  },
  workspace: {
    get workspaceFolders() {
      return editor.folders.length > 0 ? editor.folders : undefined;
    },
    get textDocuments() {
      return editor.openDocuments;
    },
    getConfiguration: configuration,
    getWorkspaceFolder: (uri: Uri) => editor.folders.find((f) => inFolder(uri, f.uri)),
    asRelativePath(uri: Uri) {
      const folder = editor.folders.find((f) => inFolder(uri, f.uri));
      return folder ? uri.toString().slice(folder.uri.toString().length + 1) : uri.toString();
    },
    async findFiles(glob: string | RelativePattern) {
      const key = typeof glob === 'string' ? glob : `${glob.base.toString()}|${glob.pattern}`;
      return (editor.files.get(key) ?? []).map((u) => Uri.parse(u));
    },
    createFileSystemWatcher(glob: string) {
      editor.watchers.push(glob);
      return { glob, onDidCreate: register(editor.listeners.created), dispose() {} };
    },
    registerTextDocumentContentProvider(scheme: string, provider: { provideTextDocumentContent(uri: Uri): string }) {
      editor.contentProviders.set(scheme, provider);
      return new Disposable(() => editor.contentProviders.delete(scheme));
    },
    async openTextDocument(uri: Uri) {
      const text = editor.contentProviders.get(uri.scheme)!.provideTextDocumentContent(uri);
      return { uri, getText: () => text };
    },
    onDidOpenTextDocument: register(editor.listeners.open),
    onDidChangeConfiguration: register(editor.listeners.configuration),
    onDidChangeWorkspaceFolders: register(editor.listeners.folders),
    fs: {
      async writeFile(uri: Uri, bytes: Uint8Array) {
        editor.written.set(uri.toString(), new TextDecoder().decode(bytes));
      },
      async copy(from: Uri, to: Uri) {
        editor.copied.push({ from: from.toString(), to: to.toString() });
      },
      async stat(uri: Uri) {
        const bytes = editor.fileSizes.get(uri.toString());
        if (!bytes) throw new Error('FileNotFound');
        return { size: bytes.length };
      },
      async readFile(uri: Uri) {
        return editor.fileSizes.get(uri.toString())!;
      },
    },
  },
};

const inFolder = (uri: Uri, folder: Uri) => uri.toString() === folder.toString() || uri.toString().startsWith(`${folder.toString()}/`);

function tell(kind: 'information' | 'warning', message: string, items: string[]) {
  editor.messages.push({ kind, message, items });
  return Promise.resolve(editor.choices.shift());
}

/** vscode-languageclient as the client uses it (the module itself needs the editor to load). */
export const languageClient = {
  __esModule: true,
  ExecuteCommandRequest: { type: { method: 'workspace/executeCommand' } },
  WorkDoneProgress: { type: { method: '$/progress' } },
  ErrorAction: { Continue: 1, Shutdown: 2 },
  CloseAction: { DoNotRestart: 1, Restart: 2 },
};

/** vscode-languageclient/node: the desktop client, a language client given its server's options. */
export const nodeLanguageClient = {
  __esModule: true,
  TransportKind: { stdio: 0, ipc: 1, pipe: 2, socket: 3 },
  LanguageClient: class extends FakeLanguageClient {
    constructor(readonly id: string, readonly name: string, readonly serverOptions: unknown, options: Record<string, unknown>) {
      super(options);
    }
  },
};

/** vscode-languageclient/browser: the web client, a language client given its server's worker. */
export const browserLanguageClient = {
  __esModule: true,
  LanguageClient: class extends FakeLanguageClient {
    constructor(readonly id: string, readonly name: string, options: Record<string, unknown>, readonly worker: unknown) {
      super(options);
    }
  },
};

/** Makes `require('vscode')` and `require('vscode-languageclient[/node|/browser]')` give the stand-ins, from now on. */
export function installStandIns(): void {
  const loader = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
  const load = loader._load;
  loader._load = function (request: string, ...rest: unknown[]) {
    if (request === 'vscode') return vscode;
    if (request === 'vscode-languageclient') return languageClient;
    if (request === 'vscode-languageclient/node') return nodeLanguageClient;
    if (request === 'vscode-languageclient/browser') return browserLanguageClient;
    return load.call(this, request, ...rest);
  };
}

/** A workspace folder at `uri` (file:///…), as the editor lists it. */
export function addFolder(uri: string, name: string): Uri {
  const folder = { uri: Uri.parse(uri), name, index: editor.folders.length };
  editor.folders.push(folder);
  return folder.uri;
}

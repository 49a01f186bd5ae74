import Module from 'node:module';

/**
 * Stand-ins for the `vscode` API and `vscode-languageclient/node`, just large enough for
 * client/src/extension.ts, recording what the extension does with them. The extension-host suite
 * (test/vscode) checks the real wiring; these let the client's own logic run in mocha, where
 * mutation testing can reach it.
 */

type Listener = (...args: never[]) => unknown;

export interface StatusItem {
  name?: string;
  command?: string;
  text: string;
  tooltip?: string;
  accessibilityInformation?: { label: string };
  shown: boolean;
}

export class FakeLanguageClient {
  static created: FakeLanguageClient[] = [];
  /** How `sendRequest` answers; the progress reports it sends first. */
  static answer: { summary: unknown; progress: unknown[] } = { summary: null, progress: [] };
  readonly notifications = new Map<string, Listener>();
  readonly requests: Array<{ method: string; params: unknown; token: unknown }> = [];
  running = false;
  stopped = false;
  private progress = new Map<unknown, Listener>();

  constructor(readonly id: string, readonly name: string, readonly serverOptions: unknown, readonly clientOptions: Record<string, unknown>) {
    FakeLanguageClient.created.push(this);
  }

  async start(): Promise<void> {
    this.running = true;
  }

  async stop(): Promise<void> {
    this.running = false;
    this.stopped = true;
  }

  onNotification(method: string, listener: Listener) {
    this.notifications.set(method, listener);
    return { dispose: () => this.notifications.delete(method) };
  }

  onProgress(_type: unknown, token: unknown, listener: Listener) {
    this.progress.set(token, listener);
    return { dispose: () => this.progress.delete(token) };
  }

  async sendRequest(type: { method: string }, params: { workDoneToken?: unknown }, token: unknown): Promise<unknown> {
    this.requests.push({ method: type.method, params, token });
    for (const value of FakeLanguageClient.answer.progress) (this.progress.get(params.workDoneToken) as ((v: unknown) => void) | undefined)?.(value);
    return FakeLanguageClient.answer.summary;
  }

  /** Whether a progress listener is still registered (it must be disposed after the request). */
  listening(): boolean {
    return this.progress.size > 0;
  }
}

export const languageClient = {
  __esModule: true,
  LanguageClient: FakeLanguageClient,
  TransportKind: { stdio: 0, ipc: 1, pipe: 2, socket: 3 },
  ExecuteCommandRequest: { type: { method: 'workspace/executeCommand' } },
  WorkDoneProgress: { type: { method: '$/progress' } },
  ErrorAction: { Continue: 1, Shutdown: 2 },
  CloseAction: { DoNotRestart: 1, Restart: 2 },
};

/** What the extension did with the editor, and how the editor answers. */
export const editor = {
  settings: {} as Record<string, unknown>,
  statusItems: [] as StatusItem[],
  commands: new Map<string, Listener>(),
  executed: [] as string[],
  watchers: [] as string[],
  configurationListeners: [] as Listener[],
  messages: [] as Array<{ message: string; items: string[] }>,
  /** The button the user clicks on the next information message. */
  choice: undefined as string | undefined,
  progress: [] as Array<{ options: Record<string, unknown>; reports: Array<{ message?: string; increment?: number }> }>,
  shown: [] as Array<{ uri: string; selection: unknown }>,
  treeViews: [] as Array<{ id: string; options: Record<string, unknown> }>,
  reset(): void {
    this.settings = {};
    this.statusItems.length = 0;
    this.commands.clear();
    this.executed.length = 0;
    this.watchers.length = 0;
    this.configurationListeners.length = 0;
    this.messages.length = 0;
    this.choice = undefined;
    this.progress.length = 0;
    this.shown.length = 0;
    this.treeViews.length = 0;
    FakeLanguageClient.created.length = 0;
  },
};

class Position {
  constructor(readonly line: number, readonly character: number) {}
}

class Range {
  constructor(readonly start: Position, readonly end: Position) {}
}

class EventEmitter {
  private readonly listeners: Listener[] = [];
  readonly event = (listener: Listener) => {
    this.listeners.push(listener);
    return { dispose: () => this.listeners.splice(this.listeners.indexOf(listener), 1) };
  };

  fire(): void {
    for (const listener of this.listeners) (listener as () => void)();
  }
}

export const vscode = {
  __esModule: true,
  StatusBarAlignment: { Left: 1, Right: 2 },
  ProgressLocation: { SourceControl: 1, Window: 10, Notification: 15 },
  Position,
  Range,
  EventEmitter,
  Uri: { parse: (value: string) => ({ toString: () => value, scheme: value.split(':')[0] }) },
  window: {
    createStatusBarItem(alignment: number, priority: number) {
      const item: StatusItem & { alignment: number; priority: number; show(): void; dispose(): void } = {
        alignment, priority, text: '', shown: false,
        show() { this.shown = true; },
        dispose() { this.shown = false; },
      };
      editor.statusItems.push(item);
      return item;
    },
    async withProgress(options: Record<string, unknown>, task: (progress: unknown, token: unknown) => Promise<unknown>) {
      const record = { options, reports: [] as Array<{ message?: string; increment?: number }> };
      editor.progress.push(record);
      return task({ report: (r: { message?: string; increment?: number }) => record.reports.push(r) }, { isCancellationRequested: false, kind: 'cancel-token' });
    },
    showInformationMessage(message: string, ...items: string[]) {
      editor.messages.push({ message, items });
      return Promise.resolve(editor.choice);
    },
    createTreeView(id: string, options: Record<string, unknown>) {
      editor.treeViews.push({ id, options });
      return { dispose() {} };
    },
    async showTextDocument(uri: { toString(): string }, options: { selection: unknown }) {
      editor.shown.push({ uri: uri.toString(), selection: options.selection });
    },
  },
  commands: {
    registerCommand(id: string, listener: Listener) {
      editor.commands.set(id, listener);
      return { dispose: () => editor.commands.delete(id) };
    },
    async executeCommand(id: string) {
      editor.executed.push(id);
    },
  },
  workspace: {
    getConfiguration(section: string) {
      return { get: <T>(key: string, fallback: T): T => (editor.settings[`${section}.${key}`] as T | undefined) ?? fallback };
    },
    createFileSystemWatcher(glob: string) {
      editor.watchers.push(glob);
      return { glob, dispose() {} };
    },
    onDidChangeConfiguration(listener: Listener) {
      editor.configurationListeners.push(listener);
      return { dispose() {} };
    },
  },
};

/** Makes `require('vscode')` and `require('vscode-languageclient/node')` give the stand-ins. */
export function installFakes(): void {
  const loader = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
  const load = loader._load;
  loader._load = function (request: string, ...rest: unknown[]) {
    if (request === 'vscode') return vscode;
    if (request === 'vscode-languageclient/node') return languageClient;
    return load.call(this, request, ...rest);
  };
}

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { CodeAction, Diagnostic, Hover, InitializeResult, TextDocumentEdit } from 'vscode-languageserver-protocol';
import { EXAMPLES } from '../support/paths';
import { applyEdits, positionOf, TestClient, uriOf } from './client';
import type { DeskEditResult } from '../../server/src/protocol';

/**
 * A language server on a fresh copy of examples/, driven as an editor drives it: the desk's edits
 * land in the client's buffers, and no suite depends on another's. The helpers are arrow functions,
 * so that a suite can take them apart (`const { at, open } = desk`).
 */
export class DeskSession {
  root = '';
  client!: TestClient;

  async start(): Promise<InitializeResult> {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newslens-desk-'));
    fs.cpSync(EXAMPLES, path.join(dir, 'examples'), { recursive: true });
    this.root = path.join(dir, 'examples');
    this.client = new TestClient();
    const init = await this.client.initialize(this.root);
    await this.client.request('workspace/executeCommand', { command: 'newslens.server.checkConsistency', arguments: [] });
    return init;
  }

  async stop(): Promise<void> {
    await this.client.stop();
    fs.rmSync(path.dirname(this.root), { recursive: true, force: true });
  }

  /** The URI of a file of the copy, by its path under examples/. */
  readonly at = (name: string): string => uriOf(path.join(this.root, name));

  /** A file of the copy as it is on disk. */
  readonly read = (name: string): string => fs.readFileSync(path.join(this.root, name), 'utf8');

  /** The diagnostics last published for a file. */
  readonly diagnostics = (name: string): Diagnostic[] => this.client.diagnostics.get(this.at(name)) ?? [];

  /** Opens a file as an editor would, and waits until its findings are published. */
  readonly open = async (name: string, languageId = 'news'): Promise<string> => {
    const text = this.read(name);
    this.client.open(this.at(name), text, languageId);
    await this.client.until(() => this.client.published.has(this.at(name)), `diagnostics for ${name}`);
    return text;
  };

  /** The code actions on `needle` (its first occurrence), with the diagnostics the editor holds there. */
  readonly actionsAt = async (name: string, needle: string): Promise<CodeAction[]> => {
    const start = positionOf(this.client.text(this.at(name)) ?? this.read(name), needle);
    const range = { start, end: { line: start.line, character: start.character + needle.length } };
    return this.client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: this.at(name) }, range, context: { diagnostics: this.diagnostics(name) } });
  };

  readonly hoverText = async (name: string, needle: string): Promise<string> => {
    const position = positionOf(this.client.text(this.at(name)) ?? this.read(name), needle);
    const hover = await this.client.request<Hover>('textDocument/hover', { textDocument: { uri: this.at(name) }, position });
    return (hover.contents as { value: string }).value;
  };

  /** Runs a code action as an editor does: its versioned edit applied by the client, or its command sent to the server. */
  readonly run = async (action: CodeAction): Promise<DeskEditResult | null> => {
    if (action.edit) {
      for (const change of action.edit.documentChanges as TextDocumentEdit[]) {
        assert.equal(change.textDocument.version, this.client.version(change.textDocument.uri), 'the edit is for the version the editor holds');
        this.client.change(change.textDocument.uri, applyEdits(this.client.text(change.textDocument.uri)!, change.edits as never));
      }
      return null;
    }
    return this.client.request<DeskEditResult>('workspace/executeCommand', { command: action.command!.command, arguments: action.command!.arguments });
  };
}

/** Asks again every 20 ms until `ok` holds (a request's answer that waits on an edit being analysed). */
export async function eventually<T>(ask: () => Promise<T>, ok: (value: T) => boolean, what: string, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await ask();
    if (ok(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(value).slice(0, 500)}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { Diagnostic, Position, Range, SemanticTokens, SemanticTokensLegend } from 'vscode-languageserver-protocol';
import { TestClient, uriOf } from './client';

/**
 * What the LSP tests see of the protocol, computed independently of the server: positions by
 * counting line breaks (\r\n, \r, \n) and UTF-16 code units, decoded semantic tokens, plain
 * diagnostics. Nothing here reuses server code, so a bug there cannot cancel out.
 */

const LINE_BREAK = /\r\n|\r|\n/g;

/** The LSP position of a UTF-16 offset. */
export function positionAt(text: string, offset: number): Position {
  const before = text.slice(0, offset);
  const lines = before.split(LINE_BREAK);
  return { line: lines.length - 1, character: lines[lines.length - 1].length };
}

/** The UTF-16 offset of an LSP position (the position must lie inside the text). */
export function offsetAt(text: string, position: Position): number {
  let line = 0;
  let offset = 0;
  LINE_BREAK.lastIndex = 0;
  while (line < position.line) {
    const m = LINE_BREAK.exec(text);
    assert.ok(m, `line ${position.line} exists`);
    offset = m.index + m[0].length;
    line++;
  }
  return offset + position.character;
}

/** The full range of the `nth` (0-based) occurrence of `needle`. */
export function rangeOf(text: string, needle: string, nth = 0): Range {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    assert.ok(at >= 0, `occurrence ${nth} of "${needle}" in the text`);
  }
  return { start: positionAt(text, at), end: positionAt(text, at + needle.length) };
}

/** `line:character-line:character`, 0-based as LSP counts, for compact assertions. */
export function showRange(r: Range): string {
  return `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
}

/** The range `showRange` wrote. */
export function parseRange(shown: string): Range {
  const [sl, sc, el, ec] = shown.split(/[:-]/).map(Number);
  return { start: { line: sl, character: sc }, end: { line: el, character: ec } };
}

export interface DecodedToken {
  readonly range: string;
  readonly text: string;
  readonly type: string;
  readonly modifiers: readonly string[];
}

/** Semantic tokens as absolute ranges with their text, type and modifiers. */
export function decodeTokens(text: string, tokens: SemanticTokens, legend: SemanticTokensLegend): DecodedToken[] {
  const out: DecodedToken[] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i < tokens.data.length; i += 5) {
    const [dl, dc, length, type, mods] = tokens.data.slice(i, i + 5);
    line += dl;
    character = dl === 0 ? character + dc : dc;
    const start = offsetAt(text, { line, character });
    out.push({
      range: showRange({ start: { line, character }, end: { line, character: character + length } }),
      text: text.slice(start, start + length),
      type: legend.tokenTypes[type],
      modifiers: legend.tokenModifiers.filter((_, bit) => mods & (1 << bit)),
    });
  }
  return out;
}

/** A diagnostic as a reader sees it: where, what, how bad, and the places it points to. */
export function showDiagnostic(d: Diagnostic): string {
  const related = (d.relatedInformation ?? []).map((r) => ` → ${path.basename(r.location.uri)} ${showRange(r.location.range)} ${r.message}`);
  return `${showRange(d.range)} ${d.severity} ${d.code} ${d.message}${related.join('')}`;
}

export function diagnosticsOf(client: TestClient, uri: string): string[] {
  return (client.diagnostics.get(uri) ?? []).map(showDiagnostic);
}

/**
 * Waits until `get()` equals `want` (re-checked on every message from the server); if it never
 * does, fails with the difference between the last value and `want`.
 */
export async function eventually<T>(client: TestClient, get: () => T, want: T, what: string, timeoutMs = 5000): Promise<void> {
  try {
    await client.until(() => isDeepStrictEqual(get(), want), what, timeoutMs);
  } catch {
    assert.deepStrictEqual(get(), want, `${what} (timed out)`);
  }
}

/** A workspace folder in the temp directory with the given files; returns its path. */
export function tempWorkspace(files: Record<string, string | Buffer>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newslens-lsp-'));
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

/** An article with front matter, so that its figures are dated without a file name. */
export function article(body: string, date = '2026-01-05'): string {
  return `---\ndate: ${date}\n---\n${body}\n`;
}

/** Resolves on the first `newslens/status` notification saying 'ready' after `since` notifications. */
export function ready(client: TestClient, since = 0): Promise<unknown> {
  return client.until(
    () => client.notifications.slice(since).some((n) => n.method === 'newslens/status' && (n.params as { state: string }).state === 'ready'),
    'the server to be ready',
  );
}

/**
 * Waits until the diagnostics of the open document `uri` are those of the text the client last
 * sent (the server publishes them with its version), then for a round trip, so that what was
 * published with them (other articles' findings) has arrived too.
 */
export async function published(client: TestClient, uri: string): Promise<void> {
  await roundTrip(client, uri);
  await client.until(() => client.publishedVersions.get(uri) === client.version(uri), `the diagnostics of ${uri} at version ${client.version(uri)}`);
  await roundTrip(client);
}

/**
 * A request the server answers after handling every notification sent before it, and after
 * sending what those published in the same turn. Edits wait for the server's debounce: name the
 * `edited` documents to have their pending edits analysed (a request about a document does that)
 * and published first.
 */
export async function roundTrip(client: TestClient, ...edited: string[]): Promise<void> {
  for (const uri of edited) await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } });
  await client.request('textDocument/hover', { textDocument: { uri: 'untitled:round-trip' }, position: { line: 0, character: 0 } });
}

/**
 * A language server on a fresh temp workspace holding `files`, started (and indexed) before the
 * suite's tests and stopped after them; read `dir` and `client` inside the tests.
 */
export function serverOn(files: Record<string, string | Buffer>): { readonly dir: string; readonly client: TestClient; uri(name: string): string } {
  const session = {
    dir: '',
    client: undefined as unknown as TestClient,
    uri: (name: string) => uriOf(path.join(session.dir, name)),
  };
  before(async () => {
    session.dir = tempWorkspace(files);
    session.client = new TestClient();
    await session.client.initialize(session.dir);
    await ready(session.client);
  });
  after(async () => {
    await session.client.stop();
    fs.rmSync(session.dir, { recursive: true, force: true });
  });
  return session;
}

// Shared helpers for the extension-host tests (not a test file: index.ts only loads *.test.js).
import * as assert from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'news-lens.news-lens';
export const SOURCE = 'News Lens';
export const GROUP = 'golden-reed';
export const WARRANTS = '2026-03-09-warrants.news';
export const COURTS = '2026-03-11-courts.news';
export const FLIGHT = '2026-03-08-flight.news';
/** The harbour fire: a count of injured workers that goes 9 → 10 → 9 over three articles. */
export const FIRE = 'harbour-fire';
export const INQUIRY = '2026-11-30-inquiry.news';
export const REOPENING = '2026-12-02-reopening.news';

/** Polls `get` every 100 ms until `ok` holds; fails with the last value after `timeoutMs`. */
export async function waitFor<T>(
  get: () => T | PromiseLike<T>,
  ok: (value: T) => boolean,
  what: string,
  timeoutMs = 20_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  let lastError: unknown;
  for (;;) {
    try {
      last = await get();
      if (ok(last)) return last;
      lastError = undefined;
    } catch (err) {
      lastError = err;
    }
    if (Date.now() > deadline) {
      const detail = lastError !== undefined ? `error: ${String(lastError)}` : `last value: ${describe(last)}`;
      assert.fail(`timed out after ${timeoutMs} ms waiting for ${what}; ${detail}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

function describe(value: unknown): string {
  try {
    const s = JSON.stringify(value);
    return s && s.length > 2000 ? `${s.slice(0, 2000)}…` : String(s);
  } catch {
    return String(value);
  }
}

export function workspaceFolder(): vscode.WorkspaceFolder {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'a workspace folder is open (examples/)');
  return folder;
}

/** A file of examples/: an article of the golden-reed story, or of the story `group`. */
export function articleUri(name: string, group = GROUP): vscode.Uri {
  return vscode.Uri.joinPath(workspaceFolder().uri, group, name);
}

/** Opens an article in an editor, as a user would from the explorer. */
export async function openArticle(name: string, group = GROUP): Promise<{ doc: vscode.TextDocument; editor: vscode.TextEditor }> {
  const doc = await vscode.workspace.openTextDocument(articleUri(name, group));
  const editor = await vscode.window.showTextDocument(doc, { preview: false });
  return { doc, editor };
}

/** The code of a diagnostic as a string (LSP codes may arrive as `{ value, target }`). */
export function codeOf(d: vscode.Diagnostic): string | undefined {
  const c = d.code;
  if (c === undefined) return undefined;
  return typeof c === 'object' ? String(c.value) : String(c);
}

export function newsLensDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
}

export function basename(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

/** Position of the first occurrence of `text` on the 1-based `line` of `doc` (asserted). */
export function find(doc: vscode.TextDocument, line: number, text: string): vscode.Range {
  const lineText = doc.lineAt(line - 1).text;
  const character = lineText.indexOf(text);
  assert.ok(character >= 0, `"${text}" on line ${line} of ${basename(doc.uri)}: ${JSON.stringify(lineText)}`);
  return new vscode.Range(line - 1, character, line - 1, character + text.length);
}

/** Plain text of hover contents: Markdown values with backslash escapes removed. */
export function hoverText(hovers: readonly vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n')
    .replace(/\\(.)/g, '$1');
}

/** The News Lens server processes started by this extension host (its children running dist/server.js). */
export function serverPids(): number[] {
  const pids: number[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // The parent pid is the fourth field of /proc/<pid>/stat, after the parenthesized command name.
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const cmdline = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      if (ppid === process.pid && /dist[/\\]server\.js/.test(cmdline)) pids.push(Number(entry));
    } catch {
      // the process ended while we looked
    }
  }
  return pids;
}

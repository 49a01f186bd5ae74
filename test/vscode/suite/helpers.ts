// Shared helpers for the extension-host tests (not a test file: index.ts only loads *.test.js).
import * as assert from 'assert';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'news-lens.news-lens';
export const SOURCE = 'News Lens';
export const GROUP = 'golden-reed';
export const WARRANTS = '2026-03-09-warrants.news';
export const COURTS = '2026-03-11-courts.news';
export const FLIGHT = '2026-03-08-flight.news';

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

export function articleUri(name: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceFolder().uri, GROUP, name);
}

/** Opens an article in an editor, as a user would from the explorer. */
export async function openArticle(name: string): Promise<{ doc: vscode.TextDocument; editor: vscode.TextEditor }> {
  const doc = await vscode.workspace.openTextDocument(articleUri(name));
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

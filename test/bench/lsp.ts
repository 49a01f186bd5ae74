/**
 * Section 3: the language server through the real LSP client over stdio (test/lsp/client.ts).
 * Only the protocol is used: `newslens/status`, publishDiagnostics, hover, semantic tokens.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Position, SemanticTokens } from 'vscode-languageserver-protocol';
import { analyzeDocument } from '../../server/src/engine';
import { TestClient, uriOf } from '../lsp/client';
import { newsFile, writeWorkspace, type BulkArticle } from './corpus';
import { cpuSeconds, now, peakRssMb, summarize } from './stats';
import { STATUS_NOTIFICATION, type Status } from '../../server/src/protocol';


function lastStatus(client: TestClient): Status | undefined {
  for (let i = client.notifications.length - 1; i >= 0; i--) {
    const n = client.notifications[i];
    if (n.method === STATUS_NOTIFICATION) return n.params as Status;
  }
  return undefined;
}

/** LSP positions (UTF-16) of string offsets. */
function positions(text: string): (offset: number) => Position {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: offset - starts[lo] };
  };
}

/** Opens a document and waits for its first diagnostics; returns the wait in ms. */
async function openAndWait(client: TestClient, uri: string, text: string, timeoutMs = 60_000): Promise<number> {
  const before = client.published.get(uri) ?? 0;
  const t0 = now();
  client.open(uri, text);
  await client.until(() => (client.published.get(uri) ?? 0) > before, `diagnostics for ${uri}`, timeoutMs);
  return now() - t0;
}

const tmp = (prefix: string) => fs.mkdtempSync(path.join(os.tmpdir(), prefix));

/** The incident with the most articles; its richest article (most figures) is the one we edit. */
function pickStory(gva: readonly BulkArticle[]): { group: BulkArticle[]; article: BulkArticle } {
  const groups = new Map<string, BulkArticle[]>();
  for (const a of gva) groups.set(a.group, [...(groups.get(a.group) ?? []), a]);
  const group = [...groups.values()].sort((a, b) => b.length - a.length)[0];
  const figures = (a: BulkArticle) => analyzeDocument(newsFile(a)).figures.length;
  const article = [...group].sort((a, b) => figures(b) - figures(a))[0];
  return { group, article };
}

async function firstDiagnostics(story: { group: BulkArticle[]; article: BulkArticle }, runs: number) {
  const root = tmp('newslens-bench-small-');
  try {
    const files = writeWorkspace(root, story.group);
    const file = files[story.group.indexOf(story.article)];
    const text = fs.readFileSync(file, 'utf8');
    const spawnToDiagnostics: number[] = [];
    const openToDiagnostics: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t0 = now();
      const client = new TestClient();
      try {
        await client.initialize(root);
        openToDiagnostics.push(await openAndWait(client, uriOf(file), text));
        spawnToDiagnostics.push(now() - t0);
        // Let indexing finish first: stopping mid-way races the client's answers to server requests.
        await client.until(() => {
          const s = lastStatus(client);
          return s && s.state === 'ready' && s.articles >= files.length;
        }, 'indexing to finish', 60_000);
      } finally {
        await client.stop();
      }
    }
    return { workspaceArticles: files.length, runs, openToDiagnosticsMs: summarize(openToDiagnostics), spawnToDiagnosticsMs: summarize(spawnToDiagnostics) };
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

export async function lspSection(gva: readonly BulkArticle[]) {
  const story = pickStory(gva);
  const small = await firstDiagnostics(story, 5);

  const root = tmp('newslens-bench-ws-');
  const client = new TestClient();
  try {
    const files = writeWorkspace(root, gva);
    const expected = new Set(files).size;
    const pid = client.pid!;

    // Cold indexing: initialize → status 'ready' with every article, and diagnostics for all of them.
    const t0 = now();
    await client.initialize(root);
    const initializeMs = now() - t0;
    await client.until(() => {
      const s = lastStatus(client);
      return s && s.state === 'ready' && s.articles >= expected;
    }, 'indexing to finish', 240_000);
    const readyMs = now() - t0;
    await client.until(() => client.published.size >= expected, 'diagnostics for every article', 60_000);
    const allDiagnosticsMs = now() - t0;
    const indexCpuSeconds = cpuSeconds(pid);
    const status = lastStatus(client)!;

    // Hover on figure positions of an open article (after indexing).
    const file = files[gva.indexOf(story.article)];
    const uri = uriOf(file);
    const text = fs.readFileSync(file, 'utf8');
    await openAndWait(client, uri, text);
    const at = positions(text);
    const figures = analyzeDocument(text).figures;
    globalThis.gc?.(); // no collection of the benchmark's own heap in the middle of the timings
    const hoverMs: number[] = [];
    let hovers = 0;
    for (let i = 0; i < 220; i++) {
      const f = figures[i % figures.length];
      const t = now();
      const h = await client.request<unknown>('textDocument/hover', { textDocument: { uri }, position: at(Math.floor((f.start + f.end) / 2)) });
      if (i < 20) continue; // the first 20 are warm-up
      hoverMs.push(now() - t);
      if (h) hovers++;
    }

    // Full semantic tokens of a ~100 KB article (GVA articles concatenated, in a folder of its own).
    let big = `---\ndate: ${gva[0].date}\n---\n`;
    for (const a of gva) {
      if (big.length >= 100_000) break;
      big += `${a.title}\n\n${a.text}\n\n`;
    }
    const bigUri = uriOf(path.join(root, 'bench-big', 'big.news'));
    await openAndWait(client, bigUri, big);
    globalThis.gc?.();
    const tokenMs: number[] = [];
    let tokens = 0;
    for (let i = 0; i < 55; i++) {
      const t = now();
      const r = await client.request<SemanticTokens | null>('textDocument/semanticTokens/full', { textDocument: { uri: bigUri } });
      if (i >= 5) tokenMs.push(now() - t);
      tokens = (r?.data.length ?? 0) / 5;
    }

    // Diagnostics after a one-character edit: type an "x" in the middle of the text, then delete it.
    const mid = at(text.indexOf(' ', Math.floor(text.length / 2)));
    globalThis.gc?.();
    const editMs: number[] = [];
    for (let i = 0; i < 60; i++) {
      const before = client.published.get(uri) ?? 0;
      const t = now();
      if (i % 2 === 0) client.edit(uri, { start: mid, end: mid }, 'x');
      else client.edit(uri, { start: mid, end: { line: mid.line, character: mid.character + 1 } }, '');
      await client.until(() => (client.published.get(uri) ?? 0) > before, 'diagnostics after an edit', 30_000);
      if (i >= 10) editMs.push(now() - t);
    }
    const rssMb = peakRssMb(pid);

    return {
      firstDiagnostics: small,
      workspace: { articles: expected, folders: new Set(gva.map((a) => a.group)).size, chars: gva.reduce((n, a) => n + newsFile(a).length, 0) },
      status,
      indexing: { initializeMs, readyMs, allDiagnosticsMs, articlesPerSecond: expected / (readyMs / 1000), cpuSeconds: indexCpuSeconds },
      hover: { article: story.article.id, incident: story.article.group, incidentArticles: story.group.length, figures: figures.length, answered: hovers, ms: summarize(hoverMs) },
      semanticTokens: { chars: big.length, tokens, ms: summarize(tokenMs) },
      editDiagnostics: { edits: editMs.length, ms: summarize(editMs) },
      peakRssMb: rssMb,
    };
  } finally {
    await client.stop();
    fs.rmSync(root, { recursive: true, force: true });
  }
}

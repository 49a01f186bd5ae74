/**
 * Section 5: scale. A fresh language server on a workspace of 20,000 articles (the first 20,000 of
 * the bulk corpus, one folder per incident or bucket of wires): time until it is ready with every
 * article, and its peak RSS, worker threads included.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { TestClient } from '../lsp/client';
import { newsFile, writeWorkspace, type BulkArticle } from './corpus';
import { cpuSeconds, now, peakRssMb } from './stats';

export const LARGE_WORKSPACE = 20_000;

export async function scaleSection(all: readonly BulkArticle[]) {
  const articles = all.slice(0, LARGE_WORKSPACE);
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'newslens-bench-scale-'));
  const client = new TestClient();
  try {
    const files = new Set(writeWorkspace(root, articles)).size;
    const pid = client.pid!;
    const t0 = now();
    await client.initialize(root);
    let articlesReady = 0;
    await client.until(() => {
      const status = [...client.notifications].reverse().find((n) => n.method === 'newslens/status')?.params as { state: string; articles: number } | undefined;
      articlesReady = status?.articles ?? 0;
      return status?.state === 'ready' && articlesReady >= files;
    }, 'the large workspace to be ready', 600_000);
    const readyMs = now() - t0;
    return {
      articles: files,
      folders: new Set(articles.map((a) => a.group)).size,
      chars: articles.reduce((n, a) => n + newsFile(a).length, 0),
      readyMs,
      cpuSeconds: cpuSeconds(pid),
      peakRssMb: peakRssMb(pid),
    };
  } finally {
    await client.stop();
    fs.rmSync(root, { recursive: true, force: true });
  }
}

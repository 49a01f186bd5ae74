/** Section 1: the engine (`analyzeDocument`) on one core over the bulk corpus. */
import { analyzeDocument } from '../../server/src/engine';
import { chars, utf8Bytes, type BulkArticle } from './corpus';
import { now, summarize, type Summary } from './stats';

export interface Throughput {
  articles: number;
  chars: number;
  seconds: number;
  /** Millions of UTF-16 code units (JavaScript string length) per second. */
  mcharsPerSecond: number;
  articlesPerSecond: number;
}

/** Analyses each article once, timing each call; the total is the sum of the calls. */
export function timeEngine(articles: readonly BulkArticle[]): Throughput & { latencyMs: Summary; bySource: Record<string, Throughput> } {
  const latencies = new Array<number>(articles.length);
  const sources = new Map<string, { articles: number; chars: number; ms: number }>();
  let total = 0;
  for (let i = 0; i < articles.length; i++) {
    const a = articles[i];
    const t0 = now();
    analyzeDocument(a.text, { fallbackDate: a.date });
    latencies[i] = now() - t0;
    total += latencies[i];
    const s = sources.get(a.source) ?? { articles: 0, chars: 0, ms: 0 };
    sources.set(a.source, { articles: s.articles + 1, chars: s.chars + a.text.length, ms: s.ms + latencies[i] });
  }
  const n = chars(articles.map((a) => a.text));
  const bySource = Object.fromEntries([...sources].map(([k, s]) => [k, rate(s.articles, s.chars, s.ms / 1000)]));
  return { ...rate(articles.length, n, total / 1000), latencyMs: summarize(latencies), bySource };
}

const rate = (articles: number, n: number, seconds: number): Throughput =>
  ({ articles, chars: n, seconds, mcharsPerSecond: n / 1e6 / seconds, articlesPerSecond: articles / seconds });

/**
 * Cuts `pool` into documents of about `size` characters (at the next line break), so every size
 * analyses exactly the same text and only the document length differs.
 */
export function cut(pool: string, size: number): string[] {
  const docs: string[] = [];
  for (let start = 0; start < pool.length;) {
    const nl = pool.indexOf('\n', Math.min(pool.length, start + size));
    const end = nl < 0 ? pool.length : nl + 1;
    docs.push(pool.slice(start, end));
    start = end;
  }
  return docs;
}

export interface SizePoint { size: number; docs: number; meanChars: number; mcharsPerSecond: number; msPerDoc: number; rounds: number[] }

/**
 * MB/s per document size over the same text. The sizes take turns for `rounds` rounds and the
 * best round counts, so a burst of load from other work on a shared machine hits no size alone.
 */
export function timeSizes(pool: string, sizes: readonly number[], rounds = 3): SizePoint[] {
  const docs = sizes.map((size) => cut(pool, size));
  const seconds = sizes.map(() => [] as number[]);
  for (let r = 0; r < rounds; r++) {
    sizes.forEach((_, i) => {
      globalThis.gc?.();
      const t0 = now();
      for (const d of docs[i]) analyzeDocument(d);
      seconds[i].push((now() - t0) / 1000);
    });
  }
  return sizes.map((size, i) => {
    const best = Math.min(...seconds[i]);
    return {
      size, docs: docs[i].length, meanChars: pool.length / docs[i].length, mcharsPerSecond: pool.length / 1e6 / best,
      msPerDoc: (best * 1000) / docs[i].length, rounds: seconds[i].map((x) => pool.length / 1e6 / x),
    };
  });
}

export function engineSection(all: readonly BulkArticle[], gva: readonly BulkArticle[]) {
  // Warm-up: the first 1,500 GVA articles, untimed, so the JIT has seen every code path.
  for (const a of gva.slice(0, 1500)) analyzeDocument(a.text, { fallbackDate: a.date });
  globalThis.gc?.();
  const bulk = timeEngine(all);
  const texts = all.map((a) => a.text);
  const utf8 = utf8Bytes(texts);
  // Size growth: the first 2 M characters of the bulk text (GVA), articles joined by a blank line.
  let pool = '';
  for (const a of all) {
    if (pool.length >= 2e6) break;
    pool += `${a.text}\n\n`;
  }
  pool = pool.slice(0, 2e6);
  const sizes = timeSizes(pool, [1e3, 1e4, 1e5, 1e6]);
  return { bulk: { ...bulk, utf8Bytes: utf8, utf8MBPerSecond: utf8 / 1e6 / bulk.seconds }, sizes, sizePoolChars: pool.length };
}

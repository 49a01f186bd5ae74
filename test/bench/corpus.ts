import * as fs from 'node:fs';
import * as path from 'node:path';
import * as readline from 'node:readline';
import * as zlib from 'node:zlib';
import { CORPUS } from '../support/paths';

export const BULK = path.join(CORPUS, 'bulk');

/** One non-empty article of the bulk corpus, with what the benchmarks need to file it. */
export interface BulkArticle {
  readonly source: 'gva' | 'reuters' | 'ecbplus';
  readonly id: string;
  /** The folder it belongs in: GVA incident, ECB+ cluster, or a bucket of 100 Reuters wires. */
  readonly group: string;
  readonly title: string;
  /** ISO publication date, when the record has one. */
  readonly date?: string;
  readonly text: string;
}

export interface Bulk {
  readonly gva: BulkArticle[];
  readonly reuters: BulkArticle[];
  readonly ecbplus: BulkArticle[];
}

/** Streams a gzipped JSON Lines file, one parsed record per non-empty line. */
export async function* readJsonl(file: string): AsyncGenerator<Record<string, unknown>> {
  const input = fs.createReadStream(file).pipe(zlib.createGunzip());
  for await (const line of readline.createInterface({ input, crlfDelay: Infinity })) {
    if (line.trim()) yield JSON.parse(line) as Record<string, unknown>;
  }
}

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];

/** Reuters dates look like "26-FEB-1987 15:01:01.79". */
function reutersDate(s: string): string | undefined {
  const m = /^\s*(\d{1,2})-([A-Z]{3})-(\d{4})/.exec(s);
  const month = m ? MONTHS.indexOf(m[2]) + 1 : 0;
  return m && month > 0 ? `${m[3]}-${String(month).padStart(2, '0')}-${m[1].padStart(2, '0')}` : undefined;
}

/** All non-empty bulk articles, in file order (GVA, Reuters, ECB+). */
export async function loadBulk(): Promise<Bulk> {
  const str = (v: unknown) => (typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v));
  const gva: BulkArticle[] = [];
  for await (const r of readJsonl(path.join(BULK, 'gva_docs.jsonl.gz'))) {
    if (str(r.text)) gva.push({ source: 'gva', id: str(r.doc_id), group: `gva-${str(r.incident_id)}`, title: str(r.title), date: str(r.dct) || undefined, text: str(r.text) });
  }
  const reuters: BulkArticle[] = [];
  for await (const r of readJsonl(path.join(BULK, 'reuters21578_docs.jsonl.gz'))) {
    if (!str(r.text)) continue;
    const bucket = `reuters-${String(Math.floor(reuters.length / 100)).padStart(3, '0')}`;
    reuters.push({ source: 'reuters', id: str(r.newid), group: bucket, title: str(r.title), date: reutersDate(str(r.date)), text: str(r.text) });
  }
  const ecbplus: BulkArticle[] = [];
  for await (const r of readJsonl(path.join(BULK, 'ecbplus_docs.jsonl.gz'))) {
    if (str(r.text)) ecbplus.push({ source: 'ecbplus', id: str(r.doc_id), group: str(r.cluster_id), title: '', text: str(r.text) });
  }
  return { gva, reuters, ecbplus };
}

export const allArticles = (bulk: Bulk): BulkArticle[] => [...bulk.gva, ...bulk.reuters, ...bulk.ecbplus];

/** The article as a `.news` file: front matter with its date (if known), title line, body. */
export function newsFile(a: BulkArticle): string {
  const front = a.date ? `---\ndate: ${a.date}\n---\n` : '';
  const title = a.title ? `${a.title}\n\n` : '';
  return `${front}${title}${a.text.endsWith('\n') ? a.text : `${a.text}\n`}`;
}

/** Writes articles under `root/<group>/<id>.news`; returns the paths in order. */
export function writeWorkspace(root: string, articles: readonly BulkArticle[]): string[] {
  const made = new Set<string>();
  return articles.map((a) => {
    const dir = path.join(root, a.group.replace(/[^\w.-]/g, '_'));
    if (!made.has(dir)) fs.mkdirSync(dir, { recursive: true });
    made.add(dir);
    const file = path.join(dir, `${a.id.replace(/[^\w.-]/g, '_')}.news`);
    fs.writeFileSync(file, newsFile(a));
    return file;
  });
}

export const chars = (texts: readonly string[]): number => texts.reduce((n, t) => n + t.length, 0);
export const utf8Bytes = (texts: readonly string[]): number => texts.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0);

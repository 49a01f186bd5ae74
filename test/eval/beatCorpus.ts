/**
 * Real articles of every beat from ../shared/corpus, read at run time (never copied): Reuters-21578
 * business and economy wires (1987), ECB+ clusters (disasters, crime, business, sport, technology,
 * politics, …) and the gun-violence events (casualties). Each article carries its beat (from the
 * Reuters topic or our reading of the ECB+ topic), a split and, for the noise measure, its story.
 *
 * The split keeps development honest: failures are studied on `dev` (Reuters TRAIN, the `ecb` half of
 * each ECB+ topic, even-numbered gun-violence incidents) and the `held-out` rows (Reuters TEST, the
 * `ecbplus` halves, odd incidents) show whether a change carries to copy nobody looked at.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { readGvaEvents } from './gva';

export type Split = 'dev' | 'held-out';

export interface BeatArticle {
  readonly source: 'reuters' | 'ecbplus' | 'gva';
  /** A stable id: `reuters/123`, `ecbplus-43-ecb/43_1ecb.txt`, `gva-121031/….txt`. */
  readonly id: string;
  readonly beat: string;
  readonly split: Split;
  readonly text: string;
  /** Publication day, ISO, where the source gives one. */
  readonly date?: string;
  /** The story the article belongs to (one real-world event, or one company's wires of a day). */
  readonly story: string;
}

/** Reuters topics by beat; an article takes the beat of its first topic listed here. */
const REUTERS_BEATS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['business', ['earn', 'acq']],
  ['economy', ['trade', 'interest', 'money-fx', 'gnp', 'cpi', 'jobs', 'bop', 'money-supply', 'reserves', 'ipi', 'wpi', 'retail', 'housing', 'income', 'dlr', 'yen', 'stg']],
  ['markets', ['crude', 'grain', 'wheat', 'corn', 'ship', 'sugar', 'coffee', 'gold', 'nat-gas', 'oilseed', 'veg-oil', 'livestock', 'soybean', 'copper', 'cocoa', 'cotton', 'iron-steel', 'rice', 'alum', 'rubber']],
];

/** Our reading of each ECB+ topic's beat (the topic's two halves are different events of one kind). */
const ECB_BEATS: Readonly<Record<number, string>> = {
  1: 'entertainment', 2: 'entertainment', 3: 'crime', 4: 'entertainment', 5: 'sport', 6: 'entertainment', 7: 'sport',
  8: 'casualties', 9: 'politics', 10: 'sport', 11: 'politics', 12: 'crime', 13: 'crime', 14: 'disasters', 16: 'crime',
  18: 'casualties', 19: 'crime', 20: 'disasters', 21: 'crime', 22: 'crime', 23: 'disasters', 24: 'crime', 25: 'sport',
  26: 'crime', 27: 'technology', 28: 'entertainment', 29: 'sport', 30: 'technology', 31: 'sport', 32: 'crime', 33: 'crime',
  34: 'politics', 35: 'sport', 36: 'crime', 37: 'disasters', 38: 'disasters', 39: 'entertainment', 40: 'technology',
  41: 'casualties', 42: 'technology', 43: 'business', 44: 'business', 45: 'crime',
};

const MONTHS: Readonly<Record<string, string>> = {
  JAN: '01', FEB: '02', MAR: '03', APR: '04', MAY: '05', JUN: '06', JUL: '07', AUG: '08', SEP: '09', OCT: '10', NOV: '11', DEC: '12',
};

interface ReutersRecord {
  newid: string;
  date: string;
  title: string;
  dateline: string;
  topics: string[];
  lewissplit: string;
  text: string;
}

/** "26-FEB-1987 15:01:01.79" → "1987-02-26". */
function reutersDay(date: string): string | undefined {
  const m = /^\s*(\d{1,2})-([A-Z]{3})-(\d{4})/.exec(date);
  return m ? `${m[3]}-${MONTHS[m[2]]}-${m[1].padStart(2, '0')}` : undefined;
}

/** The company a wire is about: the first ticker in its title ("CHRYSLER <C> 4TH QTR NET" → C). */
function tickerOf(title: string): string | undefined {
  return /<([A-Z.]+)>/.exec(title)?.[1];
}

let reutersCache: ReutersRecord[] | undefined;

/** Every Reuters wire with a body, in the file's order (parsed once per run). */
function reutersRecords(corpusDir: string): ReutersRecord[] {
  reutersCache ??= zlib.gunzipSync(fs.readFileSync(path.join(corpusDir, 'bulk', 'reuters21578_docs.jsonl.gz'))).toString('utf8')
    .split('\n').filter(Boolean).map((line) => JSON.parse(line) as ReutersRecord).filter((r) => r.text && r.lewissplit !== 'NOT-USED');
  return reutersCache;
}

/** A wire as it was sent: the headline, a blank line, then the dateline before the body. */
function reutersArticle(r: ReutersRecord, beat: string): BeatArticle {
  const date = reutersDay(r.date);
  const body = r.dateline ? `${r.dateline.trim()} - ${r.text}` : r.text;
  return {
    source: 'reuters', id: `reuters/${r.newid}`, beat, split: r.lewissplit === 'TRAIN' ? 'dev' : 'held-out',
    text: `${r.title}\n\n${body}\n`, date, story: `reuters:${date}:${tickerOf(r.title) ?? `wire-${r.newid}`}`,
  };
}

function reutersBeat(r: ReutersRecord): string | undefined {
  return REUTERS_BEATS.find(([, topics]) => r.topics.some((t) => topics.includes(t)))?.[0];
}

/** Reuters wires with a beat, in their original order: every `stride`-th of each beat and split, at most `perBeat`. */
export function readReuters(corpusDir: string, perBeat: number, stride: number): BeatArticle[] {
  const seen = new Map<string, number>();
  const out: BeatArticle[] = [];
  for (const r of reutersRecords(corpusDir)) {
    const beat = reutersBeat(r);
    if (!beat) continue;
    const slot = `${beat}|${r.lewissplit}`;
    const n = seen.get(slot) ?? 0;
    seen.set(slot, n + 1);
    if (n % stride === 0 && n / stride < perBeat) out.push(reutersArticle(r, beat));
  }
  return out;
}

/** Same-day wires on one company (two or more wires of a day whose headlines name one ticker): the first `max` such stories. */
export function readReutersStories(corpusDir: string, max: number): BeatArticle[][] {
  const stories = new Map<string, BeatArticle[]>();
  for (const r of reutersRecords(corpusDir)) {
    if (!tickerOf(r.title)) continue;
    const article = reutersArticle(r, reutersBeat(r) ?? 'business');
    let list = stories.get(article.story);
    if (!list) stories.set(article.story, (list = []));
    list.push(article);
  }
  return [...stories.values()].filter((s) => s.length >= 2).slice(0, max);
}

/** A day written in an article's source URL (its first line in ECB+): "/2013/08/05/", "2011-11-10", "ymd=20081216". */
function urlDay(text: string): string | undefined {
  const first = text.slice(0, text.indexOf('\n'));
  if (!/^https?:\/\//.test(first)) return undefined;
  const m = /\/((?:19|20)\d\d)\/(\d\d)\/(\d\d)\//.exec(first) ?? /\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b/.exec(first) ?? /ymd=((?:19|20)\d\d)(\d\d)(\d\d)/.exec(first);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
}

/** Every ECB+ article whose topic has a beat; the `ecb` half of a topic is dev, the `ecbplus` half held out. */
export function readEcbPlus(corpusDir: string): BeatArticle[] {
  const events = path.join(corpusDir, 'events');
  const out: BeatArticle[] = [];
  for (const folder of fs.readdirSync(events).filter((f) => f.startsWith('ecbplus-')).sort()) {
    const m = /^ecbplus-(\d+)-(ecb|ecbplus)$/.exec(folder);
    const beat = m ? ECB_BEATS[Number(m[1])] : undefined;
    if (!m || !beat) continue;
    const meta = JSON.parse(fs.readFileSync(path.join(events, folder, 'meta.json'), 'utf8')) as { documents: Array<{ file: string }> };
    for (const d of meta.documents) {
      const text = fs.readFileSync(path.join(events, folder, d.file), 'utf8');
      out.push({ source: 'ecbplus', id: `${folder}/${d.file}`, beat, split: m[2] === 'ecb' ? 'dev' : 'held-out', text, date: urlDay(text), story: folder });
    }
  }
  return out;
}

/** The gun-violence events' articles (casualties): even incident numbers are dev, odd ones held out. */
export function readGva(corpusDir: string): BeatArticle[] {
  const out: BeatArticle[] = [];
  for (const event of readGvaEvents(corpusDir)) {
    const split: Split = Number(event.id.replace(/\D/g, '')) % 2 === 0 ? 'dev' : 'held-out';
    for (const d of event.documents) {
      out.push({ source: 'gva', id: `${event.id}/${d.file}`, beat: 'casualties', split, text: fs.readFileSync(path.join(event.dir, d.file), 'utf8'), date: d.dct, story: event.id });
    }
  }
  return out;
}

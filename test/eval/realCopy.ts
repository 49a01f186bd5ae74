/**
 * Entities on real copy as it arrives: our hand annotation (test/eval/gold/headline-entities.jsonl,
 * offsets and types only) of the headline and the first line after it in 132 GVA articles and 86
 * ECB+ articles, read from ../shared/corpus at run time. Exact span and type, for person,
 * organization, location and nationality; spans the annotation marks `ignore` (other names such
 * as works, products and events, outlet names after a headline, photo credits) are scored neither
 * way. Our `misc` entities outside those spans count as false positives; dates are not scored.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeDocument } from '../../server/src/engine';
import { prf, type Prf } from './scores';

interface Span {
  readonly start: number;
  readonly end: number;
}

interface GoldDocument {
  readonly set: 'gva' | 'ecbplus';
  readonly folder: string;
  readonly file: string;
  /** The annotated lines: the headline (first line that is not a bare URL), then the next non-empty line. */
  readonly lines: ReadonlyArray<Span & { readonly line: number }>;
  readonly entities: ReadonlyArray<Span & { readonly type: string }>;
  readonly ignore: readonly Span[];
}

const SCORED = new Set(['person', 'organization', 'location', 'nationality']);

export interface RealCopyEvaluation {
  readonly documents: number;
  readonly lines: number;
  /** The first annotated line of each article. */
  readonly headlines: Prf;
  /** The line after it. */
  readonly firstLines: Prf;
  readonly all: Prf;
  readonly perType: Readonly<Record<string, Prf>>;
}

export function readHeadlineGold(repoDir: string): GoldDocument[] {
  const file = path.join(repoDir, 'test', 'eval', 'gold', 'headline-entities.jsonl');
  return fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as GoldDocument);
}

export function evaluateRealCopy(corpusDir: string, repoDir: string): RealCopyEvaluation | null {
  const events = path.join(corpusDir, 'events');
  if (!fs.existsSync(events)) return null;
  const gold = readHeadlineGold(repoDir);
  const counts = new Map<string, [number, number, number]>();
  const add = (key: string, tp: number, fp: number, fn: number) => {
    const c = counts.get(key) ?? [0, 0, 0];
    counts.set(key, [c[0] + tp, c[1] + fp, c[2] + fn]);
  };
  let lines = 0;
  for (const doc of gold) {
    const text = fs.readFileSync(path.join(events, doc.folder, doc.file), 'utf8');
    const ours = analyzeDocument(text).entities.filter((e) => e.type !== 'date');
    const ignored = (e: Span) => doc.ignore.some((g) => e.start < g.end && g.start < e.end);
    doc.lines.forEach((line, k) => {
      lines++;
      const inLine = (e: Span) => e.start >= line.start && e.end <= line.end;
      const want = doc.entities.filter(inLine);
      const got = ours.filter((e) => inLine(e) && !ignored(e));
      const key = (e: Span & { type: string }) => `${e.type}:${e.start}:${e.end}`;
      const wanted = new Set(want.map(key));
      const found = new Set(got.map(key));
      for (const type of SCORED) {
        const w = want.filter((e) => e.type === type);
        const g = got.filter((e) => e.type === type);
        const tp = g.filter((e) => wanted.has(key(e))).length;
        add(type, tp, g.length - tp, w.length - tp);
      }
      const tp = got.filter((e) => wanted.has(key(e))).length;
      const fn = want.filter((e) => !found.has(key(e))).length;
      add(k === 0 ? 'headlines' : 'firstLines', tp, got.length - tp, fn);
      add('all', tp, got.length - tp, fn);
    });
  }
  const get = (k: string) => prf(...(counts.get(k) ?? [0, 0, 0]));
  return {
    documents: gold.length,
    lines,
    headlines: get('headlines'),
    firstLines: get('firstLines'),
    all: get('all'),
    perType: Object.fromEntries([...SCORED].map((t) => [t, get(t)])),
  };
}

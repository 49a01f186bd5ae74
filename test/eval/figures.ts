/**
 * Killed/injured figure extraction on real gun-violence articles, scored against our own hand
 * annotation (test/eval/gold/gva-figures.jsonl: offsets and values of every count of people killed,
 * injured or shot in 139 articles). The text is read from ../shared/corpus at run time.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeDocument, type Claim } from '../../server/src/engine';
import { readGoldArticles, readGvaEvents, type GoldFigure } from './gva';

type Kind = 'killed' | 'injured' | 'shot';
const KINDS: readonly Kind[] = ['killed', 'injured', 'shot'];

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface FigureEvaluation {
  readonly articles: number;
  readonly goldFigures: number;
  /** Extraction: an engine figure with predicate class killed/injured, same span (overlap), same value, same class. */
  readonly extraction: Record<'killed' | 'injured' | 'killed+injured', Counts & { precision: number; recall: number }>;
  /** Predicate mapping, on the figures whose span and value the engine found: gold class → engine class. */
  readonly predicateConfusion: Record<string, Record<string, number>>;
  readonly predicateMapping: Record<Kind, { precision: number; recall: number }>;
  /** Articles that state a killed (injured) total: does the engine read that total as an event figure? */
  readonly headline: Record<'killed' | 'injured', { articles: number; found: number; recall: number }>;
  /** Gold figures about other incidents or round-ups: how often the engine kept them out of comparisons. */
  readonly scope: { other: number; excluded: number; event: number; eventKept: number };
  readonly errors: ReadonlyArray<{ file: string; start: number; end: number; kind: string; gold?: string; engine?: string }>;
}

function classOf(claim: Claim): Kind | 'other' {
  const k = claim.predicateKey;
  return k === 'killed' || k === 'injured' || k === 'shot' ? k : 'other';
}

function valueOf(claim: Claim): number | null {
  return claim.figure.value ?? claim.figure.min;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

export function evaluateFigures(corpusDir: string, repoDir: string): FigureEvaluation {
  const events = new Map(readGvaEvents(corpusDir).map((e) => [e.id, e]));
  const gold = readGoldArticles(repoDir);
  const extraction = { killed: { tp: 0, fp: 0, fn: 0 }, injured: { tp: 0, fp: 0, fn: 0 } };
  const confusion: Record<string, Record<string, number>> = {};
  const headline = { killed: { articles: 0, found: 0 }, injured: { articles: 0, found: 0 } };
  const scope = { other: 0, excluded: 0, event: 0, eventKept: 0 };
  const errors: Array<FigureEvaluation['errors'][number]> = [];
  let goldFigures = 0;
  for (const article of gold) {
    const event = events.get(article.event)!;
    const doc = event.documents.find((d) => d.docId === article.doc_id)!;
    const file = path.join(event.dir, article.file);
    const text = fs.readFileSync(file, 'utf8');
    const claims = analyzeDocument(text, { fallbackDate: doc.dct, fallbackDateSource: 'file' }).claims;
    goldFigures += article.figures.length;
    const matchOf = (g: GoldFigure) => claims.find((c) => overlaps(c.figure, g) && valueOf(c) === g.value);

    for (const kind of ['killed', 'injured'] as const) {
      const goldOfKind = article.figures.filter((g) => g.class === kind);
      const engineOfKind = claims.filter((c) => classOf(c) === kind);
      for (const g of goldOfKind) {
        const m = matchOf(g);
        if (m && classOf(m) === kind) extraction[kind].tp++;
        else {
          extraction[kind].fn++;
          errors.push({ file: path.relative(corpusDir, file), start: g.start, end: g.end, kind: `missed ${kind}`, gold: `${g.value} ${g.class}`, engine: m ? `${valueOf(m)} ${classOf(m)}` : 'no figure' });
        }
      }
      for (const c of engineOfKind) {
        const g = article.figures.find((x) => overlaps(c.figure, x) && x.value === valueOf(c) && x.class === kind);
        if (!g) {
          extraction[kind].fp++;
          const near = article.figures.find((x) => overlaps(c.figure, x));
          errors.push({ file: path.relative(corpusDir, file), start: c.figure.start, end: c.figure.end, kind: `spurious ${kind}`, gold: near ? `${near.value} ${near.class}` : 'none', engine: `${valueOf(c)} ${kind}` });
        }
      }
    }
    for (const g of article.figures) {
      const m = matchOf(g);
      const row = (confusion[g.class] ??= {});
      const engineClass = m ? classOf(m) : 'not found';
      row[engineClass] = (row[engineClass] ?? 0) + 1;
      if (m) {
        if (g.scope === 'other') {
          scope.other++;
          if (m.scope !== 'event') scope.excluded++;
        } else if (!g.part) {
          scope.event++;
          if (m.scope === 'event') scope.eventKept++;
        }
      }
    }
    for (const kind of ['killed', 'injured'] as const) {
      const stated = kind === 'killed' ? article.headline_killed : article.headline_injured;
      if (stated === null) continue;
      headline[kind].articles++;
      if (claims.some((c) => classOf(c) === kind && c.scope === 'event' && !c.partial && valueOf(c) === stated)) headline[kind].found++;
    }
  }
  const prf = (c: Counts) => ({ ...c, precision: ratio(c.tp, c.tp + c.fp), recall: ratio(c.tp, c.tp + c.fn) });
  const both = { tp: extraction.killed.tp + extraction.injured.tp, fp: extraction.killed.fp + extraction.injured.fp, fn: extraction.killed.fn + extraction.injured.fn };
  const predicateMapping = {} as FigureEvaluation['predicateMapping'];
  for (const k of KINDS) {
    const found = Object.entries(confusion[k] ?? {}).filter(([e]) => e !== 'not found').reduce((s, [, n]) => s + n, 0);
    const labelled = KINDS.reduce((s, g) => s + (confusion[g]?.[k] ?? 0), 0);
    predicateMapping[k] = { precision: ratio(confusion[k]?.[k] ?? 0, labelled), recall: ratio(confusion[k]?.[k] ?? 0, found) };
  }
  return {
    articles: gold.length, goldFigures,
    extraction: { killed: prf(extraction.killed), injured: prf(extraction.injured), 'killed+injured': prf(both) },
    predicateConfusion: confusion, predicateMapping,
    headline: {
      killed: { ...headline.killed, recall: ratio(headline.killed.found, headline.killed.articles) },
      injured: { ...headline.injured, recall: ratio(headline.injured.found, headline.injured.articles) },
    },
    scope, errors,
  };
}

export function ratio(a: number, b: number): number {
  return b === 0 ? 0 : Math.round((a / b) * 1000) / 1000;
}

export function formatFigureTable(r: FigureEvaluation): string {
  const lines = [`Figures: ${r.articles} hand-annotated GVA articles, ${r.goldFigures} gold figures`];
  lines.push('  extraction          precision  recall   (tp/fp/fn)');
  for (const [k, v] of Object.entries(r.extraction)) lines.push(`  ${k.padEnd(18)}  ${v.precision.toFixed(3).padStart(9)}  ${v.recall.toFixed(3).padStart(6)}   (${v.tp}/${v.fp}/${v.fn})`);
  lines.push('  predicate mapping   precision  recall');
  for (const [k, v] of Object.entries(r.predicateMapping)) lines.push(`  ${k.padEnd(18)}  ${v.precision.toFixed(3).padStart(9)}  ${v.recall.toFixed(3).padStart(6)}`);
  lines.push(`  articles whose stated killed total is read: ${r.headline.killed.found}/${r.headline.killed.articles} (${r.headline.killed.recall.toFixed(3)}); injured: ${r.headline.injured.found}/${r.headline.injured.articles} (${r.headline.injured.recall.toFixed(3)})`);
  lines.push(`  other-incident/round-up figures kept out of comparisons: ${r.scope.excluded}/${r.scope.other}; this incident's totals kept in: ${r.scope.eventKept}/${r.scope.event}`);
  return lines.join('\n');
}

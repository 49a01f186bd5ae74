/**
 * The changed-figure test on real copy of every beat: take a real article, change one lead figure
 * (money, a percentage or a count, picked by `leadFigures` without News Lens's reader) in a copy
 * dated the same day, put both in one event group, and count how often the change is flagged at that
 * figure and how many other findings the pair gets. A miss is explained by what the engine read at
 * the figure, so the table says what blocks the rest.
 */
import { analyzeDocument, checkGroup, compareClaims, isComparable, isComparedAcrossArticles, type Article, type Finding, type Span } from '../../server/src/engine';
import type { BeatArticle, Split } from './beatCorpus';
import { changedNumeral, leadFigures, LEAD_KINDS, type LeadKind } from './leadFigures';
import { ratio } from './figures';

export interface PairResult {
  readonly article: string;
  readonly beat: string;
  readonly split: Split;
  readonly kind: LeadKind;
  readonly figure: Span & { phrase: string; changedTo: string };
  readonly flagged: boolean;
  /** Why the change was not flagged, from what the engine read at the figure. */
  readonly miss?: string;
  readonly others: ReadonlyArray<{ doc: 'original' | 'changed'; start: number; end: number; code: string; message: string }>;
}

interface Tally {
  pairs: number;
  flagged: number;
}

export interface ChangedFigureRow {
  readonly beat: string;
  readonly split: Split;
  readonly articles: number;
  readonly byKind: Record<LeadKind, Tally & { rate: number }>;
  readonly pairs: number;
  readonly otherFindings: number;
  readonly otherPerPair: number;
}

export interface ChangedFigureEvaluation {
  readonly rows: readonly ChangedFigureRow[];
  /** All beats together, per split. */
  readonly totals: readonly ChangedFigureRow[];
  /** Reasons for misses, per split, most frequent first. */
  readonly misses: Record<Split, ReadonlyArray<readonly [string, number]>>;
  readonly pairs: readonly PairResult[];
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

export function evaluateChangedFigures(articles: readonly BeatArticle[]): ChangedFigureEvaluation {
  const pairs: PairResult[] = [];
  for (const source of articles) {
    const leads = leadFigures(source.text);
    if (leads.length === 0) continue;
    const options = source.date ? { fallbackDate: source.date, fallbackDateSource: 'file' as const } : {};
    const original: Article = { doc: 'original', label: 'the original', analysis: analyzeDocument(source.text, options) };
    for (const lead of leads) {
      const changedTo = changedNumeral(lead.numeral);
      const text = source.text.slice(0, lead.start) + changedTo + source.text.slice(lead.end);
      const changed: Article = { doc: 'changed', label: 'the changed copy', analysis: analyzeDocument(text, options) };
      const inChanged: Span = { start: lead.start, end: lead.start + changedTo.length };
      const atFigure = (f: Finding) => overlaps(f, f.doc === 'changed' ? inChanged : lead);
      const findings = checkGroup({ id: source.id, articles: [original, changed], facts: [] });
      const flagged = findings.some((f) => atFigure(f) && (f.severity === 'error' || f.severity === 'warning'));
      pairs.push({
        article: source.id, beat: source.beat, split: source.split, kind: lead.kind,
        figure: { start: lead.start, end: lead.end, phrase: lead.phrase, changedTo },
        flagged,
        miss: flagged ? undefined : missReason(original, changed, lead, inChanged, findings.filter(atFigure)),
        others: findings.filter((f) => !atFigure(f)).map((f) => ({ doc: f.doc as 'original' | 'changed', start: f.start, end: f.end, code: f.code, message: f.message })),
      });
    }
  }
  const seenArticles = (list: readonly PairResult[]) => new Set(list.map((p) => p.article)).size;
  const row = (beat: string, split: Split, list: readonly PairResult[]): ChangedFigureRow => {
    const byKind = {} as ChangedFigureRow['byKind'];
    for (const kind of LEAD_KINDS) {
      const of = list.filter((p) => p.kind === kind);
      const flagged = of.filter((p) => p.flagged).length;
      byKind[kind] = { pairs: of.length, flagged, rate: ratio(flagged, of.length) };
    }
    const otherFindings = list.reduce((s, p) => s + p.others.length, 0);
    return { beat, split, articles: seenArticles(list), byKind, pairs: list.length, otherFindings, otherPerPair: ratio(otherFindings, list.length) };
  };
  const rows: ChangedFigureRow[] = [];
  const totals: ChangedFigureRow[] = [];
  const misses = {} as ChangedFigureEvaluation['misses'];
  for (const split of ['dev', 'held-out'] as const) {
    const ofSplit = pairs.filter((p) => p.split === split);
    for (const beat of [...new Set(ofSplit.map((p) => p.beat))].sort()) rows.push(row(beat, split, ofSplit.filter((p) => p.beat === beat)));
    totals.push(row('all beats', split, ofSplit));
    const reasons = new Map<string, number>();
    for (const p of ofSplit) if (p.miss) reasons.set(p.miss, (reasons.get(p.miss) ?? 0) + 1);
    misses[split] = [...reasons].sort((a, b) => b[1] - a[1]);
  }
  return { rows, totals, misses, pairs };
}

/** What the engine read at a changed figure that was not flagged. */
function missReason(original: Article, changed: Article, was: Span, at: Span, findings: readonly Finding[]): string {
  const index = changed.analysis.claims.findIndex((c) => overlaps(c.figure, at));
  const claim = changed.analysis.claims[index];
  if (!claim) return 'no figure read there';
  if (findings.length > 0) return `only ${[...new Set(findings.map((f) => `${f.severity} ${f.code}`))].join(', ')}`;
  if (claim.scope !== 'event') return `scope: ${claim.scope}`;
  if (claim.partial) return 'read as a part';
  if (claim.nounKey === null && claim.predicateKey === null) return 'neither counted thing nor predicate';
  if (claim.nounKey === null) return 'no counted thing';
  if (claim.predicateKey === null) return 'no predicate';
  if (!isComparable(claim)) return 'not comparable';
  if (!isComparedAcrossArticles(claim)) return 'predicate outside the vocabulary';
  const before = original.analysis.claims.findIndex((c) => overlaps(c.figure, was));
  if (before < 0) return 'no figure read in the original';
  const c = compareClaims({ article: original, claim: original.analysis.claims[before], index: before }, { article: changed, claim, index });
  return `compared: ${c.verdict}${'reason' in c && c.reason ? ` (${c.reason.replace(/:.*/, '')})` : ''}`;
}

export function formatChangedFigureTable(r: ChangedFigureEvaluation): string {
  const cell = (t: Tally & { rate: number }) => (t.pairs === 0 ? '—'.padStart(13) : `${t.rate.toFixed(2)} (${String(t.pairs).padStart(3)})`.padStart(13));
  const line = (x: ChangedFigureRow) =>
    `  ${x.beat.padEnd(14)} ${String(x.articles).padStart(4)}  ${cell(x.byKind.money)} ${cell(x.byKind.percent)} ${cell(x.byKind.count)}   ${x.otherPerPair.toFixed(2).padStart(5)}`;
  const out = ['Changed figure: one lead figure changed in a same-day copy; share flagged at the figure (pairs), other findings per pair'];
  for (const split of ['dev', 'held-out'] as const) {
    out.push(`  ${split.padEnd(14)} docs          money       percent         count   other/pair`);
    for (const x of r.rows.filter((y) => y.split === split)) out.push(line(x));
    for (const x of r.totals.filter((y) => y.split === split)) out.push(line(x));
    const top = r.misses[split].slice(0, 6).map(([why, n]) => `${why} ${n}`).join('; ');
    out.push(`    misses: ${top || 'none'}`);
  }
  return out.join('\n');
}

/**
 * Consistency findings on the corpus's real events. Every gun-violence event folder is one group
 * (its articles, dated by their publication date); the findings are counted per event (a proxy for
 * noise) and, where our hand annotation gives two articles' stated totals, compared with what a
 * reader sees: totals that differ should raise a finding (a mismatch or an update) between those
 * articles; totals that agree must not raise a mismatch.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeDocument, checkGroup, type Article, type Finding, type FindingCode } from '../../server/src/engine';
import { readGoldArticles, readGvaEvents } from './gva';

export interface EventFindings {
  readonly event: string;
  readonly articles: number;
  readonly selectedBecause: string;
  readonly counts: Partial<Record<FindingCode, number>>;
  /** What the annotated articles' stated totals say: they differ, agree, or give too little to tell. */
  readonly annotated: 'differ' | 'agree' | 'unknown';
  /** A mismatch or update was raised between the two annotated articles on a differing quantity. */
  readonly flaggedDifference: boolean;
  /** A mismatch was raised between the two annotated articles on a quantity where they agree. */
  readonly falseAlarm: boolean;
  readonly findings: ReadonlyArray<{ file: string; start: number; end: number; code: FindingCode; message: string }>;
}

export interface ConsistencyEvaluation {
  readonly events: number;
  readonly articles: number;
  readonly findingsPerEvent: Record<FindingCode | 'all', number>;
  readonly eventsWithoutErrorsOrWarnings: number;
  readonly differ: { events: number; flagged: number; recall: number };
  readonly agree: { events: number; falseAlarms: number; clean: number };
  readonly perEvent: readonly EventFindings[];
}

const KIND_BY_PREDICATE: Record<string, 'killed' | 'injured'> = { killed: 'killed', injured: 'injured' };

export function evaluateConsistency(corpusDir: string, repoDir: string): ConsistencyEvaluation {
  const gold = readGoldArticles(repoDir);
  const perEvent: EventFindings[] = [];
  let articleCount = 0;
  for (const event of readGvaEvents(corpusDir)) {
    const articles: Article[] = event.documents.map((d) => ({
      doc: d.file, label: d.file,
      analysis: analyzeDocument(fs.readFileSync(path.join(event.dir, d.file), 'utf8'), { fallbackDate: d.dct, fallbackDateSource: 'file' }),
    }));
    articleCount += articles.length;
    const findings = checkGroup({ id: event.id, articles, facts: [] });
    const counts: Partial<Record<FindingCode, number>> = {};
    for (const f of findings) counts[f.code] = (counts[f.code] ?? 0) + 1;

    const annotated = gold.filter((g) => g.event === event.id).slice(0, 2);
    let verdict: EventFindings['annotated'] = 'unknown';
    let flaggedDifference = false;
    let falseAlarm = false;
    if (annotated.length === 2) {
      const [a, b] = annotated;
      const differing = new Set<string>();
      const agreeing = new Set<string>();
      for (const kind of ['killed', 'injured'] as const) {
        const x = kind === 'killed' ? a.headline_killed : a.headline_injured;
        const y = kind === 'killed' ? b.headline_killed : b.headline_injured;
        if (x === null || y === null) continue;
        (x === y ? agreeing : differing).add(kind);
      }
      if (differing.size > 0) verdict = 'differ';
      else if (agreeing.size > 0) verdict = 'agree';
      const between = (f: Finding) => (f.doc === a.file && f.related.some((r) => r.doc === b.file)) || (f.doc === b.file && f.related.some((r) => r.doc === a.file));
      const kindOf = (f: Finding) => {
        const article = articles.find((x) => x.doc === f.doc)!;
        const claim = article.analysis.claims.find((c) => c.figure.start === f.start);
        return claim?.predicateKey ? KIND_BY_PREDICATE[claim.predicateKey] : undefined;
      };
      for (const f of findings.filter(between)) {
        const kind = kindOf(f);
        if (kind && differing.has(kind) && (f.code === 'cross-doc-mismatch' || f.code === 'figure-update')) flaggedDifference = true;
        if (kind && agreeing.has(kind) && f.code === 'cross-doc-mismatch') falseAlarm = true;
      }
    }
    perEvent.push({
      event: event.id, articles: articles.length, selectedBecause: event.selectedBecause, counts,
      annotated: verdict, flaggedDifference, falseAlarm,
      findings: findings.map((f) => ({ file: `${event.id}/${f.doc}`, start: f.start, end: f.end, code: f.code, message: f.message })),
    });
  }
  const total = (code?: FindingCode) => perEvent.reduce((s, e) => s + (code ? e.counts[code] ?? 0 : Object.values(e.counts).reduce((a, b) => a + (b ?? 0), 0)), 0);
  const per = (n: number) => Math.round((n / perEvent.length) * 100) / 100;
  const differ = perEvent.filter((e) => e.annotated === 'differ');
  const agree = perEvent.filter((e) => e.annotated === 'agree');
  return {
    events: perEvent.length,
    articles: articleCount,
    findingsPerEvent: {
      all: per(total()),
      'cross-doc-mismatch': per(total('cross-doc-mismatch')), 'figure-update': per(total('figure-update')),
      'internal-mismatch': per(total('internal-mismatch')), 'sum-mismatch': per(total('sum-mismatch')),
      'explained-difference': per(total('explained-difference')), 'fact-mismatch': 0, 'fact-base-error': 0,
    },
    eventsWithoutErrorsOrWarnings: perEvent.filter((e) => (e.counts['cross-doc-mismatch'] ?? 0) + (e.counts['internal-mismatch'] ?? 0) + (e.counts['sum-mismatch'] ?? 0) === 0).length,
    differ: { events: differ.length, flagged: differ.filter((e) => e.flaggedDifference).length, recall: differ.length ? Math.round((differ.filter((e) => e.flaggedDifference).length / differ.length) * 1000) / 1000 : 0 },
    agree: { events: agree.length, falseAlarms: agree.filter((e) => e.falseAlarm).length, clean: agree.filter((e) => !e.falseAlarm).length },
    perEvent,
  };
}

export function formatConsistencyTable(r: ConsistencyEvaluation): string {
  const f = r.findingsPerEvent;
  return [
    `Consistency: ${r.events} gun-violence events, ${r.articles} articles`,
    `  findings per event: ${f.all} (cross-doc-mismatch ${f['cross-doc-mismatch']}, figure-update ${f['figure-update']}, internal-mismatch ${f['internal-mismatch']}, sum-mismatch ${f['sum-mismatch']})`,
    `  events with no warning at all: ${r.eventsWithoutErrorsOrWarnings}/${r.events}`,
    `  annotated pairs whose stated totals differ: flagged (mismatch or update) in ${r.differ.flagged}/${r.differ.events} events (${r.differ.recall.toFixed(3)})`,
    `  annotated pairs whose stated totals agree: a mismatch between them in ${r.agree.falseAlarms}/${r.agree.events} events`,
  ].join('\n');
}

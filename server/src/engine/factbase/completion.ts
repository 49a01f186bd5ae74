import type { DocumentAnalysis, Span } from '../types';
import { BEATS } from '../beats';
import { MEASURE_ASPECTS } from '../claims/measure';
import { ENTITY_TYPES, FACT_STATUSES, type FactBase } from './model';

/** What a fact base's values may be: its events, the names and predicates of its articles, its facts. */
export interface FactBaseVocabulary {
  readonly events: ReadonlyArray<{ readonly id: string; readonly title: string }>;
  /** Names the articles mention that the fact base has no entry for yet, most mentioned first. */
  readonly entityNames: ReadonlyArray<{ readonly name: string; readonly type: string; readonly mentions: number }>;
  /** Predicates: the articles' own wordings (most used first), then every class the beats know and the measure aspects. */
  readonly predicates: ReadonlyArray<{ readonly predicate: string; readonly detail: string }>;
  readonly facts: ReadonlyArray<{ readonly id: string; readonly label: string }>;
}

export interface FactBaseCompletion {
  readonly label: string;
  readonly kind: 'event' | 'entity' | 'predicate' | 'fact' | 'keyword';
  readonly detail?: string;
}

/** Completions at `offset` of a fact base, and the span of the value they replace; undefined where no value is being written. */
export function completeFactBase(text: string, offset: number, vocabulary: FactBaseVocabulary): { items: FactBaseCompletion[]; replace: Span } | undefined {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const before = text.slice(lineStart, offset);
  const m = /(?:^|[\s{,])([A-Za-z]+):[ \t]*([^,{}[\]#:]*)$/.exec(before);
  if (!m) return undefined;
  const [, key, typed] = m;
  const replace = { start: offset - typed.length, end: offset };
  const items = itemsFor(key, vocabulary);
  return items ? { items, replace } : undefined;
}

function itemsFor(key: string, v: FactBaseVocabulary): FactBaseCompletion[] | undefined {
  switch (key) {
    case 'event': return v.events.map((e) => ({ label: e.id, kind: 'event', detail: e.title }));
    case 'name': return v.entityNames.map((e) => ({ label: e.name, kind: 'entity', detail: `${e.type}, ${e.mentions} mention${e.mentions === 1 ? '' : 's'} in the articles` }));
    case 'predicate': return v.predicates.map((p) => ({ label: p.predicate, kind: 'predicate', detail: p.detail }));
    case 'fact': return v.facts.map((f) => ({ label: f.id, kind: 'fact', detail: f.label }));
    case 'type': return ENTITY_TYPES.map((t) => ({ label: t, kind: 'keyword' }));
    case 'status': return FACT_STATUSES.map((s) => ({ label: s, kind: 'keyword' }));
    default: return undefined;
  }
}

/**
 * The vocabulary of a fact base: `events` of every fact base the desk keeps, and from the articles
 * it is about the names it lacks and the predicates they use (`analyses`).
 */
export function factBaseVocabulary(
  factBase: FactBase, events: FactBaseVocabulary['events'], analyses: readonly DocumentAnalysis[],
): FactBaseVocabulary {
  const known = new Set(factBase.entities.flatMap((e) => e.keys));
  const names = new Map<string, { name: string; type: string; mentions: number }>();
  const wordings = new Map<string, { count: number; key: string }>();
  for (const analysis of analyses) {
    for (const e of analysis.entities) {
      if (e.type === 'date' || known.has(e.key)) continue;
      const entry = names.get(e.key) ?? { name: e.text, type: e.type, mentions: 0 };
      entry.mentions++;
      names.set(e.key, entry);
    }
    for (const c of analysis.claims) {
      if (!c.predicate || !c.predicateKey || MEASURE_ASPECTS.has(c.predicateKey)) continue;
      const wording = c.predicate.toLowerCase();
      const entry = wordings.get(wording) ?? { count: 0, key: c.predicateKey };
      entry.count++;
      wordings.set(wording, entry);
    }
  }
  const byCount = <T extends { count?: number; mentions?: number }>(a: [string, T], b: [string, T]) =>
    ((b[1].count ?? b[1].mentions ?? 0) - (a[1].count ?? a[1].mentions ?? 0)) || a[0].localeCompare(b[0]);
  const classes = BEATS.flatMap((b) => (b.predicates ?? []).map((p) => ({ predicate: p.key, detail: `${b.id}: ${p.words.slice(0, 4).join(', ')}…` })));
  const aspects = [...MEASURE_ASPECTS].map((a) => ({ predicate: a, detail: 'a measure\'s aspect (with a metric as the noun and a period)' }));
  const used = [...wordings].sort(byCount).map(([wording, { count, key }]) => ({ predicate: wording, detail: `as the articles write it (${count}×), read as “${key}”` }));
  const seen = new Set<string>();
  return {
    events,
    entityNames: [...names].sort(byCount).map(([, e]) => e),
    predicates: [...used, ...classes, ...aspects].filter((p) => !seen.has(p.predicate) && seen.add(p.predicate)),
    facts: factBase.facts.map((f) => ({ id: f.id, label: f.label })),
  };
}

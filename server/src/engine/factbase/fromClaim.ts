import type { IsoDate } from '../types';
import type { PlacedClaim } from '../consistency/model';
import { isMeasure } from '../claims/measure';
import { signed } from '../consistency/compare';
import { matches } from '../consistency/settle';
import { loadFactBase } from './loadFactBase';
import { addFact, freshFactId, type NewFact } from './edit';

/** Where a new fact comes from: the article, as a source the desk can cite. */
export interface FactSource {
  readonly title: string;
  readonly date?: IsoDate;
}

/**
 * A `facts` entry that states what a claim says, for the desk to review: its value (a range for a
 * hedged or ranged figure), what it counts and what happened to it in the article's own words where
 * the fact base reads them back as the same quantity (else the engine's class), its day or period,
 * and the article as its source, `reported` until the desk confirms it. Undefined for a figure that
 * states no number a fact can hold ("more than 50", "dozens").
 */
export function factFromClaim(placed: PlacedClaim, source: FactSource, factBaseText: string): NewFact | undefined {
  const claim = placed.claim;
  const reading = signed(claim);
  const value = reading.value !== null && !claim.figure.approximate ? reading.value
    : reading.min !== null && reading.max !== null ? ([reading.min, reading.max] as const) : undefined;
  if (value === undefined || claim.nounKey === null || claim.predicateKey === null) return undefined;
  const measure = isMeasure(claim);
  const nouns = measure ? [claim.nounKey.replace(/^amount:/, '')] : [claim.noun ?? claim.nounKey, claim.nounKey].filter(unique);
  const predicates = measure ? [claim.predicateKey] : [claim.predicate ?? claim.predicateKey, claim.predicateKey].filter(unique);
  const base = {
    value, ...(claim.figure.unit ? { unit: claim.figure.unit } : {}),
    ...(measure ? (claim.period ? { period: claim.period.label } : {}) : claim.asOf ? { asOf: claim.asOf } : {}),
    status: 'reported' as const, sources: [{ title: source.title, ...(source.date ? { date: source.date } : {}) }],
  };
  for (const noun of nouns) {
    for (const predicate of predicates) {
      const aspect = predicate === 'level' ? '' : ` (${predicate})`;
      const label = measure ? `${claim.holder ? `${claim.holder} ` : ''}${noun}${aspect}${claim.period ? `, ${claim.period.label}` : ''}` : `${noun} ${predicate}`;
      const fact: NewFact = { id: freshFactId(factBaseText, label), label: capitalized(label), noun, predicate, ...base };
      if (readsBack(fact, placed)) return fact;
    }
  }
  return undefined;
}

/** Whether the fact base, once it holds `fact`, reads it as the claim's quantity (the loader computes keys as the reader does). */
function readsBack(fact: NewFact, placed: PlacedClaim): boolean {
  const loaded = loadFactBase(addFact('', fact).text).facts[0];
  return loaded !== undefined && matches(loaded, placed);
}

function unique(value: string, index: number, all: readonly string[]): boolean {
  return all.indexOf(value) === index;
}

function capitalized(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}


import type { DocumentAnalysis } from '../types';
import { isComparedAcrossArticles, quantityKey } from './quantity';

/** An article of a folder that no fact base or front matter assigns to an event. */
export interface LooseArticle {
  readonly doc: string;
  readonly analysis: DocumentAnalysis;
}

/** A story found in a folder: its articles (in the order given) and the name they share, if any. */
export interface FoundStory {
  readonly docs: readonly string[];
  readonly name?: string;
}

/** A name or a few figures shared by this many articles of a larger folder or more is no story's own ("police", "Monday"). */
const WEAK_MAX_SHARED = 16;
/** Figures below this are too common to tell stories apart ("two people", "three times"). */
const DISTINCT_FIGURE = 10;

/**
 * The stories in a folder of articles nothing assigns to an event. A desk keeps one story per
 * folder, so a folder is one story, unless it reads as a day's copy of several: a flat folder whose
 * articles are all of one day, where articles that share the name of a person or organization, or
 * two of a place, a date they mention and a figure of one quantity, are one story; when that finds
 * two or more stories of several articles, each is a story and each article sharing nothing with the
 * others is a story of its own. Otherwise (a story told over several days, nothing shared, or one
 * story and a few loose briefs) the folder stays one story.
 *
 * A name shared by more than half of a folder of six or more is everybody's ("Reuters"), and a
 * place, date or figure shared by more than WEAK_MAX_SHARED articles too: so the pairs counted stay
 * linear in the folder's size. Deterministic: the same articles give the same stories.
 */
export function findStories(articles: readonly LooseArticle[]): FoundStory[] {
  const n = articles.length;
  const whole = (): FoundStory[] => [{ docs: articles.map((a) => a.doc) }];
  if (n < 3 || new Set(articles.flatMap((a) => a.analysis.meta.date ?? [])).size > 1) return whole();
  const common = n >= 6 ? Math.floor(n / 2) : n;
  const strong = new Map<string, { name: string; docs: number[] }>();
  const weak = new Map<string, number[]>();
  articles.forEach((a, i) => {
    for (const [key, name] of strongFeatures(a.analysis)) {
      let entry = strong.get(key);
      if (!entry) strong.set(key, (entry = { name, docs: [] }));
      if (entry.docs[entry.docs.length - 1] !== i) entry.docs.push(i);
    }
    for (const key of weakFeatures(a.analysis)) {
      let docs = weak.get(key);
      if (!docs) weak.set(key, (docs = []));
      if (docs[docs.length - 1] !== i) docs.push(i);
    }
  });

  const parent = articles.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const union = (i: number, j: number) => {
    const a = find(i);
    const b = find(j);
    if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
  };
  for (const { docs } of strong.values()) if (docs.length >= 2 && docs.length <= common) for (const d of docs) union(docs[0], d);
  const pairs = new Map<number, number>();
  for (const docs of weak.values()) {
    if (docs.length < 2 || docs.length > Math.min(WEAK_MAX_SHARED, common)) continue;
    for (let x = 0; x < docs.length; x++) {
      for (let y = x + 1; y < docs.length; y++) {
        const pair = docs[x] * n + docs[y];
        const count = (pairs.get(pair) ?? 0) + 1;
        pairs.set(pair, count);
        if (count === 2) union(docs[x], docs[y]);
      }
    }
  }

  const components = new Map<number, number[]>();
  articles.forEach((_, i) => {
    const root = find(i);
    let list = components.get(root);
    if (!list) components.set(root, (list = []));
    list.push(i);
  });
  if ([...components.values()].filter((c) => c.length >= 2).length < 2) return whole();
  return [...components.values()].map((members) => ({
    docs: members.map((i) => articles[i].doc),
    name: sharedName(members, strong),
  }));
}

/** Names of people and organizations: `[key, name as written]`. */
function strongFeatures(analysis: DocumentAnalysis): Array<[string, string]> {
  return analysis.entities
    .filter((e) => (e.type === 'person' || e.type === 'organization') && e.key.length >= 3)
    .map((e) => [`name:${e.key}`, e.text]);
}

/** Places, dates the article mentions (other than its own), and distinctive figures of a quantity. */
function weakFeatures(analysis: DocumentAnalysis): string[] {
  const own = analysis.meta.date;
  const out: string[] = [];
  for (const e of analysis.entities) {
    if (e.type === 'location' && e.key.length >= 3) out.push(`place:${e.key}`);
    else if (e.type === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(e.key) && e.key !== own) out.push(`date:${e.key}`);
  }
  for (const c of analysis.claims) {
    const v = c.figure.value;
    if (v !== null && Math.abs(v) >= DISTINCT_FIGURE && isComparedAcrossArticles(c)) out.push(`figure:${quantityKey(c)}|${v}`);
  }
  return out;
}

/** The name most of a story's articles share, as written first; of two shared as widely, one that holds the other ("Marston Fire Service", not "Marston"). */
function sharedName(members: readonly number[], strong: ReadonlyMap<string, { name: string; docs: number[] }>): string | undefined {
  const inStory = new Set(members);
  let best: { name: string; count: number } | undefined;
  for (const { name, docs } of strong.values()) {
    const count = docs.filter((d) => inStory.has(d)).length;
    if (count >= 2 && (!best || count > best.count || (count === best.count && name !== best.name && name.includes(best.name)))) best = { name, count };
  }
  return best?.name;
}

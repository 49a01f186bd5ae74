import { isMap, isScalar, isSeq, parseDocument, type Node, type YAMLMap } from 'yaml';
import type { IsoDate, Span } from '../types';
import { entityKey } from '../entities/recognize';
import { readNounPhrase } from '../claims/nounPhrase';
import { UNCLASSED } from '../claims/predicateWords';
import { stem } from '../text/lemma';
import { metricOf, predicateClass } from '../beats/vocabulary';
import { MEASURE_ASPECTS } from '../claims/measure';
import { findDatelineDate } from '../dates/articleMeta';
import { readPeriod } from '../claims/period';
import {
  ENTITY_TYPES, FACT_STATUSES, type Fact, type FactArticle, type FactBase, type FactBaseProblem, type FactEntity, type FactEvent,
  type FactStatus, type Source,
} from './model';

const TOP_KEYS = ['events', 'articles', 'entities', 'facts'];
const ARTICLE_KEYS = ['path', 'date', 'event', 'outlet', 'url'];
const EVENT_KEYS = ['id', 'title', 'date', 'location', 'documents', 'description'];
const ENTITY_KEYS = ['name', 'type', 'aliases', 'description', 'links'];
const FACT_KEYS = ['id', 'event', 'label', 'value', 'min', 'max', 'unit', 'noun', 'aliases', 'predicate', 'asOf', 'period', 'status', 'sources', 'note'];
const SOURCE_KEYS = ['title', 'url', 'date'];

/**
 * Reads a fact-base YAML file. Every problem is located (UTF-16 offsets into `text`) and the
 * valid entries load regardless: one bad fact never hides the others.
 */
export function loadFactBase(text: string): FactBase {
  const problems: FactBaseProblem[] = [];
  const problem = (span: Span, message: string, severity: 'error' | 'warning' = 'error') => {
    // Never an empty or out-of-text span: an editor must be able to underline it.
    const start = Math.max(0, Math.min(span.start, text.length - 1));
    const end = Math.min(text.length, Math.max(span.end, start + 1));
    problems.push({ start, end, message, severity });
  };
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  for (const e of [...doc.errors, ...doc.warnings]) {
    problem({ start: e.pos[0], end: e.pos[1] }, `YAML: ${firstLine(e.message)}`, doc.errors.includes(e as never) ? 'error' : 'warning');
  }
  const events: FactEvent[] = [];
  const articles: FactArticle[] = [];
  const entities: FactEntity[] = [];
  const facts: Fact[] = [];
  const root = doc.contents;
  if (root === null || root === undefined) return { events, articles, entities, facts, problems };
  if (!isMap(root)) {
    problem(spanOf(root, text), 'A fact base is a mapping with `events`, `entities` and `facts` lists.');
    return { events, articles, entities, facts, problems };
  }
  checkKeys(root, TOP_KEYS, 'the fact base', text, problem);

  for (const item of listAt(root, 'events', text, problem)) {
    const r = new Reader(item, text, problem);
    const id = r.string('id', true);
    const title = r.string('title') ?? id;
    if (!id || !title) continue;
    if (events.some((e) => e.id === id)) {
      r.fail('id', `Event id "${id}" is used twice.`);
      continue;
    }
    r.only(EVENT_KEYS, 'an event');
    events.push({ id, title, date: r.date('date'), location: r.string('location'), documents: r.strings('documents'), span: spanOf(item, text) });
  }

  for (const item of listAt(root, 'articles', text, problem)) {
    const r = new Reader(item, text, problem);
    const articlePath = r.string('path', true);
    if (!articlePath) continue;
    r.only(ARTICLE_KEYS, 'an article');
    const event = r.string('event');
    if (event !== undefined && !events.some((e) => e.id === event)) r.fail('event', `No event with id "${event}" in this fact base.`);
    const url = r.string('url');
    if (url !== undefined && !/^https?:\/\//.test(url)) r.fail('url', `Article URL "${url}" is not an http(s) URL.`);
    articles.push({ path: articlePath, date: r.date('date'), event, outlet: r.string('outlet'), url, span: spanOf(item, text) });
  }

  for (const item of listAt(root, 'entities', text, problem)) {
    const r = new Reader(item, text, problem);
    const name = r.string('name', true);
    const typeName = r.string('type', true);
    if (!name || !typeName) continue;
    const type = ENTITY_TYPES.find((t) => t === typeName);
    if (!type) {
      r.fail('type', `Unknown entity type "${typeName}"; use one of ${ENTITY_TYPES.join(', ')}.`);
      continue;
    }
    r.only(ENTITY_KEYS, 'an entity');
    const aliases = r.strings('aliases');
    const links = r.strings('links');
    links.forEach((l, i) => { if (!/^https?:\/\//.test(l)) r.failItem('links', i, `Link "${l}" is not an http(s) URL.`); });
    entities.push({
      name, type, aliases, links, description: r.string('description'),
      keys: [name, ...aliases].map(entityKey), span: spanOf(item, text),
    });
  }

  const ids = new Set<string>();
  for (const item of listAt(root, 'facts', text, problem)) {
    const r = new Reader(item, text, problem);
    const id = r.string('id', true);
    if (!id) continue;
    if (ids.has(id)) {
      r.fail('id', `Fact id "${id}" is used twice.`);
      continue;
    }
    ids.add(id);
    r.only(FACT_KEYS, 'a fact');
    const event = r.string('event');
    if (event !== undefined && !events.some((e) => e.id === event)) {
      r.fail('event', `No event with id "${event}" in this fact base.`);
    }
    const eventId = event ?? (events.length === 1 ? events[0].id : undefined);
    const noun = r.string('noun', true);
    const predicate = r.string('predicate', true);
    const reading = r.quantity();
    if (!noun || !predicate || !reading) continue;
    const statusName = r.string('status') ?? 'confirmed';
    const status = FACT_STATUSES.find((s) => s === statusName);
    if (!status) r.fail('status', `Unknown status "${statusName}"; use one of ${FACT_STATUSES.join(', ')}.`);
    const aliases = r.strings('aliases');
    const phrases = [noun, ...aliases].map(readNounPhrase);
    const lastWord = predicate.trim().split(/\s+/).pop() ?? predicate;
    const asOf = r.date('asOf');
    const periodText = r.string('period');
    const period = periodText === undefined ? undefined : readPeriod(periodText, asOf ?? events.find((e) => e.id === eventId)?.date);
    if (periodText !== undefined && !period) r.fail('period', `"${periodText}" names no period; write e.g. "Q3 2026", "fiscal 2025", "2025" or "March 2026".`, 'warning');
    facts.push({
      id, event: eventId, label: r.string('label') ?? `${noun} ${predicate}`, ...reading,
      unit: r.string('unit') ?? null, noun, aliases, predicate,
      // A measure's fact names its aspect ("level", "change") as the predicate, and its metric as the noun.
      predicateKey: MEASURE_ASPECTS.has(predicate.trim().toLowerCase()) ? predicate.trim().toLowerCase() : predicateClass(predicate) ?? UNCLASSED + stem(lastWord),
      nounKeys: [...new Set([...phrases.map((p) => p.nounKey), ...[noun, ...aliases].flatMap((n) => metricOf(n.trim().toLowerCase()) ?? [])])],
      qualifier: phrases[0].qualifier,
      asOf, period, status: (status ?? 'confirmed') as FactStatus, sources: r.sources(),
      span: spanOf(item, text), valueSpan: r.spanOfKey('value') ?? r.spanOfKey('min') ?? spanOf(item, text),
    });
  }
  return { events, articles, entities, facts, problems };
}

type Report = (span: Span, message: string, severity?: 'error' | 'warning') => void;

function firstLine(s: string): string {
  return s.split('\n')[0];
}

function spanOf(node: Node | null | undefined, text: string): Span {
  const range = node?.range;
  if (!range) return { start: 0, end: Math.min(1, text.length) };
  return { start: range[0], end: range[1] };
}

function listAt(root: YAMLMap, key: string, text: string, problem: Report): Node[] {
  const pair = root.items.find((p) => isScalar(p.key) && p.key.value === key);
  if (!pair || pair.value === null || pair.value === undefined) return [];
  if (!isSeq(pair.value)) {
    problem(spanOf(pair.value as Node, text), `\`${key}\` must be a list.`);
    return [];
  }
  const items: Node[] = [];
  for (const item of pair.value.items) {
    if (isMap(item)) items.push(item);
    else problem(spanOf(item as Node, text), `Each entry of \`${key}\` must be a mapping.`);
  }
  return items;
}

function checkKeys(map: YAMLMap, allowed: readonly string[], what: string, text: string, problem: Report): void {
  for (const pair of map.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
    if (key !== undefined && !allowed.includes(key)) {
      problem(spanOf(pair.key as Node, text), `Unknown key \`${key}\` in ${what}; expected ${allowed.map((k) => `\`${k}\``).join(', ')}.`, 'warning');
    }
  }
}

/** Typed, located access to one mapping entry; every problem is reported where it is. */
class Reader {
  private readonly map: YAMLMap;

  constructor(node: Node, private readonly text: string, private readonly problem: Report) {
    this.map = node as YAMLMap;
  }

  only(allowed: readonly string[], what: string): void {
    checkKeys(this.map, allowed, what, this.text, this.problem);
  }

  private node(key: string): Node | undefined {
    const pair = this.map.items.find((p) => isScalar(p.key) && p.key.value === key);
    return (pair?.value ?? undefined) as Node | undefined;
  }

  spanOfKey(key: string): Span | undefined {
    const n = this.node(key);
    return n ? spanOf(n, this.text) : undefined;
  }

  fail(key: string, message: string, severity: 'error' | 'warning' = 'error'): void {
    this.problem(this.spanOfKey(key) ?? spanOf(this.map, this.text), message, severity);
  }

  failItem(key: string, index: number, message: string): void {
    const n = this.node(key);
    const item = n && isSeq(n) ? (n.items[index] as Node) : n;
    this.problem(spanOf(item ?? this.map, this.text), message);
  }

  string(key: string, required = false): string | undefined {
    const n = this.node(key);
    if (n === undefined || isScalar(n) && (n.value === null || n.value === '')) {
      if (required) this.problem(spanOf(this.map, this.text), `Missing \`${key}\`.`);
      return undefined;
    }
    if (!isScalar(n) || typeof n.value === 'object' && !(n.value instanceof Date)) {
      this.problem(spanOf(n, this.text), `\`${key}\` must be a single value.`);
      return undefined;
    }
    return String(n.value instanceof Date ? n.value.toISOString().slice(0, 10) : n.value);
  }

  strings(key: string): string[] {
    const n = this.node(key);
    if (n === undefined) return [];
    if (isScalar(n) && n.value !== null) return [String(n.value)];
    if (!isSeq(n)) {
      this.problem(spanOf(n, this.text), `\`${key}\` must be a list of strings.`);
      return [];
    }
    const out: string[] = [];
    for (const item of n.items) {
      if (isScalar(item) && item.value !== null && typeof item.value !== 'object') out.push(String(item.value));
      else this.problem(spanOf(item as Node, this.text), `Each entry of \`${key}\` must be a string.`);
    }
    return out;
  }

  date(key: string): IsoDate | undefined {
    const raw = this.string(key);
    if (raw === undefined) return undefined;
    const iso = findDatelineDate(raw);
    if (!iso) this.fail(key, `\`${key}\` must be a date such as 2026-03-07 (got "${raw}").`);
    return iso;
  }

  /** `value: 64`, `value: [12, 15]`, or `min:` / `max:`. */
  quantity(): { value: number | null; min: number; max: number } | undefined {
    const n = this.node('value');
    if (n !== undefined) {
      if (isScalar(n) && typeof n.value === 'number') return { value: n.value, min: n.value, max: n.value };
      if (isSeq(n) && n.items.length === 2 && n.items.every((i) => isScalar(i) && typeof i.value === 'number')) {
        const [a, b] = n.items.map((i) => (i as { value: number }).value);
        if (a <= b) return { value: null, min: a, max: b };
      }
      this.problem(spanOf(n, this.text), '`value` must be a number or a range `[min, max]` with min ≤ max.');
      return undefined;
    }
    const min = this.node('min');
    const max = this.node('max');
    if (min !== undefined || max !== undefined) {
      const lo = min && isScalar(min) && typeof min.value === 'number' ? min.value : undefined;
      const hi = max && isScalar(max) && typeof max.value === 'number' ? max.value : undefined;
      if (lo !== undefined && hi !== undefined && lo <= hi) return { value: null, min: lo, max: hi };
      this.fail(min ? 'min' : 'max', '`min` and `max` must both be numbers, with min ≤ max.');
      return undefined;
    }
    this.problem(spanOf(this.map, this.text), 'Missing `value` (a number, or `[min, max]`).');
    return undefined;
  }

  sources(): Source[] {
    const n = this.node('sources');
    if (n === undefined) return [];
    if (!isSeq(n)) {
      this.problem(spanOf(n, this.text), '`sources` must be a list.');
      return [];
    }
    const out: Source[] = [];
    for (const item of n.items) {
      if (!isMap(item)) {
        this.problem(spanOf(item as Node, this.text), 'Each source is a mapping with `title`, `url` and `date`.');
        continue;
      }
      const r = new Reader(item, this.text, this.problem);
      r.only(SOURCE_KEYS, 'a source');
      const title = r.string('title', true);
      if (!title) continue;
      const url = r.string('url');
      if (url !== undefined && !/^https?:\/\//.test(url)) r.fail('url', `Source URL "${url}" is not an http(s) URL.`);
      out.push({ title, url, date: r.date('date') });
    }
    return out;
  }
}

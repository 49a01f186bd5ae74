import { isAlias, isMap, isScalar, isSeq, parseDocument, visit, type Document, type Node, type YAMLMap } from 'yaml';
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
  ENTITY_TYPES, FACT_STATUSES, type Fact, type FactArticle, type FactBase, type FactBaseLink, type FactBaseProblem, type FactEntity, type FactEvent,
  type FactStatus, type Review, type ReviewPlace, type Source,
} from './model';

/** The keys each entry of a fact base may have (syntaxes/facts.schema.json says the same to the YAML extension; a test keeps them in step). */
export const FACT_BASE_KEYS = {
  top: ['events', 'articles', 'entities', 'facts', 'reviewed'],
  article: ['path', 'date', 'event', 'outlet', 'url'],
  event: ['id', 'title', 'date', 'location', 'documents', 'description'],
  entity: ['name', 'type', 'aliases', 'description', 'links'],
  fact: ['id', 'event', 'label', 'value', 'min', 'max', 'unit', 'noun', 'aliases', 'predicate', 'asOf', 'period', 'status', 'sources', 'note'],
  source: ['title', 'url', 'date'],
  review: ['places', 'note', 'date'],
  place: ['article', 'figure', 'fact'],
} as const;
const {
  top: TOP_KEYS, article: ARTICLE_KEYS, event: EVENT_KEYS, entity: ENTITY_KEYS, fact: FACT_KEYS, source: SOURCE_KEYS, review: REVIEW_KEYS, place: PLACE_KEYS,
} = FACT_BASE_KEYS;

/** The largest fact base read, in bytes of UTF-8: parsing YAML takes about a second and 100 MB per MB. */
export const MAX_FACT_BASE_BYTES = 1024 * 1024;
/** The deepest nesting read: a fact base needs five levels; the YAML parser overflows its stack at a few hundred. */
export const MAX_FACT_BASE_DEPTH = 64;

/**
 * Reads a fact-base YAML file. Every problem is located (UTF-16 offsets into `text`) and the
 * valid entries load regardless: one bad fact never hides the others. Anchors, aliases and merge
 * keys (`<<: *defaults`) are followed where they are used, never expanded. A file too large or
 * nested too deeply is not parsed at all: one located error says why.
 */
export function loadFactBase(text: string): FactBase {
  const problems: FactBaseProblem[] = [];
  const problem = (span: Span, message: string, severity: 'error' | 'warning' = 'error') => {
    // Never an empty or out-of-text span: an editor must be able to underline it.
    const start = Math.max(0, Math.min(span.start, text.length - 1));
    const end = Math.min(text.length, Math.max(span.end, start + 1));
    problems.push({ start, end, message, severity });
  };
  const events: FactEvent[] = [];
  const articles: FactArticle[] = [];
  const entities: FactEntity[] = [];
  const facts: Fact[] = [];
  const reviewed: Review[] = [];
  const links: FactBaseLink[] = [];
  const loaded = (): FactBase => ({ events, articles, entities, facts, reviewed, links, problems });
  const bytes = utf8Length(text);
  if (bytes > MAX_FACT_BASE_BYTES) {
    problem(lineAt(text, 0), `This fact base is ${megabytes(bytes)}, more than the ${megabytes(MAX_FACT_BASE_BYTES)} News Lens reads: none of it is used. Split it into several fact-base files.`);
    return loaded();
  }
  const deep = tooDeepAt(text);
  if (deep >= 0) {
    problem(lineAt(text, deep), `The fact base nests more than ${MAX_FACT_BASE_DEPTH} levels deep here: none of it is used.`);
    return loaded();
  }
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  for (const e of [...doc.errors, ...doc.warnings]) {
    problem({ start: e.pos[0], end: e.pos[1] }, `YAML: ${firstLine(e.message)}`, doc.errors.includes(e as never) ? 'error' : 'warning');
  }
  const root = doc.contents;
  if (root === null || root === undefined) return loaded();
  if (!isMap(root)) {
    problem(spanOf(root, text), 'A fact base is a mapping with `events`, `entities` and `facts` lists.');
    return loaded();
  }
  const yamlAliases = new YamlAliases(doc);
  checkKeys(root, TOP_KEYS, 'the fact base', text, problem);
  const listAt = (key: string) => entriesOf(yamlAliases, root, key, text, problem);
  const reader = (item: YAMLMap) => new Reader(item, yamlAliases, text, problem, links);

  for (const item of listAt('events')) {
    const r = reader(item);
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

  for (const item of listAt('articles')) {
    const r = reader(item);
    const articlePath = r.string('path', true);
    if (!articlePath) continue;
    r.only(ARTICLE_KEYS, 'an article');
    const event = r.string('event');
    if (event !== undefined && !events.some((e) => e.id === event)) r.fail('event', `No event with id "${event}" in this fact base.`);
    const url = r.url('url', 'Article URL');
    articles.push({ path: articlePath, date: r.date('date'), event, outlet: r.string('outlet'), url, span: spanOf(item, text) });
  }

  for (const item of listAt('entities')) {
    const r = reader(item);
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
    entities.push({
      name, type, aliases, links: r.urls('links'), description: r.string('description'),
      keys: [name, ...aliases].map(entityKey), span: spanOf(item, text),
    });
  }

  const ids = new Set<string>();
  for (const item of listAt('facts')) {
    const r = reader(item);
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

  for (const item of listAt('reviewed')) {
    const r = reader(item);
    r.only(REVIEW_KEYS, 'a review');
    const places = r.places();
    const note = r.string('note');
    if (note === undefined) r.fail('note', 'A review says why the difference stands: add a `note`.', 'warning');
    for (const place of places ?? []) {
      if ('fact' in place && !facts.some((f) => f.id === place.fact)) r.fail('places', `No fact with id "${place.fact}" in this fact base.`);
    }
    if (places) reviewed.push({ places, note: note ?? '', date: r.date('date'), span: spanOf(item, text) });
  }
  return loaded();
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

/** The mappings listed under `key` of the root. */
function entriesOf(aliases: YamlAliases, root: YAMLMap, key: string, text: string, problem: Report): YAMLMap[] {
  const list = aliases.lookup(root, key);
  if (list === undefined) return [];
  if (!isSeq(list)) {
    problem(spanOf(list, text), `\`${key}\` must be a list.`);
    return [];
  }
  const items: YAMLMap[] = [];
  for (const entry of list.items) {
    const item = aliases.resolve(entry as Node);
    if (isMap(item)) items.push(item);
    else problem(spanOf((item ?? entry) as Node, text), `Each entry of \`${key}\` must be a mapping.`);
  }
  return items;
}

function checkKeys(map: YAMLMap, allowed: readonly string[], what: string, text: string, problem: Report): void {
  for (const pair of map.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
    // A merge key, or a key that only holds an anchor for aliases elsewhere, is not an entry.
    if (key === undefined || key === MERGE || allowed.includes(key) || (pair.value as Node | null)?.anchor) continue;
    problem(spanOf(pair.key as Node, text), `Unknown key \`${key}\` in ${what}; expected ${allowed.map((k) => `\`${k}\``).join(', ')}.`, 'warning');
  }
}

const MERGE = '<<';

/**
 * Anchors by name, so that an alias is followed where it is read (to the last anchor of its name
 * before it, as YAML says) and a mapping's merge keys supply the entries it does not give itself.
 * Nothing is copied or expanded: a document of nested aliases costs what its text does.
 */
class YamlAliases {
  private readonly anchors = new Map<string, Array<{ at: number; node: Node }>>();

  constructor(doc: Document) {
    visit(doc, {
      Node: (_key, node) => {
        if (!node.anchor || !node.range) return;
        let list = this.anchors.get(node.anchor);
        if (!list) this.anchors.set(node.anchor, (list = []));
        list.push({ at: node.range[0], node });
      },
    });
  }

  /** The node itself, or the node an alias stands for. */
  resolve(node: Node | null | undefined): Node | undefined {
    if (node === null || node === undefined) return undefined;
    if (!isAlias(node)) return node;
    const at = node.range?.[0] ?? Infinity;
    let target: Node | undefined;
    for (const anchor of this.anchors.get(node.source) ?? []) if (anchor.at < at) target = anchor.node;
    return target;
  }

  /** The value of `key` in `map`: its own entry, else the first merged mapping's (`<<: *base`, `<<: [*a, *b]`). */
  lookup(map: YAMLMap, key: string, seen = new Set<YAMLMap>()): Node | undefined {
    if (seen.has(map)) return undefined;
    seen.add(map);
    const merged: Node[] = [];
    for (const pair of map.items) {
      if (!isScalar(pair.key)) continue;
      if (pair.key.value === key) return this.resolve(pair.value as Node | null);
      if (pair.key.value === MERGE) merged.push(pair.value as Node);
    }
    for (const value of merged) {
      const target = this.resolve(value);
      for (const source of isSeq(target) ? target.items.map((i) => this.resolve(i as Node)) : [target]) {
        const found = isMap(source) ? this.lookup(source, key, seen) : undefined;
        if (found !== undefined) return found;
      }
    }
    return undefined;
  }
}

/** Typed, located access to one mapping entry; every problem is reported where it is. */
class Reader {
  constructor(
    private readonly map: YAMLMap, private readonly aliases: YamlAliases, private readonly text: string, private readonly problem: Report,
    /** Where every valid URL read is recorded, for document links. */
    private readonly links: FactBaseLink[],
  ) {}

  private child(map: YAMLMap): Reader {
    return new Reader(map, this.aliases, this.text, this.problem, this.links);
  }

  only(allowed: readonly string[], what: string): void {
    checkKeys(this.map, allowed, what, this.text, this.problem);
  }

  private node(key: string): Node | undefined {
    return this.aliases.lookup(this.map, key);
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
    const item = n && isSeq(n) ? this.aliases.resolve(n.items[index] as Node) : n;
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
    for (const entry of n.items) {
      const item = this.aliases.resolve(entry as Node);
      // An empty entry is null, whose typeof is 'object' too: no string.
      if (isScalar(item) && typeof item.value !== 'object') out.push(String(item.value));
      else this.problem(spanOf((item ?? entry) as Node, this.text), `Each entry of \`${key}\` must be a string.`);
    }
    return out;
  }

  /** An http(s) URL (`what` names it in the problem when it is not one). */
  url(key: string, what: string): string | undefined {
    const url = this.string(key);
    if (url === undefined) return undefined;
    if (!isWebUrl(url)) {
      this.fail(key, `${what} "${url}" is not an http(s) URL.`);
      return undefined;
    }
    this.links.push({ url, ...this.spanOfKey(key)! });
    return url;
  }

  /** A list of http(s) URLs; each other entry is a located problem. */
  urls(key: string): string[] {
    const urls = this.strings(key);
    const n = this.node(key);
    urls.forEach((url, i) => {
      const item = n && isSeq(n) ? this.aliases.resolve(n.items[i] as Node) : n;
      if (isWebUrl(url)) this.links.push({ url, ...spanOf(item ?? this.map, this.text) });
      else this.failItem(key, i, `Link "${url}" is not an http(s) URL.`);
    });
    return urls.filter(isWebUrl);
  }

  /** A review's `places`: exactly two, each `{article, figure}` or `{fact}`. */
  places(): [ReviewPlace, ReviewPlace] | undefined {
    const n = this.node('places');
    const items = n && isSeq(n) ? n.items.map((i) => this.aliases.resolve(i as Node)) : [];
    if (items.length !== 2 || !items.every((i) => isMap(i))) {
      this.problem(spanOf(n ?? this.map, this.text), '`places` lists the two places that differ: `{article: <path>, figure: <as written>}` or `{fact: <id>}`.');
      return undefined;
    }
    const places: ReviewPlace[] = [];
    for (const item of items as YAMLMap[]) {
      const r = this.child(item);
      r.only(PLACE_KEYS, 'a reviewed place');
      const fact = r.string('fact');
      const article = r.string('article');
      const figure = r.string('figure');
      if (fact !== undefined) places.push({ fact });
      else if (article !== undefined && figure !== undefined) places.push({ article, figure });
      else {
        this.problem(spanOf(item, this.text), 'A reviewed place is `{article: <path>, figure: <as written>}` or `{fact: <id>}`.');
        return undefined;
      }
    }
    return [places[0], places[1]];
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
      const bounds = isSeq(n) ? n.items.map((i) => this.aliases.resolve(i as Node)) : [];
      if (bounds.length === 2 && bounds.every((i) => isScalar(i) && typeof i.value === 'number')) {
        const [a, b] = bounds.map((i) => (i as { value: number }).value);
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
    for (const entry of n.items) {
      const item = this.aliases.resolve(entry as Node);
      if (!isMap(item)) {
        this.problem(spanOf((item ?? entry) as Node, this.text), 'Each source is a mapping with `title`, `url` and `date`.');
        continue;
      }
      const r = this.child(item);
      r.only(SOURCE_KEYS, 'a source');
      const title = r.string('title', true);
      if (!title) continue;
      out.push({ title, url: r.url('url', 'Source URL'), date: r.date('date') });
    }
    return out;
  }
}

function isWebUrl(url: string): boolean {
  return /^https?:\/\//.test(url);
}

function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      bytes += 4; // a surrogate pair: one character of four bytes
      i++;
    } else bytes += 3;
  }
  return bytes;
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** The line holding `offset`, as a span. */
function lineAt(text: string, offset: number): Span {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const end = text.indexOf('\n', offset);
  return { start, end: end < 0 ? text.length : end };
}

/**
 * Where the text first nests more than MAX_FACT_BASE_DEPTH levels, or -1: a linear, conservative
 * estimate (it may count too deep, never too shallow) made before parsing. Block nesting is the
 * stack of indentations plus compact entries ("- - - x"); flow nesting counts brackets outside
 * quoted strings and comments.
 */
function tooDeepAt(text: string): number {
  const indents: number[] = [];
  let flow = 0;
  let lineStart = 0;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    let i = lineStart;
    while (i < lineEnd && text.charCodeAt(i) === 32) i++;
    const indent = i - lineStart;
    let compact = 0;
    while (i + 1 < lineEnd && '-?:'.includes(text[i]) && text.charCodeAt(i + 1) === 32) {
      compact++;
      i += 2;
      while (i < lineEnd && text.charCodeAt(i) === 32) i++;
    }
    if (i < lineEnd && text[i] !== '#' && text[i] !== '\r') {
      while (indents.length > 0 && indents[indents.length - 1] >= indent) indents.pop();
      indents.push(indent);
      if (indents.length + compact + flow > MAX_FACT_BASE_DEPTH) return lineStart;
    }
    for (let scalarStart = true; i < lineEnd; i++) {
      const c = text[i];
      if (c === '#' && (i === lineStart || text[i - 1] === ' ')) break;
      if ((c === '"' || c === "'") && scalarStart) {
        i = closingQuote(text, i, lineEnd);
        continue;
      }
      if (c === '[' || c === '{') {
        if (++flow + indents.length > MAX_FACT_BASE_DEPTH) return i;
      } else if (c === ']' || c === '}') flow = Math.max(0, flow - 1);
      // A quote opens a quoted scalar only where a scalar may start.
      if (c !== ' ') scalarStart = '[{,:-?'.includes(c);
    }
    lineStart = lineEnd + 1;
  }
  return -1;
}

/** The index of the quote closing the one at `open`, within the line (or the line's end). */
function closingQuote(text: string, open: number, lineEnd: number): number {
  const quote = text[open];
  for (let i = open + 1; i < lineEnd; i++) {
    if (quote === '"' && text[i] === '\\') i++;
    else if (text[i] === quote) {
      if (quote === "'" && text[i + 1] === "'") i++;
      else return i;
    }
  }
  return lineEnd;
}

import { isMap, isScalar, isSeq, parseDocument, type Document, type Node, type YAMLMap, type YAMLSeq } from 'yaml';
import type { IsoDate, Span } from '../types';
import type { ReviewPlace } from './model';

/** One replacement in a text: `[start, end)` of the old text becomes `newText` (UTF-16 offsets). */
export interface TextChange extends Span {
  readonly newText: string;
}

/** An edit of a fact base: the one change to make, the text after it, and the entry it wrote (in the new text). */
export interface FactBaseEdit {
  readonly change: TextChange;
  readonly text: string;
  readonly entry: Span;
  /** The part of the entry the desk should look at first (a note to write, a value to check), in the new text. */
  readonly focus: Span;
}

/** A new `facts` entry, in the fact base's own keys. */
export interface NewFact {
  readonly id: string;
  /** The event it is about; left out where the fact base declares one event only. */
  readonly event?: string;
  readonly label: string;
  readonly value: number | readonly [number, number];
  readonly unit?: string;
  readonly noun: string;
  readonly predicate: string;
  readonly asOf?: IsoDate;
  readonly period?: string;
  readonly status: 'confirmed' | 'reported' | 'disputed';
  readonly sources: ReadonlyArray<{ readonly title: string; readonly date?: IsoDate; readonly url?: string }>;
}

/** A new `events` entry: a story that no fact base declared yet, with its articles (paths relative to the fact base). */
export interface NewEvent {
  readonly id: string;
  readonly title: string;
  readonly documents: readonly string[];
}

/** A new `reviewed` entry. */
export interface NewReview {
  readonly places: readonly [ReviewPlace, ReviewPlace];
  readonly note: string;
  readonly date: IsoDate;
}

/** Why a fact base cannot be edited safely: its YAML does not parse, or its root is no mapping. */
export class FactBaseEditError extends Error {}

/** The options that write a fact base back as the desk wrote it (the examples round-trip byte for byte). */
const WRITE = { lineWidth: 0, flowCollectionPadding: false } as const;

/**
 * Adds a fact at the end of `facts:`, through the `yaml` package's document API: comments, order
 * and every other entry stay as they are. The change is the smallest replacement that turns the old
 * text into the new one; the focus is the new entry's value (what the desk should check).
 */
export function addFact(text: string, fact: NewFact, newEvent?: NewEvent): FactBaseEdit {
  const doc = parse(text);
  if (newEvent) append(doc, 'events', { id: newEvent.id, title: newEvent.title, documents: [...newEvent.documents] }, ['documents']);
  const index = append(doc, 'facts', {
    id: fact.id, ...(fact.event ? { event: fact.event } : {}), label: fact.label, value: Array.isArray(fact.value) ? [...fact.value] : fact.value,
    ...(fact.unit ? { unit: fact.unit } : {}), noun: fact.noun, predicate: fact.predicate,
    ...(fact.asOf ? { asOf: fact.asOf } : {}), ...(fact.period ? { period: fact.period } : {}),
    status: fact.status, sources: fact.sources.map((s) => ({ ...s })),
  }, ['value', 'sources']);
  return written(text, doc, (fresh) => ((fresh.get('facts', true) as YAMLSeq).items[index] as Node), 'value');
}

/** Adds a review at the end of `reviewed:`; the focus is its note (the desk says why the difference stands). */
export function addReview(text: string, review: NewReview): FactBaseEdit {
  return appendEntry(text, 'reviewed', { places: review.places.map((p) => ({ ...p })), note: review.note, date: review.date }, 'note', ['places']);
}

/**
 * Assigns the article at `articlePath` (relative to the fact base) to event `event`: its entry in
 * `articles:` gets the event, or a new entry is added. The focus is the event.
 */
export function assignArticle(text: string, articlePath: string, event: string): FactBaseEdit {
  const doc = parse(text);
  const list = doc.get('articles', true) as Node | undefined;
  const existing = isSeq(list) ? list.items.findIndex((i) => isMap(i) && String((i as YAMLMap).get('path')) === articlePath) : -1;
  if (existing < 0) return appendEntry(text, 'articles', { path: articlePath, event }, 'event', []);
  (list as YAMLSeq).items[existing] = withEvent((list as YAMLSeq).items[existing] as YAMLMap, event);
  return written(text, doc, (fresh) => ((fresh.get('articles', true) as YAMLSeq).items[existing] as Node), 'event');
}

/** A fact id not yet used in the fact base: the label's words, lower case, joined by hyphens. */
export function freshFactId(text: string, label: string): string {
  const taken = new Set<string>();
  for (const m of text.matchAll(/^\s*-?\s*id:\s*["']?([^\s"'#]+)/gm)) taken.add(m[1]);
  const base = label.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40).replace(/-$/, '') || 'fact';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

function withEvent(item: YAMLMap, event: string): YAMLMap {
  item.set('event', event);
  return item;
}

function parse(text: string): Document {
  const doc = parseDocument(text, { prettyErrors: false });
  if (doc.errors.length > 0) throw new FactBaseEditError(`the fact base has YAML errors (${doc.errors[0].message.split('\n')[0]}); fix them first`);
  if (doc.contents !== null && !isMap(doc.contents)) throw new FactBaseEditError('the fact base is not a mapping of `events`, `entities` and `facts`');
  return doc;
}

/** Appends `entry` to the top-level list `key` of the fact base. */
function appendEntry(text: string, key: string, entry: Record<string, unknown>, focusKey: string, flowKeys: readonly string[]): FactBaseEdit {
  const doc = parse(text);
  const index = append(doc, key, entry, flowKeys);
  return written(text, doc, (fresh) => ((fresh.get(key, true) as YAMLSeq).items[index] as Node), focusKey);
}

/**
 * Appends `entry` to the top-level list `key` (created, block style, where missing) and returns its
 * index. The values of `flowKeys` are written on one line, as the desk writes a range or a source:
 * `value: [58, 59]`, `- {title: …, date: …}`.
 */
function append(doc: Document, key: string, entry: Record<string, unknown>, flowKeys: readonly string[]): number {
  if (doc.contents === null) doc.contents = doc.createNode({}) as never;
  let list = doc.get(key, true) as Node | undefined;
  if (!isSeq(list)) {
    if (list !== undefined && !(isScalar(list) && list.value === null)) throw new FactBaseEditError(`\`${key}\` in the fact base is not a list`);
    list = doc.createNode([]) as YAMLSeq;
    (list as YAMLSeq).flow = false;
    doc.set(key, list);
  }
  const node = doc.createNode(entry) as YAMLMap;
  for (const flowKey of flowKeys) {
    const value = node.get(flowKey, true);
    if (!isSeq(value)) continue;
    if (value.items.every((i) => isScalar(i))) value.flow = true;
    for (const item of value.items) if (isMap(item)) item.flow = true;
  }
  const seq = list as YAMLSeq;
  seq.items.push(node);
  return seq.items.length - 1;
}

/** The edit from `text` to the document as written, with the entry `pick` finds in the text it becomes. */
function written(text: string, doc: Document, pick: (fresh: Document) => Node, focusKey: string): FactBaseEdit {
  let out = doc.toString(WRITE);
  if (text.trim() === '') out = out.replace(/^\{\}\n/, '');
  const fresh = parseDocument(out);
  const node = pick(fresh);
  const entry = { start: node.range![0], end: node.range![1] };
  const value = isMap(node) ? (node.get(focusKey, true) as Node | undefined) : undefined;
  const focus = value?.range ? { start: value.range[0], end: value.range[1] } : entry;
  return { change: smallestChange(text, out), text: out, entry, focus };
}

/** The one replacement that turns `a` into `b`: what lies between their common start and common end. */
export function smallestChange(a: string, b: string): TextChange {
  let start = 0;
  const max = Math.min(a.length, b.length);
  while (start < max && a.charCodeAt(start) === b.charCodeAt(start)) start++;
  let end = 0;
  while (end < max - start && a.charCodeAt(a.length - 1 - end) === b.charCodeAt(b.length - 1 - end)) end++;
  return { start, end: a.length - end, newText: b.slice(start, b.length - end) };
}

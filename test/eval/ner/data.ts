/**
 * CoNLL++ documents (read from ../shared/corpus at run time) turned into what the entity tagger
 * sees in `analyzeDocument`: our sentences and tokens outside web furniture, the tokens taken by
 * dates and figures, and gold BILOU tags projected from the gold character spans onto our tokens.
 */
import * as fs from 'node:fs';
import { TokenKind } from '../../../server/src/engine/text/tokens';
import { readSentences } from '../../../server/src/engine/readSentences';
import { readArticleMeta } from '../../../server/src/engine/dates/articleMeta';
import { CLASSES, POS_B, POS_I, POS_L, POS_U, makeTag } from '../../../server/src/engine/entities/tagger/features';
import { FNV_OFFSET, fnv, hashFeatures, type TaggerSentence } from '../../../server/src/engine/entities/tagger/tagger';

export interface GoldEntity {
  type: string;
  start: number;
  end: number;
  text: string;
}

export interface ConllDocument {
  id: string;
  text: string;
  entities: GoldEntity[];
  sentences: TaggerSentence[];
  gold: Uint8Array[];
}

export interface LoadStats {
  documents: number;
  tokens: number;
  entities: number;
  /** Gold entities whose ends are not our token ends (possessives aside), labelled approximately. */
  misaligned: number;
  /** Gold entities that cross one of our sentence ends: not labelled. */
  crossSentence: number;
  /** Gold entity tokens that a date or figure has taken. */
  takenTokens: number;
}

const CLASS_OF: Record<string, number> = { PER: CLASSES.indexOf('person'), ORG: CLASSES.indexOf('organization'), LOC: CLASSES.indexOf('location'), MISC: CLASSES.indexOf('misc') };

/** The sentences and tokens as `analyzeDocument` reads them for `recognizeEntities`: by the same code (`readSentences`). */
export function prepare(text: string): TaggerSentence[] {
  return readSentences(text, readArticleMeta(text)).readings.map(({ tokens, taken }) => ({ tokens, taken }));
}

/** The end of a token without a possessive "'s" / "'" (as entities are cut in recognize.ts). */
export function bareEnd(text: string): number {
  if (text.length > 2 && /['’]s?$/.test(text)) return text.length - (text.endsWith('s') ? 2 : 1);
  return text.length;
}

export function loadConll(file: string, stats?: LoadStats): ConllDocument[] {
  const docs: ConllDocument[] = [];
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const raw = JSON.parse(line) as { doc_id: string; text: string; entities: GoldEntity[] };
    const sentences = prepare(raw.text);
    const gold = sentences.map((s) => new Uint8Array(s.tokens.length));
    for (const e of raw.entities) {
      if (stats) stats.entities++;
      let found = false;
      for (let si = 0; si < sentences.length && !found; si++) {
        const tokens = sentences[si].tokens;
        if (tokens.length === 0 || tokens[0].start >= e.end || tokens[tokens.length - 1].end <= e.start) continue;
        let first = -1;
        let last = -1;
        for (let i = 0; i < tokens.length; i++) {
          if (tokens[i].end > e.start && tokens[i].start < e.end) {
            if (first < 0) first = i;
            last = i;
          }
        }
        if (first < 0) continue;
        found = true;
        const crosses = (si > 0 && e.start < tokens[0].start) || e.end > tokens[tokens.length - 1].end;
        if (crosses) {
          if (stats) stats.crossSentence++;
          continue;
        }
        const aligned = tokens[first].start === e.start && (tokens[last].end === e.end || tokens[last].start + bareEnd(tokens[last].text) === e.end);
        if (!aligned && stats) stats.misaligned++;
        const cls = CLASS_OF[e.type];
        const g = gold[si];
        if (first === last) g[first] = makeTag(cls, POS_U);
        else {
          g[first] = makeTag(cls, POS_B);
          for (let i = first + 1; i < last; i++) g[i] = makeTag(cls, POS_I);
          g[last] = makeTag(cls, POS_L);
        }
        if (stats) for (let i = first; i <= last; i++) if (sentences[si].taken.has(i)) stats.takenTokens++;
      }
    }
    if (stats) {
      stats.documents++;
      for (const s of sentences) stats.tokens += s.tokens.length;
    }
    docs.push({ id: raw.doc_id, text: raw.text, entities: raw.entities, sentences, gold });
  }
  return docs;
}

/** Words a title-case headline may leave in lower case (a style many sites follow, others do not). */
const MINOR_WORDS = new Set(['a', 'an', 'the', 'and', 'but', 'or', 'for', 'nor', 'of', 'in', 'on', 'at', 'to', 'by', 'as', 'up', 'vs.']);

export const enum HeadlineCase {
  /** Every word capitalized. */
  Title,
  /** Every word capitalized but short function words after the first. */
  TitleMinorLower,
  /** All upper case. */
  Caps,
}

/**
 * `sentence` as a headline would write it: title case or all caps. Tokens keep their offsets
 * and kinds, so the gold tags and the taken tokens stay as they are; a line in capitals is
 * title-cased from lower case, which loses acronyms (as a real title-case headline may not).
 * (Reading the taken tokens again from the rewritten words, where "May" may now be a date, was
 * tried: real-copy headlines P 71.4 → 69.8, R 72.9 → 72.1.)
 */
export function asHeadline(sentence: TaggerSentence, style: HeadlineCase): TaggerSentence {
  const tokens = sentence.tokens.map((t, i) => {
    if (t.kind !== TokenKind.Word) return t;
    let text: string;
    if (style === HeadlineCase.Caps) text = t.text.toUpperCase();
    else if (style === HeadlineCase.TitleMinorLower && i > 0 && MINOR_WORDS.has(t.lower)) text = t.lower;
    else {
      const base = t.text === t.text.toUpperCase() ? t.lower : t.text;
      text = base.replace(/(^|[-‑])(\p{Ll})/gu, (_, dash: string, c: string) => dash + c.toUpperCase());
    }
    return text === t.text ? t : { ...t, text };
  });
  return { tokens, taken: sentence.taken };
}

/** Rates of `augmentHeadlines`: of first lines (headlines) and of other sentences. */
export interface HeadlineRates {
  /** A first line rewritten in title case. */
  readonly firstTitle: number;
  /** Another sentence of three words or more rewritten in title case … */
  readonly title: number;
  /** … or in capitals. */
  readonly caps: number;
}

/**
 * Rewrites some training sentences as headlines, in place: CoNLL's news has its headlines in
 * capitals and almost none in title case, which most sites use today, so a tagger trained on it
 * alone reads every capitalized word of a title-case line as a name.
 */
export function augmentHeadlines(docs: ConllDocument[], rates: HeadlineRates, rand: () => number): void {
  for (const doc of docs) {
    doc.sentences = doc.sentences.map((s, k) => {
      const words = s.tokens.filter((t) => t.kind === TokenKind.Word && t.text.length > 1).length;
      const r = rand();
      const title = rand() < 0.5 ? HeadlineCase.Title : HeadlineCase.TitleMinorLower;
      if (words < 3) return s;
      if (k === 0) return r < rates.firstTitle ? asHeadline(s, title) : s;
      if (r < rates.title) return asHeadline(s, title);
      return r < rates.title + rates.caps ? asHeadline(s, HeadlineCase.Caps) : s;
    });
  }
}

/** A small seeded generator (mulberry32). */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The training documents: CoNLL++ `file` as the tagger sees it, some sentences rewritten as headlines. */
export function loadTrainingSet(file: string, rates: HeadlineRates, seed: number, stats?: LoadStats): ConllDocument[] {
  const docs = loadConll(file, stats);
  augmentHeadlines(docs, rates, random(seed ^ 0x5eed));
  return docs;
}

/**
 * A hash of what the trainer learns from: the features of every token of `docs` (see
 * `hashFeatures`) and its gold tag. Weights are a function of it and of the trainer's options.
 */
export function trainingSetFingerprint(docs: readonly ConllDocument[]): number {
  let h = hashFeatures(docs.map((doc) => doc.sentences), FNV_OFFSET);
  for (const doc of docs) for (const tags of doc.gold) for (const tag of tags) h = fnv(h, tag);
  return h >>> 0;
}

/**
 * Features of the entity tagger, shared by the run time (`tagger.ts`) and the training script
 * (`test/eval/ner/train.ts`), so both see exactly the same numbers.
 *
 * Every feature is a 32-bit hash: a template number mixed with hashes of token properties (the
 * word, its lower case, its shape, affixes, gazetteer classes). No feature strings are built: a
 * word's hashes are computed once from its characters (and kept in a `WordTable`), and templates
 * combine them by integer mixing. The model maps a feature hash to a row of per-tag weights.
 *
 * Features come in groups, so that the run time can cache the sums of the groups that depend on
 * one word only (`wordFeatures`, `neighbourFeatures`) per distinct word.
 */
import { TokenKind, type Token } from '../../text/tokens';
import { VOCABULARY, fmix, type Vocabulary } from '../../text/vocabulary';
import { GIVEN, NAMES, ORG_WORDS, TITLES } from '../gazetteer';

/** Entity classes of the tagger, in tag order. */
export const CLASSES = ['person', 'organization', 'location', 'misc'] as const;
export type TaggerClass = (typeof CLASSES)[number];

/**
 * Tags: 0 = outside; then per class B(egin), I(nside), L(ast), U(nit) (BILOU):
 * tag = 1 + 4 * class + position.
 */
export const NUM_TAGS = 1 + 4 * CLASSES.length;
export const POS_B = 0;
export const POS_I = 1;
export const POS_L = 2;
export const POS_U = 3;
/** The "tag" before the first token of a sentence. */
export const START = NUM_TAGS;

export function tagClass(tag: number): number {
  return tag === 0 ? -1 : (tag - 1) >> 2;
}
export function tagPos(tag: number): number {
  return tag === 0 ? -1 : (tag - 1) & 3;
}
export function makeTag(cls: number, pos: number): number {
  return 1 + 4 * cls + pos;
}
/** A name is open after `tag` (B or I): the next tag must be I or L of its class. */
export function isOpen(tag: number): boolean {
  return tag !== 0 && tag !== START && ((tag - 1) & 3) < 2;
}

/** Whether `tag` may follow `prev` (BILOU): inside a name only I or L of its class, else O, B or U. */
export function allowed(prev: number, tag: number): boolean {
  if (isOpen(prev)) return tag !== 0 && tagClass(tag) === tagClass(prev) && (tagPos(tag) === POS_I || tagPos(tag) === POS_L);
  return tag === 0 || tagPos(tag) === POS_B || tagPos(tag) === POS_U;
}

/** May `tag` end a sentence? Not while a name is open. */
export function canEnd(tag: number): boolean {
  return !isOpen(tag);
}

/**
 * CHOICES[2 * prev + (last ? 1 : 0)]: the tags that may follow `prev` (START at the sentence
 * start), and end the sentence if `last`, in increasing order: listed once, so that choosing a
 * token's tag reads the few allowed scores with no test per tag.
 */
export const CHOICES: readonly Uint8Array[] = (() => {
  const lists: Uint8Array[] = [];
  for (let p = 0; p <= START; p++) {
    for (const last of [false, true]) {
      const tags: number[] = [];
      for (let t = 0; t < NUM_TAGS; t++) if (allowed(p, t) && (!last || canEnd(t))) tags.push(t);
      lists.push(Uint8Array.from(tags));
    }
  }
  return lists;
})();

// ---------------------------------------------------------------------------------------------
// Hashing

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 16777619;

function feat(template: number, value: number): number {
  return fmix(Math.imul(template + 1, 0x27d4eb2f) ^ value);
}

function feat2(template: number, a: number, b: number): number {
  return feat(template, fmix(Math.imul(a, 0x9e3779b1) ^ b));
}

export function hashString(s: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h;
}

// ---------------------------------------------------------------------------------------------
// Words

/** Bits of word and token flags. */
export const F_CAP = 1; // first letter upper case
export const F_ALLCAPS = 2; // letters all upper case, two or more
export const F_LOWER = 4; // first letter lower case
export const F_DIGIT = 8;
export const F_TAKEN = 16; // part of a date or figure (token flag)
export const F_WORD = 32;
export const F_GIVEN = 64;
export const F_TITLE = 128;
export const F_ORGWORD = 256;
/** The word starts a name of our gazetteer (internal, not a feature). */
const F_GAZ_FIRST = 1 << 16;
/** The word is one character long (internal, not a feature). */
const F_SINGLE = 1 << 17;
/**
 * The word is one of FUNCTION_WORDS, LOC_CUES, SAID, or "the" (internal, not features): a word's
 * flags hold what the run and context records ask of it, so a token costs a bit test there, not
 * a Set lookup.
 */
const F_FUNCTION = 1 << 18;
const F_LOC_CUE = 1 << 19;
const F_SAID = 1 << 20;
const F_THE = 1 << 21;
const FEATURE_FLAGS = 0xffff;

/** Int32 fields per word in `WordTable.data`: lower-case hash, shape, flags, 1 once computed. */
const WORD_STRIDE = 4;
/** Int32 fields per word in `WordTable.spelling`: the hash of its text, then its 7 affixes. */
const SPELLING_STRIDE = 8;

const GAZ_TYPES: Record<string, number> = { location: 1, organization: 2, nationality: 3 };
const FIRST_WORDS: ReadonlyMap<string, number> = (() => {
  const m = new Map<string, number>();
  for (const name of NAMES.keys()) {
    const parts = name.split(' ');
    m.set(parts[0], Math.max(m.get(parts[0]) ?? 0, parts.length));
  }
  return m;
})();

/** Per word of our word lists, its flags of them: a new word costs one lookup, not one per list. */
const LIST_FLAGS: ReadonlyMap<string, number> = (() => {
  const m = new Map<string, number>();
  const mark = (words: Iterable<string>, flag: number) => {
    for (const word of words) m.set(word, (m.get(word) ?? 0) | flag);
  };
  mark(GIVEN, F_GIVEN);
  mark(TITLES, F_TITLE);
  mark(ORG_WORDS, F_ORGWORD);
  mark(FIRST_WORDS.keys(), F_GAZ_FIRST);
  return m;
})();

/** The LIST_FLAGS of a word, lower case; whether it starts a gazetteer name is asked without its possessive ending. */
function listFlags(lower: string): number {
  const flags = LIST_FLAGS.get(lower) ?? 0;
  const bare = bareLower(lower);
  if (bare === lower) return flags;
  return (flags & ~F_GAZ_FIRST) | ((LIST_FLAGS.get(bare) ?? 0) & F_GAZ_FIRST);
}

/**
 * What the tagger knows of each word of the vocabulary (by its id, `Token.form`): its hashes and
 * flags, computed once per word, not once per token, and forgotten with the vocabulary.
 */
export class WordTable {
  /**
   * Per word, side by side, what every token's tagging reads: the hash of its lower case, of its
   * shape, its flags, and 1 once they are computed. 16 bytes a word, so that more of the words
   * stay in cache: a rare word's entry is a cache miss per token.
   */
  private data = new Int32Array(1024 * WORD_STRIDE);
  /**
   * Per word, what only its cached vectors are summed from (once per word): the hash of its text,
   * then of its prefixes of 2, 3, 4 characters and suffixes of 1..4 characters, lower case.
   */
  spelling = new Int32Array(1024 * SPELLING_STRIDE);
  private generation: number;

  constructor(private readonly vocabulary: Vocabulary = VOCABULARY) {
    this.generation = vocabulary.generation;
  }

  wordOf(e: number): number {
    return this.spelling[e * SPELLING_STRIDE];
  }
  lowerOf(e: number): number {
    return this.data[e * WORD_STRIDE];
  }
  shapeOf(e: number): number {
    return this.data[e * WORD_STRIDE + 1];
  }
  flagsOf(e: number): number {
    return this.data[e * WORD_STRIDE + 2];
  }

  /** Forgets every word if the vocabulary was forgotten since. Returns whether it did. */
  trim(): boolean {
    if (this.generation === this.vocabulary.generation) return false;
    this.generation = this.vocabulary.generation;
    this.data.fill(0);
    return true;
  }

  /** The entry of `token`'s text (its id in the vocabulary), its features computed if new. */
  id(token: Token): number {
    const e = this.vocabulary.formOf(token);
    if (e >= this.data.length / WORD_STRIDE) {
      let size = this.data.length * 2;
      while (size <= e * WORD_STRIDE) size *= 2;
      const data = new Int32Array(size);
      data.set(this.data);
      this.data = data;
      const spelling = new Int32Array((size / WORD_STRIDE) * SPELLING_STRIDE);
      spelling.set(this.spelling);
      this.spelling = spelling;
    }
    if (this.data[e * WORD_STRIDE + 3] === 0) this.add(e, token.kind);
    return e;
  }

  private add(e: number, kind: TokenKind): void {
    const text = this.vocabulary.textOf(e)!;
    const lower = this.vocabulary.lowerOf(e);
    const len = text.length;
    const sameLength = lower.length === len;
    let hl = FNV_OFFSET;
    let hs = FNV_OFFSET;
    let lastClass = -1;
    let uppers = 0;
    let lowers = 0;
    let digits = 0;
    const a = e * SPELLING_STRIDE + 1; // the affixes
    for (let k = 0; k < len; k++) {
      const c = text.charCodeAt(k);
      const lc = sameLength ? lower.charCodeAt(k) : c;
      hl = Math.imul(hl ^ lc, FNV_PRIME);
      let cls: number;
      if (c >= 65 && c <= 90) { cls = 88; uppers++; }
      else if (c >= 97 && c <= 122) { cls = 120; lowers++; }
      else if (c >= 48 && c <= 57) { cls = 100; digits++; }
      else if (c > 127) {
        if (lc !== c) { cls = 88; uppers++; }
        else { cls = 120; lowers++; }
      } else cls = c;
      if (cls !== lastClass) hs = Math.imul(hs ^ cls, FNV_PRIME);
      lastClass = cls;
      if (k >= 1 && k <= 3) this.spelling[a + k - 1] = hl;
    }
    if (!sameLength) hl = hashString(lower);
    for (let k = Math.max(len, 1); k <= 3; k++) this.spelling[a + k - 1] = hl;
    let hx = FNV_OFFSET;
    for (let k = 0; k < 4; k++) {
      const p = lower.length - 1 - k;
      if (p >= 0) hx = Math.imul(hx ^ lower.charCodeAt(p), FNV_PRIME);
      this.spelling[a + 3 + k] = hx;
    }
    this.spelling[e * SPELLING_STRIDE] = this.vocabulary.hashOf(e);
    const d = e * WORD_STRIDE;
    this.data[d] = hl;
    this.data[d + 1] = hs;
    let flags = 0;
    const first = text.charCodeAt(0);
    if ((first >= 65 && first <= 90) || (first > 127 && lower.charCodeAt(0) !== first)) flags |= F_CAP;
    else if ((first >= 97 && first <= 122) || first > 127) flags |= F_LOWER;
    if (uppers >= 2 && lowers === 0) flags |= F_ALLCAPS;
    if (digits > 0) flags |= F_DIGIT;
    if (len === 1) flags |= F_SINGLE;
    flags |= cueFlags(hl);
    if (kind === TokenKind.Word) flags |= F_WORD | listFlags(lower);
    this.data[d + 2] = flags;
    this.data[d + 3] = 1;
  }
}

/** The tokens of one sentence: word entries, flags and gazetteer marks (arrays reused, sized for a short sentence and grown by `fill`). */
export class SentenceInfo {
  length = 0;
  entry = new Int32Array(16);
  flags = new Int32Array(16);
  /** Gazetteer class * 2 + (0 = first word, 1 = later word); 0 = none (classes start at 1). */
  gaz = new Int32Array(16);
  /** The capitalized run a token is in: position (0 none, 1 single, 2 first, 3 inside, 4 last) + 8 * length (≤ 4) + 64 if it ends in an organization word. */
  run = new Int32Array(16);
  /** Upper-case sentence (an all-caps headline) = 1, title-case headline = 2, else 0. */
  style = 0;

  fill(tokens: readonly Token[], taken: ReadonlySet<number>, table: WordTable): void {
    const n = tokens.length;
    if (n > this.entry.length) {
      let size = this.entry.length;
      while (size < n) size *= 2;
      this.entry = new Int32Array(size);
      this.flags = new Int32Array(size);
      this.gaz = new Int32Array(size);
      this.run = new Int32Array(size);
    }
    this.length = n;
    let words = 0;
    let upper = 0;
    let title = 0;
    let gazetteer = false;
    for (let i = 0; i < n; i++) {
      const e = table.id(tokens[i]);
      this.entry[i] = e;
      // Read `table.flags` after `id`: adding a word may replace the array with a larger one.
      const flags = table.flagsOf(e);
      if (flags & F_GAZ_FIRST) gazetteer = true;
      if ((flags & (F_WORD | F_SINGLE | F_DIGIT)) === F_WORD) {
        words++;
        if (flags & F_ALLCAPS) upper++;
        else if (flags & F_CAP) title++;
      }
      this.flags[i] = flags & FEATURE_FLAGS;
      this.gaz[i] = 0;
    }
    // One pass over the few taken tokens, not a set lookup per token.
    for (const i of taken) this.flags[i] |= F_TAKEN;
    this.style = words >= 3 && upper / words > 0.6 ? 1 : words >= 3 && (upper + title) / words > 0.6 ? 2 : 0;
    const inRun = (k: number) =>
      (this.flags[k] & (F_CAP | F_ALLCAPS)) !== 0 && (this.flags[k] & F_WORD) !== 0 && (table.flagsOf(this.entry[k]) & F_FUNCTION) === 0;
    for (let i = 0; i < n;) {
      if (this.style !== 0 || !inRun(i)) {
        this.run[i++] = 0;
        continue;
      }
      let j = i;
      while (j + 1 < n && inRun(j + 1)) j++;
      const info = 8 * Math.min(4, j - i + 1) + ((this.flags[j] & F_ORGWORD) !== 0 ? 64 : 0) + ((this.flags[i] & F_GIVEN) !== 0 ? 128 : 0);
      for (let k = i; k <= j; k++) this.run[k] = info + (i === j ? 1 : k === i ? 2 : k === j ? 4 : 3);
      i = j + 1;
    }
    if (!gazetteer) return;
    // Gazetteer names, longest match first.
    for (let i = 0; i < n; i++) {
      if (!(table.flagsOf(this.entry[i]) & F_GAZ_FIRST)) continue;
      let key = bareLower(tokens[i].lower);
      const maxLen = FIRST_WORDS.get(key) ?? 1;
      let best = -1;
      let bestType = 0;
      for (let j = i; j < n && j < i + maxLen; j++) {
        if (j > i) {
          if (tokens[j].kind !== TokenKind.Word) break;
          key += ' ' + bareLower(tokens[j].lower);
        }
        const type = NAMES.get(key);
        if (type !== undefined) {
          best = j;
          bestType = GAZ_TYPES[type];
        }
      }
      if (best < 0) continue;
      for (let j = i; j <= best; j++) this.gaz[j] = bestType * 2 + (j === i ? 0 : 1);
      i = best;
    }
  }
}

/** Words that start sentences and headlines without belonging to the name after them. */
const FUNCTION_WORDS = new Set(
  ['the', 'a', 'an', 'in', 'on', 'at', 'for', 'to', 'from', 'by', 'with', 'and', 'of', 'as', 'after', 'before', 'when', 'while', 'this', 'that', 'his', 'her', 'their', 'its', 'but', 'if', 'it', 'he', 'she', 'they', 'we', 'i']
    .map(hashString),
);

function bareLower(l: string): string {
  if (l.length > 2) {
    const c = l.charCodeAt(l.length - 1);
    if (c === 39 || c === 0x2019) return l.slice(0, -1);
    if (c === 115 /* s */) {
      const d = l.charCodeAt(l.length - 2);
      if (d === 39 || d === 0x2019) return l.slice(0, -2);
    }
  }
  return l;
}

// ---------------------------------------------------------------------------------------------
// Templates

const enum T {
  Bias, Word, Lower, Shape, Pre2, Pre3, Pre4, Suf1, Suf2, Suf3, Suf4,
  LowerM1, LowerP1, LowerM2, LowerP2, ShapeM1, ShapeP1, ShapeM1S0, ShapeS0P1, LowerM1L0, LowerL0P1,
  WordM1, WordP1, First, StyleShape, StyleLower, Gaz, GazM1, GazP1, Flags, FlagsM1, FlagsP1,
  PrevTag, Prev2Tags, PrevTagShape, PrevTagLower, History, HistoryShape, LowerSeen, DocContext, DocContextShape, Run,
}

/** Word entry standing for the positions before and after the sentence. */
export const PAD_BEFORE = -1;
export const PAD_AFTER = -2;
const PAD_BEFORE_HASH = 0x5bd1e995 | 0;
const PAD_AFTER_HASH = 0x1b873593 | 0;

/** Neighbour positions whose word features `neighbourFeatures` writes. */
export const M1 = 0;
export const P1 = 1;
export const M2 = 2;
export const P2 = 3;

/** Feature counts per group, at most. */
export const MAX_WORD = 10;
export const MAX_NEIGHBOUR = 3;
export const MAX_PAIR = 14;
export const MAX_STATIC = MAX_WORD + 2 * 3 + 2 + MAX_PAIR;
/** Features of `transitionFeatures`. */
export const MAX_TRANSITION = 3;
export const MAX_DYNAMIC = 9;

/** Features of the word itself (entry `e`). */
export function wordFeatures(w: WordTable, e: number, out: Int32Array, at: number): number {
  const a = e * SPELLING_STRIDE + 1; // the affixes
  const spelling = w.spelling;
  out[at++] = feat(T.Word, w.wordOf(e));
  out[at++] = feat(T.Lower, w.lowerOf(e));
  out[at++] = feat(T.Shape, w.shapeOf(e));
  out[at++] = feat(T.Pre2, spelling[a]);
  out[at++] = feat(T.Pre3, spelling[a + 1]);
  out[at++] = feat(T.Pre4, spelling[a + 2]);
  out[at++] = feat(T.Suf1, spelling[a + 3]);
  out[at++] = feat(T.Suf2, spelling[a + 4]);
  out[at++] = feat(T.Suf3, spelling[a + 5]);
  out[at++] = feat(T.Suf4, spelling[a + 6]);
  return at;
}

/** Features of the word `e` (or a pad) seen from a token at `position` (M1, P1, M2, P2) of it. */
export function neighbourFeatures(w: WordTable, e: number, position: number, out: Int32Array, at: number): number {
  const pad = e === PAD_BEFORE ? PAD_BEFORE_HASH : e === PAD_AFTER ? PAD_AFTER_HASH : 0;
  const lower = pad || w.lowerOf(e);
  switch (position) {
    case M1:
      out[at++] = feat(T.LowerM1, lower);
      out[at++] = feat(T.WordM1, pad || w.wordOf(e));
      out[at++] = feat(T.ShapeM1, pad || w.shapeOf(e));
      break;
    case P1:
      out[at++] = feat(T.LowerP1, lower);
      out[at++] = feat(T.WordP1, pad || w.wordOf(e));
      out[at++] = feat(T.ShapeP1, pad || w.shapeOf(e));
      break;
    case M2:
      out[at++] = feat(T.LowerM2, lower);
      break;
    default:
      out[at++] = feat(T.LowerP2, lower);
  }
  return at;
}

/** Features of token `i` that combine it with its neighbours and its sentence. */
export function pairFeatures(s: SentenceInfo, w: WordTable, i: number, out: Int32Array, at: number): number {
  const n = s.length;
  const e = s.entry[i];
  const fl = s.flags[i];
  const lower = w.lowerOf(e);
  const shape = w.shapeOf(e);
  const lowerM1 = i > 0 ? w.lowerOf(s.entry[i - 1]) : PAD_BEFORE_HASH;
  const lowerP1 = i + 1 < n ? w.lowerOf(s.entry[i + 1]) : PAD_AFTER_HASH;
  const shapeM1 = i > 0 ? w.shapeOf(s.entry[i - 1]) : PAD_BEFORE_HASH;
  const shapeP1 = i + 1 < n ? w.shapeOf(s.entry[i + 1]) : PAD_AFTER_HASH;
  const caps = fl & (F_CAP | F_ALLCAPS | F_LOWER);
  out[at++] = feat2(T.ShapeM1S0, shapeM1, shape);
  out[at++] = feat2(T.ShapeS0P1, shape, shapeP1);
  out[at++] = feat2(T.LowerM1L0, lowerM1, lower);
  out[at++] = feat2(T.LowerL0P1, lower, lowerP1);
  out[at++] = feat2(T.First, i === 0 ? 1 : i === 1 ? 2 : 0, shape);
  out[at++] = feat2(T.StyleShape, s.style, shape);
  if (s.style !== 0) out[at++] = feat2(T.StyleLower, s.style, lower);
  out[at++] = feat(T.Gaz, s.gaz[i]);
  out[at++] = feat2(T.GazM1, i > 0 ? s.gaz[i - 1] : -1, s.gaz[i]);
  out[at++] = feat2(T.GazP1, i + 1 < n ? s.gaz[i + 1] : -1, s.gaz[i]);
  out[at++] = feat(T.Flags, fl);
  out[at++] = feat2(T.FlagsM1, i > 0 ? s.flags[i - 1] : -1, caps);
  out[at++] = feat2(T.FlagsP1, i + 1 < n ? s.flags[i + 1] : -1, caps);
  out[at++] = feat(T.Run, s.run[i]);
  return at;
}

/** All features of token `i` that do not depend on tagging decisions. */
export function staticFeatures(s: SentenceInfo, w: WordTable, i: number, out: Int32Array, at: number): number {
  const n = s.length;
  at = wordFeatures(w, s.entry[i], out, at);
  at = neighbourFeatures(w, i > 0 ? s.entry[i - 1] : PAD_BEFORE, M1, out, at);
  at = neighbourFeatures(w, i + 1 < n ? s.entry[i + 1] : PAD_AFTER, P1, out, at);
  at = neighbourFeatures(w, i > 1 ? s.entry[i - 2] : PAD_BEFORE, M2, out, at);
  at = neighbourFeatures(w, i + 2 < n ? s.entry[i + 2] : PAD_AFTER, P2, out, at);
  return pairFeatures(s, w, i, out, at);
}

// ---------------------------------------------------------------------------------------------
// The same features, regrouped for fixed weights (the run time's cached scoring)
//
// The sums of `wordVectorFeatures` and `neighbourVectorFeatures` are kept per distinct word, and
// those of `transitionFeatures` + `constantFeatures` per pair of previous tags. They include the
// features that combine a token with its sentence or the tags at their usual values (not the
// first word, not a headline, no gazetteer name, no date or figure, a capitalized word after an
// O tag). What is left, plus the usual values it replaces (to subtract), comes in three lists:
// `contextFeatures` and `memoryFeaturesOf`, which depend on a few small values only, so that their
// sums are cached by those values too (see `SumCache`), and `residualFeatures`, the rest.
// The generic features (`staticFeatures` + `transitionFeatures` + `dynamicFeatures`) and these
// sum to the same scores: `test/engine/entities.test.ts` checks it.

/** The capitalization of the token the cached neighbour vectors assume. */
const USUAL_CAPS = F_CAP;

/** Features of `wordVectorFeatures` (and more than of `neighbourVectorFeatures`), at most. */
export const MAX_VECTOR = MAX_WORD + 5;

/** `wordFeatures`, and its word's features of sentence and tag templates at their usual values. */
export function wordVectorFeatures(w: WordTable, e: number, out: Int32Array, at: number): number {
  at = wordFeatures(w, e, out, at);
  const shape = w.shapeOf(e);
  out[at++] = feat(T.Flags, w.flagsOf(e) & FEATURE_FLAGS);
  out[at++] = feat2(T.First, 0, shape);
  out[at++] = feat2(T.StyleShape, 0, shape);
  out[at++] = feat2(T.PrevTagShape, 0, shape);
  out[at++] = feat2(T.PrevTagLower, 0, w.lowerOf(e));
  return at;
}

/** `neighbourFeatures`, and the neighbour's flags feature at the usual values. */
export function neighbourVectorFeatures(w: WordTable, e: number, position: number, out: Int32Array, at: number): number {
  at = neighbourFeatures(w, e, position, out, at);
  const flags = e < 0 ? -1 : w.flagsOf(e) & FEATURE_FLAGS;
  if (position === M1) out[at++] = feat2(T.FlagsM1, flags, USUAL_CAPS);
  else if (position === P1) out[at++] = feat2(T.FlagsP1, flags, USUAL_CAPS);
  return at;
}

/** Features that are the same for every token at their usual values: no gazetteer name around. */
export function constantFeatures(out: Int32Array, at: number): number {
  out[at++] = feat(T.Gaz, 0);
  out[at++] = feat2(T.GazM1, 0, 0);
  out[at++] = feat2(T.GazP1, 0, 0);
  return at;
}

/** Residual features, at most. */
export const MAX_RESIDUAL = 32;

/**
 * The features of token `i` that the cached sums leave out and that depend on its words (its
 * own or its neighbours'), written to `plus` from 0, and the usual values they replace, to
 * `minus` from 0. Returns `plusCount * 256 + minusCount`. The rest of what is left out depends
 * on a few small values only, and is listed from them: `contextFeatures`, `memoryFeaturesOf`.
 */
export function residualFeatures(s: SentenceInfo, w: WordTable, i: number, prev: number, plus: Int32Array, minus: Int32Array): number {
  const n = s.length;
  const entry = s.entry;
  const e = entry[i];
  const fl = s.flags[i];
  const lower = w.lowerOf(e);
  const caps = fl & (F_CAP | F_ALLCAPS | F_LOWER);
  let p = 0;
  let m = 0;
  plus[p++] = feat2(T.LowerM1L0, i > 0 ? w.lowerOf(entry[i - 1]) : PAD_BEFORE_HASH, lower);
  plus[p++] = feat2(T.LowerL0P1, lower, i + 1 < n ? w.lowerOf(entry[i + 1]) : PAD_AFTER_HASH);
  if (s.style !== 0) plus[p++] = feat2(T.StyleLower, s.style, lower);
  const usual = w.flagsOf(e) & FEATURE_FLAGS;
  if (fl !== usual) {
    plus[p++] = feat(T.Flags, fl);
    minus[m++] = feat(T.Flags, usual);
  }
  const before = i > 0 ? s.flags[i - 1] : -1;
  const usualBefore = i > 0 ? w.flagsOf(entry[i - 1]) & FEATURE_FLAGS : -1;
  if (before !== usualBefore || caps !== USUAL_CAPS) {
    plus[p++] = feat2(T.FlagsM1, before, caps);
    minus[m++] = feat2(T.FlagsM1, usualBefore, USUAL_CAPS);
  }
  const after = i + 1 < n ? s.flags[i + 1] : -1;
  const usualAfter = i + 1 < n ? w.flagsOf(entry[i + 1]) & FEATURE_FLAGS : -1;
  if (after !== usualAfter || caps !== USUAL_CAPS) {
    plus[p++] = feat2(T.FlagsP1, after, caps);
    minus[m++] = feat2(T.FlagsP1, usualAfter, USUAL_CAPS);
  }
  if (prev !== 0) {
    plus[p++] = feat2(T.PrevTagLower, prev, lower);
    minus[m++] = feat2(T.PrevTagLower, 0, lower);
  }
  return p * 256 + m;
}

/** Features of a group whose sums are cached by key (`contextFeatures`, plus and minus, or `memoryFeaturesOf`), at most. */
export const MAX_GROUP = 15;

/** Int32 values of a context key (`contextKey`). */
export const CONTEXT_KEY = 4;

/*
 * The small values of a context key, packed in its last Int32: the capitalized run (8 bits), the
 * previous tag (5 bits, START included), the First value (2 bits), the sentence style (2 bits), and
 * the gazetteer marks of the token (3 bits) and of its neighbours (+ 1, as -1 stands for none: 4 bits each).
 */
const K_PREV = 8;
const K_FIRST = 13;
const K_STYLE = 15;
const K_GAZ = 17;
const K_GAZ_M1 = 20;
const K_GAZ_P1 = 24;

/**
 * What token `i`'s context features (`contextFeatures`) are computed from, written to
 * `key[0, CONTEXT_KEY)`: the shapes of the token and its neighbours, and the small values above.
 * The features are a function of the key alone, so their sums can be kept by it.
 */
export function contextKey(s: SentenceInfo, w: WordTable, i: number, prev: number, key: Int32Array): void {
  const n = s.length;
  const entry = s.entry;
  key[0] = i > 0 ? w.shapeOf(entry[i - 1]) : PAD_BEFORE_HASH;
  key[1] = w.shapeOf(entry[i]);
  key[2] = i + 1 < n ? w.shapeOf(entry[i + 1]) : PAD_AFTER_HASH;
  const gm = i > 0 ? s.gaz[i - 1] : -1;
  const gp = i + 1 < n ? s.gaz[i + 1] : -1;
  key[3] = s.run[i] | (prev << K_PREV) | ((i === 0 ? 1 : i === 1 ? 2 : 0) << K_FIRST) | (s.style << K_STYLE) |
    (s.gaz[i] << K_GAZ) | ((gm + 1) << K_GAZ_M1) | ((gp + 1) << K_GAZ_P1);
}

/**
 * The features the cached sums leave out that depend on the shapes around a token, its position,
 * line style, gazetteer marks and the previous tag, listed from its `contextKey` as
 * `residualFeatures` lists its own (same return value).
 */
export function contextFeatures(key: Int32Array, plus: Int32Array, minus: Int32Array): number {
  const shape = key[1];
  const packed = key[3];
  const first = (packed >>> K_FIRST) & 3;
  const style = (packed >>> K_STYLE) & 3;
  const prev = (packed >>> K_PREV) & 31;
  const g = (packed >>> K_GAZ) & 7;
  const gm = ((packed >>> K_GAZ_M1) & 15) - 1;
  const gp = ((packed >>> K_GAZ_P1) & 15) - 1;
  let p = 0;
  let m = 0;
  plus[p++] = feat2(T.ShapeM1S0, key[0], shape);
  plus[p++] = feat2(T.ShapeS0P1, shape, key[2]);
  plus[p++] = feat(T.Run, packed & 255);
  if (first !== 0) {
    plus[p++] = feat2(T.First, first, shape);
    minus[m++] = feat2(T.First, 0, shape);
  }
  if (style !== 0) {
    plus[p++] = feat2(T.StyleShape, style, shape);
    minus[m++] = feat2(T.StyleShape, 0, shape);
  }
  if (g !== 0) {
    plus[p++] = feat(T.Gaz, g);
    minus[m++] = feat(T.Gaz, 0);
  }
  if (gm !== 0 || g !== 0) {
    plus[p++] = feat2(T.GazM1, gm, g);
    minus[m++] = feat2(T.GazM1, 0, 0);
  }
  if (gp !== 0 || g !== 0) {
    plus[p++] = feat2(T.GazP1, gp, g);
    minus[m++] = feat2(T.GazP1, 0, 0);
  }
  if (prev !== 0) {
    plus[p++] = feat2(T.PrevTagShape, prev, shape);
    minus[m++] = feat2(T.PrevTagShape, 0, shape);
  }
  return p * 256 + m;
}

/** Features of the previous two tags, and the bias. */
export function transitionFeatures(prev: number, prev2: number, out: Int32Array, at: number): number {
  out[at++] = feat(T.Bias, 0);
  out[at++] = feat(T.PrevTag, prev);
  out[at++] = feat2(T.Prev2Tags, prev, prev2);
  return at;
}

/**
 * What the document says about a word: per lower-case word hash, the classes it was tagged
 * with so far; and the contexts it occurs in anywhere in the document (`recordContexts`).
 */
export class DocumentMemory {
  private keys = new Int32Array(1024);
  private counts = new Uint16Array(1024 * 5); // per class + 1 for "outside"
  private used = 0;
  /** Per slot, a word's key and its context bits side by side: a probe reads one cache line. */
  private contexts = new Int32Array(2 * 4096);
  private contextUsed = 0;
  /**
   * The slots taken in `keys` and in `contexts` (at most half of each table), so that a new
   * document clears those only: a document uses a few hundred slots of tables that have
   * thousands, and more after a long document.
   */
  private taken = new Int32Array(512);
  private contextTaken = new Int32Array(2048);

  reset(): void {
    for (let k = 0; k < this.used; k++) {
      const p = this.taken[k];
      this.keys[p] = 0;
      for (let c = 0; c < 5; c++) this.counts[p * 5 + c] = 0;
    }
    this.used = 0;
    for (let k = 0; k < this.contextUsed; k++) {
      const p = this.contextTaken[k];
      this.contexts[2 * p] = 0;
      this.contexts[2 * p + 1] = 0;
    }
    this.contextUsed = 0;
  }

  private slot(key: number, insert: boolean): number {
    const k = key === 0 ? 1 : key;
    const mask = this.keys.length - 1;
    let p = fmix(k) & mask;
    for (;;) {
      const v = this.keys[p];
      if (v === k) return p;
      if (v === 0) {
        if (!insert) return -1;
        this.keys[p] = k;
        this.taken[this.used++] = p;
        return p;
      }
      p = (p + 1) & mask;
    }
  }

  record(word: number, cls: number): void {
    if (this.used * 2 >= this.keys.length) this.rehash();
    const p = this.slot(word, true);
    const c = p * 5 + cls + 1;
    if (this.counts[c] < 65535) this.counts[c]++;
  }

  /** The most frequent class of `word` so far (-1 = outside), or -2 when unseen. */
  best(word: number): number {
    const p = this.slot(word, false);
    if (p < 0) return -2;
    let best = -2;
    let bestCount = 0;
    for (let c = 0; c < 5; c++) {
      const v = this.counts[p * 5 + c];
      if (v > bestCount) {
        bestCount = v;
        best = c - 1;
      }
    }
    return best;
  }

  private rehash(): void {
    const oldKeys = this.keys;
    const oldCounts = this.counts;
    this.keys = new Int32Array(oldKeys.length * 2);
    this.counts = new Uint16Array(this.keys.length * 5);
    this.taken = new Int32Array(oldKeys.length);
    this.used = 0;
    for (let p = 0; p < oldKeys.length; p++) {
      if (oldKeys[p] === 0) continue;
      const q = this.slot(oldKeys[p], true);
      for (let c = 0; c < 5; c++) this.counts[q * 5 + c] = oldCounts[p * 5 + c];
    }
  }

  /** Adds context bits (C_*) to `word`'s record for the document. */
  addContext(word: number, bits: number): void {
    const k = word === 0 ? 1 : word;
    if (this.contextUsed * 4 >= this.contexts.length) {
      const old = this.contexts;
      this.contexts = new Int32Array(old.length * 2);
      this.contextTaken = new Int32Array(old.length / 2);
      this.contextUsed = 0;
      for (let p = 0; p < old.length; p += 2) if (old[p] !== 0) this.addContext(old[p], old[p + 1]);
    }
    const contexts = this.contexts;
    const mask = contexts.length / 2 - 1;
    let p = fmix(k) & mask;
    for (;;) {
      const v = contexts[2 * p];
      if (v === k) {
        contexts[2 * p + 1] |= bits;
        return;
      }
      if (v === 0) {
        contexts[2 * p] = k;
        contexts[2 * p + 1] = bits;
        this.contextTaken[this.contextUsed++] = p;
        return;
      }
      p = (p + 1) & mask;
    }
  }

  /** The context bits of `word` over the whole document. */
  context(word: number): number {
    const k = word === 0 ? 1 : word;
    const contexts = this.contexts;
    const mask = contexts.length / 2 - 1;
    let p = fmix(k) & mask;
    for (;;) {
      const v = contexts[2 * p];
      if (v === k) return contexts[2 * p + 1];
      if (v === 0) return 0;
      p = (p + 1) & mask;
    }
  }
}

/** Context bits: where a word occurs in the document (any occurrence). */
export const C_LOWER = 1; // in lower case
const C_MID = 2; // capitalized, not first in its sentence
const C_AFTER_CAP = 4; // right after a capitalized word
const C_BEFORE_CAP = 8; // right before a capitalized word
const C_AFTER_TITLE = 16; // after a title ("Mr.", "President")
const C_SAID = 32; // before "said", "says", "told"
const C_LOC_CUE = 64; // after "in", "at", "from", "near"
const C_THE = 128; // after "the"
const C_NUMBER = 256; // before a number
const SAID = new Set(['said', 'says', 'told', 'added', 'say'].map(hashString));
const LOC_CUES = new Set(['in', 'at', 'from', 'near', 'to'].map(hashString));
const THE = hashString('the');

/** The F_FUNCTION, F_LOC_CUE, F_SAID and F_THE flags of a word with lower-case hash `lower`. */
function cueFlags(lower: number): number {
  return (FUNCTION_WORDS.has(lower) ? F_FUNCTION : 0) | (LOC_CUES.has(lower) ? F_LOC_CUE : 0) | (SAID.has(lower) ? F_SAID : 0) |
    (lower === THE ? F_THE : 0);
}

/** Records the contexts of the words of sentence `s` (before tagging the document). */
export function recordContexts(s: SentenceInfo, w: WordTable, memory: DocumentMemory): void {
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const fl = s.flags[i];
    const lower = w.lowerOf(s.entry[i]);
    if (fl & F_LOWER) {
      memory.addContext(lower, C_LOWER);
      continue;
    }
    if ((fl & (F_CAP | F_ALLCAPS)) === 0 || s.style !== 0) continue;
    let bits = 0;
    if (i > 0) {
      bits |= C_MID;
      const before = s.flags[i - 1];
      if (before & F_CAP) bits |= C_AFTER_CAP;
      if (before & F_TITLE) bits |= C_AFTER_TITLE;
      const wordBefore = w.flagsOf(s.entry[i - 1]);
      if (wordBefore & F_LOC_CUE) bits |= C_LOC_CUE;
      else if (wordBefore & F_THE) bits |= C_THE;
    }
    if (i + 1 < n) {
      const after = s.flags[i + 1];
      if (after & F_CAP) bits |= C_BEFORE_CAP;
      if (after & F_DIGIT) bits |= C_NUMBER;
      if (w.flagsOf(s.entry[i + 1]) & F_SAID) bits |= C_SAID;
    }
    memory.addContext(lower, bits);
  }
}

/** Features of the tags chosen so far (beyond the previous two) and of the document's memory. */
export function dynamicFeatures(s: SentenceInfo, w: WordTable, i: number, prev: number, memory: DocumentMemory, out: Int32Array, at: number): number {
  const e = s.entry[i];
  out[at++] = feat2(T.PrevTagShape, prev, w.shapeOf(e));
  out[at++] = feat2(T.PrevTagLower, prev, w.lowerOf(e));
  const fl = s.flags[i];
  if (fl & (F_CAP | F_ALLCAPS)) at = memoryFeatures(w, e, fl, s.style, memory, out, at);
  return at;
}

/**
 * Features of what the document says about a capitalized word. Whether it also writes the word
 * in lower case is told apart by the line's style: in a headline, where every word is
 * capitalized, that is most of what tells a common word from a name.
 */
function memoryFeatures(w: WordTable, e: number, fl: number, style: number, memory: DocumentMemory, out: Int32Array, at: number): number {
  return memoryFeaturesOf(memoryKey(w, e, fl, style, memory), w.shapeOf(e), out, at);
}

/*
 * A memory key packs what `memoryFeatures` reads besides the word's shape: the word's most frequent
 * class so far + 2 (3 bits), its document contexts (9 bits), the line style (2 bits) and the
 * token's capitalization (2 bits).
 */
const K_CONTEXT = 3;
const K_LINE = 12;
const K_CAPS = 14;

/** What `memoryFeatures` of capitalized word `e` in a line of `style` read, but its shape: see above. */
export function memoryKey(w: WordTable, e: number, fl: number, style: number, memory: DocumentMemory): number {
  const lower = w.lowerOf(e);
  return (memory.best(lower) + 2) | (memory.context(lower) << K_CONTEXT) | (style << K_LINE) | ((fl & (F_CAP | F_ALLCAPS)) << K_CAPS);
}

/** The features of `memoryFeatures`, from a word's `memoryKey` and its shape. */
export function memoryFeaturesOf(key: number, shape: number, out: Int32Array, at: number): number {
  const h = (key & 7) - 2;
  const context = (key >>> K_CONTEXT) & 511;
  const style = (key >>> K_LINE) & 3;
  out[at++] = feat(T.History, h);
  out[at++] = feat2(T.HistoryShape, h, shape);
  out[at++] = feat2(T.LowerSeen, (context & C_LOWER) + 2 * style, key >>> K_CAPS);
  out[at++] = feat(T.DocContext, context);
  out[at++] = feat2(T.DocContextShape, context, shape);
  return at;
}

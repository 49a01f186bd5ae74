/**
 * Greedy left-to-right BILOU tagger over our own tokens: per token, the features of the token, its
 * neighbours and the tags chosen so far are scored by a linear model (an averaged perceptron),
 * and the best tag that keeps the BILOU sequence valid wins.
 *
 * At run time, only a token that starts with a capital letter may start a name (in CoNLL-2003
 * train, 88 of 23,499 names start otherwise); every other token outside a name is tagged O
 * unscored. That skips about four tokens in five. Training scores them all, and updates against
 * the best tag overall, allowed or not (+1 F1 on CoNLL dev over constrained updates): so the
 * scores of disallowed tags mean something, and a name the greedy decoder opened can be closed
 * one token back when the next token scores better outside it ("… Center Thursday").
 *
 * Two ways to score, with equal results: a generic one that lists the features of each token
 * (training, where the weights change), and a cached one for fixed weights (`SparseModel`): the
 * sums of the features that depend on one word only (the word itself, or the word as the left or
 * right neighbour) are kept per distinct word, those of the features of shapes, position, tags
 * and document memory by the few values they are computed from, so a token costs a few additions
 * plus a lookup per feature that combines words.
 */
import { tokenize, type Token } from '../../text/tokens';
import { SumCache } from './sumCache';
import {
  CHOICES, CONTEXT_KEY, DocumentMemory, F_ALLCAPS, F_CAP, M1, M2, MAX_DYNAMIC, MAX_GROUP, MAX_RESIDUAL, MAX_STATIC, MAX_TRANSITION, MAX_VECTOR, NUM_TAGS, P1, P2,
  PAD_AFTER, PAD_BEFORE, POS_B, POS_L, POS_U, START, SentenceInfo, WordTable, constantFeatures, contextFeatures, contextKey, dynamicFeatures, isOpen,
  makeTag, memoryFeaturesOf, memoryKey, neighbourVectorFeatures, recordContexts, residualFeatures, staticFeatures, tagClass, tagPos, transitionFeatures,
  wordVectorFeatures,
} from './features';

/** Adds the weights of features `feats[0, n)` to `scores` (length NUM_TAGS, zeroed by the caller). */
export interface Scorer {
  score(feats: Int32Array, n: number, scores: Float64Array): void;
}

/** A scorer with fixed weights, which the tagger may cache sums of. */
export interface FixedScorer extends Scorer {
  /** The largest absolute weight. */
  readonly maxWeight: number;
  /** Adds the weights of feature `feature` to `out[at, at + NUM_TAGS)`. */
  add(feature: number, out: Int32Array, at: number): void;
  /** Adds the weights of features `plus[0, p)` to `out[at, at + NUM_TAGS)` (`at` 0 by default) and subtracts those of `minus[0, m)`. */
  addDifference(plus: Int32Array, p: number, minus: Int32Array, m: number, out: Int32Array, at?: number): void;
}

export interface TaggerSentence {
  readonly tokens: readonly Token[];
  readonly taken: ReadonlySet<number>;
}

/** Called per scored token during training: the features, the chosen tag and the gold tag. */
export type Learner = (feats: Int32Array, n: number, predicted: number, gold: number) => void;

/** A tagged name: sentence index, first and last token, class index (see CLASSES). */
export interface TaggedSpan {
  sentence: number;
  first: number;
  last: number;
  cls: number;
}

/** Cached vectors per word: the word itself, then as the neighbour M1, P1, M2, P2 of a token. */
const VECTORS = 5;
const NEIGHBOURS = [M1, P1, M2, P2];
const STRIDE = VECTORS * NUM_TAGS;
/**
 * Vector slots before the words' (word entry `e` has slot `e + PADS`): the pads are words of the
 * table too, PAD_AFTER (-2) at slot 0 and PAD_BEFORE (-1) at slot 1, so that a token at a sentence's
 * edge sums its neighbours' vectors like any other.
 */
const PADS = 2;
/**
 * The first sum of a vector not computed yet. No sum is this low: the constructor checks that
 * every sum fits in ±0x7fff. So a vector tells itself whether it is computed, and asking reads
 * the line that scoring reads next, not a separate table.
 */
const UNSET = -0x8000;
/** Sentence buffers kept between documents. */
const KEPT_SENTENCES = 1024;

export class Tagger {
  private readonly words: WordTable;
  private readonly infos: SentenceInfo[] = [];
  private readonly memory = new DocumentMemory();
  private readonly feats = new Int32Array(Math.max(MAX_STATIC + MAX_DYNAMIC + MAX_TRANSITION, MAX_RESIDUAL));
  private readonly scores = new Float64Array(NUM_TAGS);
  private tags = new Uint8Array(256);
  private featureCount = 0;
  // The cached scorer.
  private readonly fixed: FixedScorer | undefined;
  private readonly intScores = new Int32Array(NUM_TAGS);
  private readonly minus = new Int32Array(MAX_RESIDUAL);
  /**
   * Per word slot (see PADS), its VECTORS cached sums (or UNSET), in 16 bits: half the memory of
   * 32, and memory is what scoring mostly waits on (a rare word's vectors are cache misses). The
   * sums fit: the constructor checks that MAX_VECTOR weights of the largest size do (136 * 15 for ours).
   */
  private vectors = new Int16Array(0);
  /** A vector's or a group's sums in 32 bits, before they are stored in 16. */
  private readonly wideSum = new Int32Array(NUM_TAGS);
  private readonly transitions = new Int32Array((START + 1) * (START + 1) * NUM_TAGS);
  /** Sums of `contextFeatures` by `contextKey`, and of `memoryFeaturesOf` by memory key and shape. */
  private readonly contextSums = new SumCache(CONTEXT_KEY, 8192);
  private readonly contextKey = new Int32Array(CONTEXT_KEY);
  private readonly memorySums = new SumCache(2, 4096);
  private readonly memoryKey = new Int32Array(2);

  constructor(private readonly scorer: Scorer, options: { cached?: boolean } = {}) {
    this.words = new WordTable();
    const fixed = scorer as Partial<FixedScorer>;
    if (options.cached !== false && typeof fixed.add === 'function') {
      this.fixed = fixed as FixedScorer;
      if (this.fixed.maxWeight * Math.max(MAX_VECTOR, MAX_GROUP) > 0x7fff) throw new Error(`entity tagger: weights up to ${this.fixed.maxWeight} overflow 16-bit sums`);
      this.precompute();
    }
  }

  private precompute(): void {
    const fixed = this.fixed!;
    const feats = this.feats;
    const sum = (n: number, out: Int32Array, at: number) => {
      for (let f = 0; f < n; f++) fixed.add(feats[f], out, at);
    };
    for (let p = 0; p <= START; p++) {
      for (let p2 = 0; p2 <= START; p2++) {
        const at = (p * (START + 1) + p2) * NUM_TAGS;
        sum(transitionFeatures(p, p2, feats, 0), this.transitions, at);
        sum(constantFeatures(feats, 0), this.transitions, at);
      }
    }
  }

  /**
   * The offset in `vectors` of word entry `e`'s vector `k` (0 the word itself, then as the
   * neighbour M1, P1, M2, P2; a pad only as a neighbour), computed on first use: a rare word is
   * mostly seen as a neighbour only, so its other vectors are never summed.
   */
  private vectorOf(e: number, k: number): number {
    const slot = e + PADS;
    const slots = this.vectors.length / STRIDE;
    if (slot >= slots) {
      let size = Math.max(1024, slots);
      while (size <= slot) size *= 2;
      const vectors = new Int16Array(size * STRIDE).fill(UNSET);
      vectors.set(this.vectors);
      this.vectors = vectors;
    }
    const at = slot * STRIDE + k * NUM_TAGS;
    if (this.vectors[at] === UNSET) {
      const fixed = this.fixed!;
      const feats = this.feats;
      const v = this.vectors;
      const sum = this.wideSum;
      sum.fill(0);
      const n = k === 0 ? wordVectorFeatures(this.words, e, feats, 0) : neighbourVectorFeatures(this.words, e, NEIGHBOURS[k - 1], feats, 0);
      for (let f = 0; f < n; f++) fixed.add(feats[f], sum, 0);
      for (let t = 0; t < NUM_TAGS; t++) v[at + t] = sum[t];
    }
    return at;
  }

  /**
   * Tags a document's sentences. With `gold` (tags per sentence) and `learn`, calls `learn` for
   * every scored token, for training; the chosen tags still drive the document memory, as at run
   * time.
   */
  tag(sentences: readonly TaggerSentence[], gold?: readonly Uint8Array[], learn?: Learner): TaggedSpan[] {
    // Training scores every token: learning that lower-case words are not names helps the
    // weights of the features they share with capitalized ones (+1 F1 on CoNLL dev).
    const gateOff = learn !== undefined;
    if (this.words.trim()) this.vectors.fill(UNSET);
    const memory = this.memory;
    memory.reset();
    while (this.infos.length < sentences.length) this.infos.push(new SentenceInfo());
    const words = this.words;
    for (let s = 0; s < sentences.length; s++) {
      const info = this.infos[s];
      info.fill(sentences[s].tokens, sentences[s].taken, words);
      recordContexts(info, words, memory);
    }
    const out: TaggedSpan[] = [];
    const fast = this.fixed !== undefined && learn === undefined;
    for (let s = 0; s < sentences.length; s++) {
      const info = this.infos[s];
      const n = info.length;
      if (this.tags.length < n) this.tags = new Uint8Array(n * 2);
      const tags = this.tags;
      const goldTags = gold?.[s];
      let prev = START;
      let prev2 = START;
      for (let i = 0; i < n; i++) {
        let best = 0;
        if (gateOff || isOpen(prev) || (info.flags[i] & (F_CAP | F_ALLCAPS)) !== 0) {
          let scores: Float64Array | Int32Array;
          if (fast) scores = this.scoreCached(info, i, prev, prev2);
          else {
            const feats = this.feats;
            let k = staticFeatures(info, words, i, feats, 0);
            k = transitionFeatures(prev, prev2, feats, k);
            k = dynamicFeatures(info, words, i, prev, memory, feats, k);
            this.featureCount = k;
            scores = this.scores;
            scores.fill(0);
            this.scorer.score(feats, k, scores);
          }
          const last = i === n - 1;
          best = choose(scores, prev, last);
          if (learn && goldTags) {
            // Learn against every tag, allowed here or not, so that the scores of the others
            // stay meaningful for the repair below.
            let any = 0;
            for (let t = 1; t < NUM_TAGS; t++) if (scores[t] > scores[any]) any = t;
            learn(this.feats, this.featureCount, any, goldTags[i]);
          }
          else if (isOpen(prev)) {
            // Greedy BILOU must go on with a name it has opened; when the token scores better as
            // outside it (or as a new name), close the name at the previous token instead.
            const fresh = choose(scores, START, last);
            if (scores[fresh] > scores[best]) {
              tags[i - 1] = closeTag(tags[i - 1]);
              prev = tags[i - 1];
              best = fresh;
            }
          }
        }
        tags[i] = best;
        prev2 = prev;
        prev = best;
      }
      // Spans, and the document memory for later sentences.
      let open = -1;
      for (let i = 0; i < n; i++) {
        const t = tags[i];
        if (info.flags[i] & (F_CAP | F_ALLCAPS)) memory.record(words.lowerOf(info.entry[i]), tagClass(t));
        if (t === 0) continue;
        const pos = tagPos(t);
        if (pos === POS_U) out.push({ sentence: s, first: i, last: i, cls: tagClass(t) });
        else if (pos === POS_L) {
          if (open >= 0) out.push({ sentence: s, first: open, last: i, cls: tagClass(t) });
          open = -1;
        } else if (pos === POS_B) open = i;
      }
    }
    // Keep the sentence buffers of a usual document, not all those of the longest one seen.
    if (this.infos.length > KEPT_SENTENCES) this.infos.length = KEPT_SENTENCES;
    return out;
  }

  /** The scores of token `i` from the cached word vectors and group sums plus the remaining features. */
  private scoreCached(info: SentenceInfo, i: number, prev: number, prev2: number): Int32Array {
    const scores = this.intScores;
    const n = info.length;
    const entry = info.entry;
    const self = this.vectorOf(entry[i], 0);
    // Each vectorOf call may grow the array: read it afterwards.
    const m1 = this.vectorOf(i > 0 ? entry[i - 1] : PAD_BEFORE, 1);
    const p1 = this.vectorOf(i + 1 < n ? entry[i + 1] : PAD_AFTER, 2);
    const m2 = this.vectorOf(i > 1 ? entry[i - 2] : PAD_BEFORE, 3);
    const p2 = this.vectorOf(i + 2 < n ? entry[i + 2] : PAD_AFTER, 4);
    contextKey(info, this.words, i, prev, this.contextKey);
    const context = this.groupSum(this.contextSums, this.contextKey, contextFeatures);
    const contextSums = this.contextSums.sums;
    const v = this.vectors;
    const tr = (prev * (START + 1) + prev2) * NUM_TAGS;
    const transitions = this.transitions;
    for (let t = 0; t < NUM_TAGS; t++) {
      scores[t] = v[self + t] + v[m1 + t] + v[p1 + t] + v[m2 + t] + v[p2 + t] + transitions[tr + t] + contextSums[context + t];
    }
    const fl = info.flags[i];
    if (fl & (F_CAP | F_ALLCAPS)) {
      const e = entry[i];
      this.memoryKey[0] = memoryKey(this.words, e, fl, info.style, this.memory);
      this.memoryKey[1] = this.words.shapeOf(e);
      const memory = this.groupSum(this.memorySums, this.memoryKey, memoryGroupFeatures);
      const memorySums = this.memorySums.sums;
      for (let t = 0; t < NUM_TAGS; t++) scores[t] += memorySums[memory + t];
    }
    const plus = this.feats;
    const minus = this.minus;
    const counts = residualFeatures(info, this.words, i, prev, plus, minus);
    this.fixed!.addDifference(plus, counts >>> 8, minus, counts & 255, scores);
    return scores;
  }

  /** The offset in `cache.sums` of the sums of the features that `list` lists from `key`, summed if not cached. */
  private groupSum(cache: SumCache, key: Int32Array, list: (key: Int32Array, plus: Int32Array, minus: Int32Array) => number): number {
    const at = cache.find(key);
    if (at >= 0) return at;
    const counts = list(key, this.feats, this.minus);
    const sum = this.wideSum;
    sum.fill(0);
    this.fixed!.addDifference(this.feats, counts >>> 8, this.minus, counts & 255, sum);
    cache.sums.set(sum, ~at);
    return ~at;
  }
}

/** `memoryFeaturesOf` as a group of `groupSum`: from the key [memoryKey, shape]; nothing to subtract. */
function memoryGroupFeatures(key: Int32Array, plus: Int32Array): number {
  return memoryFeaturesOf(key[0], key[1], plus, 0) * 256;
}

/** The best tag allowed after `prev` (and able to end the sentence if `last`). */
function choose(scores: Float64Array | Int32Array, prev: number, last: boolean): number {
  const tags = CHOICES[2 * prev + (last ? 1 : 0)];
  let best = 0;
  let bestScore = -Infinity;
  for (let k = 0; k < tags.length; k++) {
    const t = tags[k];
    if (scores[t] > bestScore) {
      bestScore = scores[t];
      best = t;
    }
  }
  return best;
}

/** The tag that ends a name opened with `tag`: B → U, I → L. */
function closeTag(tag: number): number {
  return tagPos(tag) === POS_B ? makeTag(tagClass(tag), POS_U) : makeTag(tagClass(tag), POS_L);
}

/** A text that exercises every feature template: headline, dateline, gazetteer names, titles, figures. */
const PROBE = `POLICE CHIEF QUITS IN OSLO
LONDON 1996-08-30
Foreign Minister Maria Lindqvist of the Royal Thai Police said on Monday that 57 Thais, Reuters' staff and U.S. Army
officers (including Ivan Okafor-Smith) had left; Okafor-Smith's lawyer, Mr. O'Neill, told the BBC in New York.`;

/** FNV-1a over 32-bit values: `h` folded with `value`. */
export function fnv(h: number, value: number): number {
  return Math.imul(h ^ value, 16777619);
}
export const FNV_OFFSET = 0x811c9dc5 | 0;

/**
 * A hash of the features the tagger extracts from `documents` (each a list of sentences) in
 * training mode, where every token is scored: no weights, so every chosen tag is O; nothing is
 * learned. It changes when the tokens, the tokens taken by dates and figures, feature code,
 * hashing or word lists change.
 */
export function hashFeatures(documents: Iterable<readonly TaggerSentence[]>, h = FNV_OFFSET): number {
  const recorder: Scorer = {
    score(feats, n) {
      for (let f = 0; f < n; f++) h = fnv(h, feats[f]);
    },
  };
  const tagger = new Tagger(recorder, { cached: false });
  for (const sentences of documents) tagger.tag(sentences, sentences.map((s) => new Uint8Array(s.tokens.length)), () => undefined);
  return h >>> 0;
}

/**
 * `hashFeatures` of a fixed text that exercises every feature template, so that weights trained
 * for other features are caught (the weights store the fingerprint they were trained with; a unit
 * test compares).
 */
export function featureFingerprint(): number {
  const sentences = PROBE.split('\n').map((line, k) => {
    const start = PROBE.split('\n').slice(0, k).reduce((sum, l) => sum + l.length + 1, 0);
    const tokens = tokenize(PROBE, start, start + line.length);
    const taken = new Set<number>();
    tokens.forEach((t, i) => /^\d/.test(t.text) && taken.add(i));
    return { tokens, taken };
  });
  return hashFeatures([sentences]);
}

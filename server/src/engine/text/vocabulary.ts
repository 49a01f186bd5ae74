/**
 * Every distinct token text seen, each kept once: its id (a token's `form`), its text and lower
 * case as strings, and the FNV-1a hash of its text. The tokenizer interns each token as it reads
 * it, so a word's strings are made once, not once per token (no slice and no lower-case copy per
 * token; Set and Map lookups on them find their hash already computed), and the entity tagger
 * indexes what it knows of a word by the id instead of hashing the token again.
 *
 * The vocabulary is forgotten when it outgrows its capacity (a new generation), between two
 * tokenizer calls only. A token keeps the id it was given; `formOf` checks it against the
 * current generation and interns the text again when it is stale.
 */

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 16777619;

/** Texts of up to this many ASCII characters are their own key. */
const SHORT = 12;

/** Strings from this length on are slices that keep their whole document alive (V8's SlicedString). */
const SLICE_MIN = 13;

export class Vocabulary {
  /** Distinct texts held; ids are `0 .. size - 1`. */
  size = 0;
  /** Counts the times the vocabulary was forgotten: ids of another generation mean other texts. */
  generation = 0;
  /** Per id its text, then its lower case (side by side: a token reads both). */
  private strings: string[] = [];
  /** Per id: the hash of its text, where its characters start in `chars` (long-table texts only: `holds` compares them), and how many (one cache line holds several). */
  private data = new Int32Array(3 * 1024);
  /** The characters of the long table's texts. */
  private chars = new Uint16Array(8192);
  private charsUsed = 0;
  /** Open addressing for texts of up to SHORT ASCII characters: per slot the text as three keys and its id (-1 = empty). */
  private short = emptySlots(4, 4096);
  private shortUsed = 0;
  /** Open addressing for other texts: per slot the text's hash and its id (-1 = empty). */
  private long = emptySlots(2, 2048);
  private longUsed = 0;

  /**
   * 65,536 texts: the words of about 10,000 news articles. Forgetting is costly (each word's strings,
   * hashes, tagger features and vectors are made again as it comes back), and 32,768 forgot them every
   * 2,000 articles or so; the price is about 12 MB more per engine (half of it the tagger's word vectors).
   */
  constructor(private readonly capacity = 1 << 16) {}

  textOf(id: number): string | undefined {
    return this.strings[2 * id];
  }
  lowerOf(id: number): string {
    return this.strings[2 * id + 1];
  }
  /** FNV-1a over the text's UTF-16 code units. */
  hashOf(id: number): number {
    return this.data[3 * id];
  }

  /** Forgets every text if it holds more than its capacity (call only between documents' tokens). */
  trim(): void {
    if (this.size <= this.capacity) return;
    this.size = 0;
    this.generation++;
    this.strings = [];
    this.charsUsed = 0;
    // Not kept at the size of the longest text seen (an opaque 5 MB token).
    if (this.chars.length > 1 << 20) this.chars = new Uint16Array(8192);
    this.short.fill(-1);
    this.shortUsed = 0;
    this.long.fill(-1);
    this.longUsed = 0;
  }

  /** The id of `text[start, end)`, added if new. */
  intern(text: string, start: number, end: number): number {
    const len = end - start;
    if (len > SHORT) return this.internLong(text, start, end);
    // Up to SHORT ASCII characters, 7 bits each, four to a key, and the length: the keys are the text itself.
    let k0 = 0;
    let k1 = 0;
    let k2 = len << 28;
    for (let j = 0; j < len; j++) {
      const c = text.charCodeAt(start + j);
      if (c > 127) return this.internLong(text, start, end);
      if (j < 4) k0 |= c << (7 * j);
      else if (j < 8) k1 |= c << (7 * (j - 4));
      else k2 |= c << (7 * (j - 8));
    }
    const slots = this.short;
    const mask = (slots.length >> 2) - 1;
    let s = shortHash(k0, k1, k2) & mask;
    for (;;) {
      const id = slots[4 * s + 3];
      if (id < 0) break;
      if (slots[4 * s] === k0 && slots[4 * s + 1] === k1 && slots[4 * s + 2] === k2) return id;
      s = (s + 1) & mask;
    }
    const id = this.add(text.slice(start, end), fnv(text, start, end), -1);
    slots[4 * s] = k0;
    slots[4 * s + 1] = k1;
    slots[4 * s + 2] = k2;
    slots[4 * s + 3] = id;
    if (++this.shortUsed * 2 > slots.length >> 2) this.short = rehash(slots, 4, (k) => shortHash(slots[k], slots[k + 1], slots[k + 2]));
    return id;
  }

  /** `intern` of a text longer than SHORT or not ASCII, by its hash. */
  private internLong(text: string, start: number, end: number): number {
    const h = fnv(text, start, end);
    const slots = this.long;
    const mask = (slots.length >> 1) - 1;
    let s = fmix(h) & mask;
    for (;;) {
      const id = slots[2 * s + 1];
      if (id < 0) break;
      if (slots[2 * s] === h && this.holds(id, text, start, end)) return id;
      s = (s + 1) & mask;
    }
    const at = this.store(text, start, end);
    const id = this.add(end - start < SLICE_MIN ? text.slice(start, end) : copyOf(this.chars, at, at + end - start), h, at);
    slots[2 * s] = h;
    slots[2 * s + 1] = id;
    if (++this.longUsed * 4 > slots.length) this.long = rehash(slots, 2, (k) => fmix(slots[k]));
    return id;
  }

  /** The id of `token`'s text in this generation: its `form` when that is still its text, else interned again. */
  formOf(token: { readonly text: string; readonly form: number }): number {
    const text = token.text;
    return this.strings[2 * token.form] === text ? token.form : this.intern(text, 0, text.length);
  }

  private holds(id: number, text: string, start: number, end: number): boolean {
    const len = end - start;
    const d = 3 * id;
    if (this.data[d + 2] !== len) return false;
    const chars = this.chars;
    const at = this.data[d + 1] - start;
    for (let k = start; k < end; k++) if (chars[at + k] !== text.charCodeAt(k)) return false;
    return true;
  }

  /**
   * A new id for a text with its string `kept` and its FNV-1a `hash`; `at` is where its characters
   * start in `chars` (-1 for a text of the short table, whose keys are its characters: `holds`
   * never reads it).
   */
  private add(kept: string, hash: number, at: number): number {
    const id = this.size++;
    if (3 * this.size > this.data.length) {
      const data = new Int32Array(this.data.length * 2);
      data.set(this.data);
      this.data = data;
    }
    const d = 3 * id;
    this.data[d] = hash;
    this.data[d + 1] = at;
    this.data[d + 2] = kept.length;
    this.strings.push(kept, kept.toLowerCase());
    return id;
  }

  /** Copies `text[start, end)` into `chars`: where it starts there. */
  private store(text: string, start: number, end: number): number {
    const len = end - start;
    if (this.charsUsed + len > this.chars.length) {
      let size = this.chars.length * 2;
      while (this.charsUsed + len > size) size *= 2;
      const chars = new Uint16Array(size);
      chars.set(this.chars.subarray(0, this.charsUsed));
      this.chars = chars;
    }
    const at = this.charsUsed;
    const chars = this.chars;
    for (let k = 0; k < len; k++) chars[at + k] = text.charCodeAt(start + k);
    this.charsUsed = at + len;
    return at;
  }
}

/** FNV-1a over `text[start, end)`. */
function fnv(text: string, start: number, end: number): number {
  let h = FNV_OFFSET;
  for (let k = start; k < end; k++) h = Math.imul(h ^ text.charCodeAt(k), FNV_PRIME);
  return h;
}

/** A table of `slots` slots of `width` fields, each empty (every field -1). */
function emptySlots(width: number, slots: number): Int32Array {
  return new Int32Array(width * slots).fill(-1);
}

function shortHash(k0: number, k1: number, k2: number): number {
  return fmix(k0 ^ Math.imul(k1, 0x9e3779b1) ^ Math.imul(k2, 0x85ebca77));
}

/** `slots` (of `width` fields, the id last) in a table twice its size; `hash(k)` of the slot at field `k`. */
function rehash(slots: Int32Array, width: number, hash: (k: number) => number): Int32Array {
  const grown = emptySlots(width, (2 * slots.length) / width);
  const mask = grown.length / width - 1;
  for (let k = 0; k < slots.length; k += width) {
    if (slots[k + width - 1] < 0) continue;
    let s = hash(k) & mask;
    while (grown[s * width + width - 1] >= 0) s = (s + 1) & mask;
    for (let f = 0; f < width; f++) grown[s * width + f] = slots[k + f];
  }
  return grown;
}

/** A string of its own (not a slice of a document) with the code units `chars[from, to)`. */
function copyOf(chars: Uint16Array, from: number, to: number): string {
  const parts: string[] = [];
  for (let p = from; p < to; p += 4096) parts.push(String.fromCharCode.apply(null, chars.subarray(p, Math.min(to, p + 4096)) as unknown as number[]));
  return parts.length === 1 ? parts[0] : parts.join('');
}

/** murmur3's finalizer: a good 32-bit mix. */
export function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h;
}

/** The vocabulary the tokenizer interns into and the tagger reads. */
export const VOCABULARY = new Vocabulary();

/** What `WordProperty` computes a word's value from: a token of it. */
interface WordToken {
  readonly text: string;
  readonly lower: string;
  readonly kind: number;
  readonly form: number;
}

/**
 * A property of a word (a number from 0 to 254) that a reader asks of every token: computed from
 * the first token of each distinct text and kept by its id in the vocabulary. Asking it again
 * reads a byte, not the token's strings, which for a rare word are a cache miss.
 */
export class WordProperty<T extends WordToken = WordToken> {
  /** Per id, the value + 1; 0 = not computed yet. */
  private values = new Uint8Array(1024);
  private generation: number;

  constructor(private readonly compute: (token: T) => number, private readonly vocabulary: Vocabulary = VOCABULARY) {
    this.generation = vocabulary.generation;
  }

  of(token: T): number {
    const vocabulary = this.vocabulary;
    if (this.generation !== vocabulary.generation) {
      this.generation = vocabulary.generation;
      this.values.fill(0);
    }
    const form = vocabulary.formOf(token);
    if (form >= this.values.length) {
      let size = this.values.length * 2;
      while (size <= form) size *= 2;
      const values = new Uint8Array(size);
      values.set(this.values);
      this.values = values;
    }
    const known = this.values[form];
    if (known !== 0) return known - 1;
    const value = this.compute(token);
    this.values[form] = value + 1;
    return value;
  }
}

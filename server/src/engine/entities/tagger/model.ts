/**
 * The tagger's weights: a compact byte format (written by the training script, shipped base64 in
 * `weights.ts`) and the run-time table it is decoded into.
 *
 * Format (little endian): "NLT2", hash bits (u8), tags (u8), step (f32), rows (u32), feature
 * fingerprint (u32, see `featureFingerprint`), then per row
 * the bucket delta to the previous row (varint), a bit mask of the tags with a non-zero weight
 * (varint), and per set bit the weight in steps (zigzag varint, 16 bits at most):
 * weight = value * step. Perceptron weights are near-integers, so a coarse step loses nothing.
 *
 * At run time the rows live in a dense Int16Array of `tags` weights per row, found through a
 * bit set of the buckets with a row (a rank query): a feature costs two small-table reads and
 * `tags` additions.
 */
import { MAX_RESIDUAL, NUM_TAGS } from './features';
import type { FixedScorer } from './tagger';

const MAGIC = [0x4e, 0x4c, 0x54, 0x32]; // NLT2
const HEADER = 18;

export interface EncodedModel {
  base64: string;
  rows: number;
  bytes: number;
  step: number;
}

/**
 * Encodes averaged weights `w` (dense, 2^bits rows of NUM_TAGS) in units of `step`. Rows whose
 * feature was seen fewer than `minCount` times in training, and weights that round to zero, are
 * dropped.
 */
export function encodeModel(w: Float32Array, bits: number, counts: Uint32Array, minCount: number, fingerprint: number, step = 0.25): EncodedModel {
  const n = 1 << bits;
  const bytes: number[] = [...MAGIC, bits, NUM_TAGS, ...new Array<number>(HEADER - 6).fill(0)];
  const varint = (v: number) => {
    let x = v >>> 0;
    while (x >= 0x80) {
      bytes.push((x & 0x7f) | 0x80);
      x >>>= 7;
    }
    bytes.push(x);
  };
  let rows = 0;
  let previous = -1;
  const q = new Int32Array(NUM_TAGS);
  for (let b = 0; b < n; b++) {
    if (counts[b] < minCount) continue;
    let mask = 0;
    for (let t = 0; t < NUM_TAGS; t++) {
      const v = Math.max(-32767, Math.min(32767, Math.round(w[b * NUM_TAGS + t] / step)));
      q[t] = v;
      if (v !== 0) mask |= 1 << t;
    }
    if (mask === 0) continue;
    varint(b - previous);
    varint(mask);
    for (let t = 0; t < NUM_TAGS; t++) if (mask & (1 << t)) varint(q[t] < 0 ? -2 * q[t] - 1 : 2 * q[t]);
    previous = b;
    rows++;
  }
  const out = Uint8Array.from(bytes);
  const view = new DataView(out.buffer);
  view.setFloat32(6, step, true);
  view.setUint32(10, rows, true);
  view.setUint32(14, fingerprint >>> 0, true);
  return { base64: toBase64(out), rows, bytes: out.length, step };
}

/** The decoded weights, as a scorer. */
export class SparseModel implements FixedScorer {
  /**
   * Per 32 buckets: a bit set of the buckets that have a row, then the number of rows before
   * them. A bucket's row is found by counting bits (a rank query): no hashing, no probing.
   */
  private readonly index: Int32Array;
  private readonly weights: Int16Array;
  private readonly shift: number;
  /** `addDifference`'s rows, per feature. */
  private readonly found = new Int32Array(2 * MAX_RESIDUAL);
  readonly step: number;
  readonly rows: number;
  readonly maxWeight: number;
  /** `featureFingerprint()` of the features the weights were trained with. */
  readonly fingerprint: number;

  constructor(data: Uint8Array) {
    for (let i = 0; i < MAGIC.length; i++) if (data[i] !== MAGIC[i]) throw new Error('entity tagger weights: bad format');
    const bits = data[4];
    if (data[5] !== NUM_TAGS) throw new Error(`entity tagger weights: ${data[5]} tags, expected ${NUM_TAGS}`);
    const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
    this.step = view.getFloat32(6, true);
    this.rows = view.getUint32(10, true);
    this.fingerprint = view.getUint32(14, true);
    this.shift = 32 - bits;
    this.index = new Int32Array(2 * Math.max(1, (1 << bits) >>> 5));
    this.weights = new Int16Array(this.rows * NUM_TAGS);
    let p = HEADER;
    const varint = () => {
      let x = 0;
      let shift = 0;
      for (;;) {
        const byte = data[p++];
        x |= (byte & 0x7f) << shift;
        if (byte < 0x80) return x >>> 0;
        shift += 7;
      }
    };
    let bucket = -1;
    let maxWeight = 0;
    for (let r = 0; r < this.rows; r++) {
      bucket += varint();
      const tagMask = varint();
      for (let t = 0; t < NUM_TAGS; t++) {
        if ((tagMask & (1 << t)) === 0) continue;
        const z = varint();
        const weight = z & 1 ? -((z + 1) >>> 1) : z >>> 1;
        this.weights[r * NUM_TAGS + t] = weight;
        maxWeight = Math.max(maxWeight, Math.abs(weight));
      }
      this.index[2 * (bucket >>> 5)] |= 1 << (bucket & 31);
    }
    this.maxWeight = maxWeight;
    let before = 0;
    for (let w = 0; w < this.index.length; w += 2) {
      this.index[w + 1] = before;
      before += popcount(this.index[w]);
    }
  }

  /** The offset of feature `feature`'s weights in `weights`, or -1 when the model has none. */
  private row(feature: number): number {
    const bucket = feature >>> this.shift;
    const w = (bucket >>> 5) << 1;
    const set = this.index[w];
    const bit = 1 << (bucket & 31);
    if ((set & bit) === 0) return -1;
    return (this.index[w + 1] + popcount(set & (bit - 1))) * NUM_TAGS;
  }

  score(feats: Int32Array, n: number, scores: Float64Array): void {
    const weights = this.weights;
    for (let f = 0; f < n; f++) {
      const row = this.row(feats[f]);
      if (row < 0) continue;
      for (let t = 0; t < NUM_TAGS; t++) scores[t] += weights[row + t];
    }
  }

  add(feature: number, out: Int32Array, at: number): void {
    const row = this.row(feature);
    if (row < 0) return;
    const weights = this.weights;
    for (let t = 0; t < NUM_TAGS; t++) out[at + t] += weights[row + t];
  }

  /**
   * All rows are found before any is read: the reads of the bit set, then those of the weights,
   * do not wait on each other (a token's residual features are cache misses, mostly).
   */
  addDifference(plus: Int32Array, p: number, minus: Int32Array, m: number, out: Int32Array, at = 0): void {
    const rows = this.found;
    for (let f = 0; f < p; f++) rows[f] = this.row(plus[f]);
    for (let f = 0; f < m; f++) rows[p + f] = this.row(minus[f]);
    const weights = this.weights;
    for (let f = 0; f < p + m; f++) {
      const row = rows[f];
      if (row < 0) continue;
      if (f < p) for (let t = 0; t < NUM_TAGS; t++) out[at + t] += weights[row + t];
      else for (let t = 0; t < NUM_TAGS; t++) out[at + t] -= weights[row + t];
    }
  }
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export function toBase64(data: Uint8Array): string {
  const parts: string[] = [];
  let chunk = '';
  for (let i = 0; i < data.length; i += 3) {
    const a = data[i];
    const b = i + 1 < data.length ? data[i + 1] : 0;
    const c = i + 2 < data.length ? data[i + 2] : 0;
    chunk += ALPHABET[a >> 2] + ALPHABET[((a & 3) << 4) | (b >> 4)] +
      (i + 1 < data.length ? ALPHABET[((b & 15) << 2) | (c >> 6)] : '=') + (i + 2 < data.length ? ALPHABET[c & 63] : '=');
    // Stryker disable next-line ConditionalExpression,EqualityOperator: chunks only spare one long string being built; joined, the text is the same
    if (chunk.length > 65536) {
      parts.push(chunk);
      chunk = '';
    }
  }
  parts.push(chunk);
  return parts.join('');
}

export function fromBase64(text: string): Uint8Array {
  const lookup = new Uint8Array(128);
  for (let i = 0; i < ALPHABET.length; i++) lookup[ALPHABET.charCodeAt(i)] = i;
  let len = text.length;
  while (len > 0 && text.charCodeAt(len - 1) === 61 /* = */) len--;
  const out = new Uint8Array(Math.floor((len * 3) / 4));
  let o = 0;
  for (let i = 0; i < len; i += 4) {
    const a = lookup[text.charCodeAt(i)];
    const b = lookup[text.charCodeAt(i + 1)];
    const c = i + 2 < len ? lookup[text.charCodeAt(i + 2)] : 0;
    const d = i + 3 < len ? lookup[text.charCodeAt(i + 3)] : 0;
    out[o++] = (a << 2) | (b >> 4);
    if (o < out.length) out[o++] = ((b & 15) << 4) | (c >> 2);
    if (o < out.length) out[o++] = ((c & 3) << 6) | d;
  }
  return out;
}

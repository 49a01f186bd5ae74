/**
 * Trains the entity tagger (an averaged perceptron over hashed features, greedy BILOU decoding)
 * on the CoNLL++ train split and writes the weights module
 * server/src/engine/entities/tagger/weights.ts. Deterministic: fixed document order shuffled by a
 * seeded generator, no other randomness.
 *
 *   npm run train:ner                      # train on train, score dev, write the weights
 *   node out/test/eval/ner/train.js --holdout   # train on 90% of train, score the other 10%
 *
 * Options: --epochs N, --bits B (hash space 2^B), --seed S, --no-write, --holdout, --min-count N,
 * --step X (quantization step of the shipped weights), --first-title P, --title P, --caps P (rates
 * of training sentences rewritten as headlines: see `augmentHeadlines`).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CLASSES, NUM_TAGS } from '../../../server/src/engine/entities/tagger/features';
import { Tagger, featureFingerprint, type Scorer } from '../../../server/src/engine/entities/tagger/tagger';
import { SparseModel, encodeModel, fromBase64 } from '../../../server/src/engine/entities/tagger/model';
import { augmentHeadlines, bareEnd, loadConll, type ConllDocument, type HeadlineRates, type LoadStats } from './data';

const REPO = path.resolve(__dirname, '../../../..');
const CORPUS = path.resolve(REPO, '../shared/corpus');
const WEIGHTS = path.join(REPO, 'server', 'src', 'engine', 'entities', 'tagger', 'weights.ts');

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}
const flag = (name: string) => process.argv.includes(name);

/** Averaged perceptron over a dense hashed weight table (training only). */
export class Perceptron implements Scorer {
  readonly w: Float32Array;
  readonly u: Float64Array; // sum of c * update, for averaging (Daumé's trick)
  readonly counts: Uint32Array;
  c = 1;
  readonly shift: number;

  constructor(readonly bits: number) {
    this.w = new Float32Array((1 << bits) * NUM_TAGS);
    this.u = new Float64Array((1 << bits) * NUM_TAGS);
    this.counts = new Uint32Array(1 << bits);
    this.shift = 32 - bits;
  }

  score(feats: Int32Array, n: number, scores: Float64Array): void {
    addRows(this.w, this.shift, feats, n, scores);
  }

  update(feats: Int32Array, n: number, predicted: number, gold: number): void {
    for (let f = 0; f < n; f++) {
      const b = feats[f] >>> this.shift;
      if (this.counts[b] < 0xffffffff) this.counts[b]++;
    }
    if (predicted !== gold) {
      for (let f = 0; f < n; f++) {
        const row = (feats[f] >>> this.shift) * NUM_TAGS;
        this.w[row + gold] += 1;
        this.u[row + gold] += this.c;
        this.w[row + predicted] -= 1;
        this.u[row + predicted] -= this.c;
      }
    }
    this.c++;
  }

  /** The averaged weights. */
  average(): Float32Array {
    const avg = new Float32Array(this.w.length);
    for (let i = 0; i < avg.length; i++) avg[i] = this.w[i] - this.u[i] / this.c;
    return avg;
  }
}

/** Adds each feature's row of tag weights (a dense table indexed by the feature hash's top bits) to `scores`. */
function addRows(w: Float32Array, shift: number, feats: Int32Array, n: number, scores: Float64Array): void {
  for (let f = 0; f < n; f++) {
    const row = (feats[f] >>> shift) * NUM_TAGS;
    for (let t = 0; t < NUM_TAGS; t++) scores[t] += w[row + t];
  }
}

/** A fixed-weight scorer over a dense table (for scoring the averaged weights). */
export class DenseScorer implements Scorer {
  private readonly shift: number;
  constructor(readonly w: Float32Array, bits: number) {
    this.shift = 32 - bits;
  }
  score(feats: Int32Array, n: number, scores: Float64Array): void {
    addRows(this.w, this.shift, feats, n, scores);
  }
}

/** A small seeded generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(items: T[], rand: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}

const CONLL = ['PER', 'ORG', 'LOC', 'MISC'];

/** Exact-span scores of the tagger alone (no rules) on `docs`, per CoNLL type and micro over PER/ORG/LOC. */
export function scoreTagger(tagger: Tagger, docs: readonly ConllDocument[]): Record<string, { p: number; r: number; f: number }> {
  const tp = new Map<string, number>();
  const np = new Map<string, number>();
  const ng = new Map<string, number>();
  const inc = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  for (const doc of docs) {
    const spans = tagger.tag(doc.sentences);
    const predicted = new Set<string>();
    for (const sp of spans) {
      const tokens = doc.sentences[sp.sentence].tokens;
      const start = tokens[sp.first].start;
      const end = tokens[sp.last].start + bareEnd(tokens[sp.last].text);
      const type = CONLL[sp.cls];
      predicted.add(`${type}:${start}:${end}`);
      inc(np, type);
    }
    for (const g of doc.entities) {
      inc(ng, g.type);
      if (predicted.has(`${g.type}:${g.start}:${g.end}`)) inc(tp, g.type);
    }
  }
  const out: Record<string, { p: number; r: number; f: number }> = {};
  const prf = (t: number, p: number, g: number) => {
    const precision = p ? t / p : 0;
    const recall = g ? t / g : 0;
    return { p: precision, r: recall, f: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
  };
  let T = 0, P = 0, G = 0;
  for (const type of CONLL) {
    out[type] = prf(tp.get(type) ?? 0, np.get(type) ?? 0, ng.get(type) ?? 0);
    if (type !== 'MISC') {
      T += tp.get(type) ?? 0;
      P += np.get(type) ?? 0;
      G += ng.get(type) ?? 0;
    }
  }
  out.micro3 = prf(T, P, G);
  return out;
}

function format(scores: Record<string, { p: number; r: number; f: number }>): string {
  return Object.entries(scores).map(([k, v]) => `${k} ${(v.f * 100).toFixed(2)} (P ${(v.p * 100).toFixed(1)} R ${(v.r * 100).toFixed(1)})`).join(' | ');
}

function main(): void {
  const epochs = option('--epochs', 20);
  const bits = option('--bits', 20);
  const minCount = option('--min-count', 1);
  const holdout = flag('--holdout');
  const started = Date.now();
  const stats: LoadStats = { documents: 0, tokens: 0, entities: 0, misaligned: 0, crossSentence: 0, takenTokens: 0 };
  let train = loadConll(path.join(CORPUS, 'ner', 'conllpp_train_docs.jsonl'), stats);
  let dev: ConllDocument[];
  if (holdout) {
    const cut = Math.floor(train.length * 0.9);
    dev = train.slice(cut);
    train = train.slice(0, cut);
  } else {
    dev = loadConll(path.join(CORPUS, 'ner', 'conllpp_dev_docs.jsonl'));
  }
  const rates = { firstTitle: option('--first-title', 0.5), title: option('--title', 0.1), caps: option('--caps', 0.03) };
  augmentHeadlines(train, rates, random(option('--seed', 20240611) ^ 0x5eed));
  console.log(`train: ${JSON.stringify(stats)}; headlines ${JSON.stringify(rates)}; loaded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const model = new Perceptron(bits);
  const learner = new Tagger(model);
  const rand = random(option('--seed', 20240611));
  const order = train.slice();
  const learn = (feats: Int32Array, n: number, predicted: number, gold: number) => model.update(feats, n, predicted, gold);
  for (let epoch = 1; epoch <= epochs; epoch++) {
    const t0 = Date.now();
    shuffle(order, rand);
    for (const doc of order) learner.tag(doc.sentences, doc.gold, learn);
    const avg = model.average();
    const scores = scoreTagger(new Tagger(new DenseScorer(avg, bits)), dev);
    console.log(`epoch ${epoch} (${((Date.now() - t0) / 1000).toFixed(1)} s): ${format(scores)}`);
  }
  const avg = model.average();
  console.log(`trained in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (flag('--no-write') || holdout) return;
  const encoded = encodeModel(avg, bits, model.counts, minCount, featureFingerprint(), option('--step', 0.25));
  console.log(`model: ${encoded.rows} rows, ${encoded.bytes} bytes (${encoded.base64.length} base64 characters), step ${encoded.step}`);
  console.log(`shipped weights on dev: ${format(scoreTagger(new Tagger(new SparseModel(fromBase64(encoded.base64))), dev))}`);
  fs.writeFileSync(WEIGHTS, weightsModule(encoded.base64, epochs, bits, minCount, rates));
  console.log(`written ${path.relative(REPO, WEIGHTS)}`);
}

function weightsModule(base64: string, epochs: number, bits: number, minCount: number, rates: HeadlineRates): string {
  const lines = [
    '// Generated by `npm run train:ner` (test/eval/ner/train.ts): do not edit.',
    `// Averaged perceptron, ${epochs} epochs on the CoNLL++ train split, hash space 2^${bits}, min count ${minCount}.`,
    `// Sentences rewritten as headlines: first lines in title case ${rates.firstTitle}, others in title case ${rates.title}, in capitals ${rates.caps}.`,
    `// Classes: ${CLASSES.join(', ')}. Learned weights only: no text or name list of the corpus.`,
    '/* eslint-disable */',
    'export const WEIGHTS =',
  ];
  const chunk = 16000;
  for (let i = 0; i < base64.length; i += chunk) lines.push(`  '${base64.slice(i, i + chunk)}'${i + chunk < base64.length ? ' +' : ';'}`);
  return lines.join('\n') + '\n';
}

if (require.main === module) main();

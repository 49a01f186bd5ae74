/**
 * Trains the entity tagger (an averaged perceptron over hashed features, greedy BILOU decoding)
 * on the CoNLL++ train split and writes the weights module
 * server/src/engine/entities/tagger/weights.ts, and what they were trained from to
 * test/eval/ner/trained.json (see test/engine/taggerTraining.test.ts). Deterministic: fixed
 * document order shuffled by a seeded generator, no other randomness; the training documents are
 * read by the engine's own first pass (`readSentences`), so the same source gives the same weights.
 *
 *   npm run train:ner                      # train on train, score dev, write the weights
 *   npm run check:ner                      # train as train:ner does; fail unless the weights are the shipped ones
 *   node out/test/eval/ner/train.js --holdout   # train on 90% of train, score the other 10%
 *
 * Options (the shipped weights use `DEFAULTS`): --epochs N, --orders K (shuffled orders averaged), --bits B (hash space 2^B), --seed S,
 * --no-write, --check, --holdout, --min-count N, --step X (quantization step of the shipped
 * weights), --first-title P, --title P, --caps P (rates of training sentences rewritten as
 * headlines: see `augmentHeadlines`).
 */
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CLASSES, NUM_TAGS } from '../../../server/src/engine/entities/tagger/features';
import { Tagger, featureFingerprint, type Scorer } from '../../../server/src/engine/entities/tagger/tagger';
import { SparseModel, encodeModel, fromBase64, type EncodedModel } from '../../../server/src/engine/entities/tagger/model';
import { WEIGHTS as SHIPPED } from '../../../server/src/engine/entities/tagger/weights';
import { bareEnd, loadConll, loadTrainingSet, random, trainingSetFingerprint, type ConllDocument, type HeadlineRates, type LoadStats } from './data';

const REPO = path.resolve(__dirname, '../../../..');
const CORPUS = path.resolve(REPO, '../shared/corpus');
const WEIGHTS = path.join(REPO, 'server', 'src', 'engine', 'entities', 'tagger', 'weights.ts');
export const TRAIN_FILE = path.join(CORPUS, 'ner', 'conllpp_train_docs.jsonl');
export const RECORD = path.join(REPO, 'test', 'eval', 'ner', 'trained.json');

export interface TrainOptions {
  readonly epochs: number;
  /** Shuffled orders of the training documents, each trained apart; their weights are averaged. */
  readonly orders: number;
  /** Hash space 2^bits. */
  readonly bits: number;
  readonly seed: number;
  /** Rows of features seen fewer times are dropped from the shipped weights. */
  readonly minCount: number;
  /** Quantization step of the shipped weights. */
  readonly step: number;
  readonly rates: HeadlineRates;
}

/** The options of the shipped weights (`npm run train:ner`). */
export const DEFAULTS: TrainOptions = { epochs: 20, orders: 3, bits: 20, seed: 20240611, minCount: 1, step: 0.25, rates: { firstTitle: 0.5, title: 0.1, caps: 0.03 } };

/** What the shipped weights were trained from, written next to them (test/eval/ner/trained.json). */
export interface TrainingRecord {
  readonly options: TrainOptions;
  /** `trainingSetFingerprint` of the training documents, hex. */
  readonly trainingSet: string;
  /** `smallRun` of the trainer, hex. */
  readonly smallRun: string;
  /** SHA-256 of the weights' base64, hex. */
  readonly weights: string;
}

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

/** The training documents of `options`: CoNLL++ train, read as `analyzeDocument` reads text, some sentences as headlines. */
export function trainingSet(options: TrainOptions = DEFAULTS, stats?: LoadStats): ConllDocument[] {
  return loadTrainingSet(TRAIN_FILE, options.rates, options.seed, stats);
}

/** Averaged weights and how often each feature row was seen. */
export interface Trained {
  readonly weights: Float32Array;
  readonly counts: Uint32Array;
}

/**
 * Trains a perceptron on `docs` per shuffled order (`orders` of them, from `seed`, `seed + 1`, …)
 * and averages their weights: how well one order happens to end says less about the weights then.
 * `onEpoch` sees each order's averaged weights after each epoch.
 */
export function train(docs: readonly ConllDocument[], options: Pick<TrainOptions, 'epochs' | 'bits' | 'seed' | 'orders'>, onEpoch?: (order: number, epoch: number, avg: Float32Array) => void): Trained {
  const weights = new Float32Array((1 << options.bits) * NUM_TAGS);
  const counts = new Uint32Array(1 << options.bits);
  for (let k = 0; k < options.orders; k++) {
    const model = new Perceptron(options.bits);
    const learner = new Tagger(model);
    const rand = random(options.seed + k);
    const order = docs.slice();
    const learn = (feats: Int32Array, n: number, predicted: number, gold: number) => model.update(feats, n, predicted, gold);
    for (let epoch = 1; epoch <= options.epochs; epoch++) {
      shuffle(order, rand);
      for (const doc of order) learner.tag(doc.sentences, doc.gold, learn);
      onEpoch?.(k + 1, epoch, model.average());
    }
    const avg = model.average();
    for (let i = 0; i < weights.length; i++) weights[i] += avg[i] / options.orders;
    for (let i = 0; i < counts.length; i++) counts[i] = Math.min(0xffffffff, counts[i] + model.counts[i]);
  }
  return { weights, counts };
}

/** The weights to ship: rows seen fewer than `minCount` times dropped, quantized. */
export function encode(trained: Trained, options: Pick<TrainOptions, 'bits' | 'minCount' | 'step'>): EncodedModel {
  return encodeModel(trained.weights, options.bits, trained.counts, options.minCount, featureFingerprint(), options.step);
}

/** Documents and epochs of `smallRun`. */
const SMALL_RUN = { documents: 40, epochs: 2, bits: 16 };

/**
 * A hash of the weights of a small training run (a few documents of `docs`, two epochs, a small
 * hash space): it changes when the trainer does, in a second rather than the minute a full run takes.
 */
export function smallRun(docs: readonly ConllDocument[], options: TrainOptions = DEFAULTS): string {
  const trained = train(docs.slice(0, SMALL_RUN.documents), { epochs: SMALL_RUN.epochs, bits: SMALL_RUN.bits, seed: options.seed, orders: options.orders });
  return sha256(encode(trained, { bits: SMALL_RUN.bits, minCount: options.minCount, step: options.step }).base64);
}

export function sha256(text: string): string {
  return crypto.createHash('sha256').update(text).digest('hex');
}

function main(): void {
  const options: TrainOptions = {
    epochs: option('--epochs', DEFAULTS.epochs),
    orders: option('--orders', DEFAULTS.orders),
    bits: option('--bits', DEFAULTS.bits),
    seed: option('--seed', DEFAULTS.seed),
    minCount: option('--min-count', DEFAULTS.minCount),
    step: option('--step', DEFAULTS.step),
    rates: { firstTitle: option('--first-title', DEFAULTS.rates.firstTitle), title: option('--title', DEFAULTS.rates.title), caps: option('--caps', DEFAULTS.rates.caps) },
  };
  const holdout = flag('--holdout');
  const started = Date.now();
  const stats: LoadStats = { documents: 0, tokens: 0, entities: 0, misaligned: 0, crossSentence: 0, takenTokens: 0 };
  let docs = trainingSet(options, stats);
  let dev: ConllDocument[];
  if (holdout) {
    const cut = Math.floor(docs.length * 0.9);
    dev = docs.slice(cut);
    docs = docs.slice(0, cut);
  } else {
    dev = loadConll(path.join(CORPUS, 'ner', 'conllpp_dev_docs.jsonl'));
  }
  console.log(`train: ${JSON.stringify(stats)}; headlines ${JSON.stringify(options.rates)}; loaded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  let t0 = Date.now();
  const trained = train(docs, options, (order, epoch, avg) => {
    const scores = scoreTagger(new Tagger(new DenseScorer(avg, options.bits)), dev);
    console.log(`order ${order} epoch ${epoch} (${((Date.now() - t0) / 1000).toFixed(1)} s): ${format(scores)}`);
    t0 = Date.now();
  });
  console.log(`trained in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (holdout) return;
  const encoded = encode(trained, options);
  console.log(`model: ${encoded.rows} rows, ${encoded.bytes} bytes (${encoded.base64.length} base64 characters), step ${encoded.step}`);
  console.log(`shipped weights on dev: ${format(scoreTagger(new Tagger(new SparseModel(fromBase64(encoded.base64))), dev))}`);
  if (flag('--check')) {
    const same = encoded.base64 === SHIPPED;
    console.log(same ? 'the weights are the shipped ones' : 'the weights differ from the shipped ones: run npm run train:ner and commit them');
    process.exitCode = same ? 0 : 1;
    return;
  }
  if (flag('--no-write')) return;
  fs.writeFileSync(WEIGHTS, weightsModule(encoded.base64, options));
  const record: TrainingRecord = {
    options,
    trainingSet: trainingSetFingerprint(docs).toString(16),
    smallRun: smallRun(docs, options),
    weights: sha256(encoded.base64),
  };
  fs.writeFileSync(RECORD, JSON.stringify(record, null, 2) + '\n');
  console.log(`written ${path.relative(REPO, WEIGHTS)} and ${path.relative(REPO, RECORD)}`);
}

function weightsModule(base64: string, { epochs, bits, minCount, rates }: TrainOptions): string {
  const lines = [
    '// Generated by `npm run train:ner` (test/eval/ner/train.ts): do not edit. What they were trained from: test/eval/ner/trained.json.',
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

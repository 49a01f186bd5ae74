/**
 * The shipped tagger weights can be rebuilt from this source: `npm run train:ner` wrote them with
 * test/eval/ner/trained.json, the record of what they were trained from. A full training run takes
 * a minute or more, so these tests check its inputs and its trainer instead: the training set as
 * the current engine reads it (tokens, tokens taken by dates and figures, features, gold tags),
 * and a small training run. With both unchanged the trainer, being deterministic, gives the same
 * weights (`npm run check:ner` runs it in full). They need the corpus (../shared/corpus).
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { WEIGHTS } from '../../server/src/engine/entities/tagger/weights';
import { trainingSetFingerprint, type ConllDocument } from '../eval/ner/data';
import { DEFAULTS, RECORD, TRAIN_FILE, sha256, smallRun, trainingSet, type TrainingRecord } from '../eval/ner/train';

const RETRAIN = 'else: npm run train:ner, and commit the weights with test/eval/ner/trained.json';

describe('entity tagger training (npm run train:ner)', function () {
  this.timeout(120_000);
  let record: TrainingRecord;
  let docs: ConllDocument[];

  before(function () {
    record = JSON.parse(fs.readFileSync(RECORD, 'utf8')) as TrainingRecord;
    if (!fs.existsSync(TRAIN_FILE)) this.skip(); // no corpus on this machine
    docs = trainingSet();
  });

  it('shipped the weights it wrote, with its default options', () => {
    assert.equal(sha256(WEIGHTS), record.weights, `weights.ts is not what train:ner wrote (${RETRAIN})`);
    assert.deepEqual(record.options, DEFAULTS, `the weights were trained with other options than npm run train:ner's (${RETRAIN})`);
  });

  it('reads the training set as it was when the weights were trained', () => {
    assert.equal(trainingSetFingerprint(docs).toString(16), record.trainingSet, `the engine now reads the training text otherwise (${RETRAIN})`);
  });

  it('trains as it did, the same each time', () => {
    const run = smallRun(docs);
    assert.equal(smallRun(docs), run, 'two runs differ');
    assert.equal(run, record.smallRun, `the trainer has changed (${RETRAIN})`);
  });
});

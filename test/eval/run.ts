/**
 * `npm run eval`: how well the engine reads real news, scored against ../shared/corpus (read at run
 * time, never copied): entities (CoNLL++ dev, ECB+), killed/injured figures (our hand annotation of
 * 139 gun-violence articles), consistency findings per real event, our table of number-reading cases
 * (numbers section), our paraphrased stories (two outlets, one event, different words: disagreements
 * flagged and traps kept quiet) and the extraction throughput.
 * Prints a table and writes test-results/eval.json, plus every consistency finding (locations and
 * messages, no article text) to test-results/eval-findings.json for a person to judge.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { CORPUS, REPO } from '../support/paths';
import { evaluateEntities, formatEntityTable, measureThroughput } from './entities';
import { evaluateFigures, formatFigureTable } from './figures';
import { evaluateConsistency, formatConsistencyTable } from './consistency';
import { readEcbPlus, readGva, readReuters, readReutersStories } from './beatCorpus';
import { evaluateChangedFigures, formatChangedFigureTable } from './changedFigures';
import { evaluateStories, formatStoryTable } from './stories';
import { evaluateNumbers, formatNumbersTable } from './numbers';
import { formatParaphraseRow, scoreParaphrases } from './paraphrases';

/** Articles of the bulk text used for the throughput figure: the first N of the GVA file. */
const THROUGHPUT_ARTICLES = 2000;
/** Reuters wires in the changed-figure test: every 7th wire of each beat and split, at most 150 each. */
const REUTERS_PER_BEAT = 150;
const REUTERS_STRIDE = 7;
/** Same-day Reuters wire stories on one company in the noise measure. */
const REUTERS_STORIES = 150;

function bulkSample(n: number): string[] {
  const lines = zlib.gunzipSync(fs.readFileSync(path.join(CORPUS, 'bulk', 'gva_docs.jsonl.gz'))).toString('utf8').split('\n');
  const texts: string[] = [];
  for (const line of lines) {
    if (texts.length >= n) break;
    if (!line) continue;
    const text = (JSON.parse(line) as { text: string }).text;
    if (text) texts.push(text);
  }
  return texts;
}

async function main(): Promise<void> {
  if (!fs.existsSync(CORPUS)) {
    console.log(`No corpus at ${CORPUS}: nothing to evaluate.`);
    return;
  }
  const started = Date.now();
  const entities = await evaluateEntities(CORPUS);
  const figures = evaluateFigures(CORPUS, REPO);
  const consistency = evaluateConsistency(CORPUS, REPO);
  const ecbplus = readEcbPlus(CORPUS);
  const changed = evaluateChangedFigures([...readReuters(CORPUS, REUTERS_PER_BEAT, REUTERS_STRIDE), ...ecbplus, ...readGva(CORPUS)]);
  const ecbStories = [...new Set(ecbplus.map((a) => a.story))].map((story) => ecbplus.filter((a) => a.story === story));
  // Most ECB+ articles carry no date, so their figures all compare as one day's: the dated ones alone show the noise a dated desk meets.
  const datedStories = ecbStories.map((s) => s.filter((a) => a.date)).filter((s) => s.length >= 2);
  const noise = [
    evaluateStories('ECB+ clusters', ecbStories), evaluateStories('ECB+ clusters, dated articles only', datedStories),
    evaluateStories('Reuters same-day wires on one company', readReutersStories(CORPUS, REUTERS_STORIES)),
  ];
  const sample = bulkSample(THROUGHPUT_ARTICLES);
  const throughput = measureThroughput(sample);
  const numbers = evaluateNumbers(sample);
  const paraphraseRoot = path.join(REPO, 'test', 'engine', 'fixtures', 'paraphrases');
  const paraphrases = { tuned: await scoreParaphrases(path.join(paraphraseRoot, 'tuned')), heldOut: await scoreParaphrases(path.join(paraphraseRoot, 'held-out')) };
  console.log(formatEntityTable(entities));
  console.log('');
  console.log(formatFigureTable(figures));
  console.log('');
  console.log(formatConsistencyTable(consistency));
  console.log('');
  console.log(formatChangedFigureTable(changed));
  console.log('');
  console.log(formatStoryTable(noise));
  console.log('');
  console.log(formatNumbersTable(numbers));
  console.log('');
  console.log(formatParaphraseRow('tuned', paraphrases.tuned));
  console.log(formatParaphraseRow('held out', paraphrases.heldOut));
  console.log('');
  console.log(`Throughput: analyzeDocument on the first ${THROUGHPUT_ARTICLES} GVA bulk articles (${(throughput.characters / 1e6).toFixed(2)} M chars): ` +
    `${throughput.mbPerSecond} M chars/s of CPU time on one core (${throughput.wallMbPerSecond} wall)`);
  const out = path.join(REPO, 'test-results');
  fs.mkdirSync(out, { recursive: true });
  const { perEvent, ...consistencySummary } = consistency;
  const { errors, ...figureSummary } = figures;
  const { pairs, ...changedSummary } = changed;
  const noiseSummary = noise.map(({ findings, ...rest }) => rest);
  fs.writeFileSync(path.join(out, 'eval.json'), JSON.stringify({ date: new Date().toISOString(), entities, figures: figureSummary, consistency: consistencySummary, numbers, changedFigures: changedSummary, noise: noiseSummary, paraphrases, throughput }, null, 2));
  fs.writeFileSync(path.join(out, 'eval-findings.json'), JSON.stringify({ consistency: perEvent, figureErrors: errors, changedFigures: pairs, noise: noise.map((n) => ({ name: n.name, findings: n.findings })) }, null, 2));
  console.log(`\nWrote test-results/eval.json and test-results/eval-findings.json in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});

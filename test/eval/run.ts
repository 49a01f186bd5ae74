/**
 * `npm run eval`: how well the engine reads real news, scored against ../shared/corpus (read at run
 * time, never copied): entities (CoNLL++ dev, ECB+), killed/injured figures (our hand annotation of
 * 139 gun-violence articles), consistency findings per real event, our table of number-reading cases
 * (numbers section), and the extraction throughput.
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
import { evaluateNumbers, formatNumbersTable } from './numbers';

/** Articles of the bulk text used for the throughput figure: the first N of the GVA file. */
const THROUGHPUT_ARTICLES = 2000;

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
  const sample = bulkSample(THROUGHPUT_ARTICLES);
  const throughput = measureThroughput(sample);
  const numbers = evaluateNumbers(sample);
  console.log(formatEntityTable(entities));
  console.log('');
  console.log(formatFigureTable(figures));
  console.log('');
  console.log(formatConsistencyTable(consistency));
  console.log('');
  console.log(formatNumbersTable(numbers));
  console.log('');
  console.log(`Throughput: analyzeDocument on the first ${THROUGHPUT_ARTICLES} GVA bulk articles (${(throughput.characters / 1e6).toFixed(2)} M chars): ` +
    `${throughput.mbPerSecond} M chars/s of CPU time on one core (${throughput.wallMbPerSecond} wall)`);
  const out = path.join(REPO, 'test-results');
  fs.mkdirSync(out, { recursive: true });
  const { perEvent, ...consistencySummary } = consistency;
  const { errors, ...figureSummary } = figures;
  fs.writeFileSync(path.join(out, 'eval.json'), JSON.stringify({ date: new Date().toISOString(), entities, figures: figureSummary, consistency: consistencySummary, numbers, throughput }, null, 2));
  fs.writeFileSync(path.join(out, 'eval-findings.json'), JSON.stringify({ consistency: perEvent, figureErrors: errors }, null, 2));
  console.log(`\nWrote test-results/eval.json and test-results/eval-findings.json in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});

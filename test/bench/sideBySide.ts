/**
 * The engine of this build side by side with another build's, in one process:
 *
 *   node --expose-gc out/test/bench/sideBySide.js <other checkout, built> [articles=2000] [rounds=3]
 *
 * On a machine shared with other work, two benchmark runs minutes apart see different loads, so
 * their ratio says little. Here both engines analyse the same GVA articles in turns of 25 articles
 * (which one goes first alternating), and each sums the CPU time of its turns: a burst of load
 * from elsewhere falls on both alike. Both outputs are compared too (equal unless the change was
 * meant to change them).
 */
import * as os from 'node:os';
import * as path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { analyzeDocument } from '../../server/src/engine';
import { loadBulk } from './corpus';

type Analyze = typeof analyzeDocument;

const TURN = 25;

async function main(): Promise<void> {
  const [other, count = '2000', roundsArg = '3'] = process.argv.slice(2);
  if (!other) throw new Error('usage: sideBySide.js <other checkout, built> [articles] [rounds]');
  const theirs = (require(path.resolve(other, 'out/server/src/engine')) as { analyzeDocument: Analyze }).analyzeDocument;
  const engines: Array<[string, Analyze]> = [[path.resolve(other), theirs], ['this build', analyzeDocument]];
  const { gva } = await loadBulk();
  const n = Number(count);
  const rounds = Number(roundsArg);
  const articles = gva.slice(0, n);
  // Warm-up on other articles, so both JITs have seen every path.
  for (const a of gva.slice(n, n + 1500)) for (const [, analyze] of engines) analyze(a.text, { fallbackDate: a.date });
  let differ = 0;
  for (const a of articles) if (!isDeepStrictEqual(theirs(a.text, { fallbackDate: a.date }), analyzeDocument(a.text, { fallbackDate: a.date }))) differ++;
  const seconds = [0, 0];
  for (let r = 0; r < rounds; r++) {
    globalThis.gc?.();
    for (let from = 0, turn = 0; from < n; from += TURN, turn++) {
      const order = (turn + r) % 2 === 0 ? [0, 1] : [1, 0];
      for (const k of order) {
        const before = process.cpuUsage();
        for (const a of articles.slice(from, from + TURN)) engines[k][1](a.text, { fallbackDate: a.date });
        const used = process.cpuUsage(before);
        seconds[k] += (used.user + used.system) / 1e6;
      }
    }
  }
  const chars = articles.reduce((sum, a) => sum + a.text.length, 0) * rounds;
  for (let k = 0; k < 2; k++) console.log(`${engines[k][0]}: ${(chars / 1e6 / seconds[k]).toFixed(2)} M chars/s of CPU time`);
  console.log(`this build / other: ${(seconds[0] / seconds[1]).toFixed(3)}x the speed; ${differ} of ${n} analyses differ; load average ${os.loadavg().map((x) => x.toFixed(1)).join(' / ')}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

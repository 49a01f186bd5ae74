/**
 * The engine of this build side by side with another build's, in one process:
 *
 *   node --expose-gc out/test/bench/sideBySide.js <other checkout, built> [articles=2000] [rounds=3] [stage=analysis] [source=gva]
 *
 * On a machine shared with other work, two benchmark runs minutes apart see different loads, so
 * their ratio says little. Here both engines analyse the same articles in turns of 25 articles
 * (which one goes first alternating), and each sums the CPU time of its turns: a burst of load
 * from elsewhere falls on both alike. Both outputs are compared too (equal unless the change was
 * meant to change them).
 *
 * `stage` times one part alone: `analysis` (the whole `analyzeDocument`), `sentences` (the first
 * pass, `readSentences`: sentences, tokens, web furniture, figures, dates) or `entities`
 * (`recognizeEntities` on the sentences each build read beforehand, untimed). `source` picks the
 * bulk articles: `gva`, `reuters` (short business wires, dense with figures), `ecbplus`, or `mixed`
 * (the three interleaved, so every kind of copy is in the timed and the warm-up articles).
 */
import * as os from 'node:os';
import * as path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import * as engine from '../../server/src/engine';
import * as first from '../../server/src/engine/readSentences';
import * as meta from '../../server/src/engine/dates/articleMeta';
import * as entities from '../../server/src/engine/entities/recognize';
import { loadBulk, type Bulk, type BulkArticle } from './corpus';

/** The modules of one build that the stages call. */
interface Build {
  readonly engine: Pick<typeof engine, 'analyzeDocument'>;
  readonly first: Pick<typeof first, 'readSentences'>;
  readonly meta: Pick<typeof meta, 'readArticleMeta'>;
  readonly entities: Pick<typeof entities, 'recognizeEntities'>;
}

/** One stage of a build, ready to run on article `k` of the timed articles. */
type Run = (k: number) => unknown;

const STAGES: Record<string, (build: Build, articles: readonly BulkArticle[]) => Run> = {
  analysis: (b, articles) => (k) => b.engine.analyzeDocument(articles[k].text, { fallbackDate: articles[k].date }),
  sentences: (b, articles) => (k) => b.first.readSentences(articles[k].text, b.meta.readArticleMeta(articles[k].text)),
  entities: (b, articles) => {
    const read = articles.map((a) => b.first.readSentences(a.text, b.meta.readArticleMeta(a.text)).readings);
    return (k) => b.entities.recognizeEntities(articles[k].text, read[k]);
  },
};

const TURN = 25;

/** The bulk articles of one source, or of all three interleaved one by one. */
function articlesOf(bulk: Bulk, source: string): BulkArticle[] {
  if (source === 'gva' || source === 'reuters' || source === 'ecbplus') return bulk[source];
  if (source !== 'mixed') throw new Error(`unknown source ${source}: gva, reuters, ecbplus or mixed`);
  const lists = [bulk.gva, bulk.reuters, bulk.ecbplus];
  const mixed: BulkArticle[] = [];
  for (let i = 0; mixed.length < lists.reduce((n, l) => n + l.length, 0); i++) {
    for (const l of lists) if (i < l.length) mixed.push(l[i]);
  }
  return mixed;
}

function load(root: string): Build {
  const out = path.resolve(root, 'out/server/src/engine');
  return {
    engine: require(out) as Build['engine'],
    first: require(path.join(out, 'readSentences')) as Build['first'],
    meta: require(path.join(out, 'dates/articleMeta')) as Build['meta'],
    entities: require(path.join(out, 'entities/recognize')) as Build['entities'],
  };
}

async function main(): Promise<void> {
  const [other, count = '2000', roundsArg = '3', stage = 'analysis', source = 'gva'] = process.argv.slice(2);
  const makeRun = STAGES[stage];
  if (!other || !makeRun) throw new Error(`usage: sideBySide.js <other checkout, built> [articles] [rounds] [${Object.keys(STAGES).join('|')}]`);
  const builds: Array<[string, Build]> = [[path.resolve(other), load(other)], ['this build', { engine, first, meta, entities }]];
  const pool = articlesOf(await loadBulk(), source);
  const n = Number(count);
  const rounds = Number(roundsArg);
  const articles = pool.slice(0, n);
  // Warm-up on other articles, so both JITs have seen every path.
  const warmUp = pool.slice(n, n + 1500);
  for (const [, build] of builds) {
    const run = makeRun(build, warmUp);
    for (let k = 0; k < warmUp.length; k++) run(k);
  }
  const runs = builds.map(([, build]) => makeRun(build, articles));
  let differ = 0;
  for (let k = 0; k < n; k++) if (!isDeepStrictEqual(runs[0](k), runs[1](k))) differ++;
  const seconds = [0, 0];
  for (let r = 0; r < rounds; r++) {
    globalThis.gc?.();
    for (let from = 0, turn = 0; from < n; from += TURN, turn++) {
      const order = (turn + r) % 2 === 0 ? [0, 1] : [1, 0];
      for (const b of order) {
        const before = process.cpuUsage();
        for (let k = from; k < Math.min(n, from + TURN); k++) runs[b](k);
        const used = process.cpuUsage(before);
        seconds[b] += (used.user + used.system) / 1e6;
      }
    }
  }
  const chars = articles.reduce((sum, a) => sum + a.text.length, 0) * rounds;
  for (let b = 0; b < 2; b++) console.log(`${builds[b][0]}, ${stage} on ${source}: ${(chars / 1e6 / seconds[b]).toFixed(2)} M chars/s of CPU time`);
  console.log(`this build / other: ${(seconds[0] / seconds[1]).toFixed(3)}x the speed; ${differ} of ${n} outputs differ; load average ${os.loadavg().map((x) => x.toFixed(1)).join(' / ')}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

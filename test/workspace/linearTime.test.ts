import * as assert from 'node:assert/strict';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import { Workspace } from '../../server/src/workspace/workspace';

/**
 * Time grows in proportion to input, for the shapes of text that once made it quadratic. Each
 * shape is measured at 0.1, 0.4 and 1.6 MB in this run, and the test fails when 4× the text takes
 * more than 5× the time: a ratio of times measured side by side (the least of several rounds that
 * each time every size in turn), so it holds on a busy machine, where an absolute limit would not.
 * Times are this process's CPU time, which other work on the machine disturbs less than the
 * clock. Inputs are generated here, never committed.
 */
const SIZES = [100_000, 400_000, 1_600_000];
const MAX_GROWTH = 5;

/** `unit` repeated to `bytes` characters, after front matter that dates the article. */
function repeated(unit: string | ((i: number) => string), bytes: number): string {
  const parts: string[] = ['---\ndate: 2026-03-02\n---\n'];
  let length = 0;
  for (let i = 0; length < bytes; i++) {
    const part = typeof unit === 'string' ? unit : unit(i);
    parts.push(part);
    length += part.length;
  }
  return parts.join('');
}

const SHAPES: Record<string, (bytes: number) => string> = {
  'prose on one line': (n) => repeated((i) => `The council met on Tuesday and ${i % 9 + 2} members spoke about the budget for an hour. `, n),
  'lone CR line ends': (n) => repeated((i) => (i % 3 === 0 ? 'Two people died in the fire.\r' : 'He spoke.\r'), n),
  'dense figures': (n) => repeated('5 died. ', n),
  'one sentence of figures': (n) => repeated((i) => `${i} `, n),
  'many claims of one quantity': (n) => repeated((i) => `Police said ${i % 4 === 0 ? 'five' : 'four'} people were killed in the fire.\n`, n),
  'many dated claims': (n) => repeated((i) => (i % 2 === 0 ? 'In 2009, a gunman killed 13 people.\n' : 'On Monday two people were killed.\n'), n),
};

/** A full collection before each timing, so garbage from earlier runs is not billed to the next. */
v8.setFlagsFromString('--expose-gc');
const collectGarbage = vm.runInNewContext('gc') as () => void;

/** CPU time (all threads of this process) spent in `work`, in ms, after a full collection. */
function cpuMs(work: () => void): number {
  collectGarbage();
  const before = process.cpuUsage();
  work();
  const spent = process.cpuUsage(before);
  return (spent.user + spent.system) / 1000;
}

/** CPU time of analysing `text` in a fresh workspace and checking it, in ms. */
function analyseOnce(text: string): number {
  const ws = new Workspace({ toPath: (id) => id });
  return cpuMs(() => {
    ws.setArticle('/desk/story.news', text);
    ws.findingsFor('/desk/story.news');
  });
}

/** The largest ratio between the times of two sizes side by side. */
function worstGrowth(times: readonly number[]): number {
  return Math.max(...times.slice(1).map((t, i) => t / times[i]));
}

/** Rounds of timings: at least MIN_ROUNDS, more (up to MAX_ROUNDS) while the bound is not met. */
const MIN_ROUNDS = 2;
const MAX_ROUNDS = 6;

/**
 * The least time of each job over rounds that time every job once, in turn: a busy spell on the
 * machine slows all sizes of a round alike instead of one size's every run. The least time only
 * falls towards the true cost as rounds are added, so quadratic work (16× per 4× size) fails
 * however many rounds run, while noise on linear work is outlasted.
 */
function leastTimes(jobs: ReadonlyArray<() => number>, bound: number): number[] {
  const best = jobs.map(() => Infinity);
  for (let round = 0; round < MAX_ROUNDS; round++) {
    jobs.forEach((job, i) => (best[i] = Math.min(best[i], job())));
    if (round + 1 >= MIN_ROUNDS && worstGrowth(best) <= bound) break;
  }
  return best;
}

describe('linear time on pathological copy', function () {
  this.timeout(300_000);

  for (const [shape, make] of Object.entries(SHAPES)) {
    it(`${shape}: 4× the text takes at most ${MAX_GROWTH}× the time`, () => {
      const texts = SIZES.map(make);
      analyseOnce(texts[0]); // warm-up: compile the hot paths before measuring
      const times = leastTimes(texts.map((text) => () => analyseOnce(text)), MAX_GROWTH);
      if (process.env.NEWSLENS_SHOW_TIMES) console.log(shape, times.map((t) => t.toFixed(0)).join(' / '));
      for (let i = 1; i < times.length; i++) {
        const growth = times[i] / times[i - 1];
        assert.ok(growth <= MAX_GROWTH, `${shape}: ${SIZES[i - 1] / 1e6} MB in ${times[i - 1].toFixed(0)} ms, ${SIZES[i] / 1e6} MB in ${times[i].toFixed(0)} ms (${growth.toFixed(1)}×)`);
      }
    });
  }

  it('a flat folder of 800 articles is checked in under 10× the time of 100', () => {
    const article = (i: number) => `---\ndate: 2026-02-${String(1 + (i % 28)).padStart(2, '0')}\n---\nFire at a warehouse\n\n` +
      `A fire at the warehouse killed ${2 + (i % 7)} people on Monday, officials said. Another ${3 + (i % 5)} people were injured. ` +
      `Firefighters said ${10 + (i % 13)} people were evacuated from nearby homes.\n`;
    const check = (n: number) => () => {
      const ws = new Workspace({ toPath: (id) => id });
      let findings = 0;
      const spent = cpuMs(() => {
        for (let i = 0; i < n; i++) ws.setArticle(`/desk/flat/story-${i}.news`, article(i));
        for (const list of ws.allFindings().values()) findings += list.length;
      });
      assert.ok(findings > n / 2, 'the rules do run: these articles disagree');
      return spent;
    };
    check(100)(); // warm-up
    const [small, large] = leastTimes([check(100), check(800)], 10);
    if (process.env.NEWSLENS_SHOW_TIMES) console.log('flat folder of 100 / 800 articles', small.toFixed(0), '/', large.toFixed(0));
    assert.ok(large < 10 * small, `100 articles in ${small.toFixed(0)} ms, 800 in ${large.toFixed(0)} ms (${(large / small).toFixed(1)}×)`);
  });

  it('a flat folder keeps each finding short: at most 12 others named', () => {
    const ws = new Workspace({ toPath: (id) => id });
    for (let i = 0; i < 40; i++) ws.setArticle(`/desk/flat/story-${i}.news`, `---\ndate: 2026-02-02\n---\nA fire killed ${i + 2} people on Monday.\n`);
    const findings = ws.findingsFor('/desk/flat/story-0.news');
    assert.equal(findings.length, 1);
    assert.equal(findings[0].related.length, 12);
    assert.match(findings[0].message, /; and others\. Timeline: [^;]*\.$/);
  });
});

/**
 * `npm run eval:noise-sample -- [--seed N] [--count N] [--split dev|held-out|all] [--list]`: draws the
 * hand check of the noise rows. The warnings and errors of the ECB+ clusters' run and the Reuters
 * stories' run (as `npm run eval` makes them, in its order) are shuffled with a seeded mulberry32 and
 * the first `count` printed with the sentences they point at, read from ../shared/corpus at run time,
 * for a person to judge real or false. Nothing is written to the repo. `--split dev` keeps the ECB+
 * `ecb` halves and Reuters TRAIN only (what tuning may look at); `--list` prints every warning unshuffled.
 */
import { CORPUS } from '../support/paths';
import { readEcbPlus, readReutersStories, type BeatArticle } from './beatCorpus';
import { evaluateStories, type StoryFinding } from './stories';
import { random as mulberry32 } from './ner/data';

/** Same-day Reuters wire stories on one company, as in `npm run eval`. */
const REUTERS_STORIES = 150;

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

/** The sentence around a span: from the last sentence end before it to the next after it, on one line. */
function sentenceAt(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && !/[.!?\n]/.test(text[from - 1])) from--;
  let to = end;
  while (to < text.length && !/[.!?\n]/.test(text[to])) to++;
  return `${text.slice(from, start)}[[${text.slice(start, end)}]]${text.slice(end, to + 1)}`.replace(/\s+/g, ' ').trim();
}

function main(): void {
  const seed = Number(option('seed', '12'));
  const count = Number(option('count', '30'));
  const split = option('split', 'all');
  const keep = (a: BeatArticle) => split === 'all' || a.split === split;
  const ecb = readEcbPlus(CORPUS).filter(keep);
  const ecbStories = [...new Set(ecb.map((a) => a.story))].map((story) => ecb.filter((a) => a.story === story));
  const reuters = readReutersStories(CORPUS, REUTERS_STORIES).map((s) => s.filter(keep)).filter((s) => s.length >= 2);
  const texts = new Map([...ecb, ...reuters.flat()].map((a) => [a.id, a.text]));
  const warnings = [evaluateStories('ECB+ clusters', ecbStories), evaluateStories('Reuters', reuters)]
    .flatMap((n) => n.findings).filter((f) => f.severity === 'error' || f.severity === 'warning');
  const random = mulberry32(seed);
  const drawn: StoryFinding[] = [...warnings];
  if (!process.argv.includes('--list')) {
    for (let i = drawn.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [drawn[i], drawn[j]] = [drawn[j], drawn[i]];
    }
  }
  console.log(`${warnings.length} warnings and errors (${split}); ${process.argv.includes('--list') ? 'all' : `seed ${seed}, first ${count}`}`);
  drawn.slice(0, process.argv.includes('--list') ? undefined : count).forEach((f, i) => {
    console.log(`\n#${i + 1} ${f.code} ${f.story} ${f.article}\n  ${f.message}\n  here: ${sentenceAt(texts.get(f.article) ?? '', f.start, f.end)}`);
    for (const r of f.related) console.log(`  there (${r.article}): ${sentenceAt(texts.get(r.article) ?? '', r.start, r.end)}`);
  });
}

main();

/**
 * The "numbers" section of `npm run eval`: how well the reader of quantities reads our own table of
 * sentences (test/engine/fixtures/numbers/, grouped by family), and how fast it reads real news.
 * Detection: expected figures found at their span. Exact value: found with every pinned field right
 * (value, exact, min, max, precision, unit, kind). False figures: quantities read where none is.
 */
import { readNumberCases, scoreCase } from '../support/numberCases';
import { splitSentences } from '../../server/src/engine/text/sentences';
import { tokenize, type Token } from '../../server/src/engine/text/tokens';
import { findFigures } from '../../server/src/engine/figures/findFigures';

export interface FamilyScore {
  family: string;
  cases: number;
  figures: number;
  detected: number;
  exact: number;
  falseFigures: number;
  detection: number;
  exactValue: number;
  /** Cases marked as known to be read wrong. */
  known: number;
}

export interface NumbersEvaluation {
  families: FamilyScore[];
  all: FamilyScore;
  /** The reader alone (findFigures over tokens already made), on real news. */
  readerMcharsPerSecond: number;
  readerChars: number;
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : Math.round((a / b) * 1000) / 1000);

function score(family: string, cases: ReturnType<typeof readNumberCases>): FamilyScore {
  const s = { family, cases: cases.length, figures: 0, detected: 0, exact: 0, falseFigures: 0, known: 0 };
  for (const c of cases) {
    const r = scoreCase(c);
    s.figures += c.figures.length;
    s.detected += r.detected;
    s.exact += r.exact;
    s.falseFigures += r.falseFigures;
    if (c.known) s.known++;
  }
  return { ...s, detection: ratio(s.detected, s.figures), exactValue: ratio(s.exact, s.figures) };
}

/**
 * The reader's own throughput: sentences are split and tokenized first (untimed), then every
 * sentence goes through findFigures; the best of three rounds counts (a shared machine).
 */
function readerThroughput(texts: readonly string[]): { mcharsPerSecond: number; chars: number } {
  const sentences: Array<{ text: string; tokens: Token[] }> = [];
  let chars = 0;
  for (const text of texts) {
    chars += text.length;
    for (const s of splitSentences(text, 0)) sentences.push({ text, tokens: tokenize(text, s.start, s.end) });
  }
  let best = Infinity;
  for (let round = 0; round < 3; round++) {
    const t0 = process.cpuUsage();
    for (const s of sentences) findFigures(s.text, s.tokens);
    const used = process.cpuUsage(t0);
    best = Math.min(best, (used.user + used.system) / 1e6);
  }
  return { mcharsPerSecond: Math.round((chars / 1e6 / best) * 100) / 100, chars };
}

export function evaluateNumbers(news: readonly string[]): NumbersEvaluation {
  const cases = readNumberCases();
  const families = [...new Set(cases.map((c) => c.family))].map((f) => score(f, cases.filter((c) => c.family === f)));
  const speed = readerThroughput(news);
  return { families, all: score('all', cases), readerMcharsPerSecond: speed.mcharsPerSecond, readerChars: speed.chars };
}

export function formatNumbersTable(r: NumbersEvaluation): string {
  const lines = [`Numbers: ${r.all.cases} sentences of our own (test/engine/fixtures/numbers/), ${r.all.figures} expected figures`];
  lines.push('  family            cases  figures  detection  exact value  false figures  known wrong');
  for (const f of [...r.families, r.all]) {
    lines.push(`  ${f.family.padEnd(16)}  ${String(f.cases).padStart(5)}  ${String(f.figures).padStart(7)}  ${f.detection.toFixed(3).padStart(9)}  ${f.exactValue.toFixed(3).padStart(11)}  ${String(f.falseFigures).padStart(13)}  ${String(f.known).padStart(11)}`);
  }
  lines.push(`  reader alone (findFigures on tokenized sentences): ${r.readerMcharsPerSecond} M chars/s of CPU time on ${(r.readerChars / 1e6).toFixed(2)} M chars of real news`);
  return lines.join('\n');
}

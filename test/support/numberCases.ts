/**
 * The number-reading cases of test/engine/fixtures/numbers/: one YAML file per family, each case a
 * sentence of our own, the rule it shows, and every figure in it with every field pinned. The
 * engine test (test/engine/numbers.test.ts) and the eval's "numbers" section both read them here.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import type { Figure } from '../../server/src/engine';
import { readArticleMeta } from '../../server/src/engine/dates/articleMeta';
import { splitSentences } from '../../server/src/engine/text/sentences';
import { tokenize } from '../../server/src/engine/text/tokens';
import { findFigures } from '../../server/src/engine/figures/findFigures';
import { numberFormat } from '../../server/src/engine/figures/locale';
import { FIXTURES } from './paths';

export const NUMBER_FIXTURES = path.join(FIXTURES, 'numbers');

/** The fields every expected figure must give. */
export const PINNED = ['text', 'value', 'exact', 'min', 'max', 'precision', 'approximate', 'unit', 'kind'] as const;

export type ExpectedFigure = Pick<Figure, (typeof PINNED)[number]>;

export interface NumberCase {
  /** The family (file name without .yaml). */
  family: string;
  /** The rule the case shows; it must take part in reading the sentence. */
  rule: string;
  text: string;
  figures: ExpectedFigure[];
  /** Why the reader still gets this case wrong; the test checks it still does. */
  known?: string;
}

export function readNumberCases(): NumberCase[] {
  const cases: NumberCase[] = [];
  for (const file of fs.readdirSync(NUMBER_FIXTURES).filter((f) => f.endsWith('.yaml')).sort()) {
    const family = file.slice(0, -'.yaml'.length);
    const raw = parse(fs.readFileSync(path.join(NUMBER_FIXTURES, file), 'utf8')) as Array<Omit<NumberCase, 'family'>>;
    for (const c of raw) cases.push({ family, ...c, figures: c.figures ?? [] });
  }
  return cases;
}

export interface ReadFigure {
  readonly figure: Figure;
  readonly rules: readonly string[];
}

/** What the reader makes of a case: every figure with the rules that read it, and the rules that dropped numbers. */
export function readCase(text: string): { figures: ReadFigure[]; rejectedBy: string[] } {
  const meta = readArticleMeta(text);
  const format = numberFormat(meta.locale);
  const figures: ReadFigure[] = [];
  const rejectedBy: string[] = [];
  for (const sentence of splitSentences(text, meta.frontMatter?.end ?? 0)) {
    const tokens = tokenize(text, sentence.start, sentence.end);
    for (const m of findFigures(text, tokens, { format, onRejected: (rule) => rejectedBy.push(rule) })) figures.push({ figure: m.figure, rules: m.rules });
  }
  return { figures, rejectedBy };
}

/** Where each expected figure must sit: its text, searched for after the previous one. */
export function expectedSpans(text: string, figures: readonly ExpectedFigure[]): Array<{ start: number; end: number }> {
  let from = 0;
  return figures.map((f) => {
    const start = text.indexOf(f.text, from);
    if (start < 0) throw new Error(`expected figure "${f.text}" is not in "${text}"`);
    from = start + f.text.length;
    return { start, end: from };
  });
}

/** The pinned fields of `actual` that differ from `expected`. */
export function figureDifferences(actual: Figure, expected: ExpectedFigure): string[] {
  const out: string[] = [];
  for (const key of PINNED) {
    if (!(key in expected)) out.push(`${key}: not pinned in the fixture`);
    else if (!Object.is(actual[key], expected[key])) out.push(`${key}: expected ${JSON.stringify(expected[key])}, got ${JSON.stringify(actual[key])}`);
  }
  return out;
}

export interface CaseResult {
  /** Expected figures found at their span. */
  detected: number;
  /** Expected figures found at their span with every pinned field right. */
  exact: number;
  /** Figures read where the case expects none (quantities only: ordinals and scores are never counts). */
  falseFigures: number;
  /** Every difference, for messages. */
  problems: string[];
}

export function scoreCase(c: NumberCase): CaseResult {
  const { figures, rejectedBy } = readCase(c.text);
  const spans = expectedSpans(c.text, c.figures);
  const result: CaseResult = { detected: 0, exact: 0, falseFigures: 0, problems: [] };
  c.figures.forEach((want, i) => {
    const got = figures.find((f) => f.figure.start === spans[i].start && f.figure.end === spans[i].end);
    if (!got) {
      result.problems.push(`"${want.text}" not read (read: ${figures.map((f) => JSON.stringify(f.figure.text)).join(', ') || 'nothing'})`);
      return;
    }
    result.detected++;
    const diff = figureDifferences(got.figure, want);
    if (diff.length === 0) result.exact++;
    else result.problems.push(`"${want.text}": ${diff.join('; ')}`);
  });
  for (const f of figures) {
    if (spans.some((s) => s.start === f.figure.start && s.end === f.figure.end)) continue;
    if (f.figure.kind === 'quantity') result.falseFigures++;
    result.problems.push(`unexpected figure "${f.figure.text}" (${f.figure.kind}, ${f.rules.join(' > ')})`);
  }
  const rules = [...figures.flatMap((f) => f.rules), ...rejectedBy];
  if (!rules.includes(c.rule)) result.problems.push(`rule "${c.rule}" took no part (rules: ${[...new Set(rules)].join(', ') || 'none'})`);
  return result;
}

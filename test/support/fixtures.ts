import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { FIXTURES } from './paths';

/** Reads a YAML fixture file of test cases. */
export function readCases<T>(name: string): T[] {
  return parse(fs.readFileSync(path.join(FIXTURES, name), 'utf8')) as T[];
}

/** Which of `expected`'s fields differ in `actual`; fields `expected` leaves out are not compared. */
export function differences(actual: Record<string, unknown>, expected: Record<string, unknown>): string[] {
  const out: string[] = [];
  for (const [key, want] of Object.entries(expected)) {
    const got = actual[key];
    const same = typeof want === 'number' && typeof got === 'number' ? Math.abs(want - got) < 1e-9 : JSON.stringify(got) === JSON.stringify(want);
    if (!same) out.push(`${key}: expected ${JSON.stringify(want)}, got ${JSON.stringify(got)}`);
  }
  return out;
}

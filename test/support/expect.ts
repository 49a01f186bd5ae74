/**
 * Expected-output fixtures that can be regenerated, as rust-analyzer's expect-test does: a test
 * renders what users see as plain data (texts, spans, values, codes, severities, messages) and
 * compares it with the expectation checked in next to the input. `UPDATE_EXPECT=1 npm run
 * test:unit` (after `npm run build`) rewrites the expectations instead of failing; review the diff
 * and commit it with the change that caused it.
 *
 * Adding a fixture family:
 * - A YAML list of cases (input and expectation side by side, e.g. fixtures/figures.yaml):
 *     expectCases<Case>('figures (fixtures/figures.yaml)', path.join(FIXTURES, 'figures.yaml'), {
 *       name: (c) => c.text, key: 'figures', actual: (c) => render(analyzeDocument(c.text)) });
 *   Each case gets one test; `key` is the field that holds the expectation.
 * - A folder of case folders (e.g. fixtures/consistency/<case>/ with its articles):
 *     expectFolders('consistency', path.join(FIXTURES, 'consistency'), {
 *       key: 'findings', actual: async (dir) => render(await check(dir)) });
 *   Each folder gets one test comparing `actual(dir)` with `key` in its expected.yaml (created
 *   on update if missing). Comments in the file and other keys (notes, inputs) are kept.
 * - Anything else: `new ExpectFile(file).check(['some', 'path'], actual)` inside a test.
 * `actual` must be plain data (what JSON can hold); `undefined` fields are left out, so render
 * optional facts as absent rather than as null when that reads better. Lists and maps whose one-line
 * form is short are written on one line (`{ text: About 50, value: 50 }`), longer ones as blocks.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Document, isMap, isSeq, parseDocument, stringify, type Node } from 'yaml';

/** Set by `UPDATE_EXPECT=1`: expectations are rewritten instead of checked. */
export const UPDATING = process.env.UPDATE_EXPECT === '1';

/** A one-line map is at most this long; longer maps (findings with messages) are blocks. */
const FLOW_WIDTH = 160;
const TO_STRING = { lineWidth: 0, doubleQuotedAsJSON: true } as const;

/** One YAML fixture file whose expected parts a test checks (or rewrites, when updating). */
export class ExpectFile {
  private static readonly open = new Map<string, Document>();
  private readonly doc: Document;

  constructor(private readonly file: string) {
    let doc = ExpectFile.open.get(file);
    if (!doc) {
      doc = fs.existsSync(file) ? parseDocument(fs.readFileSync(file, 'utf8')) : new Document({});
      if (doc.errors.length > 0) throw new Error(`${file}: ${doc.errors[0].message}`);
      ExpectFile.open.set(file, doc);
    }
    this.doc = doc;
  }

  /** The plain value at `at` (for inputs that sit beside the expectation). */
  value(at: ReadonlyArray<string | number>): unknown {
    const node = this.doc.getIn(at, true);
    return node && typeof node === 'object' && 'toJSON' in node ? (node as Node).toJSON() : node;
  }

  /** Compares `actual` with the expectation at `at`; when updating, writes `actual` there instead. */
  check(at: ReadonlyArray<string | number>, actual: unknown, what = `${path.basename(this.file)} ${at.join('.')}`): void {
    const want = this.value(at);
    const got = plain(actual);
    if (isDeepStrictEqual(got, want === undefined ? undefined : plain(want))) return;
    if (UPDATING) {
      this.doc.setIn(at, this.node(got));
      fs.writeFileSync(this.file, this.doc.toString(TO_STRING));
      return;
    }
    throw new assert.AssertionError({
      message: `${what} differs from the expectation (UPDATE_EXPECT=1 npm run test:unit rewrites it; review the diff)`,
      actual: render(got),
      expected: want === undefined ? '(no expectation yet)\n' : render(plain(want)),
      operator: 'strictEqual',
    });
  }

  private node(value: unknown): Node {
    const node = this.doc.createNode(value) as Node;
    flowShortMaps(node);
    return node;
  }
}

/** The cases of a YAML list of cases, as plain data. */
export function readCases<C>(file: string): C[] {
  return new ExpectFile(file).value([]) as C[];
}

export interface CaseFamily<C> {
  /** The test title of a case. */
  readonly name: (c: C, index: number) => string;
  /** The field of each case that holds its expectation. */
  readonly key: string;
  /** What the case gives now, as plain data. */
  readonly actual: (c: C) => unknown | Promise<unknown>;
  /** Further checks on a case that no regeneration may change (`absent` lists, invariants). */
  readonly invariants?: (c: C, actual: unknown) => void;
}

/** One test per case of a YAML list of cases, each holding its expectation under `key`. */
export function expectCases<C>(title: string, file: string, family: CaseFamily<C>): void {
  const expectations = new ExpectFile(file);
  const cases = readCases<C>(file);
  describe(title, () => {
    cases.forEach((c, i) => {
      it(family.name(c, i), async () => {
        const actual = await family.actual(c);
        family.invariants?.(c, actual);
        expectations.check([i, family.key], actual, `case ${i + 1} ${family.key}`);
      });
    });
  });
}

export interface FolderFamily {
  /** The key of expected.yaml that holds the expectation. */
  readonly key: string;
  readonly actual: (dir: string) => unknown | Promise<unknown>;
  /** The expectation file's name inside each case folder. */
  readonly file?: string;
}

/** One test per sub-folder of `root`, comparing `actual(dir)` with `key` in the folder's expected.yaml. */
export function expectFolders(title: string, root: string, family: FolderFamily): void {
  describe(title, () => {
    for (const name of fs.readdirSync(root).sort()) {
      const dir = path.join(root, name);
      if (!fs.statSync(dir).isDirectory()) continue;
      it(name, async () => {
        new ExpectFile(path.join(dir, family.file ?? 'expected.yaml')).check([family.key], await family.actual(dir), `${name}: ${family.key}`);
      });
    }
  });
}

/** Data as a YAML fixture holds it: no undefined fields, no class instances. */
function plain(value: unknown): unknown {
  return value === undefined ? undefined : JSON.parse(JSON.stringify(value));
}

function isDeepStrictEqual(a: unknown, b: unknown): boolean {
  try {
    assert.deepStrictEqual(a, b);
    return true;
  } catch {
    return false;
  }
}

/** The fixture text of a value, for readable failure diffs. */
function render(value: unknown): string {
  const doc = new Document(value);
  if (doc.contents) flowShortMaps(doc.contents as Node);
  return doc.toString(TO_STRING);
}

/** Lists and maps of plain values go on one line when that line is short. */
function flowShortMaps(node: Node): void {
  if (isSeq(node)) {
    for (const item of node.items) flowShortMaps(item as Node);
    if (node.items.every((x) => !isMap(x) && !isSeq(x)) && short(node)) node.flow = true;
  } else if (isMap(node)) {
    for (const pair of node.items) if (isMap(pair.value) || isSeq(pair.value)) flowShortMaps(pair.value);
    const leaf = node.items.every((pair) => !isMap(pair.value) && !(isSeq(pair.value) && !pair.value.flow));
    if (leaf && short(node)) node.flow = true;
  }
}

function short(node: Node): boolean {
  return stringify(node.toJSON(), { lineWidth: 0, collectionStyle: 'flow' }).trim().length <= FLOW_WIDTH;
}

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeDocument, assignArticle, completeFactBase, factBaseVocabulary, freshFactId, loadFactBase, MAX_FACT_BASE_DEPTH } from '../../server/src/engine';
import { EXAMPLES } from '../support/paths';

const GOLDEN = fs.readFileSync(path.join(EXAMPLES, 'golden-reed', 'golden-reed.facts.yaml'), 'utf8');

describe('fact-base details the desk sees', () => {
  it('names a new fact after its label, trimmed of punctuation, and numbers it when the id is taken', () => {
    assert.equal(freshFactId('facts:\n  - id: other\n', ' Killed! '), 'killed');
    assert.equal(freshFactId('facts:\n  - id: killed\n  - id: killed-2\n', 'Killed'), 'killed-3');
  });

  it('puts the event in focus when an article gets a new `articles` entry', () => {
    const added = assignArticle(GOLDEN, 'wire/late.news', 'golden-reed-raid');
    assert.equal(added.text.slice(added.focus.start, added.focus.end), 'golden-reed-raid');
  });

  it('counts how often the articles write a predicate, most written first', () => {
    const analyses = ['A.news', 'B.news', 'C.news'].map((_, i) => analyzeDocument(i < 2 ? 'Police arrested 12 people on Monday.' : 'Police detained 3 people on Monday.'));
    const fb = loadFactBase('');
    const items = completeFactBase('    predicate: ', '    predicate: '.length, factBaseVocabulary(fb, [], analyses))!.items;
    assert.deepEqual(items.slice(0, 2).map((i) => [i.label, i.detail]), [
      ['arrested', 'as the articles write it (2×), read as “arrested”'],
      ['detained', 'as the articles write it (1×), read as “arrested”'],
    ]);
  });

  it('refuses a value YAML 1.1 reads as bytes where one plain value belongs', () => {
    const text = '%YAML 1.1\n---\nevents:\n  - id: raid\n    title: !!binary aGVsbG8=\n';
    const fb = loadFactBase(text);
    assert.equal(fb.events[0].title, 'raid', 'the id stands in for the title');
    assert.deepEqual(fb.problems.map((p) => [text.slice(p.start, p.end), p.message]), [['aGVsbG8=', '`title` must be a single value.']]);
  });

  it('counts brackets as nesting, and words set apart by spaces as none', () => {
    const flow = `facts: ${'['.repeat(MAX_FACT_BASE_DEPTH + 2)}${']'.repeat(MAX_FACT_BASE_DEPTH + 2)}\n`;
    assert.deepEqual(loadFactBase(flow).problems.map((p) => [p.start, p.message]), [[0, `The fact base nests more than ${MAX_FACT_BASE_DEPTH} levels deep here: none of it is used.`]]);
    const words = `facts:\n  - id: x\n    aliases:\n      - ${Array.from({ length: MAX_FACT_BASE_DEPTH + 4 }, (_, i) => String.fromCharCode(97 + (i % 26))).join(' ')}\n`;
    assert.ok(!loadFactBase(words).problems.some((p) => p.message.includes('nests more than')), 'a list of short words is not deep');
  });

  for (const [name, eol] of [['LF', '\n'], ['CRLF', '\r\n']]) {
    it(`finds a fact base nested too deep across blank lines (${name})`, () => {
      // Each level one key deeper; a blank line between levels does not end the nesting.
      const lines: string[] = [];
      for (let depth = 0; depth < MAX_FACT_BASE_DEPTH + 4; depth++) {
        lines.push(`${' '.repeat(2 * depth)}k${depth}:`);
        if (depth === 10) lines.push('');
      }
      const text = lines.join(eol) + `${eol}${' '.repeat(2 * (MAX_FACT_BASE_DEPTH + 4))}leaf: 1${eol}`;
      const problems = loadFactBase(text).problems.map((p) => [text.slice(0, p.start).split('\n').length, p.message]);
      // Line MAX_FACT_BASE_DEPTH + 2: the 65th key, one line further down for the blank line.
      assert.deepEqual(problems, [[MAX_FACT_BASE_DEPTH + 2, `The fact base nests more than ${MAX_FACT_BASE_DEPTH} levels deep here: none of it is used.`]]);
    });
  }
});

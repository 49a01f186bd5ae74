import * as assert from 'node:assert/strict';
import { analyzeDocument, MAX_FACT_BASE_BYTES } from '../../server/src/engine';
import { Workspace } from '../../server/src/workspace/workspace';
import { madeUpName as name } from '../support/names';

/**
 * Inputs that once crashed, hung or changed the analysis, fed through the workspace as the
 * language server and the CLI do. Large inputs are generated here, never committed.
 */
describe('hostile input', function () {
  this.timeout(60_000);
  const workspace = () => new Workspace({ toPath: (id) => id });

  describe('articles', () => {
    it('reads a sentence of 160,000 figures without overflowing the stack', () => {
      const numbers = Array.from({ length: 160_000 }, (_, i) => i + 1).join(' ');
      const ws = workspace();
      const analysis = ws.setArticle('/desk/numbers.news', `${numbers}\n`)!;
      assert.ok(analysis.claims.length > 125_000, `${analysis.claims.length} claims`);
      assert.deepEqual(ws.findingsFor('/desk/numbers.news'), []);
    });

    it('reads a 5 M-character word in a document with a non-Latin-1 character', () => {
      const text = `The fire — a warehouse blaze — killed four people.\n${'x'.repeat(5_000_000)}\nFive people were injured on Monday.\n`;
      const analysis = workspace().setArticle('/desk/word.news', text)!;
      assert.deepEqual(analysis.claims.map((c) => c.figure.text), ['four', 'Five']);
    });

    it('ends lines at a lone CR', () => {
      const analysis = analyzeDocument('Fire at the mill\rFour people were killed on Monday.\rPolice said.\r');
      assert.equal(analysis.sentences.length, 3);
      assert.equal(analysis.claims[0].heading, false, 'the headline no longer runs into the first sentence');
    });

    it('tags a document the same way whatever the tagger read before', () => {
      // Enough new words to grow the tagger's word table while it reads this one document.
      let text = '';
      for (let i = 0; i < 3000; i++) text += `${name(3 * i)} ${name(3 * i + 1)} met officials of ${name(3 * i + 2)} Council in Leeds on Monday.\n`;
      const first = analyzeDocument(text).entities;
      const again = analyzeDocument(text).entities;
      assert.deepEqual(again, first);
    });
  });

  describe('fact bases', () => {
    const facts = (text: string) => workspace().setFactBase('/desk/story.facts.yaml', text);

    it('follows anchors, aliases and merge keys', () => {
      const fb = facts([
        'x-briefing: &briefing',
        '  - title: Fire service briefing',
        '    url: https://example.org/briefing',
        'x-dead: &dead',
        '  noun: people',
        '  predicate: killed',
        'events:',
        '  - id: fire',
        '    title: The mill fire',
        'facts:',
        '  - id: dead',
        '    <<: *dead',
        '    value: 4',
        '    sources: *briefing',
        '  - id: dead-later',
        '    <<: [*dead]',
        '    predicate: died',
        '    value: 5',
        '',
      ].join('\n'));
      assert.deepEqual(fb.problems, []);
      assert.deepEqual(fb.facts.map((f) => [f.id, f.noun, f.predicate, f.value, f.sources.map((s) => s.title)]), [
        ['dead', 'people', 'killed', 4, ['Fire service briefing']],
        ['dead-later', 'people', 'died', 5, []],
      ]);
    });

    it('never expands an alias bomb', () => {
      const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
      for (let i = 1; i < 20; i++) lines.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill(`*${String.fromCharCode(96 + i)}`).join(', ')}]`);
      lines.push('facts: *t');
      const fb = facts(`${lines.join('\n')}\n`);
      assert.ok(fb.problems.some((p) => /Each entry of `facts` must be a mapping/.test(p.message)));
    });

    for (const [shape, nested] of [
      ['flow', `facts: ${'['.repeat(2000)}${']'.repeat(2000)}\n`],
      ['block', `facts:\n${'- '.repeat(2000)}x\n`],
    ]) {
      it(`locates nesting 2,000 levels deep (${shape})`, () => {
        const fb = facts(`events:\n  - id: fire\n    title: The fire\n${nested}`);
        assert.equal(fb.events.length, 0, 'none of it is used');
        assert.equal(fb.problems.length, 1);
        assert.match(fb.problems[0].message, /nests more than 64 levels deep/);
        assert.ok(fb.problems[0].start >= 'events:\n  - id: fire\n    title: The fire\n'.length, 'on the line that nests');
      });
    }

    it('refuses a fact base over the size limit with one error on its first line', () => {
      const entry = '  - id: f\n    noun: people\n    predicate: killed\n    value: 1\n';
      const text = `facts:\n${entry.repeat(Math.ceil(MAX_FACT_BASE_BYTES / entry.length) + 1)}`;
      const fb = facts(text);
      assert.equal(fb.facts.length, 0);
      assert.deepEqual(fb.problems.map((p) => [p.start, p.end]), [[0, 'facts:'.length]]);
      assert.match(fb.problems[0].message, /more than the 1\.0 MB News Lens reads/);
    });
  });
});

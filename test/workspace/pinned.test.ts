import * as assert from 'node:assert/strict';
import { utf8Length } from '../../server/src/workspace/decode';
import { Workspace } from '../../server/src/workspace/workspace';

/** Details of the workspace model a user meets and the broader suites let through (each found by a mutant that survived them). */
describe('workspace model, pinned in detail', () => {
  it('measures UTF-8 size as the encoder does: a character outside the BMP is four bytes', () => {
    for (const text of ['plain', 'café', '€ 5', '😀 57 Thais', '🇹🇭🇹🇭', 'a\ud800b', '\udc00', 'end\ud83d']) {
      assert.equal(utf8Length(text), Buffer.byteLength(text, 'utf8'), JSON.stringify(text));
    }
  });

  it('finds the fact whose entry holds an offset, not the first one before it', () => {
    const ws = new Workspace({ toPath: (id) => id });
    const fact = (id: string, value: number, predicate: string) => `  - id: ${id}\n    label: People ${predicate}\n    value: ${value}\n    noun: people\n    predicate: ${predicate}\n    asOf: 2026-01-05\n`;
    const text = `facts:\n${fact('dead', 4, 'killed')}${fact('hurt', 9, 'injured')}`;
    ws.setFactBase('/d/story.facts.yaml', text);
    assert.equal(ws.factAt('/d/story.facts.yaml', text.indexOf('value: 9'))?.fact.id, 'hurt');
    assert.equal(ws.factAt('/d/story.facts.yaml', text.indexOf('value: 4'))?.fact.id, 'dead');
    assert.equal(ws.factAt('/d/story.facts.yaml', 0), undefined, 'the `facts:` key is no fact');
  });

  it('lists an undated article\'s peers by their labels', () => {
    const ws = new Workspace({ toPath: (id) => id });
    ws.setArticle('/d/c.news', 'Six people were killed in the fire.\n');
    ws.setArticle('/d/a.news', 'Five people were killed in the fire.\n');
    ws.setArticle('/d/b.news', 'Seven people were killed in the fire.\n');
    ws.setArticle('/d/here.news', 'Four people were killed in the fire.\n');
    assert.deepEqual(ws.peers('/d/here.news', 0).map((p) => p.label), ['a.news', 'b.news', 'c.news']);
  });
});

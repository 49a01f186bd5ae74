import * as assert from 'node:assert/strict';
import { loadFactBase } from '../../server/src/engine';

function problemAt(text: string, fragment: string): (p: { start: number; end: number; message: string }) => boolean {
  const at = text.indexOf(fragment);
  return (p) => p.start <= at + fragment.length && at <= p.end;
}

describe('fact base loader', () => {
  it('loads events, entities and facts with their quantity identity', () => {
    const fb = loadFactBase(`events:
  - id: raid
    title: The raid
    date: 2026-03-04
    documents: ["*.news"]
entities:
  - name: Royal Thai Police
    type: organization
    aliases: [Thai police]
    links: [https://example.org/rtp]
facts:
  - id: home
    label: Flown home
    value: 64
    noun: Thai nationals
    aliases: [Thais, returnees]
    predicate: flown home
    asOf: 2026-03-07
    sources:
      - { title: Briefing, url: "https://example.org/b", date: 2026-03-07 }
  - id: range
    value: [12, 15]
    noun: people
    predicate: injured
`);
    assert.deepEqual(fb.problems, []);
    assert.equal(fb.events[0].date, '2026-03-04');
    assert.deepEqual(fb.entities[0].keys, ['royal thai police', 'thai police']);
    const home = fb.facts[0];
    assert.equal(home.event, 'raid', 'a single event is the default event of every fact');
    assert.equal(home.predicateKey, 'repatriated');
    assert.deepEqual(home.nounKeys, ['people', 'returnee']);
    assert.equal(home.qualifier, 'thai');
    assert.equal(home.status, 'confirmed');
    assert.deepEqual([fb.facts[1].value, fb.facts[1].min, fb.facts[1].max], [null, 12, 15]);
  });

  it('reports located problems and still loads the valid entries', () => {
    const text = `events:
  - id: raid
    title: The raid
facts:
  - id: ok
    value: 86
    noun: people
    predicate: arrested
  - id: bad-value
    value: lots
    noun: people
    predicate: arrested
  - id: ok
    value: 1
    noun: people
    predicate: arrested
  - id: no-noun
    value: 3
    predicate: killed
  - id: wrong-event
    event: elsewhere
    value: 3
    noun: people
    predicate: killed
    asOf: someday
    colour: blue
entities:
  - name: Somebody
    type: alien
`;
    const fb = loadFactBase(text);
    assert.deepEqual(fb.facts.map((f) => f.id), ['ok', 'wrong-event']);
    const expect = (fragment: string, message: RegExp) => {
      const p = fb.problems.find(problemAt(text, fragment));
      assert.ok(p, `a problem at "${fragment}" in ${JSON.stringify(fb.problems)}`);
      assert.match(p.message, message);
    };
    expect('lots', /value/);
    expect('id: ok\n    value: 1', /used twice/);
    expect('elsewhere', /No event/);
    expect('someday', /date/);
    expect('colour', /Unknown key/);
    expect('alien', /Unknown entity type/);
    assert.ok(fb.problems.some((p) => /Missing `noun`/.test(p.message)));
  });

  it('turns YAML syntax errors into located problems instead of throwing', () => {
    const text = 'facts:\n  - id: a\n    value: [1, 2\n  - id: b\n';
    const fb = loadFactBase(text);
    assert.ok(fb.problems.some((p) => p.message.startsWith('YAML: ')), JSON.stringify(fb.problems));
    for (const p of fb.problems) assert.ok(p.start >= 0 && p.start < p.end && p.end <= text.length, JSON.stringify(p));
  });

  it('reads the desk\'s reviews and every http(s) link with its place', () => {
    const text = `facts:
  - id: home
    value: 64
    noun: Thai nationals
    predicate: flown home
    sources:
      - { title: Briefing, url: "https://example.org/b" }
reviewed:
  - places:
      - { article: a.news, figure: About 50 }
      - { fact: home }
    note: A rough figure from the briefing.
    date: 2026-03-10
  - places:
      - { article: a.news, figure: "58" }
  - places:
      - { article: a.news, figure: "58" }
      - { fact: nowhere }
    note: x
`;
    const fb = loadFactBase(text);
    assert.deepEqual(fb.reviewed[0].places, [{ article: 'a.news', figure: 'About 50' }, { fact: 'home' }]);
    assert.equal(fb.reviewed[0].note, 'A rough figure from the briefing.');
    assert.equal(fb.reviewed[0].date, '2026-03-10');
    assert.equal(fb.reviewed.length, 2, 'a review needs its two places');
    assert.ok(fb.problems.some((p) => /lists the two places/.test(p.message)));
    assert.ok(fb.problems.some((p) => /No fact with id "nowhere"/.test(p.message)));
    assert.deepEqual(fb.links.map((l) => [l.url, text.slice(l.start, l.end)]), [['https://example.org/b', '"https://example.org/b"']]);
  });

  it('accepts an empty file', () => {
    assert.deepEqual(loadFactBase(''), { events: [], articles: [], entities: [], facts: [], reviewed: [], links: [], problems: [] });
  });
});

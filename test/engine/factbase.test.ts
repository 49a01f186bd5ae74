import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { analyzeDocument, linkEntities, loadFactBase, type Span } from '../../server/src/engine';
import { expectCases } from '../support/expect';
import { FIXTURES } from '../support/paths';

interface FactBaseCase {
  /** The fact-base file. */
  yaml: string;
  /** An article to link to the fact base's entities, if any. */
  article?: string;
}

/** `line:column-line:column`, 1-based, counted here (not through the engine's LineIndex). */
function at(text: string, span: Span): string {
  const pos = (offset: number) => {
    const lines = text.slice(0, offset).split(/\r\n|\r|\n/);
    return `${lines.length}:${lines[lines.length - 1].length + 1}`;
  };
  return `${pos(span.start)}-${pos(span.end)}`;
}

const CASES = path.join(FIXTURES, 'factbase.yaml');

/** Everything the loader gives: events, articles, entities, facts with their quantity identity, reviews, links, located problems. */
expectCases<FactBaseCase>('fact base loader (fixtures/factbase.yaml)', CASES, {
  name: (c) => c.yaml.split('\n').slice(0, 3).join(' ⏎ '),
  key: 'loads',
  actual: (c) => {
    const fb = loadFactBase(c.yaml);
    const where = (s: Span) => at(c.yaml, s);
    return {
      events: fb.events.map((e) => ({ ...e, span: where(e.span) })),
      articles: fb.articles.map((a) => ({ ...a, span: where(a.span) })),
      entities: fb.entities.map((e) => ({ ...e, span: where(e.span) })),
      facts: fb.facts.map((f) => ({ ...f, span: where(f.span), valueSpan: where(f.valueSpan) })),
      reviewed: fb.reviewed.map((r) => ({ ...r, span: where(r.span) })),
      links: fb.links.map((l) => `${where(l)} ${l.url}`),
      problems: fb.problems.map((p) => `${where(p)} ${p.severity}: ${p.message}`),
    };
  },
  invariants: (c) => {
    // An editor must be able to underline every problem: never empty, never past the end.
    for (const p of loadFactBase(c.yaml).problems) assert.ok(p.start >= 0 && p.start < p.end && p.end <= c.yaml.length, JSON.stringify(p));
  },
});

/** The article's entities linked to the fact base: names the desk knows win over the recognizer. */
expectCases<FactBaseCase>('entities linked to the fact base (fixtures/factbase.yaml)', CASES, {
  name: (c) => c.yaml.split('\n').slice(0, 3).join(' ⏎ '),
  key: 'links',
  actual: (c) => {
    if (c.article === undefined) return undefined;
    const text = c.article;
    return linkEntities(text, analyzeDocument(text).entities, loadFactBase(c.yaml).entities)
      .map((l) => `${at(text, l.entity)} ${l.entity.type} ${l.entity.text}${l.entry ? ` → ${l.entry.name}` : ''}`);
  },
});

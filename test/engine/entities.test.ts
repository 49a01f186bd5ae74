import * as assert from 'node:assert/strict';
import { analyzeDocument } from '../../server/src/engine';
import { readCases } from '../support/fixtures';

interface EntityCase {
  text: string;
  entities: Array<{ type: string; text: string }>;
  absent?: string[];
}

describe('entities (fixtures/entities.yaml)', () => {
  for (const c of readCases<EntityCase>('entities.yaml')) {
    it(c.text, () => {
      const found = analyzeDocument(c.text).entities;
      const seen = found.map((e) => `${e.type}:${e.text}`);
      for (const want of c.entities) assert.ok(seen.includes(`${want.type}:${want.text}`), `missing ${want.type} "${want.text}" in ${JSON.stringify(seen)}`);
      for (const text of c.absent ?? []) assert.ok(!found.some((e) => e.text === text), `"${text}" must not be an entity`);
      for (const e of found) assert.equal(c.text.slice(e.start, e.end), e.text);
    });
  }
});

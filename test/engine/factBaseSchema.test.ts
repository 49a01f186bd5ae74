import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ENTITY_TYPES, FACT_BASE_KEYS, FACT_STATUSES } from '../../server/src/engine';
import { REPO } from '../support/paths';

interface SchemaNode {
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  enum?: string[];
  additionalProperties?: boolean;
}

/**
 * The JSON Schema that the YAML extension uses for completion, hovers and validation in
 * `*.facts.yaml` must accept exactly what the loader reads: a key the loader learns and the schema
 * does not know would be flagged in every fact base that uses it.
 */
describe('the fact base\'s JSON Schema (yamlValidation)', () => {
  const schema = JSON.parse(fs.readFileSync(path.join(REPO, 'syntaxes', 'facts.schema.json'), 'utf8')) as SchemaNode;
  const keys = (node: SchemaNode | undefined) => Object.keys(node?.properties ?? {}).sort();
  const entry = (list: string) => schema.properties![list].items!;

  it('is contributed for *.facts.yaml and *.facts.yml', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8'));
    assert.deepEqual(pkg.contributes.yamlValidation, [{ fileMatch: ['*.facts.yaml', '*.facts.yml'], url: './syntaxes/facts.schema.json' }]);
  });

  it('knows the keys the loader reads, and no other', () => {
    assert.deepEqual(keys(schema), [...FACT_BASE_KEYS.top].sort());
    assert.deepEqual(keys(entry('events')), [...FACT_BASE_KEYS.event].sort());
    assert.deepEqual(keys(entry('articles')), [...FACT_BASE_KEYS.article].sort());
    assert.deepEqual(keys(entry('entities')), [...FACT_BASE_KEYS.entity].sort());
    assert.deepEqual(keys(entry('facts')), [...FACT_BASE_KEYS.fact].sort());
    assert.deepEqual(keys(entry('facts').properties!.sources.items), [...FACT_BASE_KEYS.source].sort());
    assert.deepEqual(keys(entry('reviewed')), [...FACT_BASE_KEYS.review].sort());
    assert.deepEqual(keys(entry('reviewed').properties!.places.items), [...FACT_BASE_KEYS.place].sort());
    for (const list of ['events', 'articles', 'entities', 'facts', 'reviewed']) assert.equal(entry(list).additionalProperties, false, list);
  });

  it('offers the entity types and fact statuses the loader accepts', () => {
    assert.deepEqual(entry('entities').properties!.type.enum, [...ENTITY_TYPES]);
    assert.deepEqual(entry('facts').properties!.status.enum, [...FACT_STATUSES]);
  });
});

import type { Entity, EntityType } from '../types';
import { entityKey } from '../entities/recognize';
import type { FactEntity } from './model';

/** An entity of the text, with the fact-base entry it names, if any. */
export interface LinkedEntity {
  readonly entity: Entity;
  readonly entry?: FactEntity;
}

/**
 * Links recognized entities to fact-base entries by name and alias, and adds the mentions of
 * fact-base names that the recognizer missed (a desk's own names: "Golden Reed"). Where the two
 * overlap, the fact base wins: the desk knows its names better than any rule.
 */
export function linkEntities(text: string, entities: readonly Entity[], entries: readonly FactEntity[]): LinkedEntity[] {
  if (entries.length === 0) return entities.map((entity) => ({ entity }));
  const byKey = new Map<string, FactEntity>();
  for (const entry of entries) for (const key of entry.keys) if (!byKey.has(key)) byKey.set(key, entry);

  const known: LinkedEntity[] = [];
  for (const entry of entries) {
    for (const name of [entry.name, ...entry.aliases]) {
      for (const at of occurrences(text, name)) {
        known.push({ entity: { start: at, end: at + name.length, type: entry.type as EntityType, text: name, key: entityKey(name) }, entry });
      }
    }
  }
  // Longest first, so "Golden Reed compound" beats "Golden Reed" at the same place.
  known.sort((a, b) => a.entity.start - b.entity.start || b.entity.end - a.entity.end);
  const chosen: LinkedEntity[] = [];
  let lastEnd = -1;
  for (const k of known) {
    if (k.entity.start >= lastEnd) {
      chosen.push(k);
      lastEnd = k.entity.end;
    }
  }
  const out: LinkedEntity[] = [...chosen];
  for (const entity of entities) {
    if (chosen.some((k) => k.entity.start < entity.end && entity.start < k.entity.end)) continue;
    out.push({ entity, entry: byKey.get(entity.key) });
  }
  return out.sort((a, b) => a.entity.start - b.entity.start);
}

/** Whole-word, case-sensitive occurrences of `name` in `text`. */
function occurrences(text: string, name: string): number[] {
  const found: number[] = [];
  if (name.length < 2) return found;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
    if (!isWordChar(text.charCodeAt(at - 1)) && !isWordChar(text.charCodeAt(at + name.length))) found.push(at);
  }
  return found;
}

function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 127 && c !== 0x2019 && c !== 0x2014;
}

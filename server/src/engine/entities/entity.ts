import type { Entity, EntityType } from '../types';
import type { Token } from '../text/tokens';

const POSSESSIVE = /['’]s?$/;

/** The entity of tokens[first..last], without a final possessive ("Okafor's" → "Okafor"). */
export function entityOf(text: string, tokens: readonly Token[], first: number, last: number, type: EntityType): Entity {
  const start = tokens[first].start;
  let end = tokens[last].end;
  const lastText = tokens[last].text;
  if (lastText.length > 2 && POSSESSIVE.test(lastText)) end -= lastText.endsWith('s') ? 2 : 1;
  const entityText = text.slice(start, end);
  return { start, end, type, text: entityText, key: entityKey(entityText) };
}

/** The key under which an entity name is matched to fact-base entries and aliases. */
export function entityKey(name: string): string {
  return name.toLowerCase().replace(/^the\s+/, '').replace(/[’']/g, "'").replace(/\s+/g, ' ').trim();
}

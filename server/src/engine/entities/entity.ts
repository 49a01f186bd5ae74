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
  const lower = name.toLowerCase();
  if (isPlainKey(lower)) return lower;
  return lower.replace(/^the\s+/, '').replace(/[’']/g, "'").replace(/\s+/g, ' ').trim();
}

/** No leading "the", curly apostrophe, or whitespace other than single inner spaces: the key is the lower case. */
function isPlainKey(lower: string): boolean {
  if (lower.startsWith('the')) return false;
  let previous = 32;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c === 0x2019 || (c <= 32 && (c !== 32 || previous === 32)) || c === 0xa0 || c === 0x2028 || c === 0x2029 || (c >= 0x2000 && c <= 0x200a) || c === 0x3000 || c === 0x202f || c === 0x205f || c === 0x1680 || c === 0xfeff || c === 0x85) return false;
    previous = c;
  }
  return previous !== 32;
}

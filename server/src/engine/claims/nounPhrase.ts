import { DEMONYM_KEY } from '../entities/gazetteer';
import { nounClass } from './readClaims';

/**
 * The quantity identity of a noun phrase written by a person (a fact's `noun`): "Thai nationals"
 * → people/thai, "laptops" → laptop. Mirrors how claims read the noun after a figure.
 */
export function readNounPhrase(phrase: string): { nounKey: string; qualifier: string | null } {
  const words = phrase.trim().split(/\s+/);
  const lower = words.map((w) => w.toLowerCase());
  const head = lower[lower.length - 1] ?? '';
  let qualifier: string | null = null;
  for (let k = 0; k < lower.length && qualifier === null; k++) {
    const two = k + 1 < lower.length ? `${lower[k]} ${lower[k + 1]}` : '';
    qualifier = (two && DEMONYM_KEY.get(two)) || DEMONYM_KEY.get(lower[k]) || null;
  }
  return { nounKey: nounClass(head), qualifier };
}

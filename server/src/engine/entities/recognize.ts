import type { Entity, EntityType } from '../types';
import type { Token } from '../text/tokens';
import { entityOf } from './entity';
import { DEMONYM_KEY, NAMES } from './gazetteer';
import { CLASSES } from './tagger/features';
import { SparseModel, fromBase64 } from './tagger/model';
import { Tagger } from './tagger/tagger';
import { WEIGHTS } from './tagger/weights';

export { entityKey } from './entity';

/** One sentence's tokens, and which of them already belong to a date or a figure. */
export interface SentenceTokens {
  readonly tokens: readonly Token[];
  readonly taken: ReadonlySet<number>;
}

let tagger: Tagger | undefined;

/** The tagger, its weights decoded on first use. */
function getTagger(): Tagger {
  tagger ??= new Tagger(new SparseModel(fromBase64(WEIGHTS)));
  return tagger;
}

/**
 * Entities of a document (dates aside: `analyzeDocument` adds those). A statistical tagger
 * (averaged perceptron, BILOU tags, trained on CoNLL-2003; see tagger/) finds and types the
 * names; our gazetteer turns its "misc" names that are demonyms into nationalities.
 */
export function recognizeEntities(text: string, sentences: readonly SentenceTokens[]): Entity[] {
  const out: Entity[] = [];
  for (const span of getTagger().tag(sentences)) {
    const { tokens, taken } = sentences[span.sentence];
    let allTaken = true;
    for (let k = span.first; k <= span.last && allTaken; k++) allTaken = taken.has(k);
    if (allTaken) continue;
    let type: EntityType = CLASSES[span.cls];
    const entity = entityOf(text, tokens, span.first, span.last, type);
    if (type === 'misc' && isDemonym(entity.text)) type = 'nationality';
    out.push(type === entity.type ? entity : { ...entity, type });
  }
  return out;
}

/** "German", "Thais", "South Korean", "Bosnian Serb": every word a nationality or group. */
function isDemonym(name: string): boolean {
  const lower = name.toLowerCase();
  if (NAMES.get(lower) === 'nationality' || DEMONYM_KEY.has(lower)) return true;
  const words = lower.split(' ');
  return words.length > 1 && words.every((w) => NAMES.get(w) === 'nationality' || DEMONYM_KEY.has(w));
}

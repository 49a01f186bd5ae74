import { table } from './table';

/**
 * The stem of an English word form, the same for all forms of one verb (or noun): "shipped",
 * "ships" and "shipping" are "ship"; "rose", "risen" and "rises" are "ris"; "created" and "creates"
 * are "creat". Two claims whose verbs no beat knows still make one quantity when their stems (and
 * counted things) agree, so a gap in the vocabulary costs a synonym, not the comparison. Stems are
 * identities, not words to show: messages quote the text.
 */
export function stem(word: string): string {
  let known = STEMS.get(word);
  if (known === undefined) {
    if (STEMS.size >= STEMS_REMEMBERED) STEMS.clear();
    known = stemOf(word);
    STEMS.set(word, known);
  }
  return known;
}

/**
 * Stems already taken, by word: the claim readers stem the words around every figure (a wire's
 * sentence of figures asks for the same few verbs again and again), and a lookup is several times
 * cheaper than the suffix rules. Bounded, like any cache of the words of unbounded text.
 */
const STEMS = new Map<string, string>();
const STEMS_REMEMBERED = 50_000;

function stemOf(word: string): string {
  let w = word.toLowerCase();
  w = IRREGULAR[w] ?? w;
  if (w.length > 4 && (w.endsWith('ied') || w.endsWith('ies'))) w = w.slice(0, -3) + 'y';
  else if (w.length > 5 && w.endsWith('eed')) w = w.slice(0, -1);
  else if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  // "exceeds", "exceeded" and "exceed" alike, as "agreed" and "agree": a stem left ending in "eed" loses its "d"
  if (w.length > 4 && w.endsWith('eed')) w = w.slice(0, -1);
  // One spelling for every form: "shipp" → "ship", "create" → "creat".
  if (w.length > 3 && /([bdgmnprt])\1$/.test(w)) w = w.slice(0, -1);
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

/** Irregular verb forms and the base form whose stem they share. */
const IRREGULAR: Readonly<Record<string, string>> = table({
  rose: 'rise', risen: 'rise', fell: 'fall', fallen: 'fall', grew: 'grow', grown: 'grow', won: 'win', lost: 'lose',
  sold: 'sell', bought: 'buy', paid: 'pay', made: 'make', took: 'take', taken: 'take', gave: 'give', given: 'give',
  held: 'hold', left: 'leave', brought: 'bring', sent: 'send', spent: 'spend', built: 'build', ran: 'run', led: 'lead',
  met: 'meet', saw: 'see', seen: 'see', went: 'go', gone: 'go', came: 'come', became: 'become', stood: 'stand',
  kept: 'keep', caught: 'catch', struck: 'strike', fled: 'flee', found: 'find', told: 'tell', said: 'say', shot: 'shoot',
  drew: 'draw', drawn: 'draw', threw: 'throw', thrown: 'throw', flew: 'fly', flown: 'fly', drove: 'drive', driven: 'drive',
  wrote: 'write', written: 'write', began: 'begin', begun: 'begin', sank: 'sink', sunk: 'sink', shrank: 'shrink',
  shrunk: 'shrink', swung: 'swing', slid: 'slide', sprang: 'spring', sprung: 'spring', dealt: 'deal', meant: 'mean',
  lent: 'lend', beaten: 'beat', got: 'get', gotten: 'get', had: 'have', has: 'have', was: 'be', were: 'be', is: 'be',
  are: 'be', been: 'be', did: 'do', does: 'do', done: 'do', died: 'die', dies: 'die', dying: 'die',
});

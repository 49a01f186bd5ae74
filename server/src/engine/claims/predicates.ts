/**
 * Predicate classes: the different words news copy uses for one thing that happened to the people
 * counted ("killed", "dead", "died", "lost their lives" are all `killed`). Matched by word prefix.
 */
const CLASSES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['killed', ['kill', 'dead', 'die', 'died', 'dies', 'dying', 'death', 'slain', 'murder', 'fatal', 'perish', 'toll', 'fatalit', 'casualt', 'bodies']],
  ['injured', ['injur', 'wound', 'hurt', 'hospitali', 'treated', 'maim']],
  ['shot', ['shot', 'shoot', 'gunshot']],
  ['arrested', ['arrest', 'detain', 'detention', 'custody', 'apprehend', 'nabbed', 'rounded up', 'held']],
  ['charged', ['charg', 'indict', 'prosecut', 'accused']],
  ['warrant', ['warrant']],
  ['repatriated', ['repatriat', 'deport', 'flown home', 'flown back', 'flew home', 'sent home', 'sent back', 'returned home', 'brought home', 'brought back', 'expel', 'extradit', 'returnee']],
  ['missing', ['missing', 'unaccounted']],
  ['rescued', ['rescu', 'freed', 'liberat', 'saved']],
  ['evacuated', ['evacuat']],
  ['released', ['releas']],
  ['displaced', ['displac', 'homeless', 'fled', 'flee']],
  ['convicted', ['convict', 'sentenc', 'jailed', 'imprison']],
];

/** Irregular participles and verbs that take a counted object or subject. */
export const IRREGULAR_VERBS = new Set([
  'flown', 'shot', 'hurt', 'held', 'taken', 'sent', 'brought', 'left', 'found', 'seen', 'given', 'made', 'put',
  'kept', 'caught', 'hit', 'struck', 'fled', 'died', 'dead', 'slain', 'stabbed', 'beaten', 'driven', 'thrown',
  'known', 'born', 'wounded', 'injured', 'missing', 'freed', 'won', 'lost', 'got', 'sold', 'bought', 'paid',
  'met', 'led', 'fell', 'rose', 'grew', 'ran', 'went', 'came', 'became', 'stood', 'saw', 'told', 'said', 'remain',
  'remained', 'remains', 'face', 'faced', 'faces', 'include', 'included', 'includes',
]);

/** The class of a predicate phrase, or undefined for verbs outside the lexicon. */
export function predicateClass(phrase: string): string | undefined {
  const p = phrase.toLowerCase();
  if (/\bfatally\b|\bshot (dead|and killed)\b/.test(p)) return 'killed';
  if (/\bshot and (wounded|injured)\b|\bsurviv/.test(p)) return 'injured';
  for (const [cls, stems] of CLASSES) {
    for (const stem of stems) {
      const at = p.indexOf(stem);
      if (at === 0 || (at > 0 && p.charCodeAt(at - 1) === 32)) return cls;
    }
  }
  return undefined;
}

/** A crude lemma for verbs outside the lexicon: "raided" → "raid", "confiscating" → "confiscat". */
export function verbLemma(word: string): string {
  const w = word.toLowerCase();
  if (w.endsWith('ied')) return w.slice(0, -3) + 'y';
  if (w.endsWith('ing') && w.length > 5) return w.slice(0, -3);
  if (w.endsWith('ed') && w.length > 4) return w.slice(0, -2);
  if (w.endsWith('es') && w.length > 4) return w.slice(0, -2);
  if (w.endsWith('s') && !w.endsWith('ss') && w.length > 3) return w.slice(0, -1);
  return w;
}

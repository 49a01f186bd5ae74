/**
 * Stage 6: what is said around a figure that changes its interval: signs ("-9.2", "minus five
 * percent", "down 3%"), hedges ("about", "nearly"), comparatives as open intervals ("more than",
 * "above", "at least", "up to", "fewer than", "less than or equal to") and trailing hedges ("or so",
 * "or more", "50-plus", "50-odd").
 */
import { TokenKind, type Token } from '../text/tokens';
import { TIME_NOUNS } from '../text/lexicon';
import type { Draft, ReadContext, Rule } from './draft';
import { negate } from './exact';
import { CURRENCY_SIGNS } from './unitWords';

/** How a hedge changes the interval around a stated number. */
export type Hedge = 'about' | 'nearly' | 'over' | 'atLeast' | 'upTo' | 'exactly';

export type ModifierRule = Rule<(ctx: ReadContext, d: Draft) => boolean>;

/** Hedges written before the number, by effect. Longer phrases win ("just over" before "over"). */
const HEDGES_BEFORE: Readonly<Record<Hedge, readonly string[]>> = {
  about: ['about', 'around', 'approximately', 'approx.', 'roughly', 'some', 'an estimated', 'estimated', 'circa', '~', 'an approximate', 'on the order of'],
  nearly: ['nearly', 'almost', 'close to', 'just under', 'just below', 'just shy of', 'nearing', 'not quite'],
  over: ['more than', 'over', 'above', 'greater than', 'exceeding', 'in excess of', 'upwards of', 'upward of', 'north of', 'just over', 'well over', 'well above', 'just above', 'higher than', 'larger than', 'bigger than'],
  atLeast: ['at least', 'no fewer than', 'no less than', 'not less than', 'a minimum of', 'minimum of', 'greater than or equal to', 'more than or equal to', 'at a minimum'],
  upTo: ['up to', 'as many as', 'as much as', 'as high as', 'at most', 'no more than', 'not more than', 'fewer than', 'less than', 'under', 'below', 'a maximum of', 'maximum of', 'less than or equal to', 'fewer than or equal to', 'well under', 'well below', 'lower than', 'smaller than', 'at the most'],
  exactly: ['exactly', 'precisely'],
};

interface Phrase { readonly words: readonly string[]; readonly hedge: Hedge }

/** Hedge phrases indexed by their last word, longest first. */
const BY_LAST_WORD: ReadonlyMap<string, readonly Phrase[]> = (() => {
  const map = new Map<string, Phrase[]>();
  for (const [hedge, phrases] of Object.entries(HEDGES_BEFORE) as Array<[Hedge, readonly string[]]>) {
    for (const p of phrases) {
      const words = p.split(' ');
      const last = words[words.length - 1];
      if (!map.has(last)) map.set(last, []);
      map.get(last)!.push({ words, hedge });
    }
  }
  for (const list of map.values()) list.sort((a, b) => b.words.length - a.words.length);
  return map;
})();

/** The last words of the hedges of one effect: one of them stands right before a number it hedges. */
function lastWords(effect: Hedge): string[] {
  return HEDGES_BEFORE[effect].map((p) => p.slice(p.lastIndexOf(' ') + 1));
}

/** Before "over" + a span of time, words that keep it a comparative: "for over three years". */
const OVER_SPAN_OK = new Set(['for', 'in', 'of', 'lasted', 'lasting', 'took', 'taking', 'spanning', 'spent', 'after']);

/**
 * The last place `phraseBefore` was asked about, and its answer. The six hedge rules run one after
 * another on the same figure and all ask about the same place ("of" ends hedges of five effects):
 * the phrases are looked up once per figure, not once per rule.
 */
const lastAsked: { tokens: readonly Token[] | undefined; at: number; phrase: Phrase | undefined } = { tokens: undefined, at: -1, phrase: undefined };

/** The hedge phrase that ends right before token `at`, if any. */
function phraseBefore(tokens: readonly Token[], at: number): Phrase | undefined {
  if (lastAsked.tokens !== tokens || lastAsked.at !== at) {
    lastAsked.tokens = tokens;
    lastAsked.at = at;
    lastAsked.phrase = findPhraseBefore(tokens, at);
  }
  return lastAsked.phrase;
}

function findPhraseBefore(tokens: readonly Token[], at: number): Phrase | undefined {
  const candidates = BY_LAST_WORD.get(tokens[at - 1]?.lower ?? '');
  if (!candidates) return undefined;
  for (const p of candidates) {
    const start = at - p.words.length;
    if (start < 0) continue;
    let ok = true;
    for (let k = 0; k < p.words.length && ok; k++) ok = tokens[start + k].lower === p.words[k];
    if (ok) return p;
  }
  return undefined;
}

/** A hedge rule: the hedges of one effect written before the number. */
function hedgeBefore(effect: Hedge): (ctx: ReadContext, d: Draft) => boolean {
  return (ctx, d) => {
    const { tokens } = ctx;
    if (d.hedge !== undefined) return false;
    const p = phraseBefore(tokens, d.first);
    if (!p || p.hedge !== effect) return false;
    const head = p.words[0];
    // "some" hedges only a number ("some 300 families"), not "some of the 300".
    if (head === 'some' && !(tokens[d.first].kind === TokenKind.Number || d.words || CURRENCY_SIGNS[tokens[d.first].text] !== undefined)) return false;
    // "$2,000 over three years", "rose 5% over two years": a span, not "more than".
    if (p.words.length === 1 && head === 'over' && TIME_NOUNS.has(tokens[d.last + 1]?.lower ?? '') &&
      !OVER_SPAN_OK.has(tokens[d.first - 2]?.lower ?? '')) return false;
    d.hedge = effect;
    d.first -= p.words.length;
    return true;
  };
}

/** "50 or so", "50 or more", "5% or less", "50-plus", "50+", "50-odd". */
function hedgeAfter(ctx: ReadContext, d: Draft): boolean {
  const { tokens } = ctx;
  if (d.value === null) return false;
  const a = tokens[d.last + 1];
  const b = tokens[d.last + 2]?.lower ?? '';
  if (!a) return false;
  let hedge: Hedge | undefined;
  let width = 2;
  if (a.lower === 'or') {
    hedge = b === 'so' ? 'about' : /^(more|higher|above|over|greater|upwards)$/.test(b) ? 'atLeast' : /^(less|fewer|lower|under|below)$/.test(b) ? 'upTo' : undefined;
  } else if (a.text === '-' && a.start === tokens[d.last].end && tokens[d.last + 2]?.start === a.end) {
    hedge = b === 'plus' ? 'atLeast' : b === 'odd' ? 'about' : undefined;
  } else if (a.text === '+' && a.start === tokens[d.last].end) {
    hedge = 'atLeast';
    width = 1;
  }
  if (!hedge) return false;
  d.hedge ??= hedge;
  d.last += width;
  return true;
}

/** Whether the character before a sign lets it be one: a space, an opening bracket or quote (not "20-30", "COVID-19"). */
function opensNumber(c: number): boolean {
  return c === 32 || c === 40 || c === 91 || c === 34 || c === 0x201c || c === 9 || c === 0xa0;
}

/**
 * "-9.2", "−5", "+3.4%", "-$5m": a sign written against digits. At the start of a line a hyphen is
 * a list bullet ("-Three officers were hurt", "-5 people"), a sign only before a unit that can be negative.
 */
function sign(ctx: ReadContext, d: Draft): boolean {
  const { tokens, text } = ctx;
  const t = tokens[d.first - 1];
  if (!t || (t.text !== '-' && t.text !== '−' && t.text !== '+') || t.end !== tokens[d.first].start || d.words) return false;
  const before = text.charCodeAt(t.start - 1);
  const lineStart = Number.isNaN(before) || before === 10 || before === 13;
  if (!(opensNumber(before) || (lineStart && d.unit !== null))) return false;
  if (t.text !== '+') negateDraft(d);
  d.first -= 1;
  return true;
}

/** "minus five percent", "negative 2%". */
function minusWord(ctx: ReadContext, d: Draft): boolean {
  const w = ctx.tokens[d.first - 1]?.lower;
  if (w !== 'minus' && w !== 'negative') return false;
  negateDraft(d);
  d.first -= 1;
  return true;
}

/** Before "down", what makes it a signed change ("were down 3%", "closed down 5 cents", ", down 3%"), not a verb's particle ("wrote down"). */
const BEFORE_DOWN = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being', "'s", '’s', 'closed', 'ended', 'finished', 'traded', 'opened', 'stood', 'remained', 'or', 'and', 'also', 'still', 'slightly', 'sharply', 'now', ',', '(', ':', ';', '—', '–']);

/** "down 3%", "down 2.5 percentage points", "down 5 cents": a fall stated as a signed change (percentages and money only). */
function down(ctx: ReadContext, d: Draft): boolean {
  const { tokens } = ctx;
  if (tokens[d.first - 1]?.lower !== 'down' || d.unit === null) return false;
  const before = tokens[d.first - 2];
  if (before && !BEFORE_DOWN.has(before.lower)) return false;
  const unit = d.unit.split('/')[0];
  if (!(unit === 'percent' || unit === 'percentage points' || /^[A-Z]{3}$/.test(unit))) return false;
  negateDraft(d);
  d.first -= 1;
  return true;
}

function negateDraft(d: Draft): void {
  if (d.value) d.value = negate(d.value);
  if (d.lo && d.hi) [d.lo, d.hi] = [negate(d.hi), negate(d.lo)];
}

export const MODIFIER_RULES: readonly ModifierRule[] = [
  { name: 'sign', matches: 'a sign against the number: "-9.2", "−5", "+3.4%", "-$5m"', needs: { before: ['-', '−', '+'] }, apply: sign },
  { name: 'minus-word', matches: '"minus five percent", "negative 2%"', needs: { before: ['minus', 'negative'] }, apply: minusWord },
  { name: 'down', matches: '"down 3%", "down 2.5 percentage points", "down 5 cents": negative (percentages and money)', needs: { before: ['down'] }, apply: down },
  { name: 'about', matches: `${HEDGES_BEFORE.about.map((p) => `"${p}"`).join(', ')}: ±10% (±1 at least for counts)`, needs: { before: lastWords('about') }, apply: hedgeBefore('about') },
  { name: 'nearly', matches: `${HEDGES_BEFORE.nearly.map((p) => `"${p}"`).join(', ')}: up to 10% below, not above`, needs: { before: lastWords('nearly') }, apply: hedgeBefore('nearly') },
  { name: 'more-than', matches: `${HEDGES_BEFORE.over.map((p) => `"${p}"`).join(', ')}: from the number up, no maximum`, needs: { before: lastWords('over') }, apply: hedgeBefore('over') },
  { name: 'at-least', matches: `${HEDGES_BEFORE.atLeast.map((p) => `"${p}"`).join(', ')}: from the number up`, needs: { before: lastWords('atLeast') }, apply: hedgeBefore('atLeast') },
  { name: 'up-to', matches: `${HEDGES_BEFORE.upTo.map((p) => `"${p}"`).join(', ')}: up to the number, no minimum`, needs: { before: lastWords('upTo') }, apply: hedgeBefore('upTo') },
  { name: 'exactly', matches: '"exactly", "precisely": the number itself', needs: { before: lastWords('exactly') }, apply: hedgeBefore('exactly') },
  { name: 'hedge-after', matches: '"50 or so", "50 or more", "5% or less", "50-plus", "50+", "50-odd"', needs: { after: ['or', '-', '+'] }, apply: hedgeAfter },
];

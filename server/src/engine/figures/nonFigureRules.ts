/**
 * Stage 5: numbers that are not figures (years, dates, times, ages, phone numbers, URLs, codes,
 * model numbers, addresses) are dropped; a game's score or a vote's tally is kept as a score. Each
 * rule looks at the number read so far (units and range included, hedges not yet).
 */
import { TokenKind, type Token } from '../text/tokens';
import { ADDRESS_WORDS, IDENTIFIER_HEADS, MONTHS, PERSON_NOUNS, WEEKDAYS } from '../text/lexicon';
import type { Draft, ReadContext, Rule } from './draft';
import { isInteger, toDecimal, toNumber } from './exact';
import { isDigitCode, isLetterCode } from './numerals';
import { isCasualtyHeadlineVerb, loneOneCounts } from './casualtyCounts';
import { tokenAt } from './numberRules';
import { cardinalWord } from './numberWords';
import { glued, isAcronym, isCamelCase, isDigits, isNumberToken, startsAsciiLower, startsLower } from './tokenTests';
import { isCapitalized, startsUpper } from '../text/letterCase';

/** A verdict on a draft: not a figure at all, or a score. */
export type Verdict = 'drop' | 'score';

export type NonFigureRule = Rule<(ctx: ReadContext, d: Draft) => Verdict | undefined> & {
  /**
   * The figures the rule reads at all, by their unit: only those without one (`none`), or without one
   * but a fraction's (`none or fraction`); every figure when not given. Like `needs`, a necessary
   * condition the rule also tests itself: `judge` passes it over for other figures unasked.
   */
  readonly units?: 'none' | 'none or fraction';
};

const TIME_SUFFIXES = new Set(['a.m.', 'p.m.', 'am', 'pm', "o'clock", 'gmt', 'utc', 'edt', 'est', 'pdt', 'pst', 'cdt', 'cst', 'hrs', 'bst', 'cet', 'cest', 'ist', 'jst', 'aest']);
const AT_TIME_VERBS = /^(dead|deceased|died|arrived|occurred|happened|began|started|ended|returned|left|called)$/;
const YEAR_BEFORE = new Set(['in', 'since', 'of', 'from', 'to', 'until', 'till', 'by', 'before', 'after', 'during', 'the', 'early', 'late', 'mid', 'fiscal', 'through', 'between', 'and', 'or', 'year', 'around', 'circa', 'spring', 'summer', 'autumn', 'fall', 'winter', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);
const HEDGE_WORDS = new Set(['about', 'around', 'some', 'nearly', 'almost', 'over', 'than', 'least', 'approximately', 'roughly', 'estimated']);
const SCORE_CUES = /^(won|win|wins|winning|lost|lose|loses|losing|beat|beats|beating|defeated|defeat|defeats|drew|draw|drawn|tied|tie|victory|victories|loss|losses|score|scored|scoreline|final|lead|led|leading|trailed|trailing|trail|vote|votes|voted|passed|approved|rejected|referendum|ballot|decision|ruling|ruled|margin|edged|routed|thrashed|downed|upset|record|rout|triumph|thriller|shootout|win-loss)$/;
const GUN_WORDS = /^(handgun|handguns|pistol|pistols|gun|guns|rifle|rifles|semi-automatic|semiautomatic|round|rounds|bullet|bullets|shell|shells|casing|casings|luger|weapon|weapons|firearm|firearms|ammunition|caliber|calibre|glock|ruger|beretta|smith)$/;
const SCREEN_WORDS = /^(tv|tvs|television|televisions|video|videos|resolution|display|displays|screen|screens|monitor|monitors|camera|cameras|streaming|ultra|hdr|race|run|runs|races)$/;
/** Before a time head ("week", "day", "year"), words that make it a period, not a name: "last year 300 jobs". */
const PERIOD_DETERMINERS = new Set(['last', 'this', 'next', 'past', 'previous', 'a', 'per', 'each', 'every', 'that', 'same', 'fiscal', 'calendar', 'the']);
const TIME_HEADS = new Set(['week', 'day', 'year']);
const DETERMINERS = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'a', 'an', 'this', 'that']);
/** Words that open a sentence before a count ("Only 3 lanes", "Some 40 million", "The 21st"): capitalized, but no name. */
const OPENERS = new Set([
  'the', 'a', 'an', 'only', 'some', 'about', 'around', 'nearly', 'almost', 'over', 'under', 'just', 'roughly',
  'approximately', 'another', 'all', 'at', 'in', 'on', 'by', 'for', 'with', 'of', 'to', 'from', 'after', 'before', 'and',
  'but', 'so', 'then', 'since', 'until', 'more', 'fewer', 'less', 'than', 'exactly', 'estimated', 'those', 'these',
  'its', 'their', 'his', 'her', 'our', 'my', 'your', 'up', 'down', 'below', 'above', 'between', 'among', 'including',
  'another', 'upwards', 'well', 'nearly', 'close', 'as', 'least', 'most', 'no', 'not', 'each', 'every', 'per', 'some',
]);

/** "www.example.com/2019/05", "name@host.org", a URL's "%20" escapes: any number inside them. */
function urlOrEmail(ctx: ReadContext, d: Draft): Verdict | undefined {
  const { text, tokens } = ctx;
  const start = tokens[d.numberFirst].start;
  const end = tokens[d.numberLast].end;
  // Most numbers stand between spaces and punctuation: no URL around them.
  if (isSpace(text.charCodeAt(start - 1)) && (isSpace(text.charCodeAt(end)) || /[,.;:!?)]/.test(text[end]))) return undefined;
  let from = start;
  while (from > 0 && from > start - 200 && !isSpace(text.charCodeAt(from - 1))) from--;
  let to = end;
  while (to < text.length && to < end + 200 && !isSpace(text.charCodeAt(to))) to++;
  const chunk = text.slice(from, to);
  return chunk.includes('://') || chunk.includes('www.') || chunk.includes('@') || /%[0-9A-Fa-f]{2}/.test(chunk) ? 'drop' : undefined;
}

/** Whitespace, or no character at all (the text's ends). */
function isSpace(c: number): boolean {
  return Number.isNaN(c) || c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0 || c === 0x202f || c === 0x2009;
}

const PHONE = /^(?:\+\d{1,3}[-. ]?\(?\d{1,4}\)?(?:[-. ]\d{2,5}){1,4}|\(?\d{1,4}\)?(?:[-.]\d{2,5}){2,4}|\d{3}[-.]\d{4}|\(\d{3}\) ?\d{3}[-.]\d{4})(?!\d)/;

/** "+1-222-2222-2222", "555-0142", "(312) 555-0199", "1-800-555-0199", "+44 20 7946 0958". */
function phone(ctx: ReadContext, d: Draft): Verdict | undefined {
  const { text, tokens } = ctx;
  const t = tokens[d.numberFirst];
  let start = t.start;
  if (text[start - 1] === '+' || text[start - 1] === '(') start--;
  if (!mayStartPhone(text, start)) return undefined;
  const m = PHONE.exec(text.slice(start, start + 24));
  if (!m) return undefined;
  // "2.345.000" in a locale that groups with dots is one number, not a phone.
  if (d.suffix === '' && tokens[d.numberLast].end >= start + m[0].length) return undefined;
  let digits = 0;
  for (const ch of m[0]) if (isDigitCode(ch.charCodeAt(0))) digits++;
  if (digits < 7) return undefined;
  const last = tokenAt(tokens, d.numberFirst, start + m[0].length);
  if (last > d.last) d.last = last;
  return 'drop';
}

/**
 * Whether PHONE may match at `start`, by its first characters: every branch opens with "+" or "(",
 * or with at most four digits and then "-", "." or ")". Most numbers ("58", "1,200") fail here, so
 * the pattern runs (and the text is sliced) for few of them.
 */
function mayStartPhone(text: string, start: number): boolean {
  const c = text.charCodeAt(start);
  if (c === 43 /* + */ || c === 40 /* ( */) return true;
  let end = start;
  while (end - start <= 4 && isDigitCode(text.charCodeAt(end))) end++;
  const after = text.charCodeAt(end);
  return end > start && end - start <= 4 && (after === 45 /* - */ || after === 46 /* . */ || after === 41 /* ) */);
}

/** "8 p. m.", "8 P.M": "a.m." or "p.m." spaced or half dotted, read in place (sticky) after the number. */
const SPACED_AM_PM = /\s?[ap]\.? ?m\b/iy;

/**
 * The stated value as a number; null for a vague quantity or a range. Rules ask it after their
 * token tests, which settle most numbers: a decimal's exact conversion costs more than they do.
 */
function statedNumber(d: Draft): number | null {
  return d.value !== null ? toNumber(d.value) : null;
}

function isAtMost(v: number | null, max: number): boolean {
  return v !== null && v <= max;
}

/** A stated value a person's age may have. */
function isAgeValue(d: Draft): boolean {
  const v = statedNumber(d);
  return v !== null && v < 120;
}

/** "a", "p", "A" or "P". */
function isAOrP(c: number): boolean {
  const lower = c | 32;
  return lower === 97 /* a */ || lower === 112 /* p */;
}

/** "4:16", "10am", "4 p.m.", "0600 GMT", "died at 5". */
function time(ctx: ReadContext, d: Draft): Verdict | undefined {
  const { tokens } = ctx;
  const s = d.suffix;
  if (s.startsWith(':') || s === 'am' || s === 'pm' || s === 'h' || s === 'hrs') return 'drop';
  const next = tokens[d.last + 1];
  if (next && TIME_SUFFIXES.has(next.lower)) return 'drop';
  // "8 p. m.", "8 P.M": the suffix spaced or half dotted; the pattern runs only where its "a" or "p" stands within a character of the number
  const end = tokens[d.last].end;
  if (isAOrP(ctx.text.charCodeAt(end)) || isAOrP(ctx.text.charCodeAt(end + 1))) {
    SPACED_AM_PM.lastIndex = end;
    if (SPACED_AM_PM.test(ctx.text)) return 'drop';
  }
  const prev = tokens[d.numberFirst - 1];
  if (prev?.lower === 'at' && AT_TIME_VERBS.test(tokens[d.numberFirst - 2]?.lower ?? '') && isAtMost(statedNumber(d), 24)) return 'drop';
  return undefined;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?!\d)/;

/** A month's name; "may" only capitalized ("they may 5 times" is no date). */
function isMonth(t: Token | undefined): boolean {
  return t !== undefined && MONTHS[t.lower] !== undefined && (t.lower !== 'may' || t.text === 'May');
}

/** "March 3", "3 March", "Nov. 5", "the 21st of March", "March 3-5", "2020-03-04". */
function date(ctx: ReadContext, d: Draft): Verdict | undefined {
  const { tokens } = ctx;
  const prev = tokens[d.numberFirst - 1];
  const next = tokens[d.last + 1];
  if (d.unit !== null && d.unit !== 'fraction') return undefined;
  const start = tokens[d.numberFirst].start;
  // "2020-03-04": a hyphen after four digits, before the pattern reads the slice.
  const iso = ctx.text.charCodeAt(start + 4) === 45 ? ISO_DATE.exec(ctx.text.slice(start, start + 11)) : null;
  if (iso) {
    d.last = Math.max(d.last, tokenAt(tokens, d.numberFirst, tokens[d.numberFirst].start + iso[0].length));
    return 'drop';
  }
  if (isMonth(prev)) return 'drop';
  if (isMonth(next) && isAtMost(d.value !== null ? toNumber(d.value) : d.lo !== null ? toNumber(d.lo) : null, 31) && isNumberToken(tokens[d.numberFirst])) return 'drop';
  if (next?.lower === 'of' && isMonth(tokens[d.last + 2])) return 'drop';
  return undefined;
}

/** "in 2019", "the 2009 attack", "2019-20", "1998-2002"; not "2000 people" or "about 2000 jobs". */
function year(ctx: ReadContext, d: Draft): Verdict | undefined {
  const { tokens } = ctx;
  if (d.unit !== null || d.kind === 'score') return undefined;
  const first = tokens[d.numberFirst];
  if (first.text.length !== 4 || !isDigits(first.text)) return undefined;
  const y = Number(first.text);
  if (y < 1000 || y > 2100) return undefined;
  // "1998-2002": a span of years.
  if (d.value === null) {
    const hi = d.hi !== null ? toNumber(d.hi) : 0;
    return hi >= 1000 && hi <= 2100 && d.last === d.numberFirst + 2 ? 'drop' : undefined;
  }
  if (d.last !== d.numberFirst) return undefined;
  const prev = tokens[d.first - 1];
  const next = tokens[d.last + 1];
  // "2019-20", "2019/20": a season or fiscal year.
  if ((next?.text === '-' || next?.text === '/' || next?.text === '–') && glued(first, next) && /^\d{2}$/.test(tokens[d.last + 2]?.text ?? '')) {
    d.last += 2;
    return 'drop';
  }
  if (next && PERSON_NOUNS.has(next.lower)) return undefined;
  if (prev && HEDGE_WORDS.has(prev.lower)) return undefined;
  if (y >= 1900) return 'drop';
  // 1000–1899: a year after "in", "since", "the"…, or with no noun after it; else a count ("1500 jobs").
  if (prev && YEAR_BEFORE.has(prev.lower)) return 'drop';
  return next && next.kind === TokenKind.Word && startsAsciiLower(next) ? undefined : 'drop';
}

/** "1990s", "the '90s", "in their 20s". */
function decade(_ctx: ReadContext, d: Draft): Verdict | undefined {
  return d.suffix === 's' || d.suffix === '’s' || d.suffix === "'s" ? 'drop' : undefined;
}

/** "ages 24, 25, and 41": a number in a list that "ages" or "aged" opens, or that follows people just named. */
function inListOfAges(tokens: readonly Token[], first: number): boolean {
  for (let k = first - 1; k >= 0 && k >= first - 8; k--) {
    const w = tokens[k];
    if (w.lower === 'ages' || w.lower === 'aged') return true;
    // "two males, 30 and 42": the ages of the people just named
    if (w.kind === TokenKind.Word && PERSON_NOUNS.has(w.lower) && tokens[k + 1]?.text === ',' && k < first - 3) return true;
    if (!(w.kind === TokenKind.Number || w.text === ',' || w.lower === 'and')) return false;
  }
  return false;
}

/** Before an age range's first end: "aged between 20 and 30", "ages from two to 11". */
const AGE_RANGE_OPENERS = new Set(['between', 'from']);
const AGE_HEADS = new Set(['aged', 'ages']);
const AGE_RANGE_JOINS = new Set(['to', 'and']);
const YEARS = new Set(['year', 'years']);
/** "year-old", with a hyphen or a non-breaking one (U+2011). */
const YEARS_OLD = new Set(['year-old', 'years-old', 'year\u2011old', 'years\u2011old']);

/** Verbs of a life's events, after which "at 85" is an age. */
const LIFE_EVENTS = /^(died|dies|die|retired|retires|retire|married|marries|wed|graduated|debuted)$/;

/** "aged 34", "aged from two to 11", "at the age of 34", "died at 85", "Lopez, 34,", "(34)", "a 34-year-old", "a 12 year-old", "ages 24, 25 and 41", "an 18 and 15 year old". */
function age(ctx: ReadContext, d: Draft): Verdict | undefined {
  const { tokens } = ctx;
  if (d.unit !== null && d.unit !== 'fraction') return undefined;
  const first = d.numberFirst;
  const t = tokens[first];
  const prev = tokens[first - 1];
  const next = tokens[d.last + 1];
  const next2 = tokens[d.last + 2];
  if (prev && (prev.lower === 'aged' || prev.lower === 'age' || prev.lower === 'ages')) return 'drop';
  // "at the age of 85", "died at 85", "retired at 65": an age the phrase or a verb of a life's events gives
  if (prev?.lower === 'of' && tokens[first - 2]?.lower === 'age') return 'drop';
  if (prev?.lower === 'at' && LIFE_EVENTS.test(tokens[first - 2]?.lower ?? '') && isAgeValue(d)) return 'drop';
  if (AGE_RANGE_OPENERS.has(prev?.lower ?? '') && AGE_HEADS.has(tokens[first - 2]?.lower ?? '')) return 'drop';
  // "four children aged from two to 11": the range's other end is an age too, never a count of the sentence's verb
  if (AGE_RANGE_JOINS.has(prev?.lower ?? '') && AGE_RANGE_OPENERS.has(tokens[first - 3]?.lower ?? '') && AGE_HEADS.has(tokens[first - 4]?.lower ?? '')) return 'drop';
  if (inListOfAges(tokens, first)) return 'drop';
  // "a 25- and 35-year-old"
  if (next?.text === '-' && glued(tokens[d.last], next) && /^(and|or|to)$/.test(next2?.lower ?? '')) return 'drop';
  // "an 18 and 15 year old"
  if ((next?.lower === 'and' || next?.lower === 'or') && next2?.kind === TokenKind.Number &&
    // Stryker disable next-line StringLiteral: at the text's end any stand-in fails the test as '' does
    (YEARS.has(tokens[d.last + 3]?.lower ?? '') || YEARS_OLD.has(tokens[d.last + 3]?.lower ?? ''))) return 'drop';
  // "a 12 year-old boy", "an 11 year old boy"
  if (next && (YEARS_OLD.has(next.lower) || (YEARS.has(next.lower) && next2?.lower === 'old'))) return 'drop';
  const ofPlace = next?.lower === 'of' && next2 !== undefined && startsUpper(next2);
  if (prev?.text === ',' && (next?.text === ',' || next?.text === '.' || next?.lower === 'and' || next?.text === ')' || next === undefined || ofPlace || next?.lower === 'who')) {
    // "Lopez, 34, ...", "the gunman, 34, ...", "Shawn Lee Jr., 21 of Lynchburg", "Belin Jr., 49,"
    const name = tokens[first - 2]?.text === '.' ? tokens[first - 3] : tokens[first - 2];
    const person = name && name.kind === TokenKind.Word && (startsUpper(name) || PERSON_NOUNS.has(name.lower));
    if (person && isAgeValue(d)) return 'drop';
  }
  // "Jacob Williams 18, of McDonough"
  if (isCapitalized(prev) && next?.text === ',' && next2?.lower === 'of' && t.kind === TokenKind.Number && isAgeValue(d)) return 'drop';
  if (prev?.text === '(' && next?.text === ')' && isCapitalized(tokens[first - 2]) && isAgeValue(d)) return 'drop';
  return undefined;
}

/** "34-year-old", "10-minute", "a three-member panel": a number inside a compound adjective (units were read before). */
function compoundModifier(ctx: ReadContext, d: Draft): Verdict | undefined {
  const { tokens } = ctx;
  const next = tokens[d.last + 1];
  const next2 = tokens[d.last + 2];
  if (next?.text === '-' && glued(tokens[d.last], next) && next2?.kind === TokenKind.Word && glued(next, next2) && !/^(plus|odd)$/.test(next2.lower)) return 'drop';
  return undefined;
}

/** "1600 Pennsylvania Avenue", "the 1200 block of Elm Street". */
function address(ctx: ReadContext, d: Draft): Verdict | undefined {
  const { tokens } = ctx;
  if (d.unit !== null || d.words) return undefined;
  for (let k = d.last + 1; k <= d.last + 4 && k < tokens.length; k++) {
    const w = tokens[k];
    if (ADDRESS_WORDS.has(w.lower) && (k === d.last + 1 ? w.lower === 'block' : startsUpper(w))) return 'drop';
    if (!isCapitalized(w)) break;
  }
  return undefined;
}

/** "Route 66", "Flight 370", "No. 5", "Apt. 1", "#3", "Image 4 of 10", "Week 3"; not "last year 300 jobs". */
function identifier(ctx: ReadContext, d: Draft): Verdict | undefined {
  const { tokens } = ctx;
  if (d.unit !== null || d.scaled) return undefined;
  const first = d.numberFirst;
  const prev = tokens[first - 1];
  const next = tokens[d.last + 1];
  if (prev?.text === '#') return 'drop';
  const headAt = prev?.text === '.' ? first - 2 : first - 1;
  const head = tokens[headAt];
  if (head && IDENTIFIER_HEADS.has(head.lower) && !(next && PERSON_NOUNS.has(next.lower))) {
    const period = TIME_HEADS.has(head.lower) && !isCapitalized(head) && PERIOD_DETERMINERS.has(tokens[headAt - 1]?.lower ?? '');
    if (!period && !(tokens[first].kind === TokenKind.Number && /,/.test(tokens[first].text))) return 'drop';
  }
  // The total of an identifier: "Image 4 of 10".
  if (prev?.lower === 'of' && isNumberToken(tokens[first - 2]) && IDENTIFIER_HEADS.has(tokens[first - 3]?.lower ?? '')) return 'drop';
  // Pagination: "1 / 3"
  if (next?.text === '/' && isNumberToken(tokens[d.last + 2])) return 'drop';
  return undefined;
}

/**
 * "Boeing 737", "FTSE 100", "iPhone 15", a broadcaster "LEX 18": a name with a number. A capitalized
 * word before a number names it unless a lower-case word follows (the count's noun or verb: "The
 * Chronicle 8 injured"), a weekday stands there ("said Sunday 12 people"), a headline verb does
 * ("Kills 2, Wounds 5 Others"), or the whole line is a headline in title case. After "the"/"its",
 * a name with three digits or more is a model even before a noun ("its Boeing 737 fleet").
 */
function modelNumber(ctx: ReadContext, d: Draft): Verdict | undefined {
  const { tokens } = ctx;
  const first = d.numberFirst;
  const t = tokens[first];
  const prev = tokens[first - 1];
  const next = tokens[d.last + 1];
  if (d.unit !== null || t.kind !== TokenKind.Number || !prev || prev.kind !== TokenKind.Word) return undefined;
  if (isAcronym(prev)) return 'drop';
  // "iPhone 15", "eBay 2": a brand written in camel case.
  if (isCamelCase(prev)) return 'drop';
  if (!isCapitalized(prev) || first < 2 || WEEKDAYS[prev.lower] !== undefined || isCasualtyHeadlineVerb(prev.lower) || OPENERS.has(prev.lower)) return undefined;
  if (next && PERSON_NOUNS.has(next.lower)) return undefined;
  if (DETERMINERS.has(tokens[first - 2].lower) && t.text.length >= 3 && isDigits(t.text)) return 'drop';
  const nextIsWord = next !== undefined && next.kind === TokenKind.Word && startsAsciiLower(next);
  return nextIsWord || isTitleCase(tokens) ? undefined : 'drop';
}

/** A headline in title case ("Storm Leaves 400 Without Power"): no lower-case word longer than three letters. */
function isTitleCase(tokens: readonly Token[]): boolean {
  for (const t of tokens) if (t.kind === TokenKind.Word && t.text.length > 3 && startsLower(t)) return false;
  return true;
}

/** Digits glued to code-like characters: ".45", "/2014/", "24/7", "9/11", "555-0142"'s second half, "5G", "1.2.3", "4x4", zero-padded "09", long digit runs. */
function gluedCode(ctx: ReadContext, d: Draft): Verdict | undefined {
  const { text, tokens } = ctx;
  const t = tokens[d.numberFirst];
  if (!isNumberToken(t)) return undefined;
  if (d.suffix !== '') return 'drop';
  const before = text.charCodeAt(t.start - 1);
  const lastNumber = tokens[d.numberLast];
  const after = text.charCodeAt(lastNumber.end);
  // ".45", "#3", "/2014", "_2", "@3", "=5"
  if (before === 46 || before === 35 || before === 47 || before === 95 || before === 64 || before === 61) return 'drop';
  if (d.last === d.numberLast && (after === 47 || after === 95 || after === 64)) return 'drop';
  // The second half of "555-0142" or "3-2": the first half was read already.
  if (before === 45 && isDigitCode(text.charCodeAt(t.start - 2))) return 'drop';
  if (before === 45 && isLetterCode(text.charCodeAt(t.start - 2))) return 'drop';
  if (t.text.length >= 7 && isDigits(t.text)) return 'drop';
  // "09", "007": a zero-padded number is a code, a date or a time, never a count.
  if (t.text.charCodeAt(0) === 48 /* 0 */ && isDigitCode(t.text.charCodeAt(1)) && d.decimals === 0) return 'drop';
  return undefined;
}

/** Words before a number that make it a line to call: "call 911", "ext. 29337". */
const CALL_BEFORE = new Set(['call', 'called', 'calling', 'calls', 'dial', 'dialed', 'dialled', 'dialing', 'phoned', 'ext', 'ext.', 'extension', 'tel', 'tel.', 'fax']);
const CALL_AFTER = new Set(['call', 'calls', 'caller', 'callers', 'dispatcher', 'dispatchers', 'operator', 'operators', 'center', 'centre', 'system', 'line', 'emergency']);

/** "called 911", "a 911 dispatcher", "ext. 29337": numbers to call. */
function phoneLine(ctx: ReadContext, d: Draft): Verdict | undefined {
  const { tokens } = ctx;
  if (d.unit !== null || d.words) return undefined;
  const prev = tokens[d.numberFirst - 1]?.lower ?? '';
  // "ext. 29337": the abbreviation's period stands between
  if (CALL_BEFORE.has(prev) || (prev === '.' && CALL_BEFORE.has(tokens[d.numberFirst - 2]?.lower ?? ''))) return 'drop';
  const t = tokens[d.numberFirst].text;
  return (t === '911' || t === '999' || t === '112') && (CALL_AFTER.has(tokens[d.last + 1]?.lower ?? '') || prev === 'to' || prev === 'a' || prev === 'the') ? 'drop' : undefined;
}

/** "a 9mm handgun", "9mm rounds": a calibre names a weapon, it measures nothing here. */
function caliber(ctx: ReadContext, d: Draft): Verdict | undefined {
  if (d.unit !== 'mm') return undefined;
  return GUN_WORDS.test(ctx.tokens[d.last + 1]?.lower ?? '') ? 'drop' : undefined;
}

/** "a 4K TV", "a 10K race": a glued K that names a product or a race, not thousands. */
function productCode(ctx: ReadContext, d: Draft): Verdict | undefined {
  if (!d.rules.includes('glued-scale') || d.unit !== null) return undefined;
  const t = ctx.tokens[d.numberLast];
  if (!t.text.endsWith('K')) return undefined;
  return SCREEN_WORDS.test(ctx.tokens[d.last + 1]?.lower ?? '') ? 'drop' : undefined;
}

function scoreCueNear(tokens: readonly Token[], first: number, last: number): boolean {
  for (let k = Math.max(0, first - 5); k < first; k++) if (SCORE_CUES.test(tokens[k].lower)) return true;
  for (let k = last + 1; k <= last + 2 && k < tokens.length; k++) if (SCORE_CUES.test(tokens[k].lower)) return true;
  return false;
}

/** What a tally's first side may name before its second: "29 votes to 12", "by nine votes to five". */
const TALLY_NOUNS = new Set(['votes', 'ballots']);

/** "won 3-2", "a 3-1 victory", "lost 2-3", "voted 52 to 48", "passed 13,450 to 2,010", "by 29 votes to 12", "a 5-4 decision". */
function score(ctx: ReadContext, d: Draft): Verdict | undefined {
  const { tokens } = ctx;
  if (d.unit !== null || d.scaled || d.kind !== 'quantity' || d.hedge !== undefined) return undefined;
  if (d.value !== null && isInteger(d.value) && TALLY_NOUNS.has(tokens[d.last + 1]?.lower ?? '') && tokens[d.last + 2]?.lower === 'to') {
    const other = tokens[d.last + 3];
    const right = other?.kind === TokenKind.Number && /^[\d,]+$/.test(other.text) ? other.text.replace(/,/g, '') : other ? cardinalWord(other.lower) : undefined;
    if (right === undefined) return undefined;
    d.score = `${toDecimal(d.value)}-${right}`;
    d.last += 3;
    return 'score';
  }
  if (d.words) return undefined;
  const left = d.value ?? d.lo;
  if (left === null || !isInteger(left)) return undefined;
  let right = d.hi;
  let last = d.last;
  let sep = tokens[d.numberLast + 1];
  if (d.value !== null) {
    // Not a range (the right side is not larger): read the right side directly.
    const other = tokens[d.last + 2];
    sep = tokens[d.last + 1];
    if (!sep || !other || other.kind !== TokenKind.Number || !/^[\d,]+$/.test(other.text)) return undefined;
    const dash = (sep.text === '-' || sep.text === '–') && glued(tokens[d.last], sep) && glued(sep, other);
    if (!dash && sep.lower !== 'to') return undefined;
    const cue = scoreCueNear(tokens, d.first, d.last + 2);
    // "3-2" alone is a score; "52 to 48" is one only where a vote or game is spoken of.
    if (!cue && !(dash && other.text.length <= 3 && tokens[d.numberFirst].text.length <= 3)) return undefined;
    right = { num: BigInt(other.text.replace(/,/g, '')), den: 1n };
    last = d.last + 2;
  } else if (!(sep && (sep.text === '-' || sep.text === '–' || sep.lower === 'to') && scoreCueNear(tokens, d.first, d.last))) {
    return undefined;
  }
  if (right === null) return undefined;
  d.score = `${toDecimal(left)}-${toDecimal(right)}`;
  d.last = last;
  return 'score';
}

/** "zero" alone ("zero tolerance"): a figure only with a unit ("zero percent"). */
function zero(_ctx: ReadContext, d: Draft): Verdict | undefined {
  return d.words && d.value !== null && d.value.num === 0n && d.unit === null ? 'drop' : undefined;
}

/** A bare "one" (no unit, scale or range) is a figure only where it counts someone: the casualty beat decides. */
function loneOne(ctx: ReadContext, d: Draft): Verdict | undefined {
  if (!d.words || d.unit !== null || d.value === null || d.value.num !== 1n || d.value.den !== 1n || d.numberFirst !== d.numberLast) return undefined;
  if (ctx.tokens[d.numberFirst].lower !== 'one') return undefined;
  return loneOneCounts(ctx.tokens, d.numberFirst) ? undefined : 'drop';
}

export const NON_FIGURE_RULES: readonly NonFigureRule[] = [
  { name: 'url-or-email', matches: 'numbers inside URLs, e-mail addresses and their %-escapes', apply: urlOrEmail },
  { name: 'date', matches: 'dates: "March 3", "3 March", "Nov. 5", "the 21st of March", "2020-03-04"', units: 'none or fraction', apply: date },
  { name: 'phone', matches: 'phone numbers: "+1-222-2222-2222", "555-0142", "(312) 555-0199", "+44 20 7946 0958"', apply: phone },
  { name: 'phone-line', matches: 'numbers to call: "called 911", "a 911 dispatcher", "ext. 29337"', units: 'none', apply: phoneLine },
  { name: 'time', matches: 'clock times: "4:16", "10am", "4 p.m.", "0600 GMT", "died at 5"', apply: time },
  { name: 'address', matches: 'street numbers: "1600 Pennsylvania Avenue", "the 1200 block of Elm Street"', units: 'none', apply: address },
  { name: 'year', matches: 'years and seasons: "in 2019", "the 2009 attack", "2019-20", "1998-2002" (not "2000 people", "about 2000 jobs", "1500 jobs")', units: 'none', apply: year },
  { name: 'decade', matches: 'decades and age groups: "1990s", "the \'90s", "in their 20s"', apply: decade },
  { name: 'age', matches: 'ages: "aged 34", "at the age of 34", "died at 85", "Lopez, 34,", "(34)", "a 12 year-old", "ages 24, 25 and 41", "an 18 and 15 year old"', units: 'none or fraction', apply: age },
  { name: 'score', matches: 'scores and tallies, kept as kind "score": "won 3-2", "a 3-1 victory", "voted 52 to 48", "passed 13,450 to 2,010", "by nine votes to five"', units: 'none', apply: score },
  { name: 'compound-modifier', matches: 'a number inside a compound adjective: "34-year-old", "10-minute", "a three-member panel"', apply: compoundModifier },
  { name: 'identifier', matches: 'names with numbers: "Route 66", "Flight 370", "No. 5", "#3", "Image 4 of 10", "page 1 / 3"', units: 'none', apply: identifier },
  { name: 'model-number', matches: 'model numbers and brands: "Boeing 737", "Apollo 11", "FTSE 100", "KTLA 5"', units: 'none', apply: modelNumber },
  { name: 'glued-code', matches: 'digits glued to code characters: ".45", "/2014/", "24/7", "9/11", "5G", "1.2.3", "4x4", zero-padded "09", ids of 7+ digits', apply: gluedCode },
  { name: 'caliber', matches: 'calibres: "a 9mm handgun"', apply: caliber },
  { name: 'product-code', matches: '"a 4K TV", "a 10K race"', units: 'none', apply: productCode },
  { name: 'zero', matches: '"zero" without a unit', units: 'none', apply: zero },
  { name: 'lone-one', matches: 'a bare "one" that counts no one ("one day", "one of the most"; casualty beat)', units: 'none', apply: loneOne },
];

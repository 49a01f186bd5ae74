import type { Claim, ClaimScope, IsoDate, Span } from '../types';
import { TokenKind, type Token } from '../text/tokens';
import { GENERIC_PERSON_NOUNS, PERSON_NOUNS, TIME_NOUNS } from '../text/lexicon';
import { DEMONYM_KEY } from '../entities/gazetteer';
import type { FigureMatch } from '../figures/findFigures';
import type { DateMatch } from '../dates/dateMentions';
import { daysBetween } from '../dates/calendar';
import { IRREGULAR_VERBS, predicateClass, verbLemma } from './predicates';

/** Words that end a counted noun phrase. */
const NOUN_STOP = new Set(`who,that,which,whom,whose,were,was,are,is,be,been,being,have,has,had,will,would,could,should,
may,might,must,can,did,do,does,and,or,but,nor,in,on,at,for,from,to,by,with,as,of,into,onto,over,under,after,before,
since,during,than,including,while,when,where,if,because,said,say,says,according,each,per,a,an,the,this,these,those,
their,his,her,its,our,also,all,both,more,most,other,some,such,only,just,about,around,nearly,almost,out,up,down,off,
there,then,now,still,yet,so,not,no,later,earlier,today,yesterday,last,next,ago,away,back,home,what,how,why,it,they,
them,he,she,we,you,i`.split(/[,\s]+/).filter(Boolean));
const AUXILIARIES = new Set(['were', 'was', 'are', 'is', 'be', 'been', 'being', 'have', 'has', 'had', 'will', 'would', 'got', 'get', 'gets', 'become', 'became', 'remain', 'remained', 'remains', 'reportedly', 'allegedly', 'all', 'also', 'later', 'then', 'still', 'now', 'already', 'since', 'subsequently', 'eventually', 'initially', 'just', 'each', 'both', 'either', 'fatally', 'critically', 'seriously', 'badly', 'slightly', 'who', 'that', 'which', 'reported', 'believed', 'thought', 'said', 'confirmed', 'to', 'been']);
const PARTICLES = new Set(['home', 'back', 'out', 'off', 'away', 'up', 'down', 'dead']);
/** Adjectives that are themselves the predicate: "two dead", "16 others injured". */
const PREDICATE_ADJECTIVES = new Set(['dead', 'injured', 'wounded', 'hurt', 'missing', 'killed', 'hospitalized', 'hospitalised', 'detained', 'arrested', 'deported', 'repatriated', 'rescued', 'evacuated', 'displaced', 'homeless']);
/** Nouns that stand in for a predicate on the figure after them: "warrants for 58", "the deaths of four". */
const NOMINAL_GAP = new Set(['for', 'of', 'to', 'at', 'the', 'a', 'an', 'another', 'all', 'some', 'least', 'rose', 'risen', 'climbed', 'reached', 'stood', 'stands', 'was', 'is', 'now', 'has', 'had', 'at', 'arrest', 'total']);
const PARTIAL_BEFORE = new Set(['another', 'additional', 'further', 'other', 'remaining']);
const SUBSET_PRONOUNS = new Set(['them', 'those', 'whom', 'which', 'these', 'us', 'the']);
const INCLUSION = new Set(['including', 'includes', 'included', 'among']);

const AGGREGATE = new RegExp([
  String.raw`\b(across|throughout|around) (the |this )?(city|country|state|nation|region|province|county|world|globe|area|district|island|continent|u\.?s\.?|us)\b`,
  String.raw`\b(nationwide|statewide|citywide|countywide|worldwide|globally|nationally)\b`,
  String.raw`\b(so far|since the start of|since the beginning of|earlier) this (year|month)\b`,
  String.raw`\bthis year\b`,
  String.raw`\bsince (january|february|march|april|may|june|july|august|september|october|november|december|the start|the beginning|(19|20)\d\d)\b`,
  String.raw`\b(over|in|during|for) the (past|last|previous) (\w+ )?(days|weeks|months|years|decade|decades|year|month)\b`,
  String.raw`\bin recent (weeks|months|years)\b`,
  String.raw`\b(each|every|a|per) (year|month)\b`,
  String.raw`\bannually\b`,
  String.raw`\b(in|across|from) \w+ (provinces|states|countries|cities|counties|districts|nations)\b`,
  String.raw`\b(all|total of|in total|altogether|combined|overall|cumulative)\b.*\b(incidents|shootings|cases|attacks|raids|operations)\b`,
  String.raw`\bthis (weekend|week)\b.*\b(across|around|in) the (city|area|region)\b`,
  String.raw`\b(separate|different|unrelated) (incidents|shootings|attacks|cases)\b`,
  String.raw`\bin the (first|past|last) \w+ (days|weeks|months)\b`,
].join('|'), 'i');

/** Another, earlier or comparable event: "a shooting last month", "the deadliest attack since 2009". */
const BACKGROUND = new RegExp([
  String.raw`\b(last|previous|prior) (month|year)\b`,
  String.raw`\b(\w+|\d+) (weeks|months|years|decades) (ago|earlier|before)\b`,
  String.raw`\b(another|a separate|an unrelated|an earlier|a previous|a prior|a similar|an unrelated) (\w+ )?(shooting|attack|incident|crash|fire|raid|case|rampage|massacre|bombing)\b`,
  String.raw`\b(deadliest|worst|largest|biggest|bloodiest)\b`,
].join('|'), 'i');

export interface ClaimContext {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly sentence: Span;
  readonly figures: readonly FigureMatch[];
  readonly dates: readonly DateMatch[];
  readonly articleDate: IsoDate | undefined;
  /** Claims of the document so far, to resolve "two of them" and inclusions. */
  readonly previous: readonly Claim[];
}

/** Reads one sentence's figures as claims. */
export function readClaims(ctx: ClaimContext): Claim[] {
  const { tokens, figures } = ctx;
  const sentenceText = ctx.text.slice(ctx.sentence.start, ctx.sentence.end);
  const scopeOfSentence = sentenceScope(sentenceText, ctx.dates, ctx.articleDate);
  const heading = !/[.!?…]["'”’)\]]*$/.test(sentenceText);
  const claims: Claim[] = [];
  const base = ctx.previous.length;
  for (let f = 0; f < figures.length; f++) {
    const match = figures[f];
    const figure = match.figure;
    const noun = readNoun(tokens, match.last + 1);
    let nounText = noun ? tokenText(ctx.text, tokens, noun.first, noun.last) : null;
    let head = noun ? tokens[noun.last].lower : null;
    let qualifier = noun ? nounQualifier(tokens, noun.first, noun.last) : null;
    let partOf: number | null = null;
    let partial = false;
    /** The last token of what is counted, where the predicate may follow. */
    let phraseEnd = noun?.last ?? match.last;

    // "49 of the 64 returnees", "two of them", "one of the victims"
    const after = noun ? noun.last + 1 : match.last + 1;
    // Only vague quantities and fractions take their noun after "of"; "one of two officers" is a part.
    const countsOf = figure.value === null || figure.unit === 'fraction';
    const ofNounPhrase = !noun && countsOf && tokens[after]?.lower === 'of' ? readNoun(tokens, after + 1) : null;
    if (ofNounPhrase) {
      // "dozens of people", "thousands of dollars": the noun after "of" is what is counted.
      nounText = tokenText(ctx.text, tokens, ofNounPhrase.first, ofNounPhrase.last);
      head = tokens[ofNounPhrase.last].lower;
      qualifier = nounQualifier(tokens, ofNounPhrase.first, ofNounPhrase.last);
      phraseEnd = ofNounPhrase.last;
    } else if (!noun && tokens[after]?.lower === 'of' || tokens[after]?.lower === 'out' && tokens[after + 1]?.lower === 'of') {
      const ofAt = tokens[after].lower === 'of' ? after : after + 1;
      const whole = f + 1 < figures.length && figures[f + 1].first <= ofAt + 2 && figures[f + 1].first > ofAt ? f + 1 : -1;
      if (whole >= 0) {
        partOf = base + whole;
        const wholeNoun = readNoun(tokens, figures[whole].last + 1);
        phraseEnd = wholeNoun?.last ?? figures[whole].last;
        if (wholeNoun) {
          nounText = tokenText(ctx.text, tokens, wholeNoun.first, wholeNoun.last);
          head = tokens[wholeNoun.last].lower;
          qualifier = nounQualifier(tokens, wholeNoun.first, wholeNoun.last);
        }
      } else {
        partial = true;
        const next = tokens[ofAt + 1];
        if (next && SUBSET_PRONOUNS.has(next.lower)) {
          const ofNoun = next.lower === 'the' ? readNoun(tokens, ofAt + 2) : null;
          if (ofNoun) {
            nounText = tokenText(ctx.text, tokens, ofNoun.first, ofNoun.last);
            head = tokens[ofNoun.last].lower;
            qualifier = nounQualifier(tokens, ofNoun.first, ofNoun.last);
            phraseEnd = ofNoun.last;
          } else {
            phraseEnd = ofAt + 1;
            const antecedent = lastCountOfPeople(claims, ctx.previous);
            if (antecedent) {
              head = 'people';
              nounText = antecedent.claim.noun;
              qualifier = antecedent.claim.qualifier;
            }
          }
        }
      }
    }
    const prev = tokens[match.first - 1]?.lower;
    if (prev !== undefined && PARTIAL_BEFORE.has(prev)) partial = true;
    if (head === 'others' || head === 'more' || tokens[match.last + 1]?.lower === 'more') partial = true;
    if (noun && nounHasIncrement(tokens, noun.first, noun.last)) partial = true; // "three additional people"
    qualifier ??= noun ? subgroupQualifier(tokens, noun.first, noun.last) : null;

    // "Of them, 57 were Thai"
    if (partOf === null && leadsWithOfThem(tokens, match.first)) {
      const antecedent = lastCountOfPeople(claims, ctx.previous);
      if (antecedent) {
        partOf = antecedent.index;
        partial = true;
        if (head === null) {
          head = 'people';
          nounText ??= antecedent.claim.noun;
          qualifier ??= antecedent.claim.qualifier;
        }
      }
    }
    // "86 people, including 57 Thais and 29 Vietnamese"
    if (partOf === null) {
      const inclusion = inclusionWhole(tokens, match.first, claims, figures, f, base);
      if (inclusion !== null) {
        partOf = base + inclusion;
        partial = true;
      }
    }

    const predicate = readPredicate(ctx.text, tokens, match, phraseEnd);
    // "one of the five people shot": what follows the whole describes the whole; the part is a sub-count.
    // "warrants for 58 of the 64": what precedes the part is the full count of that part.
    if (partOf !== null && predicate.after) partial = true;
    let nounKey = head ? nounClass(head) : null;
    if (head && DEMONYM_KEY.has(head)) {
      nounKey = 'people';
      qualifier ??= DEMONYM_KEY.get(head)!;
    }
    if (nounKey === null && predicate.key && PERSON_PREDICATES.has(predicate.key) && figure.unit === null) nounKey = 'people';
    if (nounKey !== null && TIME_NOUNS.has(head ?? '')) nounKey = `time:${nounKey}`;

    claims.push({
      figure,
      noun: nounText,
      nounKey,
      qualifier,
      predicate: predicate.text,
      predicateKey: predicate.key,
      partOf,
      partial,
      asOf: asOfDate(tokens, match, ctx.dates, ctx.articleDate),
      scope: scopeOfSentence,
      sentence: ctx.sentence,
      heading,
    });
  }
  return claims;
}

/** "of them, 57 …", "among them 57 …", "of whom 57 …" right before the figure. */
function leadsWithOfThem(tokens: readonly Token[], first: number): boolean {
  let k = first - 1;
  if (tokens[k]?.text === ',') k--;
  const pronoun = tokens[k]?.lower;
  const preposition = tokens[k - 1]?.lower;
  return (pronoun === 'them' || pronoun === 'whom' || pronoun === 'those') && (preposition === 'of' || preposition === 'among');
}

/** Predicate classes that only happen to people: a bare "four were killed" counts people. */
const PERSON_PREDICATES = new Set(['killed', 'injured', 'shot', 'arrested', 'charged', 'warrant', 'repatriated', 'missing', 'rescued', 'evacuated', 'released', 'displaced', 'convicted']);

function sentenceScope(sentence: string, dates: readonly DateMatch[], articleDate: IsoDate | undefined): ClaimScope {
  if (AGGREGATE.test(sentence)) return 'aggregate';
  if (BACKGROUND.test(sentence)) return 'background';
  if (articleDate) {
    const articleYear = Number(articleDate.slice(0, 4));
    for (const d of dates) {
      // "in 2017", "so far in 2017": a year of its own in the article's year is a running total.
      if (d.year === articleYear && d.mention.date === undefined) return 'aggregate';
      if (d.year !== undefined && d.year < articleYear) return 'background';
      if (d.mention.date && daysBetween(d.mention.date, articleDate) > 45) return 'background';
    }
  }
  return 'event';
}

/** The counted noun phrase starting at token `i`: adjectives and nouns up to the head. */
function readNoun(tokens: readonly Token[], i: number): { first: number; last: number } | null {
  let last = -1;
  for (let k = i; k < tokens.length && k < i + 4; k++) {
    const t = tokens[k];
    if (t.kind !== TokenKind.Word || NOUN_STOP.has(t.lower)) break;
    if (k > i && /(ing|ed)$/.test(t.lower) && !PERSON_NOUNS.has(t.lower)) break;
    if (IRREGULAR_VERBS.has(t.lower) && !PREDICATE_ADJECTIVES.has(t.lower)) break;
    if (PREDICATE_ADJECTIVES.has(t.lower) && (k === i ? !isNounAhead(tokens, k + 1) : true)) break;
    last = k;
    if (/['’]s$/.test(t.text)) break;
  }
  return last >= i ? { first: i, last } : null;
}

function isNounAhead(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return t !== undefined && t.kind === TokenKind.Word && !NOUN_STOP.has(t.lower) && !PREDICATE_ADJECTIVES.has(t.lower) && !IRREGULAR_VERBS.has(t.lower);
}

const INCREMENT_WORDS = new Set(['additional', 'more', 'other', 'further', 'new', 'remaining']);
/** Adjectives that make a counted group a subgroup: "two male students" are not all the students. */
const SUBGROUP_WORDS = new Set(['male', 'female', 'teenage', 'teen', 'young', 'elderly', 'adult', 'juvenile', 'unarmed', 'armed', 'critically', 'seriously', 'injured', 'wounded', 'unidentified', 'innocent']);

function nounHasIncrement(tokens: readonly Token[], first: number, last: number): boolean {
  for (let k = first; k < last; k++) if (INCREMENT_WORDS.has(tokens[k].lower)) return true;
  return false;
}

function subgroupQualifier(tokens: readonly Token[], first: number, last: number): string | null {
  for (let k = first; k < last; k++) if (SUBGROUP_WORDS.has(tokens[k].lower)) return tokens[k].lower;
  return null;
}

/** A nationality inside the noun phrase: "South Korean nationals" → "south korean". */
function nounQualifier(tokens: readonly Token[], first: number, last: number): string | null {
  for (let k = first; k <= last; k++) {
    const two = k < last ? `${tokens[k].lower} ${tokens[k + 1].lower}` : '';
    if (two && DEMONYM_KEY.has(two)) return DEMONYM_KEY.get(two)!;
    if (DEMONYM_KEY.has(tokens[k].lower) && /^\p{Lu}/u.test(tokens[k].text)) return DEMONYM_KEY.get(tokens[k].lower)!;
  }
  return null;
}

/** Canonical noun class: generic person words are "people"; others by their singular. */
export function nounClass(head: string): string {
  if (GENERIC_PERSON_NOUNS.has(head)) return 'people';
  if (DEMONYM_KEY.has(head)) return 'people';
  if (head.endsWith('men')) return head.slice(0, -3) + 'man';
  if (head === 'children') return 'child';
  if (head.endsWith('ies') && head.length > 4) return head.slice(0, -3) + 'y';
  if (head.endsWith('s') && !head.endsWith('ss') && head.length > 3) return head.slice(0, -1);
  return head;
}

/** The nearest earlier count of people: this sentence first, then the last few claims before it. */
function lastCountOfPeople(current: readonly Claim[], previous: readonly Claim[]): { claim: Claim; index: number } | undefined {
  for (let k = current.length - 1; k >= 0; k--) if (current[k].nounKey === 'people') return { claim: current[k], index: previous.length + k };
  for (let k = previous.length - 1; k >= Math.max(0, previous.length - 3); k--) if (previous[k].nounKey === 'people') return { claim: previous[k], index: k };
  return undefined;
}

/**
 * "… 86 people, including 57 Thais and 29 Vietnamese": a figure after an inclusion word (or
 * continuing a list that started after one) is a part of the figure before the inclusion word.
 */
function inclusionWhole(tokens: readonly Token[], first: number, claims: readonly Claim[], figures: readonly FigureMatch[], f: number, base: number): number | null {
  if (f === 0) return null;
  const prev = tokens[first - 1]?.lower;
  const prevFigure = figures[f - 1];
  const prevClaim = claims[f - 1];
  if (prev !== undefined && INCLUSION.has(prev) || prev === 'them' && INCLUSION.has(tokens[first - 2]?.lower ?? '')) {
    return prevClaim.figure.max !== null && (prevClaim.figure.value ?? prevClaim.figure.max) >= (figures[f].figure.value ?? 0) ? f - 1 : null;
  }
  // List continuation: ", 29 Chinese" / "and 29 Chinese" right after a part.
  if ((prev === 'and' || prev === ',') && prevClaim.partOf !== null && prevClaim.partOf >= base && first - prevFigure.last <= 5) {
    return prevClaim.partOf - base;
  }
  return null;
}

interface Predicate {
  text: string | null;
  key: string | null;
  /** Whether the predicate follows the counted noun phrase ("five people shot") or precedes the figure ("arrested 57"). */
  after: boolean;
}

/** The predicate governing a figure: after its noun ("were flown home"), or before it ("arrested 57"). */
function readPredicate(text: string, tokens: readonly Token[], match: FigureMatch, nounLast: number): Predicate {
  const candidates: Array<{ first: number; last: number; after: boolean }> = [];
  // After: [who|that] [aux|adverb]* VERB [particle]
  let k = nounLast + 1;
  while (k < tokens.length && k <= nounLast + 5 && AUXILIARIES.has(tokens[k].lower)) k++;
  const verb = tokens[k];
  if (verb && verb.kind === TokenKind.Word && isVerbLike(verb.lower)) {
    let last = k;
    while (tokens[last + 1] && PARTICLES.has(tokens[last + 1].lower) && last < k + 2) last++;
    candidates.push({ first: k, last, after: true });
  }
  // Adjective right after the number: "two dead", "16 injured"
  const adj = tokens[match.last + 1];
  if (adj && PREDICATE_ADJECTIVES.has(adj.lower)) candidates.push({ first: match.last + 1, last: match.last + 1, after: true });
  // Before: VERB [det|prep|noun]* figure — "arrested 57", "warrants for 58", "death toll rose to 13"
  for (let b = match.first - 1; b >= 0 && b >= match.first - 5; b--) {
    const t = tokens[b];
    if (t.kind !== TokenKind.Word) break;
    if (predicateClass(t.lower) !== undefined || isVerbLike(t.lower) && !AUXILIARIES.has(t.lower)) {
      let first = b;
      if (b > 0 && /^(fatally|death)$/.test(tokens[b - 1].lower)) first = b - 1;
      candidates.push({ first, last: b, after: false });
      break;
    }
    if (!NOMINAL_GAP.has(t.lower)) break;
  }
  let best: Predicate = { text: null, key: null, after: false };
  for (const c of candidates) {
    const phrase = tokenText(text, tokens, c.first, c.last);
    const key = predicateClass(phrase);
    if (key) return { text: phrase, key, after: c.after };
    if (best.text === null) best = { text: phrase, key: verbLemma(tokens[c.first].lower), after: c.after };
  }
  return best;
}

function isVerbLike(lower: string): boolean {
  if (IRREGULAR_VERBS.has(lower) || PREDICATE_ADJECTIVES.has(lower)) return true;
  if (predicateClass(lower) !== undefined) return true;
  return /(ed|ing)$/.test(lower) && lower.length > 4;
}

/** The date a figure's statement refers to: the nearest resolved date in its sentence, else the article's. */
function asOfDate(tokens: readonly Token[], match: FigureMatch, dates: readonly DateMatch[], articleDate: IsoDate | undefined): IsoDate | null {
  let best: DateMatch | undefined;
  let bestDistance = Infinity;
  for (const d of dates) {
    if (!d.mention.date || d.dateline || namesEarlierEvent(tokens, d)) continue;
    const distance = d.first > match.last ? d.first - match.last : match.first - d.last;
    if (distance < bestDistance) {
      best = d;
      bestDistance = distance;
    }
  }
  return best?.mention.date ?? articleDate ?? null;
}

/**
 * "after Saturday's shooting": the date names the event the count follows, not the day the count
 * was true ("four have now died after Saturday's shooting, police said on Sunday" is a Sunday count).
 * "in Wednesday's raid" does date the count: the arrests happened in the raid.
 */
function namesEarlierEvent(tokens: readonly Token[], d: DateMatch): boolean {
  if (!/['’]s$/.test(tokens[d.last].text)) return false;
  return AFTER_EVENT.has(tokens[d.first - 1]?.lower ?? '');
}

const AFTER_EVENT = new Set(['after', 'since', 'following', 'from']);

function tokenText(text: string, tokens: readonly Token[], first: number, last: number): string {
  return text.slice(tokens[first].start, tokens[last].end);
}


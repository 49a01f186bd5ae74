import type { ClaimScope, IsoDate, Span } from '../types';
import { formatDay } from '../dates/calendar';
import type { DateMatch } from '../dates/dateMentions';
import type { Claim } from '../types';
import { daysBetween } from '../dates/calendar';

/** Round-ups and running totals: "across the city this weekend", "so far this year", "since June". */
const AGGREGATE = new RegExp([
  String.raw`\b(across|throughout|around) (the |this )?(city|country|state|nation|region|province|county|world|globe|area|district|island|continent|u\.?s\.?|us)\b`,
  String.raw`\b(nationwide|statewide|citywide|countywide|worldwide|globally|nationally)\b`,
  String.raw`\b(so far|since the start of|since the beginning of|earlier) this (year|month)\b`,
  String.raw`\bthis year\b`,
  String.raw`\bsince (january|february|march|april|may|june|july|august|september|october|november|december|the start|the beginning|(19|20)\d\d)\b`,
  String.raw`\b(over|in|during|for) the (past|last|previous) (\w+ )?(days|weeks|months|years|decade|decades|year|month)\b`,
  String.raw`\bin recent (weeks|months|years)\b`,
  String.raw`\b(collectively|between them)\b`,
  String.raw`\b(in|during|after) (the )?recent (incidents|shootings|attacks|ambushes)\b`,
  String.raw`\b(each|every|a|per) (year|month)\b`,
  String.raw`\bannually\b`,
  String.raw`\b(in|across|from) \w+ (provinces|states|countries|cities|counties|districts|nations)\b`,
  String.raw`\b(all|total of|in total|altogether|combined|overall|cumulative)\b.*\b(incidents|shootings|cases|attacks|raids|operations)\b`,
  String.raw`\bthis (weekend|week)\b.*\b(across|around|in) the (city|area|region)\b`,
  String.raw`\b(separate|different|unrelated) (incidents|shootings|attacks|cases)\b`,
  String.raw`\bin the (first|past|last) \w+ (days|weeks|months)\b`,
  String.raw`\bfrom (monday|tuesday|wednesday|thursday|friday|saturday|sunday) (through|to|until) \w+\b`,
  String.raw`\b(a spate|a series|a string|a rash|a wave) of (\w+ )?(shootings|attacks|incidents|killings|homicides|violence|gunfire|robberies|crimes)\b`,
  String.raw`\b(two|three|four|five|six|seven|eight|nine|ten|several|multiple|\d+) (separate |\w+ )?(shootings|incidents|attacks)\b`,
  String.raw`\ba (pair|couple|string) of (\w+ )?(shootings|incidents|attacks)\b`,
  String.raw`\b(weekend|overnight|holiday|night's|weekend's)\b[^.]{0,40}\b(shootings|violence|gunfire)\b`,
  String.raw`\bweekend shooting\b`,
  String.raw`\b(violent|deadly|bloody) (night|weekend|day|holiday)\b`,
  String.raw`\bthroughout the (day|night|weekend)\b`,
  String.raw`\b(south|west|north|east)(,| and) (south|west|north|east) sides\b`,
  String.raw`\bin (less than|under|the past|the last) (\d+|\w+) hours\b`,
  String.raw`\b\w+-(hour|day|week) (span|period|stretch)\b`,
  String.raw`\bdozens? (of )?(shootings|incidents|attacks)\b`,
  String.raw`\bother (\w+ )?(incidents|shootings|attacks)\b`,
  String.raw`\bshootings (across|throughout|around) \w+`,
].join('|'), 'i');

/**
 * "in South Side shootings", "in Chicago shootings": a place's shootings, plural and without "the",
 * are a round-up ("the Navy Yard shootings" name one event). Case matters.
 */
const PLACE_SHOOTINGS = /\b(in|across) (\p{Lu}[\p{L}.]*\s){1,3}shootings\b/u;

/** The past, in words: "last year", "two years ago". Like a past date, it may name the story's own event. */
const PAST = new RegExp([
  String.raw`\b(last|previous|prior) (week|month|year)\b`,
  String.raw`\b(\w+|\d+) (weeks|months|years|decades) (ago|earlier|before)\b`,
].join('|'), 'i');

/** Another or a comparable event: "a separate shooting", "the deadliest attack since 2009". */
const BACKGROUND = new RegExp([
  String.raw`\b(another|a separate|an unrelated|an earlier|a previous|a prior|a similar) (\w+ )?(shooting|attack|incident|crash|fire|raid|case|rampage|massacre|bombing)\b`,
  String.raw`\b(deadliest|worst|largest|biggest|bloodiest)\b`,
  String.raw`\b(during|over|on) that (\w+ )?(weekend|week|month|day|night)\b`,
  String.raw`^\W*unlike\b`,
  String.raw`\bthe (second|third|fourth|fifth|sixth) (time|shooting|incident|attack)\b`,
  String.raw`\b(days|weeks|months|years) apart\b`,
  String.raw`\bin retaliation for\b`,
  String.raw`\b(at this time|this time|(at )?the same (time|period|point)) last year\b`,
  String.raw`\bcompared (to|with)\b`,
  // "police said earlier that four were shot", "in initial reports": a figure since superseded
  String.raw`\b(said|reported|announced|stated) earlier\b|\binitial(ly| reports?)\b|\bearlier reports?\b|\bpreviously reported\b|^\W*originally\b|\boriginally (reported|said|thought|believed)\b`,
].join('|'), 'i');

/**
 * Whether a sentence's figures are about the story's event, a round-up, or an earlier event. Dates
 * decide too: a year before the article's, or a day more than 45 days before it, is background; a
 * bare year equal to the article's ("in 2017") is a running total.
 */
export function sentenceScope(sentence: string, dates: readonly DateMatch[], articleDate: IsoDate | undefined): SentenceScope {
  const aggregate = AGGREGATE.exec(sentence) ?? PLACE_SHOOTINGS.exec(sentence);
  if (aggregate) return { scope: 'aggregate', reason: `“${aggregate[0]}”`, dated: false };
  const background = BACKGROUND.exec(sentence);
  if (background) return { scope: 'background', reason: `“${background[0]}”`, dated: false };
  const past = PAST.exec(sentence);
  // "146 homicides in 2015 and 141 last year": two past periods in one sentence are a comparison,
  // never the story's own event.
  const periods = new Set(dates.filter((d) => d.year !== undefined && articleDate !== undefined && d.year < Number(articleDate.slice(0, 4))).map((d) => d.year));
  if (periods.size + (past ? 1 : 0) >= 2) return { scope: 'background', reason: 'two past periods', dated: false };
  if (past) return { scope: 'background', reason: `“${past[0]}”`, dated: true };
  if (articleDate) {
    const articleYear = Number(articleDate.slice(0, 4));
    for (const d of dates) {
      if (d.year === articleYear && d.mention.date === undefined) return { scope: 'aggregate', reason: `“${d.mention.text}”`, dated: false };
      if (d.year !== undefined && d.year < articleYear) return { scope: 'background', reason: `a date in ${d.year}`, dated: true };
      if (d.mention.date && daysBetween(d.mention.date, articleDate) > 45) return { scope: 'background', reason: `a date, ${formatDay(d.mention.date)}`, dated: true };
      // "in October", in an article of March: another month than the article's or the one before.
      if (d.bareMonth !== undefined && (Number(articleDate.slice(5, 7)) - d.bareMonth + 12) % 12 > 1) return { scope: 'background', reason: `“${d.mention.text}”`, dated: true };
    }
  }
  return EVENT_SCOPE;
}

export interface SentenceScope {
  readonly scope: ClaimScope;
  readonly reason: string | null;
  /**
   * The scope comes from a past date alone: in an article about an earlier event (a trial, an
   * anniversary), that date names the story's own event, which the document pass decides.
   */
  readonly dated: boolean;
}

const EVENT_SCOPE: SentenceScope = { scope: 'event', reason: null, dated: false };

/** Round-up wording about several incidents, as opposed to a running total ("so far this year"). */
const ROUND_UP = /\b(shootings|incidents|attacks|scenes|sides)\b|\b(violent|deadly|bloody) (night|weekend|day|holiday)\b|\bacross the city\b/i;

/**
 * An article whose headline or first sentence is a round-up ("3 dead, 26 wounded in weekend
 * shootings") tells of several incidents: none of its counts is the count of one event.
 */
export function settleRoundUp(claims: Claim[], sentences: readonly Span[]): void {
  const lead = sentences.slice(0, 2);
  // An aggregate claim's reason quotes the words that made its sentence one.
  const roundUp = claims.some((c) => c.scope === 'aggregate' && ROUND_UP.test(c.scopeReason ?? '') && lead.some((s) => s.start === c.sentence.start));
  if (!roundUp) return;
  for (let i = 0; i < claims.length; i++) {
    if (claims[i].scope === 'event') claims[i] = { ...claims[i], scope: 'aggregate', scopeReason: 'an article that rounds up several incidents' };
  }
}

/** "Previous story:" — what follows is an earlier version of the article, kept below the update. */
const EARLIER_VERSION = /\b(?:previous|original|earlier) (?:story|version|report)\s*:/i;

/** Claims in the earlier version an updated article carries below its update are background: the update supersedes them. */
export function settleEarlierVersion(text: string, claims: Claim[]): void {
  const marker = EARLIER_VERSION.exec(text);
  if (!marker) return;
  for (let i = 0; i < claims.length; i++) {
    if (claims[i].figure.start > marker.index) claims[i] = { ...claims[i], scope: 'background', scopeReason: 'an earlier version of the story' };
  }
}

/**
 * Past-dated claims are background only where the article also speaks of its own event in the
 * present: "In 2009, a gunman killed 13" beside today's toll. An article whose every claim of a
 * kind is past-dated is a retrospective on that event (trial coverage), and its claims count.
 */
export function settleDatedScopes(claims: Claim[], dated: ReadonlySet<number>): void {
  if (dated.size === 0) return;
  // The kinds the article speaks of in the present, collected once (not once per dated claim).
  const current = new Set<string | null>();
  claims.forEach((c, j) => {
    if (!dated.has(j) && c.scope === 'event') current.add(c.predicateKey);
  });
  for (const i of dated) {
    const claim = claims[i];
    if (!current.has(claim.predicateKey)) claims[i] = { ...claim, scope: 'event', scopeReason: null };
  }
}

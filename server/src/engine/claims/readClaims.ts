import type { Claim, Figure, IsoDate, Span } from '../types';
import { TokenKind, type Token } from '../text/tokens';
import { table } from '../text/table';
import { PERSON_NOUNS, TIME_NOUNS } from '../text/lexicon';
import { DEMONYM_KEY } from '../entities/gazetteer';
import { multipleVictims, type FigureMatch } from '../figures/findFigures';
import { VAGUE } from '../figures/numberWords';
import type { DateMatch } from '../dates/dateMentions';
import { INCREMENT_WORDS, countsARole, incrementIn, nounClass, qualifierIn, readNoun, type NounSpan } from './nounPhrase';
import { startsUpper } from '../text/letterCase';
import { NO_PREDICATE, continuesList, finiteVerbAfter, readPredicate, type Predicate } from './predicate';
import { BARE_COUNT, UNCLASSED, isVerbFormToken, isVerbLikeToken } from './predicateWords';
import { stem } from '../text/lemma';
import { beatOfClass, beatOfMetric, classOf, contestOf, countedMetricOf, isContestVerb, isAgreed, isAttributed, isDaily, predicateClass, roundsUp, wordClass } from '../beats/vocabulary';
import { countsIncidents, isIncidentCount, isMeasure, joinWords, namedPossessor, POSSESSIVE_END, readMeasure, subjectBefore, TermsBasis, type Measure, type PreviousMeasure } from './measure';
import { bracketOwner, clauseSubject, isHaving, possessorBefore, sharesListHolder, stretchAfter, stretchBefore } from './holder';
import { periodOf, type PeriodMention, type SentencePeriods } from './period';
import { EVENT_SCOPE, measureScope, sentenceScope, type SentenceScope } from './scope';

/** The figure before, where it was read as a count of something: its last token and what it counted. */
function countBefore(claims: readonly Claim[], before: FigureMatch | undefined): { last: number; key: string } | undefined {
  const claim = claims[claims.length - 1];
  return before && claim?.figure === before.figure && claim.nounKey !== null && !claim.nounKey.startsWith('time:') && !isMeasure(claim) ? { last: before.last, key: claim.nounKey } : undefined;
}

/** "$334 million, of which $281 million will be paid in cash": a figure after "of which" is a part of the one before. */
function isPartOfBefore(tokens: readonly Token[], first: number): boolean {
  return /^(which|that|this|these|them|it)$/.test(tokens[first - 1]?.lower ?? '') && tokens[first - 2]?.lower === 'of';
}

/** Nouns counted by what they are of: "two counts of murder" and "one count of kidnapping" are two quantities. */
const CHARGE_NOUNS = new Set(['count', 'counts', 'charge', 'charges']);
/**
 * Words right before a figure that make it an addition ("another 10", "the remaining 10"): a part of a
 * count, and a quantity of its own for a measure, whose qualifier names the kind of increment.
 */
const INCREMENT_KIND: Readonly<Record<string, string>> = table({ another: 'additional', additional: 'additional', further: 'additional', remaining: 'remaining' });
const SUBSET_PRONOUNS = new Set(['them', 'those', 'whom', 'which', 'these', 'us', 'the', 'my', 'your', 'his', 'her', 'their', 'our', 'its', 'one', 'a', 'an']);
/** "one of my sons", "12 of one family", "two of a group of hikers": a part of the group the noun names. */
const DETERMINERS = new Set(['the', 'those', 'these', 'my', 'your', 'his', 'her', 'their', 'our', 'its', 'one', 'a', 'an']);
const INCLUSION = new Set(['including', 'includes', 'included', 'among']);
/** "one … the other": a split of a group, one at a time. */
const DISTRIBUTIVE = /\b(the other|the others|another)\b/i;
/** How many earlier claims "others" may refer back to. */
const OTHERS_WINDOW = 3;

export interface ClaimContext {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly sentence: Span;
  readonly figures: readonly FigureMatch[];
  readonly dates: readonly DateMatch[];
  readonly articleDate: IsoDate | undefined;
  /** The periods the sentence names: what its measures are about. */
  readonly periods: SentencePeriods;
  /** Claims of the document so far, to resolve "two of them" and inclusions. */
  readonly previous: readonly Claim[];
  /** The sentence before, for "A man was killed. Three others were wounded." */
  readonly previousSentence?: Span;
  /** The dates the sentence before names, to read its scope where this one goes on about its event ("It killed 240 people"). */
  readonly previousDates?: readonly DateMatch[];
  /** The sentence after, for "One was shot in the neck. The other victims …". */
  readonly nextSentence?: Span;
  /**
   * The day an earlier sentence of the same paragraph gave: "A man was killed on Friday. Three
   * others were wounded." speaks of Friday twice.
   */
  readonly paragraphDate?: IsoDate;
  /** Indices of claims whose scope comes from a past date alone, for `settleDatedScopes`. */
  readonly datedScopes: Set<number>;
}

/** What a figure counts: its noun phrase, where that phrase ends, and how the figure relates to a whole. */
interface Counted {
  noun: NounSpan | null;
  head: string | null;
  qualifier: string | null;
  /** The last token of what is counted, where the predicate may follow. */
  phraseEnd: number;
  partOf: number | null;
  partial: boolean;
  /** "one of the victims", "two of them": a part of a group named without a figure. */
  subset: boolean;
}

/**
 * A sentence without final punctuation: a headline, a caption, a list item. Read from the end, past closing
 * quotes and brackets (what `/[.!?…]["'”’)\]]*$/` finds): that expression, anchored only at the end, was tried
 * at every position of the sentence.
 */
export function isHeading(sentenceText: string): boolean {
  let end = sentenceText.length;
  while (end > 0 && CLOSERS.includes(sentenceText[end - 1])) end--;
  return end === 0 || !FINAL_PUNCTUATION.includes(sentenceText[end - 1]);
}

const CLOSERS = `"'”’)]`;
const FINAL_PUNCTUATION = '.!?…';

/** Reads one sentence's figures as claims. */
export function readClaims(ctx: ClaimContext): Claim[] {
  const { tokens, figures } = ctx;
  if (figures.length === 0) return [];
  const sentenceText = ctx.text.slice(ctx.sentence.start, ctx.sentence.end);
  // Incidents' counts are scoped by round-up cues and past dates; measures by their periods.
  let incidentScope: SentenceScope | undefined;
  let measuresScope: SentenceScope | undefined;
  const heading = isHeading(sentenceText);
  const claims: Claim[] = [];
  let listPredicate: Predicate | undefined;
  let lastMeasure: PreviousMeasure | undefined;
  const inTerms = new TermsBasis(tokens);
  const lastListItem = lastListItemOf(tokens, figures);
  const addMeasure = (match: FigureMatch, measure: Measure) => {
    claims.push(measureClaim(ctx, match, measure, measuresScope ??= measureScope(sentenceText), heading));
    lastMeasure = { measure, last: match.last, unit: match.figure.unit };
  };
  for (let f = 0; f < figures.length; f++) {
    const match = figures[f];
    const figure = match.figure;
    if (figure.kind === 'score') {
      // "passed 13,450 to 2,010", "beat the Chiefs 20-13": one figure of two sides, whose and by what verb
      measuresScope ??= measureScope(sentenceText);
      claims.push(scoreClaim(ctx, match, measuresScope, ctx.periods.mentions, heading));
      lastMeasure = undefined;
      continue;
    }
    const noun = countedNoun(tokens, figures, f);
    // "Revenue rose 12% to $4.1 billion": a level or a change of something measured, not a count of things.
    // An amount or a percentage is read as a measure whatever its predicate, and a measure's claim has no use for its
    // predicate, which serves only as the verb of a list that a later figure continues: past the sentence's last
    // such figure, a measure's predicate is read only where the figure proves to count things after all. Nor has it
    // any use for what a count reads beside its noun (the whole it is part of, the group "two of them" names).
    const measuredFirst = f >= lastListItem && measuredByUnit(figure.unit);
    const measure = measuredFirst ? measureAt(ctx, claims, f, noun.span, lastMeasure, inTerms) : undefined;
    if (measure) {
      addMeasure(match, measure);
      continue;
    }
    const counted = readCounted(ctx, claims, f, noun);
    let predicate = predicateOf(ctx, claims, f, counted, listPredicate);
    listPredicate = predicate.key ? predicate : listPredicate;
    const measureOfCount = !measuredFirst && mayMeasure(figure.unit, counted, predicate) ? measureAt(ctx, claims, f, noun.span, lastMeasure, inTerms) : undefined;
    if (measureOfCount) {
      addMeasure(match, measureOfCount);
      continue;
    }
    lastMeasure = undefined;
    const asOf = asOfDate(tokens, match, ctx.dates) ?? ctx.paragraphDate ?? ctx.articleDate ?? null;
    // "the 17-inch MacBook Pro", "a 6-foot fence": a number and its unit joined as an adjective say how big one thing is, never how many
    let nounKey = counted.head && !isSizeAdjective(figure) ? nounClass(counted.head) : null;
    // "1,500 job cuts" counts jobs cut, like "cut 1,500 jobs": a head noun that carries a measure beat's class counts its modifier.
    const compound = counted.noun && counted.noun.last > counted.noun.first && predicate.first === counted.noun.last && !roundsUp(beatOfClass(predicate.key));
    if (compound) nounKey = nounClass(tokens[counted.noun!.last - 1].lower);
    // "2880 x 1800 pixels": one side of a size, the width or the height, never both
    let qualifier = joinWords(counted.qualifier, dimensionSide(tokens, match));
    if (counted.head && DEMONYM_KEY.has(counted.head)) qualifier ??= DEMONYM_KEY.get(counted.head)!;
    // A bare "four were killed" counts people: some classes only happen to people.
    if (nounKey === null && classOf(predicate.key)?.people && figure.unit === null) nounKey = 'people';
    if (multipleVictims(tokens, match.first) !== undefined) nounKey = 'people'; // a triple murder counts its victims
    if (nounKey !== null && TIME_NOUNS.has(counted.head ?? '')) nounKey = `time:${nounKey}`;
    // "Two of those shootings were fatal", "two shootings that killed one person": what only happens to people, said of
    // incidents, counts the incidents of that kind ("two fatal shootings"), not the people it happened to; where the
    // noun is the predicate itself ("five killings"), each incident is one person's
    const nounIsPredicate = counted.noun !== null && predicate.first >= counted.noun.first && predicate.first <= counted.noun.last;
    if (countsIncidents(nounKey) && classOf(predicate.key)?.people && !nounIsPredicate) {
      qualifier = joinWords(qualifier, predicate.key);
      predicate = NO_PREDICATE;
    }
    // "burned 12,000 acres", "seized 140 kilograms": a measure's unit names what a verb's count counts when no noun does
    if (nounKey === null && predicate.key !== null && isAmountUnit(figure.unit)) nounKey = figure.unit;

    const previous = claims[claims.length - 1];
    const joined = tokens[match.first - 1]?.lower === 'and' && previous !== undefined && previous.predicateKey === predicate.key;
    // Each item of "killing four people and two others" is a part of those the verb counts; an item of its own kind is
    // its kind's full count: things ("recovered seven rifles, three speedboats and grenades", "damaged 42 offices, 2
    // roads and 14 hotels", "two counts of murder and one count of arson") and people named by their part in the story
    // ("killing 12 soldiers and one civilian", "three bailiffs and the gunman are dead"); not people named by who they
    // are ("two kids and two teens", both children), others than those named ("seven other officers"), nor a group of
    // the same part ("one transit officer and four city officers", both the officers killed).

    const thing = isThing(counted, nounKey);
    const role = !thing && countsARole(nounKey) && !(counted.noun && incrementIn(tokens, counted.noun));
    const sameKindBefore = previous !== undefined && previous.nounKey === nounKey && (role || previous.qualifier === qualifier) && previous.sentence === ctx.sentence;
    const ownKind = (thing || role) && !sameKindBefore;
    const listed = predicate.coordinated || joined && (previous.partial || role && sameKindBefore);
    const coordinated = !ownKind && listed;
    if (coordinated && previous && previous.predicateKey === predicate.key && !previous.partial) claims[claims.length - 1] = { ...previous, partial: true };

    const beat = beatOfClass(predicate.key) ?? null;
    // Amounts and percentages are never an incident's counts: no round-up cue scopes them. An area burned or a weight
    // seized is ("a separate fire burned 300 acres").
    const incident = isIncidentCount(beat, nounKey) && (figure.unit === null || isAmountUnit(figure.unit));
    // "five other tankers were waiting", "struck two other vehicles": things besides one the copy named are a
    // quantity of their own (the rest), which another article gives as "other" too; others of an incident's
    // count stay parts of it (the dead and the wounded are counted in too many ways).
    const rest = !incident && isThing(counted, nounKey) && isOther(tokens, match.first, counted.noun);
    // "her two sons", "Okafor's three children", "he has two daughters": people counted without a verb are
    // compared as the possessor's (a family, a crew), never as anyone's: "two men" are counted in too many roles
    const possessor = (predicate.key === null || isHaving(predicate)) && !isThing(counted, nounKey) && nounKey !== null ? possessorBefore(tokens, match.first) : null;
    // "his wife, a brother and three daughters": someone's kin of each kind are a count of their own, not a group of a list
    const partial = coordinated || !ownKind && possessor === null && afterAnotherGroup(tokens, match.first) || !rest && isSubCount(ctx, claims, match, counted, predicate);
    if (rest) qualifier = joinWords('other', qualifier);
    let scope: SentenceScope;
    if (incident) {
      scope = incidentScope ??= anaphoricScope(ctx) ?? sentenceScope(sentenceText, ctx.dates, ctx.articleDate);
      if (scope.scope === 'aggregate' && countsIncidents(nounKey)) scope = EVENT_SCOPE;
      if (scope.dated) ctx.datedScopes.add(ctx.previous.length + claims.length);
    } else {
      scope = measuresScope ??= measureScope(sentenceText);
    }
    // "5 Indian merchant vessels", "the two nations": a count of a named thing, whatever happened to it
    // (people without a verb are counted in too many roles: "two men", "four officers")
    const bare = predicate.key === null && isThing(counted, nounKey) && !nounKey!.startsWith('time:');
    // "Hansbrough finished with 20 points", "Manning threw for 364 yards and three touchdowns": what belongs to someone,
    // where no verb a beat knows governs it or its verb has no subject right before it ("… and missed four games"),
    // is the clause's subject's, and its verb's (by lemma: "needed nine points" is not "finished with 20 points")
    // A name's possessive right before the figure says whose before the clause's subject does ("the Kings rallied behind Giles' 188 yards").
    const owner = isAttributed(nounKey) && namedPossessor(tokens, match.first) === null && (predicate.key === null || holderOf(tokens, match.first, predicate) === null) ? clauseSubject(tokens, match.first) : null;
    // "the 288 candidates", "eight plainclothes officers": people counted by their part in the story, without a verb or
    // an owner, are the size of a group the story follows, whatever it did
    const group = predicate.key === null && possessor === null && countsARole(nounKey);
    const ownerKey = owner ? ownerClass(tokens, match.first, owner.verb) ?? `${UNCLASSED}${stem(owner.verb)}` : null;
    // "Hansbrough scored 20 points", "Blackmore has 20 wives", "Bush's 1,000 yards": whose count, except
    // for what an incident did ("the gunman killed three" names the incident, not whose the dead are)
    const holder = incident && beat !== null ? null : owner?.name ?? possessor ?? holderOf(tokens, match.first, predicate) ??
      (nounKey !== null ? listHolder(claims[claims.length - 1], figures[f - 1], tokens, match.first) ?? bracketOwner(tokens, match.first) : null);
    // "43 RBIs in 54 games", "three touchdowns on punt returns": what belongs to someone, over a stretch or part of play
    const stretch = (holder !== null || isAttributed(nounKey)) && counted.noun && figure.unit === null ? stretchAfter(tokens, counted.noun.last) ?? stretchBefore(tokens, match.first) : null;
    claims.push({
      figure,
      noun: counted.noun ? tokenText(ctx.text, tokens, counted.noun.first, counted.noun.last) : inheritedNoun(ctx, claims, counted),
      nounKey,
      // Without a verb, a count is its whole noun phrase: "747 plant species" are not "1,400 species".
      // So is an item of a list of things of several kinds: "42 office buildings, 2 roads and 4 school buildings",
      // and what belongs to someone: "20 points", "2,301 career points" and "four straight points" are three quantities.
      // A stretch of a sequence is its own quantity too: "his first 17 passes" are not all his passes.
      qualifier: joinWords(incident ? null : segmentBefore(tokens, match.first),
        (bare || group || ownKind && listed || isAttributed(nounKey) || possessor !== null) && counted.noun ? qualifier ?? modifiersOf(tokens, counted.noun) : qualifier, stretch),
      predicate: predicate.text,
      predicateKey: possessor !== null ? BARE_COUNT : predicate.key ?? ownerKey ?? (bare || group ? BARE_COUNT : null),
      change: null,
      period: incident ? null : periodOf(tokens, ctx.periods.mentions, match.first, match.last, false),
      holder,
      beat: beat ?? beatOfClass(ownerKey) ?? null,
      partOf: counted.partOf,
      partial,
      asOf,
      scope: scope.scope,
      scopeReason: scope.reason,
      sentence: ctx.sentence,
      heading,
    });
  }
  return claims;
}

/**
 * The index of the sentence's last figure that may continue a list ("killing 12 soldiers and one civilian"),
 * -1 if none: only such a figure takes the predicate of a figure before it (`listPredicate`).
 */
function lastListItemOf(tokens: readonly Token[], figures: readonly FigureMatch[]): number {
  for (let f = figures.length - 1; f >= 0; f--) if (continuesList(tokens, figures[f].first)) return f;
  return -1;
}

/** The measure figure `f` of the sentence states, if it measures something rather than counts things. */
function measureAt(ctx: ClaimContext, claims: readonly Claim[], f: number, noun: NounSpan | null, previous: PreviousMeasure | undefined, inTerms: TermsBasis): Measure | undefined {
  return readMeasure({ text: ctx.text, tokens: ctx.tokens, match: ctx.figures[f], previous, nounAfter: noun, previousCount: countBefore(claims, ctx.figures[f - 1]), inTerms });
}

/** The claim of a figure read as a measure: a level or a change of its metric. */
function measureClaim(ctx: ClaimContext, match: FigureMatch, measure: Measure, scope: SentenceScope, heading: boolean): Claim {
  const { tokens } = ctx;
  // "an additional $84 million in guarantees", "another 38 pct", "the remaining 15 pct": an increment of a measure is
  // a quantity of its own, which another outlet states as an increment too
  const increment = INCREMENT_KIND[tokens[match.first - 1]?.lower ?? ''];
  return {
    figure: match.figure, noun: measure.text, nounKey: measure.key, qualifier: joinWords(increment ?? null, measure.qualifier ?? null), predicate: measure.verb,
    predicateKey: `${measure.forecast && !isAgreed(measure.key) ? 'expected ' : ''}${measure.aspect}`,
    change: measure.aspect === 'change' ? measure.direction : null,
    period: periodOf(tokens, ctx.periods.mentions, match.first, match.last, measure.baseline, isDaily(measure.key)),
    // "Ruiz won the election with 52% of the vote": what belongs to someone is the clause's named subject's, where the metric names no one
    holder: namedPossessor(tokens, match.first) ?? measure.holder ?? (isAttributed(measure.key) ? clauseSubject(tokens, match.first)?.name ?? null : null), beat: beatOfMetric(measure.key) ?? null,
    partOf: null, partial: isPartOfBefore(tokens, match.first), asOf: asOfDate(tokens, match, ctx.dates) ?? ctx.paragraphDate ?? ctx.articleDate ?? null,
    scope: scope.scope, scopeReason: scope.reason, sentence: ctx.sentence, heading,
  };
}

/** The predicate of figure `f` of the sentence: what happened to what it counts, given the list's predicate so far. */
function predicateOf(ctx: ClaimContext, claims: readonly Claim[], f: number, counted: Counted, listPredicate: Predicate | undefined): Predicate {
  const { tokens } = ctx;
  const match = ctx.figures[f];
  // A duration ("two years later", "nearly two weeks after") has no predicate of its own.
  const duration = counted.head !== null && TIME_NOUNS.has(counted.head);
  const read = (phraseEnd: number) => readPredicate({ text: ctx.text, tokens, first: match.first, last: match.last, noun: counted.noun, phraseEnd, listPredicate });
  let own = duration ? NO_PREDICATE : read(counted.phraseEnd);
  // "Two of the five people shot were killed": past the whole's participle, the finite verb is the part's.
  if (counted.partOf !== null && own.after && own.end > counted.phraseEnd && !finiteVerbAfter(tokens, counted.phraseEnd) && finiteVerbAfter(tokens, own.end)) {
    const participleEnd = own.end;
    const partVerb = read(participleEnd);
    if (partVerb.key && !partVerb.key.startsWith(UNCLASSED)) {
      own = partVerb;
      counted.phraseEnd = participleEnd;
    }
  }
  // "21 of the 30 passengers were hurt": the finite verb after the whole is its part's.
  const wholeOfPart = claims.length > 0 && claims[claims.length - 1].partOf === ctx.previous.length + f;
  return wholeOfPart && own.after && finiteVerbAfter(tokens, counted.phraseEnd) ? NO_PREDICATE
    : inheritsFromWhole(own) ? wholePredicate(ctx, claims, counted.partOf) ?? own : own;
}

/**
 * "A stronger quake had shaken the coast in March. It killed 240 people": a
 * sentence whose subject is a pronoun ("It", "That", "This") before a verb of its own goes on about
 * the event the sentence before tells of, so it is background where that one is (another, earlier event), whatever its own
 * words say.
 */
function anaphoricScope(ctx: ClaimContext): SentenceScope | undefined {
  const { tokens, previousSentence } = ctx;
  // "It killed", "It left": a verb of the event; "It was estimated that …", "It is believed" open no event ("it" stands for nothing)
  // ("That night, 12 were shot": a determiner, not a subject)
  if (!previousSentence || !ANAPHORIC_SUBJECTS.has(tokens[0]?.lower ?? '') || tokens[1]?.kind !== TokenKind.Word || !/^\p{Lu}/u.test(tokens[0].text) || COPULAS.has(tokens[1].lower) || !isVerbLikeToken(tokens[1])) return undefined;
  const before = sentenceScope(ctx.text.slice(previousSentence.start, previousSentence.end), ctx.previousDates ?? [], ctx.articleDate);
  return before.scope === 'background' ? { scope: 'background', reason: `${before.reason} in the sentence before`, dated: before.dated } : undefined;
}

const ANAPHORIC_SUBJECTS = new Set(['it', 'that', 'this']);
const COPULAS = new Set(['is', 'was', 'are', 'were', 'has', 'had', 'seems', 'seemed', 'appears', 'appeared', 'remains', 'remained']);

/**
 * A score or a tally: what it is a score of (the verb before it: "beat the Foxes 27-24", "passed
 * 13,450 to 2,010") and whose (the verb's subject). A verb that states a contest's result ("beat",
 * "won", "voted", "passed") makes the score the contest's result, one quantity however each outlet
 * words it. A score no verb states (a team's record "11-4", a half-time "14-0") has no predicate, so
 * it is never compared.
 */
function scoreClaim(ctx: ClaimContext, match: FigureMatch, scope: SentenceScope, periods: readonly PeriodMention[], heading: boolean): Claim {
  const { tokens } = ctx;
  // "passed the levy by nine votes to five", "approved the bridge in Thursday's referendum, 13,450 to 9,010": the clause's verb, further back
  const reach = /^(by|,)$/.test(tokens[match.first - 1]?.lower ?? '') ? CLAUSE_REACH : SCORE_REACH;
  // The nearest verb; where it states neither a result nor a lead, the nearest verb that states a result
  // ("housing" is no verb of "passed the housing levy by nine votes to five")
  const nearest = (within: number, test: (k: number) => boolean) => {
    let k = match.first - 1;
    while (k >= 0 && k >= match.first - within && !test(k)) k--;
    return k >= 0 && k >= match.first - within ? k : -1;
  };
  let verb = nearest(SCORE_REACH, (k) => isScoreVerb(tokens, k));
  if (verb < 0 || !isContestVerb(tokens[verb].lower) && !isInterim(tokens[verb].lower)) {
    const result = nearest(reach, (k) => isScoreVerb(tokens, k) && isContestVerb(tokens[k].lower));
    if (result >= 0) verb = result;
  }
  // "won the turnover battle 3-0": a statistic won, not the game
  const contest = verb >= 0 && !NOT_THE_GAME.has(tokens[match.first - 1]?.lower ?? '') && isContestVerb(tokens[verb].lower);
  const cls = verb >= 0 ? predicateClass(tokens[verb].lower) : undefined;
  // Incidents' verbs ("hurt", "killed") never state a score, nor does a lead ("led 13-3 at the half") or a record in brackets ("Indianapolis (10-5)").
  const bracketed = tokens[match.first - 1]?.text === '(' && tokens[match.last + 1]?.text === ')';
  // "overcame a 14-0 deficit", "a 10-point halftime lead": a score that names a margin on the way is no final score
  const margin = INTERIM_NOUNS.has(tokens[match.last + 1]?.lower ?? '') || INTERIM_NOUNS.has(tokens[match.last + 2]?.lower ?? '') && /^(halftime|half-time|early|first-half|late)$/.test(tokens[match.last + 1]?.lower ?? '');
  // "put the Owls up 47-42", "stretched its lead to 62-46", "pulled within 50-48": a lead named between the verb and the score
  const lead = verb >= 0 && tokens.slice(verb + 1, match.first).some((t) => isInterim(t.lower));
  const found = verb >= 0 && !bracketed && !margin && !lead && !isInterim(tokens[verb].lower) && (cls === undefined || !roundsUp(beatOfClass(cls)));
  const key = !found ? null : contest ? RESULT : cls ?? UNCLASSED + stem(tokens[verb].lower);
  const own = periodOf(tokens, periods, match.first, match.last, false);
  return {
    figure: match.figure, noun: null, nounKey: SCORE, qualifier: null, predicate: found ? tokens[verb].text : null, predicateKey: key,
    // A result is its contest's, on its day: a period its sentence names is another clause's ("voted 31 to 12 on Thursday to
    // approve a budget for next year"), unless it is an earlier one ("a similar levy was rejected 7-6 in 2019")
    change: null, period: found && contest && !own?.earlier ? null : own, holder: found ? subjectBefore(tokens, verb) : null,
    beat: found && contest ? contestOf(tokens[verb].lower, tokens) ?? null : beatOfClass(key ?? null) ?? null, partOf: null, partial: false,
    asOf: asOfDate(tokens, match, ctx.dates) ?? ctx.paragraphDate ?? ctx.articleDate ?? null,
    scope: scope.scope, scopeReason: scope.reason, sentence: ctx.sentence, heading,
  };
}

/** A word before a score that may be its verb: a verb form or a classed word, not a name ("beat United 3-2"). */
function isScoreVerb(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (t.kind !== TokenKind.Word || k > 0 && startsUpper(t)) return false;
  return isVerbFormToken(t) || wordClass(t) !== undefined || isContestVerb(t.lower);
}

/** How far before a score its verb may stand: "beat the Foxes 27-24"; after "by" or a comma, the clause's verb. */
const SCORE_REACH = 5;
const CLAUSE_REACH = 12;
/** What a team wins with a score besides the game: "won the turnover battle 3-0", "the rebound count". */
const NOT_THE_GAME = new Set(['battle', 'battles', 'count', 'possession']);
/** The predicate key of a contest's result, whichever verb states it. */
const RESULT = 'result';
/**
 * A unit of an amount of land or stuff, an area, a weight or a volume ("acre", "kg", "gal"): what a verb does to it
 * is the count ("burned 12,000 acres", "seized 140 kg"). A length, a speed or a temperature says where or how
 * ("fell 200ft", "centred 3 miles away", "threw for 310 yards"), not what.
 */
function isAmountUnit(unit: string | null): unit is string {
  return unit !== null && AMOUNT_UNITS.has(unit);
}

const AMOUNT_UNITS = new Set(['km2', 'mi2', 'm2', 'ft2', 'ha', 'acre', 't', 'ton', 'kg', 'g', 'mg', 'lb', 'oz', 'bbl', 'l', 'ml', 'gal', 'm3']);

/** What a score or a vote's tally counts. */
const SCORE = 'score';
/** Verbs of a score on the way to the final one: "led 13-3 at the half", "trailed 2-0". */
const INTERIM = new Set(['lead', 'led', 'trail'].map(stem));
/** Nouns after a score that make it a margin on the way: "a 14-0 deficit", "a 21-7 halftime lead". */
const INTERIM_NOUNS = new Set(['deficit', 'deficits', 'lead', 'leads', 'hole', 'advantage', 'cushion', 'run']);
/** Words that say a score on the way as they are: "down 14-0", "up 2-1", "ahead 50-44", "within 50-48" ("downed Boston 3-2" is a result). */
const INTERIM_WORDS = new Set(['down', 'up', 'ahead', 'behind', 'within']);

function isInterim(word: string): boolean {
  return INTERIM_WORDS.has(word) || INTERIM.has(stem(word));
}

/** The holder of the list item before a count, where the count is the next item of the list ("33 homers and 121 RBIs"). */
function listHolder(previous: Claim | undefined, before: FigureMatch | undefined, tokens: readonly Token[], first: number): string | null {
  return previous?.holder != null && before !== undefined && previous.figure === before.figure && sharesListHolder(tokens, first, before.last) ? previous.holder : null;
}

/** Whose a count is: the name that is the subject of the verb before it, or a name's possessive right before it. */
function holderOf(tokens: readonly Token[], figureFirst: number, predicate: Predicate): string | null {
  const possessive = tokens[figureFirst - 1];
  if (possessive && POSSESSIVE_END.test(possessive.text) && startsUpper(possessive)) return possessive.lower.replace(POSSESSIVE_END, '');
  return !predicate.after && predicate.first >= 0 ? subjectBefore(tokens, predicate.first) : null;
}

/** The class of a clause subject's verb right before the figure, with its particle: "finished with 31 points" (not "scored twice, taking his tally to 27"). */
function ownerClass(tokens: readonly Token[], first: number, verb: string): string | undefined {
  for (const from of [first - 1, first - 2]) if (tokens[from]?.lower === verb) return predicateClass(tokens.slice(from, first).map((t) => t.lower).join(' '));
  return undefined;
}

/** A figure written as a compound adjective of a number and its unit ("17-inch", "6-foot", "30-mile"). */
function isSizeAdjective(figure: Figure): boolean {
  return figure.unit !== null && /^[\d.,]+-\p{L}+$/u.test(figure.text);
}

/**
 * "2880 x 1800 pixels", "a 1,440 x 900 display", "2880 pixels by 1800": one side of a size in two
 * directions (a screen's, a room's), the width (the first) or the height (the second). A side is
 * compared with the same side only: the height of one copy is never the width of another.
 */
function dimensionSide(tokens: readonly Token[], match: FigureMatch): 'width' | 'height' | null {
  const isNumber = (k: number) => tokens[k]?.kind === TokenKind.Number;
  const word = (k: number) => tokens[k]?.lower ?? '';
  const a = match.last;
  const b = match.first;
  // "2880 x 1800", "2880 pixels by 1800", "2,880 by 1,800 pixels": "by" alone needs the unit, as "won in 2009 by 40 votes" is no size
  if (TIMES.has(word(a + 1)) && isNumber(a + 2) || SIDE_UNITS.has(word(a + 1)) && word(a + 2) === 'by' && isNumber(a + 3) ||
    word(a + 1) === 'by' && isNumber(a + 2) && SIDE_UNITS.has(word(a + 3))) return 'width';
  if (TIMES.has(word(b - 1)) && isNumber(b - 2) || word(b - 1) === 'by' && SIDE_UNITS.has(word(b - 2)) && isNumber(b - 3) ||
    word(b - 1) === 'by' && isNumber(b - 2) && SIDE_UNITS.has(word(a + 1))) return 'height';
  return null;
}

/** The signs between a size's sides, and the units a side is given in before "by" ("2880 pixels by 1800"). */
const TIMES = new Set(['x', '×']);
const SIDE_UNITS = new Set(['pixels', 'inches', 'feet', 'metres', 'meters', 'centimetres', 'centimeters', 'cm', 'mm', 'yards']);

/** What a count of things counts, not of people: people without a verb are counted in too many roles ("two men", "four officers"). */
function isThing(counted: Counted, nounKey: string | null): boolean {
  return nounKey !== null && nounKey !== 'people' && !PERSON_NOUNS.has(counted.head ?? '');
}

/**
 * Whether a figure may measure something rather than count things: an amount or a percentage, or a
 * number with no counted noun and no verb a beat knows ("Net 109,131", "unemployment rose to 2.1 million").
 */
function mayMeasure(unit: string | null, counted: Counted, predicate: Predicate): boolean {
  if (unit !== null) return measuredByUnit(unit);
  const unclassed = predicate.key === null || predicate.key.startsWith(UNCLASSED);
  // "has 2 million users", "a crowd of 45,000 spectators": a count of what a beat measures
  return unclassed && (counted.noun === null || counted.head !== null && countedMetricOf(counted.head) !== undefined);
}

/** An amount or a percentage (not a fraction: "a third of voters" counts them) may measure something, whatever its predicate. */
function measuredByUnit(unit: string | null): boolean {
  return unit !== null && unit !== 'fraction';
}

/** How the noun phrase a figure counts is written: right after it, or after its "of" in one of three ways. */
const enum Written {
  /** No noun phrase after the figure, nor one after "of" that a count takes. */
  None,
  /** Right after the figure: "four people", "$5 billion deal". */
  After,
  /** "49 of the 64 returnees": a part of the figure after its "of", counting what that whole counts (the noun after it, if any). */
  AfterWhole,
  /** "dozens of people", "a third of voters": after a vague figure's "of". */
  AfterOf,
  /** "one of the victims", "two of them", "four of his children": a part of a group (its noun after a determiner). */
  Subset,
}

/** The noun phrase a figure counts and how it is written: all a measure asks of what the figure counts. */
interface CountedNoun {
  readonly span: NounSpan | null;
  readonly written: Written;
  /** The token "of" for `AfterWhole` and `Subset`, -1 otherwise. */
  readonly ofAt: number;
  /** For `AfterWhole`, the index of the whole's figure in the sentence. */
  readonly whole: number;
}

const NO_NOUN: CountedNoun = { span: null, written: Written.None, ofAt: -1, whole: -1 };

/** The noun phrase after the figure, or after "of" ("49 of the 64 returnees", "two of them", "dozens of people"). */
function countedNoun(tokens: readonly Token[], figures: readonly FigureMatch[], f: number): CountedNoun {
  const match = figures[f];
  // A plural of a number ("hundreds", "thousands", "dozens") takes what it counts through "of" or after
  // "more" only: in "Hundreds gather to mourn" the word after it is a verb, not a noun.
  const pluralNumber = VAGUE[tokens[match.last].lower] !== undefined && !INCREMENT_WORDS.has(tokens[match.last + 1]?.lower ?? '');
  const own = pluralNumber ? null : readNoun(tokens, match.last + 1);
  if (own) return { span: own, written: Written.After, ofAt: -1, whole: -1 };
  const after = match.last + 1;
  const ofAt = tokens[after]?.lower === 'of' ? after : tokens[after]?.lower === 'out' && tokens[after + 1]?.lower === 'of' ? after + 1 : -1;
  if (ofAt < 0) return NO_NOUN;
  const whole = f + 1 < figures.length && figures[f + 1].first > ofAt && figures[f + 1].first <= ofAt + 2 ? f + 1 : -1;
  // "49 of the 64 returnees": the part counts what the whole counts.
  if (whole >= 0) return { span: readNoun(tokens, figures[whole].last + 1), written: Written.AfterWhole, ofAt, whole };
  const vague = match.figure.value === null || match.figure.unit === 'fraction';
  const ofNoun = vague ? readNoun(tokens, ofAt + 1) : null;
  if (ofNoun) return { span: ofNoun, written: Written.AfterOf, ofAt, whole: -1 };
  const group = tokens[ofAt + 1]?.lower ?? '';
  if (!SUBSET_PRONOUNS.has(group)) return NO_NOUN;
  return { span: DETERMINERS.has(group) ? readNoun(tokens, ofAt + 2) : null, written: Written.Subset, ofAt, whole: -1 };
}

/** What figure `f` counts, its noun (`noun`, read by `countedNoun`) and how the figure relates to a whole. */
function readCounted(ctx: ClaimContext, claims: readonly Claim[], f: number, noun: CountedNoun): Counted {
  const { tokens, figures } = ctx;
  const match = figures[f];
  const base = ctx.previous.length;
  const span = noun.span;
  const counted: Counted = {
    noun: span, head: span ? tokens[span.last].lower : null, qualifier: span ? qualifierIn(tokens, span) : null,
    phraseEnd: span?.last ?? match.last, partOf: null, partial: false, subset: false,
  };
  if (noun.written === Written.After) {
    const own = span!;
    // "two counts of murder", "three charges of fraud": what the counts are of tells them apart.
    if (CHARGE_NOUNS.has(tokens[own.last].lower) && tokens[own.last + 1]?.lower === 'of') {
      const of = readNoun(tokens, own.last + 2);
      if (of) counted.qualifier ??= tokens.slice(of.first, of.last + 1).map((t) => t.lower).join(' ');
    }
    // "four people out of the 75 inside": a part with its own noun.
    const outOf = tokens[own.last + 1]?.lower === 'out' && tokens[own.last + 2]?.lower === 'of' ? own.last + 2 : -1;
    if (outOf >= 0 && f + 1 < figures.length && figures[f + 1].first > outOf && figures[f + 1].first <= outOf + 2) {
      counted.partOf = base + f + 1;
      counted.phraseEnd = readNoun(tokens, figures[f + 1].last + 1)?.last ?? figures[f + 1].last;
    }
  } else if (noun.written === Written.AfterWhole) {
    counted.partOf = base + noun.whole;
    if (!span) counted.phraseEnd = figures[noun.whole].last;
  } else if (noun.written === Written.Subset) {
    counted.partial = true;
    counted.subset = true;
    if (!span) {
      counted.phraseEnd = noun.ofAt + 1;
      const antecedent = lastCountOfPeople(claims, ctx.previous);
      if (antecedent) {
        counted.head = 'people';
        counted.qualifier = antecedent.claim.qualifier;
      }
    }
  }
  const prev = tokens[match.first - 1]?.lower;
  if (prev !== undefined && INCREMENT_KIND[prev] !== undefined) counted.partial = true;
  // "Of them, 57 were Thai"
  if (counted.partOf === null && leadsWithOfThem(tokens, match.first)) {
    const antecedent = lastCountOfPeople(claims, ctx.previous);
    if (antecedent) {
      counted.partOf = antecedent.index;
      counted.partial = true;
      if (counted.head === null) {
        counted.head = 'people';
        counted.qualifier ??= antecedent.claim.qualifier;
      }
    }
  }
  // "86 people, including 57 Thais and 29 Vietnamese"
  if (counted.partOf === null) {
    const inclusion = inclusionWhole(tokens, match.first, claims, figures, f, base);
    if (inclusion !== null) {
      counted.partOf = base + inclusion;
      counted.partial = true;
    }
  }
  return counted;
}

/**
 * Whether a figure counts only some of what its quantity counts, so that it is never compared as
 * a total: a part of a named whole or group, a state within the class, an addition to an earlier count.
 */
function isSubCount(ctx: ClaimContext, claims: readonly Claim[], match: FigureMatch, counted: Counted, predicate: Predicate): boolean {
  const { tokens } = ctx;
  const value = match.figure.value;
  if (counted.partial && !(counted.subset && subsetCountsItsClass(ctx, claims, counted, predicate))) return true;
  // "one of the five people shot": what follows the whole describes the whole; the part is a sub-count.
  // "warrants for 58 of the 64", "21 of the 30 passengers were hurt": the part is the full count of its verb.
  if (counted.partOf !== null && predicate.after && !(finiteVerbAfter(tokens, counted.phraseEnd) && firstOfItsClass(ctx, claims, predicate.key))) return true;
  // "others", "more", "additional", "also" count people besides someone: a part, except in the classic
  // contrast of the dead and the injured ("a man was killed and four others were injured" is the
  // full count of the injured).
  const next = tokens[match.last + 1]?.lower ?? '';
  const increment = (counted.noun ? incrementIn(tokens, counted.noun) : undefined) ?? (INCREMENT_WORDS.has(next) ? next : undefined) ??
    (tokens[match.first - 1]?.lower === 'other' ? 'other' : undefined) ??
    (alsoAfter(tokens, counted.phraseEnd) || additionAfter(tokens, counted.phraseEnd) ? 'also' : undefined);
  if (increment !== undefined && !contrastsWithOtherClass(ctx, claims, match.first, predicate.key)) return true;
  // "two others were taken to the hospital": survivors are often split between hospitals and states; "all three
  // patients were taken to" says the state of the whole group it names, which counts it ("all three were", without
  // a noun, may speak of some of them named before).
  if (predicate.subState && !(counted.noun && wholeGroup(tokens, match.first))) return true;
  if ((!counted.noun || value === 1) && counted.partOf === null && splitsEarlierCount(ctx, claims, value, predicate.key)) return true;
  // "one was shot in the thigh, the other in the hand", "one person was shot in the neck. The other
  // victims …"; "killing one and wounding the other" is not: each is the full count of its class.
  if (value !== 1) return false;
  const rest = ctx.text.slice(tokens[match.last].end, ctx.sentence.end);
  const following = ctx.nextSentence ? ctx.text.slice(ctx.nextSentence.start, ctx.nextSentence.end) : '';
  const distributive = DISTRIBUTIVE.test(rest) || /^\W*the others?\b/i.test(following);
  return distributive && !(classOf(predicate.key)?.contrast?.words.test(`${rest} ${following}`) ?? false);
}

/** "all three patients", "all 12 victims": the figure counts a whole group. */
function wholeGroup(tokens: readonly Token[], first: number): boolean {
  return tokens[first - 1]?.lower === 'all';
}

/**
 * "the first four games", "his last 10 starts", "the final two games": a figure that counts a stretch
 * of a sequence, and which stretch (final is last; opening is first).
 */
function segmentBefore(tokens: readonly Token[], first: number): string | null {
  return SEGMENTS[tokens[first - 1]?.lower ?? ''] ?? null;
}

const SEGMENTS: Readonly<Record<string, string>> = table({ first: 'first', opening: 'first', last: 'last', final: 'last', closing: 'last', next: 'next', past: 'past', previous: 'past' });

/** The words before a counted noun's head, which say what kind of it: "plant" species, "undersea" cables. */
function modifiersOf(tokens: readonly Token[], noun: NounSpan): string | null {
  const words: string[] = [];
  for (let k = noun.first; k < noun.last; k++) if (!INCREMENT_WORDS.has(tokens[k].lower) && tokens[k].kind === TokenKind.Word) words.push(tokens[k].lower);
  return words.length > 0 ? words.join(' ') : null;
}

/** "two other vehicles", "the other three ships": the figure counts others than one the copy named. */
function isOther(tokens: readonly Token[], first: number, noun: NounSpan | null): boolean {
  return tokens[first - 1]?.lower === 'other' || noun !== null && tokens[noun.first].lower === 'other';
}

/** "A man and two women were shot", "Baby, 4 people injured": the figure counts one group of a list. */
function afterAnotherGroup(tokens: readonly Token[], first: number): boolean {
  const joiner = tokens[first - 1]?.lower;
  if (joiner !== 'and' && joiner !== ',') return false;
  const noun = tokens[first - 2];
  return noun !== undefined && PERSON_NOUNS.has(noun.lower) && /^(a|an|the|one)$|^$/.test(tokens[first - 3]?.lower ?? '');
}

/** "two dead people in addition to the woman", "three others besides the driver" */
function additionAfter(tokens: readonly Token[], phraseEnd: number): boolean {
  for (let k = phraseEnd + 1; k < tokens.length && k <= phraseEnd + 8; k++) {
    if (tokens[k].lower === 'besides' || tokens[k].lower === 'addition' && tokens[k - 1]?.lower === 'in' && tokens[k + 1]?.lower === 'to') return true;
    if (tokens[k].kind !== TokenKind.Word) return false;
  }
  return false;
}

/** "Two civilians were also injured": an addition, like "two more". */
function alsoAfter(tokens: readonly Token[], phraseEnd: number): boolean {
  for (let k = phraseEnd + 1; k < tokens.length && k <= phraseEnd + 3; k++) {
    if (tokens[k].lower === 'also') return true;
    if (!/^(were|was|are|is|have|has|had|been)$/.test(tokens[k].lower)) return false;
  }
  return false;
}

/**
 * "killing one of the officers", "Five were shot. Two of them died": a part of a group that died is
 * the full count of the dead, unless a count of the dead came before. "Four died. Two of them died
 * at the scene" stays a part.
 */
function subsetCountsItsClass(ctx: ClaimContext, claims: readonly Claim[], counted: Counted, predicate: Predicate): boolean {
  // Only classes that say so (deaths): "striking one of them" after "shot a civilian" is one of the shot, not all of them.
  if (!classOf(predicate.key)?.partIsTotal || predicate.subState || predicate.coordinated) return false;
  // "one of the dead men was identified": the class describes the group the part is taken from, so the
  // part is some of the dead, never their count.
  if (counted.noun !== null && predicate.first >= counted.noun.first && predicate.first <= counted.noun.last) return false;
  return (!predicate.after || finiteVerbAfter(ctx.tokens, counted.phraseEnd)) && firstOfItsClass(ctx, claims, predicate.key);
}

/**
 * No count of this class came before in the article: "One of the four died at the hospital" after
 * "one man was found dead at the scene" adds to the dead rather than counting them all.
 */
function firstOfItsClass(ctx: ClaimContext, claims: readonly Claim[], key: string | null): boolean {
  // From the end: the claim this one adds has the class, so the next such question stops at once.
  return !someFromEnd(claims, (c) => c.predicateKey === key) && !someFromEnd(ctx.previous, (c) => c.predicateKey === key);
}

function someFromEnd(claims: readonly Claim[], test: (c: Claim) => boolean): boolean {
  for (let k = claims.length - 1; k >= 0; k--) if (test(claims[k])) return true;
  return false;
}

/**
 * "treated two patients — one was released, one transferred", "shot two men. One man was shot in
 * the head": a bare count (or one person) right after a larger count of the same kind, in this
 * sentence or the one before, tells what became of some of them.
 */
function splitsEarlierCount(ctx: ClaimContext, claims: readonly Claim[], value: number | null, key: string | null): boolean {
  if (value === null || key === null || key.startsWith(UNCLASSED)) return false;
  const larger = (c: Claim) => c.predicateKey === key && c.nounKey !== null && (c.figure.min ?? 0) > value;
  if (claims.some(larger)) return true;
  const before = ctx.previousSentence;
  for (let k = ctx.previous.length - 1; before !== undefined && k >= 0 && ctx.previous[k].sentence.start >= before.start; k--) {
    if (larger(ctx.previous[k])) return true;
  }
  return false;
}

/**
 * A count right after one of the class its own is contrasted with (the injured after a death, or
 * the reverse): in the same sentence before the figure, or as the nearest earlier claim of either.
 */
function contrastsWithOtherClass(ctx: ClaimContext, claims: readonly Claim[], figureFirst: number, key: string | null): boolean {
  const contrast = classOf(key)?.contrast;
  if (!contrast) return false;
  // The words before the figure, read from where each class first occurs in the sentence (not by
  // searching the text before each figure: quadratic in a sentence of many figures).
  const figureStart = ctx.tokens[figureFirst].start;
  if (firstWordEnd(ctx, contrast.words) <= figureStart && firstWordEnd(ctx, contrast.ownWords) > figureStart) return true;
  const bare = figureFirst === 0 || (figureFirst === 1 && /^(the|all)$/i.test(ctx.tokens[0].text));
  const previous = ctx.previousSentence ? ctx.text.slice(ctx.previousSentence.start, ctx.previousSentence.end) : '';
  if (bare && contrast.words.test(previous) && !contrast.ownWords.test(previous)) return true;
  // "One DART officer was killed … the three other officers injured": others of a subgroup are a subgroup too.
  // "… killed two customers. Two others were wounded. He killed two more men": more of the dead.
  // The window is this sentence's claims, then the last few before it, scanned from the most recent.
  const earlier = ctx.previous.slice(-OTHERS_WINDOW);
  let recent: Claim | undefined;
  for (let k = claims.length - 1; k >= -earlier.length; k--) {
    const c = k >= 0 ? claims[k] : earlier[earlier.length + k];
    if (c.predicateKey === key) return false;
    if (recent === undefined && c.predicateKey === contrast.key) recent = c;
  }
  return recent !== undefined && !recent.partial;
}

/** Where the first match of `words` in the sentence ends (Infinity if none), found once per sentence. */
const firstWordEnds = new WeakMap<ClaimContext, Map<RegExp, number>>();
function firstWordEnd(ctx: ClaimContext, words: RegExp): number {
  let ends = firstWordEnds.get(ctx);
  if (!ends) firstWordEnds.set(ctx, (ends = new Map()));
  let end = ends.get(words);
  if (end === undefined) {
    const m = words.exec(ctx.text.slice(ctx.sentence.start, ctx.sentence.end));
    end = m ? ctx.sentence.start + m.index + m[0].length : Infinity;
    ends.set(words, end);
  }
  return end;
}

/** "three people died, including one officer": the part's only verb is the inclusion itself. */
function inheritsFromWhole(p: Predicate): boolean {
  return p.key === null || p.text !== null && INCLUSION.has(p.text.toLowerCase());
}

/** The classed predicate of the whole a part belongs to, if any. */
function wholePredicate(ctx: ClaimContext, claims: readonly Claim[], partOf: number | null): Predicate | undefined {
  const whole = partOf === null ? undefined : claimAt(ctx, claims, partOf);
  if (!whole?.predicateKey || whole.predicateKey.startsWith(UNCLASSED)) return undefined;
  return { ...NO_PREDICATE, text: whole.predicate, key: whole.predicateKey };
}

/** The claim at a document-wide index: an earlier sentence's, or this sentence's so far. */
function claimAt(ctx: ClaimContext, claims: readonly Claim[], index: number): Claim | undefined {
  const base = ctx.previous.length;
  return index >= base ? claims[index - base] : ctx.previous[index];
}

/** The noun written elsewhere: the whole's ("49 of the 64 returnees") or the antecedent's ("two of them"). */
function inheritedNoun(ctx: ClaimContext, claims: readonly Claim[], counted: Counted): string | null {
  const whole = counted.partOf === null ? undefined : claimAt(ctx, claims, counted.partOf);
  if (whole?.noun) return whole.noun;
  return counted.head === 'people' ? lastCountOfPeople(claims, ctx.previous)?.claim.noun ?? null : null;
}

/** "of them, 57 …", "among them 57 …", "of whom 57 …" right before the figure. */
function leadsWithOfThem(tokens: readonly Token[], first: number): boolean {
  let k = first - 1;
  if (tokens[k]?.text === ',') k--;
  const pronoun = tokens[k]?.lower;
  const preposition = tokens[k - 1]?.lower;
  return (pronoun === 'them' || pronoun === 'whom' || pronoun === 'those') && (preposition === 'of' || preposition === 'among');
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
 * Returns the whole's index within this sentence.
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

/** The day a figure's own sentence gives for it: the nearest resolved date that dates a count. */
export function asOfDate(tokens: readonly Token[], match: { first: number; last: number }, dates: readonly DateMatch[]): IsoDate | undefined {
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
  return best?.mention.date;
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

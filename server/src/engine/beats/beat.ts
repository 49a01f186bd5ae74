import type { Token } from '../text/tokens';
import type { ArticleSignal, Claim } from '../types';

/**
 * A beat is a plug-in of the engine: the vocabulary of one desk's copy (what happens to what is
 * counted, what is measured), its scope cues, and the differences between two figures that its
 * readers know are not contradictions. The core pipeline (text → figures → claims → quantity keys →
 * rules) reads beats only through `beats/vocabulary.ts` and names none of them; adding a beat is
 * adding a folder and one line in `beats/index.ts`.
 */
export interface Beat {
  /** The folder's name: "casualties", "business". */
  readonly id: string;
  /** What the beat reads, for the README and hovers. */
  readonly description: string;
  /** What happens to what is counted ("killed", "arrested", "cut"), in the order they are tried. */
  readonly predicates?: readonly PredicateClass[];
  /** What is measured ("revenue", "the jobless rate", "turnout"), named before or after a figure. */
  readonly metrics?: readonly Metric[];
  /**
   * Verbs (any form: "earned", "buys") that say which metric an amount they govern is, where no
   * metric is named: "earned $4.5 million" is a net income, "bought the chipmaker for $5.4 billion"
   * a deal's value.
   */
  readonly metricVerbs?: Readonly<Record<string, string>>;
  /**
   * What belongs to someone named (a player's points, a candidate's share of the vote, a party's
   * seats): counted nouns (plural, as written) and metric keys. Two such figures are compared only
   * when the copy says whose they are, and it is the same.
   */
  readonly attributed?: readonly string[];
  /**
   * Verbs (any form) that state a contest's result with a score or a tally: "beat Town 3-1", "won 3-1",
   * "voted 31 to 12", "passed 13,450 to 2,010". Whatever the verb, the score it governs is the contest's
   * result, one quantity whose two sides are compared (a lead on the way, "led 13-3", or a record is none).
   */
  readonly contests?: readonly string[];
  /**
   * Words that say a sentence's contest is this beat's ("game", "match"; "council", "ballot"), besides
   * the beat's attributed nouns: which beat's result a verb several beats list ("won", "lost") states.
   */
  readonly contestCues?: readonly string[];
  /**
   * Synonyms of what is counted, by lemma: each list names one thing, its first word the key ("homes",
   * "houses" and "dwellings" destroyed are one count of homes).
   */
  readonly synonyms?: ReadonlyArray<readonly string[]>;
  /**
   * A ballot's share for a side, however its electorate is named: the nouns that name those who vote
   * ("voters", "residents"; "those who voted" too) and the verbs (any form) of each side ("backed",
   * "supported", "voted for" are one side): "61% of those who voted backed it" and "58% of voters supported
   * the project" are one share.
   */
  readonly ballots?: { readonly electorate: readonly string[]; readonly sides: Readonly<Record<string, readonly string[]>> };
  /** Head nouns that carry their predicate: "the two fatalities", "1,200 job cuts". */
  readonly predicateNouns?: Readonly<Record<string, string>>;
  /** Head nouns that count a state within a class ("six patients" are some of the injured). */
  readonly stateNouns?: readonly string[];
  /** Adjectives inside a counted phrase that say what happened to the group: "three deceased victims". */
  readonly predicateModifiers?: Readonly<Record<string, string>>;
  /** Adjectives that are themselves the predicate: "two dead", "16 others injured". */
  readonly predicateAdjectives?: readonly string[];
  /** Adverbs right after a figure: "three fatally", "two critically"; `state: true` for states within the class. */
  readonly predicateAdverbs?: Readonly<Record<string, { readonly key: string; readonly state?: boolean }>>;
  /** Phrases whose class the words' stems alone would get wrong: "shot dead" is a killing. */
  readonly phraseClasses?: ReadonlyArray<readonly [RegExp, string]>;
  /** Words after a verb that belong to it: "shot to death", "pronounced dead". */
  readonly verbTails?: ReadonlyArray<readonly string[]>;
  /** Particles that belong to a verb: "shot dead". */
  readonly particles?: readonly string[];
  /** Agent nouns that share a predicate's stem but name who did it: "the shooter", "killers". */
  readonly agentNouns?: readonly string[];
  /**
   * The nouns of the beat's incidents, counted as incidents ("two shootings", "one of the incidents"); those in -ing
   * are not verbs there: "the victims of Saturday's shooting were …".
   */
  readonly eventNouns?: readonly string[];
  /** Readers of the beat's own constructions, tried where the core reads a predicate. */
  readonly constructions?: Constructions;
  /** Round-ups and running totals of this beat's counts: "across the city this weekend". */
  readonly roundUps?: RoundUps;
  /** Differences between two figures of one quantity that are not contradictions. */
  readonly explanations?: readonly Explanation[];
  /** Whole-article facts that change how its figures compare ("the attacker died"). */
  readonly signals?: readonly Signal[];
}

/** A class of predicates: the words copy uses for one thing that happens to what is counted. */
export interface PredicateClass {
  /** The class's key, part of a quantity's identity: "killed". */
  readonly key: string;
  /** Word stems and phrases, matched at word starts: "kill" covers "killed", "killing". */
  readonly words: readonly string[];
  /** Only people undergo it: a bare "four were killed" counts people. */
  readonly people?: boolean;
  /**
   * A part named as a group of another count is this class's full count when it comes first:
   * "killing one of the officers" is the whole toll.
   */
  readonly partIsTotal?: boolean;
  /**
   * The class copy contrasts this one with, so that "others" counts the rest rather than adding to
   * a count of the same class: "a man was killed and four others were injured". `words` find
   * either class in a stretch of text.
   */
  readonly contrast?: { readonly key: string; readonly words: RegExp; readonly ownWords: RegExp };
  /** Verbs that become this class when what they count are people: "hitting six people" is a shooting. */
  readonly peopleVerbs?: RegExp;
  /** Phrases after a verb of this class that change its class: "shot two men dead" is a killing. */
  readonly objectTails?: ReadonlyArray<readonly [RegExp, string]>;
  /** Tails after a verb of this class that belong to it: "shot and killed". */
  readonly tails?: ReadonlyArray<readonly string[]>;
}

/** Something measured, whatever happens to it: revenue, a jobless rate, turnout. */
export interface Metric {
  /** The metric's key, part of a quantity's identity, and its name in messages: "revenue". */
  readonly key: string;
  /** The nouns (lower case, singular and plural) and noun phrases that name it. */
  readonly words: readonly string[];
  /**
   * A price or a value, stated only as an amount or a percentage: a plain number before one of its
   * words counts things ("five mln shares", "48,000 shares traded"), it never measures the metric.
   */
  readonly amountOnly?: boolean;
  /** Quoted by the day (a share price, a rate, a yield): the day its clause names is its period ("closed at $24 on Tuesday"). */
  readonly daily?: boolean;
  /**
   * Set by an agreement, so that what a party "will pay" states it rather than forecasts it: a deal's value,
   * a fee ("Pelham will pay $31 a share" and "the offer of $33 per share" are one price).
   */
  readonly agreed?: boolean;
}

/** A place in a sentence where the core reads a predicate, and the beat readers it asks there. */
export interface Constructions {
  /**
   * After the counted phrase and its auxiliaries, at token `k`: a state said without a verb
   * ("in critical condition", "with gunshot wounds"). `victims`: what is counted are victims.
   */
  readonly stateAt?: (tokens: readonly Token[], k: number, victims: boolean) => StateReading | undefined;
  /** The verb at `k` (its particles and tail ending at `last`) saying a state: "taken to the hospital". */
  readonly verbState?: (tokens: readonly Token[], k: number, last: number, victims: boolean) => StateReading | undefined;
  /** A verb at `verb` before the figure that says a state of what it counts: "transported four to the hospital". */
  readonly stateBefore?: (tokens: readonly Token[], verb: number, figureFirst: number) => ClassReading | undefined;
  /** A phrase at `k`, right after a predicate, that makes its count a part: "two died at the scene". */
  readonly partAfter?: (tokens: readonly Token[], k: number) => boolean;
  /** Words before a predicate (auxiliaries) or right after it that make its count a state within the class: "critically". */
  readonly severity?: RegExp;
  /** Words of a predicate phrase that make it a state within its class: "hospitalized". */
  readonly statePhrase?: RegExp;
  /** Nouns that name the counted as victims, which hospitals take in and let go. */
  readonly victimNouns?: readonly string[];
  /** Words right before a verb found before the figure that belong to it: "fatally shot". */
  readonly verbPrefixes?: RegExp;
  /** "claimed the lives of eight": a noun and preposition before the figure that carry a class. */
  readonly nounOf?: Readonly<Record<string, string>>;
  /** An adverb before a verb phrase after the counted phrase that decides its class: "were fatally wounded". */
  readonly adverbVerb?: Readonly<Record<string, string>>;
  /** Compound victim nouns that say what happened when no verb does: "four shooting victims". */
  readonly victimCompounds?: Readonly<Record<string, string>>;
  /** -ing verbs after which the counted are those who did it: "five people were shooting". */
  readonly agentProgressive?: RegExp;
}

/** A class a construction reads, and whether it is a state within the class ("in critical condition"). */
export interface ClassReading {
  readonly key: string;
  readonly state: boolean;
}

/** A class a construction reads at tokens `first`…`last`. */
export interface StateReading extends ClassReading {
  readonly first: number;
  readonly last: number;
}

/** Cues that a sentence's counts of this beat are a round-up or a running total. */
export interface RoundUps {
  /** Patterns that make a sentence a round-up ("across the city", "so far this year"). */
  readonly sentence: readonly RegExp[];
  /** Case-sensitive patterns ("in South Side shootings"). */
  readonly caseSensitive?: readonly RegExp[];
  /** A round-up in the headline or lede makes the whole article one: the words that say so. */
  readonly lead?: RegExp;
  /** Earlier or other events of this beat mentioned for background ("a separate shooting"). */
  readonly background?: readonly RegExp[];
  /**
   * Clauses that place a count in one division of the event's area ("in neighbouring Central Aceh
   * district", "in the province of Kerman"): beside a larger count of the same quantity in the
   * article, that division's part of it (case-sensitive).
   */
  readonly placeParts?: readonly RegExp[];
}

/**
 * A reason why two figures of one quantity may differ without contradicting each other. `explains`
 * returns the reason in words ("one toll counts the attacker, the other does not"), or undefined.
 */
export interface Explanation {
  readonly id: string;
  readonly description: string;
  readonly explains: (a: ExplainedClaim, b: ExplainedClaim) => string | undefined;
}

/** A claim with what an explanation may look at: its article's other claims and signals. */
export interface ExplainedClaim {
  readonly claim: Claim;
  /** The claim's index in `claims`. */
  readonly index: number;
  readonly claims: readonly Claim[];
  readonly signals: readonly ArticleSignal[];
}

/** A whole-article fact a beat reads: its id and the wording that shows it. */
export interface Signal {
  readonly id: ArticleSignal;
  readonly pattern: RegExp;
}

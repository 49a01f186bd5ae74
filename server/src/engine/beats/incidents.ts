import type { RoundUps } from './beat';
import { anyCue } from '../text/cues';

/**
 * Round-ups and running totals of incidents, shared by the beats that count what incidents do to
 * people (casualties, crime, disasters): "across the city this weekend", "so far this year",
 * "since June", "a spate of shootings". A count in such a sentence is many incidents', never one
 * event's.
 */
const ROUND_UP_SENTENCE = [
  String.raw`\b(across|throughout|around) (the |this )?(city|country|state|nation|region|province|county|world|globe|area|district|island|continent|u\.?s\.?|us)\b`,
  String.raw`\b(nationwide|statewide|citywide|countywide|worldwide|globally|nationally)\b`,
  String.raw`\b(so far|since the start of|since the beginning of|earlier) this (year|month)\b`,
  String.raw`\bthis year\b`,
  String.raw`\bsince (january|february|march|april|may|june|july|august|september|october|november|december|the start|the beginning|(19|20)\d\d)\b`,
  // "since the offensive began", "since its war with Hamas started": a running total from a point the clause names
  String.raw`\bsince (the|its|their|this) (\w+ ){1,4}(began|started|erupted|broke out|was launched)\b`,
  // "with the war now having taken more than 900 lives", "the uprising has claimed 300": what a war or an offensive has taken
  // (in the perfect: "the offensive killed 40 at a school" is one attack's toll) is its running total
  String.raw`\b(the|this|its|their) ([\w-]+ )?(conflict|war|offensive|insurgency|uprising|unrest) (now |so far )?(has|have|had|having) (now |so far )?(taken|claimed|killed|left)\b`,
  // "have been killed so far", "so far in the 12 days of the offensive"
  String.raw`\bso far\b`,
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
];

/**
 * "in South Side shootings", "in Chicago shootings": a place's shootings, plural and without "the",
 * are a round-up ("the Navy Yard shootings" name one event). Case matters.
 */
const PLACE_SHOOTINGS = /\b(in|across) (\p{Lu}[\p{L}.]*\s){1,3}shootings\b/u;

/** Another or a comparable incident: "a separate shooting", "the deadliest attack since 2009". */
const OTHER_INCIDENT = [
  String.raw`\b(another|a separate|an unrelated|an earlier|a previous|a prior|a similar) (\w+ )?(shooting|attack|incident|crash|fire|raid|case|rampage|massacre|bombing)\b`,
  String.raw`\b(deadliest|worst|largest|biggest|bloodiest)\b`,
  String.raw`\b(during|over|on) that (\w+ )?(weekend|week|month|day|night)\b`,
  String.raw`^\W*unlike\b`,
  String.raw`\bthe (second|third|fourth|fifth|sixth) (time|shooting|incident|attack)\b`,
  String.raw`\b(days|weeks|months|years) apart\b`,
  String.raw`\bin retaliation for\b`,
];

/** The divisions of an area a toll is broken down by: a district's dead are part of a quake's. */
const DIVISION = String.raw`(?:district|sub-?district|regency|county|prefecture|province|municipality|governorate|region|state|department|canton|oblast)`;

/**
 * "in Bener Meriah district", "In neighbouring Central Aceh district", "in the province of Kerman":
 * a named division of the area. Named, so "in the region" (the whole affected area) is none.
 */
const PLACE_PARTS = [
  new RegExp(String.raw`\b[Ii]n (?:the )?(?:neighbou?ring |nearby |adjacent |adjoining )?(?:\p{Lu}[\p{L}'-]* ){1,3}${DIVISION}\b`, 'u'),
  new RegExp(String.raw`\b[Ii]n the (?:neighbou?ring |nearby |adjacent |adjoining )?${DIVISION} of \p{Lu}`, 'u'),
];

export const INCIDENT_ROUND_UPS: RoundUps = {
  sentence: [anyCue(ROUND_UP_SENTENCE, 'i')],
  caseSensitive: [PLACE_SHOOTINGS],
  lead: /\b(shootings|incidents|attacks|scenes|sides)\b|\b(violent|deadly|bloody) (night|weekend|day|holiday)\b|\bacross the city\b/i,
  background: OTHER_INCIDENT.map((source) => new RegExp(source, 'i')),
  placeParts: PLACE_PARTS,
};

/** Word lists shared by several analysis steps. Lower case. */
import { table } from './table';

export const MONTHS: Readonly<Record<string, number>> = table({
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9,
  october: 10, november: 11, december: 12,
  'jan.': 1, 'feb.': 2, 'mar.': 3, 'apr.': 4, 'jun.': 6, 'jul.': 7, 'aug.': 8, 'sep.': 9, 'sept.': 9,
  'oct.': 10, 'nov.': 11, 'dec.': 12, jan: 1, feb: 2, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10,
  nov: 11, dec: 12,
});

export const WEEKDAYS: Readonly<Record<string, number>> = table({
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
});

/** Nouns that count people without saying who they are: all one quantity, "people". */
export const GENERIC_PERSON_NOUNS = new Set([
  'people', 'person', 'persons', 'individuals', 'individual', 'others', 'other', 'nationals', 'national',
  'citizens', 'citizen', 'adults', 'adult', 'human', 'humans', 'lives', 'life',
]);

/** Nouns for groups of people: they count a subgroup, so each is its own quantity. */
export const PERSON_NOUNS = new Set([
  ...GENERIC_PERSON_NOUNS,
  'man', 'men', 'woman', 'women', 'child', 'children', 'kid', 'kids', 'boy', 'boys', 'girl', 'girls',
  'teen', 'teens', 'teenager', 'teenagers', 'student', 'students', 'victim', 'victims', 'suspect',
  'suspects', 'officer', 'officers', 'soldier', 'soldiers', 'troops', 'civilian', 'civilians', 'worker',
  'workers', 'employee', 'employees', 'resident', 'residents', 'passenger', 'passengers', 'patient',
  'patients', 'member', 'members', 'migrant', 'migrants', 'refugee', 'refugees', 'returnee', 'returnees',
  'detainee', 'detainees', 'prisoner', 'prisoners', 'inmate', 'inmates', 'hostage', 'hostages',
  'survivor', 'survivors', 'fatalities', 'casualties', 'bystander', 'bystanders', 'gunman', 'gunmen',
  'shooter', 'shooters', 'attacker', 'attackers', 'agent', 'agents', 'firefighter', 'firefighters',
  'deputy', 'deputies', 'trooper', 'troopers', 'guard', 'guards', 'protester', 'protesters', 'demonstrators',
  'fans', 'pupils', 'staff', 'crew', 'tourists', 'visitors', 'voters', 'customers', 'lawmakers', 'police',
  'policemen', 'policeman', 'journalists', 'reporters', 'doctors', 'nurses', 'teachers', 'infants', 'babies',
  'juveniles', 'minors', 'defendants', 'scammers', 'fighters', 'militants', 'rebels', 'sailors', 'pilots',
  'cadets', 'recruits', 'athletes', 'players', 'family', 'families', 'relatives', 'friends', 'couple',
  'male', 'males', 'female', 'females', 'juvenile', 'daughter', 'daughters', 'son', 'sons', 'brother',
  'brothers', 'sister', 'sisters', 'cop', 'cops', 'bailiff', 'bailiffs', 'youths', 'youth', 'baby', 'infant',
  'toddler', 'pirates', 'robbers', 'thieves', 'hijackers', 'kidnappers', 'smugglers', 'jurors', 'judges', 'observers', 'monitors',
  'delegates', 'candidates', 'miners', 'hikers', 'climbers', 'fishermen', 'crewmen', 'seamen', 'marines', 'commandos', 'officials',
  'experts', 'volunteers', 'rescuers', 'medics', 'paramedics', 'leaders', 'ministers', 'senators', 'executives', 'managers',
  'respondents', 'traffickers',
]);

/**
 * Nouns that say who people are (their sex, their age) or whose kin they are, rather than the part they
 * play in a story: "two men", "three children", "her two sons". A count of them without a verb tells of
 * no group the story follows ("two men" are counted in too many roles), or belongs to someone.
 */
export const PERSON_DESCRIPTIONS = new Set([
  'man', 'men', 'woman', 'women', 'child', 'children', 'kid', 'kids', 'boy', 'boys', 'girl', 'girls', 'teen', 'teens',
  'teenager', 'teenagers', 'male', 'males', 'female', 'females', 'juvenile', 'juveniles', 'youth', 'youths', 'minors',
  'baby', 'babies', 'infant', 'infants', 'toddler', 'daughter', 'daughters', 'son', 'sons', 'brother', 'brothers',
  'sister', 'sisters', 'family', 'families', 'relatives', 'friends', 'couple',
]);

/** A plural noun's singular, by rule: "officers" → "officer", "policemen" → "policeman", "casualties" → "casualty". */
export function singular(noun: string): string {
  if (noun.endsWith('men')) return noun.slice(0, -3) + 'man';
  if (noun === 'children') return 'child';
  if (noun.endsWith('ies') && noun.length > 4) return noun.slice(0, -3) + 'y';
  if (/(ss|x|ch|sh|z)es$/.test(noun)) return noun.slice(0, -2);
  if (noun.endsWith('s') && !noun.endsWith('ss') && noun.length > 3) return noun.slice(0, -1);
  return noun;
}

/** Units of time: "four months" is a duration, never a count the consistency check compares. */
export const TIME_NOUNS = new Set([
  'second', 'seconds', 'minute', 'minutes', 'hour', 'hours', 'day', 'days', 'night', 'nights', 'week',
  'weeks', 'weekend', 'weekends', 'month', 'months', 'year', 'years', 'decade', 'decades', 'century',
  'centuries', 'times', 'time', 'mth', 'mths', 'mo', 'mos', 'wk', 'wks', 'yr', 'yrs', 'hr', 'hrs', 'min', 'mins',
]);

/** Road and building words: "1600 Pennsylvania Avenue", "the 1200 block of". */
export const ADDRESS_WORDS = new Set([
  'street', 'st.', 'st', 'avenue', 'ave.', 'ave', 'road', 'rd.', 'rd', 'boulevard', 'blvd.', 'blvd',
  'lane', 'ln', 'drive', 'dr.', 'court', 'ct', 'way', 'place', 'pl', 'highway', 'hwy', 'parkway', 'pkwy',
  'terrace', 'circle', 'square', 'block', 'plaza', 'trail', 'pike', 'alley',
]);

/** Words after which a number names something rather than counting: "Route 66", "Flight 370". */
export const IDENTIFIER_HEADS = new Set([
  'no.', 'number', 'route', 'interstate', 'highway', 'flight', 'room', 'suite', 'apt', 'apartment',
  'unit', 'gate', 'channel', 'article', 'section', 'chapter', 'class', 'level', 'category', 'phase',
  'stage', 'ward', 'district', 'precinct', 'station', 'building', 'terminal', 'page', 'image', 'photo',
  'picture', 'game', 'round', 'lot', 'pier', 'platform', 'bus', 'line', 'track', 'exit', 'hole', 'grade',
  'version', 'model', 'volume', 'issue', 'episode', 'season', 'act', 'resolution', 'bill', 'proposition',
  'prop', 'amendment', 'slide', 'item', 'box', 'week', 'day', 'year', 'gen', 'code', 'zone', 'sector',
  'block', 'camp', 'fort', 'mile', 'km', 'kilometre', 'kilometer', 'marker', 'title', 'form', 'figure',
]);

/**
 * The vocabulary of units: currencies (signs, ISO codes, words, minor units), percentages and
 * points, measures, and what a rate is per. Canonical unit strings, one spelling per unit:
 * ISO 4217 codes for money ("USD"), `percent`, `percentage points`, `fraction`, `times`, measure
 * symbols ("km", "t", "bbl", "°C", …) and rates as "<unit>/<per>" ("USD/share").
 */
import { table } from '../text/table';

/** Currency signs written before (or after) the amount. */
export const CURRENCY_SIGNS: Readonly<Record<string, string>> = table({
  $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₩': 'KRW', '₹': 'INR', '฿': 'THB', '₽': 'RUB', '₺': 'TRY',
  '₪': 'ILS', '₱': 'PHP', '₦': 'NGN', '₫': 'VND', '₴': 'UAH',
});

/** Letters glued before "$": "US$5", "HK$3.2bn", "R$40" (Brazilian real). */
export const DOLLAR_PREFIXES: Readonly<Record<string, string>> = table({
  us: 'USD', a: 'AUD', au: 'AUD', c: 'CAD', ca: 'CAD', can: 'CAD', hk: 'HKD', nz: 'NZD', s: 'SGD', sg: 'SGD',
  nt: 'TWD', r: 'BRL', mex: 'MXN',
});

/** Abbreviations written before the amount: "Rs 500", "Rs. 3 crore", "Rp 10,000", "RM5". */
export const CURRENCY_ABBREVIATIONS_BEFORE: Readonly<Record<string, string>> = table({
  rs: 'INR', 'rs.': 'INR', rp: 'IDR', rm: 'MYR', sfr: 'CHF', 'sfr.': 'CHF', 'fr.': 'CHF', dm: 'DEM', 'dkr': 'DKK', 'skr': 'SEK', 'nkr': 'NOK',
});

/** Codes that are also English words ("ALL 5 DEAD"): never read as currencies. */
const WORD_LIKE_CODES = new Set(['ALL', 'TOP', 'CUP', 'MOP', 'SOS', 'MAD', 'PEN', 'BAM', 'BOB', 'GEL', 'LAK', 'TRY', 'AWG']);

/** Currencies replaced by the euro, still in archives and wires. */
const HISTORICAL_CODES = ['DEM', 'FRF', 'ITL', 'ESP', 'NLG', 'BEF', 'ATS', 'FIM', 'IEP', 'PTE', 'GRD', 'LUF'];

/** ISO 4217 codes, from the platform's list (every code it knows) plus the historical ones. */
export const CURRENCY_CODES: ReadonlySet<string> = (() => {
  const supported = (Intl as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf;
  const codes = supported ? supported('currency') : ['USD', 'EUR', 'GBP', 'JPY', 'CNY', 'CHF', 'CAD', 'AUD', 'INR', 'RUB', 'BRL', 'MXN', 'KRW', 'HKD', 'SGD', 'SEK', 'NOK', 'DKK', 'ZAR'];
  return new Set([...codes, ...HISTORICAL_CODES].filter((c) => !WORD_LIKE_CODES.has(c)));
})();

/**
 * Currency words after the amount, unqualified; null where the word needs a qualifier ("crowns" are
 * Swedish, Danish, Norwegian or Czech). "pounds" may be a weight: see `poundsAreMoney`.
 */
export const CURRENCY_WORDS: Readonly<Record<string, string | null>> = table({
  dollar: 'USD', dollars: 'USD', dlr: 'USD', dlrs: 'USD', euro: 'EUR', euros: 'EUR', pound: 'GBP', pounds: 'GBP',
  sterling: 'GBP', stg: 'GBP', yen: 'JPY', yuan: 'CNY', renminbi: 'CNY', rmb: 'CNY', rupee: 'INR', rupees: 'INR',
  baht: 'THB', riel: 'KHR', ringgit: 'MYR', peso: 'MXN', pesos: 'MXN', franc: 'CHF', francs: 'CHF', rouble: 'RUB',
  roubles: 'RUB', ruble: 'RUB', rubles: 'RUB', peseta: 'ESP', pesetas: 'ESP', lire: 'ITL', lira: 'TRY',
  guilder: 'NLG', guilders: 'NLG', escudo: 'PTE', escudos: 'PTE', schilling: 'ATS', schillings: 'ATS',
  drachma: 'GRD', drachmas: 'GRD', markka: 'FIM', markkaa: 'FIM', rand: 'ZAR', reais: 'BRL', shekel: 'ILS',
  shekels: 'ILS', dirham: 'AED', dirhams: 'AED', riyal: 'SAR', riyals: 'SAR', rial: 'IRR', rials: 'IRR',
  naira: 'NGN', cedi: 'GHS', cedis: 'GHS', rupiah: 'IDR', dong: 'VND', zloty: 'PLN', zlotys: 'PLN', zlotych: 'PLN',
  forint: 'HUF', forints: 'HUF', hryvnia: 'UAH', hryvnias: 'UAH', kronor: 'SEK', krona: 'SEK', lev: 'BGN',
  leva: 'BGN', lei: 'RON', tenge: 'KZT', taka: 'BDT', kwacha: 'ZMW', shilling: 'KES', shillings: 'KES',
  crown: null, crowns: null, kroner: null, krone: null, marks: null, mark: null, won: null, real: null, koruna: null, korunas: null,
});

/** "Swiss francs", "Hong Kong dollars", "South Korean won": the qualifier decides the currency. */
export const QUALIFIED_CURRENCIES: Readonly<Record<string, string>> = table({
  'us dollars': 'USD', 'u.s. dollars': 'USD', 'american dollars': 'USD', 'canadian dollars': 'CAD',
  'canadian dlrs': 'CAD', 'australian dollars': 'AUD', 'australian dlrs': 'AUD', 'new zealand dollars': 'NZD',
  'hong kong dollars': 'HKD', 'singapore dollars': 'SGD', 'taiwan dollars': 'TWD', 'taiwanese dollars': 'TWD',
  'jamaican dollars': 'JMD', 'zimbabwe dollars': 'ZWL', 'namibian dollars': 'NAD', 'mexican pesos': 'MXN',
  'philippine pesos': 'PHP', 'argentine pesos': 'ARS', 'chilean pesos': 'CLP', 'colombian pesos': 'COP',
  'cuban pesos': 'CUP', 'uruguayan pesos': 'UYU', 'swedish crowns': 'SEK', 'swedish kronor': 'SEK',
  'norwegian crowns': 'NOK', 'norwegian kroner': 'NOK', 'danish crowns': 'DKK', 'danish kroner': 'DKK',
  'czech crowns': 'CZK', 'czech korunas': 'CZK', 'czech koruna': 'CZK', 'icelandic kronur': 'ISK',
  'swiss francs': 'CHF', 'french francs': 'FRF', 'belgian francs': 'BEF', 'luxembourg francs': 'LUF',
  'cfa francs': 'XOF', 'indian rupees': 'INR', 'pakistani rupees': 'PKR', 'sri lankan rupees': 'LKR',
  'nepalese rupees': 'NPR', 'egyptian pounds': 'EGP', 'lebanese pounds': 'LBP', 'syrian pounds': 'SYP',
  'irish pounds': 'IEP', 'turkish lira': 'TRY', 'turkish liras': 'TRY', 'italian lire': 'ITL',
  'german marks': 'DEM', 'deutsche marks': 'DEM', 'finnish markka': 'FIM', 'dutch guilders': 'NLG',
  'brazilian reais': 'BRL', 'brazilian real': 'BRL', 'south african rand': 'ZAR', 'kenyan shillings': 'KES',
  'ugandan shillings': 'UGX', 'tanzanian shillings': 'TZS', 'austrian schillings': 'ATS', 'saudi riyals': 'SAR',
  'qatari riyals': 'QAR', 'iranian rials': 'IRR', 'uae dirhams': 'AED', 'moroccan dirhams': 'MAD',
  'russian roubles': 'RUB', 'russian rubles': 'RUB', 'chinese yuan': 'CNY', 'japanese yen': 'JPY',
  'south korean won': 'KRW', 'korean won': 'KRW', 'north korean won': 'KPW', 'thai baht': 'THB',
  'malaysian ringgit': 'MYR', 'indonesian rupiah': 'IDR', 'vietnamese dong': 'VND', 'polish zlotys': 'PLN',
  'hungarian forints': 'HUF', 'ukrainian hryvnias': 'UAH', 'nigerian naira': 'NGN', 'ghanaian cedis': 'GHS',
  'israeli shekels': 'ILS', 'new shekels': 'ILS',
});

/** The first word of each qualified currency ("swiss", "hong", "u.s."): a cheap test before joining words. */
export const QUALIFIER_STARTS: ReadonlySet<string> = new Set(Object.keys(QUALIFIED_CURRENCIES).map((k) => k.split(' ')[0]).concat('u.s.'));

/** Minor units: the amount is a hundredth of the currency's ("92 cents" is 0.92 USD). */
export const MINOR_UNITS: Readonly<Record<string, string>> = table({
  cent: 'USD', cents: 'USD', ct: 'USD', cts: 'USD', '¢': 'USD', penny: 'GBP', pence: 'GBP', p: 'GBP',
  kopeck: 'RUB', kopecks: 'RUB', kopeks: 'RUB', paise: 'INR', 'euro cents': 'EUR', 'euro-cents': 'EUR',
});

/** Percent written after the number. */
export const PERCENT_WORDS = new Set(['%', 'percent', 'pct', 'per-cent', 'pc']);

/** Measures, canonical symbol first, then its spellings (one or two words, lower case). */
const MEASURE_SPELLINGS: ReadonlyArray<readonly [string, ...string[]]> = [
  ['km', 'km', 'kms', 'kilometre', 'kilometres', 'kilometer', 'kilometers'],
  ['m', 'metre', 'metres', 'meter', 'meters'],
  ['cm', 'cm', 'centimetre', 'centimetres', 'centimeter', 'centimeters'],
  ['mm', 'mm', 'millimetre', 'millimetres', 'millimeter', 'millimeters'],
  ['mi', 'mile', 'miles', 'mi'],
  ['nmi', 'nautical mile', 'nautical miles'],
  ['ft', 'foot', 'feet', 'ft'],
  ['in', 'inch', 'inches'],
  ['yd', 'yard', 'yards', 'yd'],
  ['km2', 'km2', 'km²', 'sq km', 'square kilometre', 'square kilometres', 'square kilometer', 'square kilometers'],
  ['mi2', 'sq mi', 'square mile', 'square miles'],
  ['m2', 'm2', 'm²', 'sq m', 'square metre', 'square metres', 'square meter', 'square meters'],
  ['ft2', 'sq ft', 'square foot', 'square feet'],
  ['ha', 'ha', 'hectare', 'hectares'],
  ['acre', 'acre', 'acres'],
  ['t', 'tonne', 'tonnes', 'metric ton', 'metric tons', 'metric tonnes'],
  ['ton', 'ton', 'tons'],
  ['kg', 'kg', 'kgs', 'kilogram', 'kilograms', 'kilogramme', 'kilogrammes', 'kilo', 'kilos'],
  ['g', 'gram', 'grams', 'gramme', 'grammes'],
  ['mg', 'mg', 'milligram', 'milligrams'],
  ['lb', 'lb', 'lbs', 'pound', 'pounds'],
  ['oz', 'oz', 'ounce', 'ounces', 'troy ounce', 'troy ounces'],
  ['bbl', 'bbl', 'barrel', 'barrels'],
  ['bbl/day', 'bpd', 'barrels per day', 'barrels a day'],
  ['l', 'litre', 'litres', 'liter', 'liters'],
  ['ml', 'ml', 'millilitre', 'millilitres', 'milliliter', 'milliliters'],
  ['gal', 'gallon', 'gallons', 'gal'],
  ['m3', 'm3', 'm³', 'cubic metre', 'cubic metres', 'cubic meter', 'cubic meters'],
  ['°C', '°c', 'ºc', 'degrees celsius', 'degrees centigrade', 'degree celsius', 'celsius'],
  ['°F', '°f', 'ºf', 'degrees fahrenheit', 'degree fahrenheit', 'fahrenheit'],
  ['mph', 'mph', 'miles per hour', 'miles an hour'],
  ['km/h', 'km/h', 'kph', 'kmh', 'kilometres per hour', 'kilometers per hour', 'kilometres an hour', 'kilometers an hour'],
  ['kn', 'knot', 'knots'],
  ['magnitude', 'magnitude'],
  ['kW', 'kw', 'kilowatt', 'kilowatts'],
  ['MW', 'mw', 'megawatt', 'megawatts'],
  ['GW', 'gw', 'gigawatt', 'gigawatts'],
  ['kWh', 'kwh', 'kilowatt-hour', 'kilowatt-hours', 'kilowatt hours'],
  ['MWh', 'mwh', 'megawatt-hour', 'megawatt-hours', 'megawatt hours'],
  ['GWh', 'gwh', 'gigawatt-hour', 'gigawatt-hours', 'gigawatt hours'],
  ['TWh', 'twh', 'terawatt-hour', 'terawatt-hours', 'terawatt hours'],
  ['MB', 'megabyte', 'megabytes'],
  ['GB', 'gigabyte', 'gigabytes'],
  ['TB', 'terabyte', 'terabytes'],
];

/** Spelling (one or two lower-case words joined by a space) → canonical symbol. */
export const MEASURES: Readonly<Record<string, string>> = table(Object.fromEntries(
  MEASURE_SPELLINGS.flatMap(([symbol, ...spellings]) => spellings.map((s) => [s, symbol])),
));

/** The first word of every measure spelling: a cheap test before joining words. */
export const MEASURE_STARTS: ReadonlySet<string> = new Set(Object.keys(MEASURES).map((k) => k.split(' ')[0]));

/** Measure symbols that may be glued to digits ("5km", "180.25ml", "20ha"), as written (case matters for "MW"). */
export const GLUED_MEASURES: Readonly<Record<string, string>> = table({
  km: 'km', kms: 'km', cm: 'cm', mm: 'mm', mi: 'mi', ft: 'ft', yd: 'yd', ha: 'ha', kg: 'kg', kgs: 'kg', g: 'g',
  mg: 'mg', lb: 'lb', lbs: 'lb', oz: 'oz', bbl: 'bbl', bpd: 'bbl/day', l: 'l', L: 'l', ml: 'ml', mL: 'ml', gal: 'gal', mph: 'mph',
  kph: 'km/h', kmh: 'km/h', kW: 'kW', kw: 'kW', MW: 'MW', GW: 'GW', kWh: 'kWh', MWh: 'MWh', GWh: 'GWh', TWh: 'TWh',
  MB: 'MB', GB: 'GB', TB: 'TB', C: '°C', F: '°F', t: 't', km2: 'km2', m2: 'm2', m3: 'm3',
});

/** What a rate is per: "92 cents a share" → share, "$70 a barrel" → bbl, "$15 an hour" → h. */
export const PER_UNITS: Readonly<Record<string, string>> = table({
  share: 'share', barrel: 'bbl', bbl: 'bbl', tonne: 't', ton: 'ton', ounce: 'oz', oz: 'oz', lb: 'lb',
  kilo: 'kg', kilogram: 'kg', kg: 'kg', gallon: 'gal', gal: 'gal', litre: 'l', liter: 'l', hour: 'h', hr: 'h',
  second: 's', minute: 'min', h: 'h', day: 'day', week: 'week', month: 'month', year: 'year', annum: 'year', person: 'person', head: 'person',
  capita: 'person', mile: 'mi', kilometre: 'km', kilometer: 'km', km: 'km', night: 'night', unit: 'unit',
  seat: 'seat', passenger: 'passenger', household: 'household', acre: 'acre', hectare: 'ha', vote: 'vote',
  ticket: 'ticket', megawatt: 'MW', 'megawatt-hour': 'MWh', mwh: 'MWh', kwh: 'kWh', pound: 'lb',
});

/** After "a day", "a year": the phrase dates something ("a year ago", "a week later"), it is no rate. */
export const NOT_A_RATE_AFTER = new Set(['ago', 'earlier', 'later', 'before', 'after', 'previously', 'prior', 'since', 'from', 'on', 'of', 'and', 'or']);

/** The canonical rate unit: "USD" per "share" → "USD/share"; a count per day is "/day". */
export function rateUnit(unit: string | null, per: string): string {
  return `${unit ?? ''}/${per}`;
}

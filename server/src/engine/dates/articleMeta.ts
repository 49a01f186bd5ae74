import { parse as parseYaml } from 'yaml';
import type { ArticleMeta, IsoDate, Span } from '../types';
import { MONTHS } from '../text/lexicon';
import { toIso } from './calendar';

const FRONT_MATTER = /^---[ \t]*(?:\r\n?|\n)([\s\S]*?)(?:\r\n?|\n)---[ \t]*(?:\r\n?|\n|$)/;
/** How far into the text a dateline may sit (headline, byline, dateline). */
const DATELINE_WINDOW = 600;
const ISO_DATE = /\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b/;
const LONG_DATE = /\b(Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?|Sep(?:tember|t\.|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d{2})\b/;
const DAY_FIRST_DATE = /\b(\d{1,2})\s+(January|February|March|April|May|June|July|August|September|October|November|December)\s+((?:19|20)\d{2})\b/;

/**
 * The article's own metadata: front matter (`title`, `date`, `event`, `locale`) when the file starts with a
 * `---` block, else a date found in the first lines (a dateline such as "BANGKOK, March 9, 2026" or
 * "LONDON 1996-08-30"). The article date anchors relative dates ("on Saturday").
 */
export function readArticleMeta(text: string): ArticleMeta {
  const fm = FRONT_MATTER.exec(text);
  if (fm) {
    const frontMatter: Span = { start: 0, end: fm[0].length };
    const data = readFrontMatter(fm[1].replace(/\r\n?/g, '\n')); // the YAML parser takes no lone \r
    const date = normalizeDate(data.date);
    const title = typeof data.title === 'string' ? data.title : undefined;
    const event = typeof data.event === 'string' ? data.event : undefined;
    const locale = [data.locale, data.lang, data.language].find((v): v is string => typeof v === 'string');
    if (date) return { title, date, dateSource: 'front matter', event, frontMatter, ...(locale ? { locale } : {}) };
    const fromBody = findDatelineDate(text.slice(frontMatter.end, frontMatter.end + DATELINE_WINDOW));
    return { title, event, frontMatter, ...(locale ? { locale } : {}), ...(fromBody ? { date: fromBody, dateSource: 'dateline' as const } : {}) };
  }
  const date = findDatelineDate(text.slice(0, DATELINE_WINDOW));
  return date ? { date, dateSource: 'dateline' } : {};
}

/** The front matter's fields; none when it is not a YAML mapping or is broken (it still fences off its lines). */
function readFrontMatter(yaml: string): Record<string, unknown> {
  const simple = readSimpleFrontMatter(yaml);
  if (simple) return simple;
  try {
    const parsed: unknown = parseYaml(yaml);
    if (parsed && typeof parsed === 'object') return parsed as Record<string, unknown>;
  } catch {
    // A broken front matter block: the article itself is still analysed.
  }
  return {};
}

const SIMPLE_LINE = /^([A-Za-z][A-Za-z0-9_-]*): +(\S(?:[^#:\t{}[\],]*[^\s#:{}[\],])?) *$/;
const SIMPLE_STRING = /^(?:[A-Za-z]|\d{4}-\d{2}-\d{2}$)/;
const NOT_A_STRING = new Set(['null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE']);

/**
 * The usual front matter (`date: 2026-03-09`, `title: Flood in the valley`) without the YAML
 * parser, which cost about as much as reading the rest of a short article: `key: value` lines
 * only, each value a plain scalar that YAML reads as a string (a word that starts with a letter and
 * holds no character that could make it anything else, or an ISO date). Anything else (quotes,
 * lists, comments, colons, numbers, repeated keys) is left to the parser: undefined.
 * test/engine/dates.test.ts compares the two on random front matter.
 */
export function readSimpleFrontMatter(yaml: string): Record<string, string> | undefined {
  const data: Record<string, string> = {};
  for (const line of yaml.split('\n')) {
    const m = SIMPLE_LINE.exec(line);
    if (!m || !SIMPLE_STRING.test(m[2]) || NOT_A_STRING.has(m[2]) || NOT_A_STRING.has(m[1]) || Object.hasOwn(data, m[1])) return undefined;
    data[m[1]] = m[2];
  }
  return data;
}

function normalizeDate(value: unknown): IsoDate | undefined {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value === 'string') return findDatelineDate(value);
  return undefined;
}

/** A year as each full date below writes it: a head without one has no date, and the three patterns need not run. */
const YEAR = /(?:19|20)\d{2}/;

/** The first full date (with a year) in `head`. */
export function findDatelineDate(head: string): IsoDate | undefined {
  if (!YEAR.test(head)) return undefined;
  const candidates: Array<{ index: number; date: IsoDate | undefined }> = [];
  const iso = ISO_DATE.exec(head);
  if (iso) candidates.push({ index: iso.index, date: toIso(Number(iso[1]), Number(iso[2]), Number(iso[3])) });
  const long = LONG_DATE.exec(head);
  if (long) {
    // A month the table lacks ("Mar", "Apr": words too) gives no date, as an impossible day does.
    const month = MONTHS[long[1].toLowerCase()] ?? MONTHS[long[1].toLowerCase().replace(/\.$/, '')];
    candidates.push({ index: long.index, date: toIso(Number(long[3]), month, Number(long[2])) });
  }
  const dayFirst = DAY_FIRST_DATE.exec(head);
  if (dayFirst) candidates.push({ index: dayFirst.index, date: toIso(Number(dayFirst[3]), MONTHS[dayFirst[2].toLowerCase()], Number(dayFirst[1])) });
  candidates.sort((a, b) => a.index - b.index);
  return candidates.find((c) => c.date)?.date;
}

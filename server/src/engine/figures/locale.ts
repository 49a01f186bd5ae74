/**
 * How an article writes digits: which characters group thousands and which one marks the decimals.
 * The article's locale comes from its front matter (`locale:`, `lang:` or `language:`, a BCP 47 tag
 * such as `de`, `fr-CH`, `en-IN`); without one, English. The separators come from the platform's
 * own locale data (Intl), so every locale it knows is read, not a list of ours.
 */
export interface NumberFormat {
  /** The locale tag the format was made for. */
  readonly locale: string;
  /** Thousands separators: "," in English, "." in German, a (narrow) no-break space in French. */
  readonly groups: string;
  /** The decimal mark: "." or ",". */
  readonly decimal: string;
  /** Indian grouping ("12,34,567"): groups of two digits above the thousands. */
  readonly indian: boolean;
}

/** No-break, narrow no-break and thin spaces group digits in every locale: they are never a gap between two numbers. */
const SPACE_GROUPS = '\u00a0\u202f\u2009';

export const ENGLISH: NumberFormat = { locale: 'en', groups: `,${SPACE_GROUPS}`, decimal: '.', indian: false };

const cache = new Map<string, NumberFormat>([['en', ENGLISH]]);

/** The number format of `locale` (English when it is missing or unknown to the platform). */
export function numberFormat(locale: string | undefined): NumberFormat {
  if (!locale) return ENGLISH;
  let format = cache.get(locale);
  if (!format) {
    format = fromIntl(locale);
    cache.set(locale, format);
  }
  return format;
}

function fromIntl(locale: string): NumberFormat {
  let parts: Intl.NumberFormatPart[];
  let million: string;
  try {
    const intl = new Intl.NumberFormat(locale, { useGrouping: true });
    parts = intl.formatToParts(1234567.5);
    million = intl.format(1234567);
  } catch {
    return ENGLISH;
  }
  const group = parts.find((p) => p.type === 'group')?.value ?? ',';
  const decimal = parts.find((p) => p.type === 'decimal')?.value ?? '.';
  // A locale that groups with a space is also written with an ordinary space ("1 200").
  const groups = group.trim() === '' ? ` ${SPACE_GROUPS}` : group + SPACE_GROUPS;
  return { locale, groups, decimal, indian: million.startsWith(`12${group}34`) };
}

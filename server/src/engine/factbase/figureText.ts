/**
 * Writes a new value into a figure as the article wrote it: digits stay digits (with the
 * article's grouping and scale word: "$4.6 billion" → "$4.1 billion", "1,500" → "1,200"), words
 * stay words ("Sixty-four" → "Fifty-eight"), and everything around the number stays ("About 50" →
 * "About 64", "15 percent" → "12 percent"). Undefined where the figure holds no single number to
 * replace (a range, "dozens") or the value cannot be written in its style.
 */
export function rewriteFigure(text: string, value: number): string | undefined {
  const digits = [...text.matchAll(DIGITS)];
  const words = [...text.matchAll(NUMBER_WORDS)].filter((m) => m[0].trim() !== '' && !/^(?:and|a)$/i.test(m[0].trim()));
  if (digits.length + words.length !== 1) return undefined;
  if (digits.length === 1) {
    const m = digits[0];
    const after = text.slice(m.index! + m[0].length);
    const scale = SCALE_AFTER.exec(after);
    const factor = scale ? SCALES[scale[1].toLowerCase()] : 1;
    const written = writeDigits(Math.abs(value) / factor, m[0]);
    return written === undefined ? undefined : text.slice(0, m.index) + written + after;
  }
  const m = words[0];
  const core = m[0].trim();
  const at = m.index! + m[0].indexOf(core);
  if (!Number.isInteger(value) || Math.abs(value) >= 1_000_000) return undefined;
  return text.slice(0, at) + sameCase(spell(Math.abs(value), /\sand\s/i.test(core)), core) + text.slice(at + core.length);
}

/** A run of digits with separators: "1,500", "4.6", "45 000". */
const DIGITS = /\d(?:[\d,.\u00a0\u202f ]*\d)?/g;
/** A scale word right after the digits: "billion", "bn", "m", "k". */
const SCALE_AFTER = /^\s?(billion|bn|b|million|mln|mn|m|thousand|k)\b/i;
const SCALES: Record<string, number> = { billion: 1e9, bn: 1e9, b: 1e9, million: 1e6, mln: 1e6, mn: 1e6, m: 1e6, thousand: 1e3, k: 1e3 };

const ONES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const NUMBER_WORD = `(?:${[...ONES, ...TENS.filter(Boolean), 'hundred', 'thousand'].join('|')})`;
/** A run of number words: "Sixty-four", "one hundred and twelve". */
const NUMBER_WORDS = new RegExp(`\\b${NUMBER_WORD}(?:(?:[\\s-]+|\\s+and\\s+|\\s+a\\s+)${NUMBER_WORD})*\\b`, 'gi');

/** `n` in the style of `like`: its grouping separator and at most its decimals (more where the value needs them). */
function writeDigits(n: number, like: string): string | undefined {
  const group = /\d([,\u00a0\u202f ])\d{3}(?!\d)/.exec(like)?.[1];
  const decimalMark = group === ',' || group === undefined ? '.' : ',';
  const decimals = like.includes(decimalMark) && !(decimalMark === ',' && group === ',') ? like.length - like.lastIndexOf(decimalMark) - 1 : 0;
  let fixed = Number.isInteger(n) ? String(n) : String(+n.toFixed(Math.max(decimals, 3)));
  if (/e/.test(fixed)) return undefined;
  const [whole, fraction] = fixed.split('.');
  const grouped = group || n >= 10_000 ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, group ?? ',') : whole;
  fixed = fraction ? `${grouped}${decimalMark}${fraction}` : grouped;
  return fixed;
}

/** 64 → "sixty-four", 112 → "one hundred twelve" (with `and`: "one hundred and twelve"), 1200 → "one thousand two hundred". */
function spell(n: number, and = false): string {
  const rest = (r: number) => (r === 0 ? '' : and && r < 100 ? ` and ${spell(r)}` : ` ${spell(r, and)}`);
  if (n < 20) return ONES[n];
  if (n < 100) return TENS[Math.floor(n / 10)] + (n % 10 ? `-${ONES[n % 10]}` : '');
  if (n < 1000) return `${ONES[Math.floor(n / 100)]} hundred${rest(n % 100)}`;
  return `${spell(Math.floor(n / 1000), and)} thousand${rest(n % 1000)}`;
}

/** `word` with the capitals of `like`: "Sixty-four" → "Fifty-eight", "SIXTY" → "FIFTY". */
function sameCase(word: string, like: string): string {
  if (like === like.toUpperCase() && like !== like.toLowerCase()) return word.toUpperCase();
  return /^[A-Z]/.test(like) ? word[0].toUpperCase() + word.slice(1) : word;
}

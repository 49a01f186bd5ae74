/**
 * Exact rational numbers for figure values. "$4.1 billion" is 41 × 10^8, never the binary float
 * 4.1 × 1e9 (= 4099999999.9999995); scales shift the decimal point, fractions ("two thirds") stay
 * exact until they are printed. Only figures are built this way, so bigint's cost is per figure,
 * not per token.
 */
export interface Exact {
  /** Numerator, carrying the sign. */
  readonly num: bigint;
  /** Denominator, always positive. */
  readonly den: bigint;
}

const TEN = 10n;

/** 10^0 … 10^40, made once: scales, decimals and minor units ask for these powers for every figure, and `**` on bigints is dear. */
const POWERS_OF_TEN: readonly bigint[] = Array.from({ length: 41 }, (_, n) => TEN ** BigInt(n));

function powerOfTen(n: number): bigint {
  return POWERS_OF_TEN[n] ?? TEN ** BigInt(n);
}

export const ZERO: Exact = { num: 0n, den: 1n };
export const ONE: Exact = { num: 1n, den: 1n };

/** `int` and `frac` are digit strings ("4", "1"): 4.1. */
export function fromDigits(int: string, frac = '', negative = false): Exact {
  const digits = int + frac;
  if (digits.length <= SAFE_DIGITS) return fromSmallDigits(digits, frac.length, negative);
  const num = BigInt(digits);
  return reduce(negative ? -num : num, powerOfTen(frac.length));
}

/** Digits of which any run, and 10^its length, is a double's exact integer (10^15 < 2^53). */
const SAFE_DIGITS = 15;

/**
 * `fromDigits` for at most SAFE_DIGITS digits, nearly every number in the news: read and reduced in
 * plain numbers, which are exact there, and made bigints once at the end (parsing a bigint and
 * reducing it by bigint division cost more than the rest of reading a figure).
 */
function fromSmallDigits(digits: string, places: number, negative: boolean): Exact {
  let num = 0;
  for (let k = 0; k < digits.length; k++) num = num * 10 + (digits.charCodeAt(k) - 48);
  let den = 10 ** places;
  let a = num;
  let b = den;
  while (b !== 0) [a, b] = [b, a % b];
  num /= a;
  den /= a;
  return { num: BigInt(negative ? -num : num), den: BigInt(den) };
}

export function integer(n: number | bigint): Exact {
  return { num: BigInt(n), den: 1n };
}

export function ratio(num: number | bigint, den: number | bigint): Exact {
  return reduce(BigInt(num), BigInt(den));
}

/** `x` × 10^`places` (places may be negative): the decimal point moved, nothing rounded. */
export function shift(x: Exact, places: number): Exact {
  if (places === 0) return x;
  return places > 0 ? reduce(x.num * powerOfTen(places), x.den) : reduce(x.num, x.den * powerOfTen(-places));
}

export function plus(a: Exact, b: Exact): Exact {
  return a.den === b.den ? reduce(a.num + b.num, a.den) : reduce(a.num * b.den + b.num * a.den, a.den * b.den);
}

export function minus(a: Exact, b: Exact): Exact {
  return plus(a, negate(b));
}

export function times(a: Exact, b: Exact): Exact {
  return reduce(a.num * b.num, a.den * b.den);
}

export function negate(x: Exact): Exact {
  return { num: -x.num, den: x.den };
}

export function abs(x: Exact): Exact {
  return x.num < 0n ? negate(x) : x;
}

export function isZero(x: Exact): boolean {
  return x.num === 0n;
}

export function isInteger(x: Exact): boolean {
  return x.den === 1n;
}

export function compare(a: Exact, b: Exact): number {
  const d = a.num * b.den - b.num * a.den;
  return d < 0n ? -1 : d > 0n ? 1 : 0;
}

/** The nearest integer, halves away from zero. */
export function round(x: Exact): Exact {
  if (x.den === 1n) return x;
  const twice = (abs(x).num * 2n + x.den) / (2n * x.den);
  return { num: x.num < 0n ? -twice : twice, den: 1n };
}

/**
 * The value as a plain decimal string ("4100000000", "0.92", "-9.2"), or null when it has no finite
 * decimal expansion (2/3).
 */
export function toDecimal(x: Exact): string | null {
  // Most figures are whole numbers: their digits, without the search for a power of ten.
  if (x.den === 1n) return x.num.toString();
  let den = x.den;
  let twos = 0;
  let fives = 0;
  while (den % 2n === 0n) { den /= 2n; twos++; }
  while (den % 5n === 0n) { den /= 5n; fives++; }
  if (den !== 1n) return null;
  const places = Math.max(twos, fives);
  const scaled = (x.num < 0n ? -x.num : x.num) * (powerOfTen(places) / x.den);
  let digits = scaled.toString();
  if (places > 0) {
    digits = digits.padStart(places + 1, '0');
    digits = `${digits.slice(0, -places)}.${digits.slice(-places)}`;
  }
  return x.num < 0n ? `-${digits}` : digits;
}

/** The nearest double: parsed from the exact decimal where there is one, so 4.1e9 is exactly 4100000000. */
export function toNumber(x: Exact): number {
  if (x.den === 1n) return Number(x.num);
  const decimal = toDecimal(x);
  return decimal !== null ? Number(decimal) : Number(x.num) / Number(x.den);
}

function reduce(num: bigint, den: bigint): Exact {
  if (den < 0n) {
    num = -num;
    den = -den;
  }
  if (den === 1n || num === 0n) return { num, den: num === 0n ? 1n : den };
  let a = num < 0n ? -num : num;
  let b = den;
  while (b !== 0n) [a, b] = [b, a % b];
  return a === 1n ? { num, den } : { num: num / a, den: den / a };
}

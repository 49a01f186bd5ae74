/**
 * A lookup table safe for arbitrary words: no prototype, so `table['constructor']` is undefined
 * instead of Object's constructor (a word in an article must never look like a month).
 */
export function table<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}

/** "1 article", "3 articles", "1 fact base", "2 fact bases". */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * The `i`-th of an endless supply of made-up capitalized names ("Ka", "Lo", …, "Kalo", …): new
 * words for the entity tagger in every generated article, and no real person's name.
 */
export function madeUpName(i: number): string {
  const syllables = ['ka', 'lo', 'mi', 'ren', 'sa', 'tor', 'vel', 'bri', 'dan', 'gor', 'hal', 'jun', 'pe', 'qua'];
  let s = '';
  do {
    s += syllables[i % syllables.length];
    i = Math.floor(i / syllables.length);
  } while (i > 0);
  return s[0].toUpperCase() + s.slice(1);
}

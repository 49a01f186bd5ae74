/**
 * One regular expression for a list of cues (regular expression sources), matching exactly as the
 * cues joined by `|` would: the same first match, the same groups. Consecutive cues that start at a
 * word boundary share one boundary check, `\b(?:a|b|c)`, where the joined cues test `\b` once per
 * cue at every position of the text: over the beats' lists of thirty cues, V8 runs the shared form
 * two to three times faster.
 */
export function anyCue(cues: readonly string[], flags = ''): RegExp {
  const parts: string[] = [];
  let bounded: string[] = [];
  const close = () => {
    if (bounded.length > 0) parts.push(bounded.length === 1 ? String.raw`\b${bounded[0]}` : String.raw`\b(?:${bounded.join('|')})`);
    bounded = [];
  };
  for (const alternative of cues.flatMap(topLevelAlternatives)) {
    if (alternative.startsWith(String.raw`\b`)) bounded.push(alternative.slice(2));
    else {
      close();
      parts.push(alternative);
    }
  }
  close();
  return new RegExp(parts.join('|'), flags);
}

/** The alternatives of `source` outside any group or character class: `a|(b|c)|[|]` → `a`, `(b|c)`, `[|]`. */
function topLevelAlternatives(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(source.slice(from, i));
      from = i + 1;
    }
  }
  out.push(source.slice(from));
  return out;
}

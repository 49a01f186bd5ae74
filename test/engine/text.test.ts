import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { stem } from '../../server/src/engine/text/lemma';
import fc from 'fast-check';
import { splitSentences } from '../../server/src/engine/text/sentences';
import { DOTTED, TokenKind, tokenize, type Token } from '../../server/src/engine/text/tokens';
import { VOCABULARY } from '../../server/src/engine/text/vocabulary';
import { expectCases } from '../support/expect';
import { FIXTURES } from '../support/paths';

interface TextCase {
  text: string;
}

const KIND = { [TokenKind.Word]: 'w', [TokenKind.Number]: 'n', [TokenKind.Punct]: 'p' };
const CASES = path.join(FIXTURES, 'text.yaml');

expectCases<TextCase>('sentences (fixtures/text.yaml)', CASES, {
  name: (c) => c.text,
  key: 'sentences',
  actual: (c) => splitSentences(c.text).map((s) => c.text.slice(s.start, s.end)),
});

expectCases<TextCase>('tokens (fixtures/text.yaml)', CASES, {
  name: (c) => c.text,
  key: 'tokens',
  actual: (c) => tokenize(c.text).map((t) => `${t.text}/${KIND[t.kind]}`).join(' '),
});

describe('stem: one identity for every form of a word', () => {
  it('gives a verb ending in "eed" one stem in all its forms, as it does a verb ending in "ee"', () => {
    for (const forms of [['exceed', 'exceeds', 'exceeded', 'exceeding'], ['agree', 'agrees', 'agreed'], ['need', 'needs', 'needed']]) {
      assert.equal(new Set(forms.map(stem)).size, 1, forms.join(', '));
    }
    assert.notEqual(stem('exceed'), stem('excess'));
  });

  it('gives a verb ending in "y" and an irregular verb one stem in all their forms', () => {
    for (const forms of [['carry', 'carries', 'carried', 'carrying'], ['sell', 'sells', 'sold', 'selling'], ['fly', 'flies', 'flew', 'flown'], ['get', 'gets', 'got', 'getting']]) {
      assert.equal(new Set(forms.map(stem)).size, 1, forms.join(', '));
    }
    assert.notEqual(stem('sold'), stem('got'));
  });
});

/**
 * The tokens as the one regular expression read them before the scanner replaced it (the
 * tagger's weights were trained on these tokens, so the scanner must give exactly the same).
 */
function tokenizeByPattern(text: string, from = 0, to = text.length): Token[] {
  const re = /(?<abbr>(?:\p{L}\.){2,})|(?<num>\d+(?:[.,:]\d+)*(?:st|nd|rd|th|s)?)(?![\p{L}\d])|(?<word>[\p{L}\d][\p{L}\p{M}\d'’]*(?:[-‑][\p{L}\d]+)*)|\S/gu;
  const tokens: Token[] = [];
  let at = from;
  let runEnd = from;
  while (at < to) {
    if (at >= runEnd) {
      while (at < to && /\s/.test(text[at])) at++;
      if (at >= to) break;
      runEnd = at;
      while (runEnd < text.length && !/\s/.test(text[runEnd])) runEnd++;
      if (runEnd - at > 512) {
        if (runEnd > to) break;
        const run = text.slice(at, runEnd);
        tokens.push({ start: at, end: runEnd, text: run, lower: run.toLowerCase(), kind: TokenKind.Punct, form: VOCABULARY.intern(text, at, runEnd) });
        at = runEnd;
        continue;
      }
    }
    re.lastIndex = at;
    const m = re.exec(text)!;
    const groups = m.groups!;
    let end = m.index + m[0].length;
    let kind = TokenKind.Punct;
    if (groups.num !== undefined) kind = TokenKind.Number;
    else if (groups.word !== undefined || groups.abbr !== undefined) {
      kind = TokenKind.Word;
      if (groups.word !== undefined && text.charCodeAt(end) === 46) {
        const w = groups.word;
        if (w.length === 1 ? /\p{Lu}/u.test(w) : DOTTED.has(w.toLowerCase())) end += 1;
      }
    }
    if (end > to) break;
    const t = text.slice(m.index, end);
    tokens.push({ start: m.index, end, text: t, lower: t.toLowerCase(), kind, form: VOCABULARY.intern(text, m.index, end) });
    at = end;
  }
  return tokens;
}

describe('tokens (the scanner against the regular expression it replaced)', () => {
  /** Characters each branch of the expression turns on: letters of several scripts, marks, digits, separators, suffix letters, apostrophes, hyphens, spaces, surrogates. */
  const piece = fc.oneof(
    fc.constantFrom('a', 'Z', 's', 't', 'n', 'd', 'r', 'h', 'é', 'É', 'ß', 'Σ', 'ж', '中', 'ǅ', '\u0301', '\u0903', '𝐀', '😀', '\ud800', '\udc00',
      '0', '7', '1990', '.', ',', ':', "'", '’', '-', '‑', '–', ' ', '\n', '\u00a0', '\u2009', '\ufeff', '(', '$', '%', '٣', 'Mr', 'St', 'U.S.', 'a.m.', 'No'),
    fc.string({ maxLength: 3 }),
    fc.string({ unit: 'binary', maxLength: 2 }),
  );
  const text = fc.array(piece, { maxLength: 30 }).map((parts) => parts.join(''));

  it('gives the same tokens on random text, to any end', () => {
    fc.assert(fc.property(text, fc.nat(), (t, cut) => {
      const to = t.length === 0 ? 0 : cut % (t.length + 1);
      assert.deepEqual(tokenize(t, 0, to), tokenizeByPattern(t, 0, to));
    }), { numRuns: 3000, seed: 20261130 });
  });

  it('reads an overlong run as one opaque token as the expression did', () => {
    const long = `Police said ${'x1.'.repeat(200)} on Monday`;
    assert.deepEqual(tokenize(long), tokenizeByPattern(long));
  });
});

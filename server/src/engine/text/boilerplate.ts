/**
 * Web furniture in crawled copy: share bars, "Advertisement", gallery counters ("Image 3 of 12"),
 * photo credits, bylines, copyright lines, calls to action ("Copy this code to your website"),
 * the outlet's name after a headline. None of it carries a name or a figure of the story, so the
 * analysis skips it (`outsideBoilerplate`).
 *
 * Each rule is a named row with the shape it recognizes; rules that take a whole line look only at
 * short lines (web furniture is short, prose is not), rules that take part of a line look for
 * markers that prose does not use.
 */
import type { Span } from '../types';
import type { Token } from './tokens';

export interface BoilerplateSpan extends Span {
  /** The rule that found it (`BOILERPLATE_RULES`). */
  readonly rule: string;
}

interface Line {
  readonly text: string;
  /** Offset of `text` in the document. */
  readonly start: number;
  /** The document's first line (after any front matter): its headline. */
  readonly first: boolean;
  /** `startsCapitalized(text)`, which several rules ask. */
  readonly capitalized: boolean;
  /** It starts capitalized with a UI word ("Share", "Skip"): the share bar's and the player's test, read once. */
  readonly opensWithUiWord: boolean;
}

interface BoilerplateRule {
  readonly name: string;
  readonly description: string;
  /** The spans of `line.text` (start, end pairs) this rule marks. */
  readonly find: (line: Line) => ReadonlyArray<readonly [number, number]>;
}

/** Words of share bars, players and galleries. */
const UI_WORDS = new Set(`share,shares,tweet,email,e-mail,print,facebook,twitter,pinterest,google,linkedin,reddit,whatsapp,
pocket,tumblr,instagram,youtube,snapchat,messenger,sms,more,comments,comment,close,embed,copy,link,like,loading,play,pause,
playpause,replay,skip,ad,ads,advertisement,sponsored,photos,photo,videos,video,gallery,enlarge,expand,collapse,hide,show,
transcript,caption,captions,watch,next,previous,prev,last,up,x,a,this,story,news,view,full,in,pending,save,mute,unmute,
fullscreen,autoplay,on,off`.split(/[,\s]+/));

/** UI words that never stand in prose as a run's edge: a run of UI words needs one. */
const STRONG_UI_WORDS = new Set(['share', 'tweet', 'embed', 'skip', 'loading', 'playpause', 'advertisement', 'transcript', 'caption', 'enlarge', 'autoplay']);

const WORD = /[\p{L}\p{N}][\p{L}\p{N}+'’.-]*|[^\s\p{L}\p{N}]+/gu;

interface UiRun {
  /** Every word of the line is a UI word. */
  readonly all: boolean;
  /** UI words in the run. */
  readonly words: number;
  /** Offset where the run stops at its last strong word (from the start), or starts at it (from the end); -1 if none. */
  readonly strongEdge: number;
  /** Strong words in the run, and whether one of them is a player word prose never uses. */
  readonly strong: number;
  readonly playerWord: boolean;
}

/**
 * Whether a text holds a strong UI word, even inside another word: cheaper than reading a run of UI
 * words, which needs one. Case-insensitive as Unicode folds it, as `toLowerCase` does for `uiRun`.
 */
const HAS_STRONG_UI_WORD = new RegExp([...STRONG_UI_WORDS].join('|'), 'iu');

/** Strong UI words that prose uses too ("a share", "in a tweet"). */
const PROSE_UI_WORDS = new Set(['share', 'tweet', 'caption', 'advertisement']);

/** Player words that never end a sentence of prose. */
const PLAYER_ONLY_WORDS = new Set(['playpause', 'autoplay']);

/**
 * The first letter is upper case. Furniture lines start capitalized; lines of hard-wrapped wire
 * copy that start in lower case are the middle of a sentence ("share, up from 1.20 dlrs").
 */
function startsCapitalized(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return true;
    if ((c >= 97 && c <= 122)) return false;
    if (c > 127 && text[i].toLowerCase() !== text[i].toUpperCase()) return text[i] !== text[i].toLowerCase();
  }
  return true;
}

/** The longest UI word ("advertisement"): a longer word is none, without lower-casing a copy of it. */
const LONGEST_UI_WORD = Math.max(...[...UI_WORDS].map((w) => w.length));

/** Whether `text[start, end)` is a whole UI word, with any final dots or bracket ("Loading...", "x"). */
function isUiWord(text: string, start: number, end: number): boolean {
  let a = start;
  let b = end;
  while (a < b && !isWordChar(text.charCodeAt(a))) a++;
  while (b > a && !isWordChar(text.charCodeAt(b - 1))) b--;
  return b - a <= LONGEST_UI_WORD && UI_WORDS.has(text.slice(a, b).toLowerCase());
}

/** Whether the first word of `text` (up to its first space) is a UI word. */
function opensWithUiWord(text: string): boolean {
  const space = text.indexOf(' ');
  return isUiWord(text, 0, space < 0 ? text.length : space);
}

function isDigits(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c > 127;
}

/** The run of UI words at the start of a line (or at its end, `fromEnd`). */
function uiRun(text: string, fromEnd: boolean): UiRun {
  let words = 0;
  let strongEdge = -1;
  let strong = 0;
  let playerWord = false;
  const step = (m: RegExpExecArray, offset: number): boolean => {
    let end = m[0].length;
    while (end > 1 && (m[0].charCodeAt(end - 1) === 46 /* . */ || m[0].charCodeAt(end - 1) === 0x2026)) end--;
    const word = m[0].slice(0, end).toLowerCase();
    const isWord = isWordChar(word.charCodeAt(0));
    if (isWord && !UI_WORDS.has(word) && !isDigits(word)) return false;
    if (isWord) words++;
    if (STRONG_UI_WORDS.has(word)) {
      strongEdge = fromEnd ? offset + m.index : m.index + m[0].length;
      strong++;
      if (!PROSE_UI_WORDS.has(word)) playerWord = true;
    }
    return true;
  };
  const re = WORD;
  if (!fromEnd) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) if (!step(m, 0)) return { all: false, words, strongEdge, strong, playerWord };
    return { all: true, words, strongEdge, strong, playerWord };
  }
  // From the end: the tokens of the last few words, last first.
  const offset = Math.max(0, text.lastIndexOf(' ', text.length - 120));
  re.lastIndex = 0;
  const tail = [...text.slice(offset).matchAll(re)].reverse();
  if (offset > 0) tail.pop(); // perhaps cut
  for (const m of tail) if (!step(m, offset)) return { all: false, words, strongEdge, strong, playerWord };
  return { all: offset === 0, words, strongEdge, strong, playerWord };
}

/** What a rule returns when it finds nothing (shared: most lines of prose). */
const NO_SPANS: ReadonlyArray<readonly [number, number]> = [];

const whole = (line: Line): Array<[number, number]> => [[0, line.text.length]];
/** Every match of global `re` in `text` (from the start, whatever `re.lastIndex` says). */
const matches = (re: RegExp, text: string): Array<[number, number]> => {
  const out: Array<[number, number]> = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push([m.index, m.index + m[0].length]);
  return out;
};

const GALLERY_COUNTER = /\b(?:Image|Photo|Picture|Slide|Video)s? \d+ of (?:\/ ?)?\d+\b|\bCaption Close\b|\b(?:Hide|Show|View Full) Caption\b|\bBuy Photo\b/g;
const CREDIT_IN_PARENTHESES = /\((?:AP |Reuters |AFP |Staff |File |Courtesy |Getty )?(?:Photo|PHOTO|Image|IMAGE|Credit|CREDIT|Source|SOURCE|Video|Photograph)s?(?: by|:|\/| courtesy)[^()]{0,100}\)|\([^()]{0,60}\/\s*(?:Staff |Contributing )?Photographer\s*\)/g;
const CREDIT_AT_START = /^(?:Photo|Image|Video|Photograph)s?(?: credit| copyright)?:\s/i;
const CREDIT_AT_END = /\s(?:\|\s*(?:Provided|File|Courtesy|Submitted) photo|(?:Buy Photo)|View Full Caption \S+)\s*$/i;
const SECTION_LABEL = /^#?(?:UPDATE|UPDATED|UPDATE [\d/]+ [\d:]+ [ap]\.?m\.?|PHOTO GALLERY|PHOTOS|GALLERY|SLIDESHOW|VIDEO|VIDEOS|WATCH|LISTEN|RELATED|RELATED STORIES|RELATED CONTENT|READ MORE|MORE|BREAKING|BREAKING NEWS|DEVELOPING|TRENDING|TRENDING NOW|TRENDING STORIES)\s*:\s*/i;
const CALL_TO_ACTION = /^(?:(?:for|to) [^,]{1,40}, )?(?:please )?(?:click|tap|sign (?:up|in)|log ?in|subscribe|download|follow|share (?:this|on|with|your)|like (?:us|this)|watch|read (?:more|or share|full|the full)|join|copy|get|report an? (?:error|typo)|enable|leave|submit|register|re-enter|check back|listen|see more|view (?:more|full|the full|gallery|photos|video)|stay (?:up to date|connected|informed|tuned))\b/i;
const CALL_OBJECT = /\b(?:share|comment|subscribe|here|link|page|app|apps|newsletters?|account|video|videos|story|code|website|site|facebook|twitter|instagram|email|e-mail|comments?|alerts?|below|above|subscriber|registration|access|javascript|browser|updates|radio|gallery|photos)\b/i;
const ACCOUNT_NOTICE = /\b(?:your notification|a subscriber|subscribers? only|thank you for registering|registration information|already have an account|your account|sign in|log in|login now|(?:email|our) newsletters?|terms of service|privacy policy|digital access|online subscription)\b/i;
const COPYRIGHT = /^\(?(?:TM and )?(?:©|\(c\) ?\d{4}|copyright\b)/i;
const COPYRIGHT_HOLDER = /\b(?:19|20)\d{2}\b|\bAssociated Press\b|©/i;
const REUSE_NOTICE = /\ball rights reserved\b|\bmay not be published, broadcast\b/i;
const BYLINE = /^By:?\s+((?:[\p{Lu}][\p{L}.'’-]*\s*){1,5})(?:$|[,|/]|\s(?:in|on|and|for|-)\s|\p{Lu}[\p{Ll}]+ Press\b)/u;
const NOT_A_NAME = /^(?:the|a|an|this|that|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|noon|midnight|then|now|law|state|submitting)\b/i;
const URL_LINE = /^(?:https?:\/\/|www\.)\S+$|^(?=.*[a-z]{3})[a-z0-9]+(?:-[a-z0-9]+){3,}$/;
const OUTLET_TAIL = /\s[-|–]\s(?=[^-|–]*(?:\bNews\b|\bChannel\b|\bTV\b|\bRadio\b|\.com\b|\b[KW][A-Z]{2,3}(?:-TV)?\b))[^]*$/;

/** The rules, in no particular order: every span any rule marks is boilerplate. */
export const BOILERPLATE_RULES: readonly BoilerplateRule[] = [
  {
    name: 'share-bar',
    description: 'a short line made of share, player and gallery words: "Share this: Facebook", "Email", "Advertisement", "A A"',
    find: (line) => {
      const text = line.text;
      if (text.length > 80 || !line.opensWithUiWord || /[^.][.,;!?"”)]$/.test(text)) return NO_SPANS;
      const run = uiRun(text, false);
      return run.all && run.words > 0 ? whole(line) : NO_SPANS;
    },
  },
  {
    name: 'player-controls',
    description: 'a run of player and share words before or after the text of a line: "Skip Ad x Embed x Share …", "… reports playpause"',
    find: (line) => {
      const text = line.text;
      const lastStart = text.lastIndexOf(' ') + 1;
      const endsWithUiWord = isWordChar(text.charCodeAt(text.length - 1)) && isUiWord(text, lastStart, text.length);
      // Both runs count only with a strong word in them: most lines that open or end with a UI word ("A", "in") have none.
      if (!(line.opensWithUiWord || endsWithUiWord) || !HAS_STRONG_UI_WORD.test(text)) return NO_SPANS;
      let out: Array<[number, number]> | undefined;
      const head = line.opensWithUiWord ? uiRun(text, false) : undefined;
      if (head && head.words >= 2 && (head.strong >= 2 || head.playerWord)) (out ??= []).push([0, head.strongEdge]);
      // Not the last word of a sentence ("… said in a tweet.", "… cents a share"): a run that
      // starts capitalized ("Facebook Twitter Email Share"), or a word prose never ends with.
      const tail = endsWithUiWord ? uiRun(text, true) : undefined;
      if (tail && tail.strongEdge >= 0 && (PLAYER_ONLY_WORDS.has(text.slice(lastStart).toLowerCase()) || (tail.words >= 2 && startsCapitalized(text.slice(tail.strongEdge))))) {
        (out ??= []).push([tail.strongEdge, text.length]);
      }
      return out ?? NO_SPANS;
    },
  },
  {
    name: 'gallery-counter',
    description: 'a gallery position or caption control: "Image 3 of 12", "Photo 1 of / 4", "Caption Close"',
    // No cheaper test first: three scans of a line for the words the pattern needs cost more than the pattern's one.
    find: (line) => matches(GALLERY_COUNTER, line.text),
  },
  {
    name: 'photo-credit',
    description: 'who took or supplied a picture: "(Photo: City Police)", "(AP Photo/Name)", "Photo: Name" before a gallery, "| Provided photo"',
    find: (line) => {
      const text = line.text;
      const out = text.includes('(') ? matches(CREDIT_IN_PARENTHESES, text) : [];
      if (CREDIT_AT_START.test(text)) {
        const counter = matches(GALLERY_COUNTER, text)[0];
        if (counter) out.push([0, counter[0]]);
        else if (text.length <= 100) out.push([0, text.length]);
      }
      const from = Math.max(0, text.length - 80);
      const end = CREDIT_AT_END.exec(text.slice(from));
      if (end) out.push([from + end.index, text.length]);
      return out.length > 0 ? out : NO_SPANS;
    },
  },
  {
    name: 'section-label',
    description: 'a label before or instead of the text: "UPDATE:", "PHOTO GALLERY:", "Breaking News:", "TRENDING STORIES:"',
    find: (line) => {
      // Every label ends with a colon: most lines are settled without the pattern.
      const m = line.text.includes(':') ? SECTION_LABEL.exec(line.text) : null;
      return m ? [[0, m[0].trimEnd().length]] : NO_SPANS;
    },
  },
  {
    name: 'byline',
    description: 'a line giving the writer: "By Jane Doe", "By: Staff Reports", "By JANE DOE Associated Press"',
    find: (line) => {
      // BYLINE opens with "By": most lines are settled without the pattern.
      if (line.text.length > 100 || !line.text.startsWith('By')) return NO_SPANS;
      const m = BYLINE.exec(line.text);
      return m && !NOT_A_NAME.test(m[1]) && !/[.!?]["”]?$/.test(line.text.replace(/\b\p{Lu}\.$/u, '')) ? whole(line) : NO_SPANS;
    },
  },
  {
    name: 'copyright',
    description: 'a copyright or reuse notice: "Copyright 2016 Station. All rights reserved.", "© 2017 Media Group."',
    find: (line) => {
      if (line.text.length > 300) return NO_SPANS;
      return (COPYRIGHT.test(line.text) && COPYRIGHT_HOLDER.test(line.text)) || REUSE_NOTICE.test(line.text) ? whole(line) : NO_SPANS;
    },
  },
  {
    name: 'call-to-action',
    description: 'an instruction to the reader about the page: "Copy this code to your website", "Click to share", "Read or Share this story: …", "Please enable Javascript to watch this video"',
    find: (line) => {
      if (line.text.length > 200 || !line.capitalized) return NO_SPANS;
      const verb = CALL_TO_ACTION.exec(line.text);
      return verb && CALL_OBJECT.test(line.text.slice(verb[0].length)) ? whole(line) : NO_SPANS;
    },
  },
  {
    name: 'account-notice',
    description: 'a notice of the site\'s account, newsletter or notification machinery: "Already a subscriber?", "Your notification has been saved."',
    find: (line) => (line.text.length <= 160 && line.capitalized && ACCOUNT_NOTICE.test(line.text) ? whole(line) : NO_SPANS),
  },
  {
    name: 'url',
    description: 'a line that is only an address or a page slug: "https://…", "city-man-charged-in-shooting-death"',
    // Neither kind of line has a space: most lines are settled without the pattern.
    find: (line) => (!line.text.includes(' ') && URL_LINE.test(line.text) ? whole(line) : NO_SPANS),
  },
  {
    name: 'outlet-name',
    description: 'the outlet\'s name after a crawled headline: "… - Station 12 City, State News Weather & Sports"',
    find: (line) => {
      if (!line.first) return NO_SPANS;
      const m = OUTLET_TAIL.exec(line.text);
      // Not in a headline in capitals, where any word may look like a call sign ("… - KENT WIN").
      return m && /\p{Ll}/u.test(line.text.slice(0, m.index)) ? [[m.index, line.text.length]] : NO_SPANS;
    },
  },
];

/** Whether `text` is a section label without its colon ("UPDATE", "Breaking News"). */
export function isSectionLabel(text: string): boolean {
  const m = SECTION_LABEL.exec(text + ':');
  return m !== null && m[0].length === text.length + 1;
}

/** The boilerplate spans of `text[from, …)`, sorted, apart and trimmed; a span touching several rules' is named by the first. */
export function findBoilerplate(text: string, from = 0): BoilerplateSpan[] {
  const found: BoilerplateSpan[] = [];
  let first = true;
  for (let start = from; start < text.length;) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let s = start;
    let e = end;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) {
      const lineText = text.slice(s, e);
      const capitalized = startsCapitalized(lineText);
      const line: Line = { text: lineText, start: s, first, capitalized, opensWithUiWord: capitalized && opensWithUiWord(lineText) };
      first = false;
      for (const rule of BOILERPLATE_RULES) {
        for (let [a, b] of rule.find(line)) {
          while (a < b && isSpace(line.text.charCodeAt(a))) a++;
          while (b > a && isSpace(line.text.charCodeAt(b - 1))) b--;
          if (b > a) found.push({ start: s + a, end: s + b, rule: rule.name });
        }
      }
    }
    start = end + 1;
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: BoilerplateSpan[] = [];
  for (const span of found) {
    const last = merged[merged.length - 1];
    // Overlapping, or apart by spaces on one line: one span ("Photo 2 of / 9 Caption Close").
    if (last && (span.start <= last.end || /^[ \t]*$/.test(text.slice(last.end, span.start)))) {
      if (span.end > last.end) merged[merged.length - 1] = { ...last, end: span.end };
    } else merged.push(span);
  }
  return merged;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 160 || c === 0x2028 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a);
}

/** `tokens` (in document order) without those inside a span of `boilerplate`. */
export function outsideBoilerplate(tokens: Token[], boilerplate: readonly Span[]): Token[] {
  if (boilerplate.length === 0 || tokens.length === 0) return tokens;
  let k = firstEndingAfter(boilerplate, tokens[0].start);
  if (k === boilerplate.length || boilerplate[k].start >= tokens[tokens.length - 1].end) return tokens;
  return tokens.filter((t) => {
    while (k < boilerplate.length && boilerplate[k].end <= t.start) k++;
    return !(k < boilerplate.length && boilerplate[k].start <= t.start && t.end <= boilerplate[k].end);
  });
}

/** The index of the first span that ends after `offset` (binary search). */
function firstEndingAfter(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

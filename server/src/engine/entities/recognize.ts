import type { Entity, EntityType, Span } from '../types';
import { TokenKind, type Token } from '../text/tokens';
import { MONTHS, WEEKDAYS } from '../text/lexicon';
import { GIVEN, MAX_NAME_WORDS, NAMES, ORG_WORDS, TITLES } from './gazetteer';

/** One sentence's tokens, and which of them already belong to a date or a figure. */
export interface SentenceTokens {
  readonly tokens: readonly Token[];
  readonly taken: ReadonlySet<number>;
}

/** Capitalized words that start sentences without naming anything. */
const COMMON = new Set(`the,a,an,in,on,at,for,but,and,or,nor,he,she,it,they,we,i,you,his,her,their,our,its,my,your,
this,that,these,those,there,here,when,while,after,before,as,if,since,because,although,though,despite,during,with,
without,by,from,to,of,about,over,under,into,onto,upon,among,amid,between,against,through,throughout,police,officials,
authorities,some,many,most,all,no,not,yes,meanwhile,however,also,still,yet,so,then,now,today,yesterday,tomorrow,last,
next,earlier,later,according,what,who,where,why,how,which,whose,whom,both,each,every,other,another,more,such,only,even,
just,first,second,third,former,local,federal,state,several,few,online,public,one,two,three,four,five,six,seven,eight,
nine,ten,dozens,hundreds,thousands,once,twice,please,read,click,image,photo,video,watch,see,update,updated,breaking,
officers,investigators,witnesses,residents,people,family,friends,neighbors,neighbours,authorities,prosecutors,court,
courts,suspects,victims,do,does,did,is,are,was,were,be,been,being,have,has,had,will,would,should,could,can,may,might,
must,shall,let,let's,instead,because,unlike,like,near,outside,inside,around,across,behind,beyond,within,along,
following,including,except,plus,mr,mrs,ms,dr,sir,new,old,young,good,bad,big,small,great,high,low,top,chief,senior,
junior,more,less,much,little,own,same,different,other,certain,recent,recently,currently,already,again,always,never,
often,sometimes,usually,perhaps,maybe,probably,possibly,reportedly,allegedly,apparently,clearly,finally,overall,
similarly,additionally,furthermore,moreover,nevertheless,nonetheless,otherwise,thus,therefore,hence,indeed,
anyone,everyone,someone,nobody,everybody,somebody,nothing,everything,something,anything,none,any,monday,tuesday,
wednesday,thursday,friday,saturday,sunday,january,february,march,april,may,june,july,august,september,october,
november,december,am,pm,a.m.,p.m.,oh,well,ok,okay,thanks,thank,dear,hi,hello,sources,source,editor,editing,
reporting,writing,additional,copyright,all,rights,reserved,posted,published,share,comments,comment,advertisement,
related,more,top,stories,story,news,home,page,sign,log,subscribe,follow,like,tweet,email,print,local,national,world,
sports,business,politics,opinion,entertainment,health,science,tech,weather,traffic,obituaries,classifieds,jobs`.split(/[,\s]+/).filter(Boolean));

/** Lower-case words allowed inside a name: "Bank of America", "Leonardo da Vinci". */
const NAME_PARTICLES = new Set(['de', 'da', 'del', 'della', 'di', 'du', 'la', 'le', 'van', 'von', 'der', 'den', 'bin', 'ibn', 'al', 'el', 'dos', 'das']);
const ORG_CONNECTORS = new Set(['of', 'for', 'and', '&', 'on']);
const POSSESSIVE = /['’]s?$/;
const PERSON_CUES_AFTER = new Set(['said', 'says', 'told', 'added', 'explained', 'wrote', 'stated', 'testified', 'argued', 'noted', 'insisted', 'confirmed', 'denied', 'who', 'whose']);
const LOCATION_CUES_BEFORE = new Set(['in', 'near', 'outside', 'across', 'from', 'at', 'to', 'into', 'toward', 'towards']);

interface Chunk {
  first: number;
  last: number;
}

/**
 * Entities of a document, from rules and our own gazetteers: a capitalized run of words is cut at
 * titles, matched against country, place, demonym and organization lists, and classified by its
 * words (organization words), its surroundings ("said", "in …") and given names. A second pass
 * labels lone surnames and acronyms that the document has already introduced in full.
 */
export function recognizeEntities(text: string, sentences: readonly SentenceTokens[]): Entity[] {
  const found: Array<Entity & { sentence: number; first: number; last: number }> = [];
  const pending: Array<{ sentence: number; index: number }> = [];
  sentences.forEach((sentence, s) => {
    const { tokens, taken } = sentence;
    const headline = isHeadline(tokens);
    for (let i = 0; i < tokens.length; i++) {
      if (!startsName(tokens, i, taken)) continue;
      const chunk = extend(tokens, i, taken);
      i = chunk.last;
      for (const e of classifyChunk(text, tokens, chunk, headline)) {
        if (e.type === undefined) {
          if (e.first === e.last) pending.push({ sentence: s, index: e.first });
          continue;
        }
        found.push({ ...makeEntity(text, tokens, e.first, e.last, e.type), sentence: s, first: e.first, last: e.last });
      }
    }
  });
  // Second pass: "Lopez" after "Ivan Lopez", "KNPA" after it was defined.
  const known = new Map<string, EntityType>();
  for (const e of found) {
    if (e.type !== 'person' && e.type !== 'organization') continue;
    const words = e.text.split(/\s+/);
    if (e.type === 'person') for (const w of words) if (!known.has(w)) known.set(w, 'person');
    if (e.type === 'organization' && words.length === 1) known.set(words[0], 'organization');
  }
  for (const p of pending) {
    const t = sentences[p.sentence].tokens[p.index];
    const word = t.text.replace(POSSESSIVE, '');
    const type = known.get(word);
    if (type) found.push({ ...makeEntity(text, sentences[p.sentence].tokens, p.index, p.index, type), sentence: p.sentence, first: p.index, last: p.index });
  }
  found.sort((a, b) => a.start - b.start);
  return found.map(({ start, end, type, text: t, key }) => ({ start, end, type, text: t, key }));
}

function isHeadline(tokens: readonly Token[]): boolean {
  let words = 0;
  let capitalized = 0;
  for (const t of tokens) {
    if (t.kind !== TokenKind.Word || t.text.length < 4) continue;
    words++;
    if (isCap(t)) capitalized++;
  }
  return words >= 3 && capitalized / words > 0.6 && tokens[tokens.length - 1]?.text !== '.';
}

function isCap(t: Token): boolean {
  const c = t.text.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c > 127 && /^\p{Lu}/u.test(t.text));
}

function startsName(tokens: readonly Token[], i: number, taken: ReadonlySet<number>): boolean {
  const t = tokens[i];
  return t.kind === TokenKind.Word && !taken.has(i) && isCap(t);
}

function extend(tokens: readonly Token[], i: number, taken: ReadonlySet<number>): Chunk {
  let last = i;
  let hasOrgWord = ORG_WORDS.has(tokens[i].lower);
  while (last + 1 < tokens.length) {
    if (POSSESSIVE.test(tokens[last].text) && tokens[last].text.length > 2) break;
    const next = tokens[last + 1];
    if (next.start - tokens[last].end > 1) break; // a line break or double space
    if (startsName(tokens, last + 1, taken) && !WEEKDAYS[next.lower]) {
      last += 1;
      hasOrgWord ||= ORG_WORDS.has(next.lower);
      continue;
    }
    const after = tokens[last + 2];
    const joins = (NAME_PARTICLES.has(next.lower) || (hasOrgWord && ORG_CONNECTORS.has(next.lower))) &&
      after !== undefined && startsName(tokens, last + 2, taken);
    if (joins) {
      last += 2;
      hasOrgWord ||= ORG_WORDS.has(after.lower);
      continue;
    }
    break;
  }
  return { first: i, last };
}

interface Labelled {
  first: number;
  last: number;
  type: EntityType | undefined;
}

/** Splits a capitalized run at titles and gazetteer names, and types each part. */
function classifyChunk(text: string, tokens: readonly Token[], chunk: Chunk, headline: boolean): Labelled[] {
  const out: Labelled[] = [];
  let first = chunk.first;
  const last = chunk.last;
  // Drop common sentence-initial words ("The", "Police", "On").
  while (first <= last && (COMMON.has(tokens[first].lower) || MONTHS[tokens[first].lower] !== undefined) && !NAMES.has(spanKey(tokens, first, last))) first++;
  if (first > last) return out;

  // Whole-run gazetteer match, and organization words anywhere in a run of two or more.
  const whole = NAMES.get(spanKey(tokens, first, last));
  if (whole) return [{ first, last, type: whole }];
  const words = [] as string[];
  for (let k = first; k <= last; k++) words.push(bare(tokens[k]).toLowerCase());

  // Titles: "Vice Foreign Minister Kim Jina" → person "Kim Jina"; a leading place stays a place.
  let lastTitle = -1;
  for (let k = first; k <= last; k++) if (TITLES.has(tokens[k].lower) && k < last) lastTitle = k;
  if (lastTitle >= 0 && !words.some((w) => ORG_WORDS.has(w) && w !== 'police')) {
    out.push(...leadingNames(tokens, first, lastTitle - 1));
    const nameFirst = lastTitle + 1;
    if (last - nameFirst < 4) out.push({ first: nameFirst, last, type: 'person' });
    return out;
  }
  if (last > first && words.slice(1).some((w) => ORG_WORDS.has(w))) return [{ first, last, type: 'organization' }];

  // A gazetteer name at the start of a longer run: "Thai Foreign", "Bangkok Post" handled above.
  const head = longestName(tokens, first, last);
  if (head) {
    out.push({ first, last: head.last, type: head.type });
    if (head.last < last) out.push(...classifyChunk(text, tokens, { first: head.last + 1, last }, headline));
    return out;
  }
  if (headline) return out;

  const count = last - first + 1;
  const before = tokens[first - 1]?.lower;
  const after = tokens[last + 1]?.lower;
  const single = count === 1;
  const word = tokens[first].text;
  if (single && /^[A-Z]{2,6}s?$/.test(bare(tokens[first])) && !COMMON.has(word.toLowerCase())) return [{ first, last, type: 'organization' }];
  if (ORG_WORDS.has(words[0]) && count > 1) return [{ first, last, type: 'organization' }];
  if (GIVEN.has(words[0]) && count >= 2 && count <= 4) return [{ first, last, type: 'person' }];
  if (before !== undefined && LOCATION_CUES_BEFORE.has(before) && count <= 3 && before !== 'to' && !GIVEN.has(words[0])) {
    return [{ first, last, type: 'location' }];
  }
  if (count >= 2 && count <= 4) {
    if (after !== undefined && PERSON_CUES_AFTER.has(after)) return [{ first, last, type: 'person' }];
    if (after === ',' && tokens[last + 2]?.kind === TokenKind.Number) return [{ first, last, type: 'person' }];
    return [{ first, last, type: 'person' }];
  }
  if (single && first > 0) return [{ first, last, type: undefined }];
  return out;
}

/** Gazetteer names in tokens[first..last], left to right; the rest is left unlabelled. */
function leadingNames(tokens: readonly Token[], first: number, last: number): Labelled[] {
  const out: Labelled[] = [];
  for (let k = first; k <= last; k++) {
    const name = longestName(tokens, k, last);
    if (name) {
      out.push({ first: k, last: name.last, type: name.type });
      k = name.last;
    }
  }
  return out;
}

function longestName(tokens: readonly Token[], first: number, last: number): { last: number; type: EntityType } | undefined {
  for (let end = Math.min(last, first + MAX_NAME_WORDS - 1); end >= first; end--) {
    const type = NAMES.get(spanKey(tokens, first, end));
    if (type) return { last: end, type };
  }
  return undefined;
}

function bare(t: Token): string {
  return t.text.length > 2 ? t.text.replace(POSSESSIVE, '') : t.text;
}

function spanKey(tokens: readonly Token[], first: number, last: number): string {
  let key = bare(tokens[first]).toLowerCase();
  for (let k = first + 1; k <= last; k++) key += ' ' + bare(tokens[k]).toLowerCase();
  return key;
}

function makeEntity(text: string, tokens: readonly Token[], first: number, last: number, type: EntityType): Entity {
  const start = tokens[first].start;
  let end = tokens[last].end;
  const lastText = tokens[last].text;
  if (lastText.length > 2 && POSSESSIVE.test(lastText)) end -= lastText.endsWith('s') ? 2 : 1;
  const span: Span = { start, end };
  const entityText = text.slice(span.start, span.end);
  return { start, end, type, text: entityText, key: entityKey(entityText) };
}

/** The key under which an entity name is matched to fact-base entries and aliases. */
export function entityKey(name: string): string {
  return name.toLowerCase().replace(/^the\s+/, '').replace(/[’']/g, "'").replace(/\s+/g, ' ').trim();
}

/**
 * Entity evaluation on real news (read at run time from ../shared/corpus, never copied here):
 *
 * - CoNLL++ dev (CoNLL-2003 English, Reuters 1996): exact-span precision/recall/F1 for
 *   PER→person, ORG→organization, LOC→location, and their micro average. MISC is scored apart:
 *   our `nationality` spans against the gold MISC spans that are demonyms (see `isDemonymLike`),
 *   and, for comparison with the literature, the classic four-type CoNLL F1 with our
 *   `nationality` and `misc` spans both counted as MISC.
 * - ECB+: gold mentions of the sentences listed in `coref_annotated_sentences`, mapped
 *   HUMAN_PART_PER→person, HUMAN_PART_ORG→organization, LOC_* and HUMAN_PART_GPE→location,
 *   TIME_DATE→date. ECB+ marks event participants, many of them common nouns ("the actress"), and
 *   leaves other names unmarked, so: recall counts only proper-name-like gold mentions (text
 *   starting with a capital letter, first word not a pronoun or determiner such as "He", "We",
 *   "Their": see `isProperNameLike`), exact span and type, and also leniently (same type, spans
 *   overlap); precision counts our entities of those four types inside annotated sentences that
 *   overlap a gold mention of the same type, among those that overlap any gold mention at all
 *   (entities that touch no gold mention are unjudgeable, ECB+ being non-exhaustive; their share
 *   is reported as `unjudged`).
 * - Throughput of the whole per-document pipeline (`analyzeDocument`) on the CoNLL dev texts,
 *   one core, after a warm-up: MB/s, with 1 MB = 10^6 characters (the texts are ASCII), per
 *   CPU second of this (single-threaded) process, and per wall-clock second.
 *
 * Run: `npm run eval:entities` (prints a table, writes test-results/eval-entities.json).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeDocument } from '../../server/src/engine';
import type { Entity, EntityType } from '../../server/src/engine';
import { DEMONYM_KEY, NAMES } from '../../server/src/engine/entities/gazetteer';
import { evaluateRealCopy, type RealCopyEvaluation } from './realCopy';
import { prf, round, type Prf } from './scores';

export type { Prf } from './scores';

export interface EntityEvaluation {
  readonly corpus: string;
  readonly conll: {
    readonly split: 'dev';
    readonly documents: number;
    readonly characters: number;
    readonly perType: { readonly person: Prf; readonly organization: Prf; readonly location: Prf };
    /** Micro average over person, organization and location, exact span and type. */
    readonly micro: Prf;
    /** Our `nationality` spans against gold MISC spans that are demonyms. */
    readonly nationalityVsMisc: Prf & { readonly goldDemonymSpans: number; readonly goldMiscSpans: number; readonly nationalityMatchingAnyMisc: number };
    /** Our `nationality` + `misc` spans against all gold MISC spans. */
    readonly misc: Prf;
    /** The classic CoNLL-2003 four-type micro F1 (nationality and misc count as MISC). */
    readonly conll4: Prf;
  };
  /** Headlines and first lines of real articles, our annotation (see realCopy.ts). */
  readonly realCopy: RealCopyEvaluation | null;
  readonly ecbplus: {
    readonly documents: number;
    readonly annotatedSentences: number;
    readonly perType: Record<'person' | 'organization' | 'location' | 'date', EcbScores>;
    readonly all: EcbScores;
  } | null;
  readonly throughput: {
    readonly text: string;
    readonly characters: number;
    readonly runs: number;
    /** CPU seconds measured. */
    readonly seconds: number;
    /** 10^6 characters per CPU second. */
    readonly mbPerSecond: number;
    /** 10^6 characters per wall-clock second (lower when the machine is busy). */
    readonly wallMbPerSecond: number;
  };
}

export interface EcbScores {
  /** Proper-name-like gold mentions (capitalized, not a pronoun: `isProperNameLike`). */
  readonly goldProper: number;
  readonly recallExact: number;
  readonly recallOverlap: number;
  /** Our entities that overlap some gold mention (any type): judged. */
  readonly judged: number;
  readonly precisionOverlap: number;
  /** Our entities in annotated sentences that overlap no gold mention. */
  readonly unjudged: number;
}

const CONLL_TYPES: Record<string, EntityType> = { PER: 'person', ORG: 'organization', LOC: 'location' };
const MAIN: readonly EntityType[] = ['person', 'organization', 'location'];

interface ConllDoc {
  doc_id: string;
  text: string;
  entities: Array<{ type: string; start: number; end: number; text: string }>;
}

/** Counts exact (start, end) matches between two span lists. */
function score(gold: ReadonlyArray<{ start: number; end: number }>, predicted: ReadonlyArray<{ start: number; end: number }>): [number, number, number] {
  const keys = new Set(gold.map((g) => `${g.start}:${g.end}`));
  let tp = 0;
  const seen = new Set<string>();
  for (const p of predicted) {
    const k = `${p.start}:${p.end}`;
    if (seen.has(k)) continue;
    seen.add(k);
    if (keys.has(k)) tp++;
  }
  return [tp, seen.size - tp, keys.size - tp];
}

/**
 * A gold MISC span names a nationality or group: our gazetteer lists it as one, or it is one
 * capitalized word with a demonym ending ("-an", "-ian", "-ese", "-ish", "-i", "-ic", plural "-s").
 * A heuristic, stated here so the figure can be read: it lets in a few adjectives of other kinds.
 */
export function isDemonymLike(text: string): boolean {
  const lower = text.toLowerCase();
  if (NAMES.get(lower) === 'nationality' || DEMONYM_KEY.has(lower)) return true;
  return /^[A-Z][a-z]+(?:ans?|ese|ish|is?|ics?)$/.test(text);
}

function readJsonl<T>(file: string): T[] {
  return fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as T);
}

function evaluateConll(corpusDir: string): EntityEvaluation['conll'] {
  const docs = readJsonl<ConllDoc>(path.join(corpusDir, 'ner', 'conllpp_dev_docs.jsonl'));
  const counts = new Map<string, [number, number, number]>();
  const add = (key: string, c: [number, number, number]) => {
    const old = counts.get(key) ?? [0, 0, 0];
    counts.set(key, [old[0] + c[0], old[1] + c[1], old[2] + c[2]]);
  };
  let characters = 0;
  let goldDemonyms = 0;
  let goldMisc = 0;
  let natMatchingMisc = 0;
  for (const doc of docs) {
    characters += doc.text.length;
    const entities = analyzeDocument(doc.text).entities;
    for (const type of MAIN) {
      const gold = doc.entities.filter((g) => CONLL_TYPES[g.type] === type);
      add(type, score(gold, entities.filter((e) => e.type === type)));
    }
    const goldMiscSpans = doc.entities.filter((g) => g.type === 'MISC');
    const demonyms = goldMiscSpans.filter((g) => isDemonymLike(g.text));
    goldDemonyms += demonyms.length;
    goldMisc += goldMiscSpans.length;
    const nationality = entities.filter((e) => e.type === 'nationality');
    add('nationality', score(demonyms, nationality));
    natMatchingMisc += score(goldMiscSpans, nationality)[0];
    add('misc', score(goldMiscSpans, entities.filter((e) => e.type === 'nationality' || e.type === 'misc')));
    // Four-type CoNLL: a match needs the same span and the same CoNLL type.
    const conllType = (e: Entity) => (e.type === 'nationality' || e.type === 'misc' ? 'MISC' : e.type === 'person' ? 'PER' : e.type === 'organization' ? 'ORG' : e.type === 'location' ? 'LOC' : null);
    const goldTyped = doc.entities.map((g) => ({ start: g.start, end: g.end * 8 + ['PER', 'ORG', 'LOC', 'MISC'].indexOf(g.type) }));
    const predTyped = entities.filter((e) => conllType(e) !== null).map((e) => ({ start: e.start, end: e.end * 8 + ['PER', 'ORG', 'LOC', 'MISC'].indexOf(conllType(e)!) }));
    add('conll4', score(goldTyped, predTyped));
  }
  const get = (k: string) => prf(...(counts.get(k) ?? [0, 0, 0]));
  let tp = 0, fp = 0, fn = 0;
  for (const type of MAIN) {
    const c = counts.get(type) ?? [0, 0, 0];
    tp += c[0];
    fp += c[1];
    fn += c[2];
  }
  return {
    split: 'dev',
    documents: docs.length,
    characters,
    perType: { person: get('person'), organization: get('organization'), location: get('location') },
    micro: prf(tp, fp, fn),
    nationalityVsMisc: { ...get('nationality'), goldDemonymSpans: goldDemonyms, goldMiscSpans: goldMisc, nationalityMatchingAnyMisc: natMatchingMisc },
    misc: get('misc'),
    conll4: get('conll4'),
  };
}

type EcbType = 'person' | 'organization' | 'location' | 'date';

/** Pronouns and determiners: a capitalized mention starting with one is not a name ("He", "Their lawyer"). */
const NOT_NAMES = new Set('i,he,she,it,we,they,you,me,him,her,us,them,his,its,our,their,your,my,this,that,these,those,who,whom,which,what,a,an,one,some,both,all,each,another'.split(','));

/** A gold mention that looks like a proper name: it starts with a capital letter and not with a pronoun. */
export function isProperNameLike(text: string): boolean {
  if (!/^\p{Lu}/u.test(text)) return false;
  const first = text.split(/[\s'’]/)[0].toLowerCase();
  return !NOT_NAMES.has(first);
}
const ECB_TYPES: readonly EcbType[] = ['person', 'organization', 'location', 'date'];

function ecbType(type: string): EcbType | null {
  if (type === 'HUMAN_PART_PER') return 'person';
  if (type === 'HUMAN_PART_ORG') return 'organization';
  if (type === 'HUMAN_PART_GPE' || type.startsWith('LOC_')) return 'location';
  if (type === 'TIME_DATE') return 'date';
  return null;
}

interface EcbMeta {
  documents: Array<{ file: string; coref_annotated_sentences: Array<string | number>; gold_mentions: Array<{ type: string; start: number; end: number; text: string; sentence: string | number }> }>;
}

function evaluateEcb(corpusDir: string): EntityEvaluation['ecbplus'] {
  const events = path.join(corpusDir, 'events');
  if (!fs.existsSync(events)) return null;
  const folders = fs.readdirSync(events).filter((f) => f.startsWith('ecbplus-')).sort();
  const tally = new Map<EcbType | 'all', { gold: number; exact: number; overlap: number; judged: number; correct: number; unjudged: number }>();
  for (const t of [...ECB_TYPES, 'all' as const]) tally.set(t, { gold: 0, exact: 0, overlap: 0, judged: 0, correct: 0, unjudged: 0 });
  let documents = 0;
  let annotatedSentences = 0;
  for (const folder of folders) {
    const meta = JSON.parse(fs.readFileSync(path.join(events, folder, 'meta.json'), 'utf8')) as EcbMeta;
    for (const doc of meta.documents) {
      const text = fs.readFileSync(path.join(events, folder, doc.file), 'utf8');
      documents++;
      const annotated = new Set(doc.coref_annotated_sentences.map(Number));
      annotatedSentences += annotated.size;
      // Line spans, to place our entities in sentences.
      const lineStarts = [0];
      for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lineStarts.push(i + 1);
      const lineOf = (offset: number) => {
        let lo = 0, hi = lineStarts.length - 1;
        while (lo < hi) {
          const mid = (lo + hi + 1) >> 1;
          if (lineStarts[mid] <= offset) lo = mid; else hi = mid - 1;
        }
        return lo;
      };
      const gold = doc.gold_mentions
        .filter((m) => annotated.has(Number(m.sentence)))
        .map((m) => ({ ...m, mapped: ecbType(m.type) }));
      const ours = analyzeDocument(text).entities.filter((e) => (ECB_TYPES as readonly string[]).includes(e.type) && annotated.has(lineOf(e.start)));
      const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
      for (const g of gold) {
        if (g.mapped === null || !isProperNameLike(g.text)) continue;
        const exact = ours.some((e) => e.type === g.mapped && e.start === g.start && e.end === g.end);
        const overlap = ours.some((e) => e.type === g.mapped && overlaps(e, g));
        for (const key of [g.mapped, 'all'] as const) {
          const t = tally.get(key)!;
          t.gold++;
          if (exact) t.exact++;
          if (overlap) t.overlap++;
        }
      }
      for (const e of ours) {
        const touching = gold.filter((g) => overlaps(e, g));
        for (const key of [e.type as EcbType, 'all'] as const) {
          const t = tally.get(key)!;
          if (touching.length === 0) {
            t.unjudged++;
            continue;
          }
          t.judged++;
          if (touching.some((g) => g.mapped === e.type)) t.correct++;
        }
      }
    }
  }
  const scores = (key: EcbType | 'all'): EcbScores => {
    const t = tally.get(key)!;
    return {
      goldProper: t.gold,
      recallExact: round(t.gold ? t.exact / t.gold : 0),
      recallOverlap: round(t.gold ? t.overlap / t.gold : 0),
      judged: t.judged,
      precisionOverlap: round(t.judged ? t.correct / t.judged : 0),
      unjudged: t.unjudged,
    };
  };
  return {
    documents,
    annotatedSentences,
    perType: { person: scores('person'), organization: scores('organization'), location: scores('location'), date: scores('date') },
    all: scores('all'),
  };
}

/**
 * MB/s of `analyzeDocument` over `texts`, repeated until at least `minSeconds` of CPU time have
 * passed. CPU time (user + system of this single-threaded process) rather than wall time, so that
 * other processes on the machine do not skew the figure; wall time is reported alongside.
 */
export function measureThroughput(texts: readonly string[], minSeconds = 3): { characters: number; runs: number; seconds: number; mbPerSecond: number; wallMbPerSecond: number } {
  const characters = texts.reduce((n, t) => n + t.length, 0);
  for (const t of texts) analyzeDocument(t); // warm-up
  let runs = 0;
  const cpu = process.cpuUsage();
  const wall = process.hrtime.bigint();
  let seconds = 0;
  do {
    for (const t of texts) analyzeDocument(t);
    runs++;
    const used = process.cpuUsage(cpu);
    seconds = (used.user + used.system) / 1e6;
  } while (seconds < minSeconds);
  const wallSeconds = Number(process.hrtime.bigint() - wall) / 1e9;
  return {
    characters,
    runs,
    seconds: round(seconds),
    mbPerSecond: round((characters * runs) / seconds / 1e6),
    wallMbPerSecond: round((characters * runs) / wallSeconds / 1e6),
  };
}

export async function evaluateEntities(corpusDir: string): Promise<EntityEvaluation> {
  const conll = evaluateConll(corpusDir);
  const ecbplus = evaluateEcb(corpusDir);
  const realCopy = evaluateRealCopy(corpusDir, path.resolve(__dirname, '../../..'));
  const texts = readJsonl<ConllDoc>(path.join(corpusDir, 'ner', 'conllpp_dev_docs.jsonl')).map((d) => d.text);
  const throughput = { text: 'CoNLL++ dev, 216 documents, each analysed once per run', ...measureThroughput(texts) };
  return { corpus: corpusDir, conll, realCopy, ecbplus, throughput };
}

function pct(x: number): string {
  return (x * 100).toFixed(1).padStart(6);
}

export function formatEntityTable(r: EntityEvaluation): string {
  const lines: string[] = [];
  const row = (name: string, s: Prf) => lines.push(`${name.padEnd(26)} ${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)}   tp ${s.tp} fp ${s.fp} fn ${s.fn}`);
  lines.push(`CoNLL++ dev (${r.conll.documents} docs), exact span`);
  lines.push(`${''.padEnd(26)}      P      R     F1`);
  row('person (PER)', r.conll.perType.person);
  row('organization (ORG)', r.conll.perType.organization);
  row('location (LOC)', r.conll.perType.location);
  row('micro PER+ORG+LOC', r.conll.micro);
  const n = r.conll.nationalityVsMisc;
  row('nationality vs demonym MISC', n);
  lines.push(`${''.padEnd(26)} (${n.goldDemonymSpans} of ${n.goldMiscSpans} gold MISC spans are demonym-like; ${n.nationalityMatchingAnyMisc} of our nationality spans match some MISC span)`);
  row('nationality+misc vs MISC', r.conll.misc);
  row('CoNLL 4-type micro', r.conll.conll4);
  if (r.realCopy) {
    const c = r.realCopy;
    lines.push('');
    lines.push(`Real copy: headline and first line of ${c.documents} GVA and ECB+ articles (${c.lines} lines, our annotation), exact span`);
    lines.push(`${''.padEnd(26)}      P      R     F1`);
    row('headlines', c.headlines);
    row('first lines', c.firstLines);
    for (const [type, s] of Object.entries(c.perType)) row(`  ${type}`, s);
    row('all', c.all);
  }
  if (r.ecbplus) {
    lines.push('');
    lines.push(`ECB+ (${r.ecbplus.documents} docs, ${r.ecbplus.annotatedSentences} annotated sentences); recall on capitalized gold mentions`);
    lines.push(`${''.padEnd(26)}  gold  R exact  R overlap  P overlap (judged, unjudged)`);
    const ecbRow = (name: string, s: EcbScores) =>
      lines.push(`${name.padEnd(26)} ${String(s.goldProper).padStart(5)} ${pct(s.recallExact)}   ${pct(s.recallOverlap)}     ${pct(s.precisionOverlap)}   (${s.judged}, ${s.unjudged})`);
    for (const t of ['person', 'organization', 'location', 'date'] as const) ecbRow(t, r.ecbplus.perType[t]);
    ecbRow('all', r.ecbplus.all);
  }
  lines.push('');
  lines.push(`Throughput of analyzeDocument: ${r.throughput.mbPerSecond.toFixed(2)} MB/s per CPU second, ${r.throughput.wallMbPerSecond.toFixed(2)} MB/s wall (${r.throughput.text}; ${r.throughput.runs} runs, ${r.throughput.seconds} CPU s)`);
  return lines.join('\n');
}

if (require.main === module) {
  const repo = path.resolve(__dirname, '../../..');
  const corpus = path.resolve(repo, '../shared/corpus');
  if (!fs.existsSync(path.join(corpus, 'ner'))) {
    console.log(`eval:entities skipped: no corpus at ${corpus}`);
  } else {
    void evaluateEntities(corpus).then((result) => {
      console.log(formatEntityTable(result));
      const out = path.join(repo, 'test-results', 'eval-entities.json');
      fs.mkdirSync(path.dirname(out), { recursive: true });
      fs.writeFileSync(out, JSON.stringify(result, null, 2) + '\n');
      console.log(`\nwritten ${path.relative(repo, out)}`);
    });
  }
}

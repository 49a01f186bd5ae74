/**
 * Section 2: News Lens next to two peers that also read prose, in the same process and run:
 * cspell-lib (spell checking) and harper.js (grammar checking, WebAssembly). Both are ESM-only,
 * so they are loaded with a real dynamic import (tsc would turn `import()` into `require`).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeDocument } from '../../server/src/engine';
import { REPO } from '../support/paths';
import { chars, type BulkArticle } from './corpus';
import { now } from './stats';

const importEsm = new Function('specifier', 'return import(specifier)') as (s: string) => Promise<any>;

/** What a peer must offer: set up once, then check one article's text and count what it found. */
interface Peer {
  name: string;
  version: string;
  what: string;
  setup(): Promise<void>;
  check(text: string, i: number): Promise<number>;
}

/** The installed version (read from disk: the packages' export maps hide package.json). */
const versionOf = (pkg: string): string => {
  try {
    return (JSON.parse(fs.readFileSync(path.join(REPO, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return '?';
  }
};

async function cspell(): Promise<Peer> {
  const lib = await importEsm('cspell-lib');
  const settings = { language: 'en' };
  const options = { noConfigSearch: true };
  return {
    name: 'cspell-lib',
    version: versionOf('cspell-lib'),
    what: 'spellCheckDocument, language en, plaintext, default dictionaries, no config search',
    setup: async () => undefined,
    check: async (text, i) => {
      const r = await lib.spellCheckDocument({ uri: `file:///bench/article-${i}.txt`, text, languageId: 'plaintext', locale: 'en' }, options, settings);
      return r.issues.length as number;
    },
  };
}

async function harper(): Promise<Peer> {
  const { LocalLinter } = await importEsm('harper.js');
  const { binaryInlined } = await importEsm('harper.js/binaryInlined');
  const linter = new LocalLinter({ binary: binaryInlined });
  return {
    name: 'harper.js',
    version: versionOf('harper.js'),
    what: 'LocalLinter (binaryInlined), default rules, language plaintext',
    setup: () => linter.setup(),
    check: async (text) => (await linter.lint(text, { language: 'plaintext' })).length as number,
  };
}

export interface PeerResult {
  peer: string;
  version: string;
  what: string;
  subset: string;
  articles: number;
  chars: number;
  setupSeconds: number;
  peerSeconds: number;
  peerMcharsPerSecond: number;
  peerArticlesPerSecond: number;
  peerFindings: number;
  newsLensSeconds: number;
  newsLensMcharsPerSecond: number;
  /** News Lens throughput / peer throughput: above 1, News Lens is faster. */
  ratio: number;
  error?: string;
}

async function compare(make: () => Promise<Peer>, subset: readonly BulkArticle[], label: string): Promise<PeerResult | { peer: string; error: string }> {
  let peer: Peer;
  const t0 = now();
  try {
    peer = await make();
    await peer.setup();
    for (let i = 0; i < 10; i++) await peer.check(subset[i].text, i); // warm-up: dictionaries, WASM
  } catch (err) {
    return { peer: make.name, error: (err as Error).message };
  }
  const setupSeconds = (now() - t0) / 1000;
  const n = chars(subset.map((a) => a.text));
  let findings = 0;
  const t1 = now();
  for (let i = 0; i < subset.length; i++) findings += await peer.check(subset[i].text, i);
  const peerSeconds = (now() - t1) / 1000;
  // News Lens takes the median of three passes: one pass over a small subset is over too soon to be steady.
  const passes = [0, 1, 2].map(() => {
    const t2 = now();
    for (const a of subset) analyzeDocument(a.text, { fallbackDate: a.date });
    return (now() - t2) / 1000;
  });
  const newsLensSeconds = passes.sort((a, b) => a - b)[1];
  return {
    peer: peer.name, version: peer.version, what: peer.what, subset: label, articles: subset.length, chars: n,
    setupSeconds, peerSeconds, peerMcharsPerSecond: n / 1e6 / peerSeconds, peerArticlesPerSecond: subset.length / peerSeconds, peerFindings: findings,
    newsLensSeconds, newsLensMcharsPerSecond: n / 1e6 / newsLensSeconds, ratio: peerSeconds / newsLensSeconds,
  };
}

/** Subsets: the first N non-empty GVA articles (harper.js is ~200x slower, so it gets fewer). */
export const PEER_SUBSETS = { cspell: 1000, harper: 150 };

export async function peersSection(gva: readonly BulkArticle[]) {
  return [
    await compare(cspell, gva.slice(0, PEER_SUBSETS.cspell), `first ${PEER_SUBSETS.cspell} non-empty GVA articles`),
    await compare(harper, gva.slice(0, PEER_SUBSETS.harper), `first ${PEER_SUBSETS.harper} non-empty GVA articles`),
  ];
}

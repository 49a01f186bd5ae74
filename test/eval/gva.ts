import * as fs from 'node:fs';
import * as path from 'node:path';

/** One gun-violence event folder of the corpus, with its articles' publication dates. */
export interface GvaEvent {
  readonly id: string;
  readonly dir: string;
  readonly selectedBecause: string;
  readonly gold: { killed: number; injured: number };
  readonly documents: ReadonlyArray<{ docId: string; file: string; dct: string }>;
}

export function readGvaEvents(corpusDir: string): GvaEvent[] {
  const eventsDir = path.join(corpusDir, 'events');
  return fs.readdirSync(eventsDir).filter((d) => d.startsWith('gva-')).sort().map((id) => {
    const dir = path.join(eventsDir, id);
    const gold = JSON.parse(fs.readFileSync(path.join(dir, 'gold.json'), 'utf8'));
    return {
      id, dir, selectedBecause: gold.selected_because,
      gold: { killed: gold.gold.killed, injured: gold.gold.injured },
      documents: gold.documents.map((d: { doc_id: string; file: string; dct: string }) => ({ docId: d.doc_id, file: d.file, dct: d.dct.slice(0, 10) })),
    };
  });
}

/** A figure of the hand annotation in test/eval/gold (offsets and values only; no corpus text). */
export interface GoldFigure {
  readonly start: number;
  readonly end: number;
  readonly value: number;
  readonly class: 'killed' | 'injured' | 'shot';
  readonly scope: 'event' | 'other';
  readonly part?: boolean;
}

export interface GoldArticle {
  readonly event: string;
  readonly doc_id: string;
  readonly file: string;
  readonly headline_killed: number | null;
  readonly headline_injured: number | null;
  readonly figures: readonly GoldFigure[];
}

export function readGoldArticles(repoDir: string): GoldArticle[] {
  const file = path.join(repoDir, 'test', 'eval', 'gold', 'gva-figures.jsonl');
  return fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as GoldArticle);
}

/**
 * Noise on real multi-outlet stories: every ECB+ cluster (articles of several outlets about one
 * event, dated where their source URL gives a day) and Reuters same-day wires on one company are
 * checked as one event group each; the findings per story are the noise an editor would meet. Every
 * finding is written to test-results (place and message, no article text) for a person to judge.
 */
import { analyzeDocument, checkGroup, type Article, type FindingCode, type Severity } from '../../server/src/engine';
import type { BeatArticle } from './beatCorpus';
import { ratio } from './figures';

export interface StoryFinding {
  readonly story: string;
  readonly article: string;
  readonly start: number;
  readonly end: number;
  readonly code: FindingCode;
  readonly severity: Severity;
  readonly message: string;
  /** The other places the finding names (the conflicting figures), for a person to judge it. */
  readonly related: ReadonlyArray<{ readonly article: string; readonly start: number; readonly end: number }>;
}

export interface StoryNoise {
  readonly name: string;
  readonly stories: number;
  readonly articles: number;
  /** Findings per story at warning or error severity, and all findings per story by code. */
  readonly warningsPerStory: number;
  readonly perStory: Partial<Record<FindingCode | 'hint' | 'all', number>>;
  readonly storiesWithoutWarnings: number;
  readonly findings: readonly StoryFinding[];
}

export function evaluateStories(name: string, stories: ReadonlyArray<readonly BeatArticle[]>): StoryNoise {
  const findings: StoryFinding[] = [];
  let quiet = 0;
  let articleCount = 0;
  for (const story of stories) {
    const articles: Article[] = story.map((a) => ({
      doc: a.id, label: a.id, analysis: analyzeDocument(a.text, a.date ? { fallbackDate: a.date, fallbackDateSource: 'file' } : {}),
    }));
    articleCount += articles.length;
    const found = checkGroup({ id: story[0].story, articles, facts: [] });
    if (!found.some((f) => f.severity === 'error' || f.severity === 'warning')) quiet++;
    for (const f of found) findings.push({ story: story[0].story, article: f.doc, start: f.start, end: f.end, code: f.code, severity: f.severity, message: f.message,
      related: f.related.map((r) => ({ article: r.doc, start: r.start, end: r.end })) });
  }
  const per = (n: number) => ratio(n, stories.length);
  const perStory: StoryNoise['perStory'] = { all: per(findings.length) };
  for (const f of findings) perStory[f.code] = (perStory[f.code] ?? 0) + 1;
  for (const code of Object.keys(perStory) as Array<FindingCode | 'all'>) if (code !== 'all') perStory[code] = per(perStory[code]!);
  const hints = findings.filter((f) => f.severity === 'hint').length;
  if (hints > 0) perStory.hint = per(hints);
  return {
    name, stories: stories.length, articles: articleCount,
    warningsPerStory: per(findings.filter((f) => f.severity === 'error' || f.severity === 'warning').length),
    perStory, storiesWithoutWarnings: quiet, findings,
  };
}

export function formatStoryTable(results: readonly StoryNoise[]): string {
  const out = ['Noise on real multi-outlet stories: findings per story'];
  for (const r of results) {
    const codes = Object.entries(r.perStory).filter(([k]) => k !== 'all').map(([k, v]) => `${k} ${v}`).join(', ');
    out.push(`  ${r.name}: ${r.stories} stories, ${r.articles} articles; warnings or errors per story ${r.warningsPerStory.toFixed(2)}; all ${r.perStory.all} (${codes || 'none'}); stories without a warning ${r.storiesWithoutWarnings}/${r.stories}`);
  }
  return out.join('\n');
}

/**
 * Paraphrased stories: two outlets tell one event on one day in their own words (fixtures/paraphrases/
 * <split>/<story>/, our own writing). Each story's expected.yaml labels, by hand, the quantities the two
 * articles state differently (`disagree`: the figure in a.news and the figure in b.news) and the
 * figures that must not be flagged (`traps`: sub-counts, round-ups, other periods, other teams, later
 * updates). The score: labelled disagreements flagged between their two figures, traps flagged, and
 * every other warning (a false finding, since the labels name every disagreement).
 * The `tuned` split is the one the reading was fixed on; `held-out` was written afterwards and not tuned on.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { storyFindings } from '../support/findings';

interface Labels {
  readonly disagree?: ReadonlyArray<{ readonly what: string; readonly a: string; readonly b: string }>;
  readonly traps?: ReadonlyArray<{ readonly file: string; readonly figure: string; readonly why: string }>;
}

interface RenderedFinding {
  readonly file: string;
  readonly figure: string;
  readonly severity: string;
  readonly related?: ReadonlyArray<{ readonly file: string; readonly message: string }>;
}

export interface ParaphraseScore {
  readonly stories: number;
  readonly disagreements: number;
  readonly found: number;
  readonly traps: number;
  readonly trapsFlagged: number;
  /** Warnings at figures no label names as disagreeing (traps included). */
  readonly falseFindings: number;
  /** What was missed and what was flagged falsely, by story, for a person to read. */
  readonly missed: readonly string[];
  readonly flagged: readonly string[];
}

/** The figure a label names is the finding's figure ("14" in "At least 14", or the whole). */
const at = (finding: RenderedFinding, file: string, figure: string) =>
  finding.file === file && (finding.figure.includes(figure) || figure.includes(finding.figure));

export async function scoreParaphrases(root: string): Promise<ParaphraseScore> {
  let disagreements = 0;
  let found = 0;
  let traps = 0;
  let trapsFlagged = 0;
  let falseFindings = 0;
  const missed: string[] = [];
  const flagged: string[] = [];
  const stories = fs.readdirSync(root).filter((name) => fs.statSync(path.join(root, name)).isDirectory()).sort();
  for (const story of stories) {
    const dir = path.join(root, story);
    const labels = parse(fs.readFileSync(path.join(dir, 'expected.yaml'), 'utf8')) as Labels;
    const warnings = ((await storyFindings(dir)) as RenderedFinding[]).filter((f) => f.severity === 'warning' || f.severity === 'error');
    for (const d of labels.disagree ?? []) {
      disagreements++;
      const between = (f: RenderedFinding, file: string, figure: string, other: string, otherFigure: string) =>
        at(f, file, figure) && (f.related ?? []).some((r) => r.file === other && r.message.includes(`“${otherFigure}`) || r.file === other && r.message.includes(otherFigure));
      if (warnings.some((f) => between(f, 'a.news', d.a, 'b.news', d.b) || between(f, 'b.news', d.b, 'a.news', d.a))) found++;
      else missed.push(`${story}: ${d.what} (${d.a} / ${d.b})`);
    }
    for (const t of labels.traps ?? []) {
      traps++;
      if (warnings.some((f) => at(f, t.file, t.figure))) {
        trapsFlagged++;
        flagged.push(`${story}: trap ${t.figure} (${t.why})`);
      }
    }
    for (const f of warnings) {
      const labelled = (labels.disagree ?? []).some((d) => at(f, 'a.news', d.a) || at(f, 'b.news', d.b));
      if (labelled) continue;
      falseFindings++;
      if (!(labels.traps ?? []).some((t) => at(f, t.file, t.figure))) flagged.push(`${story}: ${f.file} “${f.figure}”`);
    }
  }
  return { stories: stories.length, disagreements, found, traps, trapsFlagged, falseFindings, missed, flagged };
}

export function formatParaphraseRow(split: string, s: ParaphraseScore): string {
  return `Paraphrased stories (${split}, ${s.stories} stories of our own): disagreements flagged ${s.found} of ${s.disagreements}, ` +
    `traps flagged ${s.trapsFlagged} of ${s.traps}, false findings ${s.falseFindings}`;
}

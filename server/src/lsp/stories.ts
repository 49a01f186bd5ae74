import { quantityLabel, type Finding, type PlacedClaim } from '../engine';
import type { Workspace } from '../workspace/workspace';
import type { ArticleInfo, QuantityInfo, StoryInfo } from '../protocol';

/** Codes that make a quantity disputed in the story view. */
const DISPUTES = new Set(['cross-doc-mismatch', 'fact-mismatch', 'internal-mismatch']);

/**
 * The stories of the workspace for the story view: each group of articles (an event of a fact
 * base, a folder, or a story found in a day's folder), its articles by date, and the quantities
 * its reports dispute, each with its timeline. What is disputed is what the Problems panel and the
 * fact base say: the same story answers both.
 */
export function stories(workspace: Workspace): StoryInfo[] {
  const events = workspace.declaredEvents();
  return workspace.groupKeys().map((key): StoryInfo => {
    const declared = events.find((e) => `event:${e.event.id}` === key);
    const members = workspace.groupMembers(key);
    const articles = members.map((id): ArticleInfo => {
      const meta = workspace.analysis(id)!.meta;
      return { uri: id, line: 0, character: 0, label: workspace.label(id), title: meta.title, date: meta.date, fixedEvent: workspace.namesOwnEvent(id) };
    }).sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || a.label.localeCompare(b.label));
    return {
      id: key, label: workspace.labelOfGroup(key),
      event: declared && { id: declared.event.id, factBase: declared.factBase },
      source: key.startsWith('event:') ? 'event' : key.includes('#') ? 'found' : 'folder',
      articles, quantities: disputed(workspace, key, members),
    };
  }).sort((a, b) => a.label.localeCompare(b.label));
}

function disputed(workspace: Workspace, key: string, members: readonly string[]): QuantityInfo[] {
  const story = workspace.story(key);
  if (!story) return [];
  const findings = new Map<string, Finding[]>(members.map((id) => [id, workspace.findingsFor(id).filter((f) => DISPUTES.has(f.code))]));
  const flagged = (p: PlacedClaim) => findings.get(p.article.doc)?.some((f) => f.start === p.claim.figure.start) ?? false;
  return story.disputes(flagged).map(({ claims, timeline, reasons }) => ({
    label: quantityLabel(claims[0].claim),
    timeline: timeline?.text() ?? [...new Set(claims.map((c) => c.claim.figure.text))].join(' / '),
    why: reasons.join(', '),
    reports: claims.map((c) => {
      const at = workspace.lines(c.article.doc)!.position(c.claim.figure.start);
      return { uri: c.article.doc, ...at, figure: c.claim.figure.text, article: c.article.label, day: c.claim.asOf ?? undefined };
    }),
  }));
}

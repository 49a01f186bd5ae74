import { MarkupKind, type Hover, type Position } from 'vscode-languageserver';
import {
  formatDay, isMeasure, itemAt, measureLabel, quantityKey, type Claim, type Comparison, type DateMention, type EntityType, type FactAnswer,
  type Figure, type LinkedEntity, type ReviewRef, type Span,
} from '../engine';
import type { PeerClaim, Workspace } from '../workspace/workspace';
import { toOffset, toRange } from './positions';
import { commandLink, escape, paragraph, webLink } from './markdown';
import type { Budget } from './requests';
import { OPEN_LOCATION_COMMAND } from '../protocol';


const ENTITY_LABEL: Record<EntityType, string> = {
  person: 'person', organization: 'organization', location: 'place', nationality: 'nationality', date: 'date', misc: 'name',
};

/** What a hover needs to know beyond the document: whether the other articles are all read yet, and its time budget. */
export interface HoverContext {
  readonly reading: boolean;
  readonly budget: Budget;
}

/** How the hover says the engine's verdict on another article's figure (the Problems panel's words). */
const VERDICT: Record<Comparison['verdict'], string> = {
  agrees: 'agrees', update: 'other day: an update', explained: 'differs, explained', conflict: '**disagrees**', 'not compared': 'not compared',
  reviewed: 'differs, reviewed by the desk', settled: 'the fact base decides',
};

/** Hover for the figure or entity under the cursor. */
export function hover(workspace: Workspace, uri: string, position: Position, context: HoverContext): Hover | null {
  const analysis = workspace.analysis(uri);
  const lines = workspace.lines(uri);
  if (!analysis || !lines) return null;
  const offset = toOffset(lines, position);
  const index = claimIndexAt(analysis.claims, offset);
  if (index !== undefined) {
    const claim = analysis.claims[index];
    return markdown(figureHover(workspace, uri, index, claim, context), toRange(lines, claim.figure));
  }
  const entities = workspace.entities(uri);
  const entity = itemAt(entities.map((l) => l.entity), offset);
  if (!entity) return null;
  const linked = entities.find((l) => l.entity === entity)!;
  const date = entity.type === 'date' ? analysis.dates.find((d) => d.start === entity.start) : undefined;
  return markdown(date ? dateHover(date, analysis.meta.date !== undefined) : entityHover(workspace, linked), toRange(lines, entity));
}

function claimIndexAt(claims: readonly Claim[], offset: number): number | undefined {
  const figure = itemAt(claims.map((c) => c.figure), offset);
  return figure ? claims.findIndex((c) => c.figure === figure) : undefined;
}

function markdown(value: string, range: Hover['range']): Hover {
  return { contents: { kind: MarkupKind.Markdown, value }, range };
}

function figureHover(workspace: Workspace, uri: string, index: number, claim: Claim, context: HoverContext): string {
  const parts: string[] = [`**${escape(claim.figure.text)}** · ${reading(claim.figure)}`];
  const what = [
    isMeasure(claim) ? `*${escape(measureLabel(claim))}*` : claim.noun ? `counts *${escape(claim.noun)}*` : undefined,
    claim.predicate && !isMeasure(claim) ? `*${escape(claim.predicate)}*` : undefined,
    claim.asOf ? `as of ${formatDay(claim.asOf)}` : undefined,
  ].filter(Boolean);
  if (what.length > 0) parts.push(what.join(' · '));
  const why = claim.scopeReason ? ` (${escape(claim.scopeReason)})` : '';
  if (claim.scope === 'aggregate') parts.push(`_A round-up or running total${why}: not compared with the event’s own figures._`);
  if (claim.scope === 'background') parts.push(`_About another event, an earlier period or a superseded report${why}: not compared._`);
  if (claim.partial) parts.push('_A part or an increment of a larger count: not compared as a total._');

  if (context.budget.spent) return [...parts, '_The fact base and the other articles are left out: this answer ran out of time._'].join('\n\n');
  const fact = workspace.factFor(uri, index);
  if (fact) parts.push(factSection(workspace, fact));
  const peers = workspace.peers(uri, index);
  const compared = !claim.partial && claim.scope === 'event' && claim.predicateKey && claim.nounKey;
  const story = peers.length > 0 ? workspace.story(workspace.groupOf(uri)!) : undefined;
  const timeline = story?.timeline(quantityKey(claim));
  if (timeline && timeline.days.length > 1) {
    const unsteady = timeline.stretchOf(claim.asOf) ? ' · **went back and forth**' : '';
    parts.push(`**Timeline**${unsteady} · ${escape(timeline.text())}`);
  }
  const here = workspace.placed(uri, index);
  const reviews = story && here ? story.reviewsOf(here) : [];
  if (reviews.length > 0) parts.push(reviewsSection(workspace, reviews));
  if (peers.length > 0) parts.push(peersSection(workspace, peers));
  // "a puncher with 22 KOs" in a story of two fighters' knockouts: compared with neither's, and the hover says why
  const group = workspace.groupOf(uri);
  // Stryker disable next-line ArrayDeclaration: only two owners or more count, so a list of one (the mutants' ["Stryker was here"]) reads as none
  const owners = compared && here && claim.holder === null && group ? workspace.story(group)?.holdersOf(here) ?? [] : [];
  if (owners.length > 1) parts.push(`_Whose figure it is is not said, and the story gives it for ${escape(owners.join(', '))}: not compared with theirs._`);
  if (context.reading && compared) {
    parts.push('_Still reading the other articles of the workspace: what they say about this figure is not known yet._');
  } else if (peers.length === 0 && compared && owners.length < 2) {
    const group = workspace.groupLabel(uri);
    // Stryker disable next-line StringLiteral: every article has a group
    parts.push(`No other article${group ? ` in *${escape(group)}*` : ''} gives this figure.`);
  }
  return parts.join('\n\n');
}

/** "exactly 64", "about 50 (45–55)", "between 12 and 15", "more than 50", as a reader would say it. */
export function reading(f: Figure): string {
  const n = (x: number) => (f.unit === 'fraction' ? `${Math.round(x * 1000) / 10}%` : x.toLocaleString('en-US'));
  const unit = f.unit && f.unit !== 'fraction' ? ` ${f.unit}` : '';
  if (!f.approximate && f.value !== null) return `exactly ${n(f.value)}${unit}`;
  if (f.min !== null && f.max !== null) return f.value !== null
    ? `approximately ${n(f.value)}${unit}, read as ${n(f.min)}–${n(f.max)}`
    : `between ${n(f.min)} and ${n(f.max)}${unit}`;
  if (f.min !== null) return `at least ${n(f.min)}${unit}`;
  if (f.max !== null) return `at most ${n(f.max)}${unit}`;
  // Stryker disable next-line StringLiteral: no figure reads with neither a value nor a bound
  return 'a quantity';
}

function factSection(workspace: Workspace, answer: FactAnswer): string {
  const ref = answer.ref;
  const fact = ref.fact;
  const value = fact.value !== null ? fact.value.toLocaleString('en-US') : `${fact.min.toLocaleString('en-US')}–${fact.max.toLocaleString('en-US')}`;
  const verdict = answer.agrees ? '✓ agrees' : answer.settles ? '✗ differs' : '✗ differs (the fact is for another day)';
  const lines = [
    `**Fact base** · ${openLink(workspace, escape(fact.label), ref.doc, fact.valueSpan)}: **${value}**` +
      `${fact.period ? ` for ${escape(fact.period.label)}` : fact.asOf ? ` as of ${formatDay(fact.asOf)}` : ''} · ${fact.status} · ${verdict}`,
  ];
  if (answer.settles) lines.push('_The fact base decides this figure: it is not compared with the other articles._');
  if (fact.sources.length > 0) {
    lines.push('Sources: ' + fact.sources.map((s) => `${s.url ? webLink(escape(s.title), s.url) : escape(s.title)}${s.date ? ` (${formatDay(s.date)})` : ''}`).join('; '));
  }
  return lines.join('  \n');
}

function reviewsSection(workspace: Workspace, reviews: readonly ReviewRef[]): string {
  const rows = reviews.map((r) => {
    const when = r.review.date ? ` on ${formatDay(r.review.date)}` : '';
    return `- ${openLink(workspace, `Reviewed${when}`, r.doc, r.review.span)}: ${paragraph(r.review.note || 'no note')}`;
  });
  return `**Reviewed by the desk**\n\n${rows.join('\n')}`;
}

function peersSection(workspace: Workspace, peers: readonly PeerClaim[]): string {
  const rows = peers.map((p) => {
    const c = p.comparison;
    const why = 'reason' in c && c.reason ? `: ${escape(c.reason)}` : c.verdict === 'conflict' && c.timeline ? ' (the figure went back and forth)'
      : c.verdict === 'reviewed' && c.review.review.note ? `: ${escape(c.review.review.note)}` : '';
    const verdict = VERDICT[c.verdict] + why;
    return `- ${openLink(workspace, escape(p.label), p.doc, p.claim.figure)}: “${escape(p.claim.figure.text)}”${p.claim.asOf ? ` as of ${formatDay(p.claim.asOf)}` : ''} · ${verdict}`;
  });
  return `**Other articles on this event**\n\n${rows.join('\n')}`;
}

/** A day, or why there is none: a period ("last week", "2019") in a dated article, or no article date. */
function dateHover(date: DateMention, articleDated: boolean): string {
  const day = date.date ? formatDay(date.date) : articleDated ? 'a period, not a single day' : 'not resolved: the article has no date';
  return `**${escape(date.text)}** · date · ${day}`;
}

function entityHover(workspace: Workspace, { entity, entry }: LinkedEntity): string {
  if (!entry) return `**${escape(entity.text)}** · ${ENTITY_LABEL[entity.type]} · not in the fact base`;
  const parts = [`**${escape(entry.name)}** · ${ENTITY_LABEL[entry.type]} · in the fact base`];
  if (entry.aliases.length > 0) parts.push(`Also: ${entry.aliases.map(escape).join(', ')}`);
  if (entry.description) parts.push(paragraph(entry.description));
  if (entry.links.length > 0) parts.push(entry.links.map((l) => webLink(escape(l), l)).join(' · '));
  const at = workspace.factEntityLocation(entry);
  if (at) parts.push(openLink(workspace, 'Open in the fact base', at, entry.span));
  return parts.join('\n\n');
}

/** A link that reveals `span` of document `uri` in the editor. */
function openLink(workspace: Workspace, text: string, uri: string, span: Span): string {
  const lines = workspace.lines(uri);
  const p = lines ? lines.position(span.start) : { line: 0, character: 0 };
  return commandLink(text, OPEN_LOCATION_COMMAND, [uri, p.line, p.character]);
}

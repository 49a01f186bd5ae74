import type { Finding } from '../types';
import type { EventGroup, Rule, SeverityOverrides } from './model';
import { crossDocument } from './rules/crossDocument';
import { facts } from './rules/facts';
import { internal } from './rules/internal';
import { sums } from './rules/sums';
import { silences } from '../text/markers';

/** The rules, each independent of the others. */
export const RULES: readonly Rule[] = [crossDocument, facts, sums, internal];

/**
 * Findings for one event group, with severities overridden (or turned off) as configured, and
 * without those the desk silenced in the copy (`<!-- newslens-ignore … -->` on their line).
 */
export function checkGroup(group: EventGroup, overrides: SeverityOverrides = {}): Finding[] {
  const markers = new Map(group.articles.filter((a) => a.analysis.markers.length > 0).map((a) => [a.doc, a.analysis.markers]));
  const findings: Finding[] = [];
  for (const rule of RULES) {
    for (const f of rule(group)) {
      if (markers.get(f.doc)?.some((m) => silences(m, f.code, f.start))) continue;
      const shown = withSeverity(f, overrides);
      if (shown) findings.push(shown);
    }
  }
  return findings;
}

/** A finding at its configured severity, or undefined when its code is turned off. */
export function withSeverity(f: Finding, overrides: SeverityOverrides): Finding | undefined {
  const severity = overrides[f.code] ?? f.severity;
  if (severity === 'off') return undefined;
  return severity === f.severity ? f : { ...f, severity };
}

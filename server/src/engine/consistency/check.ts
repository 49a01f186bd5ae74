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
      const severity = overrides[f.code] ?? f.severity;
      if (severity === 'off' || markers.get(f.doc)?.some((m) => silences(m, f.code, f.start))) continue;
      findings.push(severity === f.severity ? f : { ...f, severity });
    }
  }
  return findings;
}

import type { Finding } from '../types';
import type { EventGroup, Rule, SeverityOverrides } from './model';
import { crossDocument } from './rules/crossDocument';
import { facts } from './rules/facts';
import { internal } from './rules/internal';
import { sums } from './rules/sums';

/** The rules, each independent of the others. */
export const RULES: readonly Rule[] = [crossDocument, facts, sums, internal];

/** Findings for one event group, with severities overridden (or turned off) as configured. */
export function checkGroup(group: EventGroup, overrides: SeverityOverrides = {}): Finding[] {
  const findings: Finding[] = [];
  for (const rule of RULES) {
    for (const f of rule(group)) {
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

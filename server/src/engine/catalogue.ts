/**
 * The rule catalogue: every finding code News Lens reports, with its default severity, what it
 * means, and its documentation. The one place these are written: the rules take their default
 * severities from here, the extension the findings documentation it opens from a diagnostic's
 * code, the CLI its SARIF `rules` and their help; package.json's `newslens.severity` schema, the
 * README's findings table and docs/findings.md are generated from it (`npm run catalogue`), and a
 * test fails when they drift.
 */

export type Severity = 'error' | 'warning' | 'information' | 'hint';

interface RuleEntry {
  readonly code: string;
  readonly defaultSeverity: Severity;
  /** One sentence: the SARIF short description and the severity setting's description. */
  readonly title: string;
  /** When it is reported, in full: the README table, the SARIF full description, the docs. */
  readonly description: string;
}

const ENTRIES = [
  {
    code: 'cross-doc-mismatch',
    defaultSeverity: 'warning',
    title: 'Articles about one event give different values for one quantity on the same day.',
    description: 'two articles about one event give incompatible values for one quantity on the same day, and share no value for it, ' +
      'or a value comes back after it was superseded (the message gives the timeline); each place links to the others (an article ' +
      'that also gives the other\'s value contradicts itself instead: `internal-mismatch`); never for a quantity the fact base settles',
  },
  {
    code: 'fact-mismatch',
    defaultSeverity: 'error',
    title: 'A figure contradicts the fact base.',
    description: 'a figure falls outside the fact base\'s value or range for the same day',
  },
  {
    code: 'sum-mismatch',
    defaultSeverity: 'warning',
    title: 'Parts add up to more than their stated whole.',
    description: 'parts add up to more than their stated whole ("86 people, including 57 Thais and 31 Vietnamese"; "49 of the 40")',
  },
  {
    code: 'internal-mismatch',
    defaultSeverity: 'warning',
    title: 'An article gives two different values for one quantity.',
    description: 'an article gives two incompatible values for one quantity on the same day',
  },
  {
    code: 'figure-update',
    defaultSeverity: 'information',
    title: 'A later article updates an earlier figure (information, not an error).',
    description: 'a later day\'s count differs from an earlier one: a developing story, not an error (a measure is about its period, ' +
      'so a quarter\'s revenue is never "updated" by a later day\'s report)',
  },
  {
    code: 'explained-difference',
    defaultSeverity: 'hint',
    title: 'Two figures differ for a reason the copy states, so they do not contradict each other (a hint).',
    description: 'two figures differ for a reason the copy states, so they do not contradict each other; the message says why ' +
      '("one toll counts the attacker, who died, and the other does not")',
  },
  {
    code: 'fact-base-error',
    defaultSeverity: 'error',
    title: 'The fact base file has a problem.',
    description: 'the fact base is malformed (located in the YAML file)',
  },
] as const satisfies readonly RuleEntry[];

export type FindingCode = (typeof ENTRIES)[number]['code'];

export interface RuleInfo extends RuleEntry {
  readonly code: FindingCode;
}

/** Every finding code, in the order the documentation lists them. */
export const RULE_CATALOGUE: readonly RuleInfo[] = ENTRIES;

export const FINDING_CODES: readonly FindingCode[] = RULE_CATALOGUE.map((r) => r.code);

export const DEFAULT_SEVERITY = Object.fromEntries(RULE_CATALOGUE.map((r) => [r.code, r.defaultSeverity])) as Record<FindingCode, Severity>;

/**
 * A rule's documentation in Markdown, without its heading: what it means, when it is reported and
 * how to change its severity. The findings documentation's section and the SARIF rule's help.
 */
export function ruleHelp(rule: RuleInfo): string {
  return `${rule.title}

Reported when ${rule.description}.

Default severity: **${rule.defaultSeverity}**. Change it per workspace or folder with the setting
\`"newslens.severity": { "${rule.code}": "hint" }\`, or for the whole desk in \`.newslens.yaml\`
(\`severity:\` then \`${rule.code}: hint\`); \`off\` hides it.
`;
}

/**
 * The findings documentation (docs/findings.md, and the page the extension opens when a
 * diagnostic's code is clicked): one section per code, headed by the code, so that the code is
 * its anchor.
 */
export function findingsDocumentation(): string {
  return `# News Lens findings

Every finding News Lens reports, in the Problems panel and in \`newslens check\`, has one of these
codes. Click the code of a finding in the Problems panel to open this page at its section.

${RULE_CATALOGUE.map((r) => `## ${r.code}\n\n${ruleHelp(r)}`).join('\n')}`;
}

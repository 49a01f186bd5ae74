/**
 * The rule catalogue: every finding code News Lens reports, with its default severity, what it
 * means and where it is documented. The one place these are written: the rules take their default
 * severities from here, the language server its diagnostics' documentation links, the CLI its
 * SARIF `rules`; package.json's `newslens.severity` schema, the README's findings table and
 * docs/findings.md are generated from it (`npm run catalogue`), and a test fails when they drift.
 */

export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** Where the findings are documented: docs/findings.md of the repository, one heading per code. */
export const FINDINGS_DOCS = 'https://example.invalid/news-lens/blob/main/docs/findings.md';

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
  /** The documentation of this code: its heading in docs/findings.md. */
  readonly docs: string;
}

/** Every finding code, in the order the documentation lists them. */
export const RULE_CATALOGUE: readonly RuleInfo[] = ENTRIES.map((e) => ({ ...e, docs: `${FINDINGS_DOCS}#${e.code}` }));

export const FINDING_CODES: readonly FindingCode[] = RULE_CATALOGUE.map((r) => r.code);

export const DEFAULT_SEVERITY = Object.fromEntries(RULE_CATALOGUE.map((r) => [r.code, r.defaultSeverity])) as Record<FindingCode, Severity>;

const BY_CODE = new Map(RULE_CATALOGUE.map((r) => [r.code, r]));

/** The catalogue entry of a code. */
export function ruleInfo(code: FindingCode): RuleInfo {
  return BY_CODE.get(code)!;
}

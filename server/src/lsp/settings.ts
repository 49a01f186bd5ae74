import type { SeverityOverrides } from '../engine';
import { DEFAULT_ARTICLE_GLOBS, DEFAULT_FACT_BASE_GLOBS, DEFAULT_MAX_FILE_BYTES } from '../workspace/files';

/** The `newslens.*` settings, as the server uses them. */
export interface Settings {
  /** Language ids of open documents that are articles ("news"; add "markdown", "plaintext"). */
  readonly languages: readonly string[];
  /** Globs of article files on disk, relative to each workspace folder. */
  readonly files: readonly string[];
  readonly factBases: readonly string[];
  readonly severity: SeverityOverrides;
  readonly maxFileBytes: number;
}

export const DEFAULT_SETTINGS: Settings = {
  languages: ['news'],
  files: DEFAULT_ARTICLE_GLOBS,
  factBases: DEFAULT_FACT_BASE_GLOBS,
  severity: {},
  maxFileBytes: DEFAULT_MAX_FILE_BYTES,
};

const SEVERITIES = new Set(['error', 'warning', 'information', 'hint', 'off']);

/** Reads the client's answer for section `newslens`, keeping defaults for anything missing or malformed. */
export function readSettings(raw: unknown): Settings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const strings = (v: unknown, fallback: readonly string[]) =>
    Array.isArray(v) && v.every((s) => typeof s === 'string') ? (v as string[]) : fallback;
  const severity: Record<string, string> = {};
  // Stryker disable next-line LogicalOperator,ConditionalExpression: a string or number has no entries that name a known level either
  if (r.severity && typeof r.severity === 'object') {
    for (const [code, level] of Object.entries(r.severity as Record<string, unknown>)) {
      if (typeof level === 'string' && SEVERITIES.has(level)) severity[code] = level;
    }
  }
  const maxKb = typeof r.maxFileSizeKb === 'number' && r.maxFileSizeKb > 0 ? r.maxFileSizeKb : DEFAULT_MAX_FILE_BYTES / 1024;
  return {
    languages: strings(r.languages, DEFAULT_SETTINGS.languages),
    files: strings(r.files, DEFAULT_SETTINGS.files),
    factBases: strings(r.factBases, DEFAULT_SETTINGS.factBases),
    severity: severity as SeverityOverrides,
    maxFileBytes: maxKb * 1024,
  };
}

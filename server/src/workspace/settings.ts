import { isMap, parseDocument } from 'yaml';
import { FINDING_CODES, type FindingCode, type SeverityOverrides } from '../engine';
import { DESK_SETTINGS_FILE, type SERVER_SETTINGS } from '../protocol';

/**
 * News Lens's settings and where they come from. Three layers, each later one winning key by key
 * (a severity code by code): the defaults; the desk's `.newslens.yaml` at the root of a workspace
 * folder (shared through git, read by the editor and by `newslens check` alike); and what the
 * user set in the editor (user, workspace or folder settings, as the editor layers them). Pure:
 * callers read the files.
 */
export interface Settings {
  /** Language ids of open documents that are articles ("news"; add "markdown", "plaintext"). */
  readonly languages: readonly string[];
  /** Globs of article files, relative to the workspace folder. */
  readonly files: readonly string[];
  readonly factBases: readonly string[];
  /** Globs of files that are never articles or fact bases, open or not. */
  readonly exclude: readonly string[];
  readonly severity: SeverityOverrides;
  readonly maxFileBytes: number;
}

/** The desk's settings file, at the root of a workspace folder (or the directory `newslens check` runs in). */
export { DESK_SETTINGS_FILE } from '../protocol';

export const DEFAULT_ARTICLE_GLOBS = ['**/*.news', '**/*.article'];
export const DEFAULT_FACT_BASE_GLOBS = ['**/*.facts.yaml', '**/*.facts.yml'];
/** Files that are never articles, even where Markdown or plain text is analysed. */
export const DEFAULT_EXCLUDE = ['**/README.md', '**/CHANGELOG.md', '**/CONTRIBUTING.md', '**/LICENSE*'];
export const DEFAULT_MAX_FILE_BYTES = 2 * 1024 * 1024;

export const DEFAULT_SETTINGS: Settings = {
  languages: ['news'],
  files: DEFAULT_ARTICLE_GLOBS,
  factBases: DEFAULT_FACT_BASE_GLOBS,
  exclude: DEFAULT_EXCLUDE,
  severity: {},
  maxFileBytes: DEFAULT_MAX_FILE_BYTES,
};

/** What one layer sets, under the settings' names (`maxFileSizeKb` in KB, as the user writes it). */
export interface SettingsLayer {
  languages?: string[];
  files?: string[];
  factBases?: string[];
  exclude?: string[];
  severity?: SeverityOverrides;
  /** Codes not reported (`newslens.ignore`): the same as `off` in `severity`, as a list the desk reads at a glance. */
  ignore?: FindingCode[];
  maxFileSizeKb?: number;
}

const LEVELS = new Set(['error', 'warning', 'information', 'hint', 'off']);
const CODES = new Set<string>(FINDING_CODES);

type Check = (value: unknown) => { value: unknown } | { problem: string };

const strings: Check = (v) => Array.isArray(v) && v.every((s) => typeof s === 'string') ? { value: v } : { problem: 'a list of strings' };

/** How each key is checked: the value, or what it should have been. */
const CHECKS: Record<(typeof SERVER_SETTINGS)[number], Check> = {
  languages: strings,
  files: strings,
  factBases: strings,
  exclude: strings,
  ignore: (v) => Array.isArray(v) && v.every((c) => CODES.has(c)) ? { value: v } : { problem: `a list of finding codes (${FINDING_CODES.join(', ')})` },
  maxFileSizeKb: (v) => typeof v === 'number' && v > 0 ? { value: v } : { problem: 'a number of KB above 0' },
  severity: (v) => {
    if (!v || typeof v !== 'object' || Array.isArray(v)) return { problem: 'a map from finding codes to error, warning, information, hint or off' };
    for (const [code, level] of Object.entries(v)) {
      if (!CODES.has(code)) return { problem: `finding codes only (${FINDING_CODES.join(', ')}), not "${code}"` };
      if (typeof level !== 'string' || !LEVELS.has(level)) return { problem: `error, warning, information, hint or off for ${code}, not ${JSON.stringify(level)}` };
    }
    return { value: v };
  },
};

function checkKey(key: string, value: unknown): { key: keyof SettingsLayer; value: unknown } | { problem: string } {
  if (!(key in CHECKS)) return { problem: `unknown setting "${key}" (${Object.keys(CHECKS).join(', ')})` };
  const checked = CHECKS[key as keyof SettingsLayer](value);
  return 'problem' in checked ? { problem: `"${key}" must be ${checked.problem}` } : { key: key as keyof SettingsLayer, value: checked.value };
}

/**
 * The editor's settings (an object of `newslens.*` values without the prefix), keeping what is
 * well formed: a malformed value falls back to the layers below, as if unset.
 */
export function readSettingsLayer(raw: unknown): SettingsLayer {
  const layer: Record<string, unknown> = {};
  if (!raw || typeof raw !== 'object') return layer;
  for (const [key, value] of Object.entries(raw)) {
    const checked = checkKey(key, value);
    if ('key' in checked) layer[checked.key] = checked.value;
  }
  return layer;
}

/** A problem in the desk's settings file, located (UTF-16 offsets). */
export interface SettingsProblem {
  readonly start: number;
  readonly end: number;
  readonly message: string;
}

/** The desk's `.newslens.yaml`: what it sets, and its problems where they are (a bad key is left out, the others apply). */
export function parseDeskSettings(text: string): { layer: SettingsLayer; problems: SettingsProblem[] } {
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  const problems: SettingsProblem[] = doc.errors.map((e) => ({ start: e.pos[0], end: e.pos[1], message: e.message }));
  const layer: Record<string, unknown> = {};
  if (problems.length > 0 || doc.contents === null) return { layer, problems };
  if (!isMap(doc.contents)) {
    const [start, end] = doc.contents.range ?? [0, text.length];
    return { layer, problems: [{ start, end, message: `${DESK_SETTINGS_FILE} must be a map of settings (${Object.keys(CHECKS).join(', ')})` }] };
  }
  for (const pair of doc.contents.items) {
    const keyNode = pair.key as { range?: [number, number, number] } | null;
    const key = String((pair.key as { toJSON?: () => unknown })?.toJSON?.() ?? pair.key);
    const valueNode = pair.value as { range?: [number, number, number]; toJSON?: () => unknown } | null;
    const checked = checkKey(key, valueNode?.toJSON?.() ?? null);
    if ('key' in checked) {
      layer[checked.key] = checked.value;
    } else {
      const at = (key in CHECKS ? valueNode?.range : undefined) ?? keyNode?.range ?? [0, 0];
      problems.push({ start: at[0], end: at[1], message: checked.problem });
    }
  }
  return { layer, problems };
}

/**
 * The settings in force: the defaults, then each layer in turn (later wins; severities code by code,
 * a layer's `ignore` over its own `severity`).
 */
export function layered(...layers: readonly SettingsLayer[]): Settings {
  let s: Settings = DEFAULT_SETTINGS;
  for (const l of layers) {
    s = {
      languages: l.languages ?? s.languages,
      files: l.files ?? s.files,
      factBases: l.factBases ?? s.factBases,
      exclude: l.exclude ?? s.exclude,
      severity: { ...s.severity, ...l.severity, ...Object.fromEntries((l.ignore ?? []).map((code) => [code, 'off' as const])) },
      maxFileBytes: l.maxFileSizeKb !== undefined ? l.maxFileSizeKb * 1024 : s.maxFileBytes,
    };
  }
  return s;
}

import * as vscode from 'vscode';
import type { DocumentSelector } from 'vscode-languageclient';
import { DESK_SETTINGS_FILE, SERVER_SETTINGS } from '../../server/src/protocol';

const SECTION = 'newslens';

/**
 * The `newslens.*` settings the user set for a scope (user, workspace or folder level, as VS Code
 * layers them; objects merged), without the defaults: the server layers them over the desk's
 * `.newslens.yaml`, which a default must not hide. The answer to `workspace/configuration`.
 */
export function explicitSettings(scope: vscode.Uri | undefined): Record<string, unknown> {
  const config = vscode.workspace.getConfiguration(SECTION, scope);
  const out: Record<string, unknown> = {};
  for (const key of SERVER_SETTINGS) {
    const i = config.inspect(key);
    const set = [i?.globalValue, i?.workspaceValue, i?.workspaceFolderValue].filter((v) => v !== undefined);
    if (set.length === 0) continue;
    out[key] = set.every(isPlainObject) ? Object.assign({}, ...set) : set[set.length - 1];
  }
  return out;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Languages that may hold articles wherever a folder's settings (or its `.newslens.yaml`) turn them on. */
const PROSE_LANGUAGES = ['news', 'markdown', 'plaintext'];

/**
 * What the client hands the server: documents of the prose languages and of any language a scope
 * names, and files matching any scope's globs. The server decides per folder what each one is; the
 * client is restarted only when this union changes.
 */
export interface Selection {
  readonly documentSelector: DocumentSelector;
  readonly watched: readonly string[];
  /** Equal selections have equal keys. */
  readonly key: string;
}

export function currentSelection(): Selection {
  const scopes = [undefined, ...(vscode.workspace.workspaceFolders ?? []).map((f) => f.uri)];
  const languages = new Set(PROSE_LANGUAGES);
  const globs = new Set(['**/*.facts.yaml', '**/*.facts.yml', '**/*.md', '**/*.txt', `**/${DESK_SETTINGS_FILE}`]);
  for (const scope of scopes) {
    const config = vscode.workspace.getConfiguration(SECTION, scope);
    for (const l of config.get<string[]>('languages', [])) languages.add(l);
    for (const g of [...config.get<string[]>('files', []), ...config.get<string[]>('factBases', [])]) globs.add(g);
  }
  const sortedLanguages = [...languages].sort();
  const watched = [...globs].sort();
  return {
    documentSelector: [
      ...sortedLanguages.map((language) => ({ language })),
      ...watched.filter((g) => !g.endsWith(DESK_SETTINGS_FILE)).map((pattern) => ({ pattern })),
    ],
    watched,
    key: JSON.stringify([sortedLanguages, watched]),
  };
}

import type { Connection, Diagnostic } from 'vscode-languageserver';
import { DiagnosticSeverity } from 'vscode-languageserver';
import { LineIndex } from '../engine';
import { DESK_SETTINGS_FILE, layered, parseDeskSettings, readSettingsLayer, type Settings, type SettingsLayer } from '../workspace/settings';
import type { Folder, Platform } from './platform';
import { toRange } from './positions';
import { SOURCE } from './diagnostics';

/** Code of the diagnostics in a desk's `.newslens.yaml`. */
export const SETTINGS_PROBLEM = 'settings-error';

/**
 * The settings in force in each workspace folder: the defaults, the folder's `.newslens.yaml`,
 * then what the editor answers for the folder (`workspace/configuration` with its `scopeUri`).
 * Problems in a `.newslens.yaml` are published on it, located.
 */
export class FolderSettings {
  private current: Folder[] = [];
  private outsideFolders: Settings = layered();
  private published = new Set<string>();

  constructor(private readonly connection: Connection, private readonly platform: Platform) {}

  get folders(): readonly Folder[] {
    return this.current;
  }

  /** The settings of documents outside every folder (the editor's, without a scope). */
  get outside(): Settings {
    return this.outsideFolders;
  }

  setFolders(uris: readonly string[]): void {
    const known = new Map(this.current.map((f) => [f.uri, f]));
    this.current = [...new Set(uris)].map((uri) => known.get(uri) ?? { uri, settings: layered() });
  }

  isDeskSettingsFile(uri: string): boolean {
    return this.current.some((f) => deskFile(f.uri) === uri);
  }

  /**
   * Reads every folder's `.newslens.yaml` and asks the editor (when it can be asked) for each
   * folder's settings. Returns whether any settings in force changed.
   */
  async load(askEditor: boolean): Promise<boolean> {
    const before = this.signature();
    const scopes = [undefined, ...this.current.map((f) => f.uri)];
    let answers: unknown[] = scopes.map(() => undefined);
    if (askEditor) {
      try {
        answers = await this.connection.workspace.getConfiguration(scopes.map((scopeUri) => ({ section: 'newslens', scopeUri })));
      } catch (err) {
        this.connection.console.info(`News Lens: reading the newslens settings failed (${err instanceof Error ? err.message : String(err)}); going on with the defaults.`);
      }
    }
    const editor = answers.map((a) => readSettingsLayer(a));
    this.outsideFolders = layered(editor[0]);
    const published = new Set<string>();
    this.current = await Promise.all(this.current.map(async (folder, i) => {
      const desk = await this.readDesk(folder.uri);
      if (desk.diagnostics.length > 0 || this.published.has(desk.uri)) {
        void this.connection.sendDiagnostics({ uri: desk.uri, diagnostics: desk.diagnostics });
        if (desk.diagnostics.length > 0) published.add(desk.uri);
      }
      return { uri: folder.uri, settings: layered(desk.layer, editor[i + 1]) };
    }));
    this.published = published;
    return this.signature() !== before;
  }

  private signature(): string {
    return JSON.stringify([this.outsideFolders, this.current]);
  }

  private async readDesk(folder: string): Promise<{ uri: string; layer: SettingsLayer; diagnostics: Diagnostic[] }> {
    const uri = deskFile(folder);
    const text = await this.platform.readText(uri);
    if (text === undefined) return { uri, layer: {}, diagnostics: [] };
    const { layer, problems } = parseDeskSettings(text);
    const lines = new LineIndex(text);
    return {
      uri,
      layer,
      diagnostics: problems.map((p) => ({
        range: toRange(lines, p), severity: DiagnosticSeverity.Error, code: SETTINGS_PROBLEM, source: SOURCE,
        message: `${p.message}; News Lens ignores it and keeps the other settings.`,
      })),
    };
  }
}

/** The desk's settings file of a workspace folder. */
export function deskFile(folderUri: string): string {
  return `${folderUri.replace(/\/$/, '')}/${DESK_SETTINGS_FILE}`;
}

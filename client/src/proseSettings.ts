import * as vscode from 'vscode';
import type { FolderArticles } from '../../server/src/protocol';

/** Languages that News Lens's prose settings suit, and the file endings that make a glob select them. */
const PROSE_LANGUAGES: ReadonlyArray<{ id: string; name: string; endings: RegExp }> = [
  { id: 'markdown', name: 'Markdown', endings: /\.(md|markdown)\}?$/ },
  { id: 'plaintext', name: 'plain-text', endings: /\.txt\}?$/ },
];

const USE = 'Use Prose Settings';
const NOT_NOW = 'Not Now';

/**
 * The prose settings of `.news` files (package.json's `configurationDefaults`), for Markdown and
 * plain-text articles too, but only in the folders where News Lens analyses them: VS Code's defaults
 * cannot say "where", so News Lens asks once per folder and language, and writes them as that
 * folder's language-specific settings. Never in a folder that does not analyse the language.
 */
export class ProseSettings {
  constructor(private readonly context: vscode.ExtensionContext) {}

  /** The settings themselves, as package.json gives them to the news language. */
  get values(): Record<string, unknown> {
    const defaults = (this.context.extension.packageJSON as { contributes: { configurationDefaults: Record<string, Record<string, unknown>> } })
      .contributes.configurationDefaults['[news]'];
    return defaults;
  }

  /** The server's word on what each folder analyses: offers the settings where they are missing. */
  async offer(articles: FolderArticles): Promise<void> {
    for (const folder of articles.folders) {
      const uri = vscode.Uri.parse(folder.uri);
      const workspaceFolder = vscode.workspace.getWorkspaceFolder(uri);
      if (!workspaceFolder) continue;
      for (const language of PROSE_LANGUAGES) {
        const analysed = folder.languages.includes(language.id) || folder.files.some((g) => language.endings.test(g));
        if (!analysed || this.isApplied(uri, language.id) || this.declined(uri, language.id)) continue;
        const choice = await vscode.window.showInformationMessage(
          `News Lens checks ${language.name} articles in ${workspaceFolder.name}. Use prose settings for ${language.name} files there (word wrap, typographic quotes and dashes without warning boxes)?`,
          USE, NOT_NOW,
        );
        if (choice === USE) await this.apply(uri, language.id);
        else if (choice === NOT_NOW) await this.context.workspaceState.update(declinedKey(uri, language.id), true);
      }
    }
  }

  /** Writes the prose settings as `folder`'s settings for `languageId` (kept where the user set a key there already). */
  async apply(folder: vscode.Uri, languageId: string): Promise<void> {
    const config = vscode.workspace.getConfiguration(undefined, { uri: folder, languageId });
    for (const [key, value] of Object.entries(this.values)) {
      if (config.inspect(key)?.workspaceFolderLanguageValue !== undefined) continue;
      await config.update(key, value, vscode.ConfigurationTarget.WorkspaceFolder, true);
    }
  }

  private isApplied(folder: vscode.Uri, languageId: string): boolean {
    return vscode.workspace.getConfiguration('editor', { uri: folder, languageId }).inspect('wordWrap')?.workspaceFolderLanguageValue !== undefined;
  }

  private declined(folder: vscode.Uri, languageId: string): boolean {
    return this.context.workspaceState.get<boolean>(declinedKey(folder, languageId)) === true;
  }
}

function declinedKey(folder: vscode.Uri, languageId: string): string {
  return `newslens.prose.declined:${languageId}:${folder.toString()}`;
}

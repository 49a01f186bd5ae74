import { compileGlobs } from '../workspace/globs';
import { path } from '../workspace/paths';
import type { Settings } from '../workspace/settings';
import type { Folder } from './platform';

export type DocumentKind = 'article' | 'factBase' | 'other';

type Matchers = ReturnType<typeof compileGlobs>;

/**
 * Decides what a document is, by the settings of the workspace folder that holds it: a fact base
 * (by glob), an article (by language id, or by glob for files on disk), or something News Lens
 * leaves alone (excluded, or matched by nothing).
 */
export class DocumentKinds {
  private readonly matchers = new WeakMap<Settings, Matchers>();

  constructor(
    private readonly folders: () => readonly Folder[],
    /** The settings for documents outside every folder. */
    private readonly outside: () => Settings,
    private readonly toPath: (uri: string) => string,
  ) {}

  of(uri: string, languageId?: string): DocumentKind {
    const { settings, rel } = this.locate(uri);
    const { isArticle, isFactBase, isExcluded } = this.matchersOf(settings);
    if (isFactBase(rel)) return 'factBase';
    if (isArticle(rel)) return 'article';
    if (languageId !== undefined && settings.languages.includes(languageId) && !isExcluded(rel)) return 'article';
    return 'other';
  }

  /** The settings in force for a document (its folder's), by URI or by path. */
  settingsOf(uri: string): Settings {
    return this.locate(uri).settings;
  }

  settingsOfPath(file: string): Settings {
    return this.locatePath(file).settings;
  }

  private matchersOf(settings: Settings): Matchers {
    let m = this.matchers.get(settings);
    if (!m) this.matchers.set(settings, (m = compileGlobs({ articles: settings.files, factBases: settings.factBases, exclude: settings.exclude })));
    return m;
  }

  private locate(uri: string): { settings: Settings; rel: string } {
    return this.locatePath(this.toPath(uri));
  }

  /** The innermost folder holding `file`, and the path relative to it with `/` separators. */
  private locatePath(file: string): { settings: Settings; rel: string } {
    let best: { settings: Settings; rel: string; depth: number } | undefined;
    for (const folder of this.folders()) {
      const root = this.toPath(folder.uri);
      const rel = path.relative(root, file);
      if (rel.startsWith('..') || path.isAbsolute(rel)) continue;
      if (!best || root.length > best.depth) best = { settings: folder.settings, rel: rel.split(path.sep).join('/'), depth: root.length };
    }
    return best ?? { settings: this.outside(), rel: path.basename(file) };
  }
}

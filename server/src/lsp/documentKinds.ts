import * as path from 'node:path';
import picomatch from 'picomatch';
import type { Settings } from './settings';

export type DocumentKind = 'article' | 'factBase' | 'other';

/**
 * Decides what a document is: a fact base (by glob), an article (by language id, or by glob for
 * files on disk), or something News Lens leaves alone.
 */
export class DocumentKinds {
  private readonly isArticlePath: (rel: string) => boolean;
  private readonly isFactBasePath: (rel: string) => boolean;

  constructor(private readonly settings: Settings, private readonly folders: () => readonly string[]) {
    // Stryker disable next-line ObjectLiteral: `dot: false` is picomatch's default, said here for the reader
    this.isArticlePath = picomatch([...settings.files], { dot: false });
    // Stryker disable next-line ObjectLiteral: as above
    this.isFactBasePath = picomatch([...settings.factBases], { dot: false });
  }

  of(file: string, languageId?: string): DocumentKind {
    const rel = this.relative(file);
    if (this.isFactBasePath(rel)) return 'factBase';
    if (languageId !== undefined && this.settings.languages.includes(languageId)) return 'article';
    if (this.isArticlePath(rel)) return 'article';
    return 'other';
  }

  /** The path relative to the workspace folder holding it, with `/` separators. */
  private relative(file: string): string {
    for (const folder of this.folders()) {
      const rel = path.relative(folder, file);
      if (!rel.startsWith('..') && !path.isAbsolute(rel)) return rel.split(path.sep).join('/');
    }
    return path.basename(file);
  }
}

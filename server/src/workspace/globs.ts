import picomatch from 'picomatch';

export interface Globs {
  readonly articles: readonly string[];
  readonly factBases: readonly string[];
  /** Files that are neither, whatever the other globs say. */
  readonly exclude?: readonly string[];
}

/** Compiles glob lists once; matching is on paths relative to a root, with `/` separators. */
export function compileGlobs(globs: Globs): { isArticle: (rel: string) => boolean; isFactBase: (rel: string) => boolean; isExcluded: (rel: string) => boolean } {
  const articles = picomatch([...globs.articles], { dot: false });
  const factBases = picomatch([...globs.factBases], { dot: false });
  const excluded = globs.exclude && globs.exclude.length > 0 ? picomatch([...globs.exclude], { dot: true }) : () => false;
  return {
    isExcluded: excluded,
    isFactBase: (rel) => !excluded(rel) && factBases(rel),
    isArticle: (rel) => !excluded(rel) && !factBases(rel) && articles(rel),
  };
}

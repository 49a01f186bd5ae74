// A Stryker ignorer for sampled runs (see run.mjs): a sampled mutant's range also takes in the
// mutants nested inside it, which the sample did not pick. This ignores those (Stryker reports them
// as Ignored and runs no test for them), so a sample of N costs N mutants, not every statement of a
// removed block. The picked ranges come from the file NEWSLENS_MUTATION_SAMPLE names.
import * as fs from 'node:fs';
import { declareValuePlugin, PluginKind } from '@stryker-mutator/api/plugin';

let ranges;
const byFile = new Map();
/** The picked ranges of the file being instrumented (`{ file, start, end }`, file relative to the repo). */
const picked = (fileName) => {
  ranges ??= JSON.parse(fs.readFileSync(process.env.NEWSLENS_MUTATION_SAMPLE, 'utf8')).ranges;
  const name = String(fileName ?? '').split('\\').join('/');
  if (!byFile.has(name)) byFile.set(name, ranges.filter((r) => name === r.file || name.endsWith(`/${r.file}`)));
  return byFile.get(name);
};

const before = (a, b) => a.line < b.line || (a.line === b.line && a.column <= b.column);
const within = (outer, inner) => before(outer.start, inner.start) && before(inner.end, outer.end);
const same = (a, b) => within(a, b) && within(b, a);

export const strykerPlugins = [
  declareValuePlugin(PluginKind.Ignore, 'sample', {
    shouldIgnore(path) {
      const loc = path.node.loc;
      if (!loc || !process.env.NEWSLENS_MUTATION_SAMPLE) return undefined;
      const all = picked(path.hub?.file?.opts?.filename);
      // Nested in a picked mutant, but neither picked itself nor holding one that is.
      const nested = all.some((r) => within(r, loc)) && !all.some((r) => same(r, loc) || within(loc, r));
      return nested ? 'inside a sampled mutant, not sampled itself' : undefined;
    },
  }),
];

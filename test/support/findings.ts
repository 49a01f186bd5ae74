import * as path from 'node:path';
import { loadWorkspace } from '../../server/src/cli/loadWorkspace';
import { DEFAULT_ARTICLE_GLOBS, DEFAULT_FACT_BASE_GLOBS } from '../../server/src/workspace/files';
import type { Workspace } from '../../server/src/workspace/workspace';
import type { Location } from '../../server/src/engine';

/** `line:column-line:column`, 1-based, as the Problems panel and the CLI show a place. */
export function rangeOf(workspace: Workspace, place: Location): string {
  const lines = workspace.lines(place.doc)!;
  const at = (offset: number) => {
    const p = lines.position(offset);
    return `${p.line + 1}:${p.character + 1}`;
  };
  return `${at(place.start)}-${at(place.end)}`;
}

/** Every finding of a workspace as the Problems panel shows it, in the CLI's order. */
export function renderFindings(workspace: Workspace, root: string): unknown[] {
  const name = (doc: string) => path.relative(root, doc);
  const out = [];
  for (const findings of workspace.allFindings().values()) {
    for (const f of findings) {
      out.push({
        file: name(f.doc), range: rangeOf(workspace, f), figure: workspace.text(f.doc)!.slice(f.start, f.end),
        code: f.code, severity: f.severity, message: f.message,
        ...(f.related.length > 0 ? { related: f.related.map((r) => ({ file: name(r.doc), range: rangeOf(workspace, r), message: r.message })) } : {}),
      });
    }
  }
  const order = (x: { file: string; range: string; code: string }) => `${x.file} ${x.range.replace(/\d+/g, (n) => n.padStart(6, '0'))} ${x.code}`;
  return out.sort((a, b) => order(a).localeCompare(order(b)));
}

/** The findings of a story folder (articles, maybe a fact base), rendered as `renderFindings` does. */
export async function storyFindings(dir: string): Promise<unknown[]> {
  const { workspace } = await loadWorkspace([dir], { articles: DEFAULT_ARTICLE_GLOBS, factBases: DEFAULT_FACT_BASE_GLOBS });
  return renderFindings(workspace, dir);
}

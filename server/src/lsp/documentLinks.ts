import type { DocumentLink } from 'vscode-languageserver';
import type { Workspace } from '../workspace/workspace';
import { toRange } from './positions';
import { safeWebUrl } from './markdown';

/** The fact base's sources, entity links and article URLs as links (http(s) only). */
export function documentLinks(workspace: Workspace, uri: string): DocumentLink[] {
  const fb = workspace.factBase(uri);
  const lines = workspace.lines(uri);
  if (!fb || !lines) return [];
  return fb.links.flatMap((l) => {
    const target = safeWebUrl(l.url);
    const text = workspace.text(uri)!.slice(l.start, l.end);
    // The URL inside the value, without the quotes a YAML string may carry.
    const at = l.start + Math.max(0, text.indexOf(l.url));
    return target ? [{ range: toRange(lines, { start: at, end: at + l.url.length }), target, tooltip: 'Open the source' }] : [];
  });
}

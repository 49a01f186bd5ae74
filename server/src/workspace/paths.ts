import type * as NodePath from 'node:path';

declare const process: { versions?: { node?: string } } | undefined;

/**
 * Paths of documents: Node's own `path` where the server runs on Node (platform paths, as the
 * disk names files), its POSIX port in a browser's web worker, where documents are URIs and their
 * paths always use `/`. The one place the workspace learns where it runs.
 */
export const path: typeof NodePath = typeof process !== 'undefined' && process?.versions?.node !== undefined
  ? require('node:path')
  : require('path-browserify');

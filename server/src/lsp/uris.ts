import type * as NodeUrl from 'node:url';

declare const process: { versions?: { node?: string } } | undefined;

/** Node's file URLs where the server runs on Node; none in a browser's web worker, whose documents are URIs. */
const url: typeof NodeUrl | undefined = typeof process !== 'undefined' && process?.versions?.node !== undefined ? require('node:url') : undefined;

/** The file-system path of a document URI; other schemes (untitled:) keep their URI as a path. */
export function uriToPath(uri: string): string {
  // Stryker disable next-line ConditionalExpression,StringLiteral: fileURLToPath throws for other schemes, and the catch below keeps the URI
  if (!uri.startsWith('file:')) return uri;
  try {
    return url ? url.fileURLToPath(uri) : decodeURIComponent(new URL(uri).pathname);
  } catch {
    return uri;
  }
}

export function pathToUri(file: string): string {
  return url ? url.pathToFileURL(file).toString() : `file://${encodeURI(file)}`;
}

import { fileURLToPath, pathToFileURL } from 'node:url';

/** The file-system path of a document URI; other schemes (untitled:) keep their URI as a path. */
export function uriToPath(uri: string): string {
  // Stryker disable next-line ConditionalExpression,StringLiteral: fileURLToPath throws for other schemes, and the catch below keeps the URI
  if (!uri.startsWith('file:')) return uri;
  try {
    return fileURLToPath(uri);
  } catch {
    return uri;
  }
}

export function pathToUri(file: string): string {
  return pathToFileURL(file).toString();
}

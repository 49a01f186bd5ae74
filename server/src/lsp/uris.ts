import { fileURLToPath, pathToFileURL } from 'node:url';

/** The file-system path of a document URI; other schemes (untitled:) keep their URI as a path. */
export function uriToPath(uri: string): string {
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

import type { Connection } from 'vscode-languageserver';
import { FINDING_CODES, type FindingCode } from '../engine';
import type { IgnoredCodes } from '../workspace/workspace';
import { pathToUri } from './uris';
import { IGNORE_SETTING } from '../protocol';

/**
 * The `newslens.ignore` setting of each workspace folder (a resource setting: each folder of a
 * multi-root workspace may ignore other codes). A folder whose answer fails or is malformed ignores
 * nothing.
 */
export async function readIgnoredCodes(connection: Connection, folders: readonly string[]): Promise<IgnoredCodes[]> {
  const answers = await Promise.all(folders.map((folder) =>
    connection.workspace.getConfiguration({ scopeUri: pathToUri(folder), section: 'newslens' }).then((c: unknown) => c, () => undefined)));
  return folders.flatMap((folder, i) => {
    const value = (answers[i] as Record<string, unknown> | undefined)?.[IGNORE_SETTING];
    const codes = Array.isArray(value) ? value.filter((c): c is FindingCode => FINDING_CODES.includes(c as FindingCode)) : [];
    return codes.length > 0 ? [{ folder, codes }] : [];
  });
}

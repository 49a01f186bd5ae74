import { path } from './paths';
import { findDatelineDate, type IsoDate } from '../engine';

/** The date a file's name carries ("2026-03-05-raid.news"), used when the text has none. */
export function fileNameDate(file: string): IsoDate | undefined {
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(path.basename(file));
  return m ? findDatelineDate(m[1]) : undefined;
}

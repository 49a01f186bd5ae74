/**
 * File contents as text, whoever read the bytes (the disk on Node, the editor's file system in a
 * browser): articles must be UTF-8 text within the size limit; fact bases are decoded leniently,
 * so the engine can point at what is wrong in them.
 */

export type ReadResult = { readonly text: string } | { readonly skipped: string; readonly error: boolean };

// Both drop a leading byte-order mark (ignoreBOM is false), so positions count from the text proper.
const UTF8 = new TextDecoder('utf-8', { fatal: true });
const LENIENT_UTF8 = new TextDecoder('utf-8');

/** Decodes a file's bytes as an article, or says why it is skipped (binary, not UTF-8, too large). */
export function decodeArticle(bytes: Uint8Array, maxBytes: number): ReadResult {
  if (bytes.length > maxBytes) return tooLarge(maxBytes);
  const probe = bytes.subarray(0, 8192);
  if (probe.includes(0)) return { skipped: 'binary file', error: false };
  try {
    return { text: UTF8.decode(bytes) };
  } catch {
    return { skipped: 'not valid UTF-8', error: false };
  }
}

/** A fact base's bytes as text (invalid sequences replaced: the loader reports what it cannot read). */
export function decodeFactBase(bytes: Uint8Array): ReadResult {
  return { text: LENIENT_UTF8.decode(bytes) };
}

export function tooLarge(maxBytes: number): { skipped: string; error: boolean } {
  return { skipped: `larger than ${Math.round(maxBytes / 1024)} KB`, error: false };
}

/** The length of `text` in UTF-8 bytes, without encoding it. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c < 0xdc00 && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

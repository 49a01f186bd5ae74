/**
 * Markdown built from untrusted text: article words, file names and everything in a fact base.
 * Text is escaped so that it stays text; only http(s) URLs and our own command become links, and
 * link targets are percent-encoded so that no `)`, space or quote can end them early.
 */

/** Escapes the Markdown that text from articles could trigger inside a line. */
export function escape(s: string): string {
  return s.replace(/[\\`*_[\]<>|]/g, (c) => `\\${c}`);
}

/**
 * Text as one plain paragraph: line breaks and runs of space become one space, and what would
 * start a block (a heading, a list, a quote, a rule, a code fence) is escaped.
 */
export function paragraph(s: string): string {
  const flat = escape(s.replace(/\s+/g, ' ').trim());
  return flat.replace(/^([#>+\-=~]|\d+[.)])/, '\\$1');
}

/** `[text](target)` for an http(s) URL; anything else stays text. */
export function webLink(text: string, url: string): string {
  const target = safeWebUrl(url);
  return target ? `[${text}](${target})` : text;
}

/** A link that runs one of our commands with JSON arguments. */
export function commandLink(text: string, command: string, args: unknown[]): string {
  return `[${text}](command:${command}?${strictEncode(JSON.stringify(args))})`;
}

/** The URL, normalized and encoded, if it is http(s); never `javascript:`, `command:`, `file:` or a data image. */
export function safeWebUrl(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
  // URL.href encodes spaces, quotes and angle brackets; parentheses and the rest would end a Markdown link.
  return parsed.href.replace(/[()'*!\\[\]]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** encodeURIComponent, and the characters it leaves that mean something in a Markdown link. */
function strictEncode(s: string): string {
  return encodeURIComponent(s).replace(/[()'*!~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

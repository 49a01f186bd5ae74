import { path } from './paths';
import picomatch from 'picomatch';
import type { FactEvent } from '../engine';

/** A fact-base event and the file that defines it, with its document globs compiled. */
export interface EventDefinition {
  readonly factBase: string;
  readonly event: FactEvent;
  readonly matches: (docPath: string) => boolean;
}

export function defineEvent(factBasePath: string, event: FactEvent): EventDefinition {
  const base = path.dirname(factBasePath);
  const matchers = event.documents.map((glob) => picomatch(glob, { dot: false, basename: !glob.includes('/') }));
  return {
    factBase: factBasePath,
    event,
    matches: (docPath) => {
      const rel = path.relative(base, docPath);
      if (rel.startsWith('..') || path.isAbsolute(rel)) return false;
      const posix = rel.split(path.sep).join('/');
      return matchers.some((m) => m(posix));
    },
  };
}

/**
 * Which event an article belongs to: the event its front matter names, else the first fact-base
 * event whose `documents` globs match it, else its folder (a desk keeps one story together).
 */
export function groupKeyOf(docPath: string, frontMatterEvent: string | undefined, events: readonly EventDefinition[]): string {
  if (frontMatterEvent !== undefined) {
    const named = events.find((e) => e.event.id === frontMatterEvent);
    return named ? eventKey(named) : `event:${frontMatterEvent}`;
  }
  const matched = events.find((e) => e.matches(docPath));
  return matched ? eventKey(matched) : `folder:${path.dirname(docPath)}`;
}

export function eventKey(e: EventDefinition): string {
  return `event:${e.event.id}`;
}

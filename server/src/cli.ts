#!/usr/bin/env node
/**
 * `newslens`: the News Lens engine on the command line, for CI and scripts.
 *   newslens check [paths…] [--format text|json|sarif] [--include GLOB]… [--fail-on error|warning|none]
 *   newslens extract [paths…] [--format jsonl] [--include GLOB]…
 * Exit codes: 0 clean, 1 findings at or above --fail-on (default: error), 2 usage or input error.
 */
import * as path from 'node:path';
import * as fs from 'node:fs';
import { parseArgs } from 'node:util';
import { CLI_WORKER_SCRIPT, loadWorkspace } from './cli/loadWorkspace';
import { formatSarif, formatText, toPrinted, type PrintedFinding } from './cli/formats';
import { DEFAULT_ARTICLE_GLOBS, DEFAULT_FACT_BASE_GLOBS } from './workspace/files';
import type { Finding, Severity } from './engine';

const VERSION = '0.1.0';
const USAGE = `Usage:
  newslens check [paths...] [--format text|json|sarif] [--include GLOB]... [--fail-on error|warning|none]
  newslens extract [paths...] [--format jsonl] [--include GLOB]...
Folders are walked for ${DEFAULT_ARTICLE_GLOBS.join(', ')} (add patterns with --include) and fact bases (${DEFAULT_FACT_BASE_GLOBS.join(', ')}).`;

class UsageError extends Error {}

const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, information: 1, hint: 0 };

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      include: { type: 'string', multiple: true },
      'fail-on': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean' },
    },
  });
  if (values.version) {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const [command, ...paths] = positionals;
  if (values.help || command === undefined) {
    process.stdout.write(`${USAGE}\n`);
    return values.help ? 0 : 2;
  }
  const roots = paths.length > 0 ? paths : ['.'];
  for (const root of roots) if (!fs.existsSync(root)) throw new UsageError(`no such file or folder: ${root}`);
  const globs = { articles: [...DEFAULT_ARTICLE_GLOBS, ...(values.include ?? [])], factBases: DEFAULT_FACT_BASE_GLOBS };
  const display = (file: string) => path.relative(process.cwd(), file) || file;

  if (command === 'extract') {
    const format = values.format ?? 'jsonl';
    if (format !== 'jsonl') throw new UsageError(`extract supports --format jsonl, not ${format}`);
    const loaded = await loadWorkspace(roots, globs, { workerScript: CLI_WORKER_SCRIPT });
    reportSkipped(loaded.skipped, display);
    for (const file of loaded.articles) {
      const analysis = loaded.workspace.analysis(file)!;
      const record = {
        file: display(file),
        entities: analysis.entities.map((e) => ({ type: e.type, start: e.start, end: e.end, text: e.text })),
        figures: analysis.claims.map((c) => ({
          start: c.figure.start, end: c.figure.end, text: c.figure.text, value: c.figure.value, exact: c.figure.exact, min: c.figure.min,
          max: c.figure.max, approximate: c.figure.approximate, unit: c.figure.unit, noun: c.noun, predicate: c.predicate,
          date: c.asOf,
        })),
      };
      process.stdout.write(JSON.stringify(record) + '\n');
    }
    return 0;
  }

  if (command === 'check') {
    const format = values.format ?? 'text';
    if (!['text', 'json', 'sarif'].includes(format)) throw new UsageError(`unknown --format ${format} (text, json or sarif)`);
    const failOn = values['fail-on'] ?? 'error';
    if (!['error', 'warning', 'none'].includes(failOn)) throw new UsageError(`unknown --fail-on ${failOn} (error, warning or none)`);
    const loaded = await loadWorkspace(roots, globs, { workerScript: CLI_WORKER_SCRIPT });
    reportSkipped(loaded.skipped, display);
    const { workspace } = loaded;
    const findings: Finding[] = [];
    for (const list of workspace.allFindings().values()) findings.push(...list);
    findings.sort((a, b) => display(a.doc).localeCompare(display(b.doc)) || a.start - b.start || a.code.localeCompare(b.code));
    const printed: PrintedFinding[] = findings.map((f) => toPrinted(f, (doc) => workspace.lines(doc), display));
    const count = (s: Severity) => findings.filter((f) => f.severity === s).length;
    const summary = `Checked ${plural(loaded.articles.length, 'article')} and ${plural(loaded.factBases.length, 'fact base')}: ` +
      `${plural(count('error'), 'error')}, ${plural(count('warning'), 'warning')}, ${count('information') + count('hint')} information.`;
    if (format === 'text') process.stdout.write(formatText(printed, summary));
    else if (format === 'json') process.stdout.write(JSON.stringify({ version: VERSION, articles: loaded.articles.map(display), factBases: loaded.factBases.map(display), findings: printed, summary }, null, 2) + '\n');
    else process.stdout.write(formatSarif(printed, VERSION));
    if (failOn === 'none') return 0;
    const threshold = SEVERITY_RANK[failOn as Severity];
    return findings.some((f) => SEVERITY_RANK[f.severity] >= threshold) ? 1 : 0;
  }
  throw new UsageError(`unknown command: ${command}`);
}

function reportSkipped(skipped: ReadonlyArray<{ file: string; reason: string }>, display: (f: string) => string): void {
  for (const s of skipped) process.stderr.write(`newslens: skipped ${display(s.file)}: ${s.reason}\n`);
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: Error & { code?: string }) => {
    const usage = err instanceof UsageError || err.code?.startsWith('ERR_PARSE_ARGS');
    process.stderr.write(`newslens: ${err.message.split('\n')[0]}${usage ? ' (see newslens --help)' : ''}\n`);
    process.exitCode = 2;
  },
);

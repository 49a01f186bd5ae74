#!/usr/bin/env node
/**
 * `newslens`: the News Lens engine on the command line, for CI and scripts.
 *   newslens check [paths…] [--format text|json|sarif] [--include GLOB]… [--fail-on error|warning|none] [--jobs N] [--config FILE]
 *   newslens extract [paths…] [--format jsonl] [--include GLOB]… [--jobs N] [--config FILE]
 * The desk's settings (files, factBases, exclude, severity, maxFileSizeKb) come from `.newslens.yaml`
 * in the current directory, or the file --config names.
 * A path of `-` or `/dev/stdin` reads one article from standard input.
 * Exit codes: 0 clean, 1 findings at or above --fail-on (default: error), 2 usage or input error
 * (also when a file or folder could not be read or analysed, or a file named here was skipped).
 */
import * as path from 'node:path';
import * as fs from 'node:fs';
import { parseArgs } from 'node:util';
import { isMainThread } from 'node:worker_threads';
import { CLI_WORKER_SCRIPT, isStdin, loadWorkspace, STDIN } from './cli/loadWorkspace';
import { formatSarif, formatText, printable, toPrinted, type PrintedFinding } from './cli/formats';
import { DEFAULT_ARTICLE_GLOBS, DEFAULT_FACT_BASE_GLOBS, type Skipped } from './workspace/files';
import { DESK_SETTINGS_FILE, layered, parseDeskSettings, type Settings } from './workspace/settings';
import { serveAnalysis } from './workspace/analysisWorker';
import { LineIndex, type Finding, type Severity } from './engine';
import { VERSION } from './protocol';

const USAGE = `Usage:
  newslens check [paths...] [--format text|json|sarif] [--include GLOB]... [--fail-on error|warning|none] [--jobs N] [--config FILE]
  newslens extract [paths...] [--format jsonl] [--include GLOB]... [--jobs N] [--config FILE]
Folders are walked for ${DEFAULT_ARTICLE_GLOBS.join(', ')} (add patterns with --include) and fact bases (${DEFAULT_FACT_BASE_GLOBS.join(', ')}),
or what the desk's ${DESK_SETTINGS_FILE} in the current directory (or --config FILE) sets.
A path of - (or /dev/stdin) reads one article from standard input. --jobs sets the worker threads
(default: one per core); the output is the same whatever it is.`;

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
      jobs: { type: 'string' },
      config: { type: 'string' },
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
  const threads = values.jobs === undefined ? undefined : Number(values.jobs);
  if (threads !== undefined && !(Number.isInteger(threads) && threads >= 1 && threads <= 64)) throw new UsageError(`--jobs takes a number of threads from 1 to 64, not ${values.jobs}`);
  const roots = paths.length > 0 ? paths : ['.'];
  for (const root of roots) checkRoot(root);
  const named = new Set(roots.filter((r) => !isStdin(r) && fs.statSync(r).isFile()).map((r) => path.resolve(r)));
  const desk = readDeskSettings(values.config);
  const settings = desk.settings;
  // Stryker disable next-line ArrayDeclaration: an extra glob in place of none matches no file
  const globs = { articles: [...settings.files, ...(values.include ?? [])], factBases: settings.factBases, exclude: settings.exclude };
  const loadOptions = { workerScript: CLI_WORKER_SCRIPT, threads, detail: 'claims' as const, severity: settings.severity, maxBytes: settings.maxFileBytes };
  const display = (file: string) => (file === STDIN ? file : path.relative(process.cwd(), file) || file);
  /** Input errors: unreadable files and folders, failed analyses, and skipped files named on the command line. */
  const inputErrors = (skipped: readonly Skipped[]) => !desk.ok || skipped.some((s) => s.error || named.has(s.file));

  if (command === 'extract') {
    const format = values.format ?? 'jsonl';
    if (format !== 'jsonl') throw new UsageError(`extract supports --format jsonl, not ${format}`);
    // Each record is written as its file is read, in path order, and not held afterwards.
    const loaded = await loadWorkspace(roots, globs, { ...loadOptions, onArticle: (file, analysis) => {
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
    } });
    reportSkipped(loaded.skipped, display);
    return inputErrors(loaded.skipped) ? 2 : 0;
  }

  if (command === 'check') {
    const format = values.format ?? 'text';
    if (!['text', 'json', 'sarif'].includes(format)) throw new UsageError(`unknown --format ${format} (text, json or sarif)`);
    const failOn = values['fail-on'] ?? 'error';
    if (!['error', 'warning', 'none'].includes(failOn)) throw new UsageError(`unknown --fail-on ${failOn} (error, warning or none)`);
    const loaded = await loadWorkspace(roots, globs, loadOptions);
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
    if (inputErrors(loaded.skipped)) return 2;
    // Stryker disable next-line ConditionalExpression,StringLiteral: 'none' has no rank, so no finding reaches it either way
    if (failOn === 'none') return 0;
    const threshold = SEVERITY_RANK[failOn as Severity];
    return findings.some((f) => SEVERITY_RANK[f.severity] >= threshold) ? 1 : 0;
  }
  throw new UsageError(`unknown command: ${command}`);
}

/** A path named on the command line must be a file, a folder or standard input: never a device or a FIFO. */
function checkRoot(root: string): void {
  if (isStdin(root)) return;
  let stat: fs.Stats;
  try {
    stat = fs.statSync(root);
  } catch {
    throw new UsageError(`no such file or folder: ${root}`);
  }
  if (!stat.isFile() && !stat.isDirectory()) throw new UsageError(`not a regular file or folder: ${root} (use - to read standard input)`);
}

/**
 * The desk's settings: `.newslens.yaml` in the current directory if there is one, or the file
 * --config names (which must exist). Its problems are printed, located; `ok` is false when it had any.
 */
function readDeskSettings(config: string | undefined): { settings: Settings; ok: boolean } {
  const file = config ?? DESK_SETTINGS_FILE;
  if (!fs.existsSync(file)) {
    if (config !== undefined) throw new UsageError(`no such settings file: ${config}`);
    return { settings: layered(), ok: true };
  }
  const text = fs.readFileSync(file, 'utf8');
  const { layer, problems } = parseDeskSettings(text);
  const lines = new LineIndex(text);
  for (const p of problems) {
    const at = lines.position(p.start);
    process.stderr.write(printable(`newslens: ${file}:${at.line + 1}:${at.character + 1}: ${p.message} (ignored)`) + '\n');
  }
  return { settings: layered(layer), ok: problems.length === 0 };
}

function reportSkipped(skipped: readonly Skipped[], display: (f: string) => string): void {
  for (const s of skipped) process.stderr.write(printable(`newslens: ${s.error ? 'could not read' : 'skipped'} ${display(s.file)}: ${s.reason}`) + '\n');
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

// The bundle is also its own worker script: in a worker thread it analyses, it does not run a command.
if (isMainThread) runCli();
else serveAnalysis();

function runCli(): void {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err: Error & { code?: string }) => {
      const usage = err instanceof UsageError || err.code?.startsWith('ERR_PARSE_ARGS');
      process.stderr.write(`${printable(`newslens: ${err.message.split('\n')[0]}${usage ? ' (see newslens --help)' : ''}`)}\n`);
      process.exitCode = 2;
    },
  );
}

// Mutation testing with StrykerJS, one folder at a time, incremental: `npm run mutation [-- folder…]`.
//   npm run mutation                      every folder (a first run takes hours; re-runs minutes)
//   npm run mutation -- engine/text lsp   some folders (a prefix picks several: `engine`)
//   npm run mutation -- --force cli       forget the incremental results of cli and run it afresh
//   npm run mutation -- --concurrency 2   more test runners (the default, 1, leaves cores to others)
//   npm run mutation -- --scores          only print the table from the reports already there
//   npm run mutation -- --survivors lsp   list the mutants that survived in a folder
//   npm run mutation -- lsp --mutate server/src/lsp/settings.ts   a sample: only these files
//                                         of the folder (as often as given; the report then
//                                         holds the sample only); a range
//                                         (--mutate server/src/lsp/hover.ts:33:6-33:25, as Stryker
//                                         takes them) picks the mutants at that place only
//   npm run mutation -- --sample 60 engine   a seeded random sample of 60 mutants per folder
//                                         (--seed S, default 1; a folder with fewer runs whole)
//   npm run mutation -- --sample 30 --seed 43 --draw lsp   print the sample only, run nothing
// Sampling mutants: the instrumenter lists every mutant of the folder (no tests run), a seeded
// shuffle orders them, and the sample is the first N in that order that the type checker accepts
// (Stryker's own checker, one mutant at a time: a second or two of CPU each, against minutes of
// tests, and the run then checks them no second time),
// so every one of the N counts. Each becomes a `file:line:col-line:col` range in Stryker's
// `mutate`. A range also takes in the mutants nested inside it (a removed block holds its
// statements' mutants): an ignorer (sampleIgnorer.mjs) leaves those out, so a sample of N costs N
// mutants and those at the very same places (run, not counted); the score counts only the N
// picked (the list is in sample.json next to the report), a simple random sample of the folder's
// mutants that compile.
// Reports: reports/mutation/<folder>/index.html (HTML), mutation.json (JSON, the mutation-testing
// report schema), stryker-incremental.json (what the next run reuses), and reports/mutation/scores.md.
//
// How mutants reach the code under test. Stryker instruments server/src and client/src in a
// sandbox copy, whose buildCommand compiles the tests (tsc → out/) and bundles the server, CLI and
// worker (esbuild → dist/) from the instrumented sources. In-process tests switch mutants through
// `globalThis.__stryker__`; the LSP and CLI tests start dist/server.js and dist/cli.js as child
// processes, which read the active mutant from `__STRYKER_ACTIVE_MUTANT__`: the root hook
// test/mutation/activeMutantEnv.ts puts it there before every test. Per-test coverage cannot see
// into child processes, so the folders whose code runs only there (lsp, cli, and workspace, whose
// worker threads and indexing the CLI tests drive) run with coverage analysis off: every mutant
// runs the folder's whole spec (with bail). Engine and client folders use per-test coverage.
// Incremental runs of those coverage-off folders reuse earlier survivors even when the tests have
// changed since (Stryker cannot tell which tests cover a mutant): after changing the tests, run
// them with --force, or their score is only a lower bound.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { execSync } from 'node:child_process';
import { Stryker } from '@stryker-mutator/core';
import { createInstrumenter } from '@stryker-mutator/instrumenter';
import { commonTokens } from '@stryker-mutator/api/plugin';
import { CheckStatus } from '@stryker-mutator/api/check';
// typed-inject is Stryker's own injector (a dependency of @stryker-mutator/core, pinned with it).
import { createInjector } from 'typed-inject';

const ENGINE = ['out/test/engine/**/*.test.js'];
// The linear-time test guards speed, not results, and takes minutes: no mutant run waits for it.
const WORKSPACE = ['out/test/workspace/**/!(linearTime).test.js'];
const CLI = ['out/test/cli/**/*.test.js'];
const LSP = ['out/test/lsp/**/*.test.js'];
const CLIENT = ['out/test/client/**/*.test.js'];

const engine = (sub, extra = []) => ({ name: `engine/${sub}`, mutate: [`server/src/engine/${sub}/**/*.ts`, ...extra], coverage: 'perTest', spec: ENGINE });

/** The folders measured, each with the tests that can kill its mutants. */
const GROUPS = [
  // The engine's own files (analyzeDocument.ts, types.ts, index.ts).
  { name: 'engine/root', mutate: ['server/src/engine/*.ts'], coverage: 'perTest', spec: ENGINE },
  engine('text'),
  engine('dates'),
  engine('factbase'),
  // The tagger's weights are generated (npm run train:ner): not mutated.
  engine('entities', ['!server/src/engine/entities/tagger/weights.ts']),
  engine('figures'),
  engine('claims'),
  engine('consistency'),
  engine('beats'),
  // Its own tests first: with coverage off every mutant runs the whole spec, up to the first failure.
  { name: 'workspace', mutate: ['server/src/workspace/**/*.ts'], coverage: 'off', spec: [...WORKSPACE, ...CLI, ...ENGINE] },
  { name: 'cli', mutate: ['server/src/cli.ts', 'server/src/cli/**/*.ts'], coverage: 'off', spec: CLI },
  { name: 'lsp', mutate: ['server/src/lsp/**/*.ts', 'server/src/node.ts'], coverage: 'off', spec: LSP },
  { name: 'client', mutate: ['client/src/**/*.ts'], coverage: 'perTest', spec: CLIENT },
];

const REPORTS = 'reports/mutation';
const reportDir = (group) => path.join(REPORTS, group.name);

function options(group, { force, concurrency, only, sampled }) {
  return {
    mutate: only.length > 0 ? only : group.mutate,
    ...(sampled ? { appendPlugins: [path.resolve('test/mutation/sampleIgnorer.mjs')], ignorers: ['sample'] } : {}),
    testRunner: 'mocha',
    mochaOptions: { config: 'test/.mocharc.json', spec: group.spec, require: ['out/test/mutation/activeMutantEnv.js'] },
    coverageAnalysis: group.coverage,
    // A sample's picks have passed the type checker already (sampleMutants): the run checks them
    // no second time (the mutants at their very places, not counted, run unchecked).
    checkers: sampled === 'drawn' ? [] : ['typescript'],
    tsconfigFile: 'tsconfig.json',
    disableTypeChecks: '{server,client}/src/**/*.ts',
    // The sandbox folder is made private (0700); a CLI test runs the CLI as nobody (root reads any
    // folder), which must reach the sandbox's dist/. Stryker splits the command at spaces and runs
    // it without a shell, hence one space-free script.
    buildCommand: String.raw`node -e require('fs').chmodSync('.',0o755);require('child_process').execSync('npm\x20run\x20build',{stdio:'inherit'})`,
    // out/ stays in: Stryker reads the compiled test files there to tell which tests changed.
    // docs/ stays in: a CLI test checks docs/findings.md against the rule catalogue.
    ignorePatterns: ['/dist', '/reports', '/test-results', '/.ci', '*.vsix'],
    incremental: true,
    force,
    incrementalFile: path.join(reportDir(group), 'stryker-incremental.json'),
    reporters: ['html', 'json', 'progress-append-only'],
    htmlReporter: { fileName: path.join(reportDir(group), 'index.html') },
    jsonReporter: { fileName: path.join(reportDir(group), 'mutation.json') },
    concurrency,
    // The machine is shared: allow slow runs before calling a mutant a timeout.
    timeoutMS: 15000,
    dryRunTimeoutMinutes: 10,
    tempDirName: '.stryker-tmp',
  };
}

/** Where a mutated file's score is counted: engine/<subfolder>, engine/root, workspace, lsp, cli, client. */
function folderOf(file) {
  const rel = file.split(path.sep).join('/');
  const m = /^server\/src\/engine\/([^/]+)\//.exec(rel);
  if (m) return `engine/${m[1]}`;
  if (rel.startsWith('server/src/engine/')) return 'engine/root';
  if (rel.startsWith('server/src/workspace/')) return 'workspace';
  if (rel.startsWith('server/src/lsp/') || rel === 'server/src/node.ts') return 'lsp';
  if (rel.startsWith('server/src/cli')) return 'cli';
  if (rel.startsWith('client/src/')) return 'client';
  return 'other';
}

const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);

/**
 * Where reports are: one per folder, and `engine` for the engine's sampled folders run together
 * (one sandbox, one build and one dry run instead of nine).
 */
const REPORT_DIRS = [...GROUPS.map((g) => g.name), 'engine'];

/** Per-folder counts, each folder from the newest report that holds it. */
function tally() {
  const newest = new Map(); // folder → { time, statuses, measured }
  for (const dir of REPORT_DIRS) {
    const file = path.join(REPORTS, dir, 'mutation.json');
    if (!fs.existsSync(file)) continue;
    const time = fs.statSync(file).mtimeMs;
    const report = JSON.parse(fs.readFileSync(file, 'utf8'));
    const samples = readSample(dir)?.folders ?? {};
    const found = new Map();
    for (const [name, result] of Object.entries(report.files)) {
      const rel = path.relative(process.cwd(), path.resolve(name)).split(path.sep).join('/');
      const folder = folderOf(rel);
      const sample = samples[folder];
      const picked = sample?.mutants ? new Set(sample.mutants) : undefined;
      const entry = found.get(folder) ?? { time, statuses: [], measured: describeSample(sample) };
      for (const m of result.mutants) if (!picked || picked.has(reportKey(rel, m))) entry.statuses.push(m.status);
      found.set(folder, entry);
    }
    for (const [folder, entry] of found) if (!(newest.get(folder)?.time > time)) newest.set(folder, entry);
  }
  const rows = new Map();
  const measured = new Map();
  const add = (key, status) => {
    const row = rows.get(key) ?? { killed: 0, timeout: 0, survived: 0, noCoverage: 0, other: 0 };
    if (status === 'Killed') row.killed++;
    else if (status === 'Timeout') row.timeout++;
    else if (status === 'Survived') row.survived++;
    else if (status === 'NoCoverage') row.noCoverage++;
    else row.other++;
    rows.set(key, row);
  };
  for (const [folder, { statuses, measured: what }] of newest) {
    measured.set(folder, what);
    for (const status of statuses) {
      add(folder, status);
      if (folder.startsWith('engine')) add('engine (all)', status);
      if (DETECTED.has(status) || UNDETECTED.has(status)) add('all', status);
    }
  }
  return { rows, measured };
}

const describeSample = (sample) =>
  !sample || sample.whole
    ? 'whole folder'
    : sample.mutants
      ? `sample: ${sample.mutants.length} of ${sample.population} mutants (seed ${sample.seed}${sample.read ? `; ${sample.rejected} of the first ${sample.read} left out by the type checker` : ''})`
      : `sample: files ${sample.files.map((f) => path.basename(f)).join(', ')}`;

function scores() {
  const { rows, measured } = tally();
  const order = [...GROUPS.map((g) => g.name), 'engine (all)', 'all'];
  const lines = [
    '| folder | measured | mutants | killed | timeout | survived | no coverage | score | 95% interval |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const key of order) {
    const r = rows.get(key);
    if (!r) continue;
    const detected = r.killed + r.timeout;
    const total = detected + r.survived + r.noCoverage;
    const p = total === 0 ? 0 : detected / total;
    const score = total === 0 ? '–' : `${(100 * p).toFixed(1)}%`;
    const what = measured.get(key) ?? (key === 'all' || key === 'engine (all)' ? 'the rows above, pooled (samples unweighted)' : '');
    // Wilson's interval: honest for small samples and scores near 100%.
    const z = 1.96;
    const centre = (p + (z * z) / (2 * total)) / (1 + (z * z) / total);
    const half = (z * Math.sqrt((p * (1 - p)) / total + (z * z) / (4 * total * total))) / (1 + (z * z) / total);
    const interval = total === 0 || what === 'whole folder' ? '' : `${(100 * (centre - half)).toFixed(0)}–${(100 * (centre + half)).toFixed(0)}%`;
    lines.push(`| ${key} | ${what} | ${total} | ${r.killed} | ${r.timeout} | ${r.survived} | ${r.noCoverage} | ${score} | ${interval} |`);
  }
  const table = lines.join('\n') + '\n';
  fs.mkdirSync(REPORTS, { recursive: true });
  fs.writeFileSync(path.join(REPORTS, 'scores.md'), table);
  return table;
}

function survivors(names) {
  const wanted = (folder) => names.length === 0 || names.some((n) => folder === n || folder.startsWith(`${n}/`));
  for (const dir of REPORT_DIRS) {
    const file = path.join(REPORTS, dir, 'mutation.json');
    if (!fs.existsSync(file)) continue;
    const report = JSON.parse(fs.readFileSync(file, 'utf8'));
    for (const [name, result] of Object.entries(report.files)) {
      if (!wanted(folderOf(path.relative(process.cwd(), path.resolve(name))))) continue;
      const lines = result.source.split('\n');
      for (const m of result.mutants.filter((x) => UNDETECTED.has(x.status))) {
        const { start, end } = m.location;
        const original = start.line === end.line ? lines[start.line - 1].slice(start.column - 1, end.column - 1) : `${lines[start.line - 1].slice(start.column - 1)}…`;
        console.log(`${name}:${start.line}:${start.column} ${m.status} ${m.mutatorName}: ${original.trim().slice(0, 80)} → ${(m.replacement ?? '').replace(/\s+/g, ' ').slice(0, 80)}`);
      }
    }
  }
}

/** What a report measured, per folder: `{ folders: { [folder]: { whole } | { files } | { seed, population, mutants } } }`. */
const readSample = (dir) => {
  const file = path.join(REPORTS, dir, 'sample.json');
  return fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : undefined;
};
const writeSample = (dir, folders) => {
  fs.mkdirSync(path.join(REPORTS, dir), { recursive: true });
  fs.writeFileSync(path.join(REPORTS, dir, 'sample.json'), JSON.stringify({ folders }, null, 1) + '\n');
};

/** A mutant's name in the JSON report (1-based lines and columns), whatever listed it. */
const reportKey = (file, m) =>
  `${file}@${m.location.start.line}:${m.location.start.column}-${m.location.end.line}:${m.location.end.column} ${m.mutatorName} ${m.replacement}`;

/** A glob of the groups' kind (`*`, and `**` followed by a slash) as a regular expression. */
const globRegex = (glob) =>
  new RegExp(`^${glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*\*\//g, '\u0000').replace(/\*/g, '[^/]*').replace(/\u0000/g, '(?:.*/)?')}$`);
const matches = (file, glob) => globRegex(glob).test(file);

/** The files a group mutates, from its globs. */
function groupFiles(group) {
  const include = group.mutate.filter((g) => !g.startsWith('!'));
  const exclude = group.mutate.filter((g) => g.startsWith('!')).map((g) => g.slice(1));
  const sources = ['server/src', 'client/src'].flatMap((dir) => fs.readdirSync(dir, { recursive: true }).map((f) => `${dir}/${String(f).split(path.sep).join('/')}`));
  return sources.filter((f) => include.some((g) => matches(f, g)) && !exclude.some((g) => matches(f, g))).sort();
}

/** A logger for Stryker's parts used outside a run (the instrumenter, the type checker): errors only. */
const quiet = { isDebugEnabled: () => false, isTraceEnabled: () => false, isInfoEnabled: () => false, debug() {}, trace() {}, info() {}, warn() {}, error: console.error };

/** Every mutant Stryker would make in a group's files, as the instrumenter lists them (no tests run). */
async function listMutants(group) {
  const instrumenter = createInjector().provideValue(commonTokens.logger, quiet).injectFunction(createInstrumenter);
  const files = groupFiles(group).map((name) => ({ name, mutate: true, content: fs.readFileSync(name, 'utf8') }));
  const { mutants } = await instrumenter.instrument(files, { plugins: null, excludedMutations: [], ignorers: [] });
  return mutants; // those a `Stryker disable` comment ignores included: they have a status
}

/**
 * A type checker for the sampler, the one Stryker's runs use (@stryker-mutator/typescript-checker,
 * on tsconfig.json, over the sources as they are): `compiles(mutant)` says whether it would get past it.
 */
async function typeChecker() {
  const { createTypescriptChecker } = await import('@stryker-mutator/typescript-checker');
  const checker = createInjector()
    .provideValue(commonTokens.getLogger, () => quiet)
    // One mutant at a time, so no mutant's result depends on the others checked with it.
    .provideValue(commonTokens.options, { tsconfigFile: 'tsconfig.json', typescriptChecker: { prioritizePerformanceOverAccuracy: false } })
    .injectFunction(createTypescriptChecker);
  await checker.init();
  return {
    async compiles(m) {
      const mutant = { ...m, id: String(m.id), fileName: path.resolve(m.fileName) };
      const result = await checker.check([mutant]);
      return result[mutant.id].status !== CheckStatus.CompileError;
    },
    dispose: () => checker.dispose?.(),
  };
}

/**
 * N of a group's mutants that compile, picked by a seeded shuffle; undefined when the group has no
 * more than N. The shuffled list is read in order, leaving out the mutants marked equivalent and
 * those the type checker rejects, until N are taken: the same seed on the same code gives the same
 * sample, and every one of the N counts.
 */
async function sampleMutants(group, size, seed) {
  // Shuffled with the mutants marked equivalent in, so that marking one leaves the sample as it
  // was (the next in the shuffled list takes its place).
  const all = await listMutants(group);
  const population = all.filter((m) => m.status === undefined).length;
  if (population <= size) return undefined;
  // The seeded generator the tagger's training uses (compiled by the build above).
  const { random } = await import(path.resolve('out/test/eval/ner/data.js'));
  const next = random(seed);
  const order = all.map((m, i) => ({ m, i }));
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  const checker = await typeChecker();
  const taken = [];
  let read = 0;
  let rejected = 0;
  for (const entry of order) {
    if (taken.length === size) break;
    read++;
    if (entry.m.status !== undefined) continue;
    if (await checker.compiles(entry.m)) taken.push(entry);
    else rejected++;
  }
  await checker.dispose();
  const picked = taken.sort((a, b) => a.i - b.i).map(({ m }) => m);
  const file = (m) => m.fileName.split(path.sep).join('/');
  const oneBased = (m) => ({ ...m, location: { start: { line: m.location.start.line + 1, column: m.location.start.column + 1 }, end: { line: m.location.end.line + 1, column: m.location.end.column + 1 } } });
  return {
    seed,
    population,
    read,
    rejected,
    mutants: picked.map((m) => reportKey(file(m), oneBased(m))),
    // Stryker's ranges: 1-based lines, 0-based columns, the end column included as babel counts it.
    mutate: picked.map((m) => `${file(m)}:${m.location.start.line + 1}:${m.location.start.column}-${m.location.end.line + 1}:${m.location.end.column}`),
  };
}

/** A `--mutate` range (`file:line:col-line:col`, as Stryker takes them) as the sample ignorer reads it. */
const rangeOf = (mutate) => {
  const m = /^(.*):(\d+):(\d+)-(\d+):(\d+)$/.exec(mutate);
  return m ? { file: m[1], start: { line: Number(m[2]), column: Number(m[3]) }, end: { line: Number(m[4]), column: Number(m[5]) } } : undefined;
};

async function main(argv) {
  const force = argv.includes('--force');
  const at = argv.indexOf('--concurrency');
  const concurrency = at >= 0 ? Number(argv[at + 1]) : 1;
  const valued = new Set(['--concurrency', '--mutate', '--sample', '--seed']);
  const sampleAt = argv.indexOf('--sample');
  const sampleSize = sampleAt >= 0 ? Number(argv[sampleAt + 1]) : undefined;
  const seedAt = argv.indexOf('--seed');
  const seed = seedAt >= 0 ? Number(argv[seedAt + 1]) : 1;
  const names = argv.filter((a, i) => !a.startsWith('--') && !valued.has(argv[i - 1]));
  const only = argv.filter((a, i) => argv[i - 1] === '--mutate');
  if (argv.includes('--scores')) return void process.stdout.write(scores());
  if (argv.includes('--survivors')) return survivors(names);
  // In the order asked for; every folder when none is named.
  const picked = names.length === 0 ? GROUPS : [...new Set(names.flatMap((n) => GROUPS.filter((g) => g.name === n || g.name.startsWith(`${n}/`))))];
  if (picked.length === 0) throw new Error(`no such folder: ${names.join(', ')} (folders: ${GROUPS.map((g) => g.name).join(', ')})`);
  execSync('npm run build', { stdio: 'inherit' }); // fresh out/test, for telling changed tests apart
  // One Stryker run per folder; sampled engine folders share one (same tests, same coverage).
  const runs = [];
  for (const group of picked) {
    const files = only.filter((file) => folderOf(rangeOf(file)?.file ?? file) === group.name);
    if (only.length > 0 && files.length === 0) continue;
    const sample = files.length === 0 && sampleSize !== undefined ? await sampleMutants(group, sampleSize, seed) : undefined;
    if (sample) {
      console.log(`${group.name}: a sample of ${sample.mutants.length} of its ${sample.population} mutants, seed ${seed}, ${sample.rejected} of the first ${sample.read} left out by the type checker`);
      for (const m of sample.mutants) console.log(`  ${m}`);
    }
    if (argv.includes('--draw')) continue;
    const part = { group, files, sample };
    const shared = sampleSize !== undefined && group.name.startsWith('engine/') ? runs.find((r) => r.name === 'engine') : undefined;
    if (shared) shared.parts.push(part);
    else runs.push({ name: sampleSize !== undefined && group.name.startsWith('engine/') ? 'engine' : group.name, parts: [part] });
  }
  for (const run of runs) {
    const started = Date.now();
    const { group } = run.parts[0];
    const mutate = run.parts.flatMap(({ group: g, files, sample }) => (sample ? sample.mutate : files.length > 0 ? files : g.mutate));
    // Picked mutants (a sample's, or `--mutate` ranges): the ignorer leaves out what is nested in them.
    const ranges = mutate.map(rangeOf).filter((r) => r !== undefined);
    const rangesFile = path.resolve(REPORTS, run.name, 'sample-ranges.json');
    fs.mkdirSync(path.dirname(rangesFile), { recursive: true });
    fs.writeFileSync(rangesFile, JSON.stringify({ ranges }));
    process.env.NEWSLENS_MUTATION_SAMPLE = rangesFile;
    for (const { group: g, files, sample } of run.parts) {
      const what = sample ? `a sample of ${sample.mutants.length} of its ${sample.population} mutants, seed ${seed}` : (files.length > 0 ? files : g.mutate).join(', ');
      console.log(`\n== mutation testing ${g.name} (${what}; coverage ${g.coverage})`);
    }
    const sampled = run.parts.every(({ sample }) => sample) ? 'drawn' : ranges.length > 0 ? 'ranges' : undefined;
    await new Stryker(options({ ...group, name: run.name }, { force, concurrency, only: run.parts.length > 1 || sampled || run.parts[0].files.length > 0 ? mutate : [], sampled })).runMutationTest();
    const folders = Object.fromEntries(
      run.parts.map(({ group: g, files, sample }) => [g.name, sample ? { seed, population: sample.population, read: sample.read, rejected: sample.rejected, mutants: sample.mutants } : files.length > 0 ? { files } : { whole: true }]),
    );
    writeSample(run.name, folders);
    fs.rmSync(rangesFile, { force: true });
    console.log(`== ${run.name} done in ${((Date.now() - started) / 60000).toFixed(1)} min`);
  }
  process.stdout.write(`\n${scores()}`);
}

main(process.argv.slice(2)).catch((err) => {
  console.error(err);
  process.exitCode = 1;
});

// Mutation testing with StrykerJS, one folder at a time, incremental: `npm run mutation [-- folder…]`.
//   npm run mutation                      every folder (a first run takes hours; re-runs minutes)
//   npm run mutation -- engine/text lsp   some folders (a prefix picks several: `engine`)
//   npm run mutation -- --force cli       forget the incremental results of cli and run it afresh
//   npm run mutation -- --concurrency 2   more test runners (the default, 1, leaves cores to others)
//   npm run mutation -- --scores          only print the table from the reports already there
//   npm run mutation -- --survivors lsp   list the mutants that survived in a folder
//   npm run mutation -- lsp --mutate server/src/lsp/settings.ts   a sample: only these files
//                                         of the folder (as often as given; the report then
//                                         holds the sample only)
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
  { name: 'workspace', mutate: ['server/src/workspace/**/*.ts'], coverage: 'off', spec: [...ENGINE, ...WORKSPACE, ...CLI] },
  { name: 'cli', mutate: ['server/src/cli.ts', 'server/src/cli/**/*.ts'], coverage: 'off', spec: CLI },
  { name: 'lsp', mutate: ['server/src/lsp/**/*.ts', 'server/src/node.ts'], coverage: 'off', spec: LSP },
  { name: 'client', mutate: ['client/src/**/*.ts'], coverage: 'perTest', spec: CLIENT },
];

const REPORTS = 'reports/mutation';
const reportDir = (group) => path.join(REPORTS, group.name);

function options(group, { force, concurrency, only }) {
  return {
    mutate: only.length > 0 ? only : group.mutate,
    testRunner: 'mocha',
    mochaOptions: { config: 'test/.mocharc.json', spec: group.spec, require: ['out/test/mutation/activeMutantEnv.js'] },
    coverageAnalysis: group.coverage,
    checkers: ['typescript'],
    tsconfigFile: 'tsconfig.json',
    disableTypeChecks: '{server,client}/src/**/*.ts',
    // The sandbox folder is made private (0700); a CLI test runs the CLI as nobody (root reads any
    // folder), which must reach the sandbox's dist/. Stryker splits the command at spaces and runs
    // it without a shell, hence one space-free script.
    buildCommand: String.raw`node -e require('fs').chmodSync('.',0o755);require('child_process').execSync('npm\x20run\x20build',{stdio:'inherit'})`,
    // out/ stays in: Stryker reads the compiled test files there to tell which tests changed.
    ignorePatterns: ['/dist', '/reports', '/test-results', '/docs', '/.ci', '*.vsix'],
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

/** Per-folder counts from every JSON report there is. */
function tally() {
  const rows = new Map();
  const add = (key, status) => {
    const row = rows.get(key) ?? { killed: 0, timeout: 0, survived: 0, noCoverage: 0, other: 0 };
    if (status === 'Killed') row.killed++;
    else if (status === 'Timeout') row.timeout++;
    else if (status === 'Survived') row.survived++;
    else if (status === 'NoCoverage') row.noCoverage++;
    else row.other++;
    rows.set(key, row);
  };
  for (const group of GROUPS) {
    const file = path.join(reportDir(group), 'mutation.json');
    if (!fs.existsSync(file)) continue;
    const report = JSON.parse(fs.readFileSync(file, 'utf8'));
    for (const [name, result] of Object.entries(report.files)) {
      for (const m of result.mutants) {
        const folder = folderOf(path.relative(process.cwd(), path.resolve(name)));
        add(folder, m.status);
        if (folder.startsWith('engine')) add('engine (all)', m.status);
        if (DETECTED.has(m.status) || UNDETECTED.has(m.status)) add('all', m.status);
      }
    }
  }
  return rows;
}

function scores() {
  const rows = tally();
  const order = [...GROUPS.map((g) => g.name), 'engine (all)', 'all'];
  const lines = ['| folder | mutants | killed | timeout | survived | no coverage | score |', '| --- | ---: | ---: | ---: | ---: | ---: | ---: |'];
  for (const key of order) {
    const r = rows.get(key);
    if (!r) continue;
    const detected = r.killed + r.timeout;
    const total = detected + r.survived + r.noCoverage;
    const score = total === 0 ? '–' : `${((100 * detected) / total).toFixed(1)}%`;
    lines.push(`| ${key} | ${total} | ${r.killed} | ${r.timeout} | ${r.survived} | ${r.noCoverage} | ${score} |`);
  }
  const table = lines.join('\n') + '\n';
  fs.mkdirSync(REPORTS, { recursive: true });
  fs.writeFileSync(path.join(REPORTS, 'scores.md'), table);
  return table;
}

function survivors(names) {
  for (const group of GROUPS.filter((g) => names.some((n) => g.name === n || g.name.startsWith(`${n}/`)))) {
    const file = path.join(reportDir(group), 'mutation.json');
    if (!fs.existsSync(file)) continue;
    const report = JSON.parse(fs.readFileSync(file, 'utf8'));
    for (const [name, result] of Object.entries(report.files)) {
      const lines = result.source.split('\n');
      for (const m of result.mutants.filter((x) => UNDETECTED.has(x.status))) {
        const { start, end } = m.location;
        const original = start.line === end.line ? lines[start.line - 1].slice(start.column - 1, end.column - 1) : `${lines[start.line - 1].slice(start.column - 1)}…`;
        console.log(`${name}:${start.line}:${start.column} ${m.status} ${m.mutatorName}: ${original.trim().slice(0, 80)} → ${(m.replacement ?? '').replace(/\s+/g, ' ').slice(0, 80)}`);
      }
    }
  }
}

async function main(argv) {
  const force = argv.includes('--force');
  const at = argv.indexOf('--concurrency');
  const concurrency = at >= 0 ? Number(argv[at + 1]) : 1;
  const valued = new Set(['--concurrency', '--mutate']);
  const names = argv.filter((a, i) => !a.startsWith('--') && !valued.has(argv[i - 1]));
  const only = argv.filter((a, i) => argv[i - 1] === '--mutate');
  if (argv.includes('--scores')) return void process.stdout.write(scores());
  if (argv.includes('--survivors')) return survivors(names);
  // In the order asked for; every folder when none is named.
  const picked = names.length === 0 ? GROUPS : [...new Set(names.flatMap((n) => GROUPS.filter((g) => g.name === n || g.name.startsWith(`${n}/`))))];
  if (picked.length === 0) throw new Error(`no such folder: ${names.join(', ')} (folders: ${GROUPS.map((g) => g.name).join(', ')})`);
  execSync('npm run build', { stdio: 'inherit' }); // fresh out/test, for telling changed tests apart
  for (const group of picked) {
    const sample = only.filter((file) => folderOf(file) === group.name);
    if (only.length > 0 && sample.length === 0) continue;
    const started = Date.now();
    console.log(`\n== mutation testing ${group.name} (${(sample.length > 0 ? sample : group.mutate).join(', ')}; coverage ${group.coverage})`);
    await new Stryker(options(group, { force, concurrency, only: sample })).runMutationTest();
    console.log(`== ${group.name} done in ${((Date.now() - started) / 60000).toFixed(1)} min`);
  }
  process.stdout.write(`\n${scores()}`);
}

main(process.argv.slice(2)).catch((err) => {
  console.error(err);
  process.exitCode = 1;
});

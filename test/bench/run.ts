/**
 * `npm run bench`: News Lens performance against its peers. A benchmark, not a test: it asserts
 * nothing about time, prints a table and writes test-results/bench.json.
 *   node --expose-gc out/test/bench/run.js [--only=engine,peers,lsp,cli,scale]
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO } from '../support/paths';
import { allArticles, BULK, chars, loadBulk } from './corpus';
import { engineSection } from './engine';
import { peersSection, type PeerResult } from './peers';
import { lspSection } from './lsp';
import { cliSection } from './cli';
import { scaleSection } from './scale';
import { loadavg, machine, ms, now, num, printTable, type Row } from './stats';

const TARGETS = {
  hoverP95Ms: 10, semanticTokensP95Ms: 10, editDiagnosticsP95Ms: 50, coldIndexingMs: 10_000, peakRssMb: 400,
  largeReadyMs: 20_000, largePeakRssMb: 800, cliPeakRssMb: 600,
};
const vs = (ok: boolean, target: string) => `${ok ? 'meets' : 'MISSES'} target ${target}`;

async function main(): Promise<void> {
  const onlyArg = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
  const only = new Set((onlyArg ?? 'engine,peers,lsp,cli,scale').split(','));
  if (!fs.existsSync(BULK)) {
    console.log(`bench: no corpus at ${BULK}; nothing to measure.`);
    return;
  }
  const started = now();
  const box = machine();
  const loadBefore = loadavg();
  console.log(`News Lens benchmark on ${box.cpu}, ${box.cores} cores, ${box.memoryGb} GB, Node ${box.node}; load average ${loadBefore.join(' / ')}`);
  if (loadBefore[0] > box.cores / 2) console.log(`note: the machine is busy (1-min load ${loadBefore[0]} on ${box.cores} cores): other work shares it, so numbers are noisy and pessimistic.`);

  const bulk = await loadBulk();
  const all = allArticles(bulk);
  const results: Record<string, unknown> = {};
  const rows: Row[] = [];
  const step = (name: string) => console.log(`… ${name} (${((now() - started) / 1000).toFixed(0)} s)`);

  if (only.has('engine')) {
    step('engine');
    const e = engineSection(all, bulk.gva);
    results.engine = e;
    const b = e.bulk;
    const S = 'engine (1 core)';
    rows.push({ section: S, metric: 'bulk corpus', value: `${b.articles} articles`, note: `${(b.chars / 1e6).toFixed(1)} M chars, ${(b.utf8Bytes / 1e6).toFixed(1)} MB UTF-8 (GVA + Reuters + ECB+, non-empty)` });
    rows.push({ section: S, metric: 'throughput', value: `${num(b.mcharsPerSecond)} MB/s`, note: `M chars/s; ${num(b.utf8MBPerSecond)} MB/s of UTF-8; ${num(b.seconds, 1)} s in all` });
    rows.push({ section: S, metric: 'articles/s', value: num(b.articlesPerSecond, 0) });
    for (const [source, t] of Object.entries(b.bySource)) {
      rows.push({ section: S, metric: `  ${source}`, value: `${num(t.mcharsPerSecond)} MB/s`, note: `${t.articles} articles, ${(t.chars / 1e6).toFixed(1)} M chars, ${num(t.articlesPerSecond, 0)} articles/s` });
    }
    rows.push({ section: S, metric: 'latency p50 / p95 / max', value: `${ms(b.latencyMs.p50)} / ${ms(b.latencyMs.p95)} / ${ms(b.latencyMs.max)}`, note: 'per article' });
    const base = e.sizes[0].mcharsPerSecond;
    for (const p of e.sizes) {
      rows.push({ section: S, metric: `document of ~${p.size >= 1e6 ? `${p.size / 1e6} MB` : `${p.size / 1e3} KB`}`, value: `${num(p.mcharsPerSecond)} MB/s`, note: `${p.docs} docs, ${ms(p.msPerDoc)} each, ${num(p.mcharsPerSecond / base)}x the 1 KB rate; best of ${p.rounds.length} rounds (${p.rounds.map((x) => num(x)).join(', ')})` });
    }
  }

  if (only.has('peers')) {
    step('peers');
    const peers = await peersSection(bulk.gva);
    results.peers = peers;
    for (const p of peers) {
      const S = 'peers (same process)';
      if ('error' in p && !('ratio' in p)) {
        rows.push({ section: S, metric: p.peer, value: 'failed', note: p.error });
        continue;
      }
      const r = p as PeerResult;
      rows.push({ section: S, metric: `${r.peer} ${r.version}`, value: `${num(r.peerMcharsPerSecond, 3)} MB/s`, note: `${num(r.peerArticlesPerSecond, 1)} articles/s, ${r.peerFindings} findings; ${r.subset} (${(r.chars / 1e6).toFixed(2)} M chars); setup+warm-up ${num(r.setupSeconds, 1)} s` });
      rows.push({ section: S, metric: `News Lens, same subset`, value: `${num(r.newsLensMcharsPerSecond)} MB/s`, note: `ratio ${num(r.ratio, 1)}x (News Lens / ${r.peer}; > 1 = News Lens faster)` });
    }
  }

  if (only.has('lsp')) {
    step('language server');
    const l = await lspSection(bulk.gva);
    results.lsp = { ...l, targets: TARGETS };
    const S = 'language server (stdio)';
    const f = l.firstDiagnostics;
    rows.push({ section: S, metric: 'first diagnostics, fresh server', value: ms(f.openToDiagnosticsMs.p50), note: `didOpen → publishDiagnostics, median of ${f.runs}, ${f.workspaceArticles}-article workspace; spawn → diagnostics ${ms(f.spawnToDiagnosticsMs.p50)}` });
    rows.push({ section: S, metric: 'cold indexing', value: ms(l.indexing.readyMs), note: `${l.workspace.articles} GVA articles in ${l.workspace.folders} folders, ${(l.workspace.chars / 1e6).toFixed(1)} M chars; ${num(l.indexing.articlesPerSecond, 0)} articles/s; CPU ${num(l.indexing.cpuSeconds, 1)} s; ${vs(l.indexing.readyMs < TARGETS.coldIndexingMs, '< 10 s')}` });
    rows.push({ section: S, metric: 'all diagnostics published', value: ms(l.indexing.allDiagnosticsMs), note: `${l.status.errors} errors, ${l.status.warnings} warnings, ${l.status.information} information` });
    rows.push({ section: S, metric: 'hover p50 / p95', value: `${ms(l.hover.ms.p50)} / ${ms(l.hover.ms.p95)}`, note: `${l.hover.ms.n} hovers on ${l.hover.figures} figures, ${l.hover.answered} answered (max ${ms(l.hover.ms.max)}); ${vs(l.hover.ms.p95 < TARGETS.hoverP95Ms, 'p95 < 10 ms')}` });
    rows.push({ section: S, metric: 'semantic tokens p50 / p95', value: `${ms(l.semanticTokens.ms.p50)} / ${ms(l.semanticTokens.ms.p95)}`, note: `full, ${(l.semanticTokens.chars / 1e3).toFixed(0)} K chars, ${l.semanticTokens.tokens} tokens, ${l.semanticTokens.ms.n} requests; ${vs(l.semanticTokens.ms.p95 < TARGETS.semanticTokensP95Ms, 'p95 < 10 ms')}` });
    rows.push({ section: S, metric: 'diagnostics after edit p50 / p95', value: `${ms(l.editDiagnostics.ms.p50)} / ${ms(l.editDiagnostics.ms.p95)}`, note: `${l.editDiagnostics.edits} one-character edits, incident of ${l.hover.incidentArticles} articles (max ${ms(l.editDiagnostics.ms.max)}); ${vs(l.editDiagnostics.ms.p95 < TARGETS.editDiagnosticsP95Ms, 'p95 < 50 ms')}` });
    rows.push({ section: S, metric: 'peak RSS (VmHWM)', value: `${num(l.peakRssMb, 0)} MB`, note: vs((l.peakRssMb ?? Infinity) < TARGETS.peakRssMb, '< 400 MB') });
  }

  if (only.has('cli')) {
    step('check command');
    const c = await cliSection(all);
    results.cli = c;
    const S = 'newslens check (CLI)';
    rows.push({ section: S, metric: 'whole bulk corpus', value: ms(c.seconds * 1000), note: `${c.files} files in ${c.folders} folders, ${(c.chars / 1e6).toFixed(1)} M chars; --format json > /dev/null; exit ${c.exitCode}` });
    rows.push({ section: S, metric: 'throughput', value: `${num(c.mcharsPerSecond)} MB/s`, note: `${num(c.articlesPerSecond, 0)} articles/s; CPU ${num(c.cpuSeconds, 1)} s` });
    rows.push({ section: S, metric: 'peak RSS (VmHWM)', value: `${num(c.peakRssMb, 0)} MB`, note: vs((c.peakRssMb ?? Infinity) < TARGETS.cliPeakRssMb, '< 600 MB') });
    rows.push({ section: S, metric: 'extract, whole bulk corpus', value: ms(c.extract.seconds * 1000), note: `peak RSS ${num(c.extract.peakRssMb, 0)} MB (records streamed as files are read); ${vs((c.extract.peakRssMb ?? Infinity) < TARGETS.cliPeakRssMb, '< 600 MB')}` });
  }

  if (only.has('scale')) {
    step('large workspace');
    const l = await scaleSection(all);
    results.scale = l;
    const S = 'language server, large workspace';
    rows.push({ section: S, metric: `${l.articles} articles ready`, value: ms(l.readyMs), note: `${l.folders} folders, ${(l.chars / 1e6).toFixed(1)} M chars; initialize → status ready with every article; CPU ${num(l.cpuSeconds, 1)} s; ${vs(l.readyMs < TARGETS.largeReadyMs, '< 20 s')}` });
    rows.push({ section: S, metric: 'peak RSS (VmHWM)', value: `${num(l.peakRssMb, 0)} MB`, note: `worker threads included; ${vs((l.peakRssMb ?? Infinity) < TARGETS.largePeakRssMb, '< 800 MB')}` });
  }

  const totalSeconds = (now() - started) / 1000;
  const loadAfter = loadavg();
  rows.push({ section: 'run', metric: 'total time', value: `${num(totalSeconds, 1)} s`, note: `load average ${loadBefore.join(' / ')} before, ${loadAfter.join(' / ')} after (1 / 5 / 15 min)` });
  console.log(`\n${printTable(rows)}`);
  if (Math.max(loadBefore[0], loadAfter[0] - 1) > box.cores / 2) console.log(`\nnote: measured on a shared machine under load; compare runs made at the same load.`);

  const out = path.join(REPO, 'test-results', 'bench.json');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  const report = { date: new Date().toISOString(), machine: box, loadavg: { before: loadBefore, after: loadAfter }, corpusChars: chars(all.map((a) => a.text)), totalSeconds, results };
  fs.writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nwrote ${path.relative(process.cwd(), out)}`);
}

main().then(() => process.exit(0), (err) => {
  console.error(err);
  process.exit(1);
});

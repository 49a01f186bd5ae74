/** Section 4: `newslens check <dir> --format json` and `newslens extract <dir>` on the whole bulk corpus, written as files. */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CLI } from '../support/paths';
import { newsFile, writeWorkspace, type BulkArticle } from './corpus';
import { cpuSeconds, now, peakRssMb } from './stats';

/** Runs a command with stdout to /dev/null, polling its peak RSS and CPU time while it runs. */
function run(args: string[]): Promise<{ code: number | null; ms: number; peakRssMb?: number; cpuSeconds?: number }> {
  return new Promise((resolve, reject) => {
    const devNull = fs.openSync('/dev/null', 'w');
    const t0 = now();
    const child = spawn(process.execPath, args, { stdio: ['ignore', devNull, 'inherit'] });
    let rss: number | undefined;
    let cpu: number | undefined;
    const poll = () => {
      rss = peakRssMb(child.pid!) ?? rss; // VmHWM only grows, so the last reading is the peak
      cpu = cpuSeconds(child.pid!) ?? cpu;
    };
    const timer = setInterval(poll, 20);
    child.on('error', reject);
    child.on('exit', (code) => {
      const ms = now() - t0;
      clearInterval(timer);
      fs.closeSync(devNull);
      resolve({ code, ms, peakRssMb: rss, cpuSeconds: cpu });
    });
  });
}

export async function cliSection(articles: readonly BulkArticle[]) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'newslens-bench-cli-'));
  try {
    const t0 = now();
    const files = writeWorkspace(root, articles);
    const writeMs = now() - t0;
    const chars = articles.reduce((n, a) => n + newsFile(a).length, 0);
    const r = await run([CLI, 'check', root, '--format', 'json']);
    if (r.code !== 0 && r.code !== 1) throw new Error(`newslens check exited with ${r.code}`);
    const extract = await run([CLI, 'extract', root]);
    if (extract.code !== 0) throw new Error(`newslens extract exited with ${extract.code}`);
    return {
      extract: { seconds: extract.ms / 1000, peakRssMb: extract.peakRssMb },
      files: new Set(files).size,
      folders: new Set(articles.map((a) => a.group)).size,
      chars,
      writeMs,
      exitCode: r.code,
      seconds: r.ms / 1000,
      mcharsPerSecond: chars / 1e6 / (r.ms / 1000),
      articlesPerSecond: files.length / (r.ms / 1000),
      cpuSeconds: r.cpuSeconds,
      peakRssMb: r.peakRssMb,
    };
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

import * as fs from 'node:fs';
import * as os from 'node:os';

/** The q-quantile (0..1) of `values` by nearest rank. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

export interface Summary { n: number; p50: number; p95: number; max: number; mean: number }

export function summarize(values: readonly number[]): Summary {
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  return { n: values.length, p50: quantile(values, 0.5), p95: quantile(values, 0.95), max: Math.max(...values), mean };
}

export const now = (): number => performance.now();

/** Peak resident set size (VmHWM) of a process in MB, or undefined when it cannot be read. */
export function peakRssMb(pid: number): number | undefined {
  try {
    const m = /^VmHWM:\s+(\d+) kB/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

export function machine(): { cpu: string; cores: number; node: string; platform: string; memoryGb: number } {
  let cpu = os.cpus()[0]?.model ?? 'unknown';
  try {
    cpu = /^model name\s*:\s*(.+)$/m.exec(fs.readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? cpu;
  } catch {
    // not Linux: os.cpus() is good enough
  }
  return { cpu, cores: os.cpus().length, node: process.version, platform: `${os.platform()} ${os.release()}`, memoryGb: Math.round(os.totalmem() / 2 ** 30) };
}

export const loadavg = (): number[] => os.loadavg().map((x) => Math.round(x * 100) / 100);

export const ms = (x: number | undefined): string => (x === undefined || Number.isNaN(x) ? '—' : x < 10 ? `${x.toFixed(2)} ms` : x < 10_000 ? `${x.toFixed(0)} ms` : `${(x / 1000).toFixed(1)} s`);
export const num = (x: number | undefined, digits = 2): string => (x === undefined || Number.isNaN(x) ? '—' : x.toFixed(digits));

/** One printed line of the results table. */
export interface Row { section: string; metric: string; value: string; note?: string }

export function printTable(rows: readonly Row[]): string {
  const w = [0, 0, 0];
  for (const r of rows) {
    w[0] = Math.max(w[0], r.section.length);
    w[1] = Math.max(w[1], r.metric.length);
    w[2] = Math.max(w[2], r.value.length);
  }
  const line = (r: Row) => `${r.section.padEnd(w[0])}  ${r.metric.padEnd(w[1])}  ${r.value.padStart(w[2])}${r.note ? `  ${r.note}` : ''}`.trimEnd();
  let last = '';
  const out: string[] = [];
  for (const r of rows) {
    if (r.section !== last && out.length > 0) out.push('');
    out.push(line(r.section === last ? { ...r, section: '' } : r));
    last = r.section;
  }
  return out.join('\n');
}

/** CPU time (user + system, all threads) a live process has used so far, in seconds. */
export function cpuSeconds(pid: number): number | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (USER_HZ = 100 on Linux)
  } catch {
    return undefined;
  }
}

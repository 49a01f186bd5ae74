import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CLI, EXAMPLES, REPO } from '../support/paths';

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: REPO, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('newslens CLI', () => {
  it('check prints the findings of the examples and exits 1 on errors', () => {
    const r = run('check', 'examples');
    assert.equal(r.code, 1);
    // The fact base decides: "About 50" contradicts its 64 (and is not compared with the flight
    // article's "Sixty-four" any more), and the disputed 58–59 settles the warrants.
    assert.match(r.stdout, /2026-03-09-warrants\.news:10:1: error fact-mismatch: Contradicts the fact base: “About 50”/);
    assert.doesNotMatch(r.stdout, /warrants\.news:8:85/);
    assert.match(r.stdout, /warning sum-mismatch: The parts add up to 88/);
    // The results story: its growth disagrees; revenue and the job cuts contradict the fact base.
    assert.match(r.stdout, /2026-10-28-business-desk\.news:7:51: warning cross-doc-mismatch: .*“15 percent” \(revenue · change, up · Q3 2026 · percent\)/);
    assert.match(r.stdout, /error fact-mismatch: .*“\$4\.6 billion”.*is 4\.1 billion USD for Q3 2026/);
    // The harbour fire: the injured went 9 → 10 → 9, so neither change is an update.
    assert.match(r.stdout, /2026-12-02-reopening\.news:8:66: warning cross-doc-mismatch: The figure went back and forth.*Timeline: 9 \(Nov 27\) → 10 \(Nov 30\) → 9 \(Dec 2\)\./);
    assert.match(r.stdout, /Checked 11 articles and 3 fact bases: 4 errors, 5 warnings, 0 information\.\n$/);
  });

  it('--fail-on none exits 0 (npm start uses it)', () => {
    assert.equal(run('check', 'examples', '--fail-on', 'none').code, 0);
  });

  it('--format json gives located findings with related places', () => {
    const r = run('check', 'examples', '--format', 'json');
    const out = JSON.parse(r.stdout) as { findings: Array<{ file: string; code: string; line: number; related: Array<{ file: string }> }> };
    const f = out.findings.find((x) => x.code === 'cross-doc-mismatch' && x.file.endsWith('2026-12-02-reopening.news'));
    assert.ok(f);
    assert.equal(f.line, 8);
    assert.deepEqual(f.related.map((x) => path.basename(x.file)), ['2026-11-30-inquiry.news']);
  });

  it('--format sarif is SARIF 2.1.0 with one rule per finding code', () => {
    const sarif = JSON.parse(run('check', 'examples', '--format', 'sarif').stdout);
    assert.equal(sarif.version, '2.1.0');
    const run0 = sarif.runs[0];
    assert.ok(run0.tool.driver.rules.some((r: { id: string }) => r.id === 'sum-mismatch'));
    assert.ok(run0.results.every((r: { locations: unknown[] }) => r.locations.length === 1));
    assert.ok(run0.results.some((r: { level: string; ruleId: string }) => r.level === 'error' && r.ruleId === 'fact-mismatch'));
  });

  it('extract prints one JSON line per file with UTF-16 offsets into the text', () => {
    const r = run('extract', 'examples', '--format', 'jsonl');
    assert.equal(r.code, 0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    assert.equal(lines.length, 11);
    for (const rec of lines) {
      const text = fs.readFileSync(path.join(REPO, rec.file), 'utf8');
      for (const e of rec.entities) assert.equal(text.slice(e.start, e.end), e.text);
      for (const f of rec.figures) {
        assert.equal(text.slice(f.start, f.end), f.text);
        assert.deepEqual(Object.keys(f), ['start', 'end', 'text', 'value', 'exact', 'min', 'max', 'approximate', 'unit', 'noun', 'predicate', 'date']);
        if (f.exact !== null) assert.equal(Number(f.exact), f.value, 'exact is the value as a decimal string');
      }
    }
    const flight = lines.find((l) => l.file.endsWith('flight.news'));
    assert.deepEqual(flight.figures[0], {
      start: flight.figures[0].start, end: flight.figures[0].end, text: 'Sixty-four', value: 64, exact: '64', min: 64, max: 64,
      approximate: false, unit: null, noun: 'Thai nationals', predicate: 'flown home', date: '2026-03-07',
    });
  });

  it('answers usage errors with exit 2 and one line', () => {
    for (const args of [['frobnicate'], ['check', '--format', 'xml', 'examples'], ['check', 'no/such/folder'], ['check', '--bogus']]) {
      const r = run(...args);
      assert.equal(r.code, 2, args.join(' '));
      assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
      assert.match(r.stderr, /^newslens: /);
    }
  });

  it('skips binary, undecodable and oversized files with a notice and loses nothing else', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newslens-cli-'));
    try {
      fs.writeFileSync(path.join(dir, 'good.news'), 'Four people were killed on Sunday.\n');
      fs.writeFileSync(path.join(dir, 'binary.news'), Buffer.from([0, 1, 2, 3]));
      fs.writeFileSync(path.join(dir, 'latin1.news'), Buffer.from([0x43, 0x61, 0x66, 0xe9]));
      fs.writeFileSync(path.join(dir, 'huge.news'), 'x'.repeat(3 * 1024 * 1024));
      const r = run('extract', dir);
      assert.equal(r.code, 0);
      assert.equal(r.stdout.trim().split('\n').length, 1);
      assert.match(r.stderr, /skipped .*binary\.news: binary file/);
      assert.match(r.stderr, /skipped .*latin1\.news: not valid UTF-8/);
      assert.match(r.stderr, /skipped .*huge\.news: larger than 2048 KB/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('never writes to the files it reads', () => {
    const before = fs.readdirSync(path.join(EXAMPLES, 'golden-reed')).map((f) => fs.statSync(path.join(EXAMPLES, 'golden-reed', f)).mtimeMs);
    run('check', 'examples');
    const after = fs.readdirSync(path.join(EXAMPLES, 'golden-reed')).map((f) => fs.statSync(path.join(EXAMPLES, 'golden-reed', f)).mtimeMs);
    assert.deepEqual(after, before);
  });
});

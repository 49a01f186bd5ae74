import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { expectCases } from '../support/expect';
import { CLI, EXAMPLES, REPO } from '../support/paths';

function run(...args: string[]) {
  return runIn(REPO, ...args);
}

function runIn(cwd: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface CliCase {
  args: string[];
  /** The folder to run in, relative to the repository (default: the repository). */
  cwd?: string;
  /** What of stdout to pin besides the exit code: its last line (default), all of it, or its JSON. */
  show?: 'stdout' | 'json';
}

expectCases<CliCase>('newslens CLI (test/cli/fixtures/cli.yaml)', path.join(REPO, 'test', 'cli', 'fixtures', 'cli.yaml'), {
  name: (c) => `newslens ${c.args.join(' ')}`,
  key: 'result',
  actual: (c) => {
    const r = runIn(path.join(REPO, c.cwd ?? ''), ...c.args);
    assert.ok(r.stdout === '' || r.stdout.endsWith('\n'), 'output ends its last line');
    const lines = r.stdout.trimEnd().split('\n');
    const stdout = c.show === 'json' ? JSON.parse(r.stdout) : c.show === 'stdout' ? r.stdout : lines[lines.length - 1];
    return { exit: r.code, stdout, ...(r.stderr ? { stderr: r.stderr } : {}) };
  },
});

describe('newslens CLI', () => {
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

  it('lists many files in order, however the worker threads finish them', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newslens-cli-many-'));
    try {
      const names = Array.from({ length: 150 }, (_, i) => `story-${String(i).padStart(3, '0')}.news`);
      names.forEach((name, i) => fs.writeFileSync(path.join(dir, name), i % 2 ? 'Four people were killed on Sunday.\n' : 'Police met on Monday.\n'));
      fs.writeFileSync(path.join(dir, 'zz-binary.news'), Buffer.from([0, 1]));
      fs.writeFileSync(path.join(dir, 'aa-binary.news'), Buffer.from([0, 1]));
      const out = JSON.parse(runIn(dir, 'check', '--format', 'json').stdout) as { articles: string[] };
      assert.deepEqual(out.articles, names);
      const extracted = runIn(dir, 'extract');
      assert.deepEqual(extracted.stdout.trim().split('\n').map((l) => JSON.parse(l).file), names);
      assert.equal(extracted.stderr, 'newslens: skipped aa-binary.news: binary file\nnewslens: skipped zz-binary.news: binary file\n');
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

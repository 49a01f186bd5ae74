import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync, type SpawnSyncOptions } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { madeUpName as name } from '../support/names';
import { CLI } from '../support/paths';

function run(cwd: string, args: string[], options: SpawnSyncOptions = {}) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 28, ...options });
  return { code: r.status, stdout: String(r.stdout), stderr: String(r.stderr) };
}

describe('newslens CLI on hostile and large input', function () {
  this.timeout(120_000);
  let dir: string;
  const at = (...parts: string[]) => path.join(dir, ...parts);

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newslens-cli-robust-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('gives byte-identical extract and check output whatever the number of workers, run after run', () => {
    for (let i = 0; i < 300; i++) {
      const folder = at(`story-${i % 12}`);
      fs.mkdirSync(folder, { recursive: true });
      let text = `---\ndate: 2026-02-${String(1 + (i % 20)).padStart(2, '0')}\n---\n${name(i)} fire kills ${2 + (i % 5)}\n\n`;
      for (let s = 0; s < 6; s++) {
        const k = i * 20 + s * 3;
        // Mostly the folder's own count, sometimes another: a few findings per story.
        const killed = i % 9 === 0 && s === 0 ? 9 : 3 + (i % 12);
        text += `${name(k)} ${name(k + 1)} of the ${name(k + 2)} Council said ${killed} people were killed in ${name(i % 50)} on Monday. `;
      }
      fs.writeFileSync(path.join(folder, `${String(i).padStart(3, '0')}.news`), `${text}\n`);
    }
    for (const command of [['extract', '.'], ['check', '.', '--format', 'json', '--fail-on', 'none']]) {
      const outputs = [['--jobs', '1'], ['--jobs', '3'], []].map((jobs) => {
        const r = run(dir, [...command, ...jobs]);
        assert.equal(r.code, 0, r.stderr);
        return r.stdout;
      });
      assert.ok(outputs[0].length > 5_000, `${command[0]} says something`);
      for (const out of outputs.slice(1)) assert.ok(out === outputs[0], `${command[0]} output differs between runs`);
    }
  });

  it('escapes control characters in text output: a file name cannot rewrite the terminal', () => {
    fs.writeFileSync(at('a\x1b[2K\rAll clear.news'), '---\ndate: 2026-01-05\n---\nFour people were killed on Sunday.\n');
    fs.writeFileSync(at('b.news'), '---\ndate: 2026-01-05\n---\nFive people were killed on Sunday.\n');
    const r = run(dir, ['check', '.']);
    assert.equal(r.code, 0);
    assert.ok(!/[\x00-\x08\x0b-\x1f\x7f]/.test(r.stdout), JSON.stringify(r.stdout));
    assert.match(r.stdout, /a\\x1b\[2K\\rAll clear\.news:4:1: warning cross-doc-mismatch/);
  });

  it('percent-encodes SARIF artifact URIs', () => {
    fs.writeFileSync(at('my story #2 100%.news'), '---\ndate: 2026-01-05\n---\nFour people were killed on Sunday.\n');
    fs.writeFileSync(at('(other).news'), '---\ndate: 2026-01-05\n---\nFive people were killed on Sunday.\n');
    const sarif = JSON.parse(run(dir, ['check', '.', '--format', 'sarif']).stdout);
    const uris = sarif.runs[0].results.map((r: { locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }) => r.locations[0].physicalLocation.artifactLocation.uri);
    assert.deepEqual(uris.sort(), ['(other).news', 'my%20story%20%232%20100%25.news']);
  });

  it('reads an article from standard input, and cuts an endless one short with exit 2', () => {
    const piped = run(dir, ['check', '-', '--format', 'json'], { input: '---\ndate: 2026-01-05\n---\nFour people were killed on Sunday. Police said five people were killed on Sunday.\n' });
    assert.equal(piped.code, 0, piped.stderr);
    const report = JSON.parse(piped.stdout);
    assert.deepEqual(report.articles, ['<stdin>']);
    assert.deepEqual(report.findings.map((f: { file: string; code: string }) => [f.file, f.code]), [['<stdin>', 'internal-mismatch']]);
    const endless = run(dir, ['check', '/dev/stdin'], { stdio: [fs.openSync('/dev/zero', 'r'), 'pipe', 'pipe'] });
    assert.equal(endless.code, 2);
    assert.match(endless.stderr, /could not read <stdin>: larger than 2048 KB/);
  });

  it('refuses devices and FIFOs named on the command line with exit 2, and never opens them', () => {
    execFileSync('mkfifo', [at('pipe.news')]);
    for (const target of ['/dev/zero', at('pipe.news')]) {
      const r = run(dir, ['check', target]);
      assert.equal(r.code, 2, target);
      assert.match(r.stderr, /^newslens: not a regular file or folder: .* \(use - to read standard input\)/);
    }
  });

  it('reports a folder it cannot read and exits 2 after printing what it could check', () => {
    fs.writeFileSync(at('ok.news'), 'Four people were killed on Sunday.\n');
    fs.mkdirSync(at('locked'));
    fs.writeFileSync(at('locked', 'story.news'), 'Five people were killed on Sunday.\n');
    fs.chmodSync(at('locked'), 0);
    fs.chmodSync(dir, 0o755);
    try {
      // Root reads any folder: run as nobody, as CI would.
      const r = run(dir, ['check', '.'], process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {});
      assert.equal(r.code, 2);
      assert.match(r.stdout, /Checked 1 article/);
      assert.match(r.stderr, /newslens: could not read .*locked: folder unreadable \(EACCES\)/);
    } finally {
      fs.chmodSync(at('locked'), 0o755);
    }
  });

  it('rejects a bad --jobs as a usage error', () => {
    const r = run(dir, ['check', '.', '--jobs', '0']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--jobs takes a number of threads from 1 to 64, not 0/);
  });
});

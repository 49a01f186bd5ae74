import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as analyzeModule from '../../server/src/engine/analyzeDocument';
import { MAX_FACT_BASE_BYTES } from '../../server/src/engine';
import { listFiles, readArticleFile, readFactBaseFile } from '../../server/src/workspace/files';
import { loadFiles } from '../../server/src/workspace/loadFiles';
import { Workspace } from '../../server/src/workspace/workspace';
import { REPO } from '../support/paths';

// The server bundle analyses files when started as a worker thread.
const WORKER = path.join(REPO, 'dist', 'server.js');
const GLOBS = { articles: ['**/*.news'], factBases: ['**/*.facts.yaml'] };

describe('reading files', function () {
  this.timeout(30_000);
  let dir: string;
  const at = (name: string) => path.join(dir, name);

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newslens-read-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('reads only regular files: a FIFO or a link to a device is skipped, never waited on or drained', () => {
    execFileSync('mkfifo', [at('pipe.news')]);
    fs.symlinkSync('/dev/zero', at('zero.news'));
    fs.symlinkSync('/dev/urandom', at('random.facts.yaml'));
    assert.deepEqual(readArticleFile(at('pipe.news')), { skipped: 'not a regular file', error: false });
    assert.deepEqual(readArticleFile(at('zero.news')), { skipped: 'not a regular file', error: false });
    assert.deepEqual(readFactBaseFile(at('random.facts.yaml')), { skipped: 'not a regular file', error: false });
    assert.deepEqual(readArticleFile(at('missing.news')), { skipped: 'unreadable (ENOENT)', error: true });
  });

  it('reads no more of an oversized fact base than the engine needs to say it is too large', () => {
    fs.writeFileSync(at('big.facts.yaml'), `facts:\n${'  - id: x\n'.repeat(MAX_FACT_BASE_BYTES / 5)}`);
    const read = readFactBaseFile(at('big.facts.yaml'));
    assert.ok('text' in read);
    assert.equal(read.text.length, MAX_FACT_BASE_BYTES + 1);
    const ws = new Workspace({ toPath: (id) => id });
    const fb = ws.setFactBase(at('big.facts.yaml'), read.text);
    assert.equal(fb.problems.length, 1);
    assert.match(fb.problems[0].message, /more than the 1\.0 MB News Lens reads/);
  });

  it('reports a folder it cannot read', function () {
    fs.mkdirSync(at('locked'));
    fs.writeFileSync(at('locked/story.news'), 'Four people were killed.\n');
    fs.chmodSync(at('locked'), 0);
    try {
      if (process.getuid?.() === 0) {
        // Root reads any folder: list as nobody, as the CLI would run in CI.
        fs.chmodSync(dir, 0o755);
        const script = `const { listFiles } = require(${JSON.stringify(path.join(REPO, 'out/server/src/workspace/files'))});
process.stdout.write(JSON.stringify(listFiles([${JSON.stringify(dir)}], ${JSON.stringify(GLOBS)}).unlisted));`;
        const unlisted = JSON.parse(execFileSync(process.execPath, ['-e', script], { uid: 65534, gid: 65534, encoding: 'utf8' }));
        assert.deepEqual(unlisted, [{ file: at('locked'), reason: 'folder unreadable (EACCES)', error: true }]);
      } else {
        assert.deepEqual(listFiles([dir], GLOBS).unlisted, [{ file: at('locked'), reason: 'folder unreadable (EACCES)', error: true }]);
      }
    } finally {
      fs.chmodSync(at('locked'), 0o755);
    }
  });

  it('hands analyses on in file order whatever order the workers finish in, keeping only claims', async () => {
    const files: string[] = [];
    for (let i = 0; i < 200; i++) {
      const file = at(`story-${String(i).padStart(3, '0')}.news`);
      // Long and short articles, so that batches finish out of order.
      fs.writeFileSync(file, `${i % 7 === 0 ? 'The council met on Monday. '.repeat(2000) : ''}Police said ${i + 2} people were hurt in Leeds.\n`);
      files.push(file);
    }
    fs.writeFileSync(at('story-050.news'), Buffer.from([0, 1, 2]));
    const ws = new Workspace({ toPath: (id) => id });
    const streamed: string[] = [];
    const loaded = await loadFiles(ws, listFiles([dir], GLOBS), {
      toId: (f) => f, maxBytes: 1 << 20, workerScript: WORKER, detail: 'claims',
      onArticle: (file, analysis) => {
        streamed.push(file);
        assert.ok(analysis.entities.length > 0, 'streamed analyses are whole');
      },
    });
    assert.deepEqual(streamed, files.filter((f) => !f.endsWith('story-050.news')));
    assert.deepEqual(loaded.skipped, [{ file: at('story-050.news'), reason: 'binary file', error: false }]);
    assert.deepEqual(ws.notice(at('story-050.news')), { reason: 'binary file', error: false });
    assert.deepEqual(ws.analysis(files[1])!.sentences, [], 'the workspace keeps the claims (and the entities, for references)');
    assert.equal(ws.analysis(files[1])!.claims.length, 1);
  });
});

describe('failure isolation', () => {
  const original = analyzeModule.analyzeDocument;
  afterEach(() => {
    (analyzeModule as { analyzeDocument: typeof original }).analyzeDocument = original;
  });

  it('marks an article whose analysis throws "analysis failed", and the rest goes on', () => {
    // Stands in for an engine defect not found yet.
    (analyzeModule as { analyzeDocument: typeof original }).analyzeDocument = (text, options) => {
      if (text.includes('BOOM')) throw new RangeError('Maximum call stack size exceeded');
      return original(text, options);
    };
    const ws = new Workspace({ toPath: (id) => id });
    ws.setArticle('/d/one.news', '---\ndate: 2026-01-05\n---\nFour people were killed on Sunday.\n');
    ws.setArticle('/d/two.news', '---\ndate: 2026-01-05\n---\nFive people were killed on Sunday.\n');
    ws.takeChangedDocuments();
    assert.equal(ws.setArticle('/d/two.news', 'BOOM\n'), undefined);
    assert.deepEqual(ws.notice('/d/two.news'), { reason: 'analysis failed (RangeError: Maximum call stack size exceeded)', error: true });
    assert.deepEqual(ws.takeChangedDocuments().sort(), ['/d/one.news', '/d/two.news']);
    assert.deepEqual(ws.findingsFor('/d/one.news'), [], 'the failed article is out of the comparison');
    ws.setArticle('/d/two.news', '---\ndate: 2026-01-05\n---\nFive people were killed on Sunday.\n');
    assert.equal(ws.notice('/d/two.news'), undefined);
    assert.equal(ws.findingsFor('/d/one.news').length, 1);
  });

  it('analyses an indexed article in full once it is opened', () => {
    const ws = new Workspace({ toPath: (id) => id });
    const text = 'Mayor Ann Lee said four people were killed in Leeds on Sunday.\n';
    ws.setArticle('/d/one.news', text, 'claims');
    assert.deepEqual(ws.analysis('/d/one.news')!.figures, []);
    assert.ok(ws.analysis('/d/one.news')!.entities.some((e) => e.text === 'Leeds'), 'entities are kept for workspace-wide references');
    ws.setArticle('/d/one.news', text);
    assert.ok(ws.analysis('/d/one.news')!.figures.some((f) => f.text === 'four'));
  });
});

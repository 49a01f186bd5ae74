import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyzeFiles } from '../../server/src/workspace/analysisPool';
import type { ReadArticle } from '../../server/src/workspace/readArticle';
import { REPO } from '../support/paths';

// The server bundle analyses files when started as a worker thread.
const WORKER = path.join(REPO, 'dist', 'server.js');

describe('analysis pool', () => {
  let dir: string;
  let files: string[];

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newslens-pool-'));
    files = [];
    for (let i = 0; i < 150; i++) {
      const file = path.join(dir, `2026-02-${String((i % 28) + 1).padStart(2, '0')}-story-${i}.news`);
      fs.writeFileSync(file, i === 7 ? Buffer.from([0, 1, 2]) : `Police said ${i + 2} people were hurt on Saturday in Leeds.\n`);
      files.push(file);
    }
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  async function run(workerScript?: string): Promise<Map<string, ReadArticle>> {
    const results = new Map<string, ReadArticle>();
    const progress: number[] = [];
    const completed = await analyzeFiles(files, { maxBytes: 1 << 20, workerScript, threads: 2, onResult: (r) => results.set(r.file, r), onProgress: (done) => progress.push(done) });
    assert.equal(completed, true);
    assert.equal(progress[progress.length - 1], files.length);
    return results;
  }

  it('gives the same results on worker threads as on this thread', async () => {
    assert.ok(fs.existsSync(WORKER), 'the worker is bundled (node esbuild.mjs)');
    const here = await run();
    const there = await run(WORKER);
    assert.equal(there.size, files.length);
    assert.deepEqual([...there.entries()].sort(), [...here.entries()].sort());
    const skipped = there.get(files[7])!;
    assert.deepEqual(skipped, { file: files[7], skipped: 'binary file', error: false });
    const first = there.get(files[0])!;
    assert.ok('analysis' in first);
    assert.equal(first.analysis.meta.date, '2026-02-01', 'the file-name date reaches the worker');
    assert.equal(first.analysis.claims[0].figure.value, 2);
  });

  it('keeps only the claims when asked, in workers too', async () => {
    const results: ReadArticle[] = [];
    await analyzeFiles(files, { maxBytes: 1 << 20, workerScript: WORKER, threads: 2, detail: 'claims', onResult: (r) => results.push(r) });
    const read = results.find((r) => r.file === files[0])!;
    assert.ok('analysis' in read);
    assert.equal(read.analysis.claims[0].figure.value, 2);
    assert.deepEqual([read.analysis.sentences, read.analysis.figures, read.analysis.dates], [[], [], []]);
    assert.ok(read.analysis.entities.some((e) => e.type === 'location'), 'entities stay: workspace-wide references and story finding read them');
  });

  it('survives a worker that dies: the rest of its batch is retried, the file that kills it alone fails', async () => {
    // A stand-in worker that dies on one file, as a real one would on running out of memory.
    const script = path.join(dir, 'fragile-worker.js');
    fs.writeFileSync(script, `const { parentPort } = require('node:worker_threads');
parentPort.on('message', (m) => {
  if (m.files.some((f) => f.endsWith('story-40.news'))) process.exit(3);
  parentPort.postMessage({ results: m.files.map((file) => ({ file, skipped: 'read', error: false })) });
});\n`);
    const results = new Map<string, ReadArticle>();
    const completed = await analyzeFiles(files, { maxBytes: 1 << 20, workerScript: script, threads: 2, onResult: (r) => results.set(r.file, r) });
    assert.equal(completed, true);
    assert.equal(results.size, files.length);
    const poison = files.find((f) => f.endsWith('story-40.news'))!;
    for (const [file, r] of results) {
      if (file === poison) assert.deepEqual(r, { file, skipped: 'analysis failed (Error: the analysis worker exited with code 3)', error: true });
      else assert.deepEqual(r, { file, skipped: 'read', error: false });
    }
  });

  it('stops when cancelled', async () => {
    let n = 0;
    const completed = await analyzeFiles(files, { maxBytes: 1 << 20, workerScript: WORKER, threads: 2, onResult: () => n++, cancelled: () => n > 30 });
    assert.equal(completed, false);
    assert.ok(n < files.length);
  });
});

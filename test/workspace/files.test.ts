import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileNameDate } from '../../server/src/workspace/articleDates';
import { decodeArticle, DEFAULT_ARTICLE_GLOBS, DEFAULT_FACT_BASE_GLOBS, DEFAULT_MAX_FILE_BYTES, listFiles, readArticleFile } from '../../server/src/workspace/files';
import { defineEvent, eventKey, groupKeyOf } from '../../server/src/workspace/grouping';

const GLOBS = { articles: DEFAULT_ARTICLE_GLOBS, factBases: DEFAULT_FACT_BASE_GLOBS };

describe('files of a workspace', () => {
  let dir: string;
  const rel = (files: readonly string[]) => files.map((f) => path.relative(dir, f).split(path.sep).join('/'));

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newslens-files-'));
    for (const f of ['b.news', 'a.news', 'x.article', 'story.facts.yaml', 'old.facts.yml', 'notes.md', 'deep/er/c.news', 'deep/d.txt',
      '.hidden.news', '.git/e.news', 'node_modules/p/f.news', 'dist/g.news', 'out/h.news', '.vscode-test/i.news', '.cache/j.news', '.hg/k.news', '.svn/l.news']) {
      fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
      fs.writeFileSync(path.join(dir, f), 'text');
    }
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('walks folders for articles and fact bases, sorted, skipping hidden and build folders', () => {
    const found = listFiles([dir], GLOBS);
    assert.deepEqual(rel(found.articles), ['a.news', 'b.news', 'deep/er/c.news', 'x.article']);
    assert.deepEqual(rel(found.factBases), ['old.facts.yml', 'story.facts.yaml']);
  });

  it('takes more globs, never counts a fact base as an article, and lists each file once', () => {
    const found = listFiles([dir, path.join(dir, 'deep'), path.join(dir, 'a.news')], { articles: ['**/*'], factBases: DEFAULT_FACT_BASE_GLOBS });
    assert.deepEqual(rel(found.articles), ['a.news', 'b.news', 'deep/d.txt', 'deep/er/c.news', 'notes.md', 'x.article']);
    assert.deepEqual(rel(found.factBases), ['old.facts.yml', 'story.facts.yaml']);
  });

  it('takes a file named on its own as an article, unless it is a fact base', () => {
    const found = listFiles([path.join(dir, 'notes.md'), path.join(dir, 'story.facts.yaml')], GLOBS);
    assert.deepEqual([rel(found.articles), rel(found.factBases)], [['notes.md'], ['story.facts.yaml']]);
  });

  it('reads an article, or says why it skips it', () => {
    assert.deepEqual(decodeArticle(Buffer.from('\ufeffText with a BOM'), DEFAULT_MAX_FILE_BYTES), { text: 'Text with a BOM' });
    assert.deepEqual(decodeArticle(Buffer.from('Café'), DEFAULT_MAX_FILE_BYTES), { text: 'Café' });
    assert.deepEqual(decodeArticle(Buffer.from([0x43, 0x61, 0x66, 0xe9]), DEFAULT_MAX_FILE_BYTES), { skipped: 'not valid UTF-8', error: false });
    assert.deepEqual(decodeArticle(Buffer.from([65, 0, 66]), DEFAULT_MAX_FILE_BYTES), { skipped: 'binary file', error: false });
    const lateNul = Buffer.alloc(9000, 65);
    lateNul[8500] = 0;
    assert.deepEqual(decodeArticle(lateNul, DEFAULT_MAX_FILE_BYTES), { text: lateNul.toString('utf8') }, 'only the first 8 KB are probed for NUL');
    assert.deepEqual(decodeArticle(Buffer.alloc(2048, 65), 2048), { text: 'A'.repeat(2048) });
    assert.deepEqual(decodeArticle(Buffer.alloc(2049, 65), 2048), { skipped: 'larger than 2 KB', error: false });
    assert.deepEqual(decodeArticle(Buffer.alloc(3 * 1024 * 1024, 65), DEFAULT_MAX_FILE_BYTES), { skipped: 'larger than 2048 KB', error: false });
    fs.writeFileSync(path.join(dir, 'big.txt'), Buffer.alloc(1536, 65));
    assert.deepEqual(readArticleFile(path.join(dir, 'big.txt'), 1024), { skipped: 'larger than 1 KB', error: false });
    assert.deepEqual(readArticleFile(path.join(dir, 'b.news')), { text: 'text' });
    assert.deepEqual(readArticleFile(path.join(dir, 'missing.news')), { skipped: 'unreadable (ENOENT)', error: true });
  });
});

describe('which story an article belongs to', () => {
  const base = path.resolve('/desk/story.facts.yaml');
  const event = (documents: string[]) => defineEvent(base, { id: 'fire', title: 'The fire', documents, span: { start: 0, end: 1 } });

  it('matches an event’s globs relative to the fact base: a bare glob by file name at any depth', () => {
    const bare = event(['*.news']);
    assert.equal(bare.matches(path.resolve('/desk/a.news')), true);
    assert.equal(bare.matches(path.resolve('/desk/wire/deep/a.news')), true);
    assert.equal(bare.matches(path.resolve('/desk/a.txt')), false);
    assert.equal(bare.matches(path.resolve('/elsewhere/a.news')), false, 'outside the fact base’s folder');
    const pathGlob = event(['wire/*.news']);
    assert.equal(pathGlob.matches(path.resolve('/desk/wire/a.news')), true);
    assert.equal(pathGlob.matches(path.resolve('/desk/wire/deep/a.news')), false);
    assert.equal(pathGlob.matches(path.resolve('/desk/a.news')), false);
    assert.equal(event([]).matches(path.resolve('/desk/a.news')), false);
    assert.equal(event(['*.news']).matches(path.resolve('/desk/.draft.news')), false, 'hidden files are not matched');
  });

  it('groups by the event the article names, then by the fact base’s globs, then by folder', () => {
    const events = [event(['wire/*.news']), defineEvent(base, { id: 'flood', title: 'The flood', documents: ['*.news'], span: { start: 0, end: 1 } })];
    assert.equal(eventKey(events[0]), 'event:fire');
    assert.equal(groupKeyOf(path.resolve('/desk/a.news'), 'fire', events), 'event:fire');
    assert.equal(groupKeyOf(path.resolve('/desk/a.news'), 'storm', events), 'event:storm', 'an event no fact base defines');
    assert.equal(groupKeyOf(path.resolve('/desk/wire/a.news'), undefined, events), 'event:fire', 'the first event that matches');
    assert.equal(groupKeyOf(path.resolve('/desk/other/a.news'), undefined, events), 'event:flood');
    assert.equal(groupKeyOf(path.resolve('/elsewhere/a.news'), undefined, events), `folder:${path.resolve('/elsewhere')}`);
  });

  it('dates an article by its file name when the name starts with a date', () => {
    assert.equal(fileNameDate('/desk/2026-03-05-raid.news'), '2026-03-05');
    assert.equal(fileNameDate('2026-03-05.news'), '2026-03-05');
    assert.equal(fileNameDate('/desk/2026-02-30-raid.news'), undefined);
    assert.equal(fileNameDate('/2026-03-05/raid.news'), undefined, 'the name, not the folder');
    assert.equal(fileNameDate('/desk/raid-2026-03-05.news'), undefined);
  });
});

import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { DocumentKinds } from '../../server/src/lsp/documentKinds';
import { DEFAULT_SETTINGS, readSettings } from '../../server/src/lsp/settings';
import { pathToUri, uriToPath } from '../../server/src/lsp/uris';

describe('newslens.* settings as the server reads them', () => {
  it('keeps the defaults for anything missing or malformed', () => {
    for (const raw of [undefined, null, 'text', 7, [], {}]) assert.deepEqual(readSettings(raw), DEFAULT_SETTINGS, JSON.stringify(raw));
    assert.deepEqual(readSettings({ languages: 'news', files: ['**/*.md', 3], factBases: null, severity: 'error', maxFileSizeKb: '2' }), DEFAULT_SETTINGS);
    assert.deepEqual(readSettings({ maxFileSizeKb: 0 }).maxFileBytes, DEFAULT_SETTINGS.maxFileBytes);
    assert.deepEqual(readSettings({ maxFileSizeKb: -5 }).maxFileBytes, DEFAULT_SETTINGS.maxFileBytes);
  });

  it('takes well-formed values, and only the known severities', () => {
    const s = readSettings({
      languages: ['news', 'markdown'], files: ['**/*.md'], factBases: ['desk/*.yaml'], maxFileSizeKb: 1.5,
      severity: { 'cross-doc-mismatch': 'error', 'fact-mismatch': 'off', 'sum-mismatch': 'loud', 'figure-update': 3, 'internal-mismatch': 'hint', 'fact-base-error': 'information', other: 'warning' },
    });
    assert.deepEqual(s, {
      languages: ['news', 'markdown'], files: ['**/*.md'], factBases: ['desk/*.yaml'], maxFileBytes: 1536,
      severity: { 'cross-doc-mismatch': 'error', 'fact-mismatch': 'off', 'internal-mismatch': 'hint', 'fact-base-error': 'information', other: 'warning' },
    });
    assert.deepEqual(DEFAULT_SETTINGS, { languages: ['news'], files: ['**/*.news', '**/*.article'], factBases: ['**/*.facts.yaml', '**/*.facts.yml'], severity: {}, maxFileBytes: 2 * 1024 * 1024 });
  });
});

describe('what a document is', () => {
  const root = path.resolve('/desk');
  const kinds = (settings = DEFAULT_SETTINGS, folders = [root]) => new DocumentKinds(settings, () => folders);

  it('tells fact bases, articles and other files apart by glob, relative to the workspace folder', () => {
    const k = kinds();
    assert.equal(k.of(path.join(root, 'story', 'a.news')), 'article');
    assert.equal(k.of(path.join(root, 'a.article')), 'article');
    assert.equal(k.of(path.join(root, 'story', 'story.facts.yaml')), 'factBase');
    assert.equal(k.of(path.join(root, 'story.facts.yml')), 'factBase');
    assert.equal(k.of(path.join(root, 'notes.md')), 'other');
    assert.equal(k.of(path.join(root, '.hidden', 'a.news')), 'other', 'dot folders are not matched');
    assert.equal(k.of(path.join(root, '.drafts', 'story.facts.yaml')), 'other', 'nor fact bases in them');
  });

  it('takes an open document’s language id, but a fact-base glob first', () => {
    const k = kinds({ ...DEFAULT_SETTINGS, languages: ['news', 'markdown'] });
    assert.equal(k.of(path.join(root, 'notes.md'), 'markdown'), 'article');
    assert.equal(k.of(path.join(root, 'notes.md'), 'plaintext'), 'other');
    assert.equal(k.of(path.join(root, 'story.facts.yaml'), 'news'), 'factBase');
    assert.equal(k.of(path.join(root, 'a.news'), 'plaintext'), 'article', 'an article file in any language mode');
  });

  it('matches files outside every folder by their name, and uses the folder that holds them', () => {
    const k = kinds({ ...DEFAULT_SETTINGS, files: ['wire/*.txt'] }, [path.join(root, 'a'), path.join(root, 'b')]);
    assert.equal(k.of(path.join(root, 'b', 'wire', 'x.txt')), 'article');
    assert.equal(k.of(path.join(root, 'b', 'other', 'wire', 'x.txt')), 'other');
    assert.equal(k.of(path.resolve('/elsewhere', 'x.txt')), 'other');
    assert.equal(kinds(DEFAULT_SETTINGS, []).of(path.resolve('/elsewhere', 'x.news')), 'article');
    assert.equal(k.of(path.join(root, 'ab', 'wire', 'x.txt')), 'other', 'a sibling folder whose name starts like a workspace folder');
  });
});

describe('document URIs and paths', () => {
  it('turns file URIs into paths and back, and keeps other schemes as they are', () => {
    const file = path.resolve('/desk/a b/ü.news');
    assert.equal(uriToPath(pathToUri(file)), file);
    assert.equal(pathToUri(file), 'file:///desk/a%20b/%C3%BC.news');
    assert.equal(uriToPath('untitled:Untitled-1'), 'untitled:Untitled-1');
    assert.equal(uriToPath('file://remote-host/share/a.news'), 'file://remote-host/share/a.news', 'a URI this platform cannot map stays a URI');
  });
});

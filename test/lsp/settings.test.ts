import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { TestClient, uriOf } from './client';
import { ready } from './protocol';

const ARTICLE = (n: string) => `---\ndate: 2026-01-05\n---\n${n} people were killed on Sunday.\n`;
const ERROR = 1;
const INFORMATION = 3;
const HINT = 4;

/** Two folders whose stories both disagree, each with settings of its own. */
describe('settings per workspace folder, and the desk\'s .newslens.yaml', function () {
  let root: string;
  let desk: string;
  let other: string;
  let client: TestClient;
  const file = (folder: string, name: string) => path.join(folder, name);
  const diags = (folder: string, name: string): Diagnostic[] | undefined => client.diagnostics.get(uriOf(file(folder, name)));
  const mismatchSeverity = (folder: string, name: string) => diags(folder, name)?.find((d) => d.code === 'cross-doc-mismatch')?.severity;
  let editorSettings: (scopeUri?: string) => Record<string, unknown>;

  before(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'newslens-settings-'));
    desk = path.join(root, 'desk');
    other = path.join(root, 'other');
    for (const folder of [desk, other]) {
      fs.mkdirSync(path.join(folder, 'drafts'), { recursive: true });
      fs.writeFileSync(file(folder, 'a.news'), ARTICLE('Four'));
      fs.writeFileSync(file(folder, 'b.news'), ARTICLE('Five'));
      fs.writeFileSync(file(folder, 'drafts/c.news'), ARTICLE('Six'));
      fs.writeFileSync(file(folder, 'story.md'), ARTICLE('Seven'));
      fs.writeFileSync(file(folder, 'README.md'), ARTICLE('Eight'));
    }
    // The desk shares its settings through git: drafts are not checked, a disagreement is an error.
    fs.writeFileSync(file(desk, '.newslens.yaml'), 'exclude: ["drafts/**"]\nseverity:\n  cross-doc-mismatch: error\n');
    // The other folder's editor settings: a hint, and Markdown articles too.
    editorSettings = (scope) => scope === uriOf(other)
      ? { severity: { 'cross-doc-mismatch': 'hint' }, files: ['**/*.news', '**/*.md'] }
      : {};
    client = new TestClient((scope) => editorSettings(scope));
    await client.initialize(desk, other);
  });
  after(async () => {
    await client.stop();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('reads each folder\'s settings: the desk file in one, the editor\'s folder settings in the other', async () => {
    await client.until(() => mismatchSeverity(desk, 'a.news') === ERROR, 'an error in the desk folder (its .newslens.yaml)');
    await client.until(() => mismatchSeverity(other, 'a.news') === HINT, 'a hint in the other folder (its folder settings)');
    assert.equal(diags(desk, 'drafts/c.news'), undefined, 'the desk\'s drafts are excluded: not read at all');
    await client.until(() => diags(other, 'drafts/c.news'), 'the other folder reads its drafts (diagnostics published, none found)');
    await client.until(() => diags(other, 'story.md')?.length, 'Markdown articles read where the folder names them');
    assert.equal(diags(desk, 'story.md'), undefined, 'and not elsewhere');
    assert.equal(diags(other, 'README.md'), undefined, 'a README is never an article (the default exclude)');
  });

  it('puts the editor\'s settings over the desk file, and applies a change without a restart', async () => {
    editorSettings = (scope) => scope === uriOf(desk) ? { severity: { 'cross-doc-mismatch': 'information' } } : {};
    client.changeSettings(editorSettings);
    await client.until(() => mismatchSeverity(desk, 'a.news') === INFORMATION, 'the editor\'s severity over the desk file\'s');
    await client.until(() => mismatchSeverity(other, 'a.news') === 2, 'the other folder back at the default (warning)');
    await client.until(() => diags(other, 'story.md')?.length === 0, 'Markdown no longer read in the other folder');
  });

  it('re-reads the desk file when it changes, and shows its problems where they are', async () => {
    const settingsFile = file(desk, '.newslens.yaml');
    fs.writeFileSync(settingsFile, 'exclude: drafts\nmaxFileSizeKb: 64\nseverity:\n  not-a-code: error\n');
    client.filesChanged({ uri: uriOf(settingsFile), type: 2 });
    const problems = await client.until(() => diags(desk, '.newslens.yaml')?.length === 2 ? diags(desk, '.newslens.yaml') : undefined, 'two problems in .newslens.yaml');
    assert.deepEqual(problems.map((d) => [d.code, d.range.start.line, d.severity]), [['settings-error', 0, ERROR], ['settings-error', 3, ERROR]]);
    assert.match(problems[0].message, /"exclude" must be a list of strings/);
    assert.match(problems[1].message, /finding codes only .*not "not-a-code"/);
    // Without a valid exclude, the drafts are read again.
    await client.until(() => diags(desk, 'drafts/c.news'), 'the drafts read again');
    const since = client.notifications.length;
    const readings = () => client.notifications.slice(since).filter((n) => n.method === 'newslens/folders').length;
    fs.writeFileSync(settingsFile, 'exclude: ["drafts/**"]\n');
    client.filesChanged({ uri: uriOf(settingsFile), type: 2 });
    await client.until(() => diags(desk, '.newslens.yaml')?.length === 0 && readings() === 1, 'the problems cleared');
    // Once cleared, a sound desk file is not published again at every reading of the settings.
    const publishes = client.published.get(uriOf(settingsFile));
    client.changeSettings(editorSettings);
    await client.until(() => readings() === 2, 'the settings read again');
    assert.equal(client.published.get(uriOf(settingsFile)), publishes);
  });

  it('takes the desk file\'s ignore list: those codes are not reported in that folder, and come back without it', async () => {
    editorSettings = () => ({}); // the editor's severity would win over the desk file's ignore
    client.changeSettings(editorSettings);
    const settingsFile = file(desk, '.newslens.yaml');
    fs.writeFileSync(settingsFile, 'exclude: ["drafts/**"]\nignore: [cross-doc-mismatch]\n');
    client.filesChanged({ uri: uriOf(settingsFile), type: 2 });
    await client.until(() => diags(desk, 'a.news') && mismatchSeverity(desk, 'a.news') === undefined, 'the desk folder\'s disagreement ignored');
    assert.equal(mismatchSeverity(other, 'a.news'), 2, 'the other folder still reports it');
    fs.writeFileSync(settingsFile, 'exclude: ["drafts/**"]\n');
    client.filesChanged({ uri: uriOf(settingsFile), type: 2 });
    await client.until(() => mismatchSeverity(desk, 'a.news') === 2, 'reported again (a warning, the default)');
  });
});

describe('a workspace folder whose URI ends with a slash, as some editors send it', function () {
  let folder: string;
  let client: TestClient;

  before(async () => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'newslens-slash-'));
    fs.writeFileSync(path.join(folder, 'a.news'), ARTICLE('Four'));
    fs.writeFileSync(path.join(folder, 'b.news'), ARTICLE('Five'));
    fs.writeFileSync(path.join(folder, '.newslens.yaml'), 'severity:\n  cross-doc-mismatch: error\n');
    client = new TestClient();
    await client.initialize(`${folder}${path.sep}`);
  });
  after(async () => {
    await client.stop();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('reads the desk file in that folder', async () => {
    assert.ok(uriOf(`${folder}${path.sep}`).endsWith('/'));
    await ready(client);
    const mismatch = client.diagnostics.get(uriOf(path.join(folder, 'a.news')))?.find((d) => d.code === 'cross-doc-mismatch');
    assert.equal(mismatch?.severity, ERROR, 'the disagreement between the two articles is an error, as the desk file says');
  });
});

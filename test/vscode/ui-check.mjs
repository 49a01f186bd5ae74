#!/usr/bin/env node
// UI check for News Lens: drives the real VS Code workbench (code-server 4.100.3 = VS Code 1.100.3,
// with Debian's Chromium through playwright-core) the way a reader of the examples would, and reads
// what is on screen. Three ways to load the extension:
//
//   --mode vsix  (default) the .vsix that `vsce package` builds from the clean tree (the files git
//                tracks), installed into code-server as a user installs it: the desktop build, with
//                the server as a Node process. Also checks the package's contents and size, the
//                extension's page (icon, README pictures), the walkthrough, and an unrelated folder
//                where News Lens must stay out of sight.
//   --mode web   the same extension without its desktop entry, so code-server runs it in the
//                browser's web extension host (as vscode.dev and github.dev do): client and server in
//                web workers, the files read through the editor.
//   --mode dev   the working tree's build, loaded as an extension under development.
//
// In every mode, on a copy of examples/ with one unreadable article added:
//   1. opens golden-reed/2026-03-09-warrants.news with Quick Open; waits for the error and warning squiggles;
//   2. finds the notification that names the skipped file, runs its "Open Log" action and reads the
//      News Lens output (version, where it runs, what it indexed);
//   3. runs "News Lens: Check Consistency" from the command palette and reads the notification;
//   4. opens the Problems panel and reads its rows; clicks a finding's code and finds the findings
//      documentation open in a Markdown preview at that code's section;
//   5. hovers the figure "About 50" and reads the hover (fact base value 64, the other article);
//   6. saves pictures: the whole window, the hover, the Problems panel (the README's and the
//      walkthrough's, with --pictures images);
//   7. opens the light bulb (Ctrl+.) on "About 50" and reads the desk's actions (code-actions.webp);
//   8. hovers a count that went back and forth and reads its timeline (timeline-hover.webp);
//   9. focuses the "News Lens: Stories" view and reads its stories and timelines (stories.webp);
//  10. the desk's edits: marks the count that went back and forth as reviewed (the fact base opens at
//      the note, the warning goes) and ignores fact-mismatch in the folder (a per-folder setting: the
//      error goes).
//
//   node test/vscode/ui-check.mjs [--mode vsix|web|dev] [--vsix FILE] [--pictures DIR] [--verbose]
//
// Needs `bash test/vscode/install-code-server.sh` and the bundles in dist/ (node esbuild.mjs).
// Exit code: 0 = all checks passed, 1 = a check failed (test-results/ui-check-failed-<mode>.png), 2 = setup error.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser, SetupError, startCodeServer, stopAll, workbenchUrl } from './run-extension-tests.mjs';
import { vsix, webOnly } from './package-extension.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const RESULTS = path.join(ROOT, 'test-results');

// ---- what to check ---------------------------------------------------------------------------
const CHECKS = {
  file: 'golden-reed/2026-03-09-warrants.news', // opened with Quick Open, relative to the workspace
  unreadable: 'golden-reed/scanned-page.news', // added to the copy of the examples: not text
  skipped: /News Lens did not read golden-reed\/scanned-page\.news: binary file/,
  output: [/News Lens 0\.1\.0 \((desktop|web)\) activated/, /News Lens: 0\.1\.0 started \((Node v[\d.]+|web worker)\)/, /indexed 11 articles and 3 fact bases in .*examples \(1 skipped\)/],
  command: 'News Lens: Check Consistency', // command palette title
  notification: /checked 11 articles and 3 fact bases: 4 errors, 5 warnings/, // the command's information message
  problems: /fact-mismatch|Contradicts the fact base/, // Problems panel rows
  hoverWord: 'About 50', // figure to hover
  // the finding's code on that figure, a link in the Problems panel: the documentation's tab, scrolled to the code
  documentation: { code: 'fact-mismatch', tab: 'Preview findings.md' },
  // rendered hover text: the fact base value and the other article's figure
  hover: [/About 50 · approximately 50/, /Fact base · [^:]+: 64\b/, /Other articles on this event 2026-03-08-flight\.news: “Sixty-four”/],
  // the light bulb on the figure: the desk's actions
  actions: [/Replace with the fact base's value: “About 64”/, /Ignore fact-mismatch here/, /Open the fact base/],
  // a count that went back and forth, hovered in the last report
  timelineFile: 'harbour-fire/2026-12-02-reopening.news',
  timelineWord: 'Nine',
  timeline: /Timeline · went back and forth · 9 \(Nov 27\) → 10 \(Nov 30\) → 9 \(Dec 2\)/,
  timelineText: '9 (Nov 27) → 10 (Nov 30) → 9 (Dec 2)',
  // the desk's edits, after the checks above: a difference marked as reviewed (in the last report), a code ignored in the folder
  desk: {
    reviewed: { action: 'Mark as reviewed: the difference with 2026-11-30-inquiry.news', factBase: 'harbour-fire.facts.yaml', note: 'reviewed' },
    ignored: { action: 'Ignore fact-mismatch in this folder' },
  },
  // the story view
  stories: [/Warehouse fire at the port of Calloway/, /3 articles · 1 disputed/, /workers · injured/],
};

/** What the .vsix may hold: what the extension runs and shows, nothing else. */
const PACKAGE_FILES = [
  /^(package\.json|CHANGELOG\.md|LICENSE)$/,
  /^dist\/(README\.md|server\.js|client\.js|web\/client\.js)$/, // README.md with its pictures inlined
  /^syntaxes\/[\w.-]+\.json$/,
  /^images\/(icon\.png|hover\.webp|problems\.webp)$/, // the icon and the walkthrough's pictures
  /^media\/walkthrough\/[\w.-]+\.md$/,
  /^examples\/golden-reed\/[\w.-]+\.(news|facts\.yaml)$/,
];
/** The first characters of the tagger's weights (server/src/engine/entities/tagger/weights.ts), to count their copies. */
const WEIGHTS_MARK = fs.readFileSync(path.join(ROOT, 'server/src/engine/entities/tagger/weights.ts'), 'utf8').match(/'([A-Za-z0-9+/]{60})/)[1];

// User settings of the throw-away profile: a dark theme and a layout that fits the pictures.
const SETTINGS = {
  'workbench.colorTheme': 'Default Dark Modern',
  'editor.semanticHighlighting.enabled': true,
  'editor.fontSize': 14,
  'editor.lineHeight': 21,
  'editor.minimap.enabled': false,
  'editor.renderWhitespace': 'none',
  'editor.hover.delay': 200,
  'editor.hover.sticky': true,
  'breadcrumbs.enabled': false,
  'workbench.editor.enablePreview': false,
  'workbench.layoutControl.enabled': false,
  'window.commandCenter': false,
  'chat.commandCenter.enabled': false,
  'problems.defaultViewMode': 'tree',
};
const VIEWPORT = { width: 1400, height: 900 };
// ----------------------------------------------------------------------------------------------

function parseArgs(argv) {
  const o = { mode: 'vsix', vsix: undefined, pictures: path.join(RESULTS, 'ui'), verbose: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const val = () => {
      if (i + 1 >= argv.length) throw new SetupError(`missing value for ${a}`);
      return argv[++i];
    };
    if (a === '--mode') o.mode = val();
    else if (a === '--vsix') o.vsix = path.resolve(val());
    else if (a === '--pictures') o.pictures = path.resolve(val());
    else if (a === '--verbose') o.verbose = true;
    else throw new SetupError(`unknown argument ${a}`);
  }
  if (!['vsix', 'web', 'dev'].includes(o.mode)) throw new SetupError(`unknown --mode ${o.mode} (vsix, web or dev)`);
  if (o.mode !== 'vsix' && !fs.existsSync(path.join(ROOT, 'dist', 'server.js'))) throw new SetupError('dist/ is missing: run node esbuild.mjs first');
  return o;
}

function check(name, actual, ok) {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}: ${JSON.stringify(actual)}`);
  if (!ok) throw new Error(`check failed: ${name}`);
}

const clean = (s) => s.replace(/\s+/g, ' ').trim();

/** A copy of the examples with an article that cannot be read (a scanned page saved as .news). */
function workspaceCopy() {
  const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'newslens-ui-')), 'examples');
  fs.cpSync(path.join(ROOT, 'examples'), dir, { recursive: true });
  fs.writeFileSync(path.join(dir, CHECKS.unreadable), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x00, 0x0d]));
  return dir;
}

/** What the extension must ship: the files package.json names (entries, icon, grammar, walkthrough media) and the storefront's. */
function shipped() {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const c = pkg.contributes;
  const media = c.walkthroughs.flatMap((w) => w.steps.map((s) => s.media.image ?? s.media.markdown));
  return [pkg.main, pkg.browser, pkg.icon, 'dist/server.js', 'dist/README.md', 'CHANGELOG.md', 'LICENSE',
    'examples/golden-reed/golden-reed.facts.yaml', // the story News Lens: Open Example Story copies
    ...c.languages.map((l) => l.configuration), ...c.grammars.map((g) => g.path), ...media].map((f) => path.normalize(f));
}

/** The .vsix: built from the clean tree and checked (contents, weights once), or the one given. */
function packaged(opts) {
  if (opts.vsix) return opts.vsix;
  const t0 = Date.now();
  const built = vsix(path.join(RESULTS, 'news-lens.vsix'), WEIGHTS_MARK);
  console.log(`vsix built from the clean tree in ${((Date.now() - t0) / 1000).toFixed(1)} s: ${(built.bytes / 1024).toFixed(0)} KB, ${built.files.length} files`);
  const unexpected = built.files.filter((f) => !PACKAGE_FILES.some((re) => re.test(f)));
  check('vsix holds only what the extension runs', unexpected, unexpected.length === 0);
  const missing = shipped().filter((f) => !built.files.includes(f));
  check('vsix holds what the manifest names, the README and CHANGELOG', missing, missing.length === 0);
  check('tagger weights, copies per script', built.copies, built.copies.reduce((n, [, c]) => n + c, 0) === 1);
  check('no CLI in the vsix', built.files.filter((f) => /(^|\/)cli\.js$/.test(f)), !built.files.some((f) => /(^|\/)cli\.js$/.test(f)));
  return built.file;
}

async function runCommand(page, title) {
  const quickInput = page.locator('.quick-input-widget');
  await page.keyboard.press('F1');
  await quickInput.waitFor({ state: 'visible' });
  await page.keyboard.type(title);
  await quickInput.locator('.monaco-list-row.focused', { hasText: title }).first().waitFor();
  await page.keyboard.press('Enter');
}

async function openFile(page, file) {
  const quickInput = page.locator('.quick-input-widget');
  await page.locator('.monaco-workbench').click({ position: { x: 5, y: 5 } }).catch(() => {});
  await page.keyboard.press('Control+P');
  await quickInput.waitFor({ state: 'visible' });
  await page.keyboard.type(path.basename(file));
  // Enter opens the focused row: wait until the filter has put the file there (before it has, the rows
  // are the recently opened editors, and on a loaded machine Enter would reopen another one).
  await quickInput.locator('.monaco-list-row.focused', { hasText: path.basename(file) }).first().waitFor();
  await page.keyboard.press('Enter');
  await page.locator('.tabs-container .tab.active', { hasText: path.basename(file) }).first().waitFor();
}

/** The text of the Output view, as its editor shows it, once a line holds `awaited` (its spaces are no-break spaces on screen). */
async function outputText(page, awaited) {
  await page.waitForFunction((text) => [...document.querySelectorAll('.panel .view-line')].some((l) => l.textContent.replace(/\u00a0/g, ' ').includes(text)),
    awaited, { timeout: 20_000 });
  const lines = page.locator('.panel .output-view .view-line, .panel [id="workbench.panel.output"] .view-line');
  return (await lines.allInnerTexts()).join('\n').replace(/\u00a0/g, ' ');
}

/** The on-screen rectangle of `word` in the editor: a DOM Range over the view-line text. */
function wordRect(page, word) {
  return page.evaluate((word) => {
    const ed = document.querySelector('.editor-instance .monaco-editor');
    for (const line of ed.querySelectorAll('.view-line')) {
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      let text = '';
      const nodes = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        nodes.push({ node: n, start: text.length });
        text += n.textContent;
      }
      const at = text.replace(/\u00a0/g, ' ').indexOf(word);
      if (at < 0) continue;
      const locate = (offset) => {
        const hit = nodes.filter((x) => x.start <= offset).pop();
        return [hit.node, offset - hit.start];
      };
      const r = document.createRange();
      r.setStart(...locate(at));
      r.setEnd(...locate(at + word.length));
      const b = r.getBoundingClientRect();
      return { x: b.x, y: b.y, width: b.width, height: b.height };
    }
    return null;
  }, word);
}

/**
 * Where the heading with id `id` is in the webview frame that shows it (a Markdown preview):
 * its top in the frame, how far the frame has scrolled and the frame's height; undefined while no frame shows it.
 */
async function headingInWebview(page, id) {
  for (const frame of page.frames()) {
    const at = await frame.evaluate((id) => {
      const heading = document.getElementById(id);
      return heading && /^H\d$/.test(heading.tagName)
        ? { top: Math.round(heading.getBoundingClientRect().top), scrolled: Math.round(window.scrollY), height: window.innerHeight }
        : undefined;
    }, id).catch(() => undefined);
    if (at) return at;
  }
  return undefined;
}

/**
 * Saves a picture of `target` (the page or an element) as WebP at quality 90, encoded by the
 * browser itself: the README inlines its pictures (see esbuild.mjs), and WebP holds these
 * screenshots in about 55% of PNG's bytes with the text still crisp.
 */
async function savePicture(page, target, file) {
  const png = await target.screenshot();
  const webp = await page.evaluate(async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    canvas.getContext('2d').drawImage(bitmap, 0, 0);
    const out = new Uint8Array(await (await canvas.convertToBlob({ type: 'image/webp', quality: 0.9 })).arrayBuffer());
    let binary = '';
    for (let i = 0; i < out.length; i += 0x8000) binary += String.fromCharCode(...out.subarray(i, i + 0x8000));
    return btoa(binary);
  }, png.toString('base64'));
  fs.writeFileSync(file, Buffer.from(webp, 'base64'));
}

/** Brings the open file's tab to the front. */
async function showTab(page, file) {
  await page.locator('.tabs-container .tab', { hasText: path.basename(file) }).first().click();
  await page.locator('.tabs-container .tab.active', { hasText: path.basename(file) }).first().waitFor();
}

/** Opens the light bulb (Ctrl+.) on `word` in the active editor; returns its menu once it lists `hasText`. */
async function lightBulb(page, word, hasText) {
  const at = await wordRect(page, word);
  if (!at) throw new Error(`"${word}" not found in the editor`);
  await page.mouse.click(at.x + at.width / 2, at.y + at.height / 2);
  await page.keyboard.press('Control+.');
  const menu = page.locator('.action-widget', { hasText }).first();
  await menu.waitFor({ state: 'visible', timeout: 15_000 });
  return menu;
}

/** Runs the light bulb's action `title` on `word`. */
async function quickFix(page, word, title) {
  const menu = await lightBulb(page, word, title);
  // With the keyboard, as the menu takes no clicks while it opens: down to the action, then Enter.
  const focused = menu.locator('.monaco-list-row.focused');
  for (let i = 0; i < 10 && !(await focused.innerText().catch(() => '')).includes(title); i++) await page.keyboard.press('ArrowDown');
  check(`light bulb on "${word}": ${title}`, clean(await focused.innerText()), clean(await focused.innerText()).includes(title));
  await page.keyboard.press('Enter');
  await menu.waitFor({ state: 'hidden' });
}

/** How many squiggles of `kind` (error, warning) the active editor shows, once it shows `want`. */
async function squiggles(page, kind, want) {
  await page.waitForFunction(([kind, want]) => document.querySelectorAll(`.editor-instance .monaco-editor .squiggly-${kind}`).length === want,
    [kind, want], { timeout: 20_000 }).catch(() => {});
  return page.locator(`.editor-instance .monaco-editor .squiggly-${kind}`).count();
}

/**
 * 10. The desk's edits, as in the browser too, where nothing reaches the disk but through the editor:
 * "Mark as reviewed" writes the known difference into the fact base (which opens at the note) and
 * the warning goes; "Ignore … in this folder" sets the folder's `newslens.ignore` and the error goes.
 */
async function deskChecks(page) {
  const { reviewed, ignored } = CHECKS.desk;
  await openFile(page, CHECKS.timelineFile);
  const before = await squiggles(page, 'warning', 1);
  check('the count that went back and forth: a warning', before, before === 1);
  await quickFix(page, CHECKS.timelineWord, reviewed.action);
  await page.locator('.tabs-container .tab.active', { hasText: reviewed.factBase }).first().waitFor({ timeout: 20_000 });
  const note = page.locator('.editor-instance .monaco-editor .view-line', { hasText: reviewed.note }).first();
  await note.waitFor({ timeout: 10_000 });
  const noteText = clean(await note.innerText());
  check(`"${reviewed.action}" opens the fact base at the note`, noteText, noteText.includes(reviewed.note));
  await showTab(page, CHECKS.timelineFile);
  const left = await squiggles(page, 'warning', 0);
  check('the reviewed difference: no warning left', left, left === 0);

  await showTab(page, CHECKS.file);
  const error = await squiggles(page, 'error', 1);
  check(`"${CHECKS.hoverWord}": an error`, error, error === 1);
  await quickFix(page, CHECKS.hoverWord, ignored.action);
  const errors = await squiggles(page, 'error', 0);
  check(`"${ignored.action}": the folder's setting takes the error away`, errors, errors === 0);
}

/** 4b. A finding's code in the Problems panel links to its documentation: a click opens it, scrolled to the code's section. */
async function documentationChecks(page, rows) {
  const { code, tab } = CHECKS.documentation;
  await rows.filter({ hasText: CHECKS.hoverWord }).locator('a.monaco-link', { hasText: code }).first().click();
  await page.locator('.tabs-container .tab.active', { hasText: tab }).first().waitFor({ timeout: 20_000 });
  // At its section: the preview has scrolled and the heading stands in the top third of the frame (the
  // preview reveals the heading's source line, and in the browser the text above may still settle by a line or two).
  const atSection = (at) => at !== undefined && at.scrolled > 0 && at.top >= -20 && at.top < at.height / 3;
  let at;
  for (let i = 0; i < 40 && !atSection(at); i++) {
    await page.waitForTimeout(250);
    at = await headingInWebview(page, code);
  }
  check(`clicking ${code} opens "${tab}" at its section`, at, atSection(at));
  await page.locator('.tabs-container .tab.active', { hasText: tab }).locator('.codicon-close').first().click();
  await page.locator('.tabs-container .tab.active', { hasText: path.basename(CHECKS.file) }).first().waitFor();
  // Back where the panel's row leads: the finding's place in the article, the editor focused.
  await rows.filter({ hasText: CHECKS.hoverWord }).first().click();
}

async function newsroomChecks(page, opts) {
  const editorLocator = page.locator('.editor-instance .monaco-editor').first();
  // 1. The article, and the squiggles of the language server.
  await openFile(page, CHECKS.file);
  await editorLocator.locator('.view-line', { hasText: CHECKS.hoverWord }).first().waitFor();
  // "About 50" contradicts the fact base (error); "58", which the courts article gives as 59, is
  // inside the fact base's disputed 58–59, so it is no warning.
  await page.waitForFunction(
    () => document.querySelectorAll('.editor-instance .monaco-editor .squiggly-error').length >= 1,
    undefined,
    { timeout: 60_000 },
  );
  const errors = await editorLocator.locator('.squiggly-error').count();
  const warnings = await editorLocator.locator('.squiggly-warning').count();
  check('squiggles (errors, warnings)', [errors, warnings], errors >= 1 && warnings === 0);
  // Typographic quotes and dashes are prose, not ambiguous characters: no boxes (the news language's defaults).
  check('no unicode-highlight boxes in the article', await editorLocator.locator('.unicode-highlight').count(), (await editorLocator.locator('.unicode-highlight').count()) === 0);

  // 2. The skipped file, by name, with "Open Log"; the log says what runs and what it indexed.
  await runCommand(page, 'Notifications: Show Notifications');
  const skipped = page.locator('.notifications-center .notification-list-item', { hasText: CHECKS.skipped }).first();
  await skipped.waitFor({ timeout: 20_000 });
  check('skipped-file notification', clean(await skipped.locator('.notification-list-item-message').innerText()), true);
  await skipped.locator('.monaco-button', { hasText: 'Open Log' }).click();
  const log = await outputText(page, 'indexed');
  check('News Lens output', log.split('\n').filter((l) => /News Lens/.test(l)).slice(0, 4), CHECKS.output.every((re) => re.test(log)));
  await page.keyboard.press('Escape');

  // 3. Command palette (F1) -> "News Lens: Check Consistency" -> notification toast.
  await editorLocator.click({ position: { x: 200, y: 10 } });
  await runCommand(page, CHECKS.command);
  const toast = page.locator('.notifications-toasts .notification-list-item-message', { hasText: CHECKS.notification });
  await toast.first().waitFor({ timeout: 30_000 });
  const notification = clean(await toast.first().innerText());
  check('notification', notification, CHECKS.notification.test(notification));
  await page.locator('.notifications-toasts .notification-toast-container', { hasText: CHECKS.notification }).first().hover().catch(() => {});
  await page.locator('.notifications-toasts .codicon-notifications-clear').first().click({ timeout: 3_000 }).catch(() => {});
  await runCommand(page, 'Notifications: Clear All Notifications').catch(() => {});

  // 4. Problems panel (Ctrl+Shift+M): rows of the cross-article findings.
  await editorLocator.click({ position: { x: 200, y: 10 } });
  await page.keyboard.press('Control+Shift+M');
  const rows = page.locator('.markers-panel .monaco-list-row');
  await page.waitForFunction(() => document.querySelectorAll('.markers-panel .monaco-list-row').length >= 3, undefined, { timeout: 15_000 });
  const rowTexts = (await rows.allInnerTexts()).map(clean);
  check('problems rows', rowTexts.slice(0, 3), rowTexts.some((t) => CHECKS.problems.test(t)));
  const badge = clean(await page.locator('.panel .badge-content').first().innerText().catch(() => ''));
  check('problems badge', badge, badge === '10'); // 4 errors + 5 warnings in the three stories, and the note on the skipped file
  await page.locator('.panel .title-actions .codicon-collapse-all, .panel .title-actions [aria-label="Collapse All"]').first().click();
  await rows.filter({ hasText: path.basename(CHECKS.file) }).first().click();
  await rows.filter({ hasText: 'About 50' }).first().waitFor({ timeout: 5_000 });
  for (let i = 0; i < 5; i++) {
    const twistie = rows.filter({ hasText: 'News Lens' }).locator('.monaco-tl-twistie.collapsible.collapsed').first();
    if ((await twistie.count()) === 0) break;
    await twistie.click();
  }
  const fileRows = (await rows.allInnerTexts()).map(clean);
  check('problems of the open article', fileRows.length,
    !fileRows.some((t) => /“58”.*cross-doc-mismatch/.test(t))
    && fileRows.some((t) => /Contradicts the fact base: “About 50”.*fact-mismatch/.test(t)));
  fs.mkdirSync(opts.pictures, { recursive: true });
  // The pictures of the desktop build; the web build's run adds its own window (web.webp).
  const pictures = opts.mode !== 'web';
  if (pictures) await savePicture(page, page.locator('.part.panel'), path.join(opts.pictures, 'problems.webp'));
  await documentationChecks(page, rows);

  // 5. Hover the figure.
  const rect = await wordRect(page, CHECKS.hoverWord);
  if (!rect) throw new Error(`"${CHECKS.hoverWord}" not found in the editor`);
  const x = rect.x + rect.width / 2;
  const y = rect.y + rect.height / 2;
  await page.mouse.move(x - 40, y + 60);
  await page.mouse.move(x, y, { steps: 5 });
  const hover = page.locator('.monaco-hover:not(.hidden)', { hasText: 'Fact base' }).first();
  await hover.waitFor({ state: 'visible', timeout: 15_000 });
  await page.waitForTimeout(500); // let the hover finish its layout before reading and the picture
  const hoverText = clean(await hover.innerText());
  check('hover', hoverText.slice(0, 120), CHECKS.hover.every((re) => re.test(hoverText)));

  // The diagnostics come first in the hover; scroll it (mouse wheel inside the sticky hover) so
  // that the picture shows News Lens's own part: the reading, the fact base and the other articles.
  const box = await hover.boundingBox();
  if (box) {
    await page.mouse.move(x, box.y + 12, { steps: 3 });
    for (let i = 0; i < 10; i++) {
      const offset = await hover.evaluate((el) => {
        const part = [...el.querySelectorAll('.hover-row, .hover-contents')].find((p) => p.textContent.includes('Fact base ·'));
        return part ? part.getBoundingClientRect().top - el.getBoundingClientRect().top : 0;
      });
      if (offset < 4) break;
      await page.mouse.wheel(0, offset);
      await page.waitForTimeout(150);
    }
    await page.waitForTimeout(300);
    check('hover still shown', true, await hover.isVisible());
  }

  // 6. The pictures.
  if (pictures) await savePicture(page, hover, path.join(opts.pictures, 'hover.webp'));
  await savePicture(page, page, path.join(opts.pictures, opts.mode === 'web' ? 'web.webp' : 'screenshot.webp'));

  // 7. The light bulb on "About 50" (Ctrl+.): the desk's actions, the fact base's value first.
  await page.keyboard.press('Escape');
  const menu = await lightBulb(page, CHECKS.hoverWord, 'Replace with the fact base');
  const menuText = clean(await menu.innerText());
  check('code actions', menuText, CHECKS.actions.every((re) => re.test(menuText)));
  if (pictures) await savePicture(page, page, path.join(opts.pictures, 'code-actions.webp'));
  await page.keyboard.press('Escape');
  await menu.waitFor({ state: 'hidden' });

  // 8. A count that went back and forth: the timeline in the hover.
  await openFile(page, CHECKS.timelineFile);
  await editorLocator.locator('.view-line', { hasText: CHECKS.timelineWord }).first().waitFor();
  const at = await wordRect(page, CHECKS.timelineWord);
  await page.mouse.move(at.x + at.width / 2 - 40, at.y + 60);
  await page.mouse.move(at.x + at.width / 2, at.y + at.height / 2, { steps: 5 });
  const timeline = page.locator('.monaco-hover:not(.hidden)', { hasText: 'Timeline' }).first();
  await timeline.waitFor({ state: 'visible', timeout: 15_000 });
  await page.waitForTimeout(500);
  const timelineText = clean(await timeline.innerText());
  check('timeline hover', timelineText.slice(0, 160), CHECKS.timeline.test(timelineText));
  if (pictures) await savePicture(page, page, path.join(opts.pictures, 'timeline-hover.webp'));
  await page.keyboard.press('Escape');
  await timeline.waitFor({ state: 'hidden' });

  // 9. The story view in the Explorer: the stories, their articles and the disputed counts.
  await runCommand(page, 'Focus on News Lens: Stories View');
  // Room for the view: the folder tree above it collapsed, the Problems panel closed.
  await page.locator('.pane-header', { hasText: 'examples' }).first().click();
  await runCommand(page, 'View: Hide Panel');
  const view = page.locator('.pane', { hasText: 'News Lens: Stories' }).first();
  await view.locator('.monaco-list-row', { hasText: CHECKS.timelineText }).first().waitFor({ timeout: 15_000 });
  const viewText = clean(await view.innerText());
  check('story view', viewText.slice(0, 160), CHECKS.stories.every((re) => re.test(viewText)));
  if (pictures) await savePicture(page, page, path.join(opts.pictures, 'stories.webp'));
  await deskChecks(page);
  console.log(`pictures: ${path.relative(process.cwd(), opts.pictures) || opts.pictures}`);
}

/** The getting-started walkthrough, from the command palette: its four steps (and the README's picture of them). */
async function walkthroughChecks(page, opts) {
  await runCommand(page, 'Welcome: Open Walkthrough...');
  await page.keyboard.type('Get started with News Lens');
  await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Get started with News Lens' }).first().waitFor();
  await page.keyboard.press('Enter');
  const walkthrough = page.locator('.gettingStartedContainer').first();
  await walkthrough.locator('text=Open the example story').first().waitFor({ timeout: 20_000 });
  const steps = (await walkthrough.locator('.getting-started-step .step-title').allInnerTexts()).map(clean);
  check('walkthrough steps', steps, ['Open the example story', 'Hover a figure', 'Run the check', 'Add a fact'].every((s) => steps.includes(s)));
  await savePicture(page, page, path.join(opts.pictures, 'walkthrough.webp'));
}

/** The extension's page in the Extensions view: its icon and the README's pictures load. */
async function detailsPageChecks(page, opts) {
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+Shift+X');
  await page.locator('.extensions-viewlet .suggest-input-container').first().click();
  await page.keyboard.type('@installed News Lens');
  await page.locator('.extensions-viewlet .monaco-list-row', { hasText: 'News Lens' }).first().click({ timeout: 20_000 });
  const editor = page.locator('.extension-editor').first();
  await editor.waitFor({ timeout: 20_000 });
  const icon = editor.locator('.header .icon-container img.icon').first();
  await page.waitForFunction((el) => el && el.complete, await icon.elementHandle(), { timeout: 15_000 });
  const iconSize = await icon.evaluate((img) => [img.naturalWidth, img.naturalHeight]);
  check('extension page: icon', iconSize, iconSize[0] === 256);
  // The README is shown in a webview (nested frames): every picture in it must load.
  let pictures;
  for (let tries = 0; tries < 60 && !pictures; tries++) {
    for (const frame of page.frames()) {
      const found = await frame.evaluate(() => {
        if (!document.body || !document.body.innerText.includes('Two commands')) return undefined;
        const imgs = [...document.querySelectorAll('img')];
        return imgs.length > 0 && imgs.every((i) => i.complete) ? imgs.map((i) => [i.getAttribute('src').slice(0, 30), i.naturalWidth]) : undefined;
      }).catch(() => undefined);
      if (found) pictures = found;
    }
    if (!pictures) await page.waitForTimeout(500);
  }
  const inReadme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8').match(/!\[[^\]]*\]\([^)]+\)/g).length;
  check(`extension page: the README's ${inReadme} pictures load`, pictures, Array.isArray(pictures) && pictures.length === inReadme && pictures.every(([, w]) => w > 0));
  await page.screenshot({ path: path.join(RESULTS, 'extension-page.png') });
  await page.keyboard.press('Control+W');
}

/** A folder with nothing for News Lens: opening its Markdown must not start the server or show a status item. */
async function unrelatedChecks(page, server) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newslens-unrelated-'));
  fs.writeFileSync(path.join(dir, 'README.md'), '# Shopping list\n\nTwelve eggs, two loaves.\n');
  await page.goto(workbenchUrl({ port: server.port, workspace: dir }));
  await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 60_000 });
  await openFile(page, 'README.md');
  // The extension wakes on Markdown, finds nothing to do and says so in its log.
  await runCommand(page, 'News Lens: Show Output');
  check('unrelated folder: the log says why nothing started', (await outputText(page, 'not started')).split('\n').slice(0, 2), true);
  const items = (await page.locator('.statusbar-item').allInnerTexts()).map(clean).filter(Boolean);
  check('unrelated folder: no News Lens status item', items, !items.some((t) => /News Lens/.test(t)));
  fs.rmSync(dir, { recursive: true, force: true });
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const file = opts.mode === 'vsix' ? packaged(opts) : undefined;
  const workspace = workspaceCopy();
  const server = await startCodeServer({ workspace, settings: SETTINGS, verbose: opts.verbose, vsix: file });
  let browser;
  let page;
  try {
    ({ browser, page } = await launchBrowser({ viewport: VIEWPORT }));
    if (opts.verbose) page.on('console', (m) => console.error(`[browser:${m.type()}] ${m.text()}`));
    const t0 = Date.now();
    const extensionDir = opts.mode === 'dev' ? ROOT : opts.mode === 'web' ? webOnly(path.join(RESULTS, 'web-extension')) : undefined;
    await page.goto(workbenchUrl({ port: server.port, workspace: server.workspace, extensionDir }));
    await page.locator('.monaco-workbench .part.statusbar').waitFor({ timeout: 60_000 });
    await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 60_000 });
    console.log(`[${opts.mode}] workbench ready after ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    await newsroomChecks(page, opts);
    if (opts.mode === 'vsix') {
      await walkthroughChecks(page, opts);
      await detailsPageChecks(page, opts);
      await unrelatedChecks(page, server);
    }
    console.log(`[${opts.mode}] UI checks passed in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    return 0;
  } catch (e) {
    console.error(e instanceof SetupError ? `setup error: ${e.message}` : e.stack || String(e));
    if (page) {
      fs.mkdirSync(RESULTS, { recursive: true });
      const shot = path.join(RESULTS, `ui-check-failed-${opts.mode}.png`);
      await page.screenshot({ path: shot }).then(() => console.error(`screenshot: ${shot}`), () => {});
    }
    return e instanceof SetupError ? 2 : 1;
  } finally {
    if (browser) await browser.close().catch(() => {});
    await server.stop();
    fs.rmSync(path.dirname(workspace), { recursive: true, force: true });
  }
}

for (const sig of ['SIGINT', 'SIGTERM']) {
  process.once(sig, () => stopAll().finally(() => process.exit(130)));
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e instanceof SetupError ? `setup error: ${e.message}` : e.stack || String(e));
    process.exit(2);
  },
);

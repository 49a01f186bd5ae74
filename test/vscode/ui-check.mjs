#!/usr/bin/env node
// UI check for News Lens: drives the real VS Code workbench (code-server 4.100.3 = VS Code 1.100.3,
// with Debian's Chromium through playwright-core) the way a reader of the examples would, with the
// extension under development loaded, and reads what is on screen:
//
//   1. opens examples/ and, through Quick Open, golden-reed/2026-03-09-warrants.news;
//   2. waits for the error squiggle of the language server (and checks no warning is drawn);
//   3. runs "News Lens: Check Consistency" from the command palette and reads the notification;
//   4. opens the Problems panel and reads its rows;
//   5. hovers the figure "About 50" and reads the hover (fact base value 64, the other article);
//   6. saves a screenshot (the README picture with --screenshot docs/screenshot.png): editor with the highlighted figures and
//      entities, the hover, and the Problems panel;
//   7. opens the light bulb (Ctrl+.) on "About 50" and reads the desk's actions (code-actions.png);
//   8. hovers a count that went back and forth and reads its timeline (timeline-hover.png);
//   9. focuses the "News Lens: Stories" view and reads its stories and timelines (stories.png);
//      the three pictures are written next to the screenshot.
//
//   node test/vscode/ui-check.mjs [--extension-dir DIR] [--workspace DIR] [--screenshot FILE]
//                                 [--out-dir DIR] [--verbose]
//
// Defaults: the repository root, examples/, test-results/ui/screenshot.png, test-results/ (failure picture).
// `npm run screenshot` writes the README picture, docs/screenshot.png.
// Needs `bash test/vscode/install-code-server.sh` and the bundle in dist/ (node esbuild.mjs).
// Exit code: 0 = all checks passed, 1 = a check failed (test-results/ui-check-failed.png), 2 = setup error.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser, SetupError, startCodeServer, stopAll, workbenchUrl } from './run-extension-tests.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

// ---- what to check ---------------------------------------------------------------------------
const CHECKS = {
  file: 'golden-reed/2026-03-09-warrants.news', // opened with Quick Open, relative to the workspace
  command: 'News Lens: Check Consistency', // command palette title
  notification: /checked 11 articles and 3 fact bases: 4 errors, 5 warnings/, // the command's information message
  problems: /fact-mismatch|Contradicts the fact base/, // Problems panel rows
  hoverWord: 'About 50', // figure to hover
  // rendered hover text: the fact base value and the other article's figure
  hover: [/About 50 · approximately 50/, /Fact base · [^:]+: 64\b/, /Other articles on this event 2026-03-08-flight\.news: “Sixty-four”/],
  // the light bulb on the figure: the desk's actions
  actions: [/Replace with the fact base's value: “About 64”/, /Ignore fact-mismatch here/, /Open the fact base/],
  // a count that went back and forth, hovered in the last report
  timelineFile: 'harbour-fire/2026-12-02-reopening.news',
  timelineWord: 'Nine',
  timeline: /Timeline · went back and forth · 9 \(Nov 27\) → 10 \(Nov 30\) → 9 \(Dec 2\)/,
  timelineText: '9 (Nov 27) → 10 (Nov 30) → 9 (Dec 2)',
  // the story view
  stories: [/Warehouse fire at the port of Calloway/, /3 articles · 1 disputed/, /workers · injured/],
};

// User settings of the throw-away profile: a dark theme and a layout that fits the screenshot.
const SETTINGS = {
  'workbench.colorTheme': 'Default Dark Modern',
  'editor.semanticHighlighting.enabled': true,
  'editor.fontSize': 14,
  'editor.lineHeight': 21,
  'editor.wordWrap': 'on',
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
  const o = {
    extensionDir: ROOT,
    workspace: path.join(ROOT, 'examples'),
    screenshot: path.join(ROOT, 'test-results', 'ui', 'screenshot.png'),
    outDir: path.join(ROOT, 'test-results'),
    verbose: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const val = () => {
      if (i + 1 >= argv.length) throw new SetupError(`missing value for ${a}`);
      return path.resolve(argv[++i]);
    };
    if (a === '--extension-dir') o.extensionDir = val();
    else if (a === '--workspace') o.workspace = val();
    else if (a === '--screenshot') o.screenshot = val();
    else if (a === '--out-dir') o.outDir = val();
    else if (a === '--verbose') o.verbose = true;
    else throw new SetupError(`unknown argument ${a}`);
  }
  if (!fs.existsSync(path.join(o.extensionDir, 'dist', 'client.js'))) {
    throw new SetupError(`${path.join(o.extensionDir, 'dist', 'client.js')} is missing: run node esbuild.mjs first`);
  }
  if (!fs.existsSync(o.workspace)) throw new SetupError(`workspace ${o.workspace} does not exist`);
  return o;
}

function check(name, actual, ok) {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}: ${JSON.stringify(actual)}`);
  if (!ok) throw new Error(`check failed: ${name}`);
}

const clean = (s) => s.replace(/\s+/g, ' ').trim();

/** Opens a file with Quick Open (Ctrl+P), as a user would, and waits until `text` shows in its editor. */
async function quickOpen(page, name, text) {
  // F1 and Backspace (the command palette without its ">" is Quick Open): Ctrl+P can be lost to the browser.
  await page.keyboard.press('F1');
  const quickInput = page.locator('.quick-input-widget');
  await quickInput.waitFor({ state: 'visible' });
  await page.keyboard.press('Backspace');
  await page.keyboard.type(name);
  await quickInput.locator('.monaco-list-row', { hasText: name }).first().waitFor();
  await page.keyboard.press('Enter');
  const editor = page.locator('.editor-instance .monaco-editor').first();
  await editor.locator('.view-line', { hasText: text }).first().waitFor();
  return editor;
}

/** Runs a command from the command palette (F1) by its title. */
async function runCommand(page, title) {
  await page.keyboard.press('F1');
  const quickInput = page.locator('.quick-input-widget');
  await quickInput.waitFor({ state: 'visible' });
  await page.keyboard.type(title);
  await quickInput.locator('.monaco-list-row', { hasText: title }).first().waitFor();
  await page.keyboard.press('Enter');
}

/** The on-screen rectangle of the first occurrence of `word` in the editor: a DOM Range over the view-line text. */
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

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const server = await startCodeServer({ workspace: opts.workspace, settings: SETTINGS, verbose: opts.verbose });
  let browser;
  let page;
  try {
    ({ browser, page } = await launchBrowser({ viewport: VIEWPORT }));
    if (opts.verbose) page.on('console', (m) => console.error(`[browser:${m.type()}] ${m.text()}`));
    const t0 = Date.now();
    // The extension is loaded through the payload (extensionDevelopmentPath only: no test runner).
    await page.goto(workbenchUrl({ port: server.port, workspace: server.workspace, extensionDir: opts.extensionDir }));
    await page.locator('.monaco-workbench .part.statusbar').waitFor({ timeout: 60_000 });
    await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 60_000 });
    console.log(`workbench ready after ${((Date.now() - t0) / 1000).toFixed(1)} s`);

    // 1. Open the article with Quick Open (Ctrl+P).
    await page.locator('.monaco-workbench').click({ position: { x: 5, y: 5 } }).catch(() => {});
    const editor = await quickOpen(page, path.basename(CHECKS.file), CHECKS.hoverWord);
    check('editor tab', clean(await page.locator('.tabs-container .tab.active').first().innerText()),
      (await page.locator('.tabs-container .tab.active').first().innerText()).includes(path.basename(CHECKS.file)));

    // 2. Diagnostics drawn as squiggles: "About 50" contradicts the fact base (error); "58", which the
    //    courts article gives as 59, is inside the fact base's disputed 58–59, so it is no warning.
    await page.waitForFunction(
      () => document.querySelectorAll('.editor-instance .monaco-editor .squiggly-error').length >= 1,
      undefined,
      { timeout: 30_000 },
    );
    const errors = await editor.locator('.squiggly-error').count();
    const warnings = await editor.locator('.squiggly-warning').count();
    check('squiggles (errors, warnings)', [errors, warnings], errors >= 1 && warnings === 0);

    // 3. Command palette (F1) -> "News Lens: Check Consistency" -> notification toast.
    await runCommand(page, CHECKS.command);
    const toast = page.locator('.notifications-toasts .notification-list-item-message', { hasText: CHECKS.notification });
    await toast.first().waitFor({ timeout: 20_000 });
    const notification = clean(await toast.first().innerText());
    check('notification', notification, CHECKS.notification.test(notification));
    // Dismiss the toast so that it does not cover the Problems panel in the picture.
    await page.locator('.notifications-toasts .notification-toast-container', { hasText: CHECKS.notification })
      .first().hover().catch(() => {});
    await page.locator('.notifications-toasts .codicon-notifications-clear').first().click({ timeout: 3_000 }).catch(() => {});

    // 4. Problems panel (Ctrl+Shift+M): rows of the findings.
    await editor.click({ position: { x: 200, y: 10 } });
    await page.keyboard.press('Control+Shift+M');
    const rows = page.locator('.markers-panel .monaco-list-row');
    await page.waitForFunction(
      () => document.querySelectorAll('.markers-panel .monaco-list-row').length >= 3,
      undefined,
      { timeout: 15_000 },
    );
    const rowTexts = (await rows.allInnerTexts()).map(clean);
    check('problems rows', rowTexts, rowTexts.some((t) => CHECKS.problems.test(t)));
    const badge = clean(await page.locator('.panel .badge-content').first().innerText().catch(() => ''));
    check('problems badge', badge, badge === '9'); // 4 errors + 5 warnings, in the three stories: what the status bar counts
    // For the picture: collapse every file, then expand the article that is open.
    await page.locator('.panel .title-actions .codicon-collapse-all, .panel .title-actions [aria-label="Collapse All"]').first().click();
    await rows.filter({ hasText: path.basename(CHECKS.file) }).first().click();
    await rows.filter({ hasText: 'About 50' }).first().waitFor({ timeout: 5_000 });
    // ... and its finding, to show where the fact base says otherwise (the 58 the fact base settles is no finding).
    for (let i = 0; i < 5; i++) {
      const twistie = rows.filter({ hasText: 'News Lens' }).locator('.monaco-tl-twistie.collapsible.collapsed').first();
      if ((await twistie.count()) === 0) break;
      await twistie.click();
    }
    const fileRows = (await rows.allInnerTexts()).map(clean);
    check('problems of the open article', fileRows,
      !fileRows.some((t) => /“58”.*cross-doc-mismatch/.test(t))
      && fileRows.some((t) => /Contradicts the fact base: “About 50”.*fact-mismatch/.test(t)));

    // 5. Hover the figure: find its on-screen rectangle with a DOM Range over the view-line text.
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
    check('hover', hoverText, CHECKS.hover.every((re) => re.test(hoverText)));

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

    // 6. The picture.
    fs.mkdirSync(path.dirname(opts.screenshot), { recursive: true });
    await page.screenshot({ path: opts.screenshot });
    console.log(`screenshot: ${path.relative(process.cwd(), opts.screenshot) || opts.screenshot}`);
    const picture = (name) => path.join(path.dirname(opts.screenshot), name);

    // 7. The light bulb on "About 50" (Ctrl+.): the desk's actions, the fact base's value first.
    await page.keyboard.press('Escape');
    await page.mouse.click(x, y);
    await page.keyboard.press('Control+.');
    const menu = page.locator('.action-widget', { hasText: 'Replace with the fact base' }).first();
    await menu.waitFor({ state: 'visible', timeout: 15_000 });
    const menuText = clean(await menu.innerText());
    check('code actions', menuText, CHECKS.actions.every((re) => re.test(menuText)));
    await page.screenshot({ path: picture('code-actions.png') });
    await page.keyboard.press('Escape');
    await menu.waitFor({ state: 'hidden' });

    // 8. A count that went back and forth: the timeline in the hover.
    await quickOpen(page, path.basename(CHECKS.timelineFile), CHECKS.timelineWord);
    const at = await wordRect(page, CHECKS.timelineWord);
    await page.mouse.move(at.x + at.width / 2 - 40, at.y + 60);
    await page.mouse.move(at.x + at.width / 2, at.y + at.height / 2, { steps: 5 });
    const timeline = page.locator('.monaco-hover:not(.hidden)', { hasText: 'Timeline' }).first();
    await timeline.waitFor({ state: 'visible', timeout: 15_000 });
    await page.waitForTimeout(500);
    const timelineText = clean(await timeline.innerText());
    check('timeline hover', timelineText, CHECKS.timeline.test(timelineText));
    await page.screenshot({ path: picture('timeline-hover.png') });
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
    check('story view', viewText, CHECKS.stories.every((re) => re.test(viewText)));
    await page.screenshot({ path: picture('stories.png') });
    console.log(`screenshots: ${['code-actions.png', 'timeline-hover.png', 'stories.png'].map((n) => path.relative(process.cwd(), picture(n))).join(', ')}`);

    console.log(`UI checks passed in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    return 0;
  } catch (e) {
    console.error(e instanceof SetupError ? `setup error: ${e.message}` : e.stack || String(e));
    if (page) {
      fs.mkdirSync(opts.outDir, { recursive: true });
      const shot = path.join(opts.outDir, 'ui-check-failed.png');
      await page.screenshot({ path: shot }).then(() => console.error(`screenshot: ${shot}`), () => {});
    }
    return e instanceof SetupError ? 2 : 1;
  } finally {
    if (browser) await browser.close().catch(() => {});
    await server.stop();
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

#!/usr/bin/env node
// Renders images/icon.svg to images/icon.png (256 × 256) with Debian's Chromium through
// playwright-core, as the UI checks use them: `npm run icon`. Needs test/vscode/install-code-server.sh.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from './run-extension-tests.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const svg = fs.readFileSync(path.join(ROOT, 'images', 'icon.svg'), 'utf8');
const { browser, page } = await launchBrowser({ viewport: { width: 256, height: 256 } });
try {
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
  await page.locator('svg').screenshot({ path: path.join(ROOT, 'images', 'icon.png'), omitBackground: true });
  console.log('wrote images/icon.png');
} finally {
  await browser.close();
}

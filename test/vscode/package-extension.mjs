// The extension as users get it, for the UI checks:
//   - vsix(): the .vsix that `vsce package` builds from the clean tree (the files git tracks, in a
//     fresh folder, with the production bundles its `vscode:prepublish` makes), its size and files;
//   - webOnly(): the same extension without its desktop entry (`main`), so that code-server must run
//     it in the browser's web extension host, as vscode.dev and github.dev do.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The files git tracks (as they are in the working tree), copied into a fresh folder. */
function cleanTree() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newslens-clean-'));
  const files = execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' }).split('\0').filter(Boolean);
  for (const f of files) {
    if (!fs.existsSync(path.join(ROOT, f))) continue; // deleted, not yet committed
    fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    fs.copyFileSync(path.join(ROOT, f), path.join(dir, f));
  }
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  return dir;
}

/**
 * Builds the .vsix from the clean tree into `out`; returns its path, size and file list, and how
 * many times each packaged script holds `mark` (the tagger weights' first characters).
 */
export function vsix(out, mark) {
  const tree = cleanTree();
  try {
    const file = path.resolve(out);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    // As `npm run package`: the README with its pictures inlined (esbuild.mjs --production writes it).
    const vsce = (...args) => execFileSync(process.execPath, [path.join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce'), ...args,
      '--no-dependencies', '--readme-path', 'dist/README.md'], { cwd: tree, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
    vsce('package', '--allow-missing-repository', '--no-rewrite-relative-links', '-o', file);
    const listing = vsce('ls').trim().split('\n');
    const copies = listing.filter((f) => f.endsWith('.js')).map((f) => [f, fs.readFileSync(path.join(tree, f), 'utf8').split(mark).length - 1]);
    return { file, bytes: fs.statSync(file).size, files: listing.sort(), copies };
  } finally {
    fs.rmSync(tree, { recursive: true, force: true });
  }
}

/** A copy of the built extension (dist/ must be built) whose package.json has only the `browser` entry. */
export function webOnly(out) {
  const dir = path.resolve(out);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  delete pkg.main;
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify(pkg, null, 2));
  for (const f of ['dist/server.js', 'dist/web/client.js', 'README.md', 'LICENSE']) {
    fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    fs.copyFileSync(path.join(ROOT, f), path.join(dir, f));
  }
  for (const d of ['syntaxes', 'images', 'media', 'examples']) fs.cpSync(path.join(ROOT, d), path.join(dir, d), { recursive: true });
  return dir;
}

// Bundles the extension: its client for desktop VS Code (Node) and for the browser (a web
// extension), the one language-server bundle both start (it is also its own indexing worker), and
// the CLI (not part of the extension: `npm install` makes it the `newslens` command).
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

const common = {
  bundle: true,
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  target: 'es2022',
};

/**
 * The server's shared modules import their libraries by bare name, and those names' main files
 * are Node builds. In the one server bundle they must be the platform-neutral builds, so that the
 * browser role never loads Node's: the LSP libraries' `lib/common` API (`vscode-languageserver/node`
 * and `/browser`, each entry's own import, still bring each platform's runtime) and yaml's browser
 * build (its Node build requires `process`).
 */
const NEUTRAL = {
  'vscode-languageserver': 'lib/common/api.js',
  'vscode-languageserver-protocol': 'lib/common/api.js',
  'vscode-jsonrpc': 'lib/common/api.js',
  yaml: 'browser/index.js',
};
const require = createRequire(import.meta.url);
const neutralBuilds = {
  name: 'neutral-builds',
  setup(build) {
    build.onResolve({ filter: /^(vscode-languageserver|vscode-languageserver-protocol|vscode-jsonrpc|yaml)\/?$/ }, (args) => {
      const name = args.path.replace(/\/$/, '');
      return { path: path.join(path.dirname(require.resolve(`${name}/package.json`)), NEUTRAL[name]) };
    });
  },
};

const builds = [
  { ...common, entryPoints: { client: 'client/src/node.ts' }, outdir: 'dist', platform: 'node', format: 'cjs', external: ['vscode'] },
  // A web extension is a CommonJS module run in the editor's web worker; `browser` fields pick the browser builds of the LSP libraries.
  { ...common, entryPoints: { client: 'client/src/browser.ts' }, outdir: 'dist/web', platform: 'browser', format: 'cjs', external: ['vscode'] },
  // An IIFE runs both as a Node script and in a web worker (no `module` there); Node's modules are required only on Node.
  { ...common, entryPoints: { server: 'server/src/main.ts' }, outdir: 'dist', platform: 'node', format: 'iife', plugins: [neutralBuilds] },
  { ...common, entryPoints: { cli: 'server/src/cli.ts' }, outdir: 'dist', platform: 'node', format: 'cjs' },
];

/**
 * The README of the package (dist/README.md, which `vsce package --readme-path` puts in the .vsix):
 * README.md with its pictures inlined as data: URIs. The extension's page in VS Code shows the
 * README in a webview that loads pictures only from https: and data:, so relative links to the
 * packaged files would show as broken images, and https: ones need the network. Links to other
 * files of the repository lose their target (the text stays): the page cannot open them.
 */
function storefrontReadme() {
  const readme = fs.readFileSync('README.md', 'utf8').replace(/(!\[[^\]]*\]\()([^)\s]+\.(png|webp))\)/g, (_, alt, file, type) =>
    `${alt}data:image/${type};base64,${fs.readFileSync(file).toString('base64')})`)
    // Links to the repository's files (docs/findings.md, CONTRIBUTING.md) lead nowhere on that page: their text stays.
    .replace(/(?<!!)\[([^\]]+)\]\((?!https?:|#|data:)[^)\s]+\)/g, '$1');
  fs.mkdirSync('dist', { recursive: true });
  fs.writeFileSync('dist/README.md', readme);
}

if (production) storefrontReadme();

if (watch) {
  for (const options of builds) await (await esbuild.context(options)).watch();
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}

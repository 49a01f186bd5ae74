// Runs the extension-host test suite (test/vscode/suite) in a real VS Code 1.100.3.
//
// First tries @vscode/test-electron (downloads desktop VS Code). Where that download is not
// possible (no internet besides npm/apt), it falls back to code-server 4.100.3 (= VS Code 1.100.3)
// driven by Debian's Chromium through test/vscode/run-extension-tests.mjs; install it with
// `bash test/vscode/install-code-server.sh` (cached, 0.1 s when already there).
//
// VSCODE_TEST_RUNNER=auto (default) | electron | code-server
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';

const VSCODE_VERSION = '1.100.3'; // the same VS Code as code-server 4.100.3

async function main(): Promise<number> {
  // Compiled to out/test/vscode/runTest.js: the repository root is three levels up.
  const extensionDevelopmentPath = path.resolve(__dirname, '../../..');
  const extensionTestsPath = path.resolve(__dirname, './suite/index');
  // A copy of examples/: the suite edits articles and fact bases as a user does (and reverts them),
  // but whatever the editor writes must never land in the repository.
  const workspace = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'newslens-vscode-')), 'examples');
  fs.cpSync(path.resolve(extensionDevelopmentPath, 'examples'), workspace, { recursive: true });
  process.on('exit', () => fs.rmSync(path.dirname(workspace), { recursive: true, force: true }));
  const runner = process.env.VSCODE_TEST_RUNNER ?? 'auto';

  if (runner !== 'code-server') {
    let vscodeExecutablePath: string | undefined;
    try {
      // Download separately, so that a failing suite is never mistaken for "no download".
      vscodeExecutablePath = await downloadAndUnzipVSCode({ version: VSCODE_VERSION, timeout: 15_000 });
    } catch (err) {
      if (runner === 'electron') throw err;
      console.warn(`@vscode/test-electron could not get VS Code (${(err as Error).message ?? err}); using code-server instead.`);
    }
    if (vscodeExecutablePath) {
      await runTests({
        vscodeExecutablePath,
        extensionDevelopmentPath,
        extensionTestsPath,
        launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust'],
      });
      return 0;
    }
  }

  const r = spawnSync(process.execPath, [
    path.join(extensionDevelopmentPath, 'test', 'vscode', 'run-extension-tests.mjs'),
    '--extension-dir', extensionDevelopmentPath,
    '--tests-path', `${extensionTestsPath}.js`,
    '--workspace', workspace,
    '--timeout', '180',
  ], { stdio: 'inherit' });
  return r.status ?? 1;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error('Failed to run tests:', err);
    process.exit(1);
  },
);

import * as assert from 'assert';
import * as vscode from 'vscode';
import { RestartPolicy } from '../../../client/src/restartPolicy';
import { COMMANDS } from '../../../server/src/protocol';
import { WARRANTS, find, hoverText, openArticle, serverPids, waitFor } from './helpers';

/** Asks for the hover on "About 50" in the warrants article (opened). */
async function about50Hover(): Promise<() => Thenable<vscode.Hover[]>> {
  const { doc } = await openArticle(WARRANTS);
  const about50 = find(doc, 10, 'About 50');
  return () => vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, about50.start.translate(0, 2));
}

suite('News Lens: a language server that dies', () => {
  test('is restarted a bounded number of times, and the user is told once', () => {
    const policy = new RestartPolicy(4, 180_000);
    const t0 = 1_000_000;
    assert.deepStrictEqual([0, 1, 2, 3].map((i) => policy.afterCrash(t0 + i)), [
      { restart: true, tell: true }, { restart: true, tell: false }, { restart: true, tell: false }, { restart: true, tell: false },
    ]);
    assert.deepStrictEqual(policy.afterCrash(t0 + 4), { restart: false }, 'the fifth crash in three minutes: no more restarts');
    assert.deepStrictEqual(policy.afterCrash(t0 + 4 + 180_001), { restart: true, tell: false }, 'crashes long ago no longer count');
  });

  test('a killed server is started again and answers as before', async function () {
    this.timeout(60_000);
    const hover = await about50Hover();
    await waitFor(hover, (hs) => hoverText(hs ?? []).includes('Fact base'), 'a hover before the crash');
    for (let crash = 1; crash <= 2; crash++) {
      const [before] = await waitFor(() => serverPids(), (pids) => pids.length === 1, 'one language server process');
      process.kill(before, 'SIGKILL');
      await waitFor(() => serverPids(), (pids) => pids.length === 1 && pids[0] !== before, `a new server after crash ${crash}`, 30_000);
      await waitFor(hover, (hs) => hoverText(hs ?? []).includes('Fact base'), `the hover again after crash ${crash}`, 30_000);
    }
  });

  test('News Lens: Restart Server stops the server and starts a new one that answers as before', async function () {
    this.timeout(60_000);
    const hover = await about50Hover();
    const [before] = await waitFor(() => serverPids(), (pids) => pids.length === 1, 'one language server process');
    await vscode.commands.executeCommand(COMMANDS.restartServer);
    await waitFor(() => serverPids(), (pids) => pids.length === 1 && pids[0] !== before, 'one new server, the old one stopped', 30_000);
    await waitFor(hover, (hs) => hoverText(hs ?? []).includes('Fact base'), 'the hover after the restart', 30_000);
  });
});

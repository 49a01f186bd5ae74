import * as vscode from 'vscode';
import { COMMANDS } from '../../../server/src/protocol';
import { WARRANTS, find, hoverText, openArticle, serverPids, waitFor } from './helpers';

/** Asks for the hover on "About 50" in the warrants article (opened). */
async function about50Hover(): Promise<() => Thenable<vscode.Hover[]>> {
  const { doc } = await openArticle(WARRANTS);
  const about50 = find(doc, 10, 'About 50');
  return () => vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, about50.start.translate(0, 2));
}

suite('News Lens: a language server that dies', () => {
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

import * as vscode from 'vscode';
import { WARRANTS, find, hoverText, openArticle, serverPids, waitFor } from './helpers';

suite('News Lens: a language server that dies', () => {
  test('a killed server is started again and answers as before', async function () {
    this.timeout(60_000);
    const { doc } = await openArticle(WARRANTS);
    const about50 = find(doc, 10, 'About 50');
    const hover = () => vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, about50.start.translate(0, 2));
    await waitFor(hover, (hs) => hoverText(hs ?? []).includes('Fact base'), 'a hover before the crash');
    for (let crash = 1; crash <= 2; crash++) {
      const [before] = await waitFor(() => serverPids(), (pids) => pids.length === 1, 'one language server process');
      process.kill(before, 'SIGKILL');
      await waitFor(() => serverPids(), (pids) => pids.length === 1 && pids[0] !== before, `a new server after crash ${crash}`, 30_000);
      await waitFor(hover, (hs) => hoverText(hs ?? []).includes('Fact base'), `the hover again after crash ${crash}`, 30_000);
    }
  });
});

import * as fs from 'fs';
import * as vscode from 'vscode';
import { WARRANTS, find, hoverText, openArticle, waitFor } from './helpers';

/** The News Lens server processes started by this extension host (its children running dist/server.js). */
function serverPids(): number[] {
  const pids: number[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // The parent pid is the fourth field of /proc/<pid>/stat, after the parenthesized command name.
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const cmdline = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      if (ppid === process.pid && /dist[/\\]server\.js/.test(cmdline)) pids.push(Number(entry));
    } catch {
      // the process ended while we looked
    }
  }
  return pids;
}

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

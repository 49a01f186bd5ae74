import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { COMMANDS, FACT_BASES_REQUEST } from '../../server/src/protocol';

/** A fact base for a desk that has none yet: the shape, with every field explained. */
const FACT_BASE_TEMPLATE = `# The desk's fact base: what is known for sure, with sources. News Lens checks the articles
# of this folder against it (see the README's "The fact base").
events:
  - id: my-story
    title: What the story is about
    date: 2026-01-01
    documents: ["*.news"]          # the articles about this event, relative to this file

facts:
  - id: first-fact
    label: What the figure counts, in a few words
    value: 0
    noun: people                   # what is counted
    predicate: killed              # what happened to it
    asOf: 2026-01-01               # the day the figure is true for
    status: confirmed              # confirmed | reported | disputed
    sources:
      - title: Where the figure comes from
        url: https://example.org/source
`;

/**
 * The diagnosis commands: restart the server, show its output, open the fact base. `client()` is
 * the current client (a restart may replace it); `restart()` stops and starts it.
 */
export function registerDiagnosisCommands(
  client: () => BaseLanguageClient | undefined,
  restart: () => Promise<void>,
  output: vscode.OutputChannel,
): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand(COMMANDS.restartServer, async () => {
      output.appendLine(`[${new Date().toLocaleTimeString()}] Restarting the language server (News Lens: Restart Server).`);
      await restart();
    }),
    vscode.commands.registerCommand(COMMANDS.showOutput, () => output.show(true)),
    vscode.commands.registerCommand(COMMANDS.openFactBase, () => openFactBase(client())),
  );
}

/** Opens the fact base: the only one, one picked from several, or a new one from the template. Returns what it opened. */
async function openFactBase(client: BaseLanguageClient | undefined): Promise<vscode.Uri | undefined> {
  const uris = client ? (await client.sendRequest<string[]>(FACT_BASES_REQUEST)).map((u) => vscode.Uri.parse(u)) : [];
  let target = uris[0];
  if (uris.length > 1) {
    const picked = await vscode.window.showQuickPick(
      uris.map((uri) => ({ label: vscode.workspace.asRelativePath(uri), uri })),
      { placeHolder: 'Open which fact base?' },
    );
    target = picked?.uri as vscode.Uri;
  } else if (uris.length === 0) {
    const folder = vscode.workspace.workspaceFolders?.[0];
    const create = folder ? 'Create Fact Base' : undefined;
    const choice = await vscode.window.showInformationMessage(
      'This workspace has no fact base yet: a YAML file ending in .facts.yaml that lists what the desk knows for sure.',
      ...(create ? [create] : []),
    );
    if (!folder || choice !== create) return undefined;
    target = vscode.Uri.joinPath(folder.uri, 'story.facts.yaml');
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(FACT_BASE_TEMPLATE));
  }
  if (!target) return undefined;
  await vscode.window.showTextDocument(target, { preview: false });
  return target;
}

import * as assert from 'assert';
import * as vscode from 'vscode';
import { FLIGHT, WARRANTS, find, hoverText, openArticle, waitFor } from './helpers';
import type { CheckSummary } from '../../../server/src/protocol';

interface DecodedToken {
  line: number;
  character: number;
  length: number;
  type: string;
  modifiers: string[];
  text: string;
}

function decode(doc: vscode.TextDocument, tokens: vscode.SemanticTokens, legend: vscode.SemanticTokensLegend): DecodedToken[] {
  const out: DecodedToken[] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i + 4 < tokens.data.length; i += 5) {
    const [deltaLine, deltaStart, length, type, mods] = tokens.data.slice(i, i + 5);
    line += deltaLine;
    character = deltaLine === 0 ? character + deltaStart : deltaStart;
    out.push({
      line,
      character,
      length,
      type: legend.tokenTypes[type],
      modifiers: legend.tokenModifiers.filter((_, bit) => (mods & (1 << bit)) !== 0),
      text: doc.getText(new vscode.Range(line, character, line, character + length)),
    });
  }
  return out;
}

suite('News Lens: hover, semantic tokens, command', () => {
  test('hovering "About 50" shows the fact base value and the other article', async () => {
    const { doc } = await openArticle(WARRANTS);
    const about50 = find(doc, 10, 'About 50');
    const hovers = await waitFor(
      () => vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, about50.start.translate(0, 2)),
      (hs) => hoverText(hs ?? []).includes('Fact base'),
      'a News Lens hover on "About 50"',
    );
    const text = hoverText(hovers);
    assert.match(text, /About 50/);
    assert.match(text, /Fact base/);
    assert.match(text, /\*\*64\*\*/, `the fact base value 64 in: ${text}`);
    assert.match(text, /differs/);
    assert.ok(text.includes(FLIGHT), `mentions ${FLIGHT}: ${text}`);
    assert.match(text, /Sixty-four/);
    const range = hovers.find((h) => h.range)?.range;
    assert.ok(range?.isEqual(about50), 'the hover range is the figure');
  });

  test('semantic tokens mark figures and entities', async () => {
    const { doc } = await openArticle(WARRANTS);
    const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>('vscode.provideDocumentSemanticTokensLegend', doc.uri);
    assert.ok(legend, 'a semantic tokens legend');
    for (const t of ['person', 'organization', 'location', 'nationality', 'date', 'figure']) assert.ok(legend.tokenTypes.includes(t), t);
    const tokens = await waitFor(
      async () => decode(doc, (await vscode.commands.executeCommand<vscode.SemanticTokens>('vscode.provideDocumentSemanticTokens', doc.uri))!, legend),
      (ts) => ts.some((t) => t.type === 'figure' && t.modifiers.includes('inconsistent')),
      'semantic tokens with an inconsistent figure',
    );
    const at = (text: string) => tokens.find((t) => t.text === text);
    assert.strictEqual(at('About 50')?.type, 'figure');
    assert.ok(at('About 50')!.modifiers.includes('approximate'), 'About 50 is approximate');
    assert.ok(at('About 50')!.modifiers.includes('inconsistent'), 'About 50 is inconsistent');
    assert.strictEqual(at('58')?.type, 'figure');
    assert.ok(!at('64')?.modifiers.includes('inconsistent'), '64 is consistent');
    assert.strictEqual(at('BANGKOK')?.type, 'location');
    assert.strictEqual(at('Laos')?.type, 'location');
    assert.strictEqual(at('Royal Thai Police')?.type, 'organization');
    assert.strictEqual(at('Pracha Wongsuwan')?.type, 'person');
  });

  test('command newslens.checkConsistency summarizes the workspace', async () => {
    const summary = await vscode.commands.executeCommand<CheckSummary>('newslens.checkConsistency');
    assert.ok(summary, 'the command returns a summary');
    assert.strictEqual(summary.state, 'ready');
    assert.strictEqual(summary.articles, 11, 'the three example stories');
    assert.strictEqual(summary.factBases, 3);
    assert.ok(summary.errors >= 1, `errors >= 1: ${JSON.stringify(summary)}`);
    assert.ok(summary.warnings >= 1, `warnings >= 1: ${JSON.stringify(summary)}`);
    assert.deepStrictEqual(summary.skipped, []);
  });
});

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Diagnostic, Hover, SemanticTokens, SemanticTokensLegend } from 'vscode-languageserver-protocol';
import { ExpectFile } from '../support/expect';
import { EXAMPLES, FIXTURES, REPO } from '../support/paths';
import { TestClient, uriOf } from './client';
import { decodeTokens, parseRange, ready, showRange } from './protocol';

/**
 * What the editor shows for each document of a workspace, through the real server: every
 * diagnostic, every semantic token and the hover over it (tokens and hovers of each article as
 * the editor asks for them: with the article open). One expectation file per workspace in
 * test/lsp/fixtures/views/ (regenerate with UPDATE_EXPECT=1 npm run test:lsp). The workspaces are
 * the example newsroom, test/lsp/fixtures/workspaces/*, and the consistency fixture folders, all
 * opened as one multi-root workspace (each folder is its own story).
 */
const VIEWS = path.join(REPO, 'test', 'lsp', 'fixtures', 'views');
const CONSISTENCY = path.join(FIXTURES, 'consistency');
const WORKSPACES = [
  { name: 'examples', dir: path.join(EXAMPLES, 'golden-reed') },
  { name: 'examples-kestrel-results', dir: path.join(EXAMPLES, 'kestrel-results') },
  // Every kind of reading, link and verdict a hover can show.
  { name: 'hovers', dir: path.join(REPO, 'test', 'lsp', 'fixtures', 'workspaces', 'hovers') },
  ...fs.readdirSync(CONSISTENCY).sort().map((name) => ({ name: `consistency-${name}`, dir: path.join(CONSISTENCY, name) })),
];

const SEVERITY = ['', 'error', 'warning', 'information', 'hint'];

/** Hover Markdown with its "open" links decoded (`command:newslens.openLocation?[path, line, character]`). */
function readable(markdown: string): string {
  return markdown.replace(/command:newslens\.openLocation\?([^)]+)/g, (_, args: string) => {
    const [uri, line, character] = JSON.parse(decodeURIComponent(args)) as [string, number, number];
    return `command:newslens.openLocation?${JSON.stringify([path.relative(REPO, new URL(uri).pathname), line, character])}`;
  });
}

function showDiagnostic(d: Diagnostic, dir: string) {
  return {
    range: showRange(d.range), severity: SEVERITY[d.severity ?? 0], code: d.code, message: d.message,
    ...(d.relatedInformation ? { related: d.relatedInformation.map((r) => `${path.relative(dir, new URL(r.location.uri).pathname)} ${showRange(r.location.range)}: ${r.message}`) } : {}),
  };
}

describe('what the editor shows (test/lsp/fixtures/views/*.yaml)', function () {
  let client: TestClient;
  let legend: SemanticTokensLegend;
  const files = (dir: string) => fs.readdirSync(dir).filter((f) => f.endsWith('.news') || f.endsWith('.facts.yaml')).sort();

  before(async () => {
    client = new TestClient();
    const init = await client.initialize(...WORKSPACES.map((w) => w.dir));
    legend = (init.capabilities.semanticTokensProvider as { legend: SemanticTokensLegend }).legend;
    await ready(client);
    const all = WORKSPACES.flatMap((w) => files(w.dir).map((f) => uriOf(path.join(w.dir, f))));
    await client.until(() => all.every((uri) => client.published.has(uri)), 'diagnostics for every document');
  });
  after(() => client.stop());

  for (const { name, dir } of WORKSPACES) {
    it(name, async () => {
      const documents: Record<string, unknown> = {};
      for (const file of files(dir)) {
        const uri = uriOf(path.join(dir, file));
        const text = fs.readFileSync(path.join(dir, file), 'utf8');
        const diagnostics = (client.diagnostics.get(uri) ?? []).map((d) => showDiagnostic(d, dir));
        if (file.endsWith('.facts.yaml')) {
          documents[file] = { diagnostics };
          continue;
        }
        client.open(uri, text);
        const tokens = [];
        for (const t of decodeTokens(text, await client.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } }), legend)) {
          const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: parseRange(t.range).start });
          assert.ok(hover, `a hover over ${t.text}`);
          assert.equal(showRange(hover.range!), t.range, `the hover over ${t.text} covers the token`);
          tokens.push({ range: t.range, text: t.text, type: t.type, ...(t.modifiers.length > 0 ? { modifiers: t.modifiers } : {}), hover: readable((hover.contents as { value: string }).value) });
        }
        client.close(uri);
        documents[file] = { diagnostics, tokens };
      }
      new ExpectFile(path.join(VIEWS, `${name}.yaml`)).check(['documents'], documents, `${name}: documents`);
    });
  }
});

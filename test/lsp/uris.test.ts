import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { pathToUri, uriToPath } from '../../server/src/lsp/uris';

describe('document URIs and paths', () => {
  it('turns file URIs into paths and back, and keeps other schemes as they are', () => {
    const file = path.resolve('/desk/a b/ü.news');
    assert.equal(uriToPath(pathToUri(file)), file);
    assert.equal(pathToUri(file), 'file:///desk/a%20b/%C3%BC.news');
    assert.equal(uriToPath('untitled:Untitled-1'), 'untitled:Untitled-1');
    assert.equal(uriToPath('file://remote-host/share/a.news'), 'file://remote-host/share/a.news', 'a URI this platform cannot map stays a URI');
  });
});

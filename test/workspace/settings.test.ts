import * as assert from 'node:assert/strict';
import { DEFAULT_SETTINGS, layered, parseDeskSettings, readSettingsLayer } from '../../server/src/workspace/settings';

describe('settings layers', () => {
  it('puts each layer over the ones before it, key by key and severity by severity', () => {
    const s = layered({ files: ['**/*.md'], severity: { 'figure-update': 'hint', 'fact-mismatch': 'warning' } }, { severity: { 'fact-mismatch': 'off' }, maxFileSizeKb: 4 });
    assert.deepEqual(s.files, ['**/*.md']);
    assert.deepEqual(s.languages, DEFAULT_SETTINGS.languages);
    assert.deepEqual(s.severity, { 'figure-update': 'hint', 'fact-mismatch': 'off' });
    assert.equal(s.maxFileBytes, 4096);
  });

  it('reads a layer\'s ignore as off for each code, over that layer\'s own severity, under the layers after it', () => {
    const s = layered({ severity: { 'figure-update': 'hint', 'fact-mismatch': 'warning' }, ignore: ['figure-update', 'sum-mismatch'] }, { severity: { 'sum-mismatch': 'error' } });
    assert.deepEqual(s.severity, { 'figure-update': 'off', 'fact-mismatch': 'warning', 'sum-mismatch': 'error' });
    assert.deepEqual(readSettingsLayer({ ignore: ['cross-doc-mismatch'] }), { ignore: ['cross-doc-mismatch'] });
    assert.deepEqual(readSettingsLayer({ ignore: ['cross-doc-mismach'] }), {}, 'an unknown code makes the list malformed');
    const { problems } = parseDeskSettings('ignore: [cross-doc-mismach]\n');
    assert.match(problems[0].message, /"ignore" must be a list of finding codes/);
  });

  it('keeps only well-formed editor values (the others fall back to the layers below)', () => {
    assert.deepEqual(readSettingsLayer({ files: 'x', languages: ['news', 'markdown'], maxFileSizeKb: -1, severity: { 'fact-mismatch': 'loud' }, other: 1 }),
      { languages: ['news', 'markdown'] });
  });

  it('reads the desk file with located problems, keeping its good keys', () => {
    const text = 'files: ["**/*.news", "**/*.md"]\nseverity:\n  figure-update: nope\nlanguage: [markdown]\n';
    const { layer, problems } = parseDeskSettings(text);
    assert.deepEqual(layer, { files: ['**/*.news', '**/*.md'] });
    assert.deepEqual(problems.map((p) => text.slice(p.start, p.end).trim()), ['figure-update: nope', 'language']);
    assert.match(problems[1].message, /unknown setting "language"/);
    assert.deepEqual(parseDeskSettings('- a\n- b\n').problems.length, 1, 'a list is no settings map');
    assert.match(parseDeskSettings('files: [a\n').problems[0].message, /flow sequence|Missing|Unexpected/i);
    assert.deepEqual(parseDeskSettings(''), { layer: {}, problems: [] });
  });
});

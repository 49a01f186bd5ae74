import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { DEFAULT_SEVERITY, FINDING_CODES, RULE_CATALOGUE, ruleHelp } from '../../server/src/engine';
import { FINDINGS_DOC, PACKAGE_JSON, README, findingsDoc, ignoreCodes, readmeTable, severitySchema, tableIn } from '../support/catalogueDocs';
import { CLI, REPO } from '../support/paths';

/** The http(s) URLs in a text. */
const webLinks = (text: string) => text.match(/https?:\/\/[^\s"')\\]+/g) ?? [];

const REGENERATE = 'out of date with server/src/engine/catalogue.ts: run `npm run catalogue`';

describe('rule catalogue', () => {
  it('is the one list of codes and default severities', () => {
    assert.deepEqual(RULE_CATALOGUE.map((r) => r.code), [...FINDING_CODES]);
    for (const r of RULE_CATALOGUE) assert.equal(DEFAULT_SEVERITY[r.code], r.defaultSeverity);
  });

  it('generates package.json\'s newslens.severity schema and newslens.ignore\'s codes', () => {
    const pkg = JSON.parse(fs.readFileSync(PACKAGE_JSON, 'utf8'));
    assert.deepEqual(pkg.contributes.configuration.properties['newslens.severity'], severitySchema(), `package.json: ${REGENERATE}`);
    assert.deepEqual(pkg.contributes.configuration.properties['newslens.ignore'].items.enum, ignoreCodes(), `package.json: ${REGENERATE}`);
  });

  it('generates the README\'s findings table', () => {
    assert.equal(tableIn(fs.readFileSync(README, 'utf8')), readmeTable(), `README.md: ${REGENERATE}`);
  });

  it('generates docs/findings.md, with a heading for every documentation link', () => {
    const doc = fs.readFileSync(FINDINGS_DOC, 'utf8');
    assert.equal(doc, findingsDoc(), `docs/findings.md: ${REGENERATE}`);
    for (const r of RULE_CATALOGUE) assert.ok(doc.includes(`\n## ${r.code}\n`), `a heading for ${r.code}`);
  });

  it('links to no web page: News Lens has none', () => {
    // The documentation ships with the extension (a command opens it); an invented URL would lead nowhere.
    const pkg = fs.readFileSync(PACKAGE_JSON, 'utf8');
    for (const [name, text] of [['package.json', pkg], ['docs/findings.md', fs.readFileSync(FINDINGS_DOC, 'utf8')]]) {
      assert.deepEqual(webLinks(text), [], `${name} links to no web page`);
    }
    assert.equal(JSON.parse(pkg).contributes.configuration.properties['newslens.severity'].properties['fact-mismatch'].markdownDescription,
      'A figure contradicts the fact base. [Documentation](command:newslens.showFindingDocs?%5B%22fact-mismatch%22%5D)');
  });
});

describe('newslens check --format sarif', () => {
  const sarif = () => {
    const r = spawnSync(process.execPath, [CLI, 'check', 'examples', '--format', 'sarif'], { cwd: REPO, encoding: 'utf8' });
    return JSON.parse(r.stdout);
  };

  it('is valid SARIF 2.1.0 (the schema Microsoft publishes in @microsoft/jest-sarif)', () => {
    const schemaFile = path.join(path.dirname(require.resolve('@microsoft/jest-sarif/package.json')), 'lib', 'schemas', 'sarif-2.1.0-rtm.5.json');
    // The schema's language pattern is written for non-Unicode regular expressions.
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(fs.readFileSync(schemaFile, 'utf8')));
    const log = sarif() as { runs: Array<{ results: Array<{ message?: unknown }> }> };
    assert.ok(log.runs[0].results.length > 0, 'the examples have findings');
    assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));
    // The schema does reject what is not SARIF: a result without a message.
    const broken = structuredClone(log) as typeof log;
    delete broken.runs[0].results[0].message;
    assert.ok(!validate(broken), 'a result without a message is invalid');
  });

  it('describes every rule from the catalogue, and each result points at its rule', () => {
    const run = sarif().runs[0];
    assert.deepEqual(run.tool.driver.rules.map((r: { id: string }) => r.id), [...FINDING_CODES]);
    for (const [i, rule] of RULE_CATALOGUE.entries()) {
      const out = run.tool.driver.rules[i];
      assert.equal(out.shortDescription.text, rule.title);
      // The rule's whole documentation travels with it: GitHub code scanning shows `help` with each alert.
      assert.equal(out.help.markdown, ruleHelp(rule));
      assert.ok(out.help.text.startsWith(`${rule.title}\n\nReported when `) && out.help.text.includes(`Default severity: ${rule.defaultSeverity}.`), out.help.text);
      assert.ok(!/`|\*\*/.test(out.help.text), 'the plain text has no Markdown marks');
      assert.equal(out.defaultConfiguration.level, { error: 'error', warning: 'warning', information: 'note', hint: 'note' }[rule.defaultSeverity]);
    }
    for (const result of run.results) assert.equal(run.tool.driver.rules[result.ruleIndex].id, result.ruleId);
  });

  it('points at no web page: each rule carries its help', () => {
    const tool = sarif().runs[0].tool;
    assert.deepEqual(webLinks(JSON.stringify(tool)), []);
    for (const rule of tool.driver.rules) assert.equal(rule.helpUri, undefined);
  });
});

import * as assert from 'node:assert/strict';
import { findingsDocumentation, RULE_CATALOGUE } from '../../server/src/engine';

/** The findings documentation the extension opens from a diagnostic's code, and docs/findings.md. */
describe('findings documentation', () => {
  const doc = findingsDocumentation();

  it('opens with its title and says what the codes are and where they come from', () => {
    assert.equal(doc.split('\n## ')[0], `# News Lens findings

Every finding News Lens reports, in the Problems panel and in \`newslens check\`, has one of these
codes. Click the code of a finding in the Problems panel to open this page at its section.
`);
  });

  it('has one section per code, headed by the code, in the catalogue\'s order', () => {
    const headings = doc.split('\n').filter((line) => line.startsWith('## ')).map((line) => line.slice(3));
    assert.deepEqual(headings, RULE_CATALOGUE.map((r) => r.code));
    assert.equal(doc.split('\n\n## ').length, RULE_CATALOGUE.length + 1, 'a blank line before each heading');
    assert.equal(headings.length, 7);
  });

  it('says in each section what the finding means, when it is reported, its default severity and how to change it', () => {
    const last = doc.slice(doc.indexOf('## fact-base-error'));
    assert.equal(last, `## fact-base-error

The fact base file has a problem.

Reported when the fact base is malformed (located in the YAML file).

Default severity: **error**. Change it per workspace or folder with the setting
\`"newslens.severity": { "fact-base-error": "hint" }\`, or for the whole desk in \`.newslens.yaml\`
(\`severity:\` then \`fact-base-error: hint\`); \`off\` hides it.
`);
    for (const rule of RULE_CATALOGUE) {
      const section = doc.slice(doc.indexOf(`## ${rule.code}\n`)).split('\n## ')[0];
      assert.ok(section.startsWith(`## ${rule.code}\n\n${rule.title}\n\nReported when ${rule.description}.\n\nDefault severity: **${rule.defaultSeverity}**.`), rule.code);
      assert.ok(section.includes(`{ "${rule.code}": "hint" }`), rule.code);
    }
  });
});

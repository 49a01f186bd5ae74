// What the rule catalogue (server/src/engine/catalogue.ts) generates outside the code: package.json's
// `newslens.severity` schema and `newslens.ignore`'s codes, the README's findings table and docs/findings.md. The catalogue test
// compares the files with these; `npm run catalogue` writes them.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RULE_CATALOGUE, findingsDocumentation } from '../../server/src/engine';
import { findingDocsLink } from '../../server/src/protocol';
import { REPO } from './paths';

export const PACKAGE_JSON = path.join(REPO, 'package.json');
export const README = path.join(REPO, 'README.md');
export const FINDINGS_DOC = path.join(REPO, 'docs', 'findings.md');

const LEVELS = ['error', 'warning', 'information', 'hint', 'off'];

/** The codes `newslens.ignore` accepts: every rule's. */
export function ignoreCodes(): string[] {
  return RULE_CATALOGUE.map((r) => r.code);
}

/** The `newslens.severity` setting's schema. */
export function severitySchema(): Record<string, unknown> {
  return {
    type: 'object',
    scope: 'resource',
    default: {},
    markdownDescription: 'Severity per finding code: `error`, `warning`, `information`, `hint` or `off`. ' +
      `Codes: ${RULE_CATALOGUE.map((r) => `\`${r.code}\``).join(', ')} ([what each means](${findingDocsLink()})).`,
    properties: Object.fromEntries(RULE_CATALOGUE.map((r) => [r.code, {
      type: 'string',
      enum: LEVELS,
      default: r.defaultSeverity,
      markdownDescription: `${r.title} [Documentation](${findingDocsLink(r.code)})`,
    }])),
    additionalProperties: false,
  };
}

const TABLE_HEAD = '| code | default severity | when |\n| --- | --- | --- |\n';

/** The README's table of findings (between its head and the first line that is not a row). */
export function readmeTable(): string {
  return TABLE_HEAD + RULE_CATALOGUE.map((r) => `| [\`${r.code}\`](docs/findings.md#${r.code}) | ${r.defaultSeverity} | ${r.description} |\n`).join('');
}

/** The table as it stands in a README text, or undefined. */
export function tableIn(readme: string): string | undefined {
  const start = readme.indexOf(TABLE_HEAD);
  if (start < 0) return undefined;
  let end = start + TABLE_HEAD.length;
  while (readme.startsWith('| ', end)) end = readme.indexOf('\n', end) + 1;
  return readme.slice(start, end);
}

/** docs/findings.md: the findings documentation the extension opens, for readers of the repository. */
export function findingsDoc(): string {
  return `<!-- Generated from server/src/engine/catalogue.ts by \`npm run catalogue\`: edit the catalogue, not this file. -->
${findingsDocumentation()}`;
}

/** Writes every generated file. */
export function writeAll(): void {
  const pkg = JSON.parse(fs.readFileSync(PACKAGE_JSON, 'utf8'));
  pkg.contributes.configuration.properties['newslens.severity'] = severitySchema();
  pkg.contributes.configuration.properties['newslens.ignore'].items.enum = ignoreCodes();
  fs.writeFileSync(PACKAGE_JSON, `${JSON.stringify(pkg, null, 2)}\n`);
  const readme = fs.readFileSync(README, 'utf8');
  const table = tableIn(readme);
  if (!table) throw new Error(`no findings table ("${TABLE_HEAD.split('\n')[0]}") in README.md`);
  fs.writeFileSync(README, readme.replace(table, readmeTable()));
  fs.writeFileSync(FINDINGS_DOC, findingsDoc());
}

if (require.main === module) {
  writeAll();
  console.log('wrote package.json (newslens.severity, newslens.ignore), README.md (findings table), docs/findings.md');
}

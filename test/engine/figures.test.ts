import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { analyzeDocument } from '../../server/src/engine';
import { renderClaim } from '../support/claims';
import { expectCases } from '../support/expect';
import { FIXTURES } from '../support/paths';

interface FigureCase {
  text: string;
}

for (const file of ['figures.yaml', 'figures-details.yaml']) expectCases<FigureCase>(`figures (fixtures/${file})`, path.join(FIXTURES, file), {
  name: (c) => c.text,
  key: 'figures',
  actual: (c) => analyzeDocument(c.text).claims.map(renderClaim),
  invariants: (c) => {
    for (const { figure } of analyzeDocument(c.text).claims) assert.equal(c.text.slice(figure.start, figure.end), figure.text, 'span matches the text');
  },
});

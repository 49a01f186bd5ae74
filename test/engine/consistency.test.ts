import * as path from 'node:path';
import { expectFolders } from '../support/expect';
import { storyFindings } from '../support/findings';
import { FIXTURES } from '../support/paths';

/**
 * One folder per case under fixtures/consistency: articles, maybe a fact base, and expected.yaml
 * listing every finding with its place, code, severity, message and related places. Nothing
 * more, nothing less: a folder that expects no findings guards against false alarms.
 */
expectFolders('consistency (fixtures/consistency/*)', path.join(FIXTURES, 'consistency'), { key: 'findings', actual: storyFindings });

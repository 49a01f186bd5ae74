// Extension-host test entry point (extensionTestsPath): runs every *.test.js next to this file
// with mocha's tdd UI. Set MOCHA_GREP to run a subset.
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  // No ANSI colors: the output is forwarded through the workbench to the terminal.
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 30_000 });
  if (process.env.MOCHA_GREP) mocha.grep(process.env.MOCHA_GREP);
  for (const f of fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort()) {
    mocha.addFile(path.join(__dirname, f));
  }
  return new Promise((resolve, reject) => {
    try {
      const runner = mocha.run((failures) => {
        const s = runner.stats;
        console.log(`${s?.passes ?? 0} passed, ${s?.failures ?? failures} failed, ${s?.pending ?? 0} skipped`);
        if (failures > 0) reject(new Error(`${failures} test(s) failed.`));
        else resolve();
      });
    } catch (err) {
      reject(err);
    }
  });
}

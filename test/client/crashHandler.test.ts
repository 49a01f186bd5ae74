import * as assert from 'node:assert/strict';
import Module from 'node:module';

/** vscode-languageclient's enums as it defines them (the module itself needs the editor to load). */
const ErrorAction = { Continue: 1, Shutdown: 2 };
const CloseAction = { DoNotRestart: 1, Restart: 2 };
const loader = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
const load = loader._load;
loader._load = function (request: string, ...rest: unknown[]) {
  return request === 'vscode-languageclient' ? { ErrorAction, CloseAction } : load.call(this, request, ...rest);
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { restartOnCrash } = require('../../client/src/crashHandler') as typeof import('../../client/src/crashHandler');
loader._load = load;

describe('the language client\'s crash handling (client/src/crashHandler.ts)', () => {
  it('restarts a server that died four times in three minutes, says so once, then gives up and says why', () => {
    const handler = restartOnCrash() as unknown as {
      error: (error: Error, message: unknown, count: number | undefined) => { action: number; handled: boolean };
      closed: () => { action: number; message?: string; handled?: boolean };
    };
    assert.deepEqual([1, 3, 4, undefined].map((count) => handler.error(new Error('write'), undefined, count)), [
      { action: ErrorAction.Continue, handled: true }, { action: ErrorAction.Continue, handled: true },
      { action: ErrorAction.Shutdown, handled: true }, { action: ErrorAction.Shutdown, handled: true },
    ], 'a few write errors are survivable, more mean the connection is gone');
    const restarted = { action: CloseAction.Restart, message: 'News Lens: the language server stopped unexpectedly and has been restarted.' };
    assert.deepEqual([1, 2, 3, 4].map(() => handler.closed()), [
      { ...restarted, handled: false }, { ...restarted, handled: true }, { ...restarted, handled: true }, { ...restarted, handled: true },
    ], 'the user is told of the first restart only');
    assert.deepEqual(handler.closed(), {
      action: CloseAction.DoNotRestart,
      message: 'News Lens: the language server stopped 5 times in 3 minutes and will not be restarted. Reload the window to start it again; the "News Lens" output has details.',
    });
  });
});

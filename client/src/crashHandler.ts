import { CloseAction, ErrorAction, type ErrorHandler } from 'vscode-languageclient';
import { RestartPolicy } from './restartPolicy';

/** Restarts a server process that died (a bounded number of times) and says so once. */
export function restartOnCrash(): ErrorHandler {
  const policy = new RestartPolicy();
  return {
    // As the default handler: a few write errors are survivable, more mean the connection is gone.
    error: (_error, _message, count) => ({ action: count !== undefined && count <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown, handled: true }),
    closed: () => {
      const after = policy.afterCrash();
      if (!after.restart) {
        return {
          action: CloseAction.DoNotRestart,
          message: `News Lens: the language server stopped ${policy.maxRestarts + 1} times in ${policy.windowMs / 60_000} minutes and will not be restarted. ` +
            'Reload the window to start it again; the "News Lens" output has details.',
        };
      }
      return { action: CloseAction.Restart, message: 'News Lens: the language server stopped unexpectedly and has been restarted.', handled: !after.tell };
    },
  };
}

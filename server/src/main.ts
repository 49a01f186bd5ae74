/**
 * dist/server.js, the one server bundle of the extension: the language server on Node (stdio or
 * IPC), its own indexing worker threads, and the language server in a browser's web worker. One
 * bundle, so the engine and its tagger weights ship once. Each role's modules are loaded only in
 * that role: a web worker never evaluates anything that needs Node.
 */
export {};

declare const process: { versions?: { node?: string } } | undefined;

if (typeof process !== 'undefined' && process?.versions?.node !== undefined) {
  const { isMainThread } = require('node:worker_threads') as typeof import('node:worker_threads');
  if (isMainThread) require('./node');
  else (require('./workspace/analysisWorker') as typeof import('./workspace/analysisWorker')).serveAnalysis();
} else {
  require('./browser');
}

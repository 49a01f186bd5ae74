/**
 * A mocha root hook for mutation testing only (Stryker loads it through `mochaOptions.require`):
 * hands the mutant under test to the processes and worker threads that the tests start (the
 * language server over stdio, the CLI, the analysis workers). Their instrumented bundles read it
 * from `__STRYKER_ACTIVE_MUTANT__` when they start; Stryker itself sets it only in this process.
 */
const ENV = '__STRYKER_ACTIVE_MUTANT__';

function handOver(): void {
  const active = (globalThis as { __stryker__?: { activeMutant?: string } }).__stryker__?.activeMutant;
  if (active === undefined) delete process.env[ENV];
  else process.env[ENV] = String(active);
}

export const mochaHooks = { beforeAll: handOver, beforeEach: handOver };

import * as assert from 'node:assert/strict';
import { RestartPolicy } from '../../client/src/restartPolicy';

describe('restart policy (client/src/restartPolicy.ts)', () => {
  it('restarts a bounded number of times, and the user is told once', () => {
    const policy = new RestartPolicy(4, 180_000);
    const t0 = 1_000_000;
    assert.deepEqual([0, 1, 2, 3].map((i) => policy.afterCrash(t0 + i)), [
      { restart: true, tell: true }, { restart: true, tell: false }, { restart: true, tell: false }, { restart: true, tell: false },
    ]);
    assert.deepEqual(policy.afterCrash(t0 + 4), { restart: false }, 'the fifth crash in three minutes: no more restarts');
    assert.deepEqual(policy.afterCrash(t0 + 4 + 180_001), { restart: true, tell: false }, 'crashes long ago no longer count');
  });

  it('counts a crash exactly the window ago, and by default allows 4 restarts in 3 minutes', () => {
    const policy = new RestartPolicy();
    assert.deepEqual([policy.maxRestarts, policy.windowMs], [4, 180_000]);
    for (let i = 0; i < 4; i++) assert.equal(policy.afterCrash(i * 60_000).restart, true);
    assert.deepEqual(policy.afterCrash(180_000), { restart: false }, 'the crash at 0 is exactly 3 minutes old: it still counts');
    assert.deepEqual(policy.afterCrash(240_001), { restart: true, tell: false }, 'the crashes at 0 and 1 minute are older than the window');
  });
});

import { describe, expect, it } from 'vitest';
import { decideLock, holderIdentity, microTime, parseHolder } from '../../../src/core/release/lockDecision.js';

const me = { id: 'me1', host: 'laptop' };
const now = Date.parse('2024-01-01T00:01:00Z');
const alive = () => true;
const dead = () => false;
const lease = (holder: string, renewedSecondsAgo: number, duration = 15) => ({
  holderIdentity: holder,
  leaseDurationSeconds: duration,
  renewTime: microTime(now - renewedSecondsAgo * 1000),
});

describe('release lock decisions', () => {
  it('creates a missing lease and takes a free one', () => {
    expect(decideLock(undefined, me, now, alive, 5000)).toEqual({ action: 'create' });
    expect(decideLock({ holderIdentity: '' }, me, now, alive, 5000)).toEqual({ action: 'take', reason: 'free' });
  });

  it('takes an expired lease', () => {
    expect(decideLock(lease(holderIdentity('ci run 7', 'runner', 99, 'x'), 16), me, now, alive, 5000)).toEqual({ action: 'take', reason: 'expired' });
  });

  it('takes a lease whose holder died on this host', () => {
    expect(decideLock(lease(holderIdentity('converge', 'laptop', 4242, 'x'), 1), me, now, dead, 5000)).toEqual({ action: 'take', reason: 'holder-dead' });
  });

  it('does not judge processes of other hosts', () => {
    const d = decideLock(lease(holderIdentity('converge', 'runner', 4242, 'x'), 1), me, now, dead, 5000);
    expect(d.action).toBe('held');
  });

  it('reports a live holder, and marks a lease that missed renewals as stale', () => {
    const live = decideLock(lease(holderIdentity('converge by ann', 'runner', 1, 'x'), 2), me, now, alive, 5000);
    expect(live).toMatchObject({ action: 'held', holder: { description: 'converge by ann', host: 'runner', pid: 1 }, stale: false });
    const stale = decideLock(lease(holderIdentity('converge by ann', 'runner', 1, 'x'), 11), me, now, alive, 5000);
    expect(stale).toMatchObject({ action: 'held', stale: true });
  });

  it('re-takes its own lease', () => {
    expect(decideLock(lease(holderIdentity('me', 'laptop', 1, 'me1'), 1), me, now, alive, 5000)).toEqual({ action: 'take', reason: 'ours' });
  });

  it('parses foreign holder identities as plain descriptions', () => {
    expect(parseHolder('kube-controller-manager')).toEqual({ description: 'kube-controller-manager' });
    expect(microTime(Date.parse('2024-01-01T00:00:00.123Z'))).toBe('2024-01-01T00:00:00.123000Z');
  });
});

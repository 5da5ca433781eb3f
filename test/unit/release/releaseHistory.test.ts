import { describe, expect, it } from 'vitest';
import { deployKind, lastDeployed, nextRevisionNumber, revisionsToPrune, stalePending, toSupersede } from '../../../src/core/release/releaseHistory.js';
import type { HelmRelease, ReleaseStatus } from '../../../src/core/release/helmRelease.js';

const h = (...statuses: ReleaseStatus[]): HelmRelease[] =>
  statuses.map((status, i) => ({ name: 'r', namespace: 'n', version: i + 1, info: { status }, chart: { metadata: {} } }));

describe('release history decisions', () => {
  it('finds the last deployed and the next revision', () => {
    const history = h('superseded', 'deployed', 'failed');
    expect(lastDeployed(history)?.version).toBe(2);
    expect(nextRevisionNumber(history)).toBe(4);
    expect(nextRevisionNumber([])).toBe(1);
  });

  it.each([
    ['under the maximum', h('superseded', 'deployed'), 10, []],
    ['at the maximum: make room for one', h(...Array<ReleaseStatus>(9).fill('superseded'), 'deployed'), 10, [1]],
    ['over the maximum', h(...Array<ReleaseStatus>(11).fill('superseded'), 'deployed'), 10, [1, 2, 3]],
    ['never the last deployed', h('deployed', ...Array<ReleaseStatus>(10).fill('failed')), 10, [2, 3]],
    ['no limit', h(...Array<ReleaseStatus>(30).fill('superseded')), 0, []],
    ['max 1 keeps only what is added', h('superseded', 'deployed'), 1, [1]],
  ])('prunes %s', (_name, history, max, expected) => {
    expect(revisionsToPrune(history, max)).toEqual(expected);
  });

  it.each([
    [[], 'install'],
    [h('deployed'), 'upgrade'],
    [h('failed'), 'install'],
    [h('deployed', 'failed'), 'upgrade'],
    [h('superseded', 'uninstalled'), 'install'],
    [h('pending-install'), 'install'],
  ] as const)('%j deploys as %s', (history, kind) => {
    expect(deployKind(history)).toBe(kind);
  });

  it('finds stale pending revisions and what to supersede', () => {
    expect(stalePending(h('deployed', 'pending-upgrade')).map((r) => r.version)).toEqual([2]);
    expect(toSupersede(h('superseded', 'deployed', 'deployed'), 3).map((r) => r.version)).toEqual([2]);
  });
});

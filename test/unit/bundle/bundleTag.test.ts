import { describe, expect, it } from 'vitest';
import { selectBundleTag, tagOfVersion, versionOfTag, isValidTag } from '../../../src/core/bundle/bundleTag.js';

const tags = ['latest', '1.0.0', '1.2.0', '1.2.5', '1.10.0', '2.0.0-rc.1', '2.0.0', '0.9.0', '1.3.0_build.7', 'staging'];

describe('selectBundleTag (Helm GetTagMatchingVersionOrConstraint, newest first)', () => {
  it.each([
    ['latest', 'latest'],
    ['staging', 'staging'],
    ['1.2.0', '1.2.0'],
    ['^1', '1.10.0'],
    ['^1.2', '1.10.0'],
    ['~1.2', '1.2.5'],
    ['~1.2.0', '1.2.5'],
    ['>=1.0 <1.3', '1.2.5'],
    ['1.2.x', '1.2.5'],
    ['*', '2.0.0'],
    ['>=2.0.0-0', '2.0.0'],
    ['<1', '0.9.0'],
    ['1.3.0+build.7', '1.3.0_build.7'],
    ['~1.3', '1.3.0_build.7'],
    ['>0.9.0 <1.0.1 || 2.0.0', '2.0.0'],
  ])('%s → %s', (wanted, expected) => {
    expect(selectBundleTag(tags, wanted)).toEqual({ tag: expected });
  });

  it.each([
    ['^3', { problem: 'no-match', nearest: ['2.0.0', '2.0.0-rc.1', '1.10.0', '1.3.0_build.7', '1.2.5'] }],
    ['1.4.0', { problem: 'not-found', nearest: ['2.0.0', '2.0.0-rc.1', '1.10.0', '1.3.0_build.7', '1.2.5'] }],
    ['production', { problem: 'not-found', nearest: ['2.0.0', '2.0.0-rc.1', '1.10.0', '1.3.0_build.7', '1.2.5'] }],
  ])('%s is refused with the nearest tags', (wanted, expected) => {
    expect(selectBundleTag(tags, wanted)).toEqual(expected);
  });

  it('reports a repository without tags, and non-semver tags near a missing one', () => {
    expect(selectBundleTag([], 'latest')).toEqual({ problem: 'no-tags' });
    expect(selectBundleTag(['staging', 'stable', 'main'], 'stage')).toEqual({ problem: 'not-found', nearest: ['stable', 'staging'] });
  });

  it('refuses a broken constraint with the semver library message', () => {
    const got = selectBundleTag(tags, '>=1.0 <<2');
    expect(got).toMatchObject({ problem: 'bad-constraint' });
  });

  it('maps build metadata to tags as Helm does, and validates tags', () => {
    expect(tagOfVersion('1.2.3+abc')).toBe('1.2.3_abc');
    expect(versionOfTag('1.2.3_abc')).toBe('1.2.3+abc');
    expect(isValidTag('1.2.3_abc')).toBe(true);
    expect(isValidTag('latest')).toBe(true);
    expect(isValidTag('-x')).toBe(false);
    expect(isValidTag('a/b')).toBe(false);
    expect(isValidTag('x'.repeat(129))).toBe(false);
  });
});

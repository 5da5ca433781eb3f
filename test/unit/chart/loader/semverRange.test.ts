import { describe, expect, it } from 'vitest';
import { isCompatibleRange, parseSemver } from '../../../../src/core/chart/loader/semverRange.js';

describe('Masterminds semver ranges (as Helm uses them)', () => {
  it.each([
    ['~12.1.0', '12.1.6', true],
    ['~12.1.0', '12.2.0', false],
    ['2.x.x', '2.3.0', true],
    ['^1.2.3', '1.9.0', true],
    ['^0.2.3', '0.3.0', false],
    ['>=17.0.0 <18.0.0', '17.3.2', true],
    ['>=17.0.0, <18.0.0', '18.0.0', false],
    ['1.0.0 - 2.0.0', '1.5.0', true],
    ['>=1.23.0-0', 'v1.37.0', true],
    ['>=1.23.0', '1.24.0-rc.1', false],
    ['>=1.23.0-0', '1.24.0-rc.1', true],
    ['1.x || >=3', '2.0.0', false],
    ['', '0.1.0', false],
    ['*', '5.0.0', true],
    ['not a range', '1.0.0', false],
  ])('%s allows %s: %s', (range, version, allowed) => {
    expect(isCompatibleRange(range, version)).toBe(allowed);
  });
  // NewVersion coerces in v3.5.0 (CoerceNewVersion): leading zeros in major/minor/patch are accepted (checked against Go).
  it('parses loose versions, coerces leading zeros, rejects them in numeric prereleases', () => {
    expect(parseSemver('1.2')).toBeDefined();
    expect(parseSemver('v1.2.3-rc.1+build')).toBeDefined();
    expect(parseSemver('01.2.3')?.major).toBe(1n);
    expect(parseSemver('1.2.3-01')).toBeUndefined();
    expect(parseSemver('1.2.3.4')).toBeUndefined();
  });
});

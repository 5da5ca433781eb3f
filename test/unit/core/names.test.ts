import { describe, expect, it } from 'vitest';
import { isDnsLabel, requireDnsLabel } from '../../../src/core/names.js';

describe('DNS labels', () => {
  it.each([
    ['production', true],
    ['pr-12', true],
    ['a', true],
    ['1abc', true],
    ['a'.repeat(63), true],
    ['a'.repeat(64), false],
    ['Pr-12', false],
    ['pr_12', false],
    ['-pr', false],
    ['pr-', false],
    ['', false],
    ['pr.12', false],
  ])('%j is a DNS label: %s', (name, expected) => {
    expect(isDnsLabel(name)).toBe(expected);
  });

  it('names the input in its error', () => {
    expect(() => requireDnsLabel('Bad', 'environment', { input: 'env' })).toThrow('environment "Bad" is not a valid name');
  });
});

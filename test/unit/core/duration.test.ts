import { describe, expect, it } from 'vitest';
import { parseDuration } from '../../../src/core/duration.js';
import { SlipwayError } from '../../../src/core/errors/slipwayError.js';

describe('parseDuration', () => {
  it.each([
    ['300s', 300_000],
    ['5m', 300_000],
    ['1h30m', 5_400_000],
    ['1.5h', 5_400_000],
    ['250ms', 250],
    ['1m30s', 90_000],
    ['90', 90_000],
    [' 2m ', 120_000],
  ])('%s is %d ms', (text, ms) => {
    expect(parseDuration(text, { input: '--timeout' })).toBe(ms);
  });

  it.each(['', 'soon', '5x', 'm5', '1h 30m', '-5m'])('rejects %j naming the input', (text) => {
    let caught: unknown;
    try {
      parseDuration(text, { input: '--timeout' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(SlipwayError);
    expect((caught as SlipwayError).where.input).toBe('--timeout');
    expect((caught as SlipwayError).message).toContain('is not a duration');
  });
});

import { describe, expect, it } from 'vitest';
import { formatFloat, formatJSONFloat } from '../../../src/core/chart/template/goFloat.js';
import { sprint, sprintf } from '../../../src/core/chart/template/goFormat.js';
import { GoInt } from '../../../src/core/chart/template/goValues.js';
import { yamlKeyLess } from '../../../src/core/chart/yaml/yamlNode.js';

describe('Go float formatting', () => {
  it('uses the shortest %v form with Go exponent thresholds', () => {
    expect(formatFloat(1000000, 'g', -1)).toBe('1e+06');
    expect(formatFloat(100000, 'g', -1)).toBe('100000');
    expect(formatFloat(123456789, 'g', -1)).toBe('1.23456789e+08');
    expect(formatFloat(0.00001, 'g', -1)).toBe('1e-05');
    expect(formatFloat(-0, 'g', -1)).toBe('-0');
  });
  it('rounds fixed precision half to even on exact ties', () => {
    expect(formatFloat(2.5, 'f', 0)).toBe('2');
    expect(formatFloat(0.125, 'f', 2)).toBe('0.12');
    expect(formatFloat(3.14159, 'f', 2)).toBe('3.14');
  });
  it('writes JSON numbers as encoding/json does', () => {
    expect(formatJSONFloat(1e21)).toBe('1e+21');
    expect(formatJSONFloat(1e-7)).toBe('1e-7');
    expect(formatJSONFloat(1000000)).toBe('1000000');
  });
});

describe('fmt', () => {
  it('prints collections and nil as Go does', () => {
    expect(sprint([{ b: 2n, a: [1n, 'x'] }])).toBe('map[a:[1 x] b:2]');
    expect(sprint([null])).toBe('<nil>');
    expect(sprint([1n, 2n, 'a', 3n])).toBe('1 2a3');
  });
  it('reports verb mistakes in Go form', () => {
    expect(sprintf('%d', ['x'])).toBe('%!d(string=x)');
    expect(sprintf('%d %d', [1n])).toBe('1 %!d(MISSING)');
    expect(sprintf('a', [new GoInt('int64', 1n)])).toBe('a%!(EXTRA int64=1)');
    expect(sprintf('%05.1f|%-3d|%x|%q', [3.14159, 7n, 255n, 'hi'])).toBe('003.1|7  |ff|"hi"');
  });
});

describe('go-yaml key order', () => {
  it('compares digit runs numerically and letters before other characters', () => {
    const keys = ['key10', 'key2', 'key1', '_x', 'b', 'a0'];
    expect([...keys].sort((a, b) => (yamlKeyLess(a, b) ? -1 : yamlKeyLess(b, a) ? 1 : 0))).toEqual(['_x', 'a0', 'b', 'key1', 'key2', 'key10']);
  });
});

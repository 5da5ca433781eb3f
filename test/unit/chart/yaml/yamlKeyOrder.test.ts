/** sortYamlKeys' shortcut for digit-free ASCII keys gives go-yaml's order, as the full comparison does. */
import { describe, expect, it } from 'vitest';
import { sortYamlKeys, yamlKeyLess } from '../../../../src/core/chart/yaml/yamlNode.js';
import { mulberry32 } from '../../../support/seededRandom.js';

const bySlowComparison = (keys: string[], version: 'v2' | 'v3') => [...keys].sort((x, y) => (yamlKeyLess(x, y, version) ? -1 : yamlKeyLess(y, x, version) ? 1 : 0));

describe('go-yaml key order', () => {
  it('is the same through the shortcut and the full comparison, for 2,000 random key sets', () => {
    const random = mulberry32(424242);
    const alphabets = ['abAB', 'aZ_-./ ~', 'abc.-/_:@ A', 'a1b2_', 'aé', '\x00\x1fa~\x7f'];
    for (let n = 0; n < 2000; n++) {
      const alphabet = alphabets[n % alphabets.length]!;
      const keys = Array.from({ length: 1 + Math.floor(random() * 12) }, () =>
        Array.from({ length: Math.floor(random() * 6) }, () => alphabet[Math.floor(random() * alphabet.length)]).join(''),
      );
      for (const version of ['v2', 'v3'] as const) expect(sortYamlKeys([...keys], version)).toEqual(bySlowComparison(keys, version));
    }
  });

  it('puts non-letters before letters and shorter prefixes first', () => {
    expect(sortYamlKeys(['b', 'A', '_x', 'a', 'ab', '-', 'app.kubernetes.io/name', 'app'])).toEqual(['-', '_x', 'A', 'a', 'ab', 'app', 'app.kubernetes.io/name', 'b']);
  });
});

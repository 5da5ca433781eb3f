/** sortYamlKeys' shortcut for digit-free ASCII keys gives go-yaml's order, as the full comparison does. */
import { describe, expect, it } from 'vitest';
import { sortYamlKeys, yamlKeyLess } from '../../../../src/core/chart/yaml/yamlNode.js';

function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const bySlowComparison = (keys: string[], version: 'v2' | 'v3') => [...keys].sort((x, y) => (yamlKeyLess(x, y, version) ? -1 : yamlKeyLess(y, x, version) ? 1 : 0));

describe('go-yaml key order', () => {
  it('is the same through the shortcut and the full comparison, for 2,000 random key sets', () => {
    const random = seeded(424242);
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

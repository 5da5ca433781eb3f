import { describe, expect, it } from 'vitest';
import { compareAll, describeMismatch, loadCorpus } from './corpus.js';
import { renderWithOracle } from './oracleClient.js';

describe('chart template engine against Helm (Go oracle)', () => {
  it('renders the whole corpus byte for byte as Helm does', async () => {
    const cases = loadCorpus();
    expect(cases.length).toBeGreaterThan(0);
    const expected = await renderWithOracle(cases);
    const mismatches = compareAll(cases, expected);
    console.log(`corpus: ${cases.length} cases, ${cases.length - mismatches.length} identical, ${mismatches.length} different`);
    expect(mismatches.map(describeMismatch)).toEqual([]);
  });
});

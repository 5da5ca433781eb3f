import { describe, expect, it } from 'vitest';
import { compareAll, describeMismatch } from './corpus.js';
import { renderWithOracle } from './oracleClient.js';
import { RandomTemplates } from './randomTemplates.js';

// CI: a fixed seed and a fixed number of cases. Long local runs: SLIPWAY_FUZZ_SECONDS=600 (and optionally SLIPWAY_FUZZ_SEED).
const seconds = Number(process.env.SLIPWAY_FUZZ_SECONDS ?? 0);
const seed = Number(process.env.SLIPWAY_FUZZ_SEED ?? 20260101);

describe('random templates against Helm (Go oracle)', () => {
  it(seconds > 0 ? `finds no mismatch in ${seconds}s of random cases` : 'finds no mismatch in 400 seeded random cases', async () => {
    const gen = new RandomTemplates(seed);
    const deadline = Date.now() + seconds * 1000;
    let total = 0;
    const mismatches: string[] = [];
    do {
      const batch = Array.from({ length: 400 }, (_, i) => gen.next(total + i));
      const expected = await renderWithOracle(batch);
      for (const m of compareAll(batch, expected)) mismatches.push(describeMismatch(m) + `\n  template: ${JSON.stringify(batch[Number(m.name.split(' ')[1]) - total]?.templates['t.yaml'])}\n  values: ${JSON.stringify(batch[Number(m.name.split(' ')[1]) - total]?.values)}`);
      total += batch.length;
    } while (Date.now() < deadline && mismatches.length < 50);
    console.log(`random: seed ${seed}, ${total} cases, ${mismatches.length} mismatches`);
    expect(mismatches.slice(0, 10)).toEqual([]);
  });
});

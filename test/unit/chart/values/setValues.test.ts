import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GoInt } from '../../../../src/core/chart/template/goValues.js';
import { parseSetInto, parseSetJsonInto, parseSetLiteralInto, parseSetStringInto } from '../../../../src/core/chart/values/setValues.js';

// Cases and expectations come from Helm's own pkg/strvals (test/support/strvalsOracle, helm v4.3.1):
// regenerate with `go build` there and `oracle < strvals-cases.txt > strvals-expected.jsonl`.
const fixtures = new URL('../../../fixtures/values/', import.meta.url);
const cases = readFileSync(new URL('strvals-cases.txt', fixtures), 'utf8').split('\n').filter((l) => l !== '');
const expected = readFileSync(new URL('strvals-expected.jsonl', fixtures), 'utf8').split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as { values: unknown; error?: string });

function tag(v: unknown): unknown {
  if (v === null || v === undefined) return null;
  if (v instanceof GoInt) return `int64:${v.value}`;
  if (typeof v === 'number') return `float64:${v}`;
  if (typeof v === 'string') return `string:${v}`;
  if (typeof v === 'boolean') return `bool:${v}`;
  if (Array.isArray(v)) return v.map(tag);
  return Object.fromEntries(Object.entries(v as Record<string, unknown>).map(([k, x]) => [k, tag(x)]));
}

const parsers = { set: parseSetInto, string: parseSetStringInto, json: parseSetJsonInto, literal: parseSetLiteralInto } as const;

describe('--set parsers agree with Helm strvals', () => {
  it('has one expectation per case', () => expect(expected.length).toBe(cases.length));
  cases.forEach((line, i) => {
    it(line, () => {
      const space = line.indexOf(' ');
      const kind = line.slice(0, space) as keyof typeof parsers;
      const dest: Record<string, unknown> = {};
      let error: string | undefined;
      try {
        parsers[kind](line.slice(space + 1), dest);
      } catch (e) {
        error = (e as Error).message;
      }
      const want = expected[i]!;
      if (kind === 'json' && want.error !== undefined) expect(error).toBeDefined();
      else expect(error).toBe(want.error);
      expect(tag(dest)).toEqual(want.values);
    });
  });
});

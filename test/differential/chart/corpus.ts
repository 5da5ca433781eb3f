/** The case corpus (corpus/*.yaml) and the byte-for-byte comparison of slipway against the oracle. */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { OracleCase, OracleResult } from './oracleClient.js';
import { renderCase } from './renderCase.js';

export interface CorpusCase extends OracleCase {
  name: string;
  /** For random or time-based output: a regular expression both outputs must match instead of being equal. */
  shape?: string;
}

interface RawCase {
  name: string;
  tpl?: string;
  templates?: Record<string, string>;
  values?: Record<string, unknown>;
  files?: Record<string, string>;
  strict?: boolean;
  shape?: string;
}

const corpusDir = fileURLToPath(new URL('./corpus/', import.meta.url));

export function loadCorpus(): CorpusCase[] {
  const cases: CorpusCase[] = [];
  for (const file of readdirSync(corpusDir).filter((f) => f.endsWith('.yaml')).sort()) {
    const raw = parse(readFileSync(corpusDir + file, 'utf8')) as RawCase[];
    for (const r of raw) {
      const templates = r.templates ?? { 't.yaml': r.tpl ?? '' };
      cases.push({
        name: `${file.replace(/\.yaml$/, '')}: ${r.name}`,
        templates,
        ...(r.values ? { values: r.values } : {}),
        ...(r.files ? { files: r.files } : {}),
        ...(r.strict ? { strict: true } : {}),
        ...(r.shape ? { shape: r.shape } : {}),
      });
    }
  }
  return cases;
}

export interface Mismatch {
  name: string;
  expected: OracleResult;
  actual: OracleResult;
}

function sameResult(c: CorpusCase, expected: OracleResult, actual: OracleResult): boolean {
  if (c.shape !== undefined) {
    if (expected.error !== undefined || actual.error !== undefined) return expected.error === actual.error;
    const re = new RegExp(c.shape);
    const outs = (r: OracleResult) => Object.values(r.output ?? {});
    return (
      Object.keys(expected.output ?? {}).join() === Object.keys(actual.output ?? {}).join() &&
      outs(expected).every((o) => re.test(o)) &&
      outs(actual).every((o) => re.test(o))
    );
  }
  return JSON.stringify(sortOutput(expected)) === JSON.stringify(sortOutput(actual));
}

function sortOutput(r: OracleResult): OracleResult {
  if (r.output === undefined) return { error: r.error! };
  return { output: Object.fromEntries(Object.entries(r.output).sort(([a], [b]) => (a < b ? -1 : 1))) };
}

/** Renders every case with slipway and compares with the oracle's results. */
export function compareAll(cases: CorpusCase[], expected: OracleResult[]): Mismatch[] {
  const mismatches: Mismatch[] = [];
  cases.forEach((c, i) => {
    const actual = renderCase(c);
    if (!sameResult(c, expected[i]!, actual)) mismatches.push({ name: c.name, expected: expected[i]!, actual });
  });
  return mismatches;
}

export function describeMismatch(m: Mismatch): string {
  return `${m.name}\n  go:      ${JSON.stringify(m.expected)}\n  slipway: ${JSON.stringify(m.actual)}`;
}

import { SlipwayError, type ErrorLocation } from './errors/slipwayError.js';

const unitMs: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/**
 * Parses a Go-style duration (`300s`, `5m`, `1h30m`, `1.5h`, `250ms`) as Helm's `--timeout` takes it;
 * a bare number is seconds. Returns milliseconds.
 */
export function parseDuration(text: string, where: ErrorLocation): number {
  const trimmed = text.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const part = /(\d+(?:\.\d+)?)(ms|s|m|h)/gy;
  let total = 0;
  let matched = 0;
  for (let m = part.exec(trimmed); m; m = part.exec(trimmed)) {
    total += Number(m[1]) * unitMs[m[2]!]!;
    matched = part.lastIndex;
  }
  if (trimmed === '' || matched !== trimmed.length) {
    throw new SlipwayError('input', `"${text}" is not a duration`, {
      where,
      hint: 'use a Go-style duration such as 300s, 5m or 1h30m',
    });
  }
  return Math.round(total);
}

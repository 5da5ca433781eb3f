import { SlipwayError } from '../core/errors/slipwayError.js';

/** `key=value` flags (--add-label, --add-annotation) as a map; the flag is named in the error. */
export function keyValues(pairs: readonly string[], flag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    if (eq <= 0) {
      throw new SlipwayError('input', `${flag} ${pair}: expected key=value`, { where: { input: flag }, hint: `e.g. ${flag} team=payments` });
    }
    out[pair.slice(0, eq)] = pair.slice(eq + 1);
  }
  return out;
}

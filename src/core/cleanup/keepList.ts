import type { ReferenceMatch } from '../config/projectConfig.js';
import { SlipwayError } from '../errors/slipwayError.js';

/** Keep-list entries from a flag or input: `/regex/` or a tag; a bad regex names the flag. Pure. */
export function keepMatches(values: readonly string[], input: string): ReferenceMatch[] {
  return values.map((value) => {
    if (value.length >= 2 && value.startsWith('/') && value.endsWith('/')) {
      const regex = value.slice(1, -1);
      try {
        new RegExp(regex);
      } catch (error) {
        throw new SlipwayError('input', `${input} "${value}" is not a valid regular expression: ${(error as Error).message}`, { where: { input } });
      }
      return { regex };
    }
    return { name: value };
  });
}

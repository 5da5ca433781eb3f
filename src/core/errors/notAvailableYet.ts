import { SlipwayError } from './slipwayError.js';

/**
 * The honest answer of a command or action whose engine does not exist yet: a clear error after the
 * inputs were validated, never a fake success.
 */
export function notAvailableYet(what: string, reason: string): never {
  throw new SlipwayError('not-implemented', `${what} is not available in this version yet (${reason})`, {
    hint: 'the inputs were read and validated; nothing was changed in any cluster or registry',
  });
}

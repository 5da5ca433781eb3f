/** Helm's TOML functions: toToml (the encoder's error text on failure), mustToToml, fromToml ({"Error": …} on failure). */
import { GoError } from '../template/goErrors.js';
import type { GoFunc } from '../template/funcTypes.js';
import { decodeToml, TomlDecodeError } from '../toml/tomlDecoder.js';
import { encodeToml, TomlEncodeError } from '../toml/tomlEncoder.js';
import { def } from './define.js';

export const tomlFunctions: Record<string, GoFunc> = {
  toToml: def(['any'], (v: unknown) => {
    try {
      return encodeToml(v);
    } catch (e) {
      if (e instanceof TomlEncodeError) return e.message;
      throw e;
    }
  }),
  mustToToml: def(['any'], (v: unknown) => {
    try {
      return encodeToml(v);
    } catch (e) {
      if (e instanceof TomlEncodeError) throw new GoError(e.message);
      throw e;
    }
  }),
  fromToml: def(['string'], (s: string) => {
    try {
      return decodeToml(s);
    } catch (e) {
      if (e instanceof TomlDecodeError) return { Error: e.message };
      throw e;
    }
  }),
};

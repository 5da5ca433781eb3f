/** Sprig's defaults and flow helpers (Go truthiness via `empty`) and its reflection helpers. */
import { sprintf } from '../template/goFormat.js';
import { goKindName, goTypeName } from '../template/goValues.js';
import type { GoFunc } from '../template/funcTypes.js';
import { deepEqual, isEmpty } from './goEquality.js';
import { def, defVariadic } from './define.js';

const nil = (v: unknown) => (v === undefined ? null : v);

export const defaultFunctions: Record<string, GoFunc> = {
  default: defVariadic(['any'], 'any', (d: unknown, given: unknown[]) => (given.length === 0 || isEmpty(given[0]) ? nil(d) : given[0])),
  empty: def(['any'], (v: unknown) => isEmpty(v)),
  coalesce: defVariadic([], 'any', (vs: unknown[]) => vs.find((v) => !isEmpty(v)) ?? null),
  all: defVariadic([], 'any', (vs: unknown[]) => vs.every((v) => !isEmpty(v))),
  any: defVariadic([], 'any', (vs: unknown[]) => vs.some((v) => !isEmpty(v))),
  ternary: def(['any', 'any', 'bool'], (t: unknown, f: unknown, v: boolean) => nil(v ? t : f)),
  typeOf: def(['any'], (v: unknown) => sprintf('%T', [nil(v)])),
  typeIs: def(['string', 'any'], (t: string, v: unknown) => t === sprintf('%T', [nil(v)])),
  typeIsLike: def(['string', 'any'], (t: string, v: unknown) => {
    const s = sprintf('%T', [nil(v)]);
    return t === s || '*' + t === s;
  }),
  kindOf: def(['any'], (v: unknown) => goKindName(nil(v))),
  kindIs: def(['string', 'any'], (t: string, v: unknown) => t === goKindName(nil(v))),
  deepEqual: def(['any', 'any'], (a: unknown, b: unknown) => deepEqual(a, b)),
};

void goTypeName;

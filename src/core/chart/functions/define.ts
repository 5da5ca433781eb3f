/** A compact way to declare a template function with Go parameter types. */
import type { GoFunc, ParamType } from '../template/funcTypes.js';

export function def(params: ParamType[], body: (...args: any[]) => unknown): GoFunc {
  return { params, call: (_ctx, args) => body(...args) };
}

/** A function whose last parameter is variadic (`...elem`); the body gets the fixed arguments then an array. */
export function defVariadic(params: ParamType[], elem: ParamType, body: (...args: any[]) => unknown): GoFunc {
  const n = params.length;
  return { params, variadic: elem, call: (_ctx, args) => body(...args.slice(0, n), args.slice(n)) };
}

/** Every function a Helm chart template can call: text/template builtins, Sprig (as Helm pins it) and Helm's own. */
import { builtinFuncs } from '../template/builtins.js';
import type { FuncMap, GoFunc } from '../template/funcTypes.js';
import { helmFunctions } from './helm.js';

const families: Record<string, GoFunc>[] = [helmFunctions];

/** A fresh function map (callers may add or replace functions, as Helm's CustomTemplateFuncs do). */
export function helmFuncMap(): FuncMap {
  const m = builtinFuncs();
  for (const family of families) for (const [name, fn] of Object.entries(family)) m.set(name, fn);
  return m;
}

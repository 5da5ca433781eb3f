/** Every function a Helm chart template can call: text/template builtins, Sprig (as Helm pins it) and Helm's own. */
import { builtinFuncs } from '../template/builtins.js';
import type { FuncMap, GoFunc } from '../template/funcTypes.js';
import { cryptoFunctions } from './crypto.js';
import { dateFunctions } from './dates.js';
import { defaultFunctions } from './defaults.js';
import { dictFunctions } from './dicts.js';
import { encodingFunctions } from './encoding.js';
import { helmFunctions } from './helm.js';
import { listFunctions } from './lists.js';
import { mathFunctions } from './math.js';
import { pathFunctions } from './paths.js';
import { regexFunctions } from './regex.js';
import { semverFunctions } from './semver.js';
import { stringFunctions } from './strings.js';
import { tomlFunctions } from './toml.js';
import { yamlFunctions } from './yaml.js';

// Later families override earlier ones: Helm's functions replace Sprig's of the same name (fail, fromJson…).
const families: Record<string, GoFunc>[] = [
  stringFunctions,
  listFunctions,
  dictFunctions,
  mathFunctions,
  defaultFunctions,
  regexFunctions,
  semverFunctions,
  dateFunctions,
  encodingFunctions,
  pathFunctions,
  cryptoFunctions,
  yamlFunctions,
  tomlFunctions,
  helmFunctions,
];

/** A fresh function map (callers may add or replace functions, as Helm's CustomTemplateFuncs do). */
export function helmFuncMap(): FuncMap {
  const m = builtinFuncs();
  for (const family of families) for (const [name, fn] of Object.entries(family)) m.set(name, fn);
  return m;
}

/**
 * Helm's values.Options.MergeValues: -f files in order (merged with MergeMaps), then --set-json, --set,
 * --set-string, --set-file, --set-literal, each kind in command-line order. Reading files is the caller's
 * edge (`readFile`); errors carry Helm's text and name the file or flag.
 */
import { SlipwayError } from '../../errors/slipwayError.js';
import type { Values } from './coalesce.js';
import { YamlValuesError, isValuesMap, mergeMaps, readValuesText } from './goYamlValues.js';
import { parseSetFileInto, parseSetInto, parseSetJsonInto, parseSetLiteralInto, parseSetStringInto } from './setValues.js';

export interface ValueOptions {
  valueFiles: string[];
  values: string[];
  stringValues: string[];
  fileValues: string[];
  jsonValues: string[];
  literalValues: string[];
}

export const noValueOptions: ValueOptions = { valueFiles: [], values: [], stringValues: [], fileValues: [], jsonValues: [], literalValues: [] };

export function mergeValueOptions(opts: ValueOptions, readFile: (path: string) => string): Values {
  let base: Values = {};
  for (const filePath of opts.valueFiles) {
    const raw = readFile(filePath);
    let current: Values;
    try {
      current = readValuesText(raw);
    } catch (e) {
      if (e instanceof YamlValuesError) {
        throw new SlipwayError('values', `failed to parse ${filePath}: ${e.helmText}`, {
          where: e.stage === 'syntax' || e.stage === 'read' ? { file: filePath, line: e.fileLine, column: e.column } : { file: filePath },
          hint: e.stage === 'syntax' || e.stage === 'read' ? 'fix the YAML syntax at that line of the values file' : e.stage === 'encoding' ? 'a values file must be UTF-8 text without control characters (tab, CR and LF are allowed)' : 'Helm reads values through JSON: use a map at the top, string keys (quote `null:` or `~:`), finite numbers (quote .inf/.nan), no alias inside its own anchor',
        });
      }
      throw e;
    }
    base = mergeMaps(base, current);
  }
  for (const value of opts.jsonValues) {
    const trimmed = value.trim();
    if (trimmed !== '' && trimmed[0] === '{') {
      let json: unknown;
      try {
        json = JSON.parse(trimmed);
      } catch {
        throw new SlipwayError('values', `failed parsing --set-json data JSON: ${value}`, { where: { input: '--set-json' } });
      }
      if (!isValuesMap(json)) throw new SlipwayError('values', `failed parsing --set-json data JSON: ${value}`, { where: { input: '--set-json' } });
      base = mergeMaps(base, json);
    } else {
      try {
        parseSetJsonInto(value, base);
      } catch {
        throw new SlipwayError('values', `failed parsing --set-json data ${value}`, { where: { input: '--set-json' }, hint: 'use key=<JSON value>, e.g. --set-json \'a.b=[1,2]\'' });
      }
    }
  }
  const kinds: [string[], string, (s: string, d: Values) => void][] = [
    [opts.values, '--set', parseSetInto],
    [opts.stringValues, '--set-string', parseSetStringInto],
    [opts.fileValues, '--set-file', (s, d) => parseSetFileInto(s, d, readFile)],
    [opts.literalValues, '--set-literal', parseSetLiteralInto],
  ];
  for (const [list, flag, parse] of kinds) {
    for (const value of list) {
      try {
        parse(value, base);
      } catch (e) {
        if (e instanceof SlipwayError) throw e;
        throw new SlipwayError('values', `failed parsing ${flag} data: ${(e as Error).message}`, { where: { input: flag }, cause: e });
      }
    }
  }
  return base;
}

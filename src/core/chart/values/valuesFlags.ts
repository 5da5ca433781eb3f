import type { ValueOptions } from './valueOptions.js';

/** Helm's values flags as given (`-f`, `--set`, `--set-string`, `--set-file`, `--set-json`, `--set-literal`), in order. */
export interface ValuesFlags {
  values: string[];
  set: string[];
  setString: string[];
  setFile: string[];
  setJson: string[];
  setLiteral: string[];
}

/** The flags as the values merge takes them (valueOptions.ts). */
export function valueOptionsOf(flags: ValuesFlags): ValueOptions {
  return {
    valueFiles: flags.values,
    values: flags.set,
    stringValues: flags.setString,
    fileValues: flags.setFile,
    jsonValues: flags.setJson,
    literalValues: flags.setLiteral,
  };
}

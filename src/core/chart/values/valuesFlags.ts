/** Helm's values flags as given (`-f`, `--set`, `--set-string`, `--set-file`, `--set-json`, `--set-literal`), in order. */
export interface ValuesFlags {
  values: string[];
  set: string[];
  setString: string[];
  setFile: string[];
  setJson: string[];
  setLiteral: string[];
}

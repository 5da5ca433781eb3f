/**
 * `.Files` of a chart (Helm's engine.files, a map[string][]byte with methods): Get, GetBytes, Glob,
 * AsConfig, AsSecrets, Lines. AsConfig/AsSecrets serialize with the engine's own toYaml so the text is
 * what Helm's toYAML writes.
 */
import type { FuncMap } from '../template/funcTypes.js';
import { GoObject, typedSlice, type MethodSignature, type UnderlyingCollection } from '../template/goValues.js';
import type { ChartFile } from '../loader/chart.js';
import { compileGlob } from './globPattern.js';
import { decodeGoBytes } from '../template/goBytes.js';


/** Serializes a map[string]string exactly as Helm's toYAML (supplied by the engine's function map). */
export type ToYaml = (m: Record<string, string>) => string;

export function toYamlFromFuncs(funcs: FuncMap): ToYaml {
  return (m) => {
    const fn = funcs.get('toYaml');
    if (fn === undefined) throw new Error('the template engine has no toYaml function yet (needed by .Files.AsConfig/AsSecrets)');
    return fn.call(undefined as never, [m]) as string;
  };
}

export class ChartFilesObject extends GoObject {
  constructor(
    private readonly entries: ReadonlyMap<string, Uint8Array>,
    private readonly toYaml: ToYaml,
  ) {
    super();
  }

  private map: Record<string, Uint8Array> | undefined;

  static of(files: readonly ChartFile[], toYaml: ToYaml): ChartFilesObject {
    return new ChartFilesObject(new Map(files.map((f) => [f.name, f.data])), toYaml);
  }

  goType(): string {
    return 'engine.files';
  }

  override methodSignature(name: string): MethodSignature | undefined {
    return ['Get', 'GetBytes', 'Glob', 'Lines'].includes(name) ? { params: ['string'] } : undefined;
  }

  /** engine.files is a map[string][]byte: range, index, len, %v and toYaml/toJson see the files. */
  override underlying(): UnderlyingCollection {
    this.map ??= Object.fromEntries(this.entries);
    return { value: this.map, zero: new Uint8Array(0) };
  }

  GetBytes(name: string): Uint8Array {
    return this.entries.get(name) ?? new Uint8Array(0);
  }

  Get(name: string): string {
    return decodeGoBytes(this.GetBytes(name));
  }

  Glob(pattern: string): ChartFilesObject {
    const re = compileGlob(pattern);
    const out = new Map<string, Uint8Array>();
    for (const [name, data] of this.entries) if (re.test(name)) out.set(name, data);
    return new ChartFilesObject(out, this.toYaml);
  }

  AsConfig(): string {
    const m: Record<string, string> = {};
    for (const [k, v] of this.entries) m[k.slice(k.lastIndexOf('/') + 1)] = decodeGoBytes(v);
    return this.toYaml(m);
  }

  AsSecrets(): string {
    const m: Record<string, string> = {};
    for (const [k, v] of this.entries) m[k.slice(k.lastIndexOf('/') + 1)] = Buffer.from(v).toString('base64');
    return this.toYaml(m);
  }

  Lines(path: string): string[] {
    const data = this.entries.get(path);
    if (data === undefined || data.length === 0) return typedSlice([], '[]string');
    let s = decodeGoBytes(data);
    if (s.endsWith('\n')) s = s.slice(0, -1);
    return typedSlice(s.split('\n'), '[]string');
  }
}

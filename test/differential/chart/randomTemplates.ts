/** A seeded generator of random templates and values for differential runs against the oracle. */
import type { CorpusCase } from './corpus.js';
import { mulberry32 } from '../../support/seededRandom.js';

export const rng = mulberry32;

const WORDS = ['a', 'b', 'key', 'name', 'x1', 'Value', 'yes', 'on', '10', '1.5', '', ' sp ', 'multi\nline', 'ü', 'a:b', '#h', 'null', 'true', 'CamelCase', 'snake_case'];
const NUMS = [0, 1, -1, 2, 3.5, -0.25, 1000000, 123456789, 1e21, 1e-7, 0.1, 42, 7];

export class RandomTemplates {
  private r: () => number;
  constructor(seed: number) {
    this.r = rng(seed);
  }
  private pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.r() * xs.length)]!;
  }
  private chance(p: number): boolean {
    return this.r() < p;
  }

  value(depth: number): unknown {
    const k = this.r();
    if (depth > 2 || k < 0.35) return this.pick(WORDS);
    if (k < 0.6) return this.pick(NUMS);
    if (k < 0.65) return this.chance(0.5);
    if (k < 0.68) return null;
    if (k < 0.84) return Array.from({ length: Math.floor(this.r() * 4) }, () => this.value(depth + 1));
    const m: Record<string, unknown> = {};
    for (let i = 0; i < Math.floor(this.r() * 4); i++) m[this.pick(WORDS.filter((w) => w !== ''))] = this.value(depth + 1);
    return m;
  }

  private path(): string {
    const parts = ['.Values'];
    const n = 1 + Math.floor(this.r() * 2);
    for (let i = 0; i < n; i++) parts.push(this.pick(['a', 'b', 'key', 'name', 'x1', 'Value', 'list', 'm']));
    return parts.join('.');
  }

  private literal(): string {
    return this.pick(['1', '0', '-3', '2.5', '1e3', '0x10', "'a'", '"str"', '"yes"', '`raw`', 'true', 'false', 'nil', '"a b"', '"10"', '1_000']);
  }

  /** An operand: a field path, a literal, a variable or a parenthesized pipeline. */
  private operand(depth: number): string {
    const k = this.r();
    if (k < 0.35) return this.path();
    if (k < 0.6) return this.literal();
    if (k < 0.7) return this.pick(['$.Values', '.Values.m', '$.Release.Name']);
    if (depth < 2) return '(' + this.pipeline(depth + 1) + ')';
    return this.path();
  }

  private command(depth: number): string {
    const k = this.r();
    const o = () => this.operand(depth);
    if (k < 0.2) return o();
    const fns = [
      () => `default ${o()} ${o()}`,
      () => `quote ${o()}`,
      () => `toString ${o()}`,
      () => `toJson ${o()}`,
      () => `toYaml ${o()}`,
      () => `toYamlPretty ${o()}`,
      () => `toToml ${o()}`,
      () => `toJson (fromToml ${o()})`,
      () => `len ${o()}`,
      () => `index ${o()} ${o()}`,
      () => `eq ${o()} ${o()}`,
      () => `ne ${o()} ${o()}`,
      () => `lt ${o()} ${o()}`,
      () => `and ${o()} ${o()}`,
      () => `or ${o()} ${o()}`,
      () => `not ${o()}`,
      () => `printf ${this.pick(['"%v"', '"%d"', '"%s"', '"%q"', '"%5.2f"', '"%x"', '"%T"', '"%v-%v"', '"%-4v|"', '"%03d"', '"%t"', '"%g"', '"%e"'])} ${o()}`,
      () => `print ${o()} ${o()}`,
      () => `add ${o()} ${o()}`,
      () => `mul ${o()} ${o()}`,
      () => `upper ${o()}`,
      () => `trim ${o()}`,
      () => `list ${o()} ${o()}`,
      () => `dict "k" ${o()}`,
      () => `empty ${o()}`,
      () => `coalesce ${o()} ${o()}`,
      () => `ternary ${o()} ${o()} ${o()}`,
      () => `int64 ${o()}`,
      () => `float64 ${o()}`,
      () => `b64enc ${o()}`,
      () => `kindOf ${o()}`,
      () => `typeOf ${o()}`,
      () => `first ${o()}`,
      () => `hasKey ${o()} ${o()}`,
      () => `indent 2 ${o()}`,
      () => `replace "a" "b" ${o()}`,
      () => `splitList "," ${o()}`,
      () => `regexReplaceAll "[aeiou]" ${o()} "_"`,
      () => `max ${o()} ${o()}`,
      () => `sortAlpha ${o()}`,
      () => `slice ${o()} 1`,
      () => `toYaml ${o()} | nindent 2`,
      () => `tpl ${o()} .`,
      () => `required "msg" ${o()}`,
    ];
    return this.pick(fns)();
  }

  pipeline(depth: number): string {
    let p = this.command(depth);
    if (this.chance(0.3)) p += ' | ' + this.pick(['quote', 'upper', 'toString', 'toJson', 'len', 'default "d"', 'print', 'trim', 'b64enc', 'toYaml', 'kindOf', 'not']);
    return p;
  }

  private body(depth: number): string {
    const parts: string[] = [];
    const n = 1 + Math.floor(this.r() * 3);
    for (let i = 0; i < n; i++) {
      const k = this.r();
      const trimL = this.chance(0.3) ? '- ' : ' ';
      const trimR = this.chance(0.3) ? ' -' : ' ';
      if (k < 0.45 || depth > 1) parts.push(`{{${trimL}${this.pipeline(0)}${trimR}}}`);
      else if (k < 0.6) parts.push(`{{ if ${this.pipeline(0)} }}T${this.body(depth + 1)}{{ else }}F{{ end }}`);
      else if (k < 0.72) parts.push(`{{ range $i, $v := ${this.operand(1)} }}[{{ $i }}={{ $v }}]${this.chance(0.3) ? '{{ if $i }}{{ break }}{{ end }}' : ''}{{ else }}E{{ end }}`);
      else if (k < 0.82) parts.push(`{{ with ${this.operand(1)} }}W{{ . }}{{ else }}N{{ end }}`);
      else if (k < 0.9) parts.push(`{{ $x := ${this.pipeline(0)} }}<{{ $x }}>`);
      else parts.push(`{{ include "helper" ${this.operand(1)} }}`);
      parts.push(this.pick(['\n', ' ', '\n  ', '', ': ']));
    }
    return parts.join('');
  }

  next(index: number): CorpusCase {
    const values: Record<string, unknown> = {};
    for (const k of ['a', 'b', 'key', 'name', 'x1', 'Value', 'list', 'm']) if (this.chance(0.7)) values[k] = this.value(0);
    if (this.chance(0.5)) values.list = Array.from({ length: 3 }, () => this.value(1));
    if (this.chance(0.5)) values.m = { a: this.value(1), b: this.value(1) };
    return {
      name: `random ${index}`,
      templates: {
        't.yaml': this.body(0),
        '_helpers.tpl': '{{- define "helper" -}}h:{{ . }}{{- end -}}',
      },
      values,
      ...(this.chance(0.1) ? { strict: true } : {}),
    };
  }
}

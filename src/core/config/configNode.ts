import { isMap, isScalar, isSeq, type LineCounter, type Node } from 'yaml';
import { SlipwayError, type ErrorLocation } from '../errors/slipwayError.js';

/**
 * A node of a parsed YAML configuration file that knows where it is (file, line, column, field path),
 * so every validation error can name the exact place to fix. Readers (`string()`, `map()`…) check the
 * type and raise a SlipwayError of kind `config` otherwise.
 */
export class ConfigNode {
  constructor(
    readonly file: string,
    readonly node: Node | null | undefined,
    readonly field: string,
    private readonly lines: LineCounter,
    /** Position used when this node is absent (the parent's). */
    private readonly fallbackOffset = 0,
  ) {}

  get present(): boolean {
    return this.node !== null && this.node !== undefined && !(isScalar(this.node) && this.node.value === null);
  }

  get offset(): number {
    return this.node?.range?.[0] ?? this.fallbackOffset;
  }

  where(): ErrorLocation {
    const pos = this.lines.linePos(this.offset);
    return { file: this.file, line: pos.line, column: pos.col, ...(this.field ? { field: this.field } : {}) };
  }

  fail(message: string, hint?: string): never {
    throw new SlipwayError('config', message, { where: this.where(), ...(hint ? { hint } : {}) });
  }

  private child(node: Node | null | undefined, field: string, offset: number): ConfigNode {
    return new ConfigNode(this.file, node, field, this.lines, offset);
  }

  private childField(key: string): string {
    if (this.field === '') return key;
    return /^[A-Za-z0-9_-]+$/.test(key) ? `${this.field}.${key}` : `${this.field}[${JSON.stringify(key)}]`;
  }

  /** The entries of a mapping, in file order; keys must be strings. Unknown keys are an error. */
  map(options: { allowed?: readonly string[]; what?: string } = {}): Map<string, ConfigNode> {
    if (!isMap(this.node)) this.fail(`${options.what ?? (this.field || 'the document')} must be a mapping (key: value), not ${describe(this.node)}`);
    const entries = new Map<string, ConfigNode>();
    for (const pair of this.node.items) {
      const keyNode = pair.key as Node | null;
      const key = isScalar(keyNode) ? keyNode.value : undefined;
      const keyOffset = keyNode?.range?.[0] ?? this.offset;
      if (typeof key !== 'string' && typeof key !== 'number') {
        this.child(keyNode, this.field, keyOffset).fail(`keys of ${this.field || 'the document'} must be strings`);
      }
      const name = String(key);
      const value = this.child(pair.value as Node | null, this.childField(name), keyOffset);
      if (options.allowed && !options.allowed.includes(name)) {
        const suggestion = closest(name, options.allowed);
        new ConfigNode(this.file, keyNode, this.childField(name), this.lines, keyOffset).fail(
          `unknown field "${name}"${suggestion ? ` (did you mean "${suggestion}"?)` : ''}`,
          `allowed here: ${options.allowed.join(', ')}`,
        );
      }
      entries.set(name, value);
    }
    return entries;
  }

  /** Reads a field of a mapping read with `map()`; absent fields give a node with `present === false`. */
  static get(entries: Map<string, ConfigNode>, parent: ConfigNode, key: string): ConfigNode {
    return entries.get(key) ?? parent.child(undefined, parent.childField(key), parent.offset);
  }

  list(): ConfigNode[] {
    if (!isSeq(this.node)) this.fail(`${this.field} must be a list, not ${describe(this.node)}`);
    return this.node.items.map((item, index) => this.child(item as Node, `${this.field}[${index}]`, (item as Node | null)?.range?.[0] ?? this.offset));
  }

  string(options: { required?: boolean; scalars?: boolean } = {}): string | undefined {
    if (!this.present) {
      if (options.required) this.fail(`${this.field} is required`);
      return undefined;
    }
    if (!isScalar(this.node)) this.fail(`${this.field} must be a string, not ${describe(this.node)}`);
    const value = this.node.value;
    if (typeof value === 'string') return value;
    if (options.scalars && (typeof value === 'number' || typeof value === 'boolean')) return String(this.node.source ?? value);
    return this.fail(`${this.field} must be a string, not ${describe(this.node)}`, options.scalars ? undefined : 'quote the value');
  }

  requiredString(): string {
    return this.string({ required: true })!;
  }

  integer(options: { min?: number } = {}): number | undefined {
    if (!this.present) return undefined;
    const value = isScalar(this.node) ? this.node.value : undefined;
    if (typeof value !== 'number' || !Number.isInteger(value)) this.fail(`${this.field} must be a whole number, not ${describe(this.node)}`);
    if (options.min !== undefined && value < options.min) this.fail(`${this.field} must be at least ${options.min}, not ${value}`);
    return value;
  }

  boolean(): boolean | undefined {
    if (!this.present) return undefined;
    const value = isScalar(this.node) ? this.node.value : undefined;
    if (typeof value !== 'boolean') this.fail(`${this.field} must be true or false, not ${describe(this.node)}`);
    return value;
  }

  /** A list of strings, or a single string taken as a one-item list. */
  stringList(): string[] {
    if (!this.present) return [];
    if (isScalar(this.node)) return [this.requiredString()];
    return this.list().map((item) => item.requiredString());
  }

  /** A mapping of string to scalar (numbers and booleans are kept as written), e.g. build args. */
  stringMap(): Record<string, string> {
    if (!this.present) return {};
    const result: Record<string, string> = {};
    for (const [key, value] of this.map()) result[key] = value.string({ required: true, scalars: true })!;
    return result;
  }
}

function describe(node: Node | null | undefined): string {
  if (node === null || node === undefined) return 'empty';
  if (isMap(node)) return 'a mapping';
  if (isSeq(node)) return 'a list';
  if (isScalar(node)) {
    const value = node.value;
    if (value === null) return 'empty';
    if (typeof value === 'string') return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
    return `${typeof value} ${String(value)}`;
  }
  return 'an alias or tag';
}

/** The allowed word closest to `word` when it is plausibly a typo (edit distance ≤ 2). */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

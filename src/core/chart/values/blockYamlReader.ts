/**
 * A reader for the block-style YAML that values.yaml and Chart.yaml files are almost always written in:
 * nested mappings and sequences by indentation, plain scalars on one line, single- and double-quoted
 * scalars on one line, `{}`/`[]`, literal block scalars (`|`, `|-`), comments. It gives exactly what
 * parseYamlDocuments gives for such text, with far less work on a cold start (most renders are one
 * short process). Anything else (flow collections, anchors, aliases, tags, folded or kept block
 * scalars, multi-line plain or quoted scalars, tabs, keys that are not plain strings, several documents,
 * odd indentation, invalid YAML…) returns undefined and the caller uses the full parser, which also
 * words the errors.
 */
import { resolvePlainScalar, YamlInt } from './goYamlScalar.js';

/** Characters left to the full parser: tabs, CR and other controls, NEL, line/paragraph separators, BOM, surrogates. */
const UNUSUAL_CHARACTER = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]/;
const PLAIN_KEY = /^[A-Za-z0-9_$][A-Za-z0-9_.\/$-]*$/;
// go-yaml v2 has no `\/` escape (js-yaml does): a file using it is left to the full parse, which refuses it as Helm does.
const SIMPLE_ESCAPES: Record<string, string> = { '\\': '\\', '"': '"', n: '\n', t: '\t', r: '\r', '0': '\0' };

class Unsupported extends Error {}
const unsupported = (): never => {
  throw new Unsupported();
};

interface Line {
  indent: number;
  /** The line without its indentation. */
  text: string;
  raw: string;
}

/** The document's value, or undefined when the text is not in the subset this reader proves equal to the full parse. */
export function readBlockYaml(text: string, keepInts: boolean): { value: unknown } | undefined {
  if (UNUSUAL_CHARACTER.test(text)) return undefined;
  const lines: Line[] = text.split('\n').map((raw) => {
    let i = 0;
    while (i < raw.length && raw.charCodeAt(i) === 0x20) i++;
    return { indent: i, text: raw.slice(i), raw };
  });
  try {
    const reader = new BlockReader(lines, keepInts);
    return reader.document();
  } catch (e) {
    if (e instanceof Unsupported) return undefined;
    throw e;
  }
}

class BlockReader {
  private i = 0;
  constructor(
    private readonly lines: Line[],
    private readonly keepInts: boolean,
  ) {}

  document(): { value: unknown } | undefined {
    this.skipInsignificant();
    if (this.i >= this.lines.length) return undefined; // empty or comments only: the full parser's answer is trivial
    const first = this.lines[this.i]!;
    if (first.indent !== 0 || first.text.startsWith('---') || first.text.startsWith('...') || first.text.startsWith('%')) unsupported();
    const value = isSequenceLine(first.text) ? this.sequence(0) : this.mapping(0);
    this.skipInsignificant();
    if (this.i < this.lines.length) unsupported();
    return { value };
  }

  /** Skips blank lines and comment lines. */
  private skipInsignificant(): void {
    while (this.i < this.lines.length) {
      const l = this.lines[this.i]!;
      if (l.text !== '' && l.text[0] !== '#') return;
      this.i++;
    }
  }

  /** The next significant line, or undefined at the end. */
  private peek(): Line | undefined {
    this.skipInsignificant();
    return this.lines[this.i];
  }

  private mapping(indent: number): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (;;) {
      const line = this.peek();
      if (line === undefined || line.indent < indent) return out;
      if (line.indent > indent || isSequenceLine(line.text)) unsupported();
      if (line.text.startsWith('---') || line.text.startsWith('...')) unsupported();
      this.i++;
      const { key, rest } = splitKey(line.text);
      out[key] = this.valueAfter(rest, indent, true);
    }
  }

  private sequence(indent: number): unknown[] {
    const out: unknown[] = [];
    for (;;) {
      const line = this.peek();
      if (line === undefined || line.indent < indent) return out;
      if (line.indent > indent) unsupported();
      if (!isSequenceLine(line.text)) return out; // a compact sequence ends at its mapping's next key
      let k = 1;
      while (k < line.text.length && line.text.charCodeAt(k) === 0x20) k++;
      const item = line.text.slice(k);
      if (item === '' || item[0] === '#') {
        // An empty entry (`-`, `- # comment`) whose node is a deeper block is plain; one that is null is left
        // to the full parser: js-yaml then wrongly puts a following less indented `- x` in this sequence
        // (libyaml does not), and both readers must agree (a known difference, docs/render.md).
        this.i++;
        const next = this.peek();
        if (next === undefined || next.indent <= indent) unsupported();
        out.push(this.nested(indent, false));
        continue;
      }
      if (isSequenceLine(item)) unsupported();
      if (looksLikeKey(item)) {
        // `- key: value` opens a mapping at the key's column; the line is read again as that mapping's first line.
        this.lines[this.i] = { indent: indent + k, text: item, raw: line.raw };
        out.push(this.mapping(indent + k));
        continue;
      }
      this.i++;
      out.push(this.valueAfter(item, indent, false));
    }
  }

  /** The node under a `key:` or `-` with nothing after it: a deeper block (or a compact sequence under a key), else null. */
  private nested(indent: number, underKey: boolean): unknown {
    const next = this.peek();
    if (next === undefined) return null;
    if (next.indent > indent) return isSequenceLine(next.text) ? this.sequence(next.indent) : this.mapping(next.indent);
    if (underKey && next.indent === indent && isSequenceLine(next.text)) return this.sequence(indent);
    return null;
  }

  /** The value written after `key:` or `- ` (`rest`, already without the separating spaces). */
  private valueAfter(rest: string, indent: number, underKey: boolean): unknown {
    if (rest === '' || rest[0] === '#') return this.nested(indent, underKey);
    const c = rest[0]!;
    let value: unknown;
    if (c === '"') value = doubleQuoted(rest);
    else if (c === "'") value = singleQuoted(rest);
    else if (c === '|') return this.literal(rest, indent);
    else if (rest.startsWith('{}') || rest.startsWith('[]')) {
      if (!isEndOfValue(rest, 2)) unsupported();
      value = c === '{' ? {} : [];
    } else if (c === '[' || c === '{') value = this.flow(rest);
    else value = this.plain(rest);
    this.noContinuation(indent);
    return value;
  }

  /**
   * A one-line flow collection of scalars: `[a, "b", 3]` or `{cpu: 500m, memory: 256Mi}`. Nested
   * collections, empty entries, trailing commas and `key:value` without a space are left to the parser.
   */
  private flow(text: string): unknown {
    const isMap = text[0] === '{';
    const close = isMap ? '}' : ']';
    const list: unknown[] = [];
    const map: Record<string, unknown> = {};
    let i = 1;
    for (;;) {
      while (text[i] === ' ') i++;
      let key: string | undefined;
      if (isMap) {
        const k = this.flowScalar(text, i, true);
        if (typeof k.value !== 'string' || (k.plain && resolvePlainScalar(k.text) !== k.text) || k.value === '__proto__' || k.value === '<<') unsupported();
        key = k.value as string;
        i = k.end;
        if (text[i] !== ':' || text[i + 1] !== ' ') unsupported();
        i += 2;
        while (text[i] === ' ') i++;
      }
      const v = this.flowScalar(text, i, false);
      i = v.end;
      if (isMap) map[key!] = v.value;
      else list.push(v.value);
      while (text[i] === ' ') i++;
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] !== close || !isEndOfValue(text, i + 1)) unsupported();
      return isMap ? map : list;
    }
  }

  /** One scalar inside a flow collection, starting at `at`: quoted, or plain up to `,` `]` `}` (and `: ` for a key). */
  private flowScalar(text: string, at: number, isKey: boolean): { value: unknown; text: string; plain: boolean; end: number } {
    const c = text[at];
    if (c === '"' || c === "'") {
      let end = at + 1;
      for (; end < text.length; end++) {
        if (text[end] === '\\' && c === '"') end++;
        else if (text[end] === c) {
          if (c === "'" && text[end + 1] === "'") end++;
          else break;
        }
      }
      if (end >= text.length) unsupported();
      const quoted = text.slice(at, end + 1);
      return { value: c === '"' ? doubleQuoted(quoted) : singleQuoted(quoted), text: quoted, plain: false, end: end + 1 };
    }
    if (c === undefined || ',[]{}#&*!|>\'"%@`?:'.includes(c) || (c === '-' && (text[at + 1] === ' ' || text[at + 1] === ','))) unsupported();
    let end = at;
    while (end < text.length && !',[]{}'.includes(text[end]!)) {
      if (text[end] === ':' && (text[end + 1] === ' ' || text[end + 1] === ',' || text[end + 1] === ']' || text[end + 1] === '}')) break;
      if (text[end] === '#' && text[end - 1] === ' ') unsupported();
      // go-yaml ends a plain scalar in a flow collection at `?` too (js-yaml does not): left to the parser.
      if (text[end] === '?') unsupported();
      end++;
    }
    const raw = text.slice(at, end).trimEnd();
    if (raw === '' || (!isKey && text[end] === ':')) unsupported();
    if (raw.endsWith(':')) unsupported();
    const v = resolvePlainScalar(raw);
    return { value: v instanceof YamlInt && !this.keepInts ? Number(v.value) : v, text: raw, plain: true, end };
  }

  private plain(rest: string): unknown {
    if ('-?:,[]{}#&*!|>\'"%@`'.includes(rest[0]!)) {
      // `-` starts a plain scalar before a non-space (`-1`, `-foo`); `?` and `:` starts are left to the parser.
      if (!(rest[0] === '-' && rest.length > 1 && rest[1] !== ' ')) unsupported();
    }
    const comment = rest.indexOf(' #');
    const text = (comment >= 0 ? rest.slice(0, comment) : rest).trimEnd();
    if (text.includes(': ') || text.endsWith(':')) unsupported();
    if (text === '<<') unsupported();
    const v = resolvePlainScalar(text);
    return v instanceof YamlInt && !this.keepInts ? Number(v.value) : v;
  }

  /**
   * A scalar on one line must not be followed by deeper lines (a multi-line scalar, or invalid YAML).
   * Comment lines end a plain scalar (a continuation line cannot start with `#`), so they are skipped.
   */
  private noContinuation(indent: number): void {
    const next = this.peek();
    if (next !== undefined && next.indent > indent) unsupported();
  }

  /** `|` or `|-` (clip or strip): lines deeper than the parent, their common indentation from the first one. */
  private literal(header: string, indent: number): string {
    const m = /^\|(-?)(?: +#.*| *)$/.exec(header);
    if (m === null) unsupported();
    const strip = m![1] === '-';
    const contentLines: string[] = [];
    let contentIndent = -1;
    while (this.i < this.lines.length) {
      const l = this.lines[this.i]!;
      if (l.text === '') {
        // Leading blank lines, and lines of spaces longer than the indentation: rules the parser knows.
        if (contentIndent < 0 || l.raw.length > contentIndent) unsupported();
        contentLines.push('');
        this.i++;
        continue;
      }
      if (contentIndent < 0) {
        if (l.indent <= indent) break;
        contentIndent = l.indent;
      }
      if (l.indent < contentIndent) {
        if (l.indent > indent) unsupported(); // less indented than the block but inside it: invalid
        break;
      }
      contentLines.push(l.raw.slice(contentIndent));
      this.i++;
    }
    // A block scalar ending the text without a line break: the parsers differ on its final newline.
    if (this.i === this.lines.length && this.lines[this.i - 1]!.text !== '') unsupported();
    // Trailing blank lines belong to no one when clipping or stripping.
    while (contentLines.length > 0 && contentLines[contentLines.length - 1] === '') contentLines.pop();
    if (contentLines.length === 0) unsupported(); // empty block scalar: leave it to the parser
    // Blank lines inside were collected with their extra spaces; a line of spaces only is content too.
    const body = contentLines.join('\n');
    return strip ? body : `${body}\n`;
  }
}

function isSequenceLine(text: string): boolean {
  return text === '-' || text.startsWith('- ');
}

/** Whether an item after `- ` is `key:` / `key: value` (plain or quoted key). */
function looksLikeKey(text: string): boolean {
  try {
    splitKey(text);
    return true;
  } catch (e) {
    if (e instanceof Unsupported) return false;
    throw e;
  }
}

/** `key: rest` → the key (a plain string or a simple quoted one) and what follows the separating spaces. */
function splitKey(text: string): { key: string; rest: string } {
  let key: string;
  let end: number;
  const c = text[0];
  if (c === '"' || c === "'") {
    end = text.indexOf(c, 1);
    if (end < 0) unsupported();
    key = text.slice(1, end);
    if (key.includes('\\') || key.includes('"') || key.includes("'")) unsupported();
    end++;
  } else {
    end = text.indexOf(':');
    if (end <= 0) unsupported();
    key = text.slice(0, end);
    if (!PLAIN_KEY.test(key) || resolvePlainScalar(key) !== key) unsupported();
  }
  if (key === '__proto__' || key === '<<' || text[end] !== ':') unsupported();
  if (end + 1 < text.length && text[end + 1] !== ' ') unsupported();
  let r = end + 1;
  while (r < text.length && text.charCodeAt(r) === 0x20) r++;
  return { key, rest: text.slice(r) };
}

/** After a closed value at `at`: only spaces, then nothing or a comment. */
function isEndOfValue(text: string, at: number): boolean {
  let i = at;
  while (i < text.length && text.charCodeAt(i) === 0x20) i++;
  return i === text.length || (i > at && text[i] === '#');
}

function doubleQuoted(text: string): string {
  let out = '';
  for (let i = 1; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '"') {
      if (!isEndOfValue(text, i + 1)) unsupported();
      return out;
    }
    if (ch !== '\\') {
      out += ch;
      continue;
    }
    const e = text[++i];
    if (e === undefined) unsupported();
    const simple = SIMPLE_ESCAPES[e!];
    if (simple !== undefined && Object.hasOwn(SIMPLE_ESCAPES, e!)) {
      out += simple;
      continue;
    }
    const width = e === 'x' ? 2 : e === 'u' ? 4 : 0;
    const hex = text.slice(i + 1, i + 1 + width);
    if (width === 0 || !/^[0-9A-Fa-f]+$/.test(hex) || hex.length !== width) unsupported();
    const code = parseInt(hex, 16);
    if (code >= 0xd800 && code <= 0xdfff) unsupported();
    out += String.fromCharCode(code);
    i += width;
  }
  return unsupported(); // no closing quote on this line: a multi-line scalar
}

function singleQuoted(text: string): string {
  let out = '';
  for (let i = 1; i < text.length; i++) {
    const ch = text[i]!;
    if (ch !== "'") {
      out += ch;
      continue;
    }
    if (text[i + 1] === "'") {
      out += "'";
      i++;
      continue;
    }
    if (!isEndOfValue(text, i + 1)) unsupported();
    return out;
  }
  return unsupported();
}

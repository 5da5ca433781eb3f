/**
 * A YAML writer that produces exactly what go-yaml's encoder produces: v2 as used by sigs.k8s.io/yaml.Marshal
 * (Helm's toYaml: indentless sequences in mappings, 80-column folding), or v3's Encoder with SetIndent(2)
 * (Helm's toYamlPretty). Block style and YAML 1.1 quoting in both.
 */
import { isBase60Float, resolvesToString } from './yamlResolve.js';
import type { YamlNode } from './yamlNode.js';

/** What differs between the two go-yaml emitters Helm uses; everything else in their emitters is the same. */
export interface YamlDialect {
  /** Column after which plain and quoted scalars fold at a space (v3's Encoder never folds). */
  width: number;
  /** v2 writes a sequence that is a mapping value at the key's indentation; v3 indents it. */
  indentlessSequences: boolean;
  /** v3 rules a tab out of plain and single-quoted scalars but still allows it in a literal block. */
  tabsAllowedInBlock: boolean;
  /** yaml.Marshal closes the stream, which writes `...` after an open-ended root scalar; Encoder.Encode does not. */
  closesStream: boolean;
}

export const GO_YAML_V2: YamlDialect = { width: 80, indentlessSequences: true, tabsAllowedInBlock: false, closesStream: true };
export const GO_YAML_V3_ENCODER: YamlDialect = { width: Number.MAX_SAFE_INTEGER, indentlessSequences: false, tabsAllowedInBlock: true, closesStream: false };

const BEST_INDENT = 2;

interface Analysis {
  multiline: boolean;
  flowPlain: boolean;
  blockPlain: boolean;
  singleQuoted: boolean;
  block: boolean;
}

function isPrintable(cp: number): boolean {
  return cp === 0x0a || (cp >= 0x20 && cp <= 0x7e) || (cp >= 0xa0 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd && cp !== 0xfeff);
}
function isBreak(cp: number): boolean {
  return cp === 0x0d || cp === 0x0a || cp === 0x85 || cp === 0x2028 || cp === 0x2029;
}
function isBlankz(cp: number | undefined): boolean {
  return cp === undefined || cp === 0x20 || cp === 0x09 || isBreak(cp) || cp === 0;
}

// The same short strings (label values, keys) are written over and over in a render; their analysis is cached.
const analysisCache = new WeakMap<YamlDialect, Map<string, Analysis>>();
const CACHED_LENGTH = 256;

function analyze(value: string, dialect: YamlDialect): Analysis {
  if (value.length > CACHED_LENGTH) return analyzeScalar(value, dialect);
  let cache = analysisCache.get(dialect);
  if (cache === undefined) analysisCache.set(dialect, (cache = new Map()));
  let a = cache.get(value);
  if (a === undefined) {
    if (cache.size >= 10_000) cache.clear();
    a = analyzeScalar(value, dialect);
    cache.set(value, a);
  }
  return a;
}

/** The number of characters (code points) the writer counts for `s`, as `[...s].length`. */
function codePointLength(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length - 1; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

/** Printable ASCII without `"` and `\\`: a double-quoted scalar writes such text unescaped. */
const NEEDS_ESCAPE = /[^\x20-\x21\x23-\x5b\x5d-\x7e]/;

function analyzeScalar(value: string, dialect: YamlDialect): Analysis {
  if (value.length === 0) return { multiline: false, flowPlain: false, blockPlain: true, singleQuoted: true, block: false };
  const cps = [...value].map((c) => c.codePointAt(0)!);
  let blockIndicators = false;
  let flowIndicators = false;
  let lineBreaks = false;
  let special = false;
  let leadingSpace = false;
  let leadingBreak = false;
  let trailingSpace = false;
  let trailingBreak = false;
  let breakSpace = false;
  let spaceBreak = false;
  let tabs = false;
  let precededByWhitespace = true;
  let previousSpace = false;
  let previousBreak = false;
  if (value.startsWith('---') || value.startsWith('...')) {
    blockIndicators = true;
    flowIndicators = true;
  }
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i]!;
    const next = cps[i + 1];
    const followedByWhitespace = next === undefined || next === 0x20 || next === 0x09;
    const ch = String.fromCodePoint(c);
    if (i === 0) {
      if ('#,[]{}&*!|>\'"%@`'.includes(ch)) {
        flowIndicators = true;
        blockIndicators = true;
      } else if (ch === '?' || ch === ':') {
        flowIndicators = true;
        if (followedByWhitespace) blockIndicators = true;
      } else if (ch === '-' && followedByWhitespace) {
        flowIndicators = true;
        blockIndicators = true;
      }
    } else if (',?[]{}'.includes(ch)) flowIndicators = true;
    else if (ch === ':') {
      flowIndicators = true;
      if (followedByWhitespace) blockIndicators = true;
    } else if (ch === '#' && precededByWhitespace) {
      flowIndicators = true;
      blockIndicators = true;
    }
    if (c === 0x09 && dialect.tabsAllowedInBlock) tabs = true;
    else if (!isPrintable(c)) special = true;
    if (c === 0x20) {
      if (i === 0) leadingSpace = true;
      if (i === cps.length - 1) trailingSpace = true;
      if (previousBreak) breakSpace = true;
      previousSpace = true;
      previousBreak = false;
    } else if (isBreak(c)) {
      lineBreaks = true;
      if (i === 0) leadingBreak = true;
      if (i === cps.length - 1) trailingBreak = true;
      if (previousSpace) spaceBreak = true;
      previousSpace = false;
      previousBreak = true;
    } else {
      previousSpace = false;
      previousBreak = false;
    }
    precededByWhitespace = isBlankz(c);
  }
  const a: Analysis = { multiline: lineBreaks, flowPlain: true, blockPlain: true, singleQuoted: true, block: true };
  if (leadingSpace || leadingBreak || trailingSpace || trailingBreak) a.flowPlain = a.blockPlain = false;
  if (trailingSpace) a.block = false;
  if (breakSpace) a.flowPlain = a.blockPlain = a.singleQuoted = false;
  if (spaceBreak || tabs || special) a.flowPlain = a.blockPlain = a.singleQuoted = false;
  if (spaceBreak || special) a.block = false;
  if (lineBreaks) a.flowPlain = a.blockPlain = false;
  if (flowIndicators) a.flowPlain = false;
  if (blockIndicators) a.blockPlain = false;
  return a;
}

type Style = 'plain' | 'single' | 'double' | 'literal';

/** encoder.stringv then emitter.select_scalar_style, for a block context. */
function selectStyle(node: YamlNode & { t: 'str' | 'plain' }, simpleKey: boolean, a: Analysis): Style {
  let style: Style;
  if (node.t === 'plain') style = 'plain';
  else if (node.v.includes('\n')) style = 'literal';
  else if (resolvesToString(node.v) && !isBase60Float(node.v)) style = 'plain';
  else style = 'double';
  const implicit = node.t === 'plain' || style === 'plain';
  if (simpleKey && a.multiline) style = 'double';
  if (style === 'plain') {
    if (!a.blockPlain) style = 'single';
    if (node.v.length === 0 && simpleKey) style = 'single';
    if (!implicit) style = 'single';
  }
  if (style === 'single' && !a.singleQuoted) style = 'double';
  if (style === 'literal' && (!a.block || simpleKey)) style = 'double';
  return style;
}

class Writer {
  constructor(private readonly dialect: YamlDialect) {}
  out = '';
  column = 0;
  whitespace = true;
  indention = true;
  openEnded = false;

  put(s: string): void {
    this.out += s;
    this.column += s.length;
  }
  /** write(): one character, counted as one column. */
  putChar(ch: string): void {
    this.out += ch;
    this.column += 1;
  }
  putBreak(): void {
    this.out += '\n';
    this.column = 0;
  }
  writeIndent(indent: number): void {
    if (indent < 0) indent = 0;
    if (!this.indention || this.column > indent || (this.column === indent && !this.whitespace)) this.putBreak();
    if (this.column < indent) this.put(' '.repeat(indent - this.column));
    this.whitespace = true;
    this.indention = true;
  }
  indicator(s: string, needWhitespace: boolean, isWhitespace: boolean, isIndention: boolean): void {
    if (needWhitespace && !this.whitespace) this.put(' ');
    this.put(s);
    this.whitespace = isWhitespace;
    this.indention = this.indention && isIndention;
    this.openEnded = false;
  }

  /** Whether the text may fold at a space: only past the width, and only where breaks are allowed. */
  private mayFold(value: string, allowBreaks: boolean): boolean {
    return allowBreaks && this.column + value.length > this.dialect.width && value.includes(' ');
  }

  plain(value: string, indent: number, allowBreaks: boolean, root: boolean): void {
    if (!this.whitespace) this.put(' ');
    if (!this.mayFold(value, allowBreaks)) {
      // Written whole: character by character would only concatenate the same text.
      this.out += value;
      this.column += codePointLength(value);
      this.whitespace = false;
      this.indention = false;
      return;
    }
    let spaces = false;
    const chars = [...value];
    for (let i = 0; i < chars.length; i++) {
      const ch = chars[i]!;
      if (ch === ' ') {
        if (allowBreaks && !spaces && this.column > this.dialect.width && chars[i + 1] !== ' ') this.writeIndent(indent);
        else this.putChar(ch);
        spaces = true;
      } else {
        this.putChar(ch);
        this.indention = false;
        spaces = false;
      }
    }
    this.whitespace = false;
    this.indention = false;
    void root;
  }

  single(value: string, indent: number, allowBreaks: boolean): void {
    this.indicator("'", true, false, false);
    if (!this.mayFold(value, allowBreaks) && !value.includes("'")) {
      this.out += value;
      this.column += codePointLength(value);
      this.indicator("'", false, false, false);
      this.whitespace = false;
      this.indention = false;
      return;
    }
    let spaces = false;
    const chars = [...value];
    for (let i = 0; i < chars.length; i++) {
      const ch = chars[i]!;
      if (ch === ' ') {
        if (allowBreaks && !spaces && this.column > this.dialect.width && i > 0 && i < chars.length - 1 && chars[i + 1] !== ' ') this.writeIndent(indent);
        else this.putChar(ch);
        spaces = true;
      } else {
        if (ch === "'") this.putChar("'");
        this.putChar(ch);
        this.indention = false;
        spaces = false;
      }
    }
    this.indicator("'", false, false, false);
    this.whitespace = false;
    this.indention = false;
  }

  double(value: string, indent: number, allowBreaks: boolean): void {
    this.indicator('"', true, false, false);
    if (!this.mayFold(value, allowBreaks) && !NEEDS_ESCAPE.test(value)) {
      this.put(value);
      this.indicator('"', false, false, false);
      this.whitespace = false;
      this.indention = false;
      return;
    }
    let spaces = false;
    const chars = [...value];
    for (let i = 0; i < chars.length; i++) {
      const ch = chars[i]!;
      const v = ch.codePointAt(0)!;
      if (!isPrintable(v) || v === 0xfeff || isBreak(v) || ch === '"' || ch === '\\') {
        this.putChar('\\');
        const simple: Record<number, string> = { 0: '0', 7: 'a', 8: 'b', 9: 't', 10: 'n', 11: 'v', 12: 'f', 13: 'r', 0x1b: 'e', 0x22: '"', 0x5c: '\\', 0x85: 'N', 0xa0: '_', 0x2028: 'L', 0x2029: 'P' };
        const e = simple[v];
        if (e !== undefined) this.putChar(e);
        else {
          const [p, w] = v <= 0xff ? ['x', 2] : v <= 0xffff ? ['u', 4] : ['U', 8];
          this.put(p + v.toString(16).toUpperCase().padStart(w as number, '0'));
        }
        spaces = false;
      } else if (ch === ' ') {
        if (allowBreaks && !spaces && this.column > this.dialect.width && i > 0 && i < chars.length - 1) {
          this.writeIndent(indent);
          if (chars[i + 1] === ' ') this.putChar('\\');
        } else this.putChar(ch);
        spaces = true;
      } else {
        this.putChar(ch);
        spaces = false;
      }
    }
    this.indicator('"', false, false, false);
    this.whitespace = false;
    this.indention = false;
  }

  literal(value: string, indent: number): void {
    this.indicator('|', true, false, false);
    if (value.startsWith(' ') || value.startsWith('\n')) this.indicator(String(BEST_INDENT), false, false, false);
    this.openEnded = false;
    let chomp = '';
    if (value.length === 0) chomp = '-';
    else if (!value.endsWith('\n')) chomp = '-';
    else if (value.length === 1) {
      chomp = '+';
      this.openEnded = true;
    } else if (value[value.length - 2] === '\n') {
      chomp = '+';
      this.openEnded = true;
    }
    if (chomp) this.indicator(chomp, false, false, false);
    this.putBreak();
    this.indention = true;
    this.whitespace = true;
    let breaks = true;
    for (const ch of value) {
      if (ch === '\n') {
        this.putBreak();
        this.indention = true;
        breaks = true;
      } else {
        if (breaks) this.writeIndent(indent);
        this.putChar(ch);
        this.indention = false;
        breaks = false;
      }
    }
  }

  scalar(node: YamlNode & { t: 'str' | 'plain' }, indent: number, simpleKey: boolean, root: boolean): void {
    const a = analyze(node.v, this.dialect);
    const style = selectStyle(node, simpleKey, a);
    const allowBreaks = !simpleKey;
    if (node.tag !== undefined) this.indicator(node.tag, true, false, false);
    switch (style) {
      case 'plain':
        this.plain(node.v, indent, allowBreaks, root);
        return;
      case 'single':
        this.single(node.v, indent, allowBreaks);
        return;
      case 'double':
        this.double(node.v, indent, allowBreaks);
        return;
      case 'literal':
        this.literal(node.v, indent);
    }
  }

  /** A node in block context; `indent` is the parent's indentation (-1 at the root). */
  node(n: YamlNode, parentIndent: number, inMapping: boolean, root: boolean): void {
    if (n.t === 'map') {
      if (n.entries.length === 0) {
        this.indicator('{}', true, false, false);
        return;
      }
      const indent = parentIndent < 0 ? 0 : parentIndent + BEST_INDENT;
      for (const [k, v] of n.entries) {
        this.writeIndent(indent);
        if (Buffer.byteLength(k) > 128 || analyze(k, this.dialect).multiline) {
          // Not a simple key: "? key" then ": value" on its own line.
          this.indicator('?', true, false, true);
          this.scalar({ t: 'str', v: k }, indent + BEST_INDENT, false, false);
          this.writeIndent(indent);
          this.indicator(':', true, false, true);
          this.node(v, indent, true, false);
          continue;
        }
        this.scalar({ t: 'str', v: k }, indent + BEST_INDENT, true, false);
        this.indicator(':', false, false, false);
        this.node(v, indent, true, false);
      }
      return;
    }
    if (n.t === 'seq') {
      if (n.items.length === 0) {
        this.indicator('[]', true, false, false);
        return;
      }
      const indentless = this.dialect.indentlessSequences && inMapping && !this.indention;
      const indent = parentIndent < 0 ? 0 : indentless ? parentIndent : parentIndent + BEST_INDENT;
      for (const item of n.items) {
        this.writeIndent(indent);
        this.indicator('-', true, false, true);
        this.node(item, indent, false, false);
      }
      return;
    }
    const indent = parentIndent < 0 ? BEST_INDENT : parentIndent + BEST_INDENT;
    this.scalar(n, indent, false, root);
  }
}

/** The encoder's output for a node, with the final newline (and, when the stream is closed, "..." after an open-ended root scalar). */
export function emitYaml(root: YamlNode, dialect: YamlDialect = GO_YAML_V2): string {
  const w = new Writer(dialect);
  w.node(root, -1, false, true);
  w.writeIndent(-1);
  if (w.openEnded && dialect.closesStream) {
    w.indicator('...', true, false, false);
    w.writeIndent(-1);
  }
  return w.out;
}

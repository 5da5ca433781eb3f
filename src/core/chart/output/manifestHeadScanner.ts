/**
 * A line scanner that reads a rendered manifest's head (apiVersion, kind, metadata.name, annotations)
 * without a full YAML parse, for the block-style YAML templates almost always produce. Helm decodes every
 * document fully (which also rejects invalid YAML), so this scanner only answers for documents made of
 * lines it can prove well-formed: block mappings and sequences with consistent indentation, plain scalars
 * without indicators, simple quoted scalars, `{}`/`[]`, comments and literal/folded block scalars. Anything
 * else (flow collections, anchors, tags, escapes, multi-line plain scalars, tabs, odd indentation…) returns
 * undefined and the caller parses the document fully.
 */
import { resolvePlainScalar, YamlInt, formatFloat32G } from '../values/goYamlScalar.js';
import type { ManifestHead } from './manifestSort.js';

/** Where a container sits, as far as the head is concerned. */
const enum Path {
  Root,
  Metadata,
  Annotations,
  Other,
}

interface Container {
  indent: number;
  seq: boolean;
  path: Path;
  /** A nested `{}` or `[]` on its own line: nothing more may follow at its indent. */
  closed?: boolean;
}

/** A scalar's head value, or FALLBACK when the value is not one the scanner proves valid. */
const FALLBACK = Symbol('fallback');
const NESTED = Symbol('nested');
const BLOCK = Symbol('block');
/** A flow sequence: valid, not a scalar (a head field holding one reads as empty). */
const FLOW = Symbol('flow');

const KEY = /^[A-Za-z0-9_][A-Za-z0-9_.\/-]*$/;
const QUOTED_KEY = /^(?:"[A-Za-z0-9_.\/-]+"|'[A-Za-z0-9_.\/-]+')$/;
/** A flow sequence of simple scalars: `["/bin/sleep", "9000"]`, `[get, list]`, `[""]`. */
const FLOW_ITEM = `(?:"[^"\\\\]*"|'[^']*'|[A-Za-z0-9_./$(][A-Za-z0-9_./$()=+-]*)`;
const FLOW_SEQUENCE = new RegExp(`^\\[ *(?:${FLOW_ITEM}(?: *, *${FLOW_ITEM})*)? *\\]$`);
const BLOCK_INDICATOR = /^[|>][-+]?$/;
/**
 * The inside of a one-line double-quoted scalar with escapes both go-yaml and js-yaml read alike (no surrogate or
 * out-of-range code point; not `\/`, which only js-yaml knows, nor `\'`, which only go-yaml knows).
 */
const DOUBLE_QUOTED_WITH_ESCAPES =
  /^(?:[^"\\]|\\(?:[0abtnvfre "\\N_LP]|x[0-9A-Fa-f]{2}|u(?![dD][89a-fA-F])[0-9A-Fa-f]{4}|U(?!0000[dD][89a-fA-F])00(?:0[0-9A-Fa-f]|10)[0-9A-Fa-f]{4}))*$/;
const UNUSUAL_CHARACTER = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]/;

/** A head field as Helm's SimpleHead gets it through JSON: scalars as text, anything else empty. */
export function headText(v: unknown): string {
  if (typeof v === 'string') return v;
  if (v instanceof YamlInt) return String(v.value);
  if (typeof v === 'number') return formatFloat32G(v);
  if (typeof v === 'boolean') return String(v);
  return '';
}

/**
 * The head value of an inline scalar (`value` is trimmed, non-empty), NESTED/BLOCK markers, or FALLBACK. Only a
 * head field needs the value resolved as YAML would; other lines are only checked (`resolve` false).
 */
function scalarValue(value: string, resolve: boolean): string | typeof FALLBACK | typeof BLOCK | typeof FLOW {
  const c = value.charCodeAt(0);
  if (c === 0x22 /* " */) {
    if (value.length < 2 || value.charCodeAt(value.length - 1) !== 0x22) return FALLBACK;
    const inner = value.slice(1, -1);
    if (!inner.includes('\\')) return inner.includes('"') ? FALLBACK : inner;
    // With escapes (`toJson | quote` writes many): checked, not decoded; a head field holding one goes to the parser.
    return !resolve && DOUBLE_QUOTED_WITH_ESCAPES.test(inner) ? '' : FALLBACK;
  }
  if (c === 0x27 /* ' */) {
    if (value.length < 2 || value.charCodeAt(value.length - 1) !== 0x27) return FALLBACK;
    const inner = value.slice(1, -1);
    if (inner.replaceAll("''", '').includes("'")) return FALLBACK;
    return inner.replaceAll("''", "'");
  }
  if (value === '{}' || value === '[]') return '';
  if (c === 0x5b /* [ */) return FLOW_SEQUENCE.test(value) ? FLOW : FALLBACK;
  if (BLOCK_INDICATOR.test(value)) return BLOCK;
  // Plain scalar: no indicator first (a leading '-' only before a digit), no ': ' or trailing ':',
  // no comment, no tab.
  if ('-?:,[]{}#&*!|>\'"%@`'.includes(value[0]!)) {
    if (!(c === 0x2d && value.length > 1 && value.charCodeAt(1) >= 0x30 && value.charCodeAt(1) <= 0x39)) return FALLBACK;
  }
  if (value.includes('#') || value.includes('\t') || value.endsWith(':') || value.includes(': ')) return FALLBACK;
  return resolve ? headText(resolvePlainScalar(value)) : value;
}

/** A mapping key: plain (letters, digits, `_.-/`) or quoted without escapes or colons. */
function mappingKey(text: string): string | undefined {
  if (KEY.test(text)) return text;
  if (QUOTED_KEY.test(text)) return text.slice(1, -1);
  return undefined;
}

function indentOf(line: string): number {
  let i = 0;
  while (i < line.length && line.charCodeAt(i) === 0x20) i++;
  return i;
}

/** The document's head, or undefined when the document needs the full parser. */
export function scanManifestHead(doc: string): ManifestHead | undefined {
  // Tabs, CR, other line breaks and characters YAML forbids are left to the parser.
  if (UNUSUAL_CHARACTER.test(doc)) return undefined;
  const lines = doc.split('\n');
  let apiVersion = '';
  let kind = '';
  let name = '';
  let annotations: Record<string, string> | undefined;
  const stack: Container[] = [];
  // A `key:` or `-` without an inline value: the next line may open a nested container.
  let pending: { indent: number; path: Path; fromKey: boolean } | null = null;
  // Inside a block scalar: lines more indented than its key belong to it.
  let block: { parentIndent: number; contentIndent: number } | null = null;

  for (const line of lines) {
    const indent = indentOf(line);
    const blank = indent === line.length;
    if (block !== null) {
      if (blank) {
        if (block.contentIndent < 0 && line.length > 0) return undefined; // leading all-space lines
        continue;
      }
      if (indent > block.parentIndent) {
        if (block.contentIndent < 0) block.contentIndent = indent;
        else if (indent < block.contentIndent) return undefined;
        continue;
      }
      if (block.contentIndent < 0) return undefined; // empty block scalar: leave it to the parser
      block = null;
    }
    if (blank) continue;
    const text = line.slice(indent);
    if (text[0] === '#') continue;
    const isSeq = text === '-' || text.startsWith('- ');

    // Close containers deeper than this line.
    while (stack.length > 0 && stack[stack.length - 1]!.indent > indent) stack.pop();
    if (pending !== null) {
      if (indent > pending.indent && (text === '{}' || text === '[]')) {
        // `resources:` then `{}` on the next line (toYaml of an empty map under nindent).
        if (pending.path === Path.Annotations && text === '[]') annotations = undefined;
        stack.push({ indent, seq: false, path: Path.Other, closed: true });
        pending = null;
        continue;
      }
      if (indent > pending.indent || (indent === pending.indent && isSeq && pending.fromKey)) {
        // A sequence under `annotations:` (or `metadata:`) is not a map: no annotations.
        if (isSeq && pending.path === Path.Annotations) annotations = undefined;
        stack.push({ indent, seq: isSeq, path: isSeq ? Path.Other : pending.path });
      } else if (pending.path === Path.Annotations) annotations = undefined; // `annotations:` with a null value
      pending = null;
    }
    // A compact sequence (`key:` then `- x` at the key's indent) ends when its map's next key appears.
    if (!isSeq && stack.length > 1) {
      const top = stack[stack.length - 1]!;
      const below = stack[stack.length - 2]!;
      if (top.seq && top.indent === indent && !below.seq && below.indent === indent) stack.pop();
    }
    if (stack.length === 0) {
      if (indent !== 0 || isSeq) return undefined;
      stack.push({ indent: 0, seq: false, path: Path.Root });
    }
    let top = stack[stack.length - 1]!;
    if (top.indent !== indent || top.seq !== isSeq || top.closed) return undefined;

    let entry: string = text;
    let entryIndent: number = indent;
    let path = top.path;
    if (isSeq) {
      const rest = text.slice(1);
      if (rest === '') {
        pending = { indent, path: Path.Other, fromKey: false };
        continue;
      }
      const inner = indentOf(rest);
      if (inner === rest.length) {
        pending = { indent, path: Path.Other, fromKey: false };
        continue;
      }
      entry = rest.slice(inner);
      entryIndent = indent + 1 + inner;
      if (entry[0] === '#') return undefined;
      const colon = entry.indexOf(':');
      const isKey = colon > 0 && (colon === entry.length - 1 || entry[colon + 1] === ' ') && mappingKey(entry.slice(0, colon)) !== undefined;
      if (!isKey) {
        const v = scalarValue(entry.trimEnd(), false);
        if (v === FALLBACK || v === BLOCK) return undefined;
        continue;
      }
      // `- key: value` opens a mapping at the key's column.
      top = { indent: entryIndent, seq: false, path: Path.Other };
      stack.push(top);
      path = Path.Other;
    }

    const colon = entry.indexOf(':');
    if (colon <= 0 || (colon !== entry.length - 1 && entry[colon + 1] !== ' ')) return undefined;
    const key = mappingKey(entry.slice(0, colon));
    if (key === undefined) return undefined;
    const value = entry.slice(colon + 1).trim();
    const childPath =
      path === Path.Root && key === 'metadata' ? Path.Metadata : path === Path.Metadata && key === 'annotations' ? Path.Annotations : Path.Other;
    // A repeated key replaces the earlier value (the full parse keeps the last one).
    if (childPath === Path.Metadata) {
      name = '';
      annotations = undefined;
    } else if (childPath === Path.Annotations) annotations = undefined;
    const headField = path === Path.Root ? key === 'apiVersion' || key === 'kind' : path === Path.Metadata ? key === 'name' : path === Path.Annotations;

    let scalar: string | typeof NESTED;
    if (value === '') {
      pending = { indent: entryIndent, path: childPath, fromKey: true };
      if (childPath === Path.Annotations) annotations = {};
      scalar = NESTED;
    } else {
      const v = scalarValue(value, headField);
      if (v === FALLBACK) return undefined;
      if (v === BLOCK) {
        if (headField) return undefined;
        block = { parentIndent: entryIndent, contentIndent: -1 };
        continue;
      }
      if (childPath === Path.Annotations) annotations = value === '{}' ? {} : undefined;
      scalar = v === FLOW ? '' : v;
    }
    if (!headField) continue;
    const text2 = scalar === NESTED ? '' : scalar;
    if (path === Path.Root) {
      if (key === 'apiVersion') apiVersion = text2;
      else kind = text2;
    } else if (path === Path.Metadata) name = text2;
    else annotations![key] = text2;
  }
  if (block !== null && block.contentIndent < 0) return undefined;
  if (pending?.path === Path.Annotations) annotations = undefined;
  // A document of comments only decodes to null: an empty head.
  return { apiVersion, kind, name, annotations };
}

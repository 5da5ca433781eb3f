"use strict";
exports.id = 2812;
exports.ids = [2812];
exports.modules = {

/***/ 13398:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $0: () => (/* binding */ YamlInt),
/* harmony export */   My: () => (/* binding */ formatFloat32G),
/* harmony export */   t2: () => (/* binding */ resolvePlainScalar)
/* harmony export */ });
/**
 * go-yaml v2's view of a plain scalar (what sigs.k8s.io/yaml resolves `yes`, `0x1F`, `1e3`… to) and how
 * sigs.k8s.io/yaml prints a float as text. Shared by the full YAML reader, the block reader and the
 * manifest head scanner.
 */
const RESOLVED = new Map([
    ...['y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON'].map((s) => [s, true]),
    ...['n', 'N', 'no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF'].map((s) => [s, false]),
    ...['', '~', 'null', 'Null', 'NULL'].map((s) => [s, null]),
    ...['.nan', '.NaN', '.NAN'].map((s) => [s, NaN]),
    ...['.inf', '.Inf', '.INF', '+.inf', '+.Inf', '+.INF'].map((s) => [s, Infinity]),
    ...['-.inf', '-.Inf', '-.INF'].map((s) => [s, -Infinity]),
]);
const YAML_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
const DOT_FLOAT = /^\.[0-9]+([eE][-+]?[0-9]+)?$/;
const GO_INT = /^[-+]?(0[bB][01]+|0[oO][0-7]+|0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)$/;
/** A YAML integer as go-yaml decodes it (kept exact), distinct from a float. */
class YamlInt {
    value;
    constructor(value) {
        this.value = value;
    }
    /** Map keys are stringified by the parser; an int key becomes its decimal text, as in Go. */
    toString() {
        return String(this.value);
    }
}
/**
 * go-yaml v2's resolve() of a plain scalar: null, bool, YamlInt (Go's ParseInt/ParseUint with base
 * prefixes and leading-zero octal, underscores dropped), float (number) or the string itself.
 */
function resolvePlainScalar(text) {
    const c = text.length === 0 ? 0 : text.charCodeAt(0);
    const digitOrSign = (c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2d;
    const hinted = text.length === 0 || digitOrSign || c === 0x2e || 'yYnNtTfFoO~'.includes(text[0]);
    if (!hinted)
        return text;
    if (RESOLVED.has(text))
        return RESOLVED.get(text);
    if (c === 0x2e)
        return DOT_FLOAT.test(text) ? Number(text) : text;
    if (!digitOrSign)
        return text;
    const plain = text.replaceAll('_', '');
    if (GO_INT.test(plain)) {
        const n = goParseInt(plain);
        if (n !== undefined)
            return new YamlInt(n);
    }
    if (YAML_FLOAT.test(plain))
        return Number(plain);
    return text;
}
function goParseInt(s) {
    let negative = false;
    let body = s;
    if (body[0] === '+' || body[0] === '-') {
        negative = body[0] === '-';
        body = body.slice(1);
    }
    let value;
    if (/^0[bB]/.test(body))
        value = BigInt('0b' + body.slice(2));
    else if (/^0[oO]/.test(body))
        value = BigInt('0o' + body.slice(2));
    else if (/^0[xX]/.test(body))
        value = BigInt('0x' + body.slice(2));
    else if (body.length > 1 && body[0] === '0')
        value = BigInt('0o' + body.slice(1));
    else
        value = BigInt(body);
    const signed = negative ? -value : value;
    // ParseInt (int64) or, for non-negative values, ParseUint (uint64); otherwise the text is tried as a float.
    if (signed < -(1n << 63n) || signed > (1n << 64n) - 1n)
        return undefined;
    return signed;
}
/** strconv.FormatFloat(f, 'g', -1, 32): how sigs.k8s.io/yaml turns a float key or string field into text. */
function formatFloat32G(f) {
    if (Number.isNaN(f))
        return 'NaN';
    if (f === Infinity)
        return '+Inf';
    if (f === -Infinity)
        return '-Inf';
    if (f === 0)
        return Object.is(f, -0) ? '-0' : '0';
    const target = Math.fround(f);
    let exp = '';
    for (let p = 1; p <= 9; p++) {
        exp = target.toExponential(p - 1);
        if (Math.fround(Number(exp)) === target)
            break;
    }
    const [mant, e] = exp.split('e');
    const digits = mant.replace('-', '').replace('.', '');
    const x = Number(e);
    const sign = target < 0 ? '-' : '';
    if (x < -4 || x >= 6) {
        const m = digits.length > 1 ? digits[0] + '.' + digits.slice(1) : digits;
        return `${sign}${m}e${x < 0 ? '-' : '+'}${String(Math.abs(x)).padStart(2, '0')}`;
    }
    if (x < 0)
        return `${sign}0.${'0'.repeat(-x - 1)}${digits}`;
    if (digits.length <= x + 1)
        return sign + digits + '0'.repeat(x + 1 - digits.length);
    return `${sign}${digits.slice(0, x + 1)}.${digits.slice(x + 1)}`;
}


/***/ }),

/***/ 2812:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Wb: () => (/* binding */ YamlValuesError),
  FR: () => (/* binding */ isValuesMap),
  MT: () => (/* binding */ mergeMaps),
  Iu: () => (/* binding */ parseYamlDocument),
  ML: () => (/* binding */ readValuesText)
});

// UNUSED EXPORTS: parseYamlDocuments, parseYamlDocumentsFully, splitYamlStream, unsupportedJsonValue

// EXTERNAL MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(33243);
// EXTERNAL MODULE: ./src/core/chart/template/goFloat.ts
var goFloat = __webpack_require__(65463);
// EXTERNAL MODULE: ./src/core/chart/values/goYamlScalar.ts
var goYamlScalar = __webpack_require__(13398);
;// CONCATENATED MODULE: ./src/core/chart/values/blockYamlReader.ts
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

/** Characters left to the full parser: tabs, CR and other controls, NEL, line/paragraph separators, BOM, surrogates. */
const UNUSUAL_CHARACTER = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]/;
const PLAIN_KEY = /^[A-Za-z0-9_$][A-Za-z0-9_.\/$-]*$/;
// go-yaml v2 has no `\/` escape (js-yaml does): a file using it is left to the full parse, which refuses it as Helm does.
const SIMPLE_ESCAPES = { '\\': '\\', '"': '"', n: '\n', t: '\t', r: '\r', '0': '\0' };
class Unsupported extends Error {
}
const unsupported = () => {
    throw new Unsupported();
};
/** The document's value, or undefined when the text is not in the subset this reader proves equal to the full parse. */
function readBlockYaml(text, keepInts) {
    if (UNUSUAL_CHARACTER.test(text))
        return undefined;
    const lines = text.split('\n').map((raw) => {
        let i = 0;
        while (i < raw.length && raw.charCodeAt(i) === 0x20)
            i++;
        return { indent: i, text: raw.slice(i), raw };
    });
    try {
        const reader = new BlockReader(lines, keepInts);
        return reader.document();
    }
    catch (e) {
        if (e instanceof Unsupported)
            return undefined;
        throw e;
    }
}
class BlockReader {
    lines;
    keepInts;
    i = 0;
    constructor(lines, keepInts) {
        this.lines = lines;
        this.keepInts = keepInts;
    }
    document() {
        this.skipInsignificant();
        if (this.i >= this.lines.length)
            return undefined; // empty or comments only: the full parser's answer is trivial
        const first = this.lines[this.i];
        if (first.indent !== 0 || first.text.startsWith('---') || first.text.startsWith('...') || first.text.startsWith('%'))
            unsupported();
        const value = isSequenceLine(first.text) ? this.sequence(0) : this.mapping(0);
        this.skipInsignificant();
        if (this.i < this.lines.length)
            unsupported();
        return { value };
    }
    /** Skips blank lines and comment lines. */
    skipInsignificant() {
        while (this.i < this.lines.length) {
            const l = this.lines[this.i];
            if (l.text !== '' && l.text[0] !== '#')
                return;
            this.i++;
        }
    }
    /** The next significant line, or undefined at the end. */
    peek() {
        this.skipInsignificant();
        return this.lines[this.i];
    }
    mapping(indent) {
        const out = {};
        for (;;) {
            const line = this.peek();
            if (line === undefined || line.indent < indent)
                return out;
            if (line.indent > indent || isSequenceLine(line.text))
                unsupported();
            if (line.text.startsWith('---') || line.text.startsWith('...'))
                unsupported();
            this.i++;
            const { key, rest } = splitKey(line.text);
            out[key] = this.valueAfter(rest, indent, true);
        }
    }
    sequence(indent) {
        const out = [];
        for (;;) {
            const line = this.peek();
            if (line === undefined || line.indent < indent)
                return out;
            if (line.indent > indent)
                unsupported();
            if (!isSequenceLine(line.text))
                return out; // a compact sequence ends at its mapping's next key
            let k = 1;
            while (k < line.text.length && line.text.charCodeAt(k) === 0x20)
                k++;
            const item = line.text.slice(k);
            if (item === '' || item[0] === '#') {
                // An empty entry (`-`, `- # comment`) whose node is a deeper block is plain; one that is null is left
                // to the full parser: js-yaml then wrongly puts a following less indented `- x` in this sequence
                // (libyaml does not), and both readers must agree (a known difference, docs/render.md).
                this.i++;
                const next = this.peek();
                if (next === undefined || next.indent <= indent)
                    unsupported();
                out.push(this.nested(indent, false));
                continue;
            }
            if (isSequenceLine(item))
                unsupported();
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
    nested(indent, underKey) {
        const next = this.peek();
        if (next === undefined)
            return null;
        if (next.indent > indent)
            return isSequenceLine(next.text) ? this.sequence(next.indent) : this.mapping(next.indent);
        if (underKey && next.indent === indent && isSequenceLine(next.text))
            return this.sequence(indent);
        return null;
    }
    /** The value written after `key:` or `- ` (`rest`, already without the separating spaces). */
    valueAfter(rest, indent, underKey) {
        if (rest === '' || rest[0] === '#')
            return this.nested(indent, underKey);
        const c = rest[0];
        let value;
        if (c === '"')
            value = doubleQuoted(rest);
        else if (c === "'")
            value = singleQuoted(rest);
        else if (c === '|')
            return this.literal(rest, indent);
        else if (rest.startsWith('{}') || rest.startsWith('[]')) {
            if (!isEndOfValue(rest, 2))
                unsupported();
            value = c === '{' ? {} : [];
        }
        else if (c === '[' || c === '{')
            value = this.flow(rest);
        else
            value = this.plain(rest);
        this.noContinuation(indent);
        return value;
    }
    /**
     * A one-line flow collection of scalars: `[a, "b", 3]` or `{cpu: 500m, memory: 256Mi}`. Nested
     * collections, empty entries, trailing commas and `key:value` without a space are left to the parser.
     */
    flow(text) {
        const isMap = text[0] === '{';
        const close = isMap ? '}' : ']';
        const list = [];
        const map = {};
        let i = 1;
        for (;;) {
            while (text[i] === ' ')
                i++;
            let key;
            if (isMap) {
                const k = this.flowScalar(text, i, true);
                if (typeof k.value !== 'string' || (k.plain && (0,goYamlScalar/* resolvePlainScalar */.t2)(k.text) !== k.text) || k.value === '__proto__' || k.value === '<<')
                    unsupported();
                key = k.value;
                i = k.end;
                if (text[i] !== ':' || text[i + 1] !== ' ')
                    unsupported();
                i += 2;
                while (text[i] === ' ')
                    i++;
            }
            const v = this.flowScalar(text, i, false);
            i = v.end;
            if (isMap)
                map[key] = v.value;
            else
                list.push(v.value);
            while (text[i] === ' ')
                i++;
            if (text[i] === ',') {
                i++;
                continue;
            }
            if (text[i] !== close || !isEndOfValue(text, i + 1))
                unsupported();
            return isMap ? map : list;
        }
    }
    /** One scalar inside a flow collection, starting at `at`: quoted, or plain up to `,` `]` `}` (and `: ` for a key). */
    flowScalar(text, at, isKey) {
        const c = text[at];
        if (c === '"' || c === "'") {
            let end = at + 1;
            for (; end < text.length; end++) {
                if (text[end] === '\\' && c === '"')
                    end++;
                else if (text[end] === c) {
                    if (c === "'" && text[end + 1] === "'")
                        end++;
                    else
                        break;
                }
            }
            if (end >= text.length)
                unsupported();
            const quoted = text.slice(at, end + 1);
            return { value: c === '"' ? doubleQuoted(quoted) : singleQuoted(quoted), text: quoted, plain: false, end: end + 1 };
        }
        if (c === undefined || ',[]{}#&*!|>\'"%@`?:'.includes(c) || (c === '-' && (text[at + 1] === ' ' || text[at + 1] === ',')))
            unsupported();
        let end = at;
        while (end < text.length && !',[]{}'.includes(text[end])) {
            if (text[end] === ':' && (text[end + 1] === ' ' || text[end + 1] === ',' || text[end + 1] === ']' || text[end + 1] === '}'))
                break;
            if (text[end] === '#' && text[end - 1] === ' ')
                unsupported();
            // go-yaml ends a plain scalar in a flow collection at `?` too (js-yaml does not): left to the parser.
            if (text[end] === '?')
                unsupported();
            end++;
        }
        const raw = text.slice(at, end).trimEnd();
        if (raw === '' || (!isKey && text[end] === ':'))
            unsupported();
        if (raw.endsWith(':'))
            unsupported();
        const v = (0,goYamlScalar/* resolvePlainScalar */.t2)(raw);
        return { value: v instanceof goYamlScalar/* YamlInt */.$0 && !this.keepInts ? Number(v.value) : v, text: raw, plain: true, end };
    }
    plain(rest) {
        if ('-?:,[]{}#&*!|>\'"%@`'.includes(rest[0])) {
            // `-` starts a plain scalar before a non-space (`-1`, `-foo`); `?` and `:` starts are left to the parser.
            if (!(rest[0] === '-' && rest.length > 1 && rest[1] !== ' '))
                unsupported();
        }
        const comment = rest.indexOf(' #');
        const text = (comment >= 0 ? rest.slice(0, comment) : rest).trimEnd();
        if (text.includes(': ') || text.endsWith(':'))
            unsupported();
        if (text === '<<')
            unsupported();
        const v = (0,goYamlScalar/* resolvePlainScalar */.t2)(text);
        return v instanceof goYamlScalar/* YamlInt */.$0 && !this.keepInts ? Number(v.value) : v;
    }
    /**
     * A scalar on one line must not be followed by deeper lines (a multi-line scalar, or invalid YAML).
     * Comment lines end a plain scalar (a continuation line cannot start with `#`), so they are skipped.
     */
    noContinuation(indent) {
        const next = this.peek();
        if (next !== undefined && next.indent > indent)
            unsupported();
    }
    /** `|` or `|-` (clip or strip): lines deeper than the parent, their common indentation from the first one. */
    literal(header, indent) {
        const m = /^\|(-?)(?: +#.*| *)$/.exec(header);
        if (m === null)
            unsupported();
        const strip = m[1] === '-';
        const contentLines = [];
        let contentIndent = -1;
        while (this.i < this.lines.length) {
            const l = this.lines[this.i];
            if (l.text === '') {
                // Leading blank lines, and lines of spaces longer than the indentation: rules the parser knows.
                if (contentIndent < 0 || l.raw.length > contentIndent)
                    unsupported();
                contentLines.push('');
                this.i++;
                continue;
            }
            if (contentIndent < 0) {
                if (l.indent <= indent)
                    break;
                contentIndent = l.indent;
            }
            if (l.indent < contentIndent) {
                if (l.indent > indent)
                    unsupported(); // less indented than the block but inside it: invalid
                break;
            }
            contentLines.push(l.raw.slice(contentIndent));
            this.i++;
        }
        // A block scalar ending the text without a line break: the parsers differ on its final newline.
        if (this.i === this.lines.length && this.lines[this.i - 1].text !== '')
            unsupported();
        // Trailing blank lines belong to no one when clipping or stripping.
        while (contentLines.length > 0 && contentLines[contentLines.length - 1] === '')
            contentLines.pop();
        if (contentLines.length === 0)
            unsupported(); // empty block scalar: leave it to the parser
        // Blank lines inside were collected with their extra spaces; a line of spaces only is content too.
        const body = contentLines.join('\n');
        return strip ? body : `${body}\n`;
    }
}
function isSequenceLine(text) {
    return text === '-' || text.startsWith('- ');
}
/** Whether an item after `- ` is `key:` / `key: value` (plain or quoted key). */
function looksLikeKey(text) {
    try {
        splitKey(text);
        return true;
    }
    catch (e) {
        if (e instanceof Unsupported)
            return false;
        throw e;
    }
}
/** `key: rest` → the key (a plain string or a simple quoted one) and what follows the separating spaces. */
function splitKey(text) {
    let key;
    let end;
    const c = text[0];
    if (c === '"' || c === "'") {
        end = text.indexOf(c, 1);
        if (end < 0)
            unsupported();
        key = text.slice(1, end);
        if (key.includes('\\') || key.includes('"') || key.includes("'"))
            unsupported();
        end++;
    }
    else {
        end = text.indexOf(':');
        if (end <= 0)
            unsupported();
        key = text.slice(0, end);
        if (!PLAIN_KEY.test(key) || (0,goYamlScalar/* resolvePlainScalar */.t2)(key) !== key)
            unsupported();
    }
    if (key === '__proto__' || key === '<<' || text[end] !== ':')
        unsupported();
    if (end + 1 < text.length && text[end + 1] !== ' ')
        unsupported();
    let r = end + 1;
    while (r < text.length && text.charCodeAt(r) === 0x20)
        r++;
    return { key, rest: text.slice(r) };
}
/** After a closed value at `at`: only spaces, then nothing or a comment. */
function isEndOfValue(text, at) {
    let i = at;
    while (i < text.length && text.charCodeAt(i) === 0x20)
        i++;
    return i === text.length || (i > at && text[i] === '#');
}
function doubleQuoted(text) {
    let out = '';
    for (let i = 1; i < text.length; i++) {
        const ch = text[i];
        if (ch === '"') {
            if (!isEndOfValue(text, i + 1))
                unsupported();
            return out;
        }
        if (ch !== '\\') {
            out += ch;
            continue;
        }
        const e = text[++i];
        if (e === undefined)
            unsupported();
        const simple = SIMPLE_ESCAPES[e];
        if (simple !== undefined && Object.hasOwn(SIMPLE_ESCAPES, e)) {
            out += simple;
            continue;
        }
        const width = e === 'x' ? 2 : e === 'u' ? 4 : 0;
        const hex = text.slice(i + 1, i + 1 + width);
        if (width === 0 || !/^[0-9A-Fa-f]+$/.test(hex) || hex.length !== width)
            unsupported();
        const code = parseInt(hex, 16);
        if (code >= 0xd800 && code <= 0xdfff)
            unsupported();
        out += String.fromCharCode(code);
        i += width;
    }
    return unsupported(); // no closing quote on this line: a multi-line scalar
}
function singleQuoted(text) {
    let out = '';
    for (let i = 1; i < text.length; i++) {
        const ch = text[i];
        if (ch !== "'") {
            out += ch;
            continue;
        }
        if (text[i + 1] === "'") {
            out += "'";
            i++;
            continue;
        }
        if (!isEndOfValue(text, i + 1))
            unsupported();
        return out;
    }
    return unsupported();
}

// EXTERNAL MODULE: ./src/core/chart/template/goValues.ts
var goValues = __webpack_require__(11787);
// EXTERNAL MODULE: ./src/core/chart/template/goBytes.ts
var goBytes = __webpack_require__(38390);
// EXTERNAL MODULE: ./src/core/chart/yaml/yamlReader.ts
var yamlReader = __webpack_require__(34312);
// EXTERNAL MODULE: ./src/core/chart/yaml/goYamlSyntax.ts
var goYamlSyntax = __webpack_require__(23038);
;// CONCATENATED MODULE: ./src/core/chart/values/goYamlValues.ts
/**
 * Reads YAML the way Helm reads values and chart files: sigs.k8s.io/yaml (go-yaml v2 resolution, YAML 1.1
 * booleans, Go's integer syntaxes) converted through JSON, so every number becomes a float64 (a JS number),
 * keys become strings and a later duplicate key wins. Errors carry the line and column.
 */








class YamlValuesError extends Error {
    line;
    column;
    stage;
    /** Lines before the document this error's line counts from (Helm parses each document of a file alone). */
    lineOffset = 0;
    /** go-yaml's own words for a syntax error (goYamlSyntax.ts), `line 4: did not find expected key`. */
    goMessage;
    constructor(message, line, column, 
    /**
     * Where Helm's reading failed: splitting the file into documents, bytes libyaml's reader refuses (not UTF-8,
     * control characters; no line), a YAML syntax error (with a line),
     * converting the decoded YAML to JSON (`message` carries its own prefix: `yaml: anchor …`,
     * `json: unsupported value: +Inf`, `unsupported map key …`), or unmarshalling that JSON into a map.
     */
    stage = 'syntax') {
        super(message);
        this.line = line;
        this.column = column;
        this.stage = stage;
    }
    /** Helm's words after "failed to parse <file>: " (or "cannot load values.yaml: "). */
    get helmText() {
        if (this.stage === 'read')
            return `error reading yaml document: ${this.message}`;
        if (this.stage === 'unmarshal')
            return `cannot unmarshal yaml document: error unmarshaling JSON: while decoding JSON: json: ${this.message}`;
        if (this.stage === 'convert' || this.stage === 'encoding')
            return `cannot unmarshal yaml document: error converting YAML to JSON: ${this.message}`;
        return `cannot unmarshal yaml document: error converting YAML to JSON: yaml: ${this.goMessage ?? `line ${this.line}: ${this.message}`}`;
    }
    /** The line in the whole file. */
    get fileLine() {
        return this.line + this.lineOffset;
    }
}
/**
 * encoding/json refuses NaN and ±Inf: a document holding one cannot pass sigs.k8s.io/yaml. The first
 * one in json.Marshal's order (map keys sorted by bytes) is named, as Go names it.
 */
function unsupportedJsonValue(v) {
    // Almost no values file holds one: look without ordering first, order only to name the first one.
    return holdsNonFinite(v) ? firstNonFinite(v) : undefined;
}
function holdsNonFinite(v) {
    if (typeof v === 'number')
        return !Number.isFinite(v);
    if (v === null || typeof v !== 'object' || v instanceof goYamlScalar/* YamlInt */.$0)
        return false;
    if (Array.isArray(v))
        return v.some(holdsNonFinite);
    for (const k in v)
        if (holdsNonFinite(v[k]))
            return true;
    return false;
}
function firstNonFinite(v) {
    if (typeof v === 'number') {
        if (Number.isNaN(v))
            return 'NaN';
        if (v === Infinity)
            return '+Inf';
        if (v === -Infinity)
            return '-Inf';
        return undefined;
    }
    if (Array.isArray(v)) {
        for (const x of v) {
            const bad = firstNonFinite(x);
            if (bad !== undefined)
                return bad;
        }
        return undefined;
    }
    if (v !== null && typeof v === 'object' && !(v instanceof goYamlScalar/* YamlInt */.$0)) {
        const o = v;
        for (const k of (0,goValues/* sortedKeys */.Mf)(o)) {
            const bad = firstNonFinite(o[k]);
            if (bad !== undefined)
                return bad;
        }
    }
    return undefined;
}
/**
 * js-yaml with a schema that hands every plain scalar to go-yaml's resolver (quoted scalars stay strings),
 * explicit !!int/!!float/!!bool/!!null/!!binary checked the same way, and merge keys. Two schemas: one
 * keeping ints exact (typed targets such as Chart.yaml), one turning them into float64 (values).
 */
function explicitType(tag, want, keepInts) {
    return new js_yaml/* default.Type */.Ay.Type(`tag:yaml.org,2002:${tag}`, {
        kind: 'scalar',
        resolve: () => true,
        construct: (text) => {
            if (tag === 'binary') {
                // go-yaml decodes !!binary into the bytes' string; values then pass through JSON, where a byte of
                // invalid UTF-8 becomes U+FFFD.
                const b64 = text.replace(/\s+/g, '');
                if (b64.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(b64))
                    throw new YamlValuesError('!!binary value contains invalid base64 data', 0, 0);
                return (0,goBytes/* goRuneText */.Se)((0,goBytes/* decodeGoBytes */.mG)(Buffer.from(b64, 'base64')));
            }
            let v = (0,goYamlScalar/* resolvePlainScalar */.t2)(text);
            const got = v === null ? 'null' : typeof v === 'boolean' ? 'bool' : v instanceof goYamlScalar/* YamlInt */.$0 ? 'int' : typeof v === 'number' ? 'float' : 'str';
            if (want === 'float' && got === 'int')
                v = Number(v.value);
            else if (got !== want)
                throw new YamlValuesError(`cannot decode !!${got} \`${text}\` as a !!${want}`, 0, 0);
            if (v === null)
                return NULL_NODE;
            return v instanceof goYamlScalar/* YamlInt */.$0 && !keepInts ? Number(v.value) : v;
        },
    });
}
function goSchema(keepInts) {
    const plain = new js_yaml/* default.Type */.Ay.Type('tag:yaml.org,2002:goplain', {
        kind: 'scalar',
        resolve: (text) => text !== '<<',
        construct: (text) => {
            const v = (0,goYamlScalar/* resolvePlainScalar */.t2)(text ?? '');
            if (v === null)
                return NULL_NODE;
            return v instanceof goYamlScalar/* YamlInt */.$0 && !keepInts ? Number(v.value) : v;
        },
    });
    // `<<` stays a plain string key; normalizeKeys applies it with go-yaml v2's semantics.
    return js_yaml/* default.FAILSAFE_SCHEMA */.Ay.FAILSAFE_SCHEMA.extend({
        implicit: [plain],
        explicit: [explicitType('int', 'int', keepInts), explicitType('float', 'float', keepInts), explicitType('bool', 'bool', keepInts), explicitType('null', 'null', keepInts), explicitType('binary', 'str', keepInts)],
    });
}
const schemas = { exact: goSchema(true), json: goSchema(false) };
/**
 * Turns js-yaml's keys (String() of the resolved key) into the keys sigs.k8s.io/yaml produces. An alias
 * inside its own anchor's node makes js-yaml build a cycle, which go-yaml refuses: `path` holds the nodes
 * being walked, `anchors` names them for the error.
 */
function normalizeKeys(v, path = new Set(), anchors) {
    if (v === NULL_NODE)
        return null;
    if (v === null || typeof v !== 'object' || v instanceof goYamlScalar/* YamlInt */.$0)
        return v;
    if (path.has(v)) {
        const name = Object.entries(anchors ?? {}).find(([, node]) => node === v)?.[0] ?? '';
        throw new YamlValuesError(`yaml: anchor '${name}' value contains itself`, 1, 1, 'convert');
    }
    path.add(v);
    try {
        if (Array.isArray(v)) {
            for (let i = 0; i < v.length; i++)
                v[i] = normalizeKeys(v[i], path, anchors);
            return v;
        }
        const o = v;
        for (const k of Object.keys(o))
            o[k] = normalizeKeys(o[k], path, anchors);
        if (Object.hasOwn(o, NULL_KEY)) {
            throw new YamlValuesError(`unsupported map key of type: %!s(<nil>), key: <nil>, value: ${goSyntax(o[NULL_KEY], true)}`, 1, 1, 'convert');
        }
        if (Object.hasOwn(o, '<<'))
            return applyMerge(o);
        return v;
    }
    finally {
        path.delete(v);
    }
}
/** go-yaml v2 merge: merged keys are set where `<<` appears (overwriting earlier keys); in a list, earlier maps win. */
function applyMerge(o) {
    const out = {};
    for (const [k, v] of Object.entries(o)) {
        if (k !== '<<') {
            out[k] = v;
            continue;
        }
        const sources = Array.isArray(v) ? [...v].reverse() : [v];
        for (const src of sources) {
            if (src === null || typeof src !== 'object' || Array.isArray(src))
                throw new YamlValuesError('map merge requires map or sequence of maps as the value', 1, 1);
            for (const [mk, mv] of Object.entries(src))
                out[mk] = mv;
        }
    }
    return out;
}
/** Parses every document of a YAML stream into Go-typed values (null for empty documents). */
function parseYamlDocuments(text, options = {}) {
    // Plain block YAML (nearly every values.yaml and Chart.yaml) is read without js-yaml; see blockYamlReader.
    const block = readBlockYaml(text, options.keepInts ?? false);
    if (block !== undefined)
        return [block.value];
    return parseYamlDocumentsFully(text, options);
}
/** Every document through js-yaml (the reference the block reader is tested against). */
function parseYamlDocumentsFully(text, options = {}) {
    // go-yaml's verdict on the first document comes first: js-yaml accepts some YAML go-yaml refuses, and words
    // its errors differently.
    const goError = (0,goYamlSyntax/* goYamlSyntaxError */.X)(text);
    if (goError !== undefined) {
        // Errors of go-yaml's decoder (unknown anchor, merge of a non-map, alias in its own anchor) have no line.
        if (goError.line === undefined)
            throw new YamlValuesError(`yaml: ${goError.message}`, 1, 1, 'convert');
        const e = new YamlValuesError(goError.message, goError.line, 1);
        e.goMessage = goError.message;
        throw e;
    }
    try {
        const raw = [];
        // The anchors of the document, to name one in a cycle error (js-yaml hands its state to listeners).
        let anchors;
        // go-yaml refuses an alias met while its anchor's node is still being read; js-yaml builds a cycle
        // (or loses it to a later duplicate key). Collections are marked when their node closes, so an alias
        // node closing on an unmarked collection is such an alias. Reported after the parse: go-yaml finds
        // syntax errors first.
        const closed = new WeakSet();
        let cycle;
        const listener = (event, state) => {
            const st = state;
            anchors = st.anchorMap;
            const r = st.result;
            if (event !== 'close' || r === null || typeof r !== 'object' || !(Array.isArray(r) || Object.getPrototypeOf(r) === Object.prototype))
                return;
            if (st.kind === 'mapping' || st.kind === 'sequence')
                closed.add(r);
            else if (st.kind === null && !closed.has(r) && cycle === undefined) {
                const name = Object.entries(anchors ?? {}).find(([, node]) => node === r)?.[0] ?? '';
                cycle = new YamlValuesError(`yaml: anchor '${name}' value contains itself`, 1, 1, 'convert');
            }
        };
        js_yaml/* default.loadAll */.Ay.loadAll(text, (d) => raw.push(d), { schema: options.keepInts ? schemas.exact : schemas.json, json: true, listener });
        if (cycle !== undefined)
            throw cycle;
        return raw.map((d) => (d === undefined ? null : normalizeKeys(d, new Set(), anchors)));
    }
    catch (e) {
        if (e instanceof js_yaml/* default.YAMLException */.Ay.YAMLException) {
            const mark = e.mark;
            throw new YamlValuesError(e.reason, (mark?.line ?? 0) + 1, (mark?.column ?? 0) + 1);
        }
        if (e instanceof YamlValuesError)
            throw e;
        throw e;
    }
}
/**
 * A plain null while js-yaml builds the document. go-yaml keeps a null map key as a key (which then has no
 * JSON form, so sigs.k8s.io/yaml refuses the document) while js-yaml would make it the string "null": this
 * object names itself NULL_KEY when js-yaml stringifies it as a key, and normalizeKeys turns it back into null.
 */
const NULL_KEY = '\u0000slipway:null-key\u0000';
const NULL_NODE = Object.freeze({
    [Symbol.toStringTag]: 'SlipwayNull',
    toString: () => NULL_KEY,
});
const formatGoFloat = (f) => (0,goFloat/* formatFloat */.k)(f, 'g', -1);
function goSyntax(v, top = false) {
    if (v === null || v === undefined)
        return top ? '<nil>' : 'interface {}(nil)';
    if (typeof v === 'string')
        return JSON.stringify(v);
    if (typeof v === 'boolean')
        return String(v);
    if (typeof v === 'bigint')
        return v > 0x7fffffffffffffffn ? `0x${v.toString(16)}` : String(v);
    if (typeof v === 'number')
        return Number.isInteger(v) && Math.abs(v) < 2 ** 53 && !Object.is(v, -0) ? String(v) : formatGoFloat(v);
    if (Array.isArray(v))
        return `[]interface {}{${v.map((x) => goSyntax(x)).join(', ')}}`;
    if (v instanceof Map) {
        const entries = [...v.entries()].sort(([a], [b]) => (String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0));
        return `map[interface {}]interface {}{${entries.map(([k, x]) => `${goSyntax(k)}:${goSyntax(x)}`).join(', ')}}`;
    }
    if (typeof v === 'object') {
        const entries = Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        return `map[interface {}]interface {}{${entries.map(([k, x]) => `${JSON.stringify(k)}:${goSyntax(x)}`).join(', ')}}`;
    }
    return String(v);
}
/** Parses one YAML document (Helm's yaml.Unmarshal): the first document of the stream. */
function parseYamlDocument(text, options = {}) {
    const docs = parseYamlDocuments(text, options);
    return docs.length === 0 ? null : docs[0];
}
function isValuesMap(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;
}
/**
 * Helm's loader.LoadValues: every document of the stream must be a map (or empty); documents are merged
 * in order, later keys winning (MergeMaps).
 */
function readValuesText(text) {
    let values = {};
    for (const chunk of splitYamlStream(text)) {
        let doc;
        try {
            const problem = (0,yamlReader/* yamlReaderProblem */._)(chunk.text);
            if (problem !== undefined)
                throw new YamlValuesError(`yaml: ${problem}`, 1, 1, 'encoding');
            doc = parseYamlDocuments(chunk.text)[0] ?? null;
            if (doc === null)
                continue;
            const unsupported = unsupportedJsonValue(doc);
            if (unsupported !== undefined)
                throw new YamlValuesError(`json: unsupported value: ${unsupported}`, 1, 1, 'convert');
            if (!isValuesMap(doc)) {
                const kind = Array.isArray(doc) ? 'array' : typeof doc === 'string' ? 'string' : typeof doc === 'number' ? 'number' : 'bool';
                throw new YamlValuesError(`cannot unmarshal ${kind} into Go value of type map[string]interface {}`, 1, 1, 'unmarshal');
            }
        }
        catch (e) {
            if (e instanceof YamlValuesError)
                e.lineOffset = chunk.firstLine - 1;
            throw e;
        }
        values = mergeMaps(values, doc);
    }
    return values;
}
/**
 * k8s.io/apimachinery's YAMLReader as Helm's LoadValues uses it: documents split at lines starting with
 * `---` (followed by nothing but spaces or a comment, else an error), CRLF read as LF, a separator before
 * any content kept in the document. Each document is then parsed alone.
 */
function splitYamlStream(text) {
    const lines = text.split('\n');
    if (lines[lines.length - 1] === '')
        lines.pop();
    const chunks = [];
    let buffer = '';
    let firstLine = 1;
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i].endsWith('\r') ? lines[i].slice(0, -1) : lines[i];
        if (line.startsWith('---')) {
            const trimmed = line.slice(3).trim();
            if (trimmed !== '' && trimmed[0] !== '#')
                throw new YamlValuesError(`invalid Yaml document separator: ${trimmed}`, i + 1, 1, 'read');
            if (buffer !== '') {
                chunks.push({ text: buffer, firstLine });
                buffer = '';
                continue;
            }
        }
        if (buffer === '')
            firstLine = i + 1;
        buffer += `${line}\n`;
    }
    if (buffer !== '')
        chunks.push({ text: buffer, firstLine });
    return chunks;
}
/** Helm's loader.MergeMaps: b's keys over a's, nested maps merged, new maps returned. */
function mergeMaps(a, b) {
    const out = { ...a };
    for (const [k, v] of Object.entries(b)) {
        if (isValuesMap(v)) {
            const bv = out[k];
            if (isValuesMap(bv)) {
                out[k] = mergeMaps(bv, v);
                continue;
            }
        }
        out[k] = v;
    }
    return out;
}


/***/ })

};
;
"use strict";
exports.id = 2448;
exports.ids = [2448];
exports.modules = {

/***/ 65463:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ formatFloat),
/* harmony export */   w: () => (/* binding */ formatJSONFloat)
/* harmony export */ });
/** strconv.FormatFloat for float64, exact: shortest digits from V8 (also shortest round-trip), fixed precision by exact decimal expansion with Go's round-half-even. */
const f64 = new Float64Array(1);
const u64 = new BigUint64Array(f64.buffer);
/** Exact decimal expansion of a finite double. */
function exactDecimal(f) {
    f64[0] = f;
    const bits = u64[0];
    const neg = bits >> 63n === 1n;
    const expBits = Number((bits >> 52n) & 0x7ffn);
    let mant = bits & ((1n << 52n) - 1n);
    let exp;
    if (expBits === 0)
        exp = -1074;
    else {
        mant |= 1n << 52n;
        exp = expBits - 1075;
    }
    if (mant === 0n)
        return { digits: '', dp: 0, neg };
    let digits;
    let dp;
    if (exp >= 0) {
        digits = (mant << BigInt(exp)).toString();
        dp = digits.length;
    }
    else {
        digits = (mant * 5n ** BigInt(-exp)).toString();
        dp = digits.length + exp;
    }
    digits = digits.replace(/0+$/, '');
    return { digits, dp, neg };
}
/** Shortest round-trip digits. */
function shortestDecimal(f) {
    const neg = f < 0 || Object.is(f, -0);
    if (f === 0)
        return { digits: '', dp: 0, neg };
    const s = Math.abs(f).toExponential(); // d.ddddde±x, shortest
    const e = s.indexOf('e');
    const digits = (s[0] + s.slice(2, e)).replace(/0+$/, '');
    return { digits, dp: Number(s.slice(e + 1)) + 1, neg };
}
/** Rounds to `nd` significant digits, half to even on exact ties (the digit string is exact). */
function roundDecimal(d, nd) {
    if (nd < 0)
        return { digits: '', dp: d.dp, neg: d.neg };
    if (d.digits.length <= nd)
        return d;
    const next = d.digits.charCodeAt(nd) - 48;
    let up;
    if (next > 5)
        up = true;
    else if (next < 5)
        up = false;
    else if (d.digits.length > nd + 1)
        up = true; // anything after the 5 makes it more than half
    else
        up = nd > 0 && (d.digits.charCodeAt(nd - 1) - 48) % 2 === 1;
    let digits = d.digits.slice(0, nd);
    let dp = d.dp;
    if (up) {
        const arr = digits.split('');
        let i = arr.length - 1;
        while (i >= 0 && arr[i] === '9') {
            arr[i] = '0';
            i--;
        }
        if (i < 0) {
            arr.unshift('1');
            dp++;
            arr.pop();
        }
        else
            arr[i] = String.fromCharCode(arr[i].charCodeAt(0) + 1);
        digits = arr.join('');
        if (nd === 0) {
            digits = '1';
            dp++;
        }
    }
    return { digits: digits.replace(/0+$/, ''), dp, neg: d.neg };
}
function fmtE(d, prec, upper) {
    let out = d.digits.length > 0 ? d.digits[0] : '0';
    if (prec > 0) {
        out += '.';
        let rest = d.digits.slice(1, 1 + prec);
        while (rest.length < prec)
            rest += '0';
        out += rest;
    }
    let exp = d.digits.length > 0 ? d.dp - 1 : 0;
    const sign = exp < 0 ? '-' : '+';
    if (exp < 0)
        exp = -exp;
    return out + (upper ? 'E' : 'e') + sign + (exp < 10 ? '0' : '') + String(exp);
}
function fmtF(d, prec) {
    let out = '';
    if (d.dp > 0) {
        let m = Math.min(d.digits.length, d.dp);
        out += d.digits.slice(0, m);
        for (; m < d.dp; m++)
            out += '0';
    }
    else
        out = '0';
    if (prec > 0) {
        out += '.';
        for (let i = 1; i <= prec; i++) {
            const j = d.dp + i - 1;
            out += j >= 0 && j < d.digits.length ? d.digits[j] : '0';
        }
    }
    return out;
}
/** strconv.FormatFloat(f, fmt, prec, 64) for fmt in e, E, f, g, G. */
function formatFloat(f, fmt, prec) {
    if (Number.isNaN(f))
        return 'NaN';
    if (f === Infinity)
        return '+Inf';
    if (f === -Infinity)
        return '-Inf';
    const shortest = prec < 0;
    let d;
    if (shortest) {
        d = shortestDecimal(f);
        switch (fmt) {
            case 'e':
            case 'E':
                prec = Math.max(d.digits.length - 1, 0);
                break;
            case 'f':
                prec = Math.max(d.digits.length - d.dp, 0);
                break;
            default:
                prec = d.digits.length;
        }
    }
    else {
        const exact = exactDecimal(f);
        switch (fmt) {
            case 'e':
            case 'E':
                d = roundDecimal(exact, 1 + prec);
                break;
            case 'f':
                d = roundDecimal(exact, exact.dp + prec);
                break;
            default:
                if (prec === 0)
                    prec = 1;
                d = roundDecimal(exact, prec);
        }
    }
    const sign = d.neg ? '-' : '';
    switch (fmt) {
        case 'e':
        case 'E':
            return sign + fmtE(d, prec, fmt === 'E');
        case 'f':
            return sign + fmtF(d, prec);
    }
    let eprec = prec;
    if (eprec > d.digits.length && d.digits.length >= d.dp)
        eprec = d.digits.length;
    if (shortest)
        eprec = 6;
    const exp = d.dp - 1;
    if (d.digits.length > 0 && (exp < -4 || exp >= eprec)) {
        if (prec > d.digits.length)
            prec = d.digits.length;
        return sign + fmtE(d, prec - 1, fmt === 'G');
    }
    if (d.digits.length === 0)
        return sign + '0';
    if (prec > d.dp)
        prec = d.digits.length;
    return sign + fmtF(d, Math.max(prec - d.dp, 0));
}
/** encoding/json's float64 format (ES6 number-to-string with Go's exponent cleanup). */
function formatJSONFloat(f) {
    const abs = Math.abs(f);
    let fmt = 'f';
    if (abs !== 0 && (abs < 1e-6 || abs >= 1e21))
        fmt = 'e';
    let s = formatFloat(f, fmt, -1);
    if (fmt === 'e') {
        // clean up e-09 to e-9
        const n = s.length;
        if (n >= 4 && s[n - 4] === 'e' && s[n - 3] === '-' && s[n - 2] === '0')
            s = s.slice(0, n - 2) + s.slice(n - 1);
    }
    return s;
}


/***/ }),

/***/ 11787:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eo: () => (/* binding */ isUnsigned),
/* harmony export */   Gk: () => (/* binding */ int64),
/* harmony export */   Hn: () => (/* binding */ isTrue),
/* harmony export */   MV: () => (/* binding */ GoObject),
/* harmony export */   Mf: () => (/* binding */ sortedKeys),
/* harmony export */   NH: () => (/* binding */ intValue),
/* harmony export */   O4: () => (/* binding */ goTypeName),
/* harmony export */   Rb: () => (/* binding */ isGoMap),
/* harmony export */   V1: () => (/* binding */ floatToInt64),
/* harmony export */   bO: () => (/* binding */ INT64_MIN),
/* harmony export */   cH: () => (/* binding */ asNamedMap),
/* harmony export */   gS: () => (/* binding */ SLICE_TYPE),
/* harmony export */   i8: () => (/* binding */ mapSize),
/* harmony export */   iX: () => (/* binding */ goKindName),
/* harmony export */   mA: () => (/* binding */ compareGoStrings),
/* harmony export */   ov: () => (/* binding */ GoInt),
/* harmony export */   sc: () => (/* binding */ reflectCollection),
/* harmony export */   tH: () => (/* binding */ typedSlice),
/* harmony export */   vh: () => (/* binding */ INT64_MAX)
/* harmony export */ });
/* unused harmony exports isGoInt, wrapInt64, MAP_TYPE */
/**
 * How Go values are represented while a template runs.
 *
 *   Go                         JS
 *   invalid reflect.Value      undefined  ("<no value>")
 *   nil interface              null
 *   string / bool              string / boolean
 *   float64                    number     (every number that comes from values files or JSON)
 *   int                        bigint     (template literals, len, range indexes, atoi…)
 *   int64, int32, uint…        GoInt      (Sprig arithmetic returns int64)
 *   []interface{}              Array      (a typed slice carries SLICE_TYPE, e.g. []string)
 *   map[string]interface{}     plain object (own enumerable keys)
 *   []byte                     Uint8Array
 *   structs / objects          GoObject subclasses (methods are callable from templates)
 *   named map / slice types    GoObject subclasses whose underlying() is the map or slice
 *                              (engine.files, common.VersionSet: methods plus map/slice behaviour)
 */
/** A sized or unsigned Go integer other than plain `int`. */
class GoInt {
    kind;
    value;
    constructor(kind, value) {
        this.kind = kind;
        this.value = value;
    }
}
const SLICE_TYPE = Symbol('goSliceType');
function typedSlice(items, goType) {
    Object.defineProperty(items, SLICE_TYPE, { value: goType, enumerable: false });
    return items;
}
/**
 * Base for values that behave like Go structs or named types: a Go type name for messages, exported
 * fields (own properties) and methods (functions on the prototype, called with Go-typed arguments).
 */
class GoObject {
    /** Parameter types of each method, for argument checking; absent methods take no arguments. */
    methodSignature(_name) {
        return undefined;
    }
    /** Value formatted by fmt's %v (a Stringer's String()), or undefined to print fields. */
    goString() {
        return undefined;
    }
    /**
     * True when Go declares String() on the pointer type (`func (kv *KubeVersion) String()`): the template's
     * own printing of an addressable field uses it, but a copy handed to a function (quote, printf, toString)
     * is not a Stringer and prints its fields.
     */
    pointerStringer() {
        return false;
    }
    /** Structs are always true; a named map or slice is true when it has elements; pointers may override. */
    isTruthy() {
        const u = this.underlying();
        if (u === undefined)
            return true;
        return Array.isArray(u.value) ? u.value.length > 0 : mapSize(u.value) > 0;
    }
    /**
     * For a Go named type whose underlying type is a map or a slice (`type files map[string][]byte`,
     * `type VersionSet []string`): that map or slice. Whatever Go does through reflect's Kind (range, index,
     * len, fmt's %v, JSON/YAML encoding, empty, kindOf, Sprig's list functions) then sees the collection,
     * while method calls and the type name stay the object's.
     */
    underlying() {
        return undefined;
    }
}
/** The map or slice reflect would see in `v`: a named collection's underlying value, else `v` itself. */
function reflectCollection(v) {
    if (v instanceof GoObject) {
        const u = v.underlying();
        if (u !== undefined)
            return u.value;
    }
    return v;
}
/** Whether `v` is a Go map[string]interface{} in this representation. */
function isGoMap(v) {
    if (v === null || typeof v !== 'object')
        return false;
    const proto = Object.getPrototypeOf(v);
    return proto === Object.prototype || proto === null;
}
function isGoInt(v) {
    return typeof v === 'bigint' || v instanceof GoInt;
}
/** Integer value of a Go int of any size. */
function intValue(v) {
    return typeof v === 'bigint' ? v : v.value;
}
function isUnsigned(v) {
    return v instanceof GoInt && v.kind.startsWith('uint');
}
const INT64_MIN = -(1n << 63n);
const INT64_MAX = (1n << 63n) - 1n;
/** Wraps to int64 as Go's two's-complement arithmetic does. */
function wrapInt64(v) {
    return BigInt.asIntN(64, v);
}
function int64(v) {
    return new GoInt('int64', BigInt.asIntN(64, v));
}
/** Go's float64 → int64 conversion on amd64: NaN and out-of-range give math.MinInt64. */
function floatToInt64(f) {
    if (!Number.isFinite(f))
        return INT64_MIN;
    const t = Math.trunc(f);
    if (t >= 9223372036854775808 || t < -9223372036854775808)
        return INT64_MIN;
    return BigInt(t);
}

/** Go type name of a value as reflect prints it (`%T`, error messages). */
function goTypeName(v) {
    if (v === null || v === undefined)
        return '<nil>';
    switch (typeof v) {
        case 'string':
            return 'string';
        case 'boolean':
            return 'bool';
        case 'number':
            return 'float64';
        case 'bigint':
            return 'int';
        case 'function':
            return 'func';
    }
    if (v instanceof GoInt)
        return v.kind;
    if (Array.isArray(v))
        return v[SLICE_TYPE] ?? '[]interface {}';
    if (v instanceof Uint8Array)
        return '[]uint8';
    if (v instanceof GoObject)
        return v.goType();
    if (isGoMap(v))
        return v[MAP_TYPE] ?? 'map[string]interface {}';
    return 'interface {}';
}
/** A named map type's name (`common.Values`), kept on the object where JSON and key listings do not see it. */
const MAP_TYPE = Symbol('goMapType');
/** Marks a map as a value of a named map type (Helm's common.Values): same map, only its type name differs. */
function asNamedMap(map, typeName) {
    Object.defineProperty(map, MAP_TYPE, { value: typeName, enumerable: false, configurable: true, writable: true });
    return map;
}
/** reflect.Kind name as Sprig's kindOf reports it. */
function goKindName(v) {
    if (v === null || v === undefined)
        return 'invalid';
    switch (typeof v) {
        case 'string':
            return 'string';
        case 'boolean':
            return 'bool';
        case 'number':
            return 'float64';
        case 'bigint':
            return 'int';
    }
    if (v instanceof GoInt)
        return v.kind;
    if (Array.isArray(v) || v instanceof Uint8Array)
        return 'slice';
    if (isGoMap(v))
        return 'map';
    if (v instanceof GoObject) {
        const u = v.underlying();
        if (u !== undefined)
            return Array.isArray(u.value) ? 'slice' : 'map';
        const t = v.goType();
        if (t.startsWith('*'))
            return 'ptr';
        if (t.startsWith('[]'))
            return 'slice';
        if (t === 'time.Duration')
            return 'int64';
        return 'struct';
    }
    return 'invalid';
}
/** text/template's truth: empty strings, collections, zero numbers, false and nil are false. */
function isTrue(v) {
    if (v === null || v === undefined)
        return false;
    switch (typeof v) {
        case 'string':
            return v.length > 0;
        case 'boolean':
            return v;
        case 'number':
            return v !== 0;
        case 'bigint':
            return v !== 0n;
    }
    if (v instanceof GoInt)
        return v.value !== 0n;
    if (Array.isArray(v))
        return v.length > 0;
    if (v instanceof Uint8Array)
        return v.length > 0;
    if (isGoMap(v)) {
        for (const _ in v)
            return true;
        return false;
    }
    if (v instanceof GoObject)
        return v.isTruthy();
    return true;
}
/** Number of map keys. */
function mapSize(m) {
    let n = 0;
    for (const _ in m)
        n++;
    return n;
}
/** Map keys in Go's sorted order (byte order of UTF-8, which equals code point order). */
function sortedKeys(m) {
    return Object.keys(m).sort(compareGoStrings);
}
function compareGoStrings(a, b) {
    if (a === b)
        return 0;
    // UTF-16 order differs from UTF-8 byte order only for surrogate pairs vs U+E000..U+FFFF.
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
        const x = a.codePointAt(i);
        const y = b.codePointAt(i);
        if (x !== y)
            return x < y ? -1 : 1;
        if (x > 0xffff)
            i++;
    }
    return a.length < b.length ? -1 : 1;
}


/***/ }),

/***/ 60070:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ readBlockYaml)
/* harmony export */ });
/* harmony import */ var _goYamlScalar_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(13398);
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
                if (typeof k.value !== 'string' || (k.plain && (0,_goYamlScalar_js__WEBPACK_IMPORTED_MODULE_0__/* .resolvePlainScalar */ .t2)(k.text) !== k.text) || k.value === '__proto__' || k.value === '<<')
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
        const v = (0,_goYamlScalar_js__WEBPACK_IMPORTED_MODULE_0__/* .resolvePlainScalar */ .t2)(raw);
        return { value: v instanceof _goYamlScalar_js__WEBPACK_IMPORTED_MODULE_0__/* .YamlInt */ .$0 && !this.keepInts ? Number(v.value) : v, text: raw, plain: true, end };
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
        const v = (0,_goYamlScalar_js__WEBPACK_IMPORTED_MODULE_0__/* .resolvePlainScalar */ .t2)(text);
        return v instanceof _goYamlScalar_js__WEBPACK_IMPORTED_MODULE_0__/* .YamlInt */ .$0 && !this.keepInts ? Number(v.value) : v;
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
        if (!PLAIN_KEY.test(key) || (0,_goYamlScalar_js__WEBPACK_IMPORTED_MODULE_0__/* .resolvePlainScalar */ .t2)(key) !== key)
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


/***/ }),

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

/***/ 32448:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FR: () => (/* binding */ isValuesMap),
/* harmony export */   Iu: () => (/* binding */ parseYamlDocument),
/* harmony export */   ML: () => (/* binding */ readValuesText),
/* harmony export */   MT: () => (/* binding */ mergeMaps),
/* harmony export */   Wb: () => (/* binding */ YamlValuesError),
/* harmony export */   pR: () => (/* binding */ unsupportedJsonValue)
/* harmony export */ });
/* unused harmony exports parseYamlDocuments, parseYamlDocumentsFully, splitYamlStream */
/* harmony import */ var js_yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33243);
/* harmony import */ var _template_goFloat_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(65463);
/* harmony import */ var _blockYamlReader_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(60070);
/* harmony import */ var _goYamlScalar_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(13398);
/* harmony import */ var _template_goValues_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(11787);
/* harmony import */ var _template_goBytes_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(38390);
/* harmony import */ var _yaml_yamlReader_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(34312);
/* harmony import */ var _yaml_goYamlSyntax_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(23038);
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
    if (v === null || typeof v !== 'object' || v instanceof _goYamlScalar_js__WEBPACK_IMPORTED_MODULE_3__/* .YamlInt */ .$0)
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
    if (v !== null && typeof v === 'object' && !(v instanceof _goYamlScalar_js__WEBPACK_IMPORTED_MODULE_3__/* .YamlInt */ .$0)) {
        const o = v;
        for (const k of (0,_template_goValues_js__WEBPACK_IMPORTED_MODULE_4__/* .sortedKeys */ .Mf)(o)) {
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
    return new js_yaml__WEBPACK_IMPORTED_MODULE_0__/* ["default"].Type */ .Ay.Type(`tag:yaml.org,2002:${tag}`, {
        kind: 'scalar',
        resolve: () => true,
        construct: (text) => {
            if (tag === 'binary') {
                // go-yaml decodes !!binary into the bytes' string; values then pass through JSON, where a byte of
                // invalid UTF-8 becomes U+FFFD.
                const b64 = text.replace(/\s+/g, '');
                if (b64.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(b64))
                    throw new YamlValuesError('!!binary value contains invalid base64 data', 0, 0);
                return (0,_template_goBytes_js__WEBPACK_IMPORTED_MODULE_6__/* .goRuneText */ .Se)((0,_template_goBytes_js__WEBPACK_IMPORTED_MODULE_6__/* .decodeGoBytes */ .mG)(Buffer.from(b64, 'base64')));
            }
            let v = (0,_goYamlScalar_js__WEBPACK_IMPORTED_MODULE_3__/* .resolvePlainScalar */ .t2)(text);
            const got = v === null ? 'null' : typeof v === 'boolean' ? 'bool' : v instanceof _goYamlScalar_js__WEBPACK_IMPORTED_MODULE_3__/* .YamlInt */ .$0 ? 'int' : typeof v === 'number' ? 'float' : 'str';
            if (want === 'float' && got === 'int')
                v = Number(v.value);
            else if (got !== want)
                throw new YamlValuesError(`cannot decode !!${got} \`${text}\` as a !!${want}`, 0, 0);
            if (v === null)
                return NULL_NODE;
            return v instanceof _goYamlScalar_js__WEBPACK_IMPORTED_MODULE_3__/* .YamlInt */ .$0 && !keepInts ? Number(v.value) : v;
        },
    });
}
function goSchema(keepInts) {
    const plain = new js_yaml__WEBPACK_IMPORTED_MODULE_0__/* ["default"].Type */ .Ay.Type('tag:yaml.org,2002:goplain', {
        kind: 'scalar',
        resolve: (text) => text !== '<<',
        construct: (text) => {
            const v = (0,_goYamlScalar_js__WEBPACK_IMPORTED_MODULE_3__/* .resolvePlainScalar */ .t2)(text ?? '');
            if (v === null)
                return NULL_NODE;
            return v instanceof _goYamlScalar_js__WEBPACK_IMPORTED_MODULE_3__/* .YamlInt */ .$0 && !keepInts ? Number(v.value) : v;
        },
    });
    // `<<` stays a plain string key; normalizeKeys applies it with go-yaml v2's semantics.
    return js_yaml__WEBPACK_IMPORTED_MODULE_0__/* ["default"].FAILSAFE_SCHEMA */ .Ay.FAILSAFE_SCHEMA.extend({
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
    if (v === null || typeof v !== 'object' || v instanceof _goYamlScalar_js__WEBPACK_IMPORTED_MODULE_3__/* .YamlInt */ .$0)
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
    const block = (0,_blockYamlReader_js__WEBPACK_IMPORTED_MODULE_2__/* .readBlockYaml */ .l)(text, options.keepInts ?? false);
    if (block !== undefined)
        return [block.value];
    return parseYamlDocumentsFully(text, options);
}
/** Every document through js-yaml (the reference the block reader is tested against). */
function parseYamlDocumentsFully(text, options = {}) {
    // go-yaml's verdict on the first document comes first: js-yaml accepts some YAML go-yaml refuses, and words
    // its errors differently.
    const goError = (0,_yaml_goYamlSyntax_js__WEBPACK_IMPORTED_MODULE_5__/* .goYamlSyntaxError */ .X)(text);
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
        js_yaml__WEBPACK_IMPORTED_MODULE_0__/* ["default"].loadAll */ .Ay.loadAll(text, (d) => raw.push(d), { schema: options.keepInts ? schemas.exact : schemas.json, json: true, listener });
        if (cycle !== undefined)
            throw cycle;
        return raw.map((d) => (d === undefined ? null : normalizeKeys(d, new Set(), anchors)));
    }
    catch (e) {
        if (e instanceof js_yaml__WEBPACK_IMPORTED_MODULE_0__/* ["default"].YAMLException */ .Ay.YAMLException) {
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
const formatGoFloat = (f) => (0,_template_goFloat_js__WEBPACK_IMPORTED_MODULE_1__/* .formatFloat */ .k)(f, 'g', -1);
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
            const problem = (0,_yaml_yamlReader_js__WEBPACK_IMPORTED_MODULE_7__/* .yamlReaderProblem */ ._)(chunk.text);
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


/***/ }),

/***/ 23038:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ goYamlSyntaxError)
/* harmony export */ });
/**
 * The syntax checks of go-yaml v2 (the libyaml port under sigs.k8s.io/yaml, which Helm decodes values, rendered
 * manifests and `fromYaml` with), reimplemented to find the first error exactly where and as go-yaml reports it:
 * `line 5: did not find expected key`. Only the scanner's tokens and the parser's states are modelled, not values;
 * like yaml.Unmarshal, only the first document is read. slipway reads YAML with js-yaml and calls this when js-yaml
 * fails, to word the error as Helm does (js-yaml's own words differ: `bad indentation of a mapping entry`).
 */
var T;
(function (T) {
    T[T["StreamStart"] = 0] = "StreamStart";
    T[T["StreamEnd"] = 1] = "StreamEnd";
    T[T["VersionDirective"] = 2] = "VersionDirective";
    T[T["TagDirective"] = 3] = "TagDirective";
    T[T["DocumentStart"] = 4] = "DocumentStart";
    T[T["DocumentEnd"] = 5] = "DocumentEnd";
    T[T["BlockSequenceStart"] = 6] = "BlockSequenceStart";
    T[T["BlockMappingStart"] = 7] = "BlockMappingStart";
    T[T["BlockEnd"] = 8] = "BlockEnd";
    T[T["FlowSequenceStart"] = 9] = "FlowSequenceStart";
    T[T["FlowSequenceEnd"] = 10] = "FlowSequenceEnd";
    T[T["FlowMappingStart"] = 11] = "FlowMappingStart";
    T[T["FlowMappingEnd"] = 12] = "FlowMappingEnd";
    T[T["BlockEntry"] = 13] = "BlockEntry";
    T[T["FlowEntry"] = 14] = "FlowEntry";
    T[T["Key"] = 15] = "Key";
    T[T["Value"] = 16] = "Value";
    T[T["Alias"] = 17] = "Alias";
    T[T["Anchor"] = 18] = "Anchor";
    T[T["Tag"] = 19] = "Tag";
    T[T["Scalar"] = 20] = "Scalar";
})(T || (T = {}));
/** A go-yaml error: which stage raised it and its marks, for decode.go's `line N:` rule. */
class YamlSyntaxFailure extends Error {
    scanner;
    problem;
    problemMark;
    contextMark;
    constructor(scanner, problem, problemMark, contextMark) {
        super(problem);
        this.scanner = scanner;
        this.problem = problem;
        this.problemMark = problemMark;
        this.contextMark = contextMark;
    }
}
/** A failure decode.go raises itself (failf): its text has no line. */
class DecodeFailure extends Error {
}
const isBlank = (c) => c === ' ' || c === '\t';
const isBreak = (c) => c === '\r' || c === '\n' || c === '\u0085' || c === '\u2028' || c === '\u2029';
const isAlpha = (c) => /^[0-9A-Za-z_-]$/.test(c);
const isHex = (c) => /^[0-9A-Fa-f]$/.test(c);
const isDigit = (c) => c >= '0' && c <= '9';
class Scanner {
    s;
    pos = 0;
    mark = { index: 0, line: 0, column: 0 };
    tokens = [];
    head = 0;
    parsed = 0;
    available = false;
    streamEndProduced = false;
    streamStartProduced = false;
    indent = -1;
    indents = [];
    flowLevel = 0;
    simpleKeyAllowed = false;
    simpleKeys = [];
    simpleKeysByToken = new Map();
    constructor(s) {
        this.s = s;
    }
    // Characters past the end read as NUL, as libyaml's zero-padded buffer does.
    at(k = 0) {
        return this.s[this.pos + k] ?? '\0';
    }
    isZ(k = 0) {
        return this.pos + k >= this.s.length;
    }
    isBreakZ(k = 0) {
        return this.isZ(k) || isBreak(this.at(k));
    }
    isBlankZ(k = 0) {
        return isBlank(this.at(k)) || this.isBreakZ(k);
    }
    copyMark() {
        return { ...this.mark };
    }
    skip() {
        this.mark.index++;
        this.mark.column++;
        this.pos++;
    }
    skipLine() {
        if (this.at() === '\r' && this.at(1) === '\n') {
            this.mark.index += 2;
            this.pos += 2;
        }
        else if (isBreak(this.at())) {
            this.mark.index++;
            this.pos++;
        }
        else
            return;
        this.mark.column = 0;
        this.mark.line++;
    }
    fail(problem, contextMark) {
        throw new YamlSyntaxFailure(true, problem, this.copyMark(), contextMark);
    }
    insert(at, token) {
        if (at < 0)
            this.tokens.push(token);
        else
            this.tokens.splice(this.head + at, 0, token);
    }
    peek() {
        if (!this.available)
            this.fetchMoreTokens();
        return this.tokens[this.head];
    }
    skipToken() {
        this.available = false;
        this.parsed++;
        this.streamEndProduced = this.tokens[this.head].typ === T.StreamEnd;
        this.head++;
    }
    fetchMoreTokens() {
        for (;;) {
            if (this.head !== this.tokens.length) {
                const i = this.simpleKeysByToken.get(this.parsed);
                if (i === undefined)
                    break;
                if (!this.simpleKeyIsValid(this.simpleKeys[i]))
                    break;
            }
            this.fetchNextToken();
        }
        this.available = true;
    }
    simpleKeyIsValid(k) {
        if (!k.possible)
            return false;
        if (k.mark.line < this.mark.line || k.mark.index + 1024 < this.mark.index) {
            if (k.required)
                throw new YamlSyntaxFailure(true, "could not find expected ':'", this.copyMark(), k.mark);
            k.possible = false;
            return false;
        }
        return true;
    }
    saveSimpleKey() {
        const required = this.flowLevel === 0 && this.indent === this.mark.column;
        if (!this.simpleKeyAllowed)
            return;
        const key = { possible: true, required, tokenNumber: this.parsed + (this.tokens.length - this.head), mark: this.copyMark() };
        this.removeSimpleKey();
        this.simpleKeys[this.simpleKeys.length - 1] = key;
        this.simpleKeysByToken.set(key.tokenNumber, this.simpleKeys.length - 1);
    }
    removeSimpleKey() {
        const k = this.simpleKeys[this.simpleKeys.length - 1];
        if (k.possible) {
            if (k.required)
                throw new YamlSyntaxFailure(true, "could not find expected ':'", this.copyMark(), k.mark);
            k.possible = false;
            this.simpleKeysByToken.delete(k.tokenNumber);
        }
    }
    increaseFlowLevel() {
        this.simpleKeys.push({ possible: false, required: false, tokenNumber: this.parsed + (this.tokens.length - this.head), mark: this.copyMark() });
        this.flowLevel++;
        if (this.flowLevel > 10000)
            throw new YamlSyntaxFailure(true, 'exceeded max depth of 10000', this.copyMark(), this.simpleKeys[this.simpleKeys.length - 1].mark);
    }
    decreaseFlowLevel() {
        if (this.flowLevel > 0) {
            this.flowLevel--;
            const last = this.simpleKeys.pop();
            this.simpleKeysByToken.delete(last.tokenNumber);
        }
    }
    rollIndent(column, number, typ, mark) {
        if (this.flowLevel > 0)
            return;
        if (this.indent < column) {
            this.indents.push(this.indent);
            this.indent = column;
            if (this.indents.length > 10000)
                throw new YamlSyntaxFailure(true, 'exceeded max depth of 10000', this.copyMark(), this.simpleKeys[this.simpleKeys.length - 1].mark);
            this.insert(number > -1 ? number - this.parsed : -1, { typ, start: mark, end: mark });
        }
    }
    unrollIndent(column) {
        if (this.flowLevel > 0)
            return;
        while (this.indent > column) {
            this.insert(-1, { typ: T.BlockEnd, start: this.copyMark(), end: this.copyMark() });
            this.indent = this.indents.pop();
        }
    }
    simple(typ) {
        const start = this.copyMark();
        this.skip();
        this.insert(-1, { typ, start, end: this.copyMark() });
    }
    fetchNextToken() {
        if (!this.streamStartProduced) {
            this.indent = -1;
            this.simpleKeys.push({ possible: false, required: false, tokenNumber: 0, mark: this.copyMark() });
            this.simpleKeyAllowed = true;
            this.streamStartProduced = true;
            this.insert(-1, { typ: T.StreamStart, start: this.copyMark(), end: this.copyMark() });
            return;
        }
        this.scanToNextToken();
        this.unrollIndent(this.mark.column);
        if (this.isZ()) {
            if (this.mark.column !== 0) {
                this.mark.column = 0;
                this.mark.line++;
            }
            this.unrollIndent(-1);
            this.removeSimpleKey();
            this.simpleKeyAllowed = false;
            this.insert(-1, { typ: T.StreamEnd, start: this.copyMark(), end: this.copyMark() });
            return;
        }
        const c = this.at();
        if (this.mark.column === 0 && c === '%')
            return this.fetchDirective();
        if (this.mark.column === 0 && ((c === '-' && this.at(1) === '-' && this.at(2) === '-') || (c === '.' && this.at(1) === '.' && this.at(2) === '.')) && this.isBlankZ(3)) {
            this.unrollIndent(-1);
            this.removeSimpleKey();
            this.simpleKeyAllowed = false;
            const start = this.copyMark();
            this.skip();
            this.skip();
            this.skip();
            this.insert(-1, { typ: c === '-' ? T.DocumentStart : T.DocumentEnd, start, end: this.copyMark() });
            return;
        }
        if (c === '[' || c === '{') {
            this.saveSimpleKey();
            this.increaseFlowLevel();
            this.simpleKeyAllowed = true;
            return this.simple(c === '[' ? T.FlowSequenceStart : T.FlowMappingStart);
        }
        if (c === ']' || c === '}') {
            this.removeSimpleKey();
            this.decreaseFlowLevel();
            this.simpleKeyAllowed = false;
            return this.simple(c === ']' ? T.FlowSequenceEnd : T.FlowMappingEnd);
        }
        if (c === ',') {
            this.removeSimpleKey();
            this.simpleKeyAllowed = true;
            return this.simple(T.FlowEntry);
        }
        if (c === '-' && this.isBlankZ(1)) {
            if (this.flowLevel === 0) {
                if (!this.simpleKeyAllowed)
                    this.fail('block sequence entries are not allowed in this context');
                this.rollIndent(this.mark.column, -1, T.BlockSequenceStart, this.copyMark());
            }
            this.removeSimpleKey();
            this.simpleKeyAllowed = true;
            return this.simple(T.BlockEntry);
        }
        if (c === '?' && (this.flowLevel > 0 || this.isBlankZ(1))) {
            if (this.flowLevel === 0) {
                if (!this.simpleKeyAllowed)
                    this.fail('mapping keys are not allowed in this context');
                this.rollIndent(this.mark.column, -1, T.BlockMappingStart, this.copyMark());
            }
            this.removeSimpleKey();
            this.simpleKeyAllowed = this.flowLevel === 0;
            return this.simple(T.Key);
        }
        if (c === ':' && (this.flowLevel > 0 || this.isBlankZ(1)))
            return this.fetchValue();
        if (c === '*' || c === '&') {
            this.saveSimpleKey();
            this.simpleKeyAllowed = false;
            return this.scanAnchor(c === '*' ? T.Alias : T.Anchor);
        }
        if (c === '!') {
            this.saveSimpleKey();
            this.simpleKeyAllowed = false;
            return this.scanTag();
        }
        if ((c === '|' || c === '>') && this.flowLevel === 0) {
            this.removeSimpleKey();
            this.simpleKeyAllowed = true;
            return this.scanBlockScalar();
        }
        if (c === "'" || c === '"') {
            this.saveSimpleKey();
            this.simpleKeyAllowed = false;
            return this.scanFlowScalar(c === "'");
        }
        if (!(this.isBlankZ() || '-?:,[]{}#&*!|>\'"%@`'.includes(c)) ||
            (c === '-' && !isBlank(this.at(1))) ||
            (this.flowLevel === 0 && (c === '?' || c === ':') && !this.isBlankZ(1))) {
            this.saveSimpleKey();
            this.simpleKeyAllowed = false;
            return this.scanPlainScalar();
        }
        this.fail('found character that cannot start any token', this.copyMark());
    }
    fetchValue() {
        const k = this.simpleKeys[this.simpleKeys.length - 1];
        if (this.simpleKeyIsValid(k)) {
            this.insert(k.tokenNumber - this.parsed, { typ: T.Key, start: k.mark, end: k.mark });
            this.rollIndent(k.mark.column, k.tokenNumber, T.BlockMappingStart, k.mark);
            k.possible = false;
            this.simpleKeysByToken.delete(k.tokenNumber);
            this.simpleKeyAllowed = false;
        }
        else {
            if (this.flowLevel === 0) {
                if (!this.simpleKeyAllowed)
                    this.fail('mapping values are not allowed in this context');
                this.rollIndent(this.mark.column, -1, T.BlockMappingStart, this.copyMark());
            }
            this.simpleKeyAllowed = this.flowLevel === 0;
        }
        this.simple(T.Value);
    }
    scanToNextToken() {
        for (;;) {
            if (this.mark.column === 0 && this.at() === '\ufeff')
                this.skip();
            while (this.at() === ' ' || ((this.flowLevel > 0 || !this.simpleKeyAllowed) && this.at() === '\t'))
                this.skip();
            if (this.at() === '#')
                while (!this.isBreakZ())
                    this.skip();
            if (!this.isZ() && isBreak(this.at())) {
                this.skipLine();
                if (this.flowLevel === 0)
                    this.simpleKeyAllowed = true;
            }
            else
                break;
        }
    }
    fetchDirective() {
        this.unrollIndent(-1);
        this.removeSimpleKey();
        this.simpleKeyAllowed = false;
        const start = this.copyMark();
        this.skip();
        let name = '';
        while (isAlpha(this.at())) {
            name += this.at();
            this.skip();
        }
        if (name === '')
            this.fail('could not find expected directive name', start);
        if (!this.isBlankZ())
            this.fail('found unexpected non-alphabetical character', start);
        let token;
        if (name === 'YAML') {
            while (isBlank(this.at()))
                this.skip();
            const major = this.versionNumber(start);
            if (this.at() !== '.')
                this.fail('did not find expected digit or \'.\' character', start);
            this.skip();
            const minor = this.versionNumber(start);
            token = { typ: T.VersionDirective, start, end: this.copyMark(), major, minor };
        }
        else if (name === 'TAG') {
            while (isBlank(this.at()))
                this.skip();
            const handle = this.tagHandle(true, start);
            if (!isBlank(this.at()))
                this.fail('did not find expected whitespace', start);
            while (isBlank(this.at()))
                this.skip();
            this.tagUri(true, '', start);
            if (!this.isBlankZ())
                this.fail('did not find expected whitespace or line break', start);
            token = { typ: T.TagDirective, start, end: this.copyMark(), value: handle };
        }
        else {
            this.fail('found unknown directive name', start);
        }
        while (isBlank(this.at()))
            this.skip();
        if (this.at() === '#')
            while (!this.isBreakZ())
                this.skip();
        if (!this.isBreakZ())
            this.fail('did not find expected comment or line break', start);
        if (!this.isZ())
            this.skipLine();
        this.insert(-1, token);
    }
    versionNumber(start) {
        let value = 0;
        let length = 0;
        while (isDigit(this.at())) {
            if (++length > 9)
                this.fail('found extremely long version number', start);
            value = value * 10 + Number(this.at());
            this.skip();
        }
        if (length === 0)
            this.fail('did not find expected version number', start);
        return value;
    }
    scanAnchor(typ) {
        const start = this.copyMark();
        this.skip();
        let name = '';
        while (isAlpha(this.at())) {
            name += this.at();
            this.skip();
        }
        const end = this.copyMark();
        if (name === '' || !(this.isBlankZ() || '?:,]}%@`'.includes(this.at()))) {
            this.fail('did not find expected alphabetic or numeric character', start);
        }
        this.insert(-1, { typ, start, end, value: name });
    }
    scanTag() {
        const start = this.copyMark();
        let handle = '';
        if (this.at(1) === '<') {
            this.skip();
            this.skip();
            this.tagUri(false, '', start);
            if (this.at() !== '>')
                this.fail("did not find the expected '>'", start);
            this.skip();
        }
        else {
            handle = this.tagHandle(false, start);
            if (handle[0] === '!' && handle.length > 1 && handle.endsWith('!'))
                this.tagUri(false, '', start);
            else {
                const suffix = this.tagUri(false, handle, start);
                handle = suffix === '' ? '' : '!';
            }
        }
        if (!this.isBlankZ())
            this.fail('did not find expected whitespace or line break', start);
        this.insert(-1, { typ: T.Tag, start, end: this.copyMark(), value: handle });
    }
    tagHandle(directive, start) {
        if (this.at() !== '!')
            this.fail('did not find expected \'!\'', start);
        let s = '!';
        this.skip();
        while (isAlpha(this.at())) {
            s += this.at();
            this.skip();
        }
        if (this.at() === '!') {
            s += '!';
            this.skip();
        }
        else if (directive && s !== '!')
            this.fail('did not find expected \'!\'', start);
        return s;
    }
    /** The URI's characters; `head` (a handle without its closing '!') counts as part of it. */
    tagUri(directive, head, start) {
        let s = head.length > 1 ? head.slice(1) : '';
        let hasTag = head.length > 0;
        while (isAlpha(this.at()) || ";/?:@&=+$,.!~*'()[]%".includes(this.at())) {
            if (this.at() === '%')
                s += this.uriEscapes(directive, start);
            else {
                s += this.at();
                this.skip();
            }
            hasTag = true;
        }
        if (!hasTag)
            this.fail('did not find expected tag URI', start);
        return s;
    }
    uriEscapes(directive, start) {
        let w = 1024;
        while (w > 0) {
            if (!(this.at() === '%' && isHex(this.at(1)) && isHex(this.at(2))))
                this.fail('did not find URI escaped octet', start);
            const octet = parseInt(this.at(1) + this.at(2), 16);
            if (w === 1024) {
                w = (octet & 0x80) === 0 ? 1 : (octet & 0xe0) === 0xc0 ? 2 : (octet & 0xf0) === 0xe0 ? 3 : (octet & 0xf8) === 0xf0 ? 4 : 0;
                if (w === 0)
                    this.fail('found an incorrect leading UTF-8 octet', start);
            }
            else if ((octet & 0xc0) !== 0x80)
                this.fail('found an incorrect trailing UTF-8 octet', start);
            this.skip();
            this.skip();
            this.skip();
            w--;
        }
        return '%';
    }
    scanBlockScalar() {
        const start = this.copyMark();
        this.skip();
        let increment = 0;
        if (this.at() === '+' || this.at() === '-') {
            this.skip();
            if (isDigit(this.at())) {
                if (this.at() === '0')
                    this.fail('found an indentation indicator equal to 0', start);
                increment = Number(this.at());
                this.skip();
            }
        }
        else if (isDigit(this.at())) {
            if (this.at() === '0')
                this.fail('found an indentation indicator equal to 0', start);
            increment = Number(this.at());
            this.skip();
            if (this.at() === '+' || this.at() === '-')
                this.skip();
        }
        while (isBlank(this.at()))
            this.skip();
        if (this.at() === '#')
            while (!this.isBreakZ())
                this.skip();
        if (!this.isBreakZ())
            this.fail('did not find expected comment or line break', start);
        if (!this.isZ())
            this.skipLine();
        let end = this.copyMark();
        let indent = increment > 0 ? (this.indent >= 0 ? this.indent + increment : increment) : 0;
        const breaks = () => {
            end = this.copyMark();
            let maxIndent = 0;
            for (;;) {
                while ((indent === 0 || this.mark.column < indent) && this.at() === ' ')
                    this.skip();
                if (this.mark.column > maxIndent)
                    maxIndent = this.mark.column;
                if ((indent === 0 || this.mark.column < indent) && this.at() === '\t')
                    this.fail('found a tab character where an indentation space is expected', start);
                if (this.isZ() || !isBreak(this.at()))
                    break;
                this.skipLine();
                end = this.copyMark();
            }
            if (indent === 0) {
                indent = Math.max(maxIndent, this.indent + 1, 1);
            }
        };
        breaks();
        while (this.mark.column === indent && !this.isZ()) {
            while (!this.isBreakZ())
                this.skip();
            if (!this.isZ())
                this.skipLine();
            breaks();
        }
        this.insert(-1, { typ: T.Scalar, start, end });
    }
    scanFlowScalar(single) {
        const start = this.copyMark();
        this.skip();
        for (;;) {
            const c0 = this.at();
            if (this.mark.column === 0 && ((c0 === '-' && this.at(1) === '-' && this.at(2) === '-') || (c0 === '.' && this.at(1) === '.' && this.at(2) === '.')) && this.isBlankZ(3)) {
                this.fail('found unexpected document indicator', start);
            }
            if (this.isZ())
                this.fail('found unexpected end of stream', start);
            let leadingBlanks = false;
            while (!this.isBlankZ()) {
                const c = this.at();
                if (single && c === "'" && this.at(1) === "'") {
                    this.skip();
                    this.skip();
                }
                else if (single && c === "'")
                    break;
                else if (!single && c === '"')
                    break;
                else if (!single && c === '\\' && !this.isZ(1) && isBreak(this.at(1))) {
                    this.skip();
                    this.skipLine();
                    leadingBlanks = true;
                    break;
                }
                else if (!single && c === '\\') {
                    const e = this.at(1);
                    const length = e === 'x' ? 2 : e === 'u' ? 4 : e === 'U' ? 8 : 0;
                    if (length === 0 && !'0abt\tnvfre "\'\\N_LP'.includes(e))
                        this.fail('found unknown escape character', start);
                    this.skip();
                    this.skip();
                    if (length > 0) {
                        let value = 0;
                        for (let k = 0; k < length; k++) {
                            if (!isHex(this.at(k)))
                                this.fail('did not find expected hexdecimal number', start);
                            value = value * 16 + parseInt(this.at(k), 16);
                        }
                        if ((value >= 0xd800 && value <= 0xdfff) || value > 0x10ffff)
                            this.fail('found invalid Unicode character escape code', start);
                        for (let k = 0; k < length; k++)
                            this.skip();
                    }
                }
                else
                    this.skip();
            }
            if (single ? this.at() === "'" : this.at() === '"')
                break;
            while (isBlank(this.at()) || (!this.isZ() && isBreak(this.at()))) {
                if (isBlank(this.at()))
                    this.skip();
                else
                    this.skipLine();
            }
        }
        this.skip();
        this.insert(-1, { typ: T.Scalar, start, end: this.copyMark() });
    }
    scanPlainScalar() {
        const start = this.copyMark();
        let end = this.copyMark();
        const indent = this.indent + 1;
        let leadingBlanks = false;
        for (;;) {
            const c0 = this.at();
            if (this.mark.column === 0 && ((c0 === '-' && this.at(1) === '-' && this.at(2) === '-') || (c0 === '.' && this.at(1) === '.' && this.at(2) === '.')) && this.isBlankZ(3))
                break;
            if (this.at() === '#')
                break;
            while (!this.isBlankZ()) {
                const c = this.at();
                if ((c === ':' && this.isBlankZ(1)) || (this.flowLevel > 0 && ',?[]{}'.includes(c)))
                    break;
                leadingBlanks = false;
                this.skip();
                end = this.copyMark();
            }
            if (!(isBlank(this.at()) || (!this.isZ() && isBreak(this.at()))))
                break;
            while (isBlank(this.at()) || (!this.isZ() && isBreak(this.at()))) {
                if (isBlank(this.at())) {
                    if (leadingBlanks && this.mark.column < indent && this.at() === '\t')
                        this.fail('found a tab character that violates indentation', start);
                    this.skip();
                }
                else {
                    this.skipLine();
                    leadingBlanks = true;
                }
            }
            if (this.flowLevel === 0 && this.mark.column < indent)
                break;
        }
        this.insert(-1, { typ: T.Scalar, start, end, plain: true, value: this.s.slice(start.index, end.index) });
        if (leadingBlanks)
            this.simpleKeyAllowed = true;
    }
}
var S;
(function (S) {
    S[S["StreamStart"] = 0] = "StreamStart";
    S[S["ImplicitDocumentStart"] = 1] = "ImplicitDocumentStart";
    S[S["DocumentStart"] = 2] = "DocumentStart";
    S[S["DocumentContent"] = 3] = "DocumentContent";
    S[S["DocumentEnd"] = 4] = "DocumentEnd";
    S[S["BlockNode"] = 5] = "BlockNode";
    S[S["BlockNodeOrIndentlessSequence"] = 6] = "BlockNodeOrIndentlessSequence";
    S[S["FlowNode"] = 7] = "FlowNode";
    S[S["BlockSequenceFirstEntry"] = 8] = "BlockSequenceFirstEntry";
    S[S["BlockSequenceEntry"] = 9] = "BlockSequenceEntry";
    S[S["IndentlessSequenceEntry"] = 10] = "IndentlessSequenceEntry";
    S[S["BlockMappingFirstKey"] = 11] = "BlockMappingFirstKey";
    S[S["BlockMappingKey"] = 12] = "BlockMappingKey";
    S[S["BlockMappingValue"] = 13] = "BlockMappingValue";
    S[S["FlowSequenceFirstEntry"] = 14] = "FlowSequenceFirstEntry";
    S[S["FlowSequenceEntry"] = 15] = "FlowSequenceEntry";
    S[S["FlowSequenceEntryMappingKey"] = 16] = "FlowSequenceEntryMappingKey";
    S[S["FlowSequenceEntryMappingValue"] = 17] = "FlowSequenceEntryMappingValue";
    S[S["FlowSequenceEntryMappingEnd"] = 18] = "FlowSequenceEntryMappingEnd";
    S[S["FlowMappingFirstKey"] = 19] = "FlowMappingFirstKey";
    S[S["FlowMappingKey"] = 20] = "FlowMappingKey";
    S[S["FlowMappingValue"] = 21] = "FlowMappingValue";
    S[S["FlowMappingEmptyValue"] = 22] = "FlowMappingEmptyValue";
    S[S["End"] = 23] = "End";
})(S || (S = {}));
/** What the parser produced at one step, as far as decode.go cares. */
var E;
(function (E) {
    E[E["None"] = 0] = "None";
    E[E["StreamStart"] = 1] = "StreamStart";
    E[E["StreamEnd"] = 2] = "StreamEnd";
    E[E["DocumentStart"] = 3] = "DocumentStart";
    E[E["DocumentEnd"] = 4] = "DocumentEnd";
    E[E["Alias"] = 5] = "Alias";
    E[E["Scalar"] = 6] = "Scalar";
    E[E["SequenceStart"] = 7] = "SequenceStart";
    E[E["SequenceEnd"] = 8] = "SequenceEnd";
    E[E["MappingStart"] = 9] = "MappingStart";
    E[E["MappingEnd"] = 10] = "MappingEnd";
})(E || (E = {}));
class Parser {
    sc;
    state = S.StreamStart;
    states = [];
    marks = [];
    tagHandles = new Set();
    /** The anchor or alias name of the last event. */
    name = '';
    /** The last scalar event is the implicit `<<` key of a merge. */
    mergeKey = false;
    constructor(sc) {
        this.sc = sc;
    }
    error(problem, problemMark, contextMark) {
        throw new YamlSyntaxFailure(false, problem, problemMark, contextMark);
    }
    pop() {
        return this.states.pop();
    }
    next() {
        if (this.sc.streamEndProduced || this.state === S.End)
            return E.None;
        this.name = '';
        this.mergeKey = false;
        const sc = this.sc;
        switch (this.state) {
            case S.StreamStart: {
                const t = sc.peek();
                if (t.typ !== T.StreamStart)
                    this.error('did not find expected <stream-start>', t.start);
                this.state = S.ImplicitDocumentStart;
                sc.skipToken();
                return E.StreamStart;
            }
            case S.ImplicitDocumentStart:
            case S.DocumentStart: {
                const implicit = this.state === S.ImplicitDocumentStart;
                let t = sc.peek();
                if (!implicit) {
                    while (t.typ === T.DocumentEnd) {
                        sc.skipToken();
                        t = sc.peek();
                    }
                }
                if (implicit && t.typ !== T.VersionDirective && t.typ !== T.TagDirective && t.typ !== T.DocumentStart && t.typ !== T.StreamEnd) {
                    this.directives();
                    this.states.push(S.DocumentEnd);
                    this.state = S.BlockNode;
                    return E.DocumentStart;
                }
                if (t.typ !== T.StreamEnd) {
                    this.directives();
                    t = sc.peek();
                    if (t.typ !== T.DocumentStart)
                        this.error('did not find expected <document start>', t.start);
                    this.states.push(S.DocumentEnd);
                    this.state = S.DocumentContent;
                    sc.skipToken();
                    return E.DocumentStart;
                }
                this.state = S.End;
                sc.skipToken();
                return E.StreamEnd;
            }
            case S.DocumentContent: {
                const t = sc.peek();
                if (t.typ === T.VersionDirective || t.typ === T.TagDirective || t.typ === T.DocumentStart || t.typ === T.DocumentEnd || t.typ === T.StreamEnd) {
                    this.state = this.pop();
                    return E.Scalar;
                }
                return this.node(true, false);
            }
            case S.DocumentEnd: {
                const t = sc.peek();
                if (t.typ === T.DocumentEnd)
                    sc.skipToken();
                this.tagHandles.clear();
                this.state = S.DocumentStart;
                return E.DocumentEnd;
            }
            case S.BlockNode:
                return this.node(true, false);
            case S.BlockNodeOrIndentlessSequence:
                return this.node(true, true);
            case S.FlowNode:
                return this.node(false, false);
            case S.BlockSequenceFirstEntry:
            case S.BlockSequenceEntry: {
                if (this.state === S.BlockSequenceFirstEntry) {
                    this.marks.push(sc.peek().start);
                    sc.skipToken();
                }
                let t = sc.peek();
                if (t.typ === T.BlockEntry) {
                    sc.skipToken();
                    t = sc.peek();
                    if (t.typ !== T.BlockEntry && t.typ !== T.BlockEnd) {
                        this.states.push(S.BlockSequenceEntry);
                        return this.node(true, false);
                    }
                    this.state = S.BlockSequenceEntry;
                    return E.Scalar;
                }
                if (t.typ === T.BlockEnd) {
                    this.state = this.pop();
                    this.marks.pop();
                    sc.skipToken();
                    return E.SequenceEnd;
                }
                this.error("did not find expected '-' indicator", t.start, this.marks.pop());
                break;
            }
            case S.IndentlessSequenceEntry: {
                let t = sc.peek();
                if (t.typ === T.BlockEntry) {
                    sc.skipToken();
                    t = sc.peek();
                    if (t.typ !== T.BlockEntry && t.typ !== T.Key && t.typ !== T.Value && t.typ !== T.BlockEnd) {
                        this.states.push(S.IndentlessSequenceEntry);
                        return this.node(true, false);
                    }
                    this.state = S.IndentlessSequenceEntry;
                    return E.Scalar;
                }
                this.state = this.pop();
                return E.SequenceEnd;
            }
            case S.BlockMappingFirstKey:
            case S.BlockMappingKey: {
                if (this.state === S.BlockMappingFirstKey) {
                    this.marks.push(sc.peek().start);
                    sc.skipToken();
                }
                let t = sc.peek();
                if (t.typ === T.Key) {
                    sc.skipToken();
                    t = sc.peek();
                    if (t.typ !== T.Key && t.typ !== T.Value && t.typ !== T.BlockEnd) {
                        this.states.push(S.BlockMappingValue);
                        return this.node(true, true);
                    }
                    this.state = S.BlockMappingValue;
                    return E.Scalar;
                }
                if (t.typ === T.BlockEnd) {
                    this.state = this.pop();
                    this.marks.pop();
                    sc.skipToken();
                    return E.MappingEnd;
                }
                this.error('did not find expected key', t.start, this.marks.pop());
                break;
            }
            case S.BlockMappingValue: {
                let t = sc.peek();
                if (t.typ === T.Value) {
                    sc.skipToken();
                    t = sc.peek();
                    if (t.typ !== T.Key && t.typ !== T.Value && t.typ !== T.BlockEnd) {
                        this.states.push(S.BlockMappingKey);
                        return this.node(true, true);
                    }
                }
                this.state = S.BlockMappingKey;
                return E.Scalar;
            }
            case S.FlowSequenceFirstEntry:
            case S.FlowSequenceEntry: {
                const first = this.state === S.FlowSequenceFirstEntry;
                if (first) {
                    this.marks.push(sc.peek().start);
                    sc.skipToken();
                }
                let t = sc.peek();
                if (t.typ !== T.FlowSequenceEnd) {
                    if (!first) {
                        if (t.typ === T.FlowEntry) {
                            sc.skipToken();
                            t = sc.peek();
                        }
                        else
                            this.error("did not find expected ',' or ']'", t.start, this.marks.pop());
                    }
                    if (t.typ === T.Key) {
                        this.state = S.FlowSequenceEntryMappingKey;
                        sc.skipToken();
                        return E.MappingStart;
                    }
                    if (t.typ !== T.FlowSequenceEnd) {
                        this.states.push(S.FlowSequenceEntry);
                        return this.node(false, false);
                    }
                }
                this.state = this.pop();
                this.marks.pop();
                sc.skipToken();
                return E.SequenceEnd;
            }
            case S.FlowSequenceEntryMappingKey: {
                const t = sc.peek();
                if (t.typ !== T.Value && t.typ !== T.FlowEntry && t.typ !== T.FlowSequenceEnd) {
                    this.states.push(S.FlowSequenceEntryMappingValue);
                    return this.node(false, false);
                }
                sc.skipToken();
                this.state = S.FlowSequenceEntryMappingValue;
                return E.Scalar;
            }
            case S.FlowSequenceEntryMappingValue: {
                const t = sc.peek();
                if (t.typ === T.Value) {
                    sc.skipToken();
                    const u = sc.peek();
                    if (u.typ !== T.FlowEntry && u.typ !== T.FlowSequenceEnd) {
                        this.states.push(S.FlowSequenceEntryMappingEnd);
                        return this.node(false, false);
                    }
                }
                this.state = S.FlowSequenceEntryMappingEnd;
                return E.Scalar;
            }
            case S.FlowSequenceEntryMappingEnd:
                sc.peek();
                this.state = S.FlowSequenceEntry;
                return E.MappingEnd;
            case S.FlowMappingFirstKey:
            case S.FlowMappingKey: {
                const first = this.state === S.FlowMappingFirstKey;
                if (first) {
                    this.marks.push(sc.peek().start);
                    sc.skipToken();
                }
                let t = sc.peek();
                if (t.typ !== T.FlowMappingEnd) {
                    if (!first) {
                        if (t.typ === T.FlowEntry) {
                            sc.skipToken();
                            t = sc.peek();
                        }
                        else
                            this.error("did not find expected ',' or '}'", t.start, this.marks.pop());
                    }
                    if (t.typ === T.Key) {
                        sc.skipToken();
                        t = sc.peek();
                        if (t.typ !== T.Value && t.typ !== T.FlowEntry && t.typ !== T.FlowMappingEnd) {
                            this.states.push(S.FlowMappingValue);
                            return this.node(false, false);
                        }
                        this.state = S.FlowMappingValue;
                        return E.Scalar;
                    }
                    if (t.typ !== T.FlowMappingEnd) {
                        this.states.push(S.FlowMappingEmptyValue);
                        return this.node(false, false);
                    }
                }
                this.state = this.pop();
                this.marks.pop();
                sc.skipToken();
                return E.MappingEnd;
            }
            case S.FlowMappingValue:
            case S.FlowMappingEmptyValue: {
                const t = sc.peek();
                if (this.state === S.FlowMappingEmptyValue) {
                    this.state = S.FlowMappingKey;
                    return E.Scalar;
                }
                if (t.typ === T.Value) {
                    sc.skipToken();
                    const u = sc.peek();
                    if (u.typ !== T.FlowEntry && u.typ !== T.FlowMappingEnd) {
                        this.states.push(S.FlowMappingKey);
                        return this.node(false, false);
                    }
                }
                this.state = S.FlowMappingKey;
                return E.Scalar;
            }
        }
        return E.None;
    }
    directives() {
        const sc = this.sc;
        let t = sc.peek();
        let version = false;
        while (t.typ === T.VersionDirective || t.typ === T.TagDirective) {
            if (t.typ === T.VersionDirective) {
                if (version)
                    this.error('found duplicate %YAML directive', t.start);
                if (t.major !== 1 || t.minor !== 1)
                    this.error('found incompatible YAML document', t.start);
                version = true;
            }
            else {
                if (this.tagHandles.has(t.value))
                    this.error('found duplicate %TAG directive', t.start);
                this.tagHandles.add(t.value);
            }
            sc.skipToken();
            t = sc.peek();
        }
        this.tagHandles.add('!');
        this.tagHandles.add('!!');
    }
    node(block, indentlessSequence) {
        const sc = this.sc;
        let t = sc.peek();
        if (t.typ === T.Alias) {
            this.state = this.pop();
            this.name = t.value;
            sc.skipToken();
            return E.Alias;
        }
        let start = t.start;
        let tagHandle;
        let tagMark = t.start;
        let hasProperties = false;
        if (t.typ === T.Anchor) {
            this.name = t.value;
            hasProperties = true;
            sc.skipToken();
            t = sc.peek();
            if (t.typ === T.Tag) {
                tagHandle = t.value;
                tagMark = t.start;
                sc.skipToken();
                t = sc.peek();
            }
        }
        else if (t.typ === T.Tag) {
            tagHandle = t.value;
            start = t.start;
            tagMark = t.start;
            hasProperties = true;
            sc.skipToken();
            t = sc.peek();
            if (t.typ === T.Anchor) {
                this.name = t.value;
                sc.skipToken();
                t = sc.peek();
            }
        }
        if (tagHandle !== undefined && tagHandle !== '' && !this.tagHandles.has(tagHandle)) {
            this.error('found undefined tag handle', tagMark, start);
        }
        if (indentlessSequence && t.typ === T.BlockEntry) {
            this.state = S.IndentlessSequenceEntry;
            return E.SequenceStart;
        }
        if (t.typ === T.Scalar) {
            this.state = this.pop();
            this.mergeKey = t.plain === true && t.value === '<<' && (tagHandle === undefined || tagHandle === '');
            sc.skipToken();
            return E.Scalar;
        }
        if (t.typ === T.FlowSequenceStart) {
            this.state = S.FlowSequenceFirstEntry;
            return E.SequenceStart;
        }
        if (t.typ === T.FlowMappingStart) {
            this.state = S.FlowMappingFirstKey;
            return E.MappingStart;
        }
        if (block && t.typ === T.BlockSequenceStart) {
            this.state = S.BlockSequenceFirstEntry;
            return E.SequenceStart;
        }
        if (block && t.typ === T.BlockMappingStart) {
            this.state = S.BlockMappingFirstKey;
            return E.MappingStart;
        }
        if (hasProperties) {
            this.state = this.pop();
            return E.Scalar;
        }
        this.error('did not find expected node content', t.start, start);
    }
}
/**
 * decode.go's fail(): the line of the problem (scanner errors one-based, parser errors zero-based, as go-yaml
 * counts them), else of the context; none when that is 0.
 */
function failText(f) {
    let line = 0;
    if (f.problemMark !== undefined && f.problemMark.line !== 0)
        line = f.problemMark.line + (f.scanner ? 1 : 0);
    else if (f.contextMark !== undefined && f.contextMark.line !== 0)
        line = f.contextMark.line;
    const at = f.problemMark ?? f.contextMark;
    return { message: line !== 0 ? `line ${line}: ${f.problem}` : f.problem, ...(at !== undefined ? { line: at.line + 1 } : {}) };
}
/**
 * decode.go's unmarshal walk over the parsed document for the errors it raises itself: a merge value that is not a
 * mapping (or a sequence of them) and an alias inside its own anchor.
 */
function checkDecode(root) {
    const activeAliases = new Set();
    const wantMap = () => {
        throw new DecodeFailure('map merge requires map or sequence of maps as the value');
    };
    const merge = (n) => {
        if (n.kind === 'mapping')
            return unmarshal(n);
        if (n.kind === 'alias') {
            if (n.target !== undefined && n.target.kind !== 'mapping')
                wantMap();
            return unmarshal(n);
        }
        if (n.kind === 'sequence') {
            for (let i = n.children.length - 1; i >= 0; i--) {
                const c = n.children[i];
                if (c.kind === 'alias') {
                    if (c.target !== undefined && c.target.kind !== 'mapping')
                        wantMap();
                }
                else if (c.kind !== 'mapping')
                    wantMap();
                unmarshal(c);
            }
            return;
        }
        wantMap();
    };
    const unmarshal = (n) => {
        switch (n.kind) {
            case 'alias':
                if (activeAliases.has(n))
                    throw new DecodeFailure(`anchor '${n.name}' value contains itself`);
                activeAliases.add(n);
                if (n.target !== undefined)
                    unmarshal(n.target);
                activeAliases.delete(n);
                return;
            case 'sequence':
                for (const c of n.children)
                    unmarshal(c);
                return;
            case 'mapping':
                for (let i = 0; i + 1 < n.children.length; i += 2) {
                    if (n.children[i].mergeKey)
                        merge(n.children[i + 1]);
                    else {
                        unmarshal(n.children[i]);
                        unmarshal(n.children[i + 1]);
                    }
                }
        }
    };
    if (root !== undefined)
        unmarshal(root);
}
/**
 * go-yaml v2's error for the first document of `text` as yaml.Unmarshal words it after `yaml: ` (`line 3: did not
 * find expected key`, `unknown anchor 'a' referenced`), or undefined when it reads the document without one.
 * The reader's own checks (encoding, control characters) are yamlReader.ts's; sigs.k8s.io/yaml's conversion of the
 * result to JSON (map keys, NaN) comes after and is goYamlValues.ts's.
 */
function goYamlSyntaxError(text) {
    const parser = new Parser(new Scanner(text));
    const anchors = new Map();
    const open = [];
    let root;
    const add = (n) => {
        if (open.length > 0)
            open[open.length - 1].children.push(n);
        else
            root = n;
    };
    try {
        for (;;) {
            const e = parser.next();
            if (e === E.None || e === E.StreamEnd)
                return undefined;
            if (e === E.DocumentEnd) {
                checkDecode(root);
                return undefined;
            }
            if (e === E.Alias) {
                const target = anchors.get(parser.name);
                if (target === undefined)
                    throw new DecodeFailure(`unknown anchor '${parser.name}' referenced`);
                add({ kind: 'alias', children: [], mergeKey: false, name: parser.name, target });
            }
            else if (e === E.Scalar || e === E.SequenceStart || e === E.MappingStart) {
                const n = { kind: e === E.Scalar ? 'scalar' : e === E.SequenceStart ? 'sequence' : 'mapping', children: [], mergeKey: parser.mergeKey, name: parser.name };
                if (parser.name !== '')
                    anchors.set(parser.name, n);
                add(n);
                if (e !== E.Scalar)
                    open.push(n);
            }
            else if (e === E.SequenceEnd || e === E.MappingEnd)
                open.pop();
        }
    }
    catch (e) {
        if (e instanceof YamlSyntaxFailure)
            return failText(e);
        if (e instanceof DecodeFailure)
            return { message: e.message };
        throw e;
    }
}


/***/ }),

/***/ 34312:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ yamlReaderProblem)
/* harmony export */ });
/* harmony import */ var _template_goBytes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38390);
/**
 * The input checks of libyaml's reader (go-yaml's readerc.go), which every YAML Helm parses goes through before
 * any syntax: the bytes must be UTF-8 and every character printable. Its errors carry no line (`yaml: control
 * characters are not allowed`). js-yaml words these differently or, for bytes that are not UTF-8, cannot see
 * them at all (slipway keeps such bytes as described in template/goBytes.ts).
 */

/** Characters outside libyaml's printable set, and kept bytes of invalid UTF-8 (lone surrogates). */
const SUSPECT = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff]/;
/** libyaml's reader problem for a Go string, or undefined when the reader accepts it. */
function yamlReaderProblem(text) {
    if (!SUSPECT.test(text))
        return undefined;
    const b = (0,_template_goBytes_js__WEBPACK_IMPORTED_MODULE_0__/* .goStringBytes */ .Dd)(text);
    // A UTF-8 byte order mark starts the stream without being part of it.
    let i = b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? 3 : 0;
    while (i < b.length) {
        const lead = b[i];
        const width = (lead & 0x80) === 0 ? 1 : (lead & 0xe0) === 0xc0 ? 2 : (lead & 0xf0) === 0xe0 ? 3 : (lead & 0xf8) === 0xf0 ? 4 : 0;
        if (width === 0)
            return 'invalid leading UTF-8 octet';
        if (i + width > b.length)
            return 'incomplete UTF-8 octet sequence';
        let value = width === 1 ? lead & 0x7f : width === 2 ? lead & 0x1f : width === 3 ? lead & 0x0f : lead & 0x07;
        for (let k = 1; k < width; k++) {
            const octet = b[i + k];
            if ((octet & 0xc0) !== 0x80)
                return 'invalid trailing UTF-8 octet';
            value = (value << 6) + (octet & 0x3f);
        }
        if (!(width === 1 || (width === 2 && value >= 0x80) || (width === 3 && value >= 0x800) || (width === 4 && value >= 0x10000))) {
            return 'invalid length of a UTF-8 sequence';
        }
        if ((value >= 0xd800 && value <= 0xdfff) || value > 0x10ffff)
            return 'invalid Unicode character';
        const printable = value === 0x09 ||
            value === 0x0a ||
            value === 0x0d ||
            (value >= 0x20 && value <= 0x7e) ||
            value === 0x85 ||
            (value >= 0xa0 && value <= 0xd7ff) ||
            (value >= 0xe000 && value <= 0xfffd) ||
            (value >= 0x10000 && value <= 0x10ffff);
        if (!printable)
            return 'control characters are not allowed';
        i += width;
    }
    return undefined;
}


/***/ })

};
;
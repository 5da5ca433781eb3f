"use strict";
exports.id = 2812;
exports.ids = [2812];
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
/* harmony export */   dp: () => (/* binding */ byteLength),
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
/** Byte length of a Go string held as a JS string (Go strings are UTF-8 bytes). */
function byteLength(s) {
    let n = s.length;
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c < 0x80)
            continue;
        if (c < 0x800)
            n += 1;
        else if (c >= 0xdc80 && c <= 0xdcff)
            continue; // a byte kept from invalid UTF-8 (goBytes.ts): one byte
        else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
            n += 2; // a surrogate pair (2 UTF-16 units) is 4 bytes
            i++;
        }
        else
            n += 2;
    }
    return n;
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
const SIMPLE_ESCAPES = { '\\': '\\', '"': '"', '/': '/', n: '\n', t: '\t', r: '\r', '0': '\0' };
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
        return `cannot unmarshal yaml document: error converting YAML to JSON: yaml: line ${this.line}: ${this.message}`;
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
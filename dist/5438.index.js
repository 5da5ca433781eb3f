"use strict";
exports.id = 5438;
exports.ids = [5438];
exports.modules = {

/***/ 85655:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ defVariadic),
/* harmony export */   y: () => (/* binding */ def)
/* harmony export */ });
function def(params, body) {
    return { params, call: (_ctx, args) => body(...args) };
}
/** A function whose last parameter is variadic (`...elem`); the body gets the fixed arguments then an array. */
function defVariadic(params, elem, body) {
    const n = params.length;
    return { params, variadic: elem, call: (_ctx, args) => body(...args.slice(0, n), args.slice(n)) };
}


/***/ }),

/***/ 34029:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AE: () => (/* binding */ usingLibrary),
/* harmony export */   HE: () => (/* binding */ executeLoadingLibraries),
/* harmony export */   Ku: () => (/* binding */ certificatesLibrary),
/* harmony export */   Tj: () => (/* binding */ yamlLibrary),
/* harmony export */   kz: () => (/* binding */ re2jsLibrary),
/* harmony export */   rg: () => (/* binding */ prepareFunctionLibraries),
/* harmony export */   yD: () => (/* binding */ bcryptLibrary)
/* harmony export */ });
/* unused harmony exports LibraryNotLoaded, loadAllFunctionLibraries */
const loaded = {};
const importers = {
    re2js: async () => {
        loaded.re2js ??= await __webpack_require__.e(/* import() */ 2856).then(__webpack_require__.bind(__webpack_require__, 2856));
    },
    yaml: async () => {
        loaded.yaml ??= await __webpack_require__.e(/* import() */ 8815).then(__webpack_require__.t.bind(__webpack_require__, 38815, 19));
    },
    bcryptjs: async () => {
        // A CommonJS module: its exports are the default export of the namespace.
        loaded.bcryptjs ??= (await __webpack_require__.e(/* import() */ 6242).then(__webpack_require__.bind(__webpack_require__, 36242))).default;
    },
    certificates: async () => {
        loaded.certificates ??= await Promise.all(/* import() */[__webpack_require__.e(8542), __webpack_require__.e(9886), __webpack_require__.e(1570)]).then(__webpack_require__.bind(__webpack_require__, 31570));
    },
};
const LIBRARIES = Object.keys(importers);
/** Marks template functions whose bodies use `library` (read by prepareFunctionLibraries). */
function usingLibrary(library, functions) {
    for (const fn of Object.values(functions))
        fn.libraries = [...(fn.libraries ?? []), library];
    return functions;
}
/** Loads the libraries the functions named in `used` need (every parsed template's calls). */
async function prepareFunctionLibraries(funcs, used) {
    const needed = new Set();
    for (const name of used)
        for (const library of funcs.get(name)?.libraries ?? [])
            needed.add(library);
    await Promise.all(LIBRARIES.filter((l) => needed.has(l)).map((l) => importers[l]()));
}
/**
 * A function needed a library no parsed template announced (it came through `tpl`): not a template error — the
 * engine lets it through, and `executeLoadingLibraries` loads the library and runs the templates again.
 */
class LibraryNotLoaded extends Error {
    library;
    constructor(library) {
        super(`internal error: template function library "${library}" used before prepareFunctionLibraries loaded it`);
        this.library = library;
        this.name = 'LibraryNotLoaded';
    }
}
/** Runs `execute` until no function is missing its library, loading each as it is found missing. */
async function executeLoadingLibraries(execute) {
    for (;;) {
        try {
            return await execute();
        }
        catch (e) {
            if (!(e instanceof LibraryNotLoaded) || loaded[e.library] !== undefined)
                throw e;
            await importers[e.library]();
        }
    }
}
/** Loads every library (tests and benches that call the engine's synchronous API directly). */
async function loadAllFunctionLibraries() {
    await Promise.all(LIBRARIES.map((l) => importers[l]()));
}
function notPrepared(library) {
    throw new LibraryNotLoaded(library);
}
const re2jsLibrary = () => loaded.re2js ?? notPrepared('re2js');
const yamlLibrary = () => loaded.yaml ?? notPrepared('yaml');
const bcryptLibrary = () => loaded.bcryptjs ?? notPrepared('bcryptjs');
const certificatesLibrary = () => loaded.certificates ?? notPrepared('certificates');


/***/ }),

/***/ 83682:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KI: () => (/* binding */ timeQuote),
/* harmony export */   VF: () => (/* binding */ parseDurationE),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   ht: () => (/* binding */ truncateDuration),
/* harmony export */   iB: () => (/* binding */ MAX_DURATION),
/* harmony export */   wl: () => (/* binding */ MIN_DURATION),
/* harmony export */   xj: () => (/* binding */ roundDuration),
/* harmony export */   zo: () => (/* binding */ GoDuration)
/* harmony export */ });
/* unused harmony export parseDuration */
/* harmony import */ var _template_goErrors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(34402);
/* harmony import */ var _template_goValues_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(11787);
/** Go's time.Duration: int64 nanoseconds, ParseDuration and String() with Go's exact forms and errors. */


const SECOND = 1000000000n;
const MINUTE = 60n * SECOND;
const HOUR = 60n * MINUTE;
const MIN_DURATION = -(1n << 63n);
const MAX_DURATION = (1n << 63n) - 1n;
/** time package's quote: non-ASCII and control bytes as \xNN, quotes and backslashes escaped. */
function timeQuote(s) {
    let out = '"';
    for (const ch of s) {
        const cp = ch.codePointAt(0);
        if (cp >= 0x80 || cp < 0x20) {
            for (const b of Buffer.from(ch, 'utf8'))
                out += '\\x' + b.toString(16).padStart(2, '0');
        }
        else {
            if (ch === '"' || ch === '\\')
                out += '\\';
            out += ch;
        }
    }
    return out + '"';
}
/** Digits of v/10^prec after the point, trailing zeros dropped (Go's fmtFrac). */
function fraction(v, prec) {
    let digits = '';
    let print = false;
    for (let i = 0; i < prec; i++) {
        const digit = v % 10n;
        print ||= digit !== 0n;
        if (print)
            digits = digit.toString() + digits;
        v /= 10n;
    }
    return [print ? '.' + digits : '', v];
}
function formatDuration(d) {
    const neg = d < 0n;
    let u = neg ? -d : d;
    let out;
    if (u < SECOND) {
        if (u === 0n)
            return '0s';
        let unit;
        let prec;
        if (u < 1000n)
            [unit, prec] = ['ns', 0];
        else if (u < 1000000n)
            [unit, prec] = ['µs', 3];
        else
            [unit, prec] = ['ms', 6];
        const [frac, whole] = fraction(u, prec);
        out = whole.toString() + frac + unit;
    }
    else {
        const [frac, secs] = fraction(u, 9);
        u = secs;
        out = (u % 60n).toString() + frac + 's';
        u /= 60n;
        if (u > 0n) {
            out = (u % 60n).toString() + 'm' + out;
            u /= 60n;
            if (u > 0n)
                out = u.toString() + 'h' + out;
        }
    }
    return neg ? '-' + out : out;
}
const UNITS = {
    ns: 1n,
    us: 1000n,
    'µs': 1000n, // U+00B5
    'μs': 1000n, // U+03BC
    ms: 1000000n,
    s: SECOND,
    m: MINUTE,
    h: HOUR,
};
const LIMIT = 1n << 63n;
/** time.ParseDuration: the nanoseconds or Go's error text. */
function parseDurationE(orig) {
    let s = orig;
    let d = 0n;
    let neg = false;
    const invalid = `time: invalid duration ${timeQuote(orig)}`;
    if (s !== '' && (s[0] === '-' || s[0] === '+')) {
        neg = s[0] === '-';
        s = s.slice(1);
    }
    if (s === '0')
        return 0n;
    if (s === '')
        return invalid;
    while (s !== '') {
        if (!(s[0] === '.' || (s[0] >= '0' && s[0] <= '9')))
            return invalid;
        let i = 0;
        let v = 0n;
        while (i < s.length && s[i] >= '0' && s[i] <= '9') {
            if (v > LIMIT / 10n)
                return invalid;
            v = v * 10n + BigInt(s.charCodeAt(i) - 48);
            if (v > LIMIT)
                return invalid;
            i++;
        }
        const pre = i > 0;
        s = s.slice(i);
        let post = false;
        let f = 0n;
        let scale = 1;
        if (s !== '' && s[0] === '.') {
            s = s.slice(1);
            let j = 0;
            let overflow = false;
            while (j < s.length && s[j] >= '0' && s[j] <= '9') {
                if (!overflow) {
                    if (f > (LIMIT - 1n) / 10n)
                        overflow = true;
                    else {
                        const y = f * 10n + BigInt(s.charCodeAt(j) - 48);
                        if (y > LIMIT)
                            overflow = true;
                        else {
                            f = y;
                            scale *= 10;
                        }
                    }
                }
                j++;
            }
            post = j > 0;
            s = s.slice(j);
        }
        if (!pre && !post)
            return invalid;
        let k = 0;
        while (k < s.length && !(s[k] === '.' || (s[k] >= '0' && s[k] <= '9')))
            k++;
        if (k === 0)
            return `time: missing unit in duration ${timeQuote(orig)}`;
        const u = s.slice(0, k);
        s = s.slice(k);
        const unit = UNITS[u];
        if (unit === undefined)
            return `time: unknown unit ${timeQuote(u)} in duration ${timeQuote(orig)}`;
        if (v > LIMIT / unit)
            return invalid;
        v *= unit;
        if (f > 0n) {
            // Go computes the fraction in float64 and truncates: uint64(float64(f) * (float64(unit) / scale)).
            v += BigInt(Math.trunc(Number(f) * (Number(unit) / scale)));
            if (v > LIMIT)
                return invalid;
        }
        d += v;
        if (d > LIMIT)
            return invalid;
    }
    if (neg)
        return BigInt.asIntN(64, -d);
    if (d > MAX_DURATION)
        return invalid;
    return d;
}
/** Duration.Round. */
function roundDuration(d, m) {
    if (m <= 0n)
        return d;
    let r = d % m;
    const lessThanHalf = (x, y) => BigInt.asUintN(64, x + x) < BigInt.asUintN(64, y);
    if (d < 0n) {
        r = -r;
        if (lessThanHalf(r, m))
            return d + r;
        const d1 = d - m + r;
        return d1 < d && d1 >= MIN_DURATION ? d1 : MIN_DURATION;
    }
    if (lessThanHalf(r, m))
        return d - r;
    const d1 = d + m - r;
    return d1 > d && d1 <= MAX_DURATION ? d1 : MAX_DURATION;
}
function truncateDuration(d, m) {
    return m <= 0n ? d : d - (d % m);
}
/** A time.Duration value in a template: prints as String(), encodes to JSON as its integer. */
class GoDuration extends _template_goValues_js__WEBPACK_IMPORTED_MODULE_1__/* .GoObject */ .MV {
    ns;
    constructor(ns) {
        super();
        this.ns = ns;
    }
    goType() {
        return 'time.Duration';
    }
    goString() {
        return formatDuration(this.ns);
    }
    isTruthy() {
        return this.ns !== 0n;
    }
    methodSignature(name) {
        if (name === 'Round' || name === 'Truncate')
            return { params: ['time.Duration'] };
        return undefined;
    }
    marshalJSON() {
        return this.ns.toString();
    }
    String() {
        return formatDuration(this.ns);
    }
    Nanoseconds() {
        return new _template_goValues_js__WEBPACK_IMPORTED_MODULE_1__/* .GoInt */ .ov('int64', this.ns);
    }
    Microseconds() {
        return new _template_goValues_js__WEBPACK_IMPORTED_MODULE_1__/* .GoInt */ .ov('int64', this.ns / 1000n);
    }
    Milliseconds() {
        return new _template_goValues_js__WEBPACK_IMPORTED_MODULE_1__/* .GoInt */ .ov('int64', this.ns / 1000000n);
    }
    Seconds() {
        return Number(this.ns / SECOND) + Number(this.ns % SECOND) / 1e9;
    }
    Minutes() {
        return Number(this.ns / MINUTE) + Number(this.ns % MINUTE) / (60 * 1e9);
    }
    Hours() {
        return Number(this.ns / HOUR) + Number(this.ns % HOUR) / (60 * 60 * 1e9);
    }
    Round(m) {
        return new GoDuration(roundDuration(this.ns, m.ns));
    }
    Truncate(m) {
        return new GoDuration(truncateDuration(this.ns, m.ns));
    }
    Abs() {
        if (this.ns >= 0n)
            return this;
        return new GoDuration(this.ns === MIN_DURATION ? MAX_DURATION : -this.ns);
    }
}
function parseDuration(s) {
    const d = parseDurationE(s);
    if (typeof d === 'string')
        throw new GoError(d);
    return new GoDuration(d);
}


/***/ }),

/***/ 20372:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OZ: () => (/* binding */ unmarshalJSON),
/* harmony export */   az: () => (/* binding */ PartialJSONError),
/* harmony export */   cL: () => (/* binding */ unmarshalJSONInto),
/* harmony export */   lP: () => (/* binding */ marshalJSON),
/* harmony export */   q0: () => (/* binding */ encodeJSONString)
/* harmony export */ });
/* unused harmony export unmarshalJSONPartial */
/* harmony import */ var _template_goErrors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(34402);
/* harmony import */ var _template_goFloat_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(65463);
/* harmony import */ var _template_goValues_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(11787);
/* harmony import */ var _template_goBytes_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(38390);
/** encoding/json over the Go value representation: Marshal (sorted keys, HTML escaping) and Unmarshal with Go's error texts. */




function isMarshaler(v) {
    return v instanceof _template_goValues_js__WEBPACK_IMPORTED_MODULE_2__/* .GoObject */ .MV && typeof v.marshalJSON === 'function';
}
const HEX = '0123456789abcdef';
function encodeJSONString(s, escapeHTML) {
    let out = '"';
    let start = 0;
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        let esc;
        if (c < 0x20 || c === 0x22 || c === 0x5c || (escapeHTML && (c === 0x3c || c === 0x3e || c === 0x26)) || c === 0x2028 || c === 0x2029) {
            switch (c) {
                case 0x22:
                    esc = '\\"';
                    break;
                case 0x5c:
                    esc = '\\\\';
                    break;
                case 0x0a:
                    esc = '\\n';
                    break;
                case 0x0d:
                    esc = '\\r';
                    break;
                case 0x09:
                    esc = '\\t';
                    break;
                case 0x08:
                    esc = '\\b';
                    break;
                case 0x0c:
                    esc = '\\f';
                    break;
                default:
                    esc = '\\u' + (c < 0x100 ? '00' + HEX[c >> 4] + HEX[c & 15] : c.toString(16));
            }
        }
        else if (c >= 0xd800 && c <= 0xdfff) {
            // lone surrogates are invalid UTF-8 in Go: replaced by U+FFFD
            const hi = c <= 0xdbff && i + 1 < s.length && s.charCodeAt(i + 1) >= 0xdc00 && s.charCodeAt(i + 1) <= 0xdfff;
            if (hi) {
                i++;
                continue;
            }
            esc = '\\ufffd';
        }
        if (esc !== undefined) {
            out += s.slice(start, i) + esc;
            start = i + 1;
        }
    }
    return out + s.slice(start) + '"';
}
/** json.Marshal (escapeHTML) or an Encoder with SetEscapeHTML(false); indent for MarshalIndent. */
function marshalJSON(v, options = {}) {
    const escapeHTML = options.escapeHTML ?? true;
    const indent = options.indent;
    const enc = (x, depth) => {
        if (x === null || x === undefined)
            return 'null';
        switch (typeof x) {
            case 'string':
                return encodeJSONString(x, escapeHTML);
            case 'boolean':
                return x ? 'true' : 'false';
            case 'number':
                if (!Number.isFinite(x))
                    throw new _template_goErrors_js__WEBPACK_IMPORTED_MODULE_0__/* .GoError */ .nY(`json: unsupported value: ${Number.isNaN(x) ? 'NaN' : x > 0 ? '+Inf' : '-Inf'}`);
                return (0,_template_goFloat_js__WEBPACK_IMPORTED_MODULE_1__/* .formatJSONFloat */ .w)(x);
            case 'bigint':
                return x.toString();
            case 'function':
                throw new _template_goErrors_js__WEBPACK_IMPORTED_MODULE_0__/* .GoError */ .nY('json: unsupported type: func()');
        }
        if (x instanceof _template_goValues_js__WEBPACK_IMPORTED_MODULE_2__/* .GoInt */ .ov)
            return x.value.toString();
        if (x instanceof Uint8Array)
            return '"' + Buffer.from(x).toString('base64') + '"';
        if (x instanceof _template_goValues_js__WEBPACK_IMPORTED_MODULE_2__/* .GoObject */ .MV) {
            const named = x.underlying();
            if (named !== undefined)
                return named.nil ? 'null' : enc(named.value, depth);
        }
        if (isMarshaler(x))
            return x.marshalJSON();
        const nl = indent === undefined ? '' : '\n' + indent.repeat(depth + 1);
        const close = indent === undefined ? '' : '\n' + indent.repeat(depth);
        const colon = indent === undefined ? ':' : ': ';
        if (Array.isArray(x)) {
            if (x.length === 0)
                return '[]';
            return '[' + x.map((e) => nl + enc(e, depth + 1)).join(',') + close + ']';
        }
        if ((0,_template_goValues_js__WEBPACK_IMPORTED_MODULE_2__/* .isGoMap */ .Rb)(x)) {
            const keys = (0,_template_goValues_js__WEBPACK_IMPORTED_MODULE_2__/* .sortedKeys */ .Mf)(x);
            if (keys.length === 0)
                return '{}';
            return '{' + keys.map((k) => nl + encodeJSONString(k, escapeHTML) + colon + enc(x[k], depth + 1)).join(',') + close + '}';
        }
        if (x instanceof _template_goValues_js__WEBPACK_IMPORTED_MODULE_2__/* .GoObject */ .MV) {
            const entries = Object.entries(x).filter(([k]) => /^[A-Z]/.test(k));
            if (entries.length === 0)
                return '{}';
            return '{' + entries.map(([k, e]) => nl + encodeJSONString(k, escapeHTML) + colon + enc(e, depth + 1)).join(',') + close + '}';
        }
        throw new _template_goErrors_js__WEBPACK_IMPORTED_MODULE_0__/* .GoError */ .nY(`json: unsupported type: ${(0,_template_goValues_js__WEBPACK_IMPORTED_MODULE_2__/* .goTypeName */ .O4)(x)}`);
    };
    return enc(v, 0);
}
/** Go's quoteChar for scanner errors. */
function quoteChar(c) {
    if (c === "'")
        return "'\\''";
    if (c === '"')
        return `'"'`;
    const q = JSON.stringify(c);
    const cp = c.codePointAt(0);
    if (cp < 0x20 || cp === 0x7f)
        return "'\\x" + cp.toString(16).padStart(2, '0') + "'";
    return "'" + q.slice(1, -1) + "'";
}
class JSONSyntaxError extends _template_goErrors_js__WEBPACK_IMPORTED_MODULE_0__/* .GoError */ .nY {
}
/** json.Unmarshal into interface{}: numbers as float64, Go's syntax error texts. */
function unmarshalJSON(text) {
    const r = unmarshalJSONPartial(text);
    if (r.error !== undefined)
        throw new _template_goErrors_js__WEBPACK_IMPORTED_MODULE_0__/* .GoError */ .nY(r.error);
    return r.value;
}
/** Unmarshal that also returns the partially decoded value when a number does not fit (Go fills what it can). */
function unmarshalJSONPartial(text) {
    let deferred;
    // encoding/json reads a byte of invalid UTF-8 inside a string as U+FFFD (template/goBytes.ts keeps such bytes).
    const value = parseJSONText((0,_template_goBytes_js__WEBPACK_IMPORTED_MODULE_3__/* .goRuneText */ .Se)(text), (msg) => (deferred ??= msg));
    return deferred === undefined ? { value } : { value, error: deferred };
}
function parseJSONText(text, defer) {
    let deferred;
    let i = 0;
    const n = text.length;
    const err = (msg) => {
        throw new JSONSyntaxError(msg);
    };
    const ws = () => {
        while (i < n) {
            const c = text.charCodeAt(i);
            if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d)
                i++;
            else
                break;
        }
    };
    const eof = () => err('unexpected end of JSON input');
    const value = (context) => {
        ws();
        if (i >= n)
            eof();
        const c = text[i];
        if (c === '{') {
            i++;
            const obj = {};
            ws();
            if (i >= n)
                eof();
            if (text[i] === '}') {
                i++;
                return obj;
            }
            for (;;) {
                ws();
                if (i >= n)
                    eof();
                if (text[i] !== '"')
                    err(`invalid character ${quoteChar(text[i])} looking for beginning of object key string`);
                const k = str();
                ws();
                if (i >= n)
                    eof();
                if (text[i] !== ':')
                    err(`invalid character ${quoteChar(text[i])} after object key`);
                i++;
                obj[k] = value('value');
                ws();
                if (i >= n)
                    eof();
                if (text[i] === ',') {
                    i++;
                    continue;
                }
                if (text[i] === '}') {
                    i++;
                    return obj;
                }
                err(`invalid character ${quoteChar(text[i])} after object key:value pair`);
            }
        }
        if (c === '[') {
            i++;
            const arr = [];
            ws();
            if (i >= n)
                eof();
            if (text[i] === ']') {
                i++;
                return arr;
            }
            for (;;) {
                arr.push(value('value'));
                ws();
                if (i >= n)
                    eof();
                if (text[i] === ',') {
                    i++;
                    continue;
                }
                if (text[i] === ']') {
                    i++;
                    return arr;
                }
                err(`invalid character ${quoteChar(text[i])} after array element`);
            }
        }
        if (c === '"')
            return str();
        if (c === '-' || (c >= '0' && c <= '9'))
            return num();
        for (const [lit, v] of [
            ['true', true],
            ['false', false],
            ['null', null],
        ]) {
            if (c === lit[0]) {
                for (let k = 1; k < lit.length; k++) {
                    if (i + k >= n)
                        eof();
                    if (text[i + k] !== lit[k])
                        err(`invalid character ${quoteChar(text[i + k])} in literal ${lit} (expecting ${quoteChar(lit[k])})`);
                }
                i += lit.length;
                return v;
            }
        }
        return err(`invalid character ${quoteChar(String.fromCodePoint(text.codePointAt(i)))} looking for beginning of ${context}`);
    };
    const str = () => {
        const start = i;
        i++;
        for (;;) {
            if (i >= n)
                eof();
            const c = text.charCodeAt(i);
            if (c === 0x22)
                break;
            if (c === 0x5c) {
                i++;
                if (i >= n)
                    eof();
                const e = text[i];
                if (e === 'u') {
                    for (let k = 1; k <= 4; k++) {
                        if (i + k >= n)
                            eof();
                        if (!/[0-9a-fA-F]/.test(text[i + k]))
                            err(`invalid character ${quoteChar(text[i + k])} in \\u hexadecimal character escape`);
                    }
                    i += 5;
                    continue;
                }
                if (!'"\\/bfnrt'.includes(e))
                    err(`invalid character ${quoteChar(e)} in string escape code`);
                i++;
                continue;
            }
            if (c < 0x20)
                err(`invalid character ${quoteChar(text[i])} in string literal`);
            i++;
        }
        i++;
        return JSON.parse(text.slice(start, i).replace(/[\ud800-\udfff]/g, (s) => s));
    };
    const num = () => {
        const start = i;
        if (text[i] === '-') {
            i++;
            if (i >= n)
                eof();
            if (!(text[i] >= '0' && text[i] <= '9'))
                err(`invalid character ${quoteChar(text[i])} in numeric literal`);
        }
        if (text[i] === '0')
            i++;
        else
            while (i < n && text[i] >= '0' && text[i] <= '9')
                i++;
        if (text[i] === '.') {
            i++;
            if (i >= n)
                eof();
            if (!(text[i] >= '0' && text[i] <= '9'))
                err(`invalid character ${quoteChar(text[i])} after decimal point in numeric literal`);
            while (i < n && text[i] >= '0' && text[i] <= '9')
                i++;
        }
        if (text[i] === 'e' || text[i] === 'E') {
            i++;
            if (text[i] === '+' || text[i] === '-')
                i++;
            if (i >= n)
                eof();
            if (!(text[i] >= '0' && text[i] <= '9'))
                err(`invalid character ${quoteChar(text[i])} in exponent of numeric literal`);
            while (i < n && text[i] >= '0' && text[i] <= '9')
                i++;
        }
        const f = Number(text.slice(start, i));
        if (!Number.isFinite(f)) {
            // Go keeps decoding and reports the first such error after the whole value.
            deferred ??= `json: cannot unmarshal number ${text.slice(start, i)} into Go value of type float64`;
            return null;
        }
        return f;
    };
    const v = value('value');
    ws();
    if (i < n)
        err(`invalid character ${quoteChar(text[i])} after top-level value`);
    if (deferred !== undefined)
        defer(deferred);
    return v;
}
/** json.Unmarshal into a map[string]interface{} or []interface{} target, with Go's type mismatch error. */
function unmarshalJSONInto(text, target) {
    const r = unmarshalJSONPartial(text);
    const v = r.value;
    const want = target === 'map' ? 'map[string]interface {}' : '[]interface {}';
    const kind = v === null ? null : Array.isArray(v) ? 'array' : (0,_template_goValues_js__WEBPACK_IMPORTED_MODULE_2__/* .isGoMap */ .Rb)(v) ? 'object' : typeof v === 'string' ? 'string' : typeof v === 'number' ? 'number' : 'bool';
    if (v === null)
        return target === 'map' ? {} : [];
    if ((target === 'map' && kind !== 'object') || (target === 'slice' && kind !== 'array')) {
        const shown = kind === 'number' ? `number ${text.trim()}` : kind;
        throw new _template_goErrors_js__WEBPACK_IMPORTED_MODULE_0__/* .GoError */ .nY(`json: cannot unmarshal ${shown} into Go value of type ${want}`);
    }
    if (r.error !== undefined)
        throw new PartialJSONError(r.error, v);
    return v;
}
/** A decode error after which Go still returns what it decoded (Helm adds "Error" to that map). */
class PartialJSONError extends _template_goErrors_js__WEBPACK_IMPORTED_MODULE_0__/* .GoError */ .nY {
    partial;
    constructor(message, partial) {
        super(message);
        this.partial = partial;
    }
}


/***/ }),

/***/ 9095:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gw: () => (/* binding */ addDuration),
/* harmony export */   Hi: () => (/* binding */ timeIn),
/* harmony export */   YO: () => (/* binding */ timeUnix),
/* harmony export */   cj: () => (/* binding */ timeFromDate),
/* harmony export */   fp: () => (/* binding */ subTimes),
/* harmony export */   wf: () => (/* binding */ timeNow),
/* harmony export */   x8: () => (/* binding */ ZERO_TIME),
/* harmony export */   yT: () => (/* binding */ GoTime)
/* harmony export */ });
/* harmony import */ var _template_goErrors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(34402);
/* harmony import */ var _template_goValues_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(11787);
/* harmony import */ var _goJson_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(20372);
/* harmony import */ var _goDuration_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83682);
/* harmony import */ var _goTimeZone_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(30801);
/* harmony import */ var _goTimeLayout_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(18745);
/**
 * Go's time.Time in templates: an instant (Unix seconds + nanoseconds) in a location, printed as Go prints it
 * (`2006-01-02 15:04:05.999999999 -0700 MST`, plus ` m=+…` for time.Now's monotonic reading), with the
 * methods charts call (`.Format`, `.Unix`, `.Year`, `.Add`, `.UTC`…).
 */






const DAY = 86400;
const NS = 1_000_000_000;
/** Go's zero Time: January 1, year 1, 00:00:00 UTC. */
const ZERO_SEC = -62135596800;
/** time.Month and time.Weekday: integers that print as names. */
class GoNamedInt extends _template_goValues_js__WEBPACK_IMPORTED_MODULE_1__/* .GoObject */ .MV {
    type;
    n;
    names;
    first;
    constructor(type, n, names, first) {
        super();
        this.type = type;
        this.n = n;
        this.names = names;
        this.first = first;
    }
    goType() {
        return this.type;
    }
    goString() {
        return this.names[this.n - this.first] ?? `%!${this.type.slice(5)}(${this.n})`;
    }
    marshalJSON() {
        return String(this.n);
    }
    String() {
        return this.goString();
    }
}
class GoTime extends _template_goValues_js__WEBPACK_IMPORTED_MODULE_1__/* .GoObject */ .MV {
    sec;
    nsec;
    loc;
    mono;
    constructor(
    /** Unix seconds. */
    sec, nsec, loc, 
    /** Nanoseconds since process start, for time.Now's monotonic clock reading. */
    mono) {
        super();
        this.sec = sec;
        this.nsec = nsec;
        this.loc = loc;
        this.mono = mono;
    }
    goType() {
        return 'time.Time';
    }
    goString() {
        return this.String();
    }
    methodSignature(name) {
        switch (name) {
            case 'Format':
                return { params: ['string'] };
            case 'Add':
            case 'Truncate':
            case 'Round':
                return { params: ['time.Duration'] };
            case 'AddDate':
                return { params: ['int', 'int', 'int'] };
            case 'Sub':
            case 'Before':
            case 'After':
            case 'Equal':
            case 'Compare':
                return { params: ['time.Time'] };
        }
        return undefined;
    }
    zone() {
        return this.loc.lookup(this.sec);
    }
    fields() {
        const local = this.sec + this.zone().offset;
        const days = Math.floor(local / DAY);
        const secOfDay = local - days * DAY;
        const { year, month, day } = (0,_goTimeZone_js__WEBPACK_IMPORTED_MODULE_4__/* .civilFromDays */ .TQ)(days);
        return {
            year,
            month,
            day,
            yday: days - (0,_goTimeZone_js__WEBPACK_IMPORTED_MODULE_4__/* .daysFromCivil */ .Hd)(year, 1, 1) + 1,
            weekday: (((days + 4) % 7) + 7) % 7,
            hour: Math.floor(secOfDay / 3600),
            minute: Math.floor(secOfDay / 60) % 60,
            second: secOfDay % 60,
        };
    }
    marshalJSON() {
        const y = this.fields().year;
        if (y < 0 || y > 9999)
            throw new _template_goErrors_js__WEBPACK_IMPORTED_MODULE_0__/* .GoError */ .nY('Time.MarshalJSON: year outside of range [0,9999]');
        return (0,_goJson_js__WEBPACK_IMPORTED_MODULE_2__/* .encodeJSONString */ .q0)((0,_goTimeLayout_js__WEBPACK_IMPORTED_MODULE_5__/* .formatTime */ .fU)(this, '2006-01-02T15:04:05.999999999Z07:00'), false);
    }
    String() {
        let s = (0,_goTimeLayout_js__WEBPACK_IMPORTED_MODULE_5__/* .formatTime */ .fU)(this, '2006-01-02 15:04:05.999999999 -0700 MST');
        if (this.mono !== undefined) {
            const m = this.mono;
            const sign = m < 0n ? '-' : '+';
            const a = m < 0n ? -m : m;
            s += ` m=${sign}${a / 1000000000n}.${(a % 1000000000n).toString().padStart(9, '0')}`;
        }
        return s;
    }
    Format(layout) {
        return (0,_goTimeLayout_js__WEBPACK_IMPORTED_MODULE_5__/* .formatTime */ .fU)(this, layout);
    }
    Unix() {
        return new _template_goValues_js__WEBPACK_IMPORTED_MODULE_1__/* .GoInt */ .ov('int64', BigInt(this.sec));
    }
    UnixMilli() {
        return new _template_goValues_js__WEBPACK_IMPORTED_MODULE_1__/* .GoInt */ .ov('int64', BigInt.asIntN(64, BigInt(this.sec) * 1000n + BigInt(Math.floor(this.nsec / 1e6))));
    }
    UnixNano() {
        return new _template_goValues_js__WEBPACK_IMPORTED_MODULE_1__/* .GoInt */ .ov('int64', BigInt.asIntN(64, BigInt(this.sec) * 1000000000n + BigInt(this.nsec)));
    }
    Year() {
        return BigInt(this.fields().year);
    }
    Month() {
        return new GoNamedInt('time.Month', this.fields().month, _goTimeLayout_js__WEBPACK_IMPORTED_MODULE_5__/* .LONG_MONTHS */ .Pe, 1);
    }
    Day() {
        return BigInt(this.fields().day);
    }
    YearDay() {
        return BigInt(this.fields().yday);
    }
    Weekday() {
        return new GoNamedInt('time.Weekday', this.fields().weekday, _goTimeLayout_js__WEBPACK_IMPORTED_MODULE_5__/* .LONG_DAYS */ .H2, 0);
    }
    Hour() {
        return BigInt(this.fields().hour);
    }
    Minute() {
        return BigInt(this.fields().minute);
    }
    Second() {
        return BigInt(this.fields().second);
    }
    Nanosecond() {
        return BigInt(this.nsec);
    }
    IsZero() {
        return this.sec === ZERO_SEC && this.nsec === 0;
    }
    UTC() {
        return new GoTime(this.sec, this.nsec, _goTimeZone_js__WEBPACK_IMPORTED_MODULE_4__/* .UTC */ .xW);
    }
    Local() {
        return new GoTime(this.sec, this.nsec, (0,_goTimeZone_js__WEBPACK_IMPORTED_MODULE_4__/* .localLocation */ .rc)());
    }
    Add(d) {
        return addDuration(this, d.ns);
    }
    AddDate(years, months, days) {
        const f = this.fields();
        const secOfDay = f.hour * 3600 + f.minute * 60 + f.second;
        return timeFromDate(f.year + Number(years), f.month + Number(months), f.day + Number(days), 0, 0, secOfDay, this.nsec, this.loc);
    }
    Sub(u) {
        return new _goDuration_js__WEBPACK_IMPORTED_MODULE_3__/* .GoDuration */ .zo(subTimes(this, u));
    }
    Before(u) {
        return this.sec < u.sec || (this.sec === u.sec && this.nsec < u.nsec);
    }
    After(u) {
        return this.sec > u.sec || (this.sec === u.sec && this.nsec > u.nsec);
    }
    Equal(u) {
        return this.sec === u.sec && this.nsec === u.nsec;
    }
    Compare(u) {
        return this.Before(u) ? -1n : this.After(u) ? 1n : 0n;
    }
}
function addDuration(t, d) {
    let sec = t.sec + Number(d / 1000000000n);
    let nsec = t.nsec + Number(d % 1000000000n);
    if (nsec >= NS) {
        sec++;
        nsec -= NS;
    }
    else if (nsec < 0) {
        sec--;
        nsec += NS;
    }
    return new GoTime(sec, nsec, t.loc, t.mono === undefined ? undefined : t.mono + d);
}
/** Time.Sub, saturating at the Duration range as Go does. */
function subTimes(t, u) {
    if (t.mono !== undefined && u.mono !== undefined)
        return t.mono - u.mono;
    const d = (BigInt(t.sec) - BigInt(u.sec)) * 1000000000n + BigInt(t.nsec - u.nsec);
    return d > _goDuration_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_DURATION */ .iB ? _goDuration_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_DURATION */ .iB : d < _goDuration_js__WEBPACK_IMPORTED_MODULE_3__/* .MIN_DURATION */ .wl ? _goDuration_js__WEBPACK_IMPORTED_MODULE_3__/* .MIN_DURATION */ .wl : d;
}
/** time.Date: fields normalised (month 13 is next January…), then the zone offset that applies is removed. */
function timeFromDate(year, month, day, hour, min, sec, nsec, loc) {
    const m0 = month - 1;
    year += Math.floor(m0 / 12);
    month = (((m0 % 12) + 12) % 12) + 1;
    sec += Math.floor(nsec / NS);
    nsec = ((nsec % NS) + NS) % NS;
    let unix = ((0,_goTimeZone_js__WEBPACK_IMPORTED_MODULE_4__/* .daysFromCivil */ .Hd)(year, month, 1) + day - 1) * DAY + hour * 3600 + min * 60 + sec;
    const z = loc.lookup(unix);
    if (z.offset !== 0) {
        const utc = unix - z.offset;
        const offset = utc < z.start || utc >= z.end ? loc.lookup(utc).offset : z.offset;
        unix -= offset;
    }
    return new GoTime(unix, nsec, loc);
}
const processStart = process.hrtime.bigint();
// Go's monotonic reading starts near 1ns at process start; ours counts from module load.
const MONO_BASE = 1n;
/** time.Now: wall clock in Local with a monotonic reading. */
function timeNow() {
    const ns = BigInt(Date.now()) * 1000000n + (process.hrtime.bigint() % 1000000n);
    const sec = Number(ns / 1000000000n);
    return new GoTime(sec, Number(ns % 1000000000n), (0,_goTimeZone_js__WEBPACK_IMPORTED_MODULE_4__/* .localLocation */ .rc)(), process.hrtime.bigint() - processStart + MONO_BASE);
}
function timeUnix(sec) {
    return new GoTime(Number(sec), 0, (0,_goTimeZone_js__WEBPACK_IMPORTED_MODULE_4__/* .localLocation */ .rc)());
}
const ZERO_TIME = new GoTime(ZERO_SEC, 0, _goTimeZone_js__WEBPACK_IMPORTED_MODULE_4__/* .UTC */ .xW);
/** Time.In: the same instant in another location (setLoc drops the monotonic reading). */
function timeIn(t, loc) {
    return new GoTime(t.sec, t.nsec, loc);
}


/***/ }),

/***/ 18745:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H2: () => (/* binding */ LONG_DAYS),
/* harmony export */   Pe: () => (/* binding */ LONG_MONTHS),
/* harmony export */   bW: () => (/* binding */ TimeParseError),
/* harmony export */   fU: () => (/* binding */ formatTime),
/* harmony export */   pe: () => (/* binding */ parseTime)
/* harmony export */ });
/* harmony import */ var _goDuration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83682);
/* harmony import */ var _goTimeZone_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(30801);
/* harmony import */ var _goTime_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9095);
/**
 * Go's time layouts (reference time Mon Jan 2 15:04:05 MST 2006): splitting a layout into elements, formatting
 * and parsing with them, and time.ParseError's texts.
 */



var Std;
(function (Std) {
    Std[Std["None"] = 0] = "None";
    Std[Std["LongMonth"] = 1] = "LongMonth";
    Std[Std["Month"] = 2] = "Month";
    Std[Std["NumMonth"] = 3] = "NumMonth";
    Std[Std["ZeroMonth"] = 4] = "ZeroMonth";
    Std[Std["LongWeekDay"] = 5] = "LongWeekDay";
    Std[Std["WeekDay"] = 6] = "WeekDay";
    Std[Std["Day"] = 7] = "Day";
    Std[Std["UnderDay"] = 8] = "UnderDay";
    Std[Std["ZeroDay"] = 9] = "ZeroDay";
    Std[Std["UnderYearDay"] = 10] = "UnderYearDay";
    Std[Std["ZeroYearDay"] = 11] = "ZeroYearDay";
    Std[Std["Hour"] = 12] = "Hour";
    Std[Std["Hour12"] = 13] = "Hour12";
    Std[Std["ZeroHour12"] = 14] = "ZeroHour12";
    Std[Std["Minute"] = 15] = "Minute";
    Std[Std["ZeroMinute"] = 16] = "ZeroMinute";
    Std[Std["Second"] = 17] = "Second";
    Std[Std["ZeroSecond"] = 18] = "ZeroSecond";
    Std[Std["LongYear"] = 19] = "LongYear";
    Std[Std["Year"] = 20] = "Year";
    Std[Std["PM"] = 21] = "PM";
    Std[Std["pm"] = 22] = "pm";
    Std[Std["TZ"] = 23] = "TZ";
    Std[Std["ISO8601TZ"] = 24] = "ISO8601TZ";
    Std[Std["ISO8601SecondsTZ"] = 25] = "ISO8601SecondsTZ";
    Std[Std["ISO8601ShortTZ"] = 26] = "ISO8601ShortTZ";
    Std[Std["ISO8601ColonTZ"] = 27] = "ISO8601ColonTZ";
    Std[Std["ISO8601ColonSecondsTZ"] = 28] = "ISO8601ColonSecondsTZ";
    Std[Std["NumTZ"] = 29] = "NumTZ";
    Std[Std["NumSecondsTz"] = 30] = "NumSecondsTz";
    Std[Std["NumShortTZ"] = 31] = "NumShortTZ";
    Std[Std["NumColonTZ"] = 32] = "NumColonTZ";
    Std[Std["NumColonSecondsTZ"] = 33] = "NumColonSecondsTZ";
    Std[Std["FracSecond0"] = 34] = "FracSecond0";
    Std[Std["FracSecond9"] = 35] = "FracSecond9";
})(Std || (Std = {}));
const ZERO_X = [Std.ZeroMonth, Std.ZeroDay, Std.ZeroHour12, Std.ZeroMinute, Std.ZeroSecond, Std.Year];
const startsWithLower = (s) => s.length > 0 && s[0] >= 'a' && s[0] <= 'z';
const isDigitAt = (s, i) => i < s.length && s[i] >= '0' && s[i] <= '9';
/** The next layout element: text before it, its kind, and the rest (Go's nextStdChunk). */
function nextChunk(layout) {
    const mk = (i, std, len, digits = 0, sep = '') => ({
        prefix: layout.slice(0, i),
        std,
        digits,
        sep,
        text: layout.slice(i, i + len),
        suffix: layout.slice(i + len),
    });
    const at = (i, s) => layout.startsWith(s, i);
    for (let i = 0; i < layout.length; i++) {
        switch (layout[i]) {
            case 'J':
                if (at(i, 'Jan')) {
                    if (at(i, 'January'))
                        return mk(i, Std.LongMonth, 7);
                    if (!startsWithLower(layout.slice(i + 3)))
                        return mk(i, Std.Month, 3);
                }
                break;
            case 'M':
                if (at(i, 'Mon')) {
                    if (at(i, 'Monday'))
                        return mk(i, Std.LongWeekDay, 6);
                    if (!startsWithLower(layout.slice(i + 3)))
                        return mk(i, Std.WeekDay, 3);
                }
                if (at(i, 'MST'))
                    return mk(i, Std.TZ, 3);
                break;
            case '0': {
                const n = layout[i + 1];
                if (n !== undefined && n >= '1' && n <= '6')
                    return mk(i, ZERO_X[n.charCodeAt(0) - 49], 2);
                if (at(i, '002'))
                    return mk(i, Std.ZeroYearDay, 3);
                break;
            }
            case '1':
                if (at(i, '15'))
                    return mk(i, Std.Hour, 2);
                return mk(i, Std.NumMonth, 1);
            case '2':
                if (at(i, '2006'))
                    return mk(i, Std.LongYear, 4);
                return mk(i, Std.Day, 1);
            case '_':
                if (layout[i + 1] === '2') {
                    // "_2006" is a literal underscore followed by the long year.
                    if (at(i + 1, '2006'))
                        return { ...mk(i + 1, Std.LongYear, 4), prefix: layout.slice(0, i + 1) };
                    return mk(i, Std.UnderDay, 2);
                }
                if (at(i, '__2'))
                    return mk(i, Std.UnderYearDay, 3);
                break;
            case '3':
                return mk(i, Std.Hour12, 1);
            case '4':
                return mk(i, Std.Minute, 1);
            case '5':
                return mk(i, Std.Second, 1);
            case 'P':
                if (layout[i + 1] === 'M')
                    return mk(i, Std.PM, 2);
                break;
            case 'p':
                if (layout[i + 1] === 'm')
                    return mk(i, Std.pm, 2);
                break;
            case '-':
                if (at(i, '-070000'))
                    return mk(i, Std.NumSecondsTz, 7);
                if (at(i, '-07:00:00'))
                    return mk(i, Std.NumColonSecondsTZ, 9);
                if (at(i, '-0700'))
                    return mk(i, Std.NumTZ, 5);
                if (at(i, '-07:00'))
                    return mk(i, Std.NumColonTZ, 6);
                if (at(i, '-07'))
                    return mk(i, Std.NumShortTZ, 3);
                break;
            case 'Z':
                if (at(i, 'Z070000'))
                    return mk(i, Std.ISO8601SecondsTZ, 7);
                if (at(i, 'Z07:00:00'))
                    return mk(i, Std.ISO8601ColonSecondsTZ, 9);
                if (at(i, 'Z0700'))
                    return mk(i, Std.ISO8601TZ, 5);
                if (at(i, 'Z07:00'))
                    return mk(i, Std.ISO8601ColonTZ, 6);
                if (at(i, 'Z07'))
                    return mk(i, Std.ISO8601ShortTZ, 3);
                break;
            case '.':
            case ',': {
                const ch = layout[i + 1];
                if (ch === '0' || ch === '9') {
                    let j = i + 1;
                    while (j < layout.length && layout[j] === ch)
                        j++;
                    // Only a run of digits that ends here is a fractional second.
                    if (!isDigitAt(layout, j))
                        return mk(i, ch === '0' ? Std.FracSecond0 : Std.FracSecond9, j - i, j - (i + 1), layout[i]);
                }
                break;
            }
        }
    }
    return { prefix: layout, std: Std.None, digits: 0, sep: '', text: '', suffix: '' };
}
const LONG_DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const LONG_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const SHORT_DAYS = LONG_DAYS.map((d) => d.slice(0, 3));
const SHORT_MONTHS = LONG_MONTHS.map((m) => m.slice(0, 3));

/** Go's appendInt: a '-' then the magnitude zero-padded to `width`. */
function pad(x, width) {
    const s = Math.abs(x).toString().padStart(width, '0');
    return x < 0 ? '-' + s : s;
}
function isTZElement(std) {
    return std >= Std.ISO8601TZ && std <= Std.NumColonSecondsTZ;
}
const isISO = (std) => std >= Std.ISO8601TZ && std <= Std.ISO8601ColonSecondsTZ;
function formatTime(t, layout) {
    const { name, offset } = t.zone();
    const f = t.fields();
    let out = '';
    while (layout !== '') {
        const c = nextChunk(layout);
        out += c.prefix;
        if (c.std === Std.None)
            break;
        layout = c.suffix;
        switch (c.std) {
            case Std.Year:
                out += pad(Math.abs(f.year) % 100, 2);
                break;
            case Std.LongYear:
                out += pad(f.year, 4);
                break;
            case Std.Month:
                out += SHORT_MONTHS[f.month - 1];
                break;
            case Std.LongMonth:
                out += LONG_MONTHS[f.month - 1];
                break;
            case Std.NumMonth:
                out += f.month;
                break;
            case Std.ZeroMonth:
                out += pad(f.month, 2);
                break;
            case Std.WeekDay:
                out += SHORT_DAYS[f.weekday];
                break;
            case Std.LongWeekDay:
                out += LONG_DAYS[f.weekday];
                break;
            case Std.Day:
                out += f.day;
                break;
            case Std.UnderDay:
                out += (f.day < 10 ? ' ' : '') + f.day;
                break;
            case Std.ZeroDay:
                out += pad(f.day, 2);
                break;
            case Std.UnderYearDay:
                out += (f.yday < 100 ? (f.yday < 10 ? '  ' : ' ') : '') + f.yday;
                break;
            case Std.ZeroYearDay:
                out += pad(f.yday, 3);
                break;
            case Std.Hour:
                out += pad(f.hour, 2);
                break;
            case Std.Hour12:
                out += f.hour % 12 === 0 ? 12 : f.hour % 12;
                break;
            case Std.ZeroHour12:
                out += pad(f.hour % 12 === 0 ? 12 : f.hour % 12, 2);
                break;
            case Std.Minute:
                out += f.minute;
                break;
            case Std.ZeroMinute:
                out += pad(f.minute, 2);
                break;
            case Std.Second:
                out += f.second;
                break;
            case Std.ZeroSecond:
                out += pad(f.second, 2);
                break;
            case Std.PM:
                out += f.hour >= 12 ? 'PM' : 'AM';
                break;
            case Std.pm:
                out += f.hour >= 12 ? 'pm' : 'am';
                break;
            case Std.TZ:
                if (name !== '')
                    out += name;
                else {
                    const z = Math.trunc(offset / 60);
                    out += (z < 0 ? '-' : '+') + pad(Math.trunc(Math.abs(z) / 60), 2) + pad(Math.abs(z) % 60, 2);
                }
                break;
            case Std.FracSecond0:
            case Std.FracSecond9:
                out += fractionText(t.nsec, c);
                break;
            default:
                if (isTZElement(c.std))
                    out += offsetText(offset, c.std);
        }
    }
    return out;
}
function offsetText(offset, std) {
    if (offset === 0 && isISO(std))
        return 'Z';
    let zone = Math.trunc(offset / 60);
    let abs = offset;
    let out = '+';
    if (zone < 0) {
        out = '-';
        zone = -zone;
        abs = -abs;
    }
    out += pad(Math.trunc(zone / 60), 2);
    const colon = std === Std.ISO8601ColonTZ || std === Std.NumColonTZ || std === Std.ISO8601ColonSecondsTZ || std === Std.NumColonSecondsTZ;
    if (colon)
        out += ':';
    if (std !== Std.NumShortTZ && std !== Std.ISO8601ShortTZ)
        out += pad(zone % 60, 2);
    if (std === Std.ISO8601SecondsTZ || std === Std.NumSecondsTz || std === Std.NumColonSecondsTZ || std === Std.ISO8601ColonSecondsTZ) {
        if (std === Std.NumColonSecondsTZ || std === Std.ISO8601ColonSecondsTZ)
            out += ':';
        out += pad(abs % 60, 2);
    }
    return out;
}
function fractionText(nsec, c) {
    const trim = c.std === Std.FracSecond9;
    if (trim && (c.digits === 0 || nsec === 0))
        return '';
    let s = pad(nsec, 9).slice(0, Math.min(c.digits, 9));
    if (trim)
        s = s.replace(/0+$/, '');
    return s === '' ? '' : c.sep + s;
}
// ---- parsing ----
class Bad extends Error {
}
function getnum(s, fixed) {
    if (!isDigitAt(s, 0))
        throw new Bad();
    if (!isDigitAt(s, 1)) {
        if (fixed)
            throw new Bad();
        return [s.charCodeAt(0) - 48, s.slice(1)];
    }
    return [(s.charCodeAt(0) - 48) * 10 + (s.charCodeAt(1) - 48), s.slice(2)];
}
function getnum3(s, fixed) {
    let n = 0;
    let i = 0;
    for (; i < 3 && isDigitAt(s, i); i++)
        n = n * 10 + (s.charCodeAt(i) - 48);
    if (i === 0 || (fixed && i !== 3))
        throw new Bad();
    return [n, s.slice(i)];
}
/** Case-insensitive (ASCII letters only) prefix match against a name table. */
function lookupName(tab, val) {
    for (let i = 0; i < tab.length; i++) {
        const v = tab[i];
        if (val.length >= v.length && sameLetters(val.slice(0, v.length), v))
            return [i, val.slice(v.length)];
    }
    throw new Bad();
}
function sameLetters(a, b) {
    for (let i = 0; i < a.length; i++) {
        let c1 = a.charCodeAt(i);
        let c2 = b.charCodeAt(i);
        if (c1 !== c2) {
            c1 |= 0x20;
            c2 |= 0x20;
            if (c1 !== c2 || c1 < 0x61 || c1 > 0x7a)
                return false;
        }
    }
    return true;
}
/** Strips `prefix` from `value`; a space in the layout matches any run of spaces (at least one if present). */
function skip(value, prefix) {
    while (prefix.length > 0) {
        if (prefix[0] === ' ') {
            if (value.length > 0 && value[0] !== ' ')
                return undefined;
            prefix = prefix.replace(/^ +/, '');
            value = value.replace(/^ +/, '');
            continue;
        }
        if (value.length === 0 || value[0] !== prefix[0])
            return undefined;
        prefix = prefix.slice(1);
        value = value.slice(1);
    }
    return value;
}
function leadingInt(s) {
    let i = 0;
    let x = 0;
    for (; i < s.length && isDigitAt(s, i); i++) {
        x = x * 10 + (s.charCodeAt(i) - 48);
        if (x > 2 ** 63)
            return undefined;
    }
    return [x, s.slice(i)];
}
function signedOffsetLen(value) {
    if (value[0] !== '-' && value[0] !== '+')
        return 0;
    const r = leadingInt(value.slice(1));
    if (r === undefined || r[1] === value.slice(1) || r[0] > 23)
        return 0;
    return value.length - r[1].length;
}
/** Length of a zone abbreviation at the start of value, or 0 (Go's parseTimeZone). */
function timeZoneLen(value) {
    if (value.length < 3)
        return 0;
    if (value.startsWith('ChST') || value.startsWith('MeST'))
        return 4;
    if (value.startsWith('GMT'))
        return 3 + (value.length > 3 ? signedOffsetLen(value.slice(3)) : 0);
    if (value[0] === '+' || value[0] === '-')
        return signedOffsetLen(value);
    let n = 0;
    while (n < 6 && n < value.length && value[n] >= 'A' && value[n] <= 'Z')
        n++;
    if (n === 3)
        return 3;
    if (n === 4 && (value[3] === 'T' || value.startsWith('WITA')))
        return 4;
    if (n === 5 && value[4] === 'T')
        return 5;
    return 0;
}
function parseNanos(value, nbytes) {
    if (value[0] !== '.' && value[0] !== ',')
        throw new Bad();
    if (nbytes > 10)
        nbytes = 10;
    const digits = value.slice(1, nbytes);
    if (!/^[0-9]*$/.test(digits) || digits === '')
        throw new Bad();
    return [Number(digits) * 10 ** (10 - nbytes), ''];
}
class TimeParseError extends Error {
}
function parseError(layout, value, layoutElem, valueElem, message) {
    if (message === '')
        return new TimeParseError(`parsing time ${(0,_goDuration_js__WEBPACK_IMPORTED_MODULE_0__/* .timeQuote */ .KI)(value)} as ${(0,_goDuration_js__WEBPACK_IMPORTED_MODULE_0__/* .timeQuote */ .KI)(layout)}: cannot parse ${(0,_goDuration_js__WEBPACK_IMPORTED_MODULE_0__/* .timeQuote */ .KI)(valueElem)} as ${(0,_goDuration_js__WEBPACK_IMPORTED_MODULE_0__/* .timeQuote */ .KI)(layoutElem)}`);
    return new TimeParseError(`parsing time ${(0,_goDuration_js__WEBPACK_IMPORTED_MODULE_0__/* .timeQuote */ .KI)(value)}${message}`);
}
/** time.ParseInLocation(layout, value, loc) (Go's parse with defaultLocation = local = loc). */
function parseTime(layout, value, loc) {
    const alayout = layout;
    const avalue = value;
    let rangeErr = '';
    let amSet = false;
    let pmSet = false;
    let year = 0;
    let month = -1;
    let day = -1;
    let yday = -1;
    let hour = 0;
    let min = 0;
    let sec = 0;
    let nsec = 0;
    let z;
    let zoneOffset = -1;
    let zoneName = '';
    for (;;) {
        const c = nextChunk(layout);
        const v = skip(value, c.prefix);
        if (v === undefined)
            throw parseError(alayout, avalue, c.prefix, value, '');
        value = v;
        if (c.std === Std.None) {
            if (value.length !== 0)
                throw parseError(alayout, avalue, '', value, `: extra text: ${(0,_goDuration_js__WEBPACK_IMPORTED_MODULE_0__/* .timeQuote */ .KI)(value)}`);
            break;
        }
        layout = c.suffix;
        const hold = value;
        try {
            switch (c.std) {
                case Std.Year: {
                    if (value.length < 2)
                        throw new Bad();
                    const p = value.slice(0, 2);
                    value = value.slice(2);
                    if (!/^[0-9]{2}$/.test(p))
                        throw new Bad();
                    year = Number(p);
                    year += year >= 69 ? 1900 : 2000;
                    break;
                }
                case Std.LongYear: {
                    if (value.length < 4 || !isDigitAt(value, 0))
                        throw new Bad();
                    const p = value.slice(0, 4);
                    value = value.slice(4);
                    if (!/^[0-9]{4}$/.test(p))
                        throw new Bad();
                    year = Number(p);
                    break;
                }
                case Std.Month:
                    [month, value] = lookupName(SHORT_MONTHS, value);
                    month++;
                    break;
                case Std.LongMonth:
                    [month, value] = lookupName(LONG_MONTHS, value);
                    month++;
                    break;
                case Std.NumMonth:
                case Std.ZeroMonth:
                    [month, value] = getnum(value, c.std === Std.ZeroMonth);
                    if (month <= 0 || month > 12)
                        rangeErr = 'month';
                    break;
                case Std.WeekDay:
                    value = lookupName(SHORT_DAYS, value)[1];
                    break;
                case Std.LongWeekDay:
                    value = lookupName(LONG_DAYS, value)[1];
                    break;
                case Std.Day:
                case Std.UnderDay:
                case Std.ZeroDay:
                    if (c.std === Std.UnderDay && value[0] === ' ')
                        value = value.slice(1);
                    [day, value] = getnum(value, c.std === Std.ZeroDay);
                    break;
                case Std.UnderYearDay:
                case Std.ZeroYearDay:
                    for (let i = 0; i < 2; i++)
                        if (c.std === Std.UnderYearDay && value[0] === ' ')
                            value = value.slice(1);
                    [yday, value] = getnum3(value, c.std === Std.ZeroYearDay);
                    break;
                case Std.Hour:
                    [hour, value] = getnum(value, false);
                    if (hour < 0 || hour >= 24)
                        rangeErr = 'hour';
                    break;
                case Std.Hour12:
                case Std.ZeroHour12:
                    [hour, value] = getnum(value, c.std === Std.ZeroHour12);
                    if (hour < 0 || hour > 12)
                        rangeErr = 'hour';
                    break;
                case Std.Minute:
                case Std.ZeroMinute:
                    [min, value] = getnum(value, c.std === Std.ZeroMinute);
                    if (min < 0 || min >= 60)
                        rangeErr = 'minute';
                    break;
                case Std.Second:
                case Std.ZeroSecond: {
                    [sec, value] = getnum(value, c.std === Std.ZeroSecond);
                    if (sec < 0 || sec >= 60) {
                        rangeErr = 'second';
                        break;
                    }
                    // A fractional second after the seconds is accepted even when the layout has none.
                    if (value.length >= 2 && (value[0] === '.' || value[0] === ',') && isDigitAt(value, 1)) {
                        const next = nextChunk(layout).std;
                        if (next === Std.FracSecond0 || next === Std.FracSecond9)
                            break;
                        let n = 2;
                        while (n < value.length && isDigitAt(value, n))
                            n++;
                        nsec = parseNanos(value, n)[0];
                        value = value.slice(n);
                    }
                    break;
                }
                case Std.PM:
                case Std.pm: {
                    if (value.length < 2)
                        throw new Bad();
                    const p = value.slice(0, 2);
                    value = value.slice(2);
                    const [am, pmText] = c.std === Std.PM ? ['AM', 'PM'] : ['am', 'pm'];
                    if (p === pmText)
                        pmSet = true;
                    else if (p === am)
                        amSet = true;
                    else
                        throw new Bad();
                    break;
                }
                case Std.TZ: {
                    if (value.startsWith('UTC')) {
                        z = _goTimeZone_js__WEBPACK_IMPORTED_MODULE_1__/* .UTC */ .xW;
                        value = value.slice(3);
                        break;
                    }
                    const n = timeZoneLen(value);
                    if (n === 0)
                        throw new Bad();
                    zoneName = value.slice(0, n);
                    value = value.slice(n);
                    break;
                }
                case Std.FracSecond0: {
                    const ndigit = 1 + c.digits;
                    if (value.length < ndigit)
                        throw new Bad();
                    nsec = parseNanos(value, ndigit)[0];
                    value = value.slice(ndigit);
                    break;
                }
                case Std.FracSecond9: {
                    if (value.length < 2 || (value[0] !== '.' && value[0] !== ',') || !isDigitAt(value, 1))
                        break;
                    let i = 0;
                    while (i + 1 < value.length && isDigitAt(value, i + 1))
                        i++;
                    nsec = parseNanos(value, 1 + i)[0];
                    value = value.slice(1 + i);
                    break;
                }
                default: {
                    if (isISO(c.std) && value[0] === 'Z') {
                        value = value.slice(1);
                        z = _goTimeZone_js__WEBPACK_IMPORTED_MODULE_1__/* .UTC */ .xW;
                        break;
                    }
                    let sign;
                    let hh;
                    let mm = '00';
                    let ss = '00';
                    if (c.std === Std.ISO8601ColonTZ || c.std === Std.NumColonTZ) {
                        if (value.length < 6 || value[3] !== ':')
                            throw new Bad();
                        [sign, hh, mm, value] = [value[0], value.slice(1, 3), value.slice(4, 6), value.slice(6)];
                    }
                    else if (c.std === Std.NumShortTZ || c.std === Std.ISO8601ShortTZ) {
                        if (value.length < 3)
                            throw new Bad();
                        [sign, hh, value] = [value[0], value.slice(1, 3), value.slice(3)];
                    }
                    else if (c.std === Std.ISO8601ColonSecondsTZ || c.std === Std.NumColonSecondsTZ) {
                        if (value.length < 9 || value[3] !== ':' || value[6] !== ':')
                            throw new Bad();
                        [sign, hh, mm, ss, value] = [value[0], value.slice(1, 3), value.slice(4, 6), value.slice(7, 9), value.slice(9)];
                    }
                    else if (c.std === Std.ISO8601SecondsTZ || c.std === Std.NumSecondsTz) {
                        if (value.length < 7)
                            throw new Bad();
                        [sign, hh, mm, ss, value] = [value[0], value.slice(1, 3), value.slice(3, 5), value.slice(5, 7), value.slice(7)];
                    }
                    else {
                        if (value.length < 5)
                            throw new Bad();
                        [sign, hh, mm, value] = [value[0], value.slice(1, 3), value.slice(3, 5), value.slice(5)];
                    }
                    const hr = getnum(hh, true)[0];
                    const mi = getnum(mm, true)[0];
                    const se = getnum(ss, true)[0];
                    if (hr > 24)
                        rangeErr = 'time zone offset hour';
                    if (mi > 60)
                        rangeErr = 'time zone offset minute';
                    if (se > 60)
                        rangeErr = 'time zone offset second';
                    zoneOffset = (hr * 60 + mi) * 60 + se;
                    if (sign === '-')
                        zoneOffset = -zoneOffset;
                    else if (sign !== '+')
                        throw new Bad();
                }
            }
        }
        catch (e) {
            if (!(e instanceof Bad))
                throw e;
            if (rangeErr !== '')
                throw parseError(alayout, avalue, c.text, value, `: ${rangeErr} out of range`);
            throw parseError(alayout, avalue, c.text, hold, '');
        }
        if (rangeErr !== '')
            throw parseError(alayout, avalue, c.text, value, `: ${rangeErr} out of range`);
    }
    if (pmSet && hour < 12)
        hour += 12;
    else if (amSet && hour === 12)
        hour = 0;
    if (yday >= 0) {
        let d = 0;
        let m = 0;
        if ((0,_goTimeZone_js__WEBPACK_IMPORTED_MODULE_1__/* .isLeap */ .x7)(year)) {
            if (yday === 31 + 29) {
                m = 2;
                d = 29;
            }
            else if (yday > 31 + 29)
                yday--;
        }
        if (yday < 1 || yday > 365)
            throw parseError(alayout, avalue, '', value, ': day-of-year out of range');
        if (m === 0) {
            m = Math.floor((yday - 1) / 31) + 1;
            if (daysBeforeMonth(m + 1) < yday)
                m++;
            d = yday - daysBeforeMonth(m);
        }
        if (month >= 0 && month !== m)
            throw parseError(alayout, avalue, '', value, ': day-of-year does not match month');
        month = m;
        if (day >= 0 && day !== d)
            throw parseError(alayout, avalue, '', value, ': day-of-year does not match day');
        day = d;
    }
    else {
        if (month < 0)
            month = 1;
        if (day < 0)
            day = 1;
    }
    if (day < 1 || day > (0,_goTimeZone_js__WEBPACK_IMPORTED_MODULE_1__/* .daysIn */ .fx)(month, year))
        throw parseError(alayout, avalue, '', value, ': day out of range');
    if (z !== undefined)
        return (0,_goTime_js__WEBPACK_IMPORTED_MODULE_2__/* .timeFromDate */ .cj)(year, month, day, hour, min, sec, nsec, z);
    if (zoneOffset !== -1) {
        const t = (0,_goTime_js__WEBPACK_IMPORTED_MODULE_2__/* .timeFromDate */ .cj)(year, month, day, hour, min, sec, nsec, _goTimeZone_js__WEBPACK_IMPORTED_MODULE_1__/* .UTC */ .xW);
        const unix = t.sec - zoneOffset;
        const l = loc.lookup(unix);
        if (l.offset === zoneOffset && (zoneName === '' || l.name === zoneName))
            return new _goTime_js__WEBPACK_IMPORTED_MODULE_2__/* .GoTime */ .yT(unix, nsec, loc);
        return new _goTime_js__WEBPACK_IMPORTED_MODULE_2__/* .GoTime */ .yT(unix, nsec, _goTimeZone_js__WEBPACK_IMPORTED_MODULE_1__/* .GoLocation */ .q2.fixed(zoneName, zoneOffset));
    }
    if (zoneName !== '') {
        const t = (0,_goTime_js__WEBPACK_IMPORTED_MODULE_2__/* .timeFromDate */ .cj)(year, month, day, hour, min, sec, nsec, _goTimeZone_js__WEBPACK_IMPORTED_MODULE_1__/* .UTC */ .xW);
        const offset = loc.lookupName(zoneName, t.sec);
        if (offset !== undefined)
            return new _goTime_js__WEBPACK_IMPORTED_MODULE_2__/* .GoTime */ .yT(t.sec - offset, nsec, loc);
        let off = 0;
        if (zoneName.length > 3 && zoneName.startsWith('GMT'))
            off = Number.parseInt(zoneName.slice(3), 10) * 3600;
        return new _goTime_js__WEBPACK_IMPORTED_MODULE_2__/* .GoTime */ .yT(t.sec, nsec, _goTimeZone_js__WEBPACK_IMPORTED_MODULE_1__/* .GoLocation */ .q2.fixed(zoneName, off));
    }
    return (0,_goTime_js__WEBPACK_IMPORTED_MODULE_2__/* .timeFromDate */ .cj)(year, month, day, hour, min, sec, nsec, loc);
}
const DAYS_BEFORE = [0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365];
function daysBeforeMonth(m) {
    return DAYS_BEFORE[m];
}


/***/ }),

/***/ 30801:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hd: () => (/* binding */ daysFromCivil),
/* harmony export */   SN: () => (/* binding */ loadLocation),
/* harmony export */   TQ: () => (/* binding */ civilFromDays),
/* harmony export */   fx: () => (/* binding */ daysIn),
/* harmony export */   q2: () => (/* binding */ GoLocation),
/* harmony export */   rc: () => (/* binding */ localLocation),
/* harmony export */   x7: () => (/* binding */ isLeap),
/* harmony export */   xW: () => (/* binding */ UTC)
/* harmony export */ });
/* unused harmony export civilFromUnix */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Go's time.Location: zones read from the system's TZif files (as Go's LoadLocation reads them, so zone
 * abbreviations such as CET or JST match), the POSIX TZ rule in the file's footer for times after the last
 * transition, UTC, fixed zones, and Local (TZ, else /etc/localtime).
 */

const ALPHA = -Number.MAX_VALUE;
const OMEGA = Number.MAX_VALUE;
const DAY = 86400;
class GoLocation {
    name;
    zones;
    tx;
    extend;
    constructor(name, zones, tx, extend) {
        this.name = name;
        this.zones = zones;
        this.tx = tx;
        this.extend = extend;
    }
    static fixed(name, offset) {
        return new GoLocation(name, [{ name, offset, isDST: false }], [{ when: ALPHA, index: 0 }], '');
    }
    lookup(sec) {
        if (this.zones.length === 0)
            return { name: 'UTC', offset: 0, start: ALPHA, end: OMEGA, isDST: false };
        const tx = this.tx;
        if (tx.length === 0 || sec < tx[0].when) {
            const z = this.zones[this.firstZone()];
            return { name: z.name, offset: z.offset, start: ALPHA, end: tx.length > 0 ? tx[0].when : OMEGA, isDST: z.isDST };
        }
        let lo = 0;
        let hi = tx.length;
        let end = OMEGA;
        while (hi - lo > 1) {
            const m = (lo + hi) >>> 1;
            if (sec < tx[m].when) {
                end = tx[m].when;
                hi = m;
            }
            else
                lo = m;
        }
        const z = this.zones[tx[lo].index];
        const start = tx[lo].when;
        if (lo === tx.length - 1 && this.extend !== '') {
            const r = posixRule(this.extend, start, sec);
            if (r !== undefined)
                return r;
        }
        return { name: z.name, offset: z.offset, start, end, isDST: z.isDST };
    }
    /** The zone for times before the first transition: the first standard-time zone, as Go picks it. */
    firstZone() {
        if (!this.tx.some((t) => t.index === 0))
            return 0;
        if (this.tx.length > 0 && this.zones[this.tx[0].index].isDST) {
            for (let zi = this.tx[0].index - 1; zi >= 0; zi--)
                if (!this.zones[zi].isDST)
                    return zi;
        }
        const zi = this.zones.findIndex((z) => !z.isDST);
        return zi >= 0 ? zi : 0;
    }
    /** Location.lookupName: the offset of a zone abbreviation in effect near `unix`. */
    lookupName(name, unix) {
        for (const z of this.zones)
            if (z.name === name && this.lookup(unix - z.offset).name === z.name)
                return z.offset;
        for (const z of this.zones)
            if (z.name === name)
                return z.offset;
        return undefined;
    }
}
const UTC = new GoLocation('UTC', [], [], '');
/** Parses a TZif file (version 2+ data when present), as Go's LoadLocationFromTZData does. */
function parseTZif(name, data) {
    if (data.length < 44 || data.toString('latin1', 0, 4) !== 'TZif')
        return undefined;
    const version = data[4];
    const counts = (at) => [0, 1, 2, 3, 4, 5].map((i) => data.readUInt32BE(at + 20 + i * 4));
    let [isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt] = counts(0);
    let p = 44;
    let timeSize = 4;
    if (version !== 0) {
        // Skip the 32-bit block; the 64-bit header and data follow it.
        p += timecnt * 4 + timecnt + typecnt * 6 + charcnt + leapcnt * 8 + isstdcnt + isutcnt;
        [isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt] = counts(p);
        p += 44;
        timeSize = 8;
    }
    const times = [];
    for (let i = 0; i < timecnt; i++)
        times.push(timeSize === 8 ? Number(data.readBigInt64BE(p + i * 8)) : data.readInt32BE(p + i * 4));
    p += timecnt * timeSize;
    const idx = [...data.subarray(p, p + timecnt)];
    p += timecnt;
    const types = [];
    for (let i = 0; i < typecnt; i++)
        types.push([data.readInt32BE(p + i * 6), data[p + i * 6 + 4] !== 0, data[p + i * 6 + 5]]);
    p += typecnt * 6;
    const chars = data.subarray(p, p + charcnt);
    p += charcnt + leapcnt * (timeSize + 4) + isstdcnt + isutcnt;
    const abbr = (i) => {
        let e = i;
        while (e < chars.length && chars[e] !== 0)
            e++;
        return chars.toString('latin1', i, e);
    };
    const zones = types.map(([offset, isDST, ai]) => ({ name: abbr(ai), offset, isDST }));
    const tx = times.map((when, i) => ({ when, index: idx[i] }));
    if (tx.length === 0)
        tx.push({ when: ALPHA, index: 0 });
    let extend = '';
    if (version !== 0 && p < data.length && data[p] === 0x0a) {
        const e = data.indexOf(0x0a, p + 1);
        if (e > p)
            extend = data.toString('latin1', p + 1, e);
    }
    return new GoLocation(name, zones, tx, extend);
}
const ZONE_DIRS = ['/usr/share/zoneinfo/', '/usr/share/lib/zoneinfo/', '/usr/lib/locale/TZ/', '/etc/zoneinfo/'];
function readZoneFile(name, dirs) {
    for (const dir of dirs) {
        let data;
        try {
            data = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(dir + name);
        }
        catch {
            continue;
        }
        const loc = parseTZif(name, data);
        if (loc !== undefined)
            return loc;
    }
    return undefined;
}
let local;
/** time.Local, initialised as Go does from TZ (unset: /etc/localtime; empty: UTC). */
function localLocation() {
    if (local !== undefined)
        return local;
    const tz = process.env.TZ;
    let loc;
    if (tz === undefined)
        loc = readZoneFile('/etc/localtime', ['']);
    else if (tz !== '') {
        const t = tz.startsWith(':') ? tz.slice(1) : tz;
        if (t.startsWith('/'))
            loc = readZoneFile(t, ['']);
        else if (t !== '' && t !== 'UTC')
            loc = readZoneFile(t, zoneDirs());
    }
    local = loc === undefined ? new GoLocation('UTC', [], [], '') : renamed(loc, 'Local');
    return local;
}
function renamed(l, name) {
    return Object.assign(Object.create(GoLocation.prototype), l, { name });
}
function zoneDirs() {
    const zi = process.env.ZONEINFO;
    return zi ? [zi.endsWith('/') ? zi : zi + '/', ...ZONE_DIRS] : ZONE_DIRS;
}
const cache = new Map();
/** time.LoadLocation; undefined where Go returns an error. */
function loadLocation(name) {
    if (name === '' || name === 'UTC')
        return UTC;
    if (name === 'Local')
        return localLocation();
    if (name.includes('..') || name.startsWith('/') || name.startsWith('\\'))
        return undefined;
    if (!cache.has(name))
        cache.set(name, readZoneFile(name, zoneDirs()));
    return cache.get(name);
}
function tzNum(s, min, max) {
    let i = 0;
    let n = 0;
    while (i < s.length && s[i] >= '0' && s[i] <= '9') {
        n = n * 10 + (s.charCodeAt(i) - 48);
        if (n > max)
            return undefined;
        i++;
    }
    if (i === 0 || n < min)
        return undefined;
    return [n, s.slice(i)];
}
function tzName(s) {
    if (s === '')
        return undefined;
    if (s[0] === '<') {
        const e = s.indexOf('>');
        return e < 0 ? undefined : [s.slice(1, e), s.slice(e + 1)];
    }
    const m = /[0-9,+-]/.exec(s);
    if (m === null)
        return s.length < 3 ? undefined : [s, ''];
    return m.index < 3 ? undefined : [s.slice(0, m.index), s.slice(m.index)];
}
function tzOffset(s) {
    if (s === '')
        return undefined;
    let neg = false;
    if (s[0] === '+' || s[0] === '-') {
        neg = s[0] === '-';
        s = s.slice(1);
    }
    const h = tzNum(s, 0, 24 * 7);
    if (h === undefined)
        return undefined;
    let off = h[0] * 3600;
    s = h[1];
    for (const mult of [60, 1]) {
        if (s[0] !== ':')
            break;
        const n = tzNum(s.slice(1), 0, 59);
        if (n === undefined)
            return undefined;
        off += n[0] * mult;
        s = n[1];
    }
    return [neg ? -off : off, s];
}
function tzRule(s) {
    const r = { kind: 'N', day: 0, week: 0, mon: 0, time: 2 * 3600 };
    if (s[0] === 'J') {
        const n = tzNum(s.slice(1), 1, 365);
        if (n === undefined)
            return undefined;
        [r.kind, r.day, s] = ['J', n[0], n[1]];
    }
    else if (s[0] === 'M') {
        const mon = tzNum(s.slice(1), 1, 12);
        if (mon === undefined || mon[1][0] !== '.')
            return undefined;
        const week = tzNum(mon[1].slice(1), 1, 5);
        if (week === undefined || week[1][0] !== '.')
            return undefined;
        const day = tzNum(week[1].slice(1), 0, 6);
        if (day === undefined)
            return undefined;
        [r.kind, r.mon, r.week, r.day, s] = ['M', mon[0], week[0], day[0], day[1]];
    }
    else {
        const n = tzNum(s, 0, 365);
        if (n === undefined)
            return undefined;
        [r.day, s] = [n[0], n[1]];
    }
    if (s[0] !== '/')
        return [r, s];
    const off = tzOffset(s.slice(1));
    if (off === undefined)
        return undefined;
    r.time = off[0];
    return [r, off[1]];
}
function isLeap(y) {
    return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
}
const DAYS_BEFORE = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365];
function daysIn(month, year) {
    if (month === 2 && isLeap(year))
        return 29;
    return DAYS_BEFORE[month] - DAYS_BEFORE[month - 1];
}
/** Seconds from the start of `year` (UTC) at which the rule fires, for a zone at offset `off`. */
function ruleTime(year, r, off) {
    let s = 0;
    if (r.kind === 'J')
        s = (r.day - 1) * DAY + (isLeap(year) && r.day >= 60 ? DAY : 0);
    else if (r.kind === 'N')
        s = r.day * DAY;
    else {
        // Zeller's congruence for the weekday of the month's first day.
        const m1 = ((r.mon + 9) % 12) + 1;
        const yy0 = r.mon <= 2 ? year - 1 : year;
        const yy1 = Math.trunc(yy0 / 100);
        const yy2 = yy0 % 100;
        let dow = (Math.trunc((26 * m1 - 2) / 10) + 1 + yy2 + Math.trunc(yy2 / 4) + Math.trunc(yy1 / 4) - 2 * yy1) % 7;
        if (dow < 0)
            dow += 7;
        let d = r.day - dow;
        if (d < 0)
            d += 7;
        for (let i = 1; i < r.week; i++) {
            if (d + 7 >= daysIn(r.mon, year))
                break;
            d += 7;
        }
        d += DAYS_BEFORE[r.mon - 1];
        if (isLeap(year) && r.mon > 2)
            d++;
        s = d * DAY;
    }
    return s + r.time - off;
}
function posixRule(spec, lastTxSec, sec) {
    const std = tzName(spec);
    if (std === undefined)
        return undefined;
    const stdOff = tzOffset(std[1]);
    if (stdOff === undefined)
        return undefined;
    let stdName = std[0];
    let stdOffset = -stdOff[0];
    let s = stdOff[1];
    if (s === '' || s[0] === ',')
        return { name: stdName, offset: stdOffset, start: lastTxSec, end: OMEGA, isDST: false };
    const dst = tzName(s);
    if (dst === undefined)
        return undefined;
    let dstName = dst[0];
    let dstOffset;
    s = dst[1];
    if (s === '' || s[0] === ',')
        dstOffset = stdOffset + 3600;
    else {
        const o = tzOffset(s);
        if (o === undefined)
            return undefined;
        dstOffset = -o[0];
        s = o[1];
    }
    if (s === '')
        s = ',M3.2.0,M11.1.0';
    if (s[0] !== ',' && s[0] !== ';')
        return undefined;
    const startR = tzRule(s.slice(1));
    if (startR === undefined || startR[1][0] !== ',')
        return undefined;
    const endR = tzRule(startR[1].slice(1));
    if (endR === undefined || endR[1] !== '')
        return undefined;
    const { year, yday } = civilFromUnix(sec);
    const ysec = (yday - 1) * DAY + (((sec % DAY) + DAY) % DAY);
    const ystart = sec - ysec;
    let startSec = ruleTime(year, startR[0], stdOffset);
    let endSec = ruleTime(year, endR[0], dstOffset);
    let dstIsDST = true;
    let stdIsDST = false;
    if (endSec < startSec) {
        [startSec, endSec] = [endSec, startSec];
        [stdName, dstName] = [dstName, stdName];
        [stdOffset, dstOffset] = [dstOffset, stdOffset];
        [stdIsDST, dstIsDST] = [dstIsDST, stdIsDST];
    }
    if (ysec < startSec)
        return { name: stdName, offset: stdOffset, start: ystart, end: startSec + ystart, isDST: stdIsDST };
    if (ysec >= endSec)
        return { name: stdName, offset: stdOffset, start: endSec + ystart, end: ystart + 365 * DAY, isDST: stdIsDST };
    return { name: dstName, offset: dstOffset, start: startSec + ystart, end: endSec + ystart, isDST: dstIsDST };
}
/** Proleptic Gregorian date of a day count from 1970-01-01 (Hinnant's civil_from_days). */
function civilFromDays(days) {
    const z = days + 719468;
    const era = Math.floor(z / 146097);
    const doe = z - era * 146097;
    const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
    const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
    const mp = Math.floor((5 * doy + 2) / 153);
    const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
    const month = mp < 10 ? mp + 3 : mp - 9;
    return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}
/** Days from 1970-01-01 to a Gregorian date (month may be any integer; it is normalised into the year). */
function daysFromCivil(year, month, day) {
    const y = month <= 2 ? year - 1 : year;
    const era = Math.floor(y / 400);
    const yoe = y - era * 400;
    const mp = (month + 9) % 12;
    const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
    const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
    return era * 146097 + doe - 719468;
}
/** UTC year and day of year (1-based) of a Unix second. */
function civilFromUnix(sec) {
    const days = Math.floor(sec / DAY);
    const { year } = civilFromDays(days);
    return { year, yday: days - daysFromCivil(year, 1, 1) + 1 };
}


/***/ }),

/***/ 58856:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CX: () => (/* binding */ semverFunctions),
/* harmony export */   eB: () => (/* binding */ SemverValue)
/* harmony export */ });
/* unused harmony export SemverPointer */
/* harmony import */ var _template_goErrors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(34402);
/* harmony import */ var _template_goValues_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(11787);
/* harmony import */ var _goJson_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(20372);
/* harmony import */ var _loader_semverRange_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76463);
/* harmony import */ var _define_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(85655);
/**
 * Sprig's semver functions over Masterminds/semver v3: `semver` returns a *semver.Version whose methods
 * templates call (`.Major`, `.Compare`, `.IncPatch`…), `semverCompare` checks a constraint.
 */





const UINT64_MAX = (1n << 64n) - 1n;
/** semver.Version as a value (what IncPatch/SetPrerelease return): only the value-receiver methods. */
class SemverValue extends _template_goValues_js__WEBPACK_IMPORTED_MODULE_1__/* .GoObject */ .MV {
    v;
    constructor(v) {
        super();
        this.v = v;
    }
    goType() {
        return 'semver.Version';
    }
    goString() {
        return (0,_loader_semverRange_js__WEBPACK_IMPORTED_MODULE_3__/* .formatSemver */ .a1)(this.v);
    }
    methodSignature(name) {
        if (name === 'SetPrerelease' || name === 'SetMetadata')
            return { params: ['string'] };
        return undefined;
    }
    /** Go's %v of the struct when no Stringer applies is never reached: String() exists for every verb fmt asks. */
    marshalJSON() {
        return (0,_goJson_js__WEBPACK_IMPORTED_MODULE_2__/* .encodeJSONString */ .q0)((0,_loader_semverRange_js__WEBPACK_IMPORTED_MODULE_3__/* .formatSemver */ .a1)(this.v), true);
    }
    String() {
        return (0,_loader_semverRange_js__WEBPACK_IMPORTED_MODULE_3__/* .formatSemver */ .a1)(this.v);
    }
    Major() {
        return new _template_goValues_js__WEBPACK_IMPORTED_MODULE_1__/* .GoInt */ .ov('uint64', this.v.major);
    }
    Minor() {
        return new _template_goValues_js__WEBPACK_IMPORTED_MODULE_1__/* .GoInt */ .ov('uint64', this.v.minor);
    }
    Patch() {
        return new _template_goValues_js__WEBPACK_IMPORTED_MODULE_1__/* .GoInt */ .ov('uint64', this.v.patch);
    }
    Prerelease() {
        return this.v.pre;
    }
    Metadata() {
        return this.v.metadata;
    }
    MarshalJSON() {
        return new Uint8Array(Buffer.from(this.marshalJSON()));
    }
    MarshalText() {
        return new Uint8Array(Buffer.from((0,_loader_semverRange_js__WEBPACK_IMPORTED_MODULE_3__/* .formatSemver */ .a1)(this.v)));
    }
    Value() {
        return (0,_loader_semverRange_js__WEBPACK_IMPORTED_MODULE_3__/* .formatSemver */ .a1)(this.v);
    }
    IncPatch() {
        if (this.v.pre !== '')
            return this.next({ pre: '', metadata: '' });
        if (this.v.patch === UINT64_MAX)
            throw new _template_goErrors_js__WEBPACK_IMPORTED_MODULE_0__/* .GoError */ .nY('patch version increment would overflow uint64');
        return this.next({ pre: '', metadata: '', patch: this.v.patch + 1n });
    }
    IncMinor() {
        if (this.v.minor === UINT64_MAX)
            throw new _template_goErrors_js__WEBPACK_IMPORTED_MODULE_0__/* .GoError */ .nY('minor version increment would overflow uint64');
        return this.next({ pre: '', metadata: '', patch: 0n, minor: this.v.minor + 1n });
    }
    IncMajor() {
        if (this.v.major === UINT64_MAX)
            throw new _template_goErrors_js__WEBPACK_IMPORTED_MODULE_0__/* .GoError */ .nY('major version increment would overflow uint64');
        return this.next({ pre: '', metadata: '', patch: 0n, minor: 0n, major: this.v.major + 1n });
    }
    SetPrerelease(pre) {
        if (pre !== '') {
            const err = validateIdentifiers(pre, 'invalid prerelease string', true);
            if (err !== undefined)
                throw new _template_goErrors_js__WEBPACK_IMPORTED_MODULE_0__/* .GoError */ .nY(err);
        }
        return this.next({ pre });
    }
    SetMetadata(metadata) {
        if (metadata !== '') {
            const err = validateIdentifiers(metadata, 'invalid metadata string', false);
            if (err !== undefined)
                throw new _template_goErrors_js__WEBPACK_IMPORTED_MODULE_0__/* .GoError */ .nY(err);
        }
        return this.next({ metadata });
    }
    /** A copy with changed fields; Original keeps a leading "v" as Masterminds does. */
    next(change) {
        const n = { ...this.v, ...change };
        const vPrefix = this.v.original.startsWith('v') ? 'v' : '';
        return new SemverValue({ ...n, original: vPrefix + (0,_loader_semverRange_js__WEBPACK_IMPORTED_MODULE_3__/* .formatSemver */ .a1)(n) });
    }
}
function validateIdentifiers(s, invalid, numericLeadingZero) {
    for (const part of s.split('.')) {
        if (part === '')
            return invalid;
        if (/^[0-9]+$/.test(part)) {
            if (numericLeadingZero && part.length > 1 && part[0] === '0')
                return 'version segment starts with 0';
        }
        else if (!/^[0-9A-Za-z-]+$/.test(part))
            return invalid;
    }
    return undefined;
}
/** *semver.Version, what `semver` returns: the value methods plus the pointer-receiver ones. */
class SemverPointer extends SemverValue {
    goType() {
        return '*semver.Version';
    }
    methodSignature(name) {
        if (['LessThan', 'LessThanEqual', 'GreaterThan', 'GreaterThanEqual', 'Equal', 'Compare'].includes(name))
            return { params: ['*semver.Version'] };
        return super.methodSignature(name);
    }
    Original() {
        return this.v.original;
    }
    Compare(o) {
        if (o === null)
            throw new _template_goErrors_js__WEBPACK_IMPORTED_MODULE_0__/* .GoError */ .nY('runtime error: invalid memory address or nil pointer dereference');
        return BigInt((0,_loader_semverRange_js__WEBPACK_IMPORTED_MODULE_3__/* .compareSemver */ .mU)(this.v, o.v));
    }
    LessThan(o) {
        return this.Compare(o) < 0n;
    }
    LessThanEqual(o) {
        return this.Compare(o) <= 0n;
    }
    GreaterThan(o) {
        return this.Compare(o) > 0n;
    }
    GreaterThanEqual(o) {
        return this.Compare(o) >= 0n;
    }
    Equal(o) {
        if (o === this)
            return true;
        if (o === null)
            return false;
        return this.Compare(o) === 0n;
    }
}
function newVersion(text) {
    const r = (0,_loader_semverRange_js__WEBPACK_IMPORTED_MODULE_3__/* .parseSemverE */ .rg)(text);
    if ('error' in r)
        throw new _template_goErrors_js__WEBPACK_IMPORTED_MODULE_0__/* .GoError */ .nY(r.error);
    return new SemverPointer(r.version);
}
const semverFunctions = {
    semver: (0,_define_js__WEBPACK_IMPORTED_MODULE_4__/* .def */ .y)(['string'], newVersion),
    semverCompare: (0,_define_js__WEBPACK_IMPORTED_MODULE_4__/* .def */ .y)(['string', 'string'], (constraint, version) => {
        const cs = (0,_loader_semverRange_js__WEBPACK_IMPORTED_MODULE_3__/* .parseConstraintsE */ .N9)(constraint);
        if (typeof cs === 'string')
            throw new _template_goErrors_js__WEBPACK_IMPORTED_MODULE_0__/* .GoError */ .nY(cs);
        const v = (0,_loader_semverRange_js__WEBPACK_IMPORTED_MODULE_3__/* .parseSemverE */ .rg)(version);
        if ('error' in v)
            throw new _template_goErrors_js__WEBPACK_IMPORTED_MODULE_0__/* .GoError */ .nY(v.error);
        return (0,_loader_semverRange_js__WEBPACK_IMPORTED_MODULE_3__/* .constraintsAllow */ .U5)(cs, v.version);
    }),
};


/***/ }),

/***/ 25438:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  f: () => (/* binding */ toYaml),
  R: () => (/* binding */ yamlFunctions)
});

// EXTERNAL MODULE: ./src/core/chart/template/goErrors.ts
var goErrors = __webpack_require__(34402);
// EXTERNAL MODULE: ./src/core/chart/functions/goDuration.ts
var goDuration = __webpack_require__(83682);
// EXTERNAL MODULE: ./src/core/chart/functions/goTime.ts
var goTime = __webpack_require__(9095);
// EXTERNAL MODULE: ./src/core/chart/functions/goTimeLayout.ts
var goTimeLayout = __webpack_require__(18745);
// EXTERNAL MODULE: ./src/core/chart/functions/semver.ts
var semver = __webpack_require__(58856);
// EXTERNAL MODULE: ./src/core/chart/template/goFloat.ts
var goFloat = __webpack_require__(65463);
// EXTERNAL MODULE: ./src/core/chart/template/goValues.ts
var goValues = __webpack_require__(11787);
// EXTERNAL MODULE: ./src/core/chart/functions/goJson.ts
var goJson = __webpack_require__(20372);
;// CONCATENATED MODULE: ./src/core/chart/yaml/yamlResolve.ts
/** go-yaml v2's resolve(): which plain scalars would read back as something other than a string. */
const NON_STRING = new Set([
    'y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON',
    'n', 'N', 'no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF',
    '', '~', 'null', 'Null', 'NULL', '.nan', '.NaN', '.NAN', '.inf', '.Inf', '.INF',
    '+.inf', '+.Inf', '+.INF', '-.inf', '-.Inf', '-.INF',
]);
const YAML_STYLE_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
const BASE60_FLOAT = /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/;
function isGoInt(s, base0) {
    // strconv.ParseInt/ParseUint(s, 0, 64) syntax and range
    const m = /^([+-]?)(0[xX][0-9a-fA-F_]+|0[oO][0-7_]+|0[bB][01_]+|0[0-7_]*|[1-9][0-9_]*)$/.exec(s);
    if (!m)
        return false;
    if (!base0)
        return true;
    let body = m[2].replace(/_/g, '');
    let v;
    try {
        if (/^0[oO]/.test(body))
            body = '0o' + body.slice(2);
        else if (/^0[0-7]+$/.test(body))
            body = '0o' + body.slice(1);
        v = BigInt(body);
    }
    catch {
        return false;
    }
    if (m[1] === '-')
        return v <= 1n << 63n;
    return v <= (1n << 64n) - 1n;
}
function isTimestamp(s) {
    if (!/^\d{4}-/.test(s))
        return false;
    const date = '(\\d{4})-(\\d{1,2})-(\\d{1,2})';
    const time = '(\\d{1,2}):(\\d{1,2}):(\\d{1,2})(\\.\\d+)?';
    const forms = [new RegExp(`^${date}[Tt]${time}(Z|[+-]\\d{2}:\\d{2})$`), new RegExp(`^${date} ${time}$`), new RegExp(`^${date}$`)];
    for (const re of forms) {
        const m = re.exec(s);
        if (!m)
            continue;
        const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
        if (mo < 1 || mo > 12)
            continue;
        const dim = new Date(Date.UTC(y, mo, 0)).getUTCDate();
        if (d < 1 || d > dim)
            continue;
        if (m[4] !== undefined && (Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6]) > 59))
            continue;
        return true;
    }
    return false;
}
/** True when go-yaml v2 would resolve the plain scalar `s` to a string (so it may be written unquoted). */
function resolvesToString(s) {
    if (NON_STRING.has(s))
        return false;
    const c = s[0];
    if (c === undefined)
        return false;
    if (c === '.')
        return !isParseFloat(s);
    if (c === '+' || c === '-' || (c >= '0' && c <= '9')) {
        if (isTimestamp(s))
            return false;
        const plain = s.replace(/_/g, '');
        if (isGoInt(plain, true))
            return false;
        if (YAML_STYLE_FLOAT.test(plain))
            return false;
        if (/^-?0b[01]+$/.test(plain))
            return false;
        return true;
    }
    return true;
}
function isParseFloat(s) {
    return /^\.[0-9]+([eE][-+]?[0-9]+)?$/.test(s);
}
function isBase60Float(s) {
    const c = s[0];
    if (c === undefined || !(c === '+' || c === '-' || (c >= '0' && c <= '9')) || !s.includes(':'))
        return false;
    return BASE60_FLOAT.test(s);
}
/** The YAML scalar go-yaml v2 reads from a JSON number literal: int, uint or float. */
function resolveJSONNumber(text) {
    if (/^-?\d+$/.test(text)) {
        const v = BigInt(text);
        if (v >= -(1n << 63n) && v <= (1n << 64n) - 1n)
            return { kind: 'int', value: v };
    }
    return { kind: 'float', value: Number(text) };
}

;// CONCATENATED MODULE: ./src/core/chart/yaml/yamlNode.ts
/** The tree go-yaml v2 sees after sigs.k8s.io/yaml's JSON round trip: maps with string keys, sequences, strings, plain scalars. */





/**
 * go-yaml's key order (sorter.go keyList.Less for string keys): digits compare as numbers, letters before others.
 * v3 changed one rule: after a common run of digits, a letter sorts after a digit (`a1b` < `a1x`, but `a10` < `a1b`).
 */
function yamlKeyLess(a, b, version = 'v2') {
    // Keys are compared millions of times in a large render: code points go into reused buffers, not new arrays.
    const al = codePointsInto(a, 0);
    const bl = codePointsInto(b, 1);
    const ar = scratch[0];
    const br = scratch[1];
    let digits = false;
    for (let i = 0; i < al && i < bl; i++) {
        if (ar[i] === br[i]) {
            digits = isKeyDigit(ar[i]);
            continue;
        }
        const aLetter = isKeyLetter(ar[i]);
        const bLetter = isKeyLetter(br[i]);
        if (aLetter && bLetter)
            return ar[i] < br[i];
        if (aLetter || bLetter)
            return version === 'v3' && digits ? aLetter : bLetter;
        let an = 0n;
        let bn = 0n;
        if (ar[i] === 0x30 || br[i] === 0x30) {
            for (let j = i - 1; j >= 0 && isKeyDigit(ar[j]); j--) {
                if (ar[j] !== 0x30) {
                    an = 1n;
                    bn = 1n;
                    break;
                }
            }
        }
        let ai = i;
        for (; ai < al && isKeyDigit(ar[ai]); ai++)
            an = BigInt.asIntN(64, an * 10n + BigInt(ar[ai] - 0x30));
        let bi = i;
        for (; bi < bl && isKeyDigit(br[bi]); bi++)
            bn = BigInt.asIntN(64, bn * 10n + BigInt(br[bi] - 0x30));
        if (an !== bn)
            return an < bn;
        if (ai !== bi)
            return ai < bi;
        return ar[i] < br[i];
    }
    return al < bl;
}
const scratch = [new Uint32Array(64), new Uint32Array(64)];
/** Writes the code points of `s` into scratch buffer `which` (grown as needed); returns how many. */
function codePointsInto(s, which) {
    let buf = scratch[which];
    if (buf.length < s.length)
        buf = scratch[which] = new Uint32Array(s.length * 2);
    let n = 0;
    for (let i = 0; i < s.length; i++) {
        const c = s.codePointAt(i);
        if (c > 0xffff)
            i++;
        buf[n++] = c;
    }
    return n;
}
function isKeyLetter(r) {
    return r < 0x80 ? (r >= 0x41 && r <= 0x5a) || (r >= 0x61 && r <= 0x7a) : /^\p{L}$/u.test(String.fromCodePoint(r));
}
function isKeyDigit(r) {
    return r < 0x80 ? r >= 0x30 && r <= 0x39 : /^\p{Nd}$/u.test(String.fromCodePoint(r));
}
/** ASCII without digits: go-yaml's order is then a plain one once letters rank after every other character. */
const DIGITLESS_ASCII = /^[\x00-\x2f\x3a-\x7f]*$/;
function sortYamlKeys(keys, version = 'v2') {
    if (keys.length < 2)
        return keys;
    // Most keys (apiVersion, app.kubernetes.io/name, …) have no digit: each is ranked once instead of decoded on
    // every comparison. With digits (numeric runs) or beyond ASCII, the full comparison.
    if (keys.every((k) => DIGITLESS_ASCII.test(k))) {
        const ranked = keys.map((k) => [letterRanked(k), k]);
        ranked.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        for (let i = 0; i < keys.length; i++)
            keys[i] = ranked[i][1];
        return keys;
    }
    return keys.sort((x, y) => (yamlKeyLess(x, y, version) ? -1 : yamlKeyLess(y, x, version) ? 1 : 0));
}
/** The key with every ASCII letter moved above 0xff: non-letters first, then letters, each by code point. */
function letterRanked(key) {
    let out = '';
    for (let i = 0; i < key.length; i++) {
        const c = key.charCodeAt(i);
        out += String.fromCharCode((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) ? 0x100 + c : c);
    }
    return out;
}
function numberNode(jsonText) {
    const r = resolveJSONNumber(jsonText);
    if (r.kind === 'int')
        return { t: 'plain', v: r.value.toString() };
    const f = r.value;
    let s = (0,goFloat/* formatFloat */.k)(f, 'g', -1);
    if (s === '+Inf')
        s = '.inf';
    else if (s === '-Inf')
        s = '-.inf';
    else if (s === 'NaN')
        s = '.nan';
    return { t: 'plain', v: s };
}
/** Converts a Go value to what go-yaml v2 decodes from its JSON encoding (json.Marshal errors propagate as GoError). */
function toYamlNode(v) {
    if (v === null || v === undefined)
        return { t: 'plain', v: 'null' };
    switch (typeof v) {
        case 'string':
            // go-yaml reads the JSON text back: inside its double-quoted scalars NEL, LS and PS are line breaks and fold to a space.
            // json.Marshal writes U+FFFD for a byte of invalid UTF-8 (a lone surrogate here, template/goBytes.ts).
            const s = v.replace(/[\ud800-\udfff]/gu, '\ufffd');
            return { t: 'str', v: /[\u0085\u2028\u2029]/.test(s) ? s.replace(/[ \t]*[\u0085\u2028\u2029][ \t]*/g, ' ') : s };
        case 'boolean':
            return { t: 'plain', v: v ? 'true' : 'false' };
        case 'number':
            if (!Number.isFinite(v))
                throw new goErrors/* GoError */.nY(`json: unsupported value: ${Number.isNaN(v) ? 'NaN' : v > 0 ? '+Inf' : '-Inf'}`);
            return numberNode((0,goFloat/* formatJSONFloat */.w)(v));
        case 'bigint':
            return numberNode(v.toString());
    }
    if (v instanceof goValues/* GoInt */.ov)
        return numberNode(v.value.toString());
    if (Array.isArray(v))
        return { t: 'seq', items: v.map(toYamlNode) };
    if ((0,goValues/* isGoMap */.Rb)(v))
        return { t: 'map', entries: sortYamlKeys(Object.keys(v)).map((k) => [k, toYamlNode(v[k])]) };
    if (v instanceof Uint8Array || v instanceof goValues/* GoObject */.MV)
        return fromJSONValue((0,goJson/* unmarshalJSON */.OZ)((0,goJson/* marshalJSON */.lP)(v)));
    throw new goErrors/* GoError */.nY(`json: unsupported type: ${typeof v}`);
}
function fromJSONValue(v) {
    if (typeof v === 'number')
        return numberNode((0,goFloat/* formatJSONFloat */.w)(v));
    return toYamlNode(v);
}
void goFloat/* formatFloat */.k;

// EXTERNAL MODULE: ./src/core/chart/template/goBytes.ts
var goBytes = __webpack_require__(38390);
;// CONCATENATED MODULE: ./src/core/chart/yaml/goValueYamlNode.ts
/**
 * The tree go-yaml v3's encoder builds straight from a Go value (Helm's toYamlPretty has no JSON round trip,
 * so ints stay ints, times are RFC 3339 and NaN or Inf are written rather than refused).
 */









const RFC3339_NANO = '2006-01-02T15:04:05.999999999Z07:00';
/** encoder.floatv: strconv 'g' form, with YAML's spellings of the infinities and NaN. */
function floatScalar(f) {
    const s = (0,goFloat/* formatFloat */.k)(f, 'g', -1);
    return s === '+Inf' ? '.inf' : s === '-Inf' ? '-.inf' : s === 'NaN' ? '.nan' : s;
}
/** encodeBase64 of go-yaml v3: lines of 70 characters, each ended by a newline once there are two or more. */
function binaryNode(b64) {
    if (b64.length < 70)
        return { t: 'plain', v: b64, tag: '!!binary' };
    let lines = '';
    for (let i = 0; i < b64.length; i += 70)
        lines += b64.slice(i, i + 70) + '\n';
    return { t: 'str', v: lines, tag: '!!binary' };
}
/** encoder.marshal for the values a template can hold; a Go struct without a YAML form is a GoError (toYamlPretty then returns ""). */
function goValueYamlNode(v) {
    if (v === null || v === undefined)
        return { t: 'plain', v: 'null' };
    switch (typeof v) {
        case 'string':
            // go-yaml v3 cannot write bytes that are not UTF-8 as text: it tags them !!binary, base64-encoded.
            if ((0,goBytes/* holdsRawBytes */.uW)(v))
                return binaryNode((0,goBytes/* goStringBytes */.Dd)(v).toString('base64'));
            return { t: 'str', v };
        case 'boolean':
            return { t: 'plain', v: v ? 'true' : 'false' };
        case 'number':
            return { t: 'plain', v: floatScalar(v) };
        case 'bigint':
            return { t: 'plain', v: v.toString() };
    }
    if (v instanceof goValues/* GoInt */.ov)
        return { t: 'plain', v: v.value.toString() };
    if (Array.isArray(v))
        return { t: 'seq', items: v.map(goValueYamlNode) };
    // []byte is a slice of uint8 to reflect: a sequence of numbers.
    if (v instanceof Uint8Array)
        return { t: 'seq', items: [...v].map((b) => ({ t: 'plain', v: String(b) })) };
    if ((0,goValues/* isGoMap */.Rb)(v))
        return { t: 'map', entries: sortYamlKeys(Object.keys(v), 'v3').map((k) => [k, goValueYamlNode(v[k])]) };
    if (v instanceof goTime/* GoTime */.yT)
        return { t: 'plain', v: (0,goTimeLayout/* formatTime */.fU)(v, RFC3339_NANO) };
    if (v instanceof goDuration/* GoDuration */.zo)
        return { t: 'str', v: v.String() };
    // semver.Version is an encoding.TextMarshaler: its text is the version string.
    if (v instanceof semver/* SemverValue */.eB)
        return { t: 'str', v: v.String() };
    if (v instanceof goValues/* GoObject */.MV) {
        const u = v.underlying();
        if (u !== undefined)
            return goValueYamlNode(u.value);
    }
    throw new goErrors/* GoError */.nY(`yaml: cannot marshal type: ${(0,goValues/* goTypeName */.O4)(v)}`);
}

;// CONCATENATED MODULE: ./src/core/chart/yaml/yamlEmitter.ts
/**
 * A YAML writer that produces exactly what go-yaml's encoder produces: v2 as used by sigs.k8s.io/yaml.Marshal
 * (Helm's toYaml: indentless sequences in mappings, 80-column folding), or v3's Encoder with SetIndent(2)
 * (Helm's toYamlPretty). Block style and YAML 1.1 quoting in both.
 */

const GO_YAML_V2 = { width: 80, indentlessSequences: true, tabsAllowedInBlock: false, closesStream: true };
const GO_YAML_V3_ENCODER = { width: Number.MAX_SAFE_INTEGER, indentlessSequences: false, tabsAllowedInBlock: true, closesStream: false };
const BEST_INDENT = 2;
function isPrintable(cp) {
    return cp === 0x0a || (cp >= 0x20 && cp <= 0x7e) || (cp >= 0xa0 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd && cp !== 0xfeff);
}
function isBreak(cp) {
    return cp === 0x0d || cp === 0x0a || cp === 0x85 || cp === 0x2028 || cp === 0x2029;
}
function isBlankz(cp) {
    return cp === undefined || cp === 0x20 || cp === 0x09 || isBreak(cp) || cp === 0;
}
// The same short strings (label values, keys) are written over and over in a render; their analysis is cached.
const analysisCache = new WeakMap();
const CACHED_LENGTH = 256;
function analyze(value, dialect) {
    if (value.length > CACHED_LENGTH)
        return analyzeScalar(value, dialect);
    let cache = analysisCache.get(dialect);
    if (cache === undefined)
        analysisCache.set(dialect, (cache = new Map()));
    let a = cache.get(value);
    if (a === undefined) {
        if (cache.size >= 10_000)
            cache.clear();
        a = analyzeScalar(value, dialect);
        cache.set(value, a);
    }
    return a;
}
/** The number of characters (code points) the writer counts for `s`, as `[...s].length`. */
function codePointLength(s) {
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
function analyzeScalar(value, dialect) {
    if (value.length === 0)
        return { multiline: false, flowPlain: false, blockPlain: true, singleQuoted: true, block: false };
    const cps = [...value].map((c) => c.codePointAt(0));
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
        const c = cps[i];
        const next = cps[i + 1];
        const followedByWhitespace = next === undefined || next === 0x20 || next === 0x09;
        const ch = String.fromCodePoint(c);
        if (i === 0) {
            if ('#,[]{}&*!|>\'"%@`'.includes(ch)) {
                flowIndicators = true;
                blockIndicators = true;
            }
            else if (ch === '?' || ch === ':') {
                flowIndicators = true;
                if (followedByWhitespace)
                    blockIndicators = true;
            }
            else if (ch === '-' && followedByWhitespace) {
                flowIndicators = true;
                blockIndicators = true;
            }
        }
        else if (',?[]{}'.includes(ch))
            flowIndicators = true;
        else if (ch === ':') {
            flowIndicators = true;
            if (followedByWhitespace)
                blockIndicators = true;
        }
        else if (ch === '#' && precededByWhitespace) {
            flowIndicators = true;
            blockIndicators = true;
        }
        if (c === 0x09 && dialect.tabsAllowedInBlock)
            tabs = true;
        else if (!isPrintable(c))
            special = true;
        if (c === 0x20) {
            if (i === 0)
                leadingSpace = true;
            if (i === cps.length - 1)
                trailingSpace = true;
            if (previousBreak)
                breakSpace = true;
            previousSpace = true;
            previousBreak = false;
        }
        else if (isBreak(c)) {
            lineBreaks = true;
            if (i === 0)
                leadingBreak = true;
            if (i === cps.length - 1)
                trailingBreak = true;
            if (previousSpace)
                spaceBreak = true;
            previousSpace = false;
            previousBreak = true;
        }
        else {
            previousSpace = false;
            previousBreak = false;
        }
        precededByWhitespace = isBlankz(c);
    }
    const a = { multiline: lineBreaks, flowPlain: true, blockPlain: true, singleQuoted: true, block: true };
    if (leadingSpace || leadingBreak || trailingSpace || trailingBreak)
        a.flowPlain = a.blockPlain = false;
    if (trailingSpace)
        a.block = false;
    if (breakSpace)
        a.flowPlain = a.blockPlain = a.singleQuoted = false;
    if (spaceBreak || tabs || special)
        a.flowPlain = a.blockPlain = a.singleQuoted = false;
    if (spaceBreak || special)
        a.block = false;
    if (lineBreaks)
        a.flowPlain = a.blockPlain = false;
    if (flowIndicators)
        a.flowPlain = false;
    if (blockIndicators)
        a.blockPlain = false;
    return a;
}
/** encoder.stringv then emitter.select_scalar_style, for a block context. */
function selectStyle(node, simpleKey, a) {
    let style;
    if (node.t === 'plain')
        style = 'plain';
    else if (node.v.includes('\n'))
        style = 'literal';
    else if (resolvesToString(node.v) && !isBase60Float(node.v))
        style = 'plain';
    else
        style = 'double';
    const implicit = node.t === 'plain' || style === 'plain';
    if (simpleKey && a.multiline)
        style = 'double';
    if (style === 'plain') {
        if (!a.blockPlain)
            style = 'single';
        if (node.v.length === 0 && simpleKey)
            style = 'single';
        if (!implicit)
            style = 'single';
    }
    if (style === 'single' && !a.singleQuoted)
        style = 'double';
    if (style === 'literal' && (!a.block || simpleKey))
        style = 'double';
    return style;
}
class Writer {
    dialect;
    constructor(dialect) {
        this.dialect = dialect;
    }
    out = '';
    column = 0;
    whitespace = true;
    indention = true;
    openEnded = false;
    put(s) {
        this.out += s;
        this.column += s.length;
    }
    /** write(): one character, counted as one column. */
    putChar(ch) {
        this.out += ch;
        this.column += 1;
    }
    putBreak() {
        this.out += '\n';
        this.column = 0;
    }
    writeIndent(indent) {
        if (indent < 0)
            indent = 0;
        if (!this.indention || this.column > indent || (this.column === indent && !this.whitespace))
            this.putBreak();
        if (this.column < indent)
            this.put(' '.repeat(indent - this.column));
        this.whitespace = true;
        this.indention = true;
    }
    indicator(s, needWhitespace, isWhitespace, isIndention) {
        if (needWhitespace && !this.whitespace)
            this.put(' ');
        this.put(s);
        this.whitespace = isWhitespace;
        this.indention = this.indention && isIndention;
        this.openEnded = false;
    }
    /** Whether the text may fold at a space: only past the width, and only where breaks are allowed. */
    mayFold(value, allowBreaks) {
        return allowBreaks && this.column + value.length > this.dialect.width && value.includes(' ');
    }
    plain(value, indent, allowBreaks, root) {
        if (!this.whitespace)
            this.put(' ');
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
            const ch = chars[i];
            if (ch === ' ') {
                if (allowBreaks && !spaces && this.column > this.dialect.width && chars[i + 1] !== ' ')
                    this.writeIndent(indent);
                else
                    this.putChar(ch);
                spaces = true;
            }
            else {
                this.putChar(ch);
                this.indention = false;
                spaces = false;
            }
        }
        this.whitespace = false;
        this.indention = false;
        void root;
    }
    single(value, indent, allowBreaks) {
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
            const ch = chars[i];
            if (ch === ' ') {
                if (allowBreaks && !spaces && this.column > this.dialect.width && i > 0 && i < chars.length - 1 && chars[i + 1] !== ' ')
                    this.writeIndent(indent);
                else
                    this.putChar(ch);
                spaces = true;
            }
            else {
                if (ch === "'")
                    this.putChar("'");
                this.putChar(ch);
                this.indention = false;
                spaces = false;
            }
        }
        this.indicator("'", false, false, false);
        this.whitespace = false;
        this.indention = false;
    }
    double(value, indent, allowBreaks) {
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
            const ch = chars[i];
            const v = ch.codePointAt(0);
            if (!isPrintable(v) || v === 0xfeff || isBreak(v) || ch === '"' || ch === '\\') {
                this.putChar('\\');
                const simple = { 0: '0', 7: 'a', 8: 'b', 9: 't', 10: 'n', 11: 'v', 12: 'f', 13: 'r', 0x1b: 'e', 0x22: '"', 0x5c: '\\', 0x85: 'N', 0xa0: '_', 0x2028: 'L', 0x2029: 'P' };
                const e = simple[v];
                if (e !== undefined)
                    this.putChar(e);
                else {
                    const [p, w] = v <= 0xff ? ['x', 2] : v <= 0xffff ? ['u', 4] : ['U', 8];
                    this.put(p + v.toString(16).toUpperCase().padStart(w, '0'));
                }
                spaces = false;
            }
            else if (ch === ' ') {
                if (allowBreaks && !spaces && this.column > this.dialect.width && i > 0 && i < chars.length - 1) {
                    this.writeIndent(indent);
                    if (chars[i + 1] === ' ')
                        this.putChar('\\');
                }
                else
                    this.putChar(ch);
                spaces = true;
            }
            else {
                this.putChar(ch);
                spaces = false;
            }
        }
        this.indicator('"', false, false, false);
        this.whitespace = false;
        this.indention = false;
    }
    literal(value, indent) {
        this.indicator('|', true, false, false);
        if (value.startsWith(' ') || value.startsWith('\n'))
            this.indicator(String(BEST_INDENT), false, false, false);
        this.openEnded = false;
        let chomp = '';
        if (value.length === 0)
            chomp = '-';
        else if (!value.endsWith('\n'))
            chomp = '-';
        else if (value.length === 1) {
            chomp = '+';
            this.openEnded = true;
        }
        else if (value[value.length - 2] === '\n') {
            chomp = '+';
            this.openEnded = true;
        }
        if (chomp)
            this.indicator(chomp, false, false, false);
        this.putBreak();
        this.indention = true;
        this.whitespace = true;
        let breaks = true;
        for (const ch of value) {
            if (ch === '\n') {
                this.putBreak();
                this.indention = true;
                breaks = true;
            }
            else {
                if (breaks)
                    this.writeIndent(indent);
                this.putChar(ch);
                this.indention = false;
                breaks = false;
            }
        }
    }
    scalar(node, indent, simpleKey, root) {
        const a = analyze(node.v, this.dialect);
        const style = selectStyle(node, simpleKey, a);
        const allowBreaks = !simpleKey;
        if (node.tag !== undefined)
            this.indicator(node.tag, true, false, false);
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
    node(n, parentIndent, inMapping, root) {
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
function emitYaml(root, dialect = GO_YAML_V2) {
    const w = new Writer(dialect);
    w.node(root, -1, false, true);
    w.writeIndent(-1);
    if (w.openEnded && dialect.closesStream) {
        w.indicator('...', true, false, false);
        w.writeIndent(-1);
    }
    return w.out;
}

// EXTERNAL MODULE: ./src/core/chart/functions/define.ts
var functions_define = __webpack_require__(85655);
// EXTERNAL MODULE: ./src/core/chart/functions/functionLibraries.ts
var functionLibraries = __webpack_require__(34029);
// EXTERNAL MODULE: ./src/core/chart/values/blockYamlReader.ts
var blockYamlReader = __webpack_require__(60070);
// EXTERNAL MODULE: ./src/core/chart/values/goYamlValues.ts
var goYamlValues = __webpack_require__(32448);
// EXTERNAL MODULE: ./src/core/chart/yaml/yamlReader.ts
var yamlReader = __webpack_require__(34312);
// EXTERNAL MODULE: ./src/core/chart/yaml/goYamlSyntax.ts
var goYamlSyntax = __webpack_require__(23038);
;// CONCATENATED MODULE: ./src/core/chart/functions/yaml.ts
/** Helm's YAML functions: toYaml (JSON round trip then go-yaml v2), mustToYaml, toYamlPretty (go-yaml v3), fromYaml, fromYamlArray. */










/** sigs.k8s.io/yaml.Marshal without the trailing newline, as Helm's toYAML returns it. */
function toYaml(v) {
    const s = emitYaml(toYamlNode(v === undefined ? null : v));
    return s.endsWith('\n') ? s.slice(0, -1) : s;
}
/** Helm's toYAMLPretty: go-yaml v3's Encoder, indent 2, on the value itself; any encoding failure gives "". */
function toYamlPretty(v) {
    try {
        const s = emitYaml(goValueYamlNode(v), GO_YAML_V3_ENCODER);
        return s.endsWith('\n') ? s.slice(0, -1) : s;
    }
    catch (e) {
        if (e instanceof goErrors/* GoError */.nY)
            return '';
        throw e;
    }
}
/** YAML (1.1 rules, as go-yaml v2) to JSON-compatible values: string keys, float64 numbers. */
function parseYaml(text) {
    const problem = (0,yamlReader/* yamlReaderProblem */._)(text);
    if (problem !== undefined)
        throw new goErrors/* GoError */.nY(`error converting YAML to JSON: yaml: ${problem}`);
    // Block YAML as toYaml writes it (most of what charts give fromYaml) is read by the values reader, which is
    // proven equal to go-yaml on what it accepts: no YAML library to load, no second parse. Anything else, and
    // values JSON cannot hold (NaN, infinities: Helm's error text), goes to the full parse below.
    const block = (0,blockYamlReader/* readBlockYaml */.l)(text, false);
    if (block !== undefined)
        return jsonReady(block.value);
    // toYaml of an empty map or list.
    const trimmed = text.trim();
    if (trimmed === '{}')
        return {};
    if (trimmed === '[]')
        return [];
    // Spaces and comments only (a tab is an error to go-yaml): an empty document.
    if (text.split('\n').every((line) => /^ *(#.*)?\r?$/.test(line)))
        return null;
    const goError = (0,goYamlSyntax/* goYamlSyntaxError */.X)(text);
    if (goError !== undefined)
        throw new goErrors/* GoError */.nY(`error converting YAML to JSON: yaml: ${goError.message}`);
    // go-yaml v2 leaves timestamps as strings when decoding into interface{}.
    // yaml.Unmarshal decodes the first document of the stream and never reads the ones after it.
    const docs = (0,functionLibraries/* yamlLibrary */.Tj)().parseAllDocuments(text, {
        version: '1.1',
        uniqueKeys: false,
        merge: true,
        intAsBigInt: false,
        customTags: (tags) => tags.filter((t) => typeof t === 'string' || t.tag !== 'tag:yaml.org,2002:timestamp'),
    });
    const doc = Array.isArray(docs) ? docs[0] : undefined;
    if (doc === undefined)
        return null;
    if (doc.errors.length > 0) {
        const e = doc.errors[0];
        throw new goErrors/* GoError */.nY(`error converting YAML to JSON: yaml: line ${e.linePos?.[0]?.line ?? 1}: ${e.message.split('\n')[0]}`);
    }
    return jsonReady(toJSONish(doc.toJS({ maxAliasCount: -1 })));
}
/** sigs.k8s.io/yaml goes through JSON, which has no NaN or infinities: Helm gets the encoder's error. */
function jsonReady(value) {
    const unsupported = (0,goYamlValues/* unsupportedJsonValue */.pR)(value);
    if (unsupported !== undefined)
        throw new goErrors/* GoError */.nY(`error converting YAML to JSON: json: unsupported value: ${unsupported}`);
    return value;
}
function toJSONish(v) {
    if (v === undefined)
        return null;
    if (v instanceof Date)
        return v.toISOString().replace('.000Z', 'Z');
    if (typeof v === 'bigint')
        return Number(v);
    if (Array.isArray(v))
        return v.map(toJSONish);
    if (v instanceof Map) {
        const o = {};
        for (const [k, x] of v)
            o[String(k)] = toJSONish(x);
        return o;
    }
    if (v !== null && typeof v === 'object') {
        const o = {};
        for (const [k, x] of Object.entries(v))
            o[k] = toJSONish(x);
        return o;
    }
    return v;
}
function typeName(v) {
    return Array.isArray(v) ? 'array' : v !== null && typeof v === 'object' ? 'object' : typeof v === 'string' ? 'string' : typeof v === 'number' ? 'number' : 'bool';
}
const yamlFunctions = {
    toYaml: (0,functions_define/* def */.y)(['any'], (v) => {
        try {
            return toYaml(v);
        }
        catch (e) {
            if (e instanceof goErrors/* GoError */.nY)
                return '';
            throw e;
        }
    }),
    mustToYaml: (0,functions_define/* def */.y)(['any'], (v) => toYaml(v)),
    toYamlPretty: (0,functions_define/* def */.y)(['any'], toYamlPretty),
    // The full parse of fromYaml uses the `yaml` package, loaded the first time a text needs it (functionLibraries).
    ...{
        fromYaml: (0,functions_define/* def */.y)(['string'], (s) => {
            try {
                const v = parseYaml(s);
                if (v === null)
                    return {};
                if (typeName(v) !== 'object')
                    return { Error: `error unmarshaling JSON: while decoding JSON: json: cannot unmarshal ${typeName(v)} into Go value of type map[string]interface {}` };
                return v;
            }
            catch (e) {
                if (e instanceof goErrors/* GoError */.nY)
                    return { Error: e.message };
                throw e;
            }
        }),
        fromYamlArray: (0,functions_define/* def */.y)(['string'], (s) => {
            try {
                const v = parseYaml(s);
                if (v === null)
                    return [];
                if (!Array.isArray(v))
                    return [`error unmarshaling JSON: while decoding JSON: json: cannot unmarshal ${typeName(v)} into Go value of type []interface {}`];
                return v;
            }
            catch (e) {
                if (e instanceof goErrors/* GoError */.nY)
                    return [e.message];
                throw e;
            }
        }),
    },
};


/***/ }),

/***/ 76463:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N9: () => (/* binding */ parseConstraintsE),
/* harmony export */   U5: () => (/* binding */ constraintsAllow),
/* harmony export */   a1: () => (/* binding */ formatSemver),
/* harmony export */   cb: () => (/* binding */ isCompatibleRange),
/* harmony export */   kf: () => (/* binding */ parseSemver),
/* harmony export */   mU: () => (/* binding */ compareSemver),
/* harmony export */   rg: () => (/* binding */ parseSemverE)
/* harmony export */ });
/* unused harmony export parseConstraints */
/* harmony import */ var _template_goQuote_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(12889);
/**
 * Masterminds/semver v3 (v3.5.0, as helm v4.3.1 pins it): version parsing and constraint checks, for chart
 * version validation, dependency matching (IsCompatibleRange), kubeVersion checks and Sprig's semver functions.
 */

/** NewVersion coerces (CoerceNewVersion is true by default): leading zeros are accepted, as is a missing minor/patch. */
const LOOSE_VERSION = /^v?([0-9]+)(\.[0-9]+)?(\.[0-9]+)?(-([0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*))?(\+([0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*))?$/;
const MAX_VERSION_LEN = 256;
const UINT64_MAX = (1n << 64n) - 1n;
function parseSegment(digits) {
    const n = BigInt(digits);
    if (n > UINT64_MAX)
        return `error parsing version segment: strconv.ParseUint: parsing "${digits}": value out of range`;
    return n;
}
function validatePrerelease(pre) {
    for (const part of pre.split('.')) {
        if (part === '')
            return 'invalid prerelease string';
        if (/^[0-9]+$/.test(part) && part.length > 1 && part[0] === '0')
            return 'version segment starts with 0';
    }
    return undefined;
}
/** semver.NewVersion with its error texts. */
function parseSemverE(v) {
    if (Buffer.byteLength(v) > MAX_VERSION_LEN)
        return { error: `version string is too long (max ${MAX_VERSION_LEN} bytes)` };
    const m = LOOSE_VERSION.exec(v);
    if (m === null)
        return { error: 'invalid semantic version' };
    const parts = [m[1], (m[2] ?? '.0').slice(1), (m[3] ?? '.0').slice(1)].map(parseSegment);
    for (const p of parts)
        if (typeof p === 'string')
            return { error: p };
    const pre = m[5] ?? '';
    const metadata = m[8] ?? '';
    if (pre !== '') {
        const err = validatePrerelease(pre);
        if (err !== undefined)
            return { error: err };
    }
    const [major, minor, patch] = parts;
    return { version: { major: major, minor: minor, patch: patch, pre, metadata, original: v } };
}
/** semver.NewVersion; undefined when invalid. */
function parseSemver(v) {
    const r = parseSemverE(v);
    return 'version' in r ? r.version : undefined;
}
/** Version.String(): the canonical form (no "v", zero-filled). */
function formatSemver(v) {
    return `${v.major}.${v.minor}.${v.patch}${v.pre !== '' ? `-${v.pre}` : ''}${v.metadata !== '' ? `+${v.metadata}` : ''}`;
}
function cmp(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function comparePrePart(s, o) {
    if (s === o)
        return 0;
    if (s === '')
        return o !== '' ? -1 : 1;
    if (o === '')
        return s !== '' ? 1 : -1;
    const on = /^\d+$/.test(o) && BigInt(o) <= UINT64_MAX;
    const sn = /^\d+$/.test(s) && BigInt(s) <= UINT64_MAX;
    if (!on && !sn)
        return s > o ? 1 : -1;
    if (!on)
        return -1;
    if (!sn)
        return 1;
    return cmp(BigInt(s), BigInt(o)) > 0 ? 1 : -1;
}
function comparePrerelease(v, o) {
    const sp = v.split('.');
    const op = o.split('.');
    const l = Math.max(sp.length, op.length);
    for (let i = 0; i < l; i++) {
        const d = comparePrePart(sp[i] ?? '', op[i] ?? '');
        if (d !== 0)
            return d;
    }
    return 0;
}
function compareSemver(v, o) {
    const d = cmp(v.major, o.major) || cmp(v.minor, o.minor) || cmp(v.patch, o.patch);
    if (d !== 0)
        return d;
    if (v.pre === '' && o.pre === '')
        return 0;
    if (v.pre === '')
        return 1;
    if (o.pre === '')
        return -1;
    return comparePrerelease(v.pre, o.pre);
}
const CV = 'v?([0-9|x|X|\\*]+)(\\.[0-9|x|X|\\*]+)?(\\.[0-9|x|X|\\*]+)?(-([0-9A-Za-z\\-]+(\\.[0-9A-Za-z\\-]+)*))?(\\+([0-9A-Za-z\\-]+(\\.[0-9A-Za-z\\-]+)*))?';
const OPS = '=||!=|>|<|>=|=>|<=|=<|~|~>|\\^';
const CONSTRAINT = new RegExp(`^\\s*(${OPS})\\s*(${CV})\\s*$`);
const RANGE = new RegExp(`\\s*(${CV})\\s+-\\s+(${CV})\\s*`, 'g');
const FIND = new RegExp(`(${OPS})\\s*(${CV})`, 'g');
const VALID = new RegExp(`^(\\s*(${OPS})\\s*(${CV})\\s*)((?:\\s+|,\\s*)(${OPS})\\s*(${CV})\\s*)*$`);
const isX = (x) => x === 'x' || x === '*' || x === 'X';
function parseConstraint(c) {
    if (c.length === 0)
        return { con: parseSemver('0.0.0'), orig: c, op: '', dirty: true, minorDirty: false, patchDirty: false };
    const m = CONSTRAINT.exec(c);
    if (m === null)
        return `improper constraint: ${(0,_template_goQuote_js__WEBPACK_IMPORTED_MODULE_0__/* .goQuote */ .dg)(c)}`;
    const [, op = '', orig = '', major = '', minorPart = '', patchPart = '', pre = ''] = m;
    let ver = orig;
    let dirty = false;
    let minorDirty = false;
    let patchDirty = false;
    if (isX(major) || major === '') {
        ver = `0.0.0${pre}`;
        dirty = true;
    }
    else if (isX(minorPart.replace(/^\./, '')) || minorPart === '') {
        minorDirty = dirty = true;
        ver = `${major}.0.0${pre}`;
    }
    else if (isX(patchPart.replace(/^\./, '')) || patchPart === '') {
        patchDirty = dirty = true;
        ver = `${major}${minorPart}.0${pre}`;
    }
    const con = parseSemver(ver);
    if (con === undefined)
        return 'constraint parser error';
    return { con, orig, op, dirty, minorDirty, patchDirty };
}
function check(v, c, includePre) {
    if (v.pre !== '' && !includePre)
        return false;
    const n = c.con;
    switch (c.op) {
        case '':
        case '=':
            return c.dirty ? tilde(v, c) : compareSemver(v, n) === 0;
        case '!=':
            if (c.dirty) {
                if (n.major !== v.major)
                    return true;
                if (n.minor !== v.minor && !c.minorDirty)
                    return true;
                if (c.minorDirty)
                    return false;
                if (n.patch !== v.patch && !c.patchDirty)
                    return true;
                if (c.patchDirty)
                    return (v.pre !== '' || n.pre !== '') && comparePrerelease(v.pre, n.pre) !== 0;
            }
            return compareSemver(v, n) !== 0;
        case '>':
            if (!c.dirty)
                return compareSemver(v, n) === 1;
            if (v.major > n.major)
                return true;
            if (v.major < n.major || c.minorDirty)
                return false;
            if (c.patchDirty)
                return v.minor > n.minor;
            return compareSemver(v, n) === 1;
        case '<':
            return compareSemver(v, n) < 0;
        case '>=':
        case '=>':
            return compareSemver(v, n) >= 0;
        case '<=':
        case '=<':
            if (!c.dirty)
                return compareSemver(v, n) <= 0;
            if (v.major > n.major)
                return false;
            return !(v.major === n.major && v.minor > n.minor && !c.minorDirty);
        case '~':
        case '~>':
            return tilde(v, c);
        case '^':
            if (compareSemver(v, n) < 0)
                return false;
            if (n.major > 0n || c.minorDirty)
                return v.major === n.major;
            if (v.major > 0n)
                return false;
            if (n.minor > 0n || c.patchDirty)
                return v.minor === n.minor;
            if (v.minor > 0n)
                return false;
            return n.patch === v.patch;
    }
    return false;
}
function tilde(v, c) {
    const n = c.con;
    if (compareSemver(v, n) < 0)
        return false;
    if (n.major === 0n && n.minor === 0n && n.patch === 0n && !c.minorDirty && !c.patchDirty)
        return true;
    if (v.major !== n.major)
        return false;
    return !(v.minor !== n.minor && !c.minorDirty);
}
const MAX_CONSTRAINT_LEN = 512;
const MAX_CONSTRAINT_GROUPS = 32;
/** semver.NewConstraint: the constraints or Go's error text. */
function parseConstraintsE(text) {
    if (Buffer.byteLength(text) > MAX_CONSTRAINT_LEN)
        return `constraint string is too long (max ${MAX_CONSTRAINT_LEN} bytes)`;
    const rewritten = text.replace(RANGE, (_all, from, ...rest) => `>= ${from}, <= ${rest[9]} `);
    const ors = rewritten.split('||');
    if (ors.length > MAX_CONSTRAINT_GROUPS)
        return `too many constraint groups (max ${MAX_CONSTRAINT_GROUPS})`;
    const groups = [];
    const hasPre = [];
    for (const or of ors) {
        if (!VALID.test(or))
            return `improper constraint: ${(0,_template_goQuote_js__WEBPACK_IMPORTED_MODULE_0__/* .goQuote */ .dg)(or)}`;
        const found = or.match(FIND) ?? [or];
        const group = [];
        let pre = false;
        for (const s of found) {
            const c = parseConstraint(s);
            if (typeof c === 'string')
                return c;
            if (c.con.pre !== '')
                pre = true;
            group.push(c);
        }
        groups.push(group);
        hasPre.push(pre);
    }
    return { groups, hasPre };
}
/** semver.NewConstraint; undefined when the constraint is improper. */
function parseConstraints(text) {
    const r = parseConstraintsE(text);
    return typeof r === 'string' ? undefined : r;
}
function constraintsAllow(cs, v) {
    return cs.groups.some((group, i) => group.every((c) => check(v, c, cs.hasPre[i])));
}
/** Helm's IsCompatibleRange: false when either side does not parse. */
function isCompatibleRange(constraint, version) {
    const v = parseSemver(version);
    if (v === undefined)
        return false;
    const cs = parseConstraints(constraint);
    return cs !== undefined && constraintsAllow(cs, v);
}


/***/ }),

/***/ 34402:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cz: () => (/* binding */ TemplateExecError),
/* harmony export */   eB: () => (/* binding */ errorChain),
/* harmony export */   nY: () => (/* binding */ GoError)
/* harmony export */ });
/** Errors with Go's texts and wrapping chains (errors.Unwrap), so Helm's error formatting can be reproduced. */
/** An error as Go's errors package sees it: a message and, when made with %w, the error it wraps. */
class GoError extends Error {
    wrapped;
    constructor(message, wrapped) {
        super(message);
        this.wrapped = wrapped;
        this.name = 'GoError';
    }
}
/** text/template's ExecError: the failing template's name and Go's full message. */
class TemplateExecError extends GoError {
    templateName;
    constructor(templateName, message, wrapped) {
        // ExecError{Err: fmt.Errorf(...)}: the ExecError and its Err share one text.
        super(message, new GoError(message, wrapped));
        this.templateName = templateName;
        this.name = 'TemplateExecError';
    }
}
/** Messages of the error and everything it wraps, outermost first. */
function errorChain(e) {
    const out = [];
    let cur = e;
    while (cur) {
        out.push(cur.message);
        cur = cur instanceof GoError ? cur.wrapped : undefined;
    }
    return out;
}


/***/ })

};
;
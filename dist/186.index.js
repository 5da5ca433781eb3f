"use strict";
exports.id = 186;
exports.ids = [186];
exports.modules = {

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

/***/ 12889:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M7: () => (/* binding */ goUnquote),
/* harmony export */   Oq: () => (/* binding */ goQuoteASCII),
/* harmony export */   aL: () => (/* binding */ isGoPrint),
/* harmony export */   dg: () => (/* binding */ goQuote),
/* harmony export */   py: () => (/* binding */ goQuoteRune)
/* harmony export */ });
/** strconv.Quote / QuoteRune and unicode.IsPrint as Go defines them. */
const PRINTABLE = /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u;
function isGoPrint(cp) {
    if (cp < 0x20 || cp === 0x7f)
        return false;
    if (cp < 0x7f)
        return true;
    return PRINTABLE.test(String.fromCodePoint(cp));
}
function escapeRune(cp, quote, out) {
    if (cp === quote || cp === 0x5c) {
        out.push('\\', String.fromCodePoint(cp));
        return;
    }
    if (isGoPrint(cp)) {
        out.push(String.fromCodePoint(cp));
        return;
    }
    switch (cp) {
        case 7:
            out.push('\\a');
            return;
        case 8:
            out.push('\\b');
            return;
        case 12:
            out.push('\\f');
            return;
        case 10:
            out.push('\\n');
            return;
        case 13:
            out.push('\\r');
            return;
        case 9:
            out.push('\\t');
            return;
        case 11:
            out.push('\\v');
            return;
    }
    if (cp < 0x20 || cp === 0x7f)
        out.push('\\x' + cp.toString(16).padStart(2, '0'));
    else if (cp >= 0xd800 && cp <= 0xdfff)
        out.push('\\ufffd');
    else if (cp < 0x10000)
        out.push('\\u' + cp.toString(16).padStart(4, '0'));
    else
        out.push('\\U' + cp.toString(16).padStart(8, '0'));
}
/** strconv.Quote. */
function goQuote(s) {
    // Fast path: plain printable ASCII without quotes or backslashes.
    if (/^[\x20-\x21\x23-\x5b\x5d-\x7e]*$/.test(s))
        return '"' + s + '"';
    const out = ['"'];
    for (const ch of s)
        escapeRune(ch.codePointAt(0), 0x22, out);
    out.push('"');
    return out.join('');
}
/** strconv.QuoteToASCII. */
function goQuoteASCII(s) {
    const out = ['"'];
    for (const ch of s) {
        const cp = ch.codePointAt(0);
        if (cp < 0x80)
            escapeRune(cp, 0x22, out);
        else if (cp < 0x10000)
            out.push('\\u' + cp.toString(16).padStart(4, '0'));
        else
            out.push('\\U' + cp.toString(16).padStart(8, '0'));
    }
    out.push('"');
    return out.join('');
}
/** strconv.QuoteRune. */
function goQuoteRune(cp) {
    if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff) || cp < 0)
        cp = 0xfffd;
    const out = ["'"];
    escapeRune(cp, 0x27, out);
    out.push("'");
    return out.join('');
}
/** strconv.Unquote for the literal forms the template lexer produces ("…", `…`, '…'). */
function goUnquote(text) {
    const q = text[0];
    if (q === '`') {
        if (text.length < 2 || text[text.length - 1] !== '`')
            throw new Error('invalid syntax');
        return text.slice(1, -1).replace(/\r/g, '');
    }
    if (text.length < 2 || text[text.length - 1] !== q)
        throw new Error('invalid syntax');
    const body = text.slice(1, -1);
    if (!body.includes('\\')) {
        if (q === "'" && [...body].length !== 1)
            throw new Error('invalid syntax');
        return body;
    }
    let out = '';
    let i = 0;
    let runes = 0;
    const bytes = [];
    const flushBytes = () => {
        if (bytes.length) {
            out += Buffer.from(bytes).toString('utf8');
            bytes.length = 0;
        }
    };
    while (i < body.length) {
        const c = body[i];
        runes++;
        if (c !== '\\') {
            flushBytes();
            if (c === q && q === "'")
                throw new Error('invalid syntax');
            const cp = body.codePointAt(i);
            out += String.fromCodePoint(cp);
            i += cp > 0xffff ? 2 : 1;
            continue;
        }
        const e = body[i + 1];
        i += 2;
        const simple = { a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\' };
        if (e !== undefined && simple[e] !== undefined) {
            flushBytes();
            out += simple[e];
            continue;
        }
        if (e === q) {
            flushBytes();
            out += q;
            continue;
        }
        if (e === 'x' || e === 'u' || e === 'U') {
            const n = e === 'x' ? 2 : e === 'u' ? 4 : 8;
            const hex = body.slice(i, i + n);
            if (hex.length !== n || !/^[0-9a-fA-F]+$/.test(hex))
                throw new Error('invalid syntax');
            i += n;
            const v = parseInt(hex, 16);
            if (e === 'x') {
                if (q === "'") {
                    flushBytes();
                    out += String.fromCodePoint(v);
                }
                else
                    bytes.push(v);
            }
            else {
                if (v > 0x10ffff || (v >= 0xd800 && v < 0xe000))
                    throw new Error('invalid syntax');
                flushBytes();
                out += String.fromCodePoint(v);
            }
            continue;
        }
        if (e !== undefined && e >= '0' && e <= '7') {
            const oct = body.slice(i - 1, i + 2);
            if (!/^[0-7]{3}$/.test(oct))
                throw new Error('invalid syntax');
            i += 2;
            const v = parseInt(oct, 8);
            if (v > 255)
                throw new Error('invalid syntax');
            if (q === "'") {
                flushBytes();
                out += String.fromCodePoint(v);
            }
            else
                bytes.push(v);
            continue;
        }
        throw new Error('invalid syntax');
    }
    flushBytes();
    if (q === "'" && runes !== 1)
        throw new Error('invalid syntax');
    return out;
}


/***/ }),

/***/ 32448:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $0: () => (/* binding */ YamlInt),
/* harmony export */   FR: () => (/* binding */ isValuesMap),
/* harmony export */   Iu: () => (/* binding */ parseYamlDocument),
/* harmony export */   ML: () => (/* binding */ readValuesText),
/* harmony export */   MT: () => (/* binding */ mergeMaps),
/* harmony export */   My: () => (/* binding */ formatFloat32G),
/* harmony export */   Wb: () => (/* binding */ YamlValuesError),
/* harmony export */   t2: () => (/* binding */ resolvePlainScalar)
/* harmony export */ });
/* unused harmony export parseYamlDocuments */
/* harmony import */ var js_yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33243);
/**
 * Reads YAML the way Helm reads values and chart files: sigs.k8s.io/yaml (go-yaml v2 resolution, YAML 1.1
 * booleans, Go's integer syntaxes) converted through JSON, so every number becomes a float64 (a JS number),
 * keys become strings and a later duplicate key wins. Errors carry the line and column.
 */

class YamlValuesError extends Error {
    line;
    column;
    constructor(message, line, column) {
        super(message);
        this.line = line;
        this.column = column;
    }
}
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
            let v = tag === 'binary' ? text.replace(/\s+/g, '') : resolvePlainScalar(text);
            if (tag === 'binary')
                return v;
            const got = v === null ? 'null' : typeof v === 'boolean' ? 'bool' : v instanceof YamlInt ? 'int' : typeof v === 'number' ? 'float' : 'str';
            if (want === 'float' && got === 'int')
                v = Number(v.value);
            else if (got !== want)
                throw new YamlValuesError(`cannot decode !!${got} \`${text}\` as a !!${want}`, 0, 0);
            return v instanceof YamlInt && !keepInts ? Number(v.value) : v;
        },
    });
}
function goSchema(keepInts) {
    const plain = new js_yaml__WEBPACK_IMPORTED_MODULE_0__/* ["default"].Type */ .Ay.Type('tag:yaml.org,2002:goplain', {
        kind: 'scalar',
        resolve: (text) => text !== '<<',
        construct: (text) => {
            const v = resolvePlainScalar(text ?? '');
            return v instanceof YamlInt && !keepInts ? Number(v.value) : v;
        },
    });
    // `<<` stays a plain string key; normalizeKeys applies it with go-yaml v2's semantics.
    return js_yaml__WEBPACK_IMPORTED_MODULE_0__/* ["default"].FAILSAFE_SCHEMA */ .Ay.FAILSAFE_SCHEMA.extend({
        implicit: [plain],
        explicit: [explicitType('int', 'int', keepInts), explicitType('float', 'float', keepInts), explicitType('bool', 'bool', keepInts), explicitType('null', 'null', keepInts), explicitType('binary', 'str', keepInts)],
    });
}
const schemas = { exact: goSchema(true), json: goSchema(false) };
/** Turns js-yaml's keys (String() of the resolved key) into the keys sigs.k8s.io/yaml produces. */
function normalizeKeys(v) {
    if (Array.isArray(v)) {
        for (let i = 0; i < v.length; i++)
            v[i] = normalizeKeys(v[i]);
        return v;
    }
    if (v !== null && typeof v === 'object' && !(v instanceof YamlInt)) {
        const o = v;
        for (const k of Object.keys(o))
            o[k] = normalizeKeys(o[k]);
        if (Object.hasOwn(o, '<<'))
            return applyMerge(o);
    }
    return v;
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
    try {
        const docs = [];
        js_yaml__WEBPACK_IMPORTED_MODULE_0__/* ["default"].loadAll */ .Ay.loadAll(text, (d) => docs.push(d === undefined ? null : normalizeKeys(d)), { schema: options.keepInts ? schemas.exact : schemas.json, json: true });
        return docs;
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
    const docs = parseYamlDocuments(text);
    for (const doc of docs) {
        if (doc === null)
            continue;
        if (!isValuesMap(doc)) {
            const kind = Array.isArray(doc) ? 'array' : typeof doc === 'string' ? 'string' : typeof doc === 'number' ? 'number' : 'bool';
            throw new YamlValuesError(`cannot unmarshal ${kind} into Go value of type map[string]interface {}`, 1, 1);
        }
        values = mergeMaps(values, doc);
    }
    return values;
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
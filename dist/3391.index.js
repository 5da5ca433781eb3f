"use strict";
exports.id = 3391;
exports.ids = [3391,5772];
exports.modules = {

/***/ 95772:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  mergeValueOptions: () => (/* binding */ mergeValueOptions)
});

// UNUSED EXPORTS: noValueOptions

// EXTERNAL MODULE: ./src/core/errors/slipwayError.ts
var slipwayError = __webpack_require__(16602);
// EXTERNAL MODULE: ./src/core/chart/values/goYamlValues.ts
var goYamlValues = __webpack_require__(32448);
// EXTERNAL MODULE: ./src/core/chart/template/goValues.ts
var goValues = __webpack_require__(11787);
;// CONCATENATED MODULE: ./src/core/chart/values/setValues.ts
/**
 * Helm's strvals parsers (pkg/strvals/parser.go and literal_parser.go) for --set, --set-string,
 * --set-file, --set-json and --set-literal: `a.b=c`, lists `{a,b}`, indexes `a[0]`, `\` escapes, typed
 * scalars (true/false/null, int64 without leading zeros, else string), error texts as Helm prints them.
 * --set integers become Go int64 (GoInt), JSON numbers float64.
 */

const MAX_INDEX = 65536;
const MAX_NESTED_NAME_LEVEL = 30;
class EOF extends Error {
    constructor() {
        super('EOF');
    }
}
const isEOF = (e) => e instanceof EOF;
class NotList extends Error {
}
/** A Go panic recovered by key(): "interface conversion: …". */
class Panic extends Error {
}
class SetValuesError extends Error {
}
class Scanner {
    runes;
    pos = 0;
    constructor(runes) {
        this.runes = runes;
    }
    read() {
        return this.pos < this.runes.length ? this.runes[this.pos++] : undefined;
    }
    unread() {
        this.pos--;
    }
    rest() {
        return this.runes.slice(this.pos).join('');
    }
    skipBytes(n) {
        // JSON decoder offsets count bytes; advance rune by rune.
        let bytes = 0;
        while (bytes < n && this.pos < this.runes.length)
            bytes += Buffer.byteLength(this.runes[this.pos++]);
    }
}
function runesUntil(sc, stop, escapes) {
    const v = [];
    for (;;) {
        const r = sc.read();
        if (r === undefined)
            return { v, last: undefined, eof: true };
        if (stop.includes(r))
            return { v, last: r, eof: false };
        if (escapes && r === '\\') {
            const next = sc.read();
            if (next === undefined)
                return { v, last: undefined, eof: true };
            v.push(next);
            continue;
        }
        v.push(r);
    }
}
function goTypeOf(v) {
    if (v === null || v === undefined)
        return 'nil';
    if (typeof v === 'string')
        return 'string';
    if (typeof v === 'boolean')
        return 'bool';
    if (typeof v === 'number')
        return 'float64';
    if (v instanceof goValues/* GoInt */.ov)
        return 'int64';
    if (Array.isArray(v))
        return '[]interface {}';
    return 'map[string]interface {}';
}
function asList(v) {
    if (Array.isArray(v))
        return v;
    throw new Panic(`interface conversion: interface {} is ${goTypeOf(v)}, not []interface {}`);
}
function asMap(v) {
    if (v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof goValues/* GoInt */.ov))
        return v;
    throw new Panic(`interface conversion: interface {} is ${goTypeOf(v)}, not map[string]interface {}`);
}
function set(data, key, val) {
    if (key === '')
        return;
    data[key] = val;
}
function setIndex(list, index, val) {
    if (index < 0)
        throw new SetValuesError(`negative ${index} index not allowed`);
    if (index > MAX_INDEX)
        throw new SetValuesError(`index of ${index} is greater than maximum supported index of ${MAX_INDEX}`);
    if (list.length <= index) {
        const grown = list.slice();
        while (grown.length <= index)
            grown.push(null);
        list = grown;
    }
    list[index] = val;
    return list;
}
function goQuote(runes) {
    return JSON.stringify(runes.join(''));
}
/** fmt's %q of a []rune: each rune quoted, space-separated, in brackets. */
function goQuoteRunes(runes) {
    return `[${runes.map((r) => `'${r === "'" ? "\\'" : r === '\\' ? '\\\\' : r}'`).join(' ')}]`;
}
function goAtoi(s) {
    if (!/^[+-]?\d+$/.test(s))
        throw new SetValuesError(`strconv.Atoi: parsing ${JSON.stringify(s)}: invalid syntax`);
    const n = BigInt(s);
    if (n > (1n << 63n) - 1n || n < -(1n << 63n))
        throw new SetValuesError(`strconv.Atoi: parsing ${JSON.stringify(s)}: value out of range`);
    return Number(n);
}
/** typedVal: true/false/null (any case), "0", int64 without a leading zero, else the string. */
function typedValue(runes, asString) {
    const val = runes.join('');
    if (asString)
        return val;
    const lower = val.toLowerCase();
    if (lower === 'true')
        return true;
    if (lower === 'false')
        return false;
    if (lower === 'null')
        return null;
    if (val === '0')
        return new goValues/* GoInt */.ov('int64', 0n);
    if (val !== '' && val[0] !== '0' && /^[+-]?\d+$/.test(val)) {
        const n = BigInt(val);
        if (n <= (1n << 63n) - 1n && n >= -(1n << 63n))
            return new goValues/* GoInt */.ov('int64', n);
    }
    return val;
}
/** Decodes one JSON value from the front of `text` as Go's json.Decoder does; returns it and the bytes consumed. */
function decodeJsonPrefix(text) {
    const trimmed = text.replace(/^[ \t\r\n]+/, '');
    const lead = Buffer.byteLength(text) - Buffer.byteLength(trimmed);
    if (trimmed === '')
        throw new SetValuesError('EOF');
    // Find the shortest prefix that parses as one complete JSON value.
    let end = scanJsonValue(trimmed, 0);
    if (end < 0)
        throw new SetValuesError(`invalid character ${JSON.stringify(trimmed[0])} looking for beginning of value`);
    const slice = trimmed.slice(0, end);
    let value;
    try {
        value = JSON.parse(slice);
    }
    catch (e) {
        throw new SetValuesError(e.message);
    }
    end = Buffer.byteLength(slice);
    return { value: jsonToGo(value), bytes: lead + end };
}
function jsonToGo(v) {
    if (Array.isArray(v))
        return v.map(jsonToGo);
    if (v !== null && typeof v === 'object') {
        const out = {};
        for (const [k, x] of Object.entries(v))
            out[k] = jsonToGo(x);
        return out;
    }
    return v;
}
/** End index of the JSON value starting at i, or -1. */
function scanJsonValue(s, i) {
    const c = s[i];
    if (c === '{' || c === '[') {
        const close = c === '{' ? '}' : ']';
        let depth = 0;
        let inString = false;
        for (let j = i; j < s.length; j++) {
            const ch = s[j];
            if (inString) {
                if (ch === '\\')
                    j++;
                else if (ch === '"')
                    inString = false;
                continue;
            }
            if (ch === '"')
                inString = true;
            else if (ch === '{' || ch === '[')
                depth++;
            else if (ch === '}' || ch === ']') {
                depth--;
                if (depth === 0)
                    return ch === close ? j + 1 : -1;
            }
        }
        return -1;
    }
    if (c === '"') {
        for (let j = i + 1; j < s.length; j++) {
            if (s[j] === '\\')
                j++;
            else if (s[j] === '"')
                return j + 1;
        }
        return -1;
    }
    const m = /^(-?\d+(\.\d+)?([eE][+-]?\d+)?|true|false|null)/.exec(s.slice(i));
    return m === null ? -1 : i + m[0].length;
}
class StrvalsParser {
    sc;
    data;
    mode;
    constructor(sc, data, mode) {
        this.sc = sc;
        this.data = data;
        this.mode = mode;
    }
    parse() {
        for (;;) {
            try {
                this.key(this.data, 0);
            }
            catch (e) {
                if (isEOF(e))
                    return;
                throw e;
            }
        }
    }
    get escapes() {
        return this.mode.kind !== 'literal';
    }
    /** key() with Go's recover: a panic becomes "unable to parse key: …". */
    key(data, nested) {
        try {
            this.keyBody(data, nested);
        }
        catch (e) {
            if (e instanceof Panic)
                throw new SetValuesError(`unable to parse key: ${e.message}`);
            throw e;
        }
    }
    keyBody(data, nestedNameLevel) {
        const literal = this.mode.kind === 'literal';
        const { v: k, last, eof } = runesUntil(this.sc, literal ? '=[.' : '=[,.', this.escapes);
        if (eof) {
            if (k.length === 0)
                throw new EOF();
            throw new SetValuesError(`key ${goQuote(k)} has no value`);
        }
        const kk = k.join('');
        if (last === '[') {
            let i;
            try {
                i = this.keyIndex();
            }
            catch (e) {
                // Go wraps with %w, so a wrapped io.EOF still ends parsing quietly.
                if (isEOF(e))
                    throw e;
                throw new SetValuesError(`error parsing index: ${e.message}`);
            }
            let list = [];
            if (Object.hasOwn(data, kk))
                list = asList(data[kk]);
            const result = this.listItem(list, i, nestedNameLevel);
            set(data, kk, result.list);
            if (result.error)
                throw result.error;
            return;
        }
        if (last === '=') {
            if (this.mode.kind === 'literal') {
                const { v } = runesUntil(this.sc, '', false);
                set(data, kk, v.join(''));
                return;
            }
            if (this.mode.kind === 'json') {
                if (this.emptyVal()) {
                    set(data, kk, null);
                    return;
                }
                const { value, bytes } = decodeJsonPrefix(this.sc.rest());
                set(data, kk, value);
                this.sc.skipBytes(bytes);
                this.emptyVal();
                return;
            }
            let vl;
            try {
                vl = this.valList();
            }
            catch (e) {
                if (isEOF(e)) {
                    set(data, kk, '');
                    throw e;
                }
                if (e instanceof NotList) {
                    const rs = this.val();
                    set(data, kk, this.mode.reader(rs));
                    return;
                }
                throw e;
            }
            set(data, kk, vl);
            return;
        }
        if (last === ',') {
            set(data, kk, '');
            throw new SetValuesError(`key ${goQuote(k)} has no value (cannot end with ,)`);
        }
        // last === '.'
        nestedNameLevel++;
        if (nestedNameLevel > MAX_NESTED_NAME_LEVEL)
            throw new SetValuesError(`value name nested level is greater than maximum supported nested level of ${MAX_NESTED_NAME_LEVEL}`);
        let inner = {};
        if (Object.hasOwn(data, kk))
            inner = asMap(data[kk]);
        let err;
        try {
            this.key(inner, nestedNameLevel);
        }
        catch (e) {
            err = e;
        }
        if (err === undefined && Object.keys(inner).length === 0)
            throw new SetValuesError(`key map ${goQuote(k)} has no value`);
        if (Object.keys(inner).length !== 0)
            set(data, kk, inner);
        if (err !== undefined)
            throw err;
    }
    keyIndex() {
        const { v, eof } = runesUntil(this.sc, ']', this.escapes);
        if (eof)
            throw new EOF();
        return goAtoi(v.join(''));
    }
    /** Returns the list and an error, as Go does (the caller stores the list even on error). */
    listItem(list, i, nestedNameLevel) {
        try {
            return { list: this.listItemBody(list, i, nestedNameLevel) };
        }
        catch (e) {
            if (e instanceof ListError)
                return { list: e.list, error: e.cause };
            return { list, error: e };
        }
    }
    listItemBody(list, i, nestedNameLevel) {
        if (i < 0)
            throw new SetValuesError(`negative ${i} index not allowed`);
        const { v: k, last, eof } = runesUntil(this.sc, '[.=', this.escapes);
        if (k.length > 0)
            throw new SetValuesError(`unexpected data at end of array index: ${goQuoteRunes(k)}`);
        if (eof)
            throw new EOF();
        if (last === '=') {
            if (this.mode.kind === 'literal') {
                const { v } = runesUntil(this.sc, '', false);
                return setIndex(list, i, v.join(''));
            }
            if (this.mode.kind === 'json') {
                if (this.emptyVal())
                    return setIndex(list, i, null);
                const { value, bytes } = decodeJsonPrefix(this.sc.rest());
                list = setIndex(list, i, value);
                this.sc.skipBytes(bytes);
                try {
                    this.emptyVal();
                }
                catch (e) {
                    throw new ListError(list, e);
                }
                return list;
            }
            let vl;
            try {
                vl = this.valList();
            }
            catch (e) {
                if (isEOF(e))
                    return setIndex(list, i, '');
                if (e instanceof NotList)
                    return setIndex(list, i, this.mode.reader(this.val()));
                throw e;
            }
            return setIndex(list, i, vl);
        }
        if (last === '[') {
            let nextI;
            try {
                nextI = this.keyIndex();
            }
            catch (e) {
                // Go wraps with %w, so a wrapped io.EOF still ends parsing quietly.
                if (isEOF(e))
                    throw e;
                throw new SetValuesError(`error parsing index: ${e.message}`);
            }
            let crt = [];
            if (list.length > i && list[i] !== null && list[i] !== undefined)
                crt = asList(list[i]);
            const r = this.listItem(crt, nextI, nestedNameLevel);
            if (r.error)
                throw r.error;
            return setIndex(list, i, r.list);
        }
        // last === '.'
        let inner = {};
        if (list.length > i) {
            const existing = list[i];
            if (existing !== null && typeof existing === 'object' && !Array.isArray(existing) && !(existing instanceof goValues/* GoInt */.ov))
                inner = existing;
            else {
                list[i] = {};
                inner = list[i];
            }
        }
        this.key(inner, nestedNameLevel);
        return setIndex(list, i, inner);
    }
    emptyVal() {
        for (;;) {
            const r = this.sc.read();
            if (r === undefined)
                return true;
            if (r === ',')
                return true;
            if (!/\s/u.test(r)) {
                this.sc.unread();
                return false;
            }
        }
    }
    val() {
        return runesUntil(this.sc, ',', true).v;
    }
    valList() {
        const r = this.sc.read();
        if (r === undefined)
            throw new EOF();
        if (r !== '{') {
            this.sc.unread();
            throw new NotList();
        }
        const list = [];
        const reader = this.mode.reader;
        for (;;) {
            const { v, last, eof } = runesUntil(this.sc, ',}', true);
            if (eof)
                throw new SetValuesError("list must terminate with '}'");
            if (last === '}') {
                const next = this.sc.read();
                if (next !== undefined && next !== ',')
                    this.sc.unread();
                list.push(reader(v));
                return list;
            }
            list.push(reader(v));
        }
    }
}
class ListError extends Error {
    list;
    cause;
    constructor(list, cause) {
        super('list error');
        this.list = list;
        this.cause = cause;
    }
}
function run(s, dest, mode) {
    new StrvalsParser(new Scanner([...s]), dest, mode).parse();
}
/** --set */
function parseSetInto(s, dest) {
    run(s, dest, { kind: 'typed', reader: (rs) => typedValue(rs, false) });
}
/** --set-string */
function parseSetStringInto(s, dest) {
    run(s, dest, { kind: 'typed', reader: (rs) => typedValue(rs, true) });
}
/** --set-file: the value is a path whose content becomes the string value. */
function parseSetFileInto(s, dest, readFile) {
    run(s, dest, { kind: 'typed', reader: (rs) => readFile(rs.join('')) });
}
/** --set-json in key=json form. */
function parseSetJsonInto(s, dest) {
    run(s, dest, { kind: 'json' });
}
/** --set-literal */
function parseSetLiteralInto(s, dest) {
    run(s, dest, { kind: 'literal' });
}

;// CONCATENATED MODULE: ./src/core/chart/values/valueOptions.ts
/**
 * Helm's values.Options.MergeValues: -f files in order (merged with MergeMaps), then --set-json, --set,
 * --set-string, --set-file, --set-literal, each kind in command-line order. Reading files is the caller's
 * edge (`readFile`); errors carry Helm's text and name the file or flag.
 */



const noValueOptions = { valueFiles: [], values: [], stringValues: [], fileValues: [], jsonValues: [], literalValues: [] };
function mergeValueOptions(opts, readFile) {
    let base = {};
    for (const filePath of opts.valueFiles) {
        const raw = readFile(filePath);
        let current;
        try {
            current = (0,goYamlValues/* readValuesText */.ML)(raw);
        }
        catch (e) {
            if (e instanceof goYamlValues/* YamlValuesError */.Wb) {
                throw new slipwayError.SlipwayError('values', `failed to parse ${filePath}: ${e.helmText}`, {
                    where: e.stage === 'syntax' || e.stage === 'read' ? { file: filePath, line: e.fileLine, column: e.column } : { file: filePath },
                    hint: e.stage === 'syntax' || e.stage === 'read' ? 'fix the YAML syntax at that line of the values file' : e.stage === 'encoding' ? 'a values file must be UTF-8 text without control characters (tab, CR and LF are allowed)' : 'Helm reads values through JSON: use a map at the top, string keys (quote `null:` or `~:`), finite numbers (quote .inf/.nan), no alias inside its own anchor',
                });
            }
            throw e;
        }
        base = (0,goYamlValues/* mergeMaps */.MT)(base, current);
    }
    for (const value of opts.jsonValues) {
        const trimmed = value.trim();
        if (trimmed !== '' && trimmed[0] === '{') {
            let json;
            try {
                json = JSON.parse(trimmed);
            }
            catch {
                throw new slipwayError.SlipwayError('values', `failed parsing --set-json data JSON: ${value}`, { where: { input: '--set-json' } });
            }
            if (!(0,goYamlValues/* isValuesMap */.FR)(json))
                throw new slipwayError.SlipwayError('values', `failed parsing --set-json data JSON: ${value}`, { where: { input: '--set-json' } });
            base = (0,goYamlValues/* mergeMaps */.MT)(base, json);
        }
        else {
            try {
                parseSetJsonInto(value, base);
            }
            catch {
                throw new slipwayError.SlipwayError('values', `failed parsing --set-json data ${value}`, { where: { input: '--set-json' }, hint: 'use key=<JSON value>, e.g. --set-json \'a.b=[1,2]\'' });
            }
        }
    }
    const kinds = [
        [opts.values, '--set', parseSetInto],
        [opts.stringValues, '--set-string', parseSetStringInto],
        [opts.fileValues, '--set-file', (s, d) => parseSetFileInto(s, d, readFile)],
        [opts.literalValues, '--set-literal', parseSetLiteralInto],
    ];
    for (const [list, flag, parse] of kinds) {
        for (const value of list) {
            try {
                parse(value, base);
            }
            catch (e) {
                if (e instanceof slipwayError.SlipwayError)
                    throw e;
                throw new slipwayError.SlipwayError('values', `failed parsing ${flag} data: ${e.message}`, { where: { input: flag }, cause: e });
            }
        }
    }
    return base;
}


/***/ })

};
;
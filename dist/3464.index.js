"use strict";
exports.id = 3464;
exports.ids = [3464,3238,6463];
exports.modules = {

/***/ 9480:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ compileGoPattern),
/* harmony export */   V: () => (/* binding */ goPathMatch)
/* harmony export */ });
/**
 * Go's path/filepath.Match on `/`-separated paths: `*` and `?` never cross `/`, `[...]` classes with `^`
 * negation and ranges, `\` escapes. Compiled once per pattern; a malformed pattern is reported, as Go's
 * ErrBadPattern is.
 */
const cache = new Map();
function escapeChar(c) {
    return /[\\^$.*+?()[\]{}|/-]/.test(c) ? `\\${c}` : c;
}
/** The pattern as a RegExp, or null when Go reports ErrBadPattern. */
function compileGoPattern(pattern) {
    const hit = cache.get(pattern);
    if (hit !== undefined)
        return hit;
    let re = '^';
    let ok = true;
    const chars = [...pattern];
    for (let i = 0; i < chars.length && ok; i++) {
        const c = chars[i];
        if (c === '*')
            re += '[^/]*';
        else if (c === '?')
            re += '[^/]';
        else if (c === '\\') {
            if (i + 1 >= chars.length)
                ok = false;
            else
                re += escapeChar(chars[++i]);
        }
        else if (c === '[') {
            let j = i + 1;
            let cls = '[';
            if (chars[j] === '^') {
                cls += '^';
                j++;
            }
            let count = 0;
            let closed = false;
            while (j < chars.length) {
                let lo = chars[j];
                if (lo === ']' && count > 0) {
                    closed = true;
                    break;
                }
                if (lo === '-' || lo === ']') {
                    ok = false;
                    break;
                }
                if (lo === '\\') {
                    j++;
                    if (j >= chars.length) {
                        ok = false;
                        break;
                    }
                    lo = chars[j];
                }
                j++;
                let range = escapeChar(lo);
                if (chars[j] === '-') {
                    j++;
                    let hi = chars[j];
                    if (hi === undefined || hi === ']') {
                        ok = false;
                        break;
                    }
                    if (hi === '\\') {
                        j++;
                        hi = chars[j];
                        if (hi === undefined) {
                            ok = false;
                            break;
                        }
                    }
                    j++;
                    range += '-' + escapeChar(hi);
                }
                cls += range;
                count++;
            }
            if (!ok || !closed) {
                ok = false;
                break;
            }
            // A negated class must not match `/` either.
            re += cls.startsWith('[^') ? `(?![/])${cls}]` : `${cls}]`;
            i = j;
        }
        else
            re += escapeChar(c);
    }
    const compiled = ok ? new RegExp(re + '$', 'u') : null;
    cache.set(pattern, compiled);
    return compiled;
}
/** filepath.Match; false for a malformed pattern (Helm logs and treats it as no match). */
function goPathMatch(pattern, name) {
    const re = compileGoPattern(pattern);
    return re !== null && re.test(name);
}


/***/ }),

/***/ 3238:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  loadChart: () => (/* binding */ loadChart)
});

// UNUSED EXPORTS: loadChartArchive, loadChartDirectory

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/core/errors/slipwayError.ts
var slipwayError = __webpack_require__(16602);
// EXTERNAL MODULE: ./src/core/chart/template/goValues.ts
var goValues = __webpack_require__(11787);
// EXTERNAL MODULE: ./src/core/chart/loader/chartArchive.ts
var chartArchive = __webpack_require__(15390);
// EXTERNAL MODULE: ./src/core/chart/loader/chartFromFiles.ts + 1 modules
var chartFromFiles = __webpack_require__(61518);
// EXTERNAL MODULE: ./src/core/chart/loader/goPathMatch.ts
var goPathMatch = __webpack_require__(9480);
;// CONCATENATED MODULE: ./src/core/chart/loader/helmIgnore.ts
/**
 * .helmignore rules exactly as Helm's pkg/ignore applies them, quirks included: no `**`, a rule with `/`
 * matches the whole path, one without matches the base name, a trailing `/` means directories only, and a
 * `!` rule ignores everything it does not match.
 */

class HelmIgnoreError extends Error {
    line;
    constructor(message, line) {
        super(message);
        this.line = line;
    }
}
function parseIgnoreRule(line) {
    let rule = line.trim();
    if (rule === '' || rule.startsWith('#'))
        return undefined;
    if (rule.includes('**'))
        throw new Error('double-star (**) syntax is not supported');
    if ((0,goPathMatch/* compileGoPattern */.M)(rule) === null)
        throw new Error('syntax error in pattern');
    const raw = rule;
    let negate = false;
    let mustDir = false;
    if (rule.startsWith('!')) {
        negate = true;
        rule = rule.slice(1);
    }
    if (rule.endsWith('/')) {
        mustDir = true;
        rule = rule.slice(0, -1);
    }
    let match;
    if (rule.startsWith('/')) {
        const anchored = rule.slice(1);
        match = (n) => (0,goPathMatch/* goPathMatch */.V)(anchored, n);
    }
    else if (rule.includes('/')) {
        const whole = rule;
        match = (n) => (0,goPathMatch/* goPathMatch */.V)(whole, n);
    }
    else {
        const base = rule;
        match = (n) => (0,goPathMatch/* goPathMatch */.V)(base, n.slice(n.lastIndexOf('/') + 1));
    }
    return { raw, negate, mustDir, match };
}
/** Parses a .helmignore file (a UTF-8 BOM on the first line is dropped). */
function parseHelmIgnore(text) {
    const rules = [];
    const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
    lines.forEach((line, i) => {
        try {
            const r = parseIgnoreRule(line);
            if (r)
                rules.push(r);
        }
        catch (e) {
            throw new HelmIgnoreError(e.message, i + 1);
        }
    });
    return rules;
}
/** Helm's AddDefaults: dotfiles inside templates/ are never templates. */
function defaultIgnoreRules() {
    return [parseIgnoreRule('templates/.?*')];
}
function isIgnored(rules, path, isDir) {
    if (path === '' || path === '.' || path === './')
        return false;
    for (const p of rules) {
        if (p.negate) {
            if (p.mustDir && !isDir)
                return true;
            if (!p.match(path))
                return true;
            continue;
        }
        if (p.mustDir && !isDir)
            continue;
        if (p.match(path))
            return true;
    }
    return false;
}

;// CONCATENATED MODULE: ./src/core/chart/loader/loadChart.ts
/**
 * The filesystem edge of chart loading: a chart directory (walked in Go's lexical order, following
 * symlinks, filtered by .helmignore) or a .tgz archive, turned into a Chart. Errors are SlipwayErrors
 * naming the file and carrying Helm's message.
 */







function walkChartDirectory(top, rules) {
    const files = [];
    let budget = chartArchive/* MAX_DECOMPRESSED_CHART_SIZE */.t0;
    const walk = (dir, rel) => {
        for (const entry of (0,external_node_fs_.readdirSync)(dir).sort(goValues/* compareGoStrings */.mA)) {
            const abs = (0,external_node_path_.join)(dir, entry);
            const name = rel === '' ? entry : `${rel}/${entry}`;
            const st = (0,external_node_fs_.statSync)(abs); // follows symlinks, as Helm's sympath.Walk does
            if (st.isDirectory()) {
                if (!isIgnored(rules, name, true))
                    walk(abs, name);
                continue;
            }
            if (isIgnored(rules, name, false))
                continue;
            if (!st.isFile())
                throw new slipwayError.SlipwayError('chart', `cannot load irregular file ${abs} as it has file mode type bits set`, { where: { file: abs } });
            if (st.size > budget)
                throw new slipwayError.SlipwayError('chart', `chart exceeds maximum decompressed size of ${chartArchive/* MAX_DECOMPRESSED_CHART_SIZE */.t0} bytes`, { where: { file: abs } });
            const data = (0,external_node_fs_.readFileSync)(abs);
            budget -= data.length;
            files.push({ name, data: (0,chartArchive/* stripBom */.F8)(new Uint8Array(data.buffer, data.byteOffset, data.byteLength)) });
        }
    };
    walk(top, '');
    return files;
}
function loadError(e, base) {
    if (e instanceof chartFromFiles/* ChartLoadError */.L_) {
        throw new slipwayError.SlipwayError('chart', e.message, {
            where: { file: e.file === undefined ? base : (0,external_node_path_.join)(base, e.file), ...(e.line === undefined ? {} : { line: e.line }) },
            hint: e.file?.endsWith('Chart.yaml') ? 'fix Chart.yaml: it needs apiVersion, name and a SemVer version' : undefined,
            cause: e,
        });
    }
    throw e;
}
function loadChartDirectory(dir) {
    const top = (0,external_node_path_.resolve)(dir);
    const chartYaml = (0,external_node_path_.join)(top, 'Chart.yaml');
    try {
        (0,external_node_fs_.statSync)(chartYaml);
    }
    catch {
        throw new slipwayError.SlipwayError('chart', `unable to detect chart at ${chartYaml}: open ${chartYaml}: no such file or directory`, {
            where: { file: chartYaml },
            hint: 'point at a chart directory (one containing Chart.yaml) or a packaged .tgz chart',
        });
    }
    let rules = defaultIgnoreRules();
    const ignoreFile = (0,external_node_path_.join)(top, '.helmignore');
    let ignoreText;
    try {
        ignoreText = (0,external_node_fs_.readFileSync)(ignoreFile, 'utf8');
    }
    catch {
        ignoreText = undefined;
    }
    if (ignoreText !== undefined) {
        try {
            rules = [...parseHelmIgnore(ignoreText), ...rules];
        }
        catch (e) {
            if (e instanceof HelmIgnoreError)
                throw new slipwayError.SlipwayError('chart', e.message, { where: { file: ignoreFile, line: e.line } });
            throw e;
        }
    }
    try {
        const files = walkChartDirectory(top, rules);
        (0,chartFromFiles/* checkChartApiVersion */.F4)(files);
        return (0,chartFromFiles/* chartFromFiles */.q3)(files, top);
    }
    catch (e) {
        return loadError(e, top);
    }
}
function loadChartArchive(file) {
    const data = (0,external_node_fs_.readFileSync)(file);
    const bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    if (!(0,chartArchive/* isGzip */.bf)(bytes)) {
        const msg = /\.ya?ml$/.test(file)
            ? `file '${file}' seems to be a YAML file, but expected a gzipped archive`
            : `file '${file}' does not appear to be a gzipped archive; got '${bytes.length === 0 ? 'text/plain; charset=utf-8' : 'application/octet-stream'}'`;
        throw new slipwayError.SlipwayError('chart', msg, { where: { file }, hint: 'pass a chart directory or a .tgz made by `helm package`' });
    }
    try {
        return (0,chartFromFiles.chartFromArchive)(bytes, file, true);
    }
    catch (e) {
        return loadError(e, file);
    }
}
/** Helm's loader.Load: a directory or an archive. */
function loadChart(path) {
    let st;
    try {
        st = (0,external_node_fs_.statSync)(path);
    }
    catch {
        throw new slipwayError.SlipwayError('chart', `path "${path}" not found`, {
            where: { file: path },
            hint: 'slipway renders local charts only: pass a chart directory or a .tgz archive',
        });
    }
    return st.isDirectory() ? loadChartDirectory(path) : loadChartArchive(path);
}


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

/***/ 38390:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dd: () => (/* binding */ goStringBytes),
/* harmony export */   Se: () => (/* binding */ goRuneText),
/* harmony export */   Ye: () => (/* binding */ rawByteOf),
/* harmony export */   mG: () => (/* binding */ decodeGoBytes),
/* harmony export */   uW: () => (/* binding */ holdsRawBytes),
/* harmony export */   yi: () => (/* binding */ goStringByteLength)
/* harmony export */ });
/**
 * Go strings are bytes; slipway's are JS (UTF-16) strings. A byte that is not part of valid UTF-8 (a binary
 * file read with `.Files.Get`, a `b64dec` of binary data, a byte slice of a multi-byte character) is kept in
 * the JS string as a lone low surrogate U+DC80..U+DCFF, one per byte, so that it survives to where Go would
 * use the bytes again (`b64enc`, `sha256sum`, `len`, `%x`, `quote`…) and comes out as the same byte. Valid
 * UTF-8 never decodes to a lone surrogate, so text is unaffected. Where Go reads such a string rune by rune
 * (`upper`, JSON and YAML encoding…) each of these bytes is U+FFFD, as in Go.
 */
const RAW_BYTE_BASE = 0xdc00;
/** A lone (unpaired) U+DC80..U+DCFF: with the `u` flag a surrogate pair is one code point and does not match. */
const RAW_BYTE = /[\udc80-\udcff]/u;
const RAW_BYTES = /[\udc80-\udcff]/gu;
/** Bytes to a Go string (see above): valid UTF-8 as text, every other byte kept as itself. */
function decodeGoBytes(b) {
    const s = Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('utf8');
    if (!s.includes('\ufffd'))
        return s;
    let out = '';
    let start = 0;
    let i = 0;
    while (i < b.length) {
        const size = validRuneSize(b, i);
        if (size > 0) {
            i += size;
            continue;
        }
        out += Buffer.from(b.buffer, b.byteOffset + start, i - start).toString('utf8') + String.fromCharCode(RAW_BYTE_BASE + b[i]);
        i++;
        start = i;
    }
    return out + Buffer.from(b.buffer, b.byteOffset + start, b.length - start).toString('utf8');
}
/** The length of the valid UTF-8 sequence at `i`, or 0 where Go's utf8.DecodeRune gives RuneError of size 1. */
function validRuneSize(b, i) {
    const c = b[i];
    if (c < 0x80)
        return 1;
    const cont = (k, lo = 0x80, hi = 0xbf) => i + k < b.length && b[i + k] >= lo && b[i + k] <= hi;
    if (c >= 0xc2 && c <= 0xdf)
        return cont(1) ? 2 : 0;
    if (c >= 0xe0 && c <= 0xef) {
        // E0: no overlong forms; ED: no surrogates.
        const ok1 = c === 0xe0 ? cont(1, 0xa0) : c === 0xed ? cont(1, 0x80, 0x9f) : cont(1);
        return ok1 && cont(2) ? 3 : 0;
    }
    if (c >= 0xf0 && c <= 0xf4) {
        const ok1 = c === 0xf0 ? cont(1, 0x90) : c === 0xf4 ? cont(1, 0x80, 0x8f) : cont(1);
        return ok1 && cont(2) && cont(3) ? 4 : 0;
    }
    return 0;
}
/** Whether the string holds bytes that are not UTF-8 (kept as described above). */
function holdsRawBytes(s) {
    return RAW_BYTE.test(s);
}
/** A Go string's bytes: its text as UTF-8, its kept bytes as themselves. */
function goStringBytes(s) {
    if (!RAW_BYTE.test(s))
        return Buffer.from(s, 'utf8');
    const parts = [];
    let start = 0;
    for (const m of s.matchAll(RAW_BYTES)) {
        parts.push(Buffer.from(s.slice(start, m.index), 'utf8'), Buffer.of(s.charCodeAt(m.index) - RAW_BYTE_BASE));
        start = m.index + 1;
    }
    parts.push(Buffer.from(s.slice(start), 'utf8'));
    return Buffer.concat(parts);
}
/** A Go string's length in bytes (its text as UTF-8, a kept byte as one), without encoding it. */
function goStringByteLength(s) {
    let n = s.length;
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c < 0x80)
            continue;
        if (c < 0x800)
            n += 1;
        else if (c >= 0xdc80 && c <= 0xdcff)
            continue; // a kept byte: one byte
        else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
            n += 2; // a surrogate pair (2 UTF-16 units) is 4 bytes
            i++;
        }
        else
            n += 2;
    }
    return n;
}
/** The string as Go's rune-by-rune readers see it: each kept byte is U+FFFD (utf8.RuneError). */
function goRuneText(s) {
    return RAW_BYTE.test(s) ? s.replace(RAW_BYTES, '\ufffd') : s;
}
/** The byte a kept-byte code unit stands for, or -1 for any other code unit. */
function rawByteOf(codeUnit) {
    return codeUnit >= 0xdc80 && codeUnit <= 0xdcff ? codeUnit - RAW_BYTE_BASE : -1;
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
/* harmony import */ var _goBytes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38390);
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
    else if ((0,_goBytes_js__WEBPACK_IMPORTED_MODULE_0__/* .rawByteOf */ .Ye)(cp) >= 0)
        out.push('\\x' + (0,_goBytes_js__WEBPACK_IMPORTED_MODULE_0__/* .rawByteOf */ .Ye)(cp).toString(16).padStart(2, '0'));
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
        if (cp < 0x80 || (0,_goBytes_js__WEBPACK_IMPORTED_MODULE_0__/* .rawByteOf */ .Ye)(cp) >= 0)
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
            out += (0,_goBytes_js__WEBPACK_IMPORTED_MODULE_0__/* .decodeGoBytes */ .mG)(Uint8Array.from(bytes));
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


/***/ })

};
;
"use strict";
exports.id = 3238;
exports.ids = [3238];
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


/***/ })

};
;
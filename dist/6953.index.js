"use strict";
exports.id = 6953;
exports.ids = [6953,5772,9741,3391,3238];
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

/***/ 69741:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fj: () => (/* binding */ templateOutputFiles),
/* harmony export */   formatTemplateOutput: () => (/* binding */ formatTemplateOutput),
/* harmony export */   kz: () => (/* binding */ ShowOnlyError)
/* harmony export */ });
/* unused harmony export releaseManifest */
/* harmony import */ var _loader_goPathMatch_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9480);
/**
 * What `helm template` prints for a render result: CRDs (with --include-crds), manifests, then hooks, each
 * as `---\n# Source: <template>\n<document>\n`; --show-only filters documents by template path
 * (Go filepath.Match on the path after the chart name); --output-dir writes the same blocks to files instead.
 */

class ShowOnlyError extends Error {
}
function block(source, content) {
    return `---\n# Source: ${source}\n${content}\n`;
}
/** Helm's rel.Manifest: CRDs (when included) then manifests. */
function releaseManifest(result, includeCrds) {
    let out = '';
    if (includeCrds)
        for (const crd of result.crds)
            out += block(crd.source, crd.content);
    for (const m of result.manifests)
        out += block(m.source, m.content);
    return out;
}
function visibleHooks(result, opts) {
    if (opts.noHooks)
        return [];
    return result.hooks.filter((h) => !(opts.skipTests && h.events.includes('test')));
}
/** The whole stdout of `helm template` (without --output-dir). */
function formatTemplateOutput(result, opts = {}) {
    let text = `${releaseManifest(result, opts.includeCrds ?? false).trim()}\n`;
    for (const h of visibleHooks(result, opts))
        text += block(h.source, h.content);
    const showOnly = opts.showOnly ?? [];
    if (showOnly.length === 0)
        return text;
    const docs = [];
    // SplitManifests on the printed text, as Helm does, then match `# Source: chart/<path>`.
    const trimmed = text.replace(/^\s+/, '');
    for (const d of trimmed.split(/^---[ \t]*/m)) {
        if (d.trim() === '')
            continue;
        docs.push(d.replace(/^\s+/, ''));
    }
    let out = '';
    for (const pattern of showOnly) {
        let missing = true;
        for (const doc of docs) {
            const m = /# Source: [^/]+\/(.+)/.exec(doc);
            if (m === null)
                continue;
            if (!(0,_loader_goPathMatch_js__WEBPACK_IMPORTED_MODULE_0__/* .goPathMatch */ .V)(pattern, m[1]))
                continue;
            out += `---\n${doc}\n`;
            missing = false;
        }
        if (missing)
            throw new ShowOnlyError(`could not find template ${pattern} in chart`);
    }
    return out;
}
/** Files `helm template --output-dir` writes: one per template, documents of the same template appended. */
function templateOutputFiles(result, opts = {}) {
    const files = new Map();
    const add = (name, content) => files.set(name, (files.get(name) ?? '') + block(name, content));
    if (opts.includeCrds)
        for (const crd of result.crds)
            add(crd.source, crd.content);
    for (const m of result.manifests)
        add(m.source, m.content);
    for (const h of visibleHooks(result, opts))
        add(h.source, h.content);
    return [...files].map(([path, content]) => ({ path, content }));
}


/***/ }),

/***/ 46953:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runRenderCommand: () => (/* binding */ runRenderCommand)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(16602);
/* harmony import */ var _loader_loadChart_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3238);
/* harmony import */ var _render_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(97504);
/* harmony import */ var _values_valueOptions_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(95772);
/* harmony import */ var _output_templateOutput_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(69741);
/* harmony import */ var _template_goBytes_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(38390);








const RELEASE_NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
function readValuesFile(path) {
    try {
        return (0,_template_goBytes_js__WEBPACK_IMPORTED_MODULE_7__/* .decodeGoBytes */ .mG)(path.trim() === '-' ? (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(0) : (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path));
    }
    catch {
        throw new _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_2__.SlipwayError('values', `open ${path}: no such file or directory`, { where: { file: path }, hint: 'check the path given to -f/--values or --set-file' });
    }
}
/** Runs the command; returns what to print on stdout and stderr. */
async function runRenderCommand(input) {
    if (input.args.length === 0)
        throw new _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_2__.SlipwayError('input', 'requires at least 1 argument: [RELEASE] CHART', { hint: 'slipway render [RELEASE] CHART' });
    if (input.args.length > 2)
        throw new _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_2__.SlipwayError('input', `expected at most two arguments, unexpected arguments: ${input.args.slice(2).join(', ')}`);
    const [releaseName, chartPath] = input.args.length === 2 ? [input.args[0], input.args[1]] : ['release-name', input.args[0]];
    if (releaseName === '' || releaseName.length > 53 || !RELEASE_NAME.test(releaseName)) {
        throw new _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_2__.SlipwayError('input', `release name check failed: release name "${releaseName}": invalid release name, must match regex ^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$ and the length must not be longer than 53`, { where: { input: 'RELEASE' } });
    }
    const values = (0,_values_valueOptions_js__WEBPACK_IMPORTED_MODULE_5__.mergeValueOptions)(input.values, readValuesFile);
    const chart = (0,_loader_loadChart_js__WEBPACK_IMPORTED_MODULE_3__.loadChart)(chartPath);
    const warnings = [];
    const result = await (0,_render_js__WEBPACK_IMPORTED_MODULE_4__.render)(chart, values, {
        releaseName,
        namespace: input.namespace,
        isUpgrade: input.isUpgrade,
        capabilities: { ...(input.kubeVersion ? { kubeVersion: input.kubeVersion } : {}), apiVersions: input.apiVersions },
        skipSchemaValidation: input.skipSchemaValidation,
        warn: input.warn ?? ((m) => warnings.push(m)),
    });
    const stderr = warnings.map((w) => `${w}\n`).join('');
    const opts = { includeCrds: input.includeCrds, showOnly: input.showOnly, skipTests: input.skipTests, noHooks: input.noHooks };
    if (input.outputDir !== undefined) {
        const base = input.releaseNameInOutputDir ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(input.outputDir, releaseName) : input.outputDir;
        let stdout = '';
        for (const f of (0,_output_templateOutput_js__WEBPACK_IMPORTED_MODULE_6__/* .templateOutputFiles */ .fj)(result, opts)) {
            const target = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(base, f.path);
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(target), { recursive: true });
            if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(target))
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.appendFileSync)(target, f.content);
            else
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(target, f.content);
            stdout += `wrote ${target}\n`;
        }
        return { stdout: `${stdout}\n`, stderr };
    }
    try {
        return { stdout: (0,_output_templateOutput_js__WEBPACK_IMPORTED_MODULE_6__.formatTemplateOutput)(result, opts), stderr };
    }
    catch (e) {
        if (e instanceof _output_templateOutput_js__WEBPACK_IMPORTED_MODULE_6__/* .ShowOnlyError */ .kz)
            throw new _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_2__.SlipwayError('input', e.message, { where: { input: '--show-only' }, hint: 'give a template path relative to the chart, e.g. templates/deployment.yaml' });
        throw e;
    }
}


/***/ }),

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
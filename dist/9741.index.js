"use strict";
exports.id = 9741;
exports.ids = [9741];
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


/***/ })

};
;
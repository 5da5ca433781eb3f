"use strict";
exports.id = 1984;
exports.ids = [1984,1091];
exports.modules = {

/***/ 9038:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   openBundleRepository: () => (/* binding */ openBundleRepository)
/* harmony export */ });
/* harmony import */ var _registry_imageRepository_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(10966);
/* harmony import */ var _registry_registryClient_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(58002);
/* harmony import */ var _registry_registryCredentials_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(97880);
/* harmony import */ var _artifactStore_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(45679);




/** The registry repository `text` names (`oci://` accepted, as Helm writes it), ready to read and write. */
async function openBundleRepository(text, access, where) {
    const repository = (0,_registry_imageRepository_js__WEBPACK_IMPORTED_MODULE_0__/* .parseImageRepository */ .f)(text, where);
    const credentials = await (0,_registry_registryCredentials_js__WEBPACK_IMPORTED_MODULE_2__/* .findRegistryCredentials */ .zz)(repository.registry, {
        ...(access.username !== undefined ? { username: access.username } : {}),
        ...(access.password !== undefined ? { password: access.password } : {}),
    });
    const client = new _registry_registryClient_js__WEBPACK_IMPORTED_MODULE_1__/* .RegistryClient */ .bP({ host: repository.apiHost, ...(credentials ? { credentials } : {}), ...(access.insecure ? { insecure: true } : {}) });
    return new _artifactStore_js__WEBPACK_IMPORTED_MODULE_3__/* .RegistryStore */ .X(repository, client);
}


/***/ }),

/***/ 1091:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   publishBundle: () => (/* binding */ publishBundle)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(16602);
/* harmony import */ var _bundleTag_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(48152);
/* harmony import */ var _bundleRepository_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9038);
/* harmony import */ var _bundleValues_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8400);
/* harmony import */ var _chartPackage_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(37658);
/* harmony import */ var _bundleArtifact_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(37268);








/**
 * `bundle publish`: the commit's images (built, or required with skipBuild), their references and the
 * given values baked into the chart's values.yaml, the chart's files packaged deterministically (mtime
 * and `created` are the commit's time) and pushed as a Helm OCI chart.
 */
async function publishBundle(options) {
    const tag = (0,_bundleTag_js__WEBPACK_IMPORTED_MODULE_3__/* .tagOfVersion */ .ml)(options.tag ?? 'latest');
    if (!(0,_bundleTag_js__WEBPACK_IMPORTED_MODULE_3__/* .isValidTag */ .r_)(tag))
        throw new _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_2__.SlipwayError('input', `"${options.tag}" is not a valid tag`, { where: { input: '--tag' }, hint: 'letters, digits, ".", "_", "-" (at most 128), or a semver version such as 1.4.2' });
    const { openProject } = await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(8508), __webpack_require__.e(473), __webpack_require__.e(8571)]).then(__webpack_require__.bind(__webpack_require__, 30473));
    const { refuseUncommittedDeployInputs, mergeValues } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 26306));
    const { mergeValueOptions } = await __webpack_require__.e(/* import() */ 3391).then(__webpack_require__.bind(__webpack_require__, 95772));
    const { loadChart } = await Promise.all(/* import() */[__webpack_require__.e(1518), __webpack_require__.e(3238)]).then(__webpack_require__.bind(__webpack_require__, 3238));
    const { chartFromArchive } = await __webpack_require__.e(/* import() */ 1518).then(__webpack_require__.bind(__webpack_require__, 61518));
    const { runGit } = await __webpack_require__.e(/* import() */ 7519).then(__webpack_require__.bind(__webpack_require__, 27519));
    const store = await (0,_bundleRepository_js__WEBPACK_IMPORTED_MODULE_4__.openBundleRepository)(options.repo, options.registry, { input: '--repo' });
    const project = await openProject({ dir: options.dir, ...(options.commit ? { commit: options.commit } : {}), dev: options.dev ?? false });
    const { root, prefix, commit, tree, config } = project;
    if (!options.dev && options.commit === undefined)
        await refuseUncommittedDeployInputs(root, prefix, config.file, config.deploy.chart);
    const userValues = mergeValueOptions(options.values, (path) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8'));
    let baked = {};
    const images = {};
    if (config.images.length > 0) {
        const { buildImages } = await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(8508), __webpack_require__.e(473), __webpack_require__.e(5252), __webpack_require__.e(3809)]).then(__webpack_require__.bind(__webpack_require__, 25252));
        const { chartImageValues } = await __webpack_require__.e(/* import() */ 7451).then(__webpack_require__.bind(__webpack_require__, 27451));
        const result = await buildImages({
            project,
            dir: options.dir,
            repo: options.repo,
            commit,
            dev: options.dev ?? false,
            requireBuiltImages: options.skipBuild ?? false,
            ...(options.registry.username !== undefined ? { username: options.registry.username } : {}),
            ...(options.registry.password !== undefined ? { password: options.registry.password } : {}),
            ...(options.registry.network ? { network: options.registry.network } : {}),
            log: options.log,
        });
        baked = chartImageValues(result);
        for (const image of result.images)
            images[image.name] = image.reference;
    }
    if (options.env !== undefined)
        baked = mergeValues(baked, { slipway: { env: options.env }, werf: { env: options.env } });
    if (Object.keys(options.addAnnotations).length > 0 || Object.keys(options.addLabels).length > 0) {
        baked = mergeValues(baked, { slipway: { bundle: { addAnnotations: options.addAnnotations, addLabels: options.addLabels } } });
    }
    baked = mergeValues(baked, userValues);
    const created = new Date(Number((await runGit(root, ['show', '-s', '--format=%ct', commit])).toString('utf8').trim()) * 1000);
    const materialized = await tree.materialize([config.deploy.chart]);
    let files;
    let name;
    let version;
    try {
        const chart = loadChart((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(materialized.dir, config.deploy.chart));
        name = chart.metadata.name ?? '';
        version = chart.metadata.version ?? '';
        files = (0,_bundleValues_js__WEBPACK_IMPORTED_MODULE_5__/* .bakeValues */ ._1)(chart.raw, chart.values, baked);
    }
    finally {
        await materialized.dispose();
    }
    const archive = (0,_chartPackage_js__WEBPACK_IMPORTED_MODULE_6__/* .packageChart */ .n)(name, files, Math.floor(created.getTime() / 1000));
    // What was packaged must load as a chart (a values file that does not re-read would fail every apply).
    const packaged = chartFromArchive(archive, `${options.repo}:${tag}`, true);
    const digest = await (0,_bundleArtifact_js__WEBPACK_IMPORTED_MODULE_7__/* .pushChartArtifact */ .pm)(store, tag, archive, packaged.metadata, created.toISOString().replace(/\.\d{3}Z$/, 'Z'));
    return { reference: `${store.name}:${tag}`, tag, digest, chart: { name, version }, images };
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


/***/ }),

/***/ 9174:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ valueOptionsOf)
/* harmony export */ });
/** The flags as the values merge takes them (valueOptions.ts). */
function valueOptionsOf(flags) {
    return {
        valueFiles: flags.values,
        values: flags.set,
        stringValues: flags.setString,
        fileValues: flags.setFile,
        jsonValues: flags.setJson,
        literalValues: flags.setLiteral,
    };
}


/***/ })

};
;
"use strict";
exports.id = 2687;
exports.ids = [2687,4386];
exports.modules = {

/***/ 82687:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadWerfSecrets: () => (/* binding */ loadWerfSecrets)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(16602);
/* harmony import */ var _werfSecretKey_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(59403);
/* harmony import */ var _werfSecretValues_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(59288);
/**
 * A werf chart's secrets on disk (the chart as materialized from the commit): `<chart>/secret-values.yaml`,
 * the `--secret-values` files, and every file under `<chart>/secret/`. The key is looked up only when there
 * is something to decrypt, as werf does.
 */





function filesUnder(dir) {
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(dir) || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(dir).isDirectory())
        return [];
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir, { recursive: true, encoding: 'utf8' })
        .filter((f) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, f)).isFile())
        .map((f) => f.split('\\').join('/'))
        .sort();
}
function loadWerfSecrets(input) {
    const chart = input.chartDir.replace(/\/+$/, '');
    const valueFiles = [...((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(input.root, chart, 'secret-values.yaml')) ? [`${chart}/secret-values.yaml`] : []), ...input.secretValueFiles];
    for (const f of input.secretValueFiles) {
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(input.root, f)))
            throw new _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_2__.SlipwayError('input', `secret values file ${f} does not exist in the commit`, { where: { input: '--secret-values', file: f }, hint: 'give a path relative to the project directory, committed' });
    }
    const secretDir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(input.root, chart, 'secret');
    const secretFiles = filesUnder(secretDir);
    const revealed = [];
    const files = new Map();
    if (valueFiles.length === 0 && secretFiles.length === 0)
        return { values: {}, files, revealed };
    const key = (0,_werfSecretKey_js__WEBPACK_IMPORTED_MODULE_3__/* .findWerfSecretKey */ .$)(input.keySources, `decrypting ${[...valueFiles, ...secretFiles.map((f) => `${chart}/secret/${f}`)][0]}`).reveal();
    let values = {};
    for (const f of valueFiles)
        values = (0,_werfSecretValues_js__WEBPACK_IMPORTED_MODULE_4__/* .mergeSecretValues */ .HL)(values, (0,_werfSecretValues_js__WEBPACK_IMPORTED_MODULE_4__/* .decryptSecretValuesText */ .D8)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(input.root, f), 'utf8'), f, key, revealed));
    for (const f of secretFiles)
        files.set((0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(secretDir, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(secretDir, f)).split('\\').join('/'), (0,_werfSecretValues_js__WEBPACK_IMPORTED_MODULE_4__/* .decryptSecretFileText */ .DM)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(secretDir, f), 'utf8'), `${chart}/secret/${f}`, key, revealed));
    return { values, files, revealed };
}


/***/ }),

/***/ 74386:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OZ: () => (/* binding */ encryptWerfSecret),
/* harmony export */   Qm: () => (/* binding */ decryptWerfSecret),
/* harmony export */   generateWerfSecretKey: () => (/* binding */ generateWerfSecretKey),
/* harmony export */   lE: () => (/* binding */ WerfSecretError)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/**
 * werf's secret encoding, as github.com/werf/common-go/pkg/secret (aes_encoder.go) writes it: the key is
 * hex (32, 48 or 64 hex digits: AES-128/192/256); a value is hex( uint16le(16) ‖ IV(16) ‖ AES-CBC(PKCS#7
 * padded plaintext) ). `werf helm secret generate-secret-key` prints 16 random bytes as hex.
 *
 * One difference, on purpose: werf's unpad only checks the last byte, so a wrong key usually "decrypts" to
 * garbage; here the whole padding must be valid, which turns a wrong key into an error (valid data decrypts
 * to the same bytes).
 */

const BLOCK = 16;
const HEX = /^(?:[0-9a-fA-F]{2})*$/;
class WerfSecretError extends Error {
    reason;
    constructor(message, reason) {
        super(message);
        this.reason = reason;
        this.name = 'WerfSecretError';
    }
}
function generateWerfSecretKey() {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(16).toString('hex');
}
function keyBytes(key) {
    const k = key.trim();
    if (!HEX.test(k))
        throw new WerfSecretError('the secret key is not a hex string (werf keys are 32 or 64 hex digits, from werf helm secret generate-secret-key)', 'key');
    const bytes = Buffer.from(k, 'hex');
    if (![16, 24, 32].includes(bytes.length))
        throw new WerfSecretError(`the secret key has ${bytes.length} bytes; AES needs 16, 24 or 32 (32, 48 or 64 hex digits)`, 'key');
    return bytes;
}
function algorithm(key) {
    return `aes-${key.length * 8}-cbc`;
}
function encryptWerfSecret(key, plaintext, iv = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(BLOCK)) {
    const k = keyBytes(key);
    const cipher = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createCipheriv)(algorithm(k), k, iv);
    const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
    const ivSize = Buffer.alloc(2);
    ivSize.writeUInt16LE(BLOCK);
    return Buffer.concat([ivSize, iv, body]).toString('hex');
}
function decryptWerfSecret(key, encoded) {
    const k = keyBytes(key);
    if (encoded.length === 0)
        return Buffer.alloc(0);
    if (encoded.length % 2 !== 0)
        throw new WerfSecretError('encoding/hex: odd length hex string', 'data');
    if (!HEX.test(encoded))
        throw new WerfSecretError('the value is not a werf secret (not a hex string)', 'data');
    const data = Buffer.from(encoded, 'hex');
    const minimal = 2 + BLOCK + BLOCK;
    if (data.length < minimal)
        throw new WerfSecretError(`minimum required data length: '${minimal * 2}'`, 'data');
    const iv = data.subarray(2, 2 + BLOCK);
    const body = data.subarray(2 + BLOCK);
    if (body.length % BLOCK !== 0)
        throw new WerfSecretError("data isn't a multiple of the block size", 'data');
    const decipher = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createDecipheriv)(algorithm(k), k, iv);
    decipher.setAutoPadding(false);
    const plain = Buffer.concat([decipher.update(body), decipher.final()]);
    const pad = plain[plain.length - 1];
    if (pad < 1 || pad > BLOCK || !plain.subarray(plain.length - pad).every((b) => b === pad)) {
        throw new WerfSecretError('the value does not decrypt with this key (inconsistent padding): wrong secret key, or a corrupt value', 'wrong-key');
    }
    return plain.subarray(0, plain.length - pad);
}


/***/ }),

/***/ 59403:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ findWerfSecretKey)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(16602);
/* harmony import */ var _secretValue_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(78014);
/**
 * Where werf finds its secret key (common-go secrets_manager GetRequiredSecretKey): $WERF_SECRET_KEY, else
 * `<project>/.werf_secret_key`, else `~/.werf/global_secret_key` (trimmed). The edge passes the environment.
 */




function findWerfSecretKey(sources, neededFor) {
    if (sources.environment && !sources.environment.isEmpty)
        return sources.environment;
    const searched = ['$WERF_SECRET_KEY'];
    const files = [(0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(sources.projectDir, '.werf_secret_key'), ...(sources.homeDir ? [(0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(sources.homeDir, '.werf', 'global_secret_key')] : [])];
    for (const file of files) {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file)) {
            const key = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8').trim();
            if (key !== '')
                return new _secretValue_js__WEBPACK_IMPORTED_MODULE_3__/* .SecretValue */ .i(key);
        }
        searched.push(file);
    }
    throw new _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_2__.SlipwayError('input', `${neededFor} needs werf's secret key, which was not found in: ${searched.map((s) => `"${s}"`).join(', ')}`, {
        where: { input: 'WERF_SECRET_KEY' },
        hint: 'set WERF_SECRET_KEY to the key the secrets were encrypted with (or write it to .werf_secret_key, which must not be committed)',
    });
}


/***/ }),

/***/ 59288:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D8: () => (/* binding */ decryptSecretValuesText),
/* harmony export */   DM: () => (/* binding */ decryptSecretFileText),
/* harmony export */   HL: () => (/* binding */ mergeSecretValues),
/* harmony export */   OG: () => (/* binding */ transformSecretValuesDocument),
/* harmony export */   QU: () => (/* binding */ maskSecrets)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(16602);
/* harmony import */ var _secretValue_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(78014);
/* harmony import */ var _werfSecret_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74386);
/**
 * werf's secret values and secret files (werf 1.2 chart_secrets_loader.go, common-go yaml_encoder.go):
 * - a secret values file (`.helm/secret-values.yaml`, `--secret-values`) is YAML whose every string scalar
 *   is an encrypted value; nulls stay null; any other scalar is an error; later files override earlier ones;
 * - a secret file (`.helm/secret/<path>`) is one encrypted value (trailing whitespace ignored), read by
 *   `werf_secret_file "<path>"`.
 * Decrypted strings are collected so every output can mask them. Pure (the key and texts are given).
 */




function failure(file, path, error, line) {
    const e = error instanceof _werfSecret_js__WEBPACK_IMPORTED_MODULE_3__/* .WerfSecretError */ .lE ? error : undefined;
    const at = path === '' ? '' : ` at ${path}`;
    return new _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_1__.SlipwayError('values', `cannot decrypt ${file}${at}: ${error.message}`, {
        where: { file, ...(path !== '' ? { field: path } : {}), ...(line !== undefined ? { line } : {}) },
        hint: e?.reason === 'key'
            ? 'set WERF_SECRET_KEY (or .werf_secret_key in the project directory) to the key the secrets were encrypted with'
            : e?.reason === 'wrong-key'
                ? 'this is not the key the file was encrypted with: set WERF_SECRET_KEY to the right one, or re-encrypt with slipway secret encrypt'
                : 'encrypt the value with slipway secret encrypt (or werf helm secret encrypt); every string of a secret values file must be encrypted',
    });
}
function lineOf(text, node) {
    const offset = node.range?.[0];
    return offset === undefined ? undefined : text.slice(0, offset).split('\n').length;
}
/** Decrypts one secret values file into values (every leaf a decrypted string). */
function decryptSecretValuesText(text, file, key, revealed) {
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__.parseDocument)(text, { version: '1.2', uniqueKeys: false });
    if (doc.errors.length > 0)
        throw new _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_1__.SlipwayError('values', `${file} is not valid YAML: ${doc.errors[0].message}`, { where: { file } });
    const walk = (node, path) => {
        if (node === null || node === undefined)
            return null;
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__.isMap)(node)) {
            const out = {};
            for (const pair of node.items) {
                const k = (0,yaml__WEBPACK_IMPORTED_MODULE_0__.isScalar)(pair.key) ? String(pair.key.value) : String(pair.key);
                out[k] = walk(pair.value, path === '' ? k : `${path}.${k}`);
            }
            return out;
        }
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__.isSeq)(node))
            return node.items.map((item, i) => walk(item, `${path}[${i}]`));
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__.isScalar)(node)) {
            if (node.value === null)
                return null;
            if (typeof node.value !== 'string') {
                throw failure(file, path, new _werfSecret_js__WEBPACK_IMPORTED_MODULE_3__/* .WerfSecretError */ .lE(`unable to decode non string value "${String(node.source ?? node.value)}": expected encoded value as hex string`, 'data'), lineOf(text, node));
            }
            try {
                const plain = (0,_werfSecret_js__WEBPACK_IMPORTED_MODULE_3__/* .decryptWerfSecret */ .Qm)(key, node.value).toString('utf8');
                if (plain !== '')
                    revealed.push(plain);
                return plain;
            }
            catch (error) {
                throw failure(file, path, error, lineOf(text, node));
            }
        }
        return walk(node.toJSON?.(), path);
    };
    const values = walk(doc.contents, '');
    if (values === null)
        return {};
    if (typeof values !== 'object' || Array.isArray(values))
        throw new _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_1__.SlipwayError('values', `${file} must be a map of values`, { where: { file } });
    return values;
}
/** Decrypts one secret file. */
function decryptSecretFileText(text, file, key, revealed) {
    try {
        const plain = (0,_werfSecret_js__WEBPACK_IMPORTED_MODULE_3__/* .decryptWerfSecret */ .Qm)(key, text.replace(/\s+$/, '')).toString('utf8');
        if (plain !== '')
            revealed.push(plain);
        return new _secretValue_js__WEBPACK_IMPORTED_MODULE_2__/* .SecretValue */ .i(plain);
    }
    catch (error) {
        throw failure(file, '', error);
    }
}
function isPlainMap(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
/** chartutil.CoalesceTables(later, earlier): the later file wins, maps merge. */
function mergeSecretValues(earlier, later) {
    const out = { ...earlier };
    for (const [k, v] of Object.entries(later))
        out[k] = isPlainMap(v) && isPlainMap(out[k]) ? mergeSecretValues(out[k], v) : v;
    return out;
}
/** Replaces every revealed secret string in `text` with `***` (longest first, so a secret inside another is covered). */
function maskSecrets(text, revealed) {
    let out = text;
    for (const s of [...revealed].sort((a, b) => b.length - a.length))
        if (s.length >= 3)
            out = out.split(s).join('***');
    return out;
}
/**
 * A secret values document with every string scalar encrypted (`encrypt`) or decrypted, keeping keys, comments
 * and layout, as werf's EncryptYamlData/DecryptYamlData do on yaml.v3 nodes.
 */
function transformSecretValuesDocument(text, file, transform) {
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__.parseDocument)(text, { version: '1.2', uniqueKeys: false });
    if (doc.errors.length > 0)
        throw new _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_1__.SlipwayError('values', `${file} is not valid YAML: ${doc.errors[0].message}`, { where: { file } });
    const walk = (node, path) => {
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__.isMap)(node))
            for (const pair of node.items)
                walk(pair.value, `${path === '' ? '' : `${path}.`}${(0,yaml__WEBPACK_IMPORTED_MODULE_0__.isScalar)(pair.key) ? String(pair.key.value) : String(pair.key)}`);
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__.isSeq)(node))
            node.items.forEach((item, i) => walk(item, `${path}[${i}]`));
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__.isScalar)(node) && typeof node.value === 'string') {
            const value = transform(node.value, path);
            node.value = value;
            // Quoted when plain would read as something else (a number, a bool, null) or not parse, as yaml.v3 does.
            node.type = readsBackAsString(value) ? 'PLAIN' : 'QUOTE_DOUBLE';
        }
    };
    walk(doc.contents, '');
    return doc.toString({ lineWidth: 0 });
}
function readsBackAsString(value) {
    if (value === '' || /[\n#]|^\s|\s$/.test(value) || /^(?:yes|no|on|off|y|n)$/i.test(value))
        return false;
    try {
        return (0,yaml__WEBPACK_IMPORTED_MODULE_0__.parse)(value, { version: '1.2' }) === value;
    }
    catch {
        return false;
    }
}


/***/ })

};
;
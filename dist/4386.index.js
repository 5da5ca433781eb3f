"use strict";
exports.id = 4386;
exports.ids = [4386];
exports.modules = {

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


/***/ })

};
;
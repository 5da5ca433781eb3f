"use strict";
exports.id = 3100;
exports.ids = [3100,8571,4600];
exports.modules = {

/***/ 98571:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ parseDuration)
/* harmony export */ });
/* harmony import */ var _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16602);

const unitMs = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
/**
 * Parses a Go-style duration (`300s`, `5m`, `1h30m`, `1.5h`, `250ms`) as Helm's `--timeout` takes it;
 * a bare number is seconds. Returns milliseconds.
 */
function parseDuration(text, where) {
    const trimmed = text.trim();
    if (/^\d+(\.\d+)?$/.test(trimmed))
        return Math.round(Number(trimmed) * 1000);
    const part = /(\d+(?:\.\d+)?)(ms|s|m|h)/gy;
    let total = 0;
    let matched = 0;
    for (let m = part.exec(trimmed); m; m = part.exec(trimmed)) {
        total += Number(m[1]) * unitMs[m[2]];
        matched = part.lastIndex;
    }
    if (trimmed === '' || matched !== trimmed.length) {
        throw new _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_0__.SlipwayError('input', `"${text}" is not a duration`, {
            where,
            hint: 'use a Go-style duration such as 300s, 5m or 1h30m',
        });
    }
    return Math.round(total);
}


/***/ }),

/***/ 10966:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ parseImageRepository),
/* harmony export */   j: () => (/* binding */ isLoopbackRegistry)
/* harmony export */ });
/* harmony import */ var _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16602);

const pathComponent = /^[a-z0-9]+(?:(?:\.|_|__|-+)[a-z0-9]+)*$/;
/**
 * Parses a repository as Docker does: the first component is a registry when it has a "." or ":" or
 * is "localhost"; otherwise the repository is on Docker Hub. Tags and digests are not allowed here.
 */
function parseImageRepository(text, where) {
    const value = text.trim().replace(/^(https?|oci):\/\//, '');
    const fail = (why) => {
        throw new _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_0__.SlipwayError('input', `repository "${text}" is not valid: ${why}`, {
            where,
            hint: 'write <registry>/<path>, e.g. ghcr.io/acme/shop or registry.example.com:5000/shop',
        });
    };
    if (value === '')
        fail('it is empty');
    if (value.includes('@'))
        fail('it must not contain a digest');
    const parts = value.split('/');
    let registry = 'docker.io';
    if (parts.length > 1 && (parts[0].includes('.') || parts[0].includes(':') || parts[0] === 'localhost'))
        registry = parts.shift();
    const last = parts[parts.length - 1];
    if (last.includes(':'))
        fail('it must not contain a tag (slipway chooses the tags)');
    for (const part of parts)
        if (!pathComponent.test(part))
            fail(`path component "${part}" must be lowercase letters, digits and separators (. _ -)`);
    if (!/^[A-Za-z0-9.-]+(:[0-9]+)?$|^\[[0-9a-fA-F:]+\](:[0-9]+)?$/.test(registry))
        fail(`registry "${registry}" is not a host[:port]`);
    const hub = registry === 'docker.io' || registry === 'index.docker.io';
    const path = hub && parts.length === 1 ? `library/${parts[0]}` : parts.join('/');
    return { registry, apiHost: hub ? 'registry-1.docker.io' : registry, path, name: `${registry}/${parts.join('/')}` };
}
/** Loopback registries speak plain HTTP unless told otherwise, as Docker treats them as insecure. */
function isLoopbackRegistry(registry) {
    const host = registry.replace(/:[0-9]+$/, '').replace(/^\[|\]$/g, '');
    return host === 'localhost' || host === '::1' || /^127(\.[0-9]{1,3}){3}$/.test(host);
}


/***/ })

};
;
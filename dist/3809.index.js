"use strict";
exports.id = 3809;
exports.ids = [3809,8571,4600];
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


/***/ })

};
;
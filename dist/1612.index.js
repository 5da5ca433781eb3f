"use strict";
exports.id = 1612;
exports.ids = [1612];
exports.modules = {

/***/ 51612:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cliDeliveryReporting: () => (/* binding */ cliDeliveryReporting)
/* harmony export */ });
/* harmony import */ var _ci_deliveryReporting_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3634);
/* harmony import */ var _ci_readCiContext_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74919);


/** A command's delivery report printed on stdout: the terminal's table, or the CI's log format when it runs in one. */
function cliDeliveryReporting(options = {}) {
    return (0,_ci_deliveryReporting_js__WEBPACK_IMPORTED_MODULE_0__/* .deliveryReporting */ .z)({
        ci: (0,_ci_readCiContext_js__WEBPACK_IMPORTED_MODULE_1__/* .readCiContext */ .O)(),
        env: process.env,
        write: options.write ?? ((text) => void process.stdout.write(text)),
        isTTY: process.stdout.isTTY === true,
        ...(process.stdout.columns ? { columns: process.stdout.columns } : {}),
        pathOf: options.pathOf ?? (() => (file) => file),
        ...(options.annotationsPath !== undefined ? { annotationsPath: options.annotationsPath } : {}),
        ...(options.codeQualityPath !== undefined ? { codeQualityPath: options.codeQualityPath } : {}),
    });
}


/***/ })

};
;
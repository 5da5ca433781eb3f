"use strict";
exports.id = 7519;
exports.ids = [7519];
exports.modules = {

/***/ 27519:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runGit: () => (/* binding */ runGit)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(16602);


/** Runs `git <args>` in `repoDir` (an argument array, never a shell string) and returns stdout. */
function runGit(repoDir, args, options = {}) {
    return new Promise((resolve, reject) => {
        (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)('git', ['-c', 'core.quotepath=off', ...args], { cwd: repoDir, encoding: 'buffer', maxBuffer: 1024 * 1024 * 1024, env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' } }, (error, stdout, stderr) => {
            if (error && !options.allowFailure) {
                const message = stderr.toString('utf8').trim() || error.message;
                reject(new _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_1__.SlipwayError('git', `git ${args[0]} failed: ${message}`, { where: { file: repoDir } }));
                return;
            }
            resolve(stdout);
        });
    });
}


/***/ })

};
;
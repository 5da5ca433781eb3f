"use strict";
exports.id = 5800;
exports.ids = [5800];
exports.modules = {

/***/ 75800:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   environmentNames: () => (/* binding */ environmentNames)
/* harmony export */ });
/* harmony import */ var _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16602);

/**
 * Release and namespace of an environment: from slipway.yaml's naming templates (read from the commit,
 * or the working tree with --dev), overridden by --release / --namespace.
 */
async function environmentNames(flags, contextNamespace, dir = process.cwd()) {
    if (flags.env === undefined) {
        if (flags.release === undefined)
            throw new _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_0__.SlipwayError('input', 'either --env or --release is required', { where: { input: '--env' }, hint: 'name the environment (--env pr-12) or the release (--release shop-pr-12)' });
        return { release: flags.release, namespace: flags.namespace ?? contextNamespace };
    }
    const { openProject } = await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(8508), __webpack_require__.e(473)]).then(__webpack_require__.bind(__webpack_require__, 30473));
    const { deployNames } = await Promise.all(/* import() */[__webpack_require__.e(8508), __webpack_require__.e(1939)]).then(__webpack_require__.bind(__webpack_require__, 41939));
    const { config } = await openProject({ dir, ...(flags.commit ? { commit: flags.commit } : {}), dev: flags.dev ?? false });
    const names = deployNames(config.deploy, { project: config.project, env: flags.env });
    return { release: flags.release ?? names.release, namespace: flags.namespace ?? names.namespace, project: config.project };
}


/***/ })

};
;
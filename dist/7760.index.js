"use strict";
exports.id = 7760;
exports.ids = [7760];
exports.modules = {

/***/ 67760:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   converge: () => (/* binding */ converge)
/* harmony export */ });
/* harmony import */ var _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16602);
/* harmony import */ var _environmentInput_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(26306);


/**
 * converge: environment → images (built only when missing) → render → deploy → track, as one stream of
 * delivery events ending in a `result` event, success or failure. The CLI and the actions call this and
 * only differ in how they show the events.
 */
async function converge(flags, options) {
    const emit = options.emit;
    let target = { release: flags.release ?? '', namespace: flags.namespace ?? '' };
    try {
        const prepared = await (0,_environmentInput_js__WEBPACK_IMPORTED_MODULE_1__.environmentInput)(flags, {
            build: options.build ?? true,
            ...(options.dir ? { dir: options.dir } : {}),
            log: (message) => emit({ type: 'step', message }),
            warn: (message) => emit({ type: 'warning', message }),
            emit,
            cluster: options.client,
            ...(options.releaseStorage ? { releaseStorage: options.releaseStorage } : {}),
            ...(options.registry ? { registry: options.registry } : {}),
            ...(options.werfSecretKey ? { werfSecretKey: options.werfSecretKey } : {}),
            ...(options.migrateHelm2 ? { migrateHelm2: options.migrateHelm2 } : {}),
            ...(options.inputNames ? { inputNames: options.inputNames } : {}),
        }).catch(async (error) => {
            throw options.explainEnvironmentError ? await options.explainEnvironmentError(error) : error;
        });
        const { input, ...rest } = prepared;
        target = { release: input.release, namespace: input.namespace };
        options.onTarget?.(prepared);
        const { deploy } = await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(2856), __webpack_require__.e(5000), __webpack_require__.e(4284)]).then(__webpack_require__.bind(__webpack_require__, 54284));
        const signal = options.deploySignal?.() ?? options.signal;
        emit({ type: 'step', message: `deploying release ${input.release} into namespace ${input.namespace} (context ${options.client.contextName})` });
        const result = await deploy(input, { ...options, ...(signal ? { signal } : {}) });
        return { result, ...rest };
    }
    catch (error) {
        const e = error instanceof _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_0__.SlipwayError ? error : undefined;
        emit({
            type: 'result',
            release: target.release,
            namespace: target.namespace,
            status: 'failed',
            error: {
                message: error instanceof Error ? error.message : String(error),
                ...(e?.hint ? { hint: e.hint } : {}),
                ...(e?.where.file ? { file: e.where.file } : {}),
                ...(e?.where.line !== undefined ? { line: e.where.line } : {}),
                ...(e?.where.resource ? { resource: e.where.resource } : {}),
            },
        });
        throw error;
    }
}


/***/ })

};
;
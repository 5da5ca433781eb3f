"use strict";
exports.id = 5153;
exports.ids = [5153];
exports.modules = {

/***/ 25153:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   interruptSignal: () => (/* binding */ interruptSignal)
/* harmony export */ });
/** SIGINT/SIGTERM as an abort signal, so a stopped deploy records its revision failed instead of leaving it pending. */
function interruptSignal() {
    const controller = new AbortController();
    const handlers = ['SIGINT', 'SIGTERM'].map((name) => {
        const handler = () => controller.abort(new Error(`interrupted by ${name}`));
        process.once(name, handler);
        return [name, handler];
    });
    return { signal: controller.signal, dispose: () => handlers.forEach(([name, handler]) => process.removeListener(name, handler)) };
}


/***/ })

};
;
"use strict";
exports.id = 3227;
exports.ids = [3227];
exports.modules = {

/***/ 23227:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   printDeployEvent: () => (/* binding */ printDeployEvent)
/* harmony export */ });
/* harmony import */ var _core_events_deliveryEvents_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(81180);

/**
 * Plain lines for commands without a live table (dismiss, rollback): one line per engine event, log lines
 * prefixed by pod and container, and a failure block as soon as a resource fails.
 */
function printDeployEvent(event) {
    const out = (line) => void process.stdout.write(`${line}\n`);
    switch (event.type) {
        case 'step':
            return out(event.message);
        case 'warning':
            return void process.stderr.write(`warning: ${event.message}\n`);
        case 'change':
            if (event.action !== 'unchanged')
                out(`  ${event.action.padEnd(9)} ${(0,_core_events_deliveryEvents_js__WEBPACK_IMPORTED_MODULE_0__/* .resourceLabel */ .b)(event.resource)}${event.source ? `  (${event.source.file})` : ''}`);
            return;
        case 'hook':
            return out(`  hook ${event.hookEvent} ${(0,_core_events_deliveryEvents_js__WEBPACK_IMPORTED_MODULE_0__/* .resourceLabel */ .b)(event.resource)}: ${event.state}${event.message ? ` — ${event.message}` : ''}`);
        case 'status':
            if (!event.parent && event.status.state !== 'progressing')
                out(`  ${event.status.state.padEnd(9)} ${(0,_core_events_deliveryEvents_js__WEBPACK_IMPORTED_MODULE_0__/* .resourceLabel */ .b)(event.resource)}  ${event.status.message}`);
            return;
        case 'log':
            return out(`  ${event.pod}/${event.container} | ${event.line}`);
        case 'failure': {
            const f = event.failure;
            const head = `${f.fatal ? 'FAILED' : 'warning'}: ${(0,_core_events_deliveryEvents_js__WEBPACK_IMPORTED_MODULE_0__/* .resourceLabel */ .b)(f.resource)}: ${f.reason}${f.pod ? ` in pod ${f.pod}` : ''}${f.container ? ` container ${f.container}` : ''}${f.fatal ? '' : ` (${f.count} of ${f.allowed} allowed failures)`}`;
            out(head);
            out(`  ${f.message}${f.exitCode !== undefined ? ` (exit code ${f.exitCode})` : ''}`);
            if (f.source)
                out(`  from ${f.source.file}${f.source.line !== undefined ? `:${f.source.line}` : ''}`);
            for (const line of f.logs.slice(-10))
                out(`  | ${line}`);
            for (const e of f.events.slice(-5))
                out(`  event ${e.type} ${e.reason} ${e.object}: ${e.message}`);
            return;
        }
        default:
            return;
    }
}


/***/ }),

/***/ 81180:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ eventEmitter),
/* harmony export */   b: () => (/* binding */ resourceLabel)
/* harmony export */ });
/**
 * The one typed event stream of a delivery: build, render, deploy and tracking all speak it, and every
 * output (terminal, GitHub, GitLab, JSON) is a fold of it (src/report/deliveryReport.ts). Events carry
 * plain data and a timestamp; nothing in them is preformatted for one output, and no secret value is ever
 * put in one (Secret data never reaches an event; log lines come from pods, not from release values).
 */
/** `Kind/namespace/name` (`Kind/name` for cluster-scoped objects): how resources are named in every output. */
function resourceLabel(id) {
    return `${id.kind}/${id.namespace ? `${id.namespace}/` : ''}${id.name}`;
}
/** Stamps events with the time they happened and hands them to every sink. */
function eventEmitter(...sinks) {
    return (event) => {
        const stamped = { ...event, at: Date.now() };
        for (const sink of sinks)
            sink(stamped);
    };
}


/***/ })

};
;
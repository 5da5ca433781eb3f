"use strict";
exports.id = 3227;
exports.ids = [3227];
exports.modules = {

/***/ 23227:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   printDeployEvent: () => (/* binding */ printDeployEvent)
/* harmony export */ });
/** One line per engine event on stderr-free stdout; the full reporter (tables, CI outputs) replaces this later. */
function printDeployEvent(event) {
    const out = (line) => void process.stdout.write(`${line}\n`);
    switch (event.type) {
        case 'step':
            return out(event.message);
        case 'warning':
            return void process.stderr.write(`warning: ${event.message}\n`);
        case 'change':
            return out(`  ${event.action.padEnd(9)} ${event.resource}${event.source ? `  (${event.source})` : ''}`);
        case 'hook':
            return out(`  hook ${event.event} ${event.resource}: ${event.phase}${event.message ? ` — ${event.message}` : ''}`);
        case 'ready':
            if (event.state !== 'progressing')
                out(`  ${event.state.padEnd(9)} ${event.resource}${event.message ? `  ${event.message}` : ''}`);
            return;
    }
}


/***/ })

};
;
"use strict";
exports.id = 6446;
exports.ids = [6446];
exports.modules = {

/***/ 66446:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   reportAnnotations: () => (/* binding */ reportAnnotations)
/* harmony export */ });
/* unused harmony export annotationsPerStep */
/* harmony import */ var _core_events_deliveryEvents_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(81180);
/* harmony import */ var _deliveryReport_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(43650);
/* harmony import */ var _reportText_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16797);
/* harmony import */ var _workflowCommands_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74965);




/** GitHub shows at most 10 error and 10 warning annotations per step (50 per job); more are dropped. */
const annotationsPerStep = 10;
const logLinesInAnnotation = 5;
const failureMessage = (f) => {
    const where = [f.pod ? `pod ${f.pod}` : '', f.container ? `container ${f.container}` : ''].filter(Boolean).join(', ');
    const lines = [`${f.reason}${where ? ` in ${where}` : ''}: ${f.message}${f.exitCode !== undefined && !f.message.includes(`code ${f.exitCode}`) ? ` (exit code ${f.exitCode})` : ''}`];
    if (f.logs.length)
        lines.push('last log lines:', ...f.logs.slice(-logLinesInAnnotation).map((l) => `  ${(0,_reportText_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$Q)(l, 300)}`));
    return lines.join('\n');
};
/**
 * The annotations of a delivery: one error per failed resource (its first fatal failure), pointed at the
 * template file and line; one warning per resource with allowed failures and per warning; within GitHub's
 * per-step limit, the rest named in one last annotation. Pure: returns the workflow command lines.
 */
function reportAnnotations(report, options = {}) {
    const pathOf = options.pathOf ?? _reportText_js__WEBPACK_IMPORTED_MODULE_0__/* .samePath */ .Eb;
    const errors = [];
    const warnings = [];
    const failedResources = new Set();
    for (const f of (0,_deliveryReport_js__WEBPACK_IMPORTED_MODULE_1__/* .orderedFailures */ .Pf)(report)) {
        const label = (0,_core_events_deliveryEvents_js__WEBPACK_IMPORTED_MODULE_2__/* .resourceLabel */ .b)(f.resource);
        const target = f.fatal ? errors : warnings;
        const key = `${f.fatal}/${label}`;
        if (failedResources.has(key))
            continue;
        failedResources.add(key);
        target.push({ title: `${label} ${f.fatal ? 'failed' : 'had a failure'}: ${f.reason}`, message: failureMessage(f), ...(f.source ? { file: pathOf(f.source.file), ...(f.source.line !== undefined ? { line: f.source.line } : {}) } : {}) });
    }
    const error = options.error;
    const explained = error?.resource !== undefined && failedResources.has(`true/${error.resource}`);
    if (error && !explained) {
        errors.unshift({ title: error.title ?? error.resource ?? 'slipway', message: error.hint ? `${error.message}\nhint: ${error.hint}` : error.message, ...(error.file ? { file: pathOf(error.file), ...(error.line !== undefined ? { line: error.line } : {}) } : {}) });
    }
    for (const w of report.warnings)
        warnings.push({ title: w.resource ?? 'slipway warning', message: w.message, ...(w.source ? { file: pathOf(w.source.file), ...(w.source.line !== undefined ? { line: w.source.line } : {}) } : {}) });
    const limited = (list, noun) => {
        if (list.length <= annotationsPerStep)
            return list;
        const shown = list.slice(0, annotationsPerStep - 1);
        const rest = list.slice(annotationsPerStep - 1);
        return [...shown, { title: `${rest.length} more ${noun}`, message: `${rest.map((a) => a.title).join('\n')}\n(see the job summary for each)` }];
    };
    const command = (kind) => (a) => (0,_workflowCommands_js__WEBPACK_IMPORTED_MODULE_3__/* .workflowCommand */ .NA)(kind, { title: a.title, file: a.file, line: a.line }, a.message);
    return [...limited(errors, 'failures').map(command('error')), ...limited(warnings, 'warnings').map(command('warning'))];
}


/***/ }),

/***/ 74965:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fq: () => (/* binding */ inertLine),
/* harmony export */   NA: () => (/* binding */ workflowCommand)
/* harmony export */ });
/* unused harmony exports escapeData, escapeProperty */
/**
 * GitHub Actions workflow commands (`::error file=…,line=…,title=…::message`), escaped as the runner
 * unescapes them (actions/toolkit's command.ts: `%`, CR and LF in data; also `:` and `,` in properties).
 */
function escapeData(text) {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(text) {
    return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
function workflowCommand(command, properties, message) {
    const props = Object.entries(properties)
        .filter((entry) => entry[1] !== undefined && entry[1] !== '')
        .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
        .join(',');
    return `::${command}${props ? ` ${props}` : ''}::${escapeData(message)}`;
}
/**
 * A line the runner must not read as a command: pod logs and build output are printed through this, so a
 * container printing `::add-mask::` or `::stop-commands::` cannot steer the job.
 */
function inertLine(line) {
    return /^\s*::/.test(line) ? line.replace('::', ':\u200b:') : line;
}


/***/ }),

/***/ 16797:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Q: () => (/* binding */ clip),
/* harmony export */   Eb: () => (/* binding */ samePath),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   j2: () => (/* binding */ formatSource)
/* harmony export */ });
/**
 * Small text pieces every output of the report shares, so a duration or a template position reads the same
 * in the terminal, the GitHub summary and the GitLab log.
 */
/** `850ms`, `4.2s`, `1m05s`. */
function formatDuration(ms) {
    if (ms < 1000)
        return `${Math.max(0, Math.round(ms))}ms`;
    if (ms < 60_000)
        return `${(ms / 1000).toFixed(1)}s`;
    const minutes = Math.floor(ms / 60_000);
    const seconds = Math.floor((ms % 60_000) / 1000);
    return `${minutes}m${String(seconds).padStart(2, '0')}s`;
}
const samePath = (file) => file;
function formatSource(source, pathOf = samePath) {
    if (!source)
        return undefined;
    return `${pathOf(source.file)}${source.line !== undefined ? `:${source.line}` : ''}`;
}
/** Cuts a long line for a table cell or a title, marking the cut. */
function clip(text, max) {
    const single = text.replace(/\s*\n\s*/g, ' ');
    return single.length <= max ? single : `${single.slice(0, Math.max(0, max - 1))}…`;
}


/***/ })

};
;
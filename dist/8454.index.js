"use strict";
exports.id = 8454;
exports.ids = [8454];
exports.modules = {

/***/ 98454:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   annotationsReport: () => (/* binding */ annotationsReport),
/* harmony export */   codeQualityReport: () => (/* binding */ codeQualityReport)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_events_deliveryEvents_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(81180);
/* harmony import */ var _deliveryReport_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(43650);
/* harmony import */ var _reportText_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(16797);




const blobUrl = (links, path, line) => links.projectUrl && links.commit ? `${links.projectUrl.replace(/\/+$/, '')}/-/blob/${links.commit}/${path.split('/').map(encodeURIComponent).join('/')}${line !== undefined ? `#L${line}` : ''}` : undefined;
/**
 * GitLab's annotations report (`artifacts:reports:annotations`): the environment, the job, and each failed
 * resource's template line as external links shown on the job page. Pure; the caller writes the JSON.
 */
function annotationsReport(report, links, pathOf = _reportText_js__WEBPACK_IMPORTED_MODULE_1__/* .samePath */ .Eb) {
    const entries = [];
    if (links.environmentUrl)
        entries.push({ external_link: { label: 'environment', url: links.environmentUrl } });
    const seen = new Set();
    for (const f of (0,_deliveryReport_js__WEBPACK_IMPORTED_MODULE_2__/* .orderedFailures */ .Pf)(report)) {
        const label = (0,_core_events_deliveryEvents_js__WEBPACK_IMPORTED_MODULE_3__/* .resourceLabel */ .b)(f.resource);
        if (seen.has(label) || !f.source)
            continue;
        seen.add(label);
        const url = blobUrl(links, pathOf(f.source.file), f.source.line);
        if (url)
            entries.push({ external_link: { label: `${f.fatal ? 'failed' : 'failure in'} ${label}: ${f.reason}`, url } });
    }
    if (links.jobUrl)
        entries.push({ external_link: { label: 'job log', url: links.jobUrl } });
    return { slipway: entries };
}
/**
 * GitLab's Code Quality report (`artifacts:reports:codequality`): failures and warnings at their template file
 * and line, so the merge request shows them on the chart's code. Pure.
 */
function codeQualityReport(report, pathOf = _reportText_js__WEBPACK_IMPORTED_MODULE_1__/* .samePath */ .Eb) {
    const issues = [];
    const seen = new Set();
    for (const f of (0,_deliveryReport_js__WEBPACK_IMPORTED_MODULE_2__/* .orderedFailures */ .Pf)(report)) {
        if (!f.source)
            continue;
        const key = `${(0,_core_events_deliveryEvents_js__WEBPACK_IMPORTED_MODULE_3__/* .resourceLabel */ .b)(f.resource)}/${f.reason}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        const description = `${(0,_core_events_deliveryEvents_js__WEBPACK_IMPORTED_MODULE_3__/* .resourceLabel */ .b)(f.resource)}: ${f.reason}${f.pod ? ` in pod ${f.pod}` : ''}${f.container ? ` container ${f.container}` : ''}: ${f.message}`;
        issues.push({ description, check_name: `slipway/${f.reason}`, fingerprint: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(key).digest('hex'), severity: f.fatal ? 'blocker' : 'minor', location: { path: pathOf(f.source.file), lines: { begin: f.source.line ?? 1 } } });
    }
    for (const w of report.warnings) {
        if (!w.source)
            continue;
        issues.push({ description: w.message, check_name: 'slipway/warning', fingerprint: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(`w/${w.message}`).digest('hex'), severity: 'minor', location: { path: pathOf(w.source.file), lines: { begin: w.source.line ?? 1 } } });
    }
    return issues;
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
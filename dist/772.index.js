"use strict";
exports.id = 772;
exports.ids = [772];
exports.modules = {

/***/ 10772:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   deployInputOf: () => (/* binding */ deployInputOf)
/* harmony export */ });
/* unused harmony export helmChartOf */
const file = (f) => ({ name: f.name, data: Buffer.from(f.data).toString('base64') });
/** The chart as Helm stores it in a release record (metadata, lock, templates, values, schema, files). */
function helmChartOf(chart) {
    return {
        metadata: chart.metadata,
        lock: chart.lock ?? null,
        templates: chart.templates.map(file),
        values: chart.values,
        schema: chart.schema ? Buffer.from(chart.schema).toString('base64') : null,
        files: chart.files.map(file),
    };
}
/** The renderer's output as the deploy engine's input: the seam between chart and deploy. Pure. */
function deployInputOf(result, chart, options) {
    return {
        release: options.release,
        namespace: options.namespace,
        chart: helmChartOf(chart),
        config: options.config,
        // The line in the template file (render with templateLines), so errors point at `templates/x.yaml:LINE`;
        // a line of the rendered output would point at the wrong template line.
        documents: [...result.manifests, ...result.hooks].map((m) => ({ source: m.source, content: m.content, ...(m.templateLine !== undefined ? { line: m.templateLine } : {}) })),
        crds: result.crds.map((c) => ({ source: c.source, content: c.content })),
        ...(result.notes ? { notes: result.notes } : {}),
    };
}


/***/ })

};
;
"use strict";
exports.id = 7825;
exports.ids = [7825];
exports.modules = {

/***/ 77825:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ bundleChart),
/* harmony export */   bundleDeployInput: () => (/* binding */ bundleDeployInput),
/* harmony export */   renderBundle: () => (/* binding */ renderBundle)
/* harmony export */ });
/* harmony import */ var _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16602);

const isMap = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/** The chart of a pulled bundle, or an error naming the bundle (a corrupt or non-chart archive). */
async function bundleChart(bundle, origin) {
    const { chartFromArchive } = await Promise.all(/* import() */[__webpack_require__.e(3243), __webpack_require__.e(2448), __webpack_require__.e(1518), __webpack_require__.e(6463)]).then(__webpack_require__.bind(__webpack_require__, 61518));
    try {
        return chartFromArchive(bundle.chartArchive, origin, true);
    }
    catch (error) {
        throw new _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_0__.SlipwayError('chart', `the bundle ${origin} does not hold a loadable chart: ${error.message}`, { hint: 'republish it (slipway bundle publish or helm push of a `helm package` archive)', cause: error });
    }
}
function stringMap(value) {
    const out = {};
    if (isMap(value))
        for (const [k, v] of Object.entries(value))
            if (typeof v === 'string')
                out[k] = v;
    return out;
}
/**
 * Renders a pulled bundle for a release: its baked values are the chart's defaults; `.Values.slipway.release`
 * / `.namespace` (and werf's namespace) and the apply-time values are the release's config, as converge gives them.
 */
async function renderBundle(bundle, origin, options) {
    const { render } = await Promise.all(/* import() */[__webpack_require__.e(3243), __webpack_require__.e(8966), __webpack_require__.e(2448), __webpack_require__.e(5438), __webpack_require__.e(9886), __webpack_require__.e(7504), __webpack_require__.e(8854)]).then(__webpack_require__.bind(__webpack_require__, 97504));
    const { mergeValues, liveCapabilities, releaseState } = await __webpack_require__.e(/* import() */ 3925).then(__webpack_require__.bind(__webpack_require__, 26306));
    const chart = await bundleChart(bundle, origin);
    const config = mergeValues({ slipway: { release: options.release, namespace: options.namespace }, werf: { namespace: options.namespace } }, options.values);
    const warnings = [];
    const cluster = options.cluster;
    const capabilities = cluster ? await liveCapabilities(cluster, options.warn) : options.capabilities;
    const state = cluster ? await releaseState(cluster, options.release, options.releaseStorage?.namespace ?? options.namespace, options.releaseStorage?.type ?? 'secret') : undefined;
    const rendered = await render(chart, config, {
        releaseName: options.release,
        namespace: options.namespace,
        templateLines: options.templateLines ?? false,
        warn: (m) => warnings.push(m),
        ...(capabilities ? { capabilities } : {}),
        ...(state ? { isUpgrade: state.isUpgrade, revision: state.revision } : {}),
        ...(cluster ? { clusterLookup: (await __webpack_require__.e(/* import() */ 1409).then(__webpack_require__.bind(__webpack_require__, 91409))).clusterLookup(cluster) } : {}),
    });
    for (const w of warnings)
        options.warn(w);
    const baked = isMap(chart.values.slipway) && isMap(chart.values.slipway.bundle) ? chart.values.slipway.bundle : {};
    return { chart, config, rendered, addAnnotations: stringMap(baked.addAnnotations), addLabels: stringMap(baked.addLabels) };
}
/** `bundle apply`'s input to the deploy engine. */
async function bundleDeployInput(bundle, origin, options) {
    const { deployInputOf } = await __webpack_require__.e(/* import() */ 772).then(__webpack_require__.bind(__webpack_require__, 10772));
    const result = await renderBundle(bundle, origin, { ...options, templateLines: true });
    return { input: deployInputOf(result.rendered, result.chart, { release: options.release, namespace: options.namespace, config: result.config }), addAnnotations: result.addAnnotations, addLabels: result.addLabels };
}


/***/ })

};
;
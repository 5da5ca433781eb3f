"use strict";
exports.id = 747;
exports.ids = [747,7825];
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


/***/ }),

/***/ 30747:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   copyBundle: () => (/* binding */ copyBundle)
/* harmony export */ });
/* harmony import */ var _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16602);
/* harmony import */ var _artifactStore_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(45679);
/* harmony import */ var _bundleArtifact_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(37268);
/* harmony import */ var _bundleRelease_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(77825);
/* harmony import */ var _bundleValues_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8400);
/* harmony import */ var _chartPackage_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(37658);






/**
 * `bundle copy`: a bundle from one store to another, byte for byte (same digest). With images, each
 * image the bundle refers to is copied by digest too — into the destination repository, whose name
 * then replaces the old one in the bundle's values (a new chart digest), or into the archive as is.
 */
async function copyBundle(from, to, options) {
    const { copyGraph } = await __webpack_require__.e(/* import() */ 987).then(__webpack_require__.bind(__webpack_require__, 60987));
    const bundle = await (0,_bundleArtifact_js__WEBPACK_IMPORTED_MODULE_2__.pullBundle)(from, options.tag);
    const toTag = options.toTag ?? bundle.tag;
    if (!options.withImages) {
        await copyGraph(from, to, bundle.digest, toTag);
        return { tag: toTag, sourceDigest: bundle.digest, digest: bundle.digest, images: [] };
    }
    const chart = await (0,_bundleRelease_js__WEBPACK_IMPORTED_MODULE_3__/* .bundleChart */ .B)(bundle, `${from.name}:${bundle.tag}`);
    const images = (0,_bundleValues_js__WEBPACK_IMPORTED_MODULE_4__/* .bundleImages */ .Jn)(chart.values);
    const copied = [];
    for (const image of images) {
        const source = (0,_bundleValues_js__WEBPACK_IMPORTED_MODULE_4__/* .splitImageReference */ .Xv)(image.reference);
        // An archive carries the images it was written with; a registry bundle points at their repository.
        const imageStore = from instanceof _artifactStore_js__WEBPACK_IMPORTED_MODULE_1__/* .RegistryStore */ .X ? await options.openImageRepository(source.repository) : from;
        const digest = image.digest ?? (await imageStore.manifest(source.tag))?.digest;
        if (!digest)
            throw new _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_0__.SlipwayError('registry', `image ${image.name} of the bundle (${image.reference}) is not in ${imageStore.name}`, { hint: 'the image was deleted (cleanup?) after the bundle was published; publish the bundle again' });
        options.log(`copying image ${image.name} ${image.reference}@${digest}`);
        await copyGraph(imageStore, to, digest, to instanceof _artifactStore_js__WEBPACK_IMPORTED_MODULE_1__/* .RegistryStore */ .X ? source.tag : undefined);
        copied.push({ name: image.name, from: image.reference, to: to instanceof _artifactStore_js__WEBPACK_IMPORTED_MODULE_1__/* .RegistryStore */ .X ? `${to.name}:${source.tag}` : image.reference, digest });
    }
    if (!(to instanceof _artifactStore_js__WEBPACK_IMPORTED_MODULE_1__/* .RegistryStore */ .X) || images.length === 0) {
        await copyGraph(from, to, bundle.digest, toTag);
        return { tag: toTag, sourceDigest: bundle.digest, digest: bundle.digest, images: copied };
    }
    // The copy points at the destination repository: same files but values.yaml, same created time.
    const created = bundle.manifest.annotations?.['org.opencontainers.image.created'] ?? '';
    const mtime = Number.isNaN(Date.parse(created)) ? 0 : Math.floor(Date.parse(created) / 1000);
    const files = (0,_bundleValues_js__WEBPACK_IMPORTED_MODULE_4__/* .bakeValues */ ._1)(chart.raw, {}, (0,_bundleValues_js__WEBPACK_IMPORTED_MODULE_4__/* .rewriteImageRepository */ .O)(chart.values, to.name));
    const archive = (0,_chartPackage_js__WEBPACK_IMPORTED_MODULE_5__/* .packageChart */ .n)(chart.metadata.name ?? '', files, mtime);
    const digest = await (0,_bundleArtifact_js__WEBPACK_IMPORTED_MODULE_2__/* .pushChartArtifact */ .pm)(to, toTag, archive, chart.metadata, created);
    return { tag: toTag, sourceDigest: bundle.digest, digest, images: copied };
}


/***/ })

};
;
"use strict";
exports.id = 1091;
exports.ids = [1091];
exports.modules = {

/***/ 9038:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   openBundleRepository: () => (/* binding */ openBundleRepository)
/* harmony export */ });
/* harmony import */ var _registry_imageRepository_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(10966);
/* harmony import */ var _registry_registryClient_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(58002);
/* harmony import */ var _registry_registryCredentials_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(97880);
/* harmony import */ var _artifactStore_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(45679);




/** The registry repository `text` names (`oci://` accepted, as Helm writes it), ready to read and write. */
async function openBundleRepository(text, access, where) {
    const repository = (0,_registry_imageRepository_js__WEBPACK_IMPORTED_MODULE_0__/* .parseImageRepository */ .f)(text, where);
    const credentials = await (0,_registry_registryCredentials_js__WEBPACK_IMPORTED_MODULE_2__/* .findRegistryCredentials */ .zz)(repository.registry, {
        ...(access.username !== undefined ? { username: access.username } : {}),
        ...(access.password !== undefined ? { password: access.password } : {}),
    });
    const client = new _registry_registryClient_js__WEBPACK_IMPORTED_MODULE_1__/* .RegistryClient */ .bP({ host: repository.apiHost, ...(credentials ? { credentials } : {}), ...(access.insecure ? { insecure: true } : {}) });
    return new _artifactStore_js__WEBPACK_IMPORTED_MODULE_3__/* .RegistryStore */ .X(repository, client);
}


/***/ }),

/***/ 1091:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   publishBundle: () => (/* binding */ publishBundle)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(16602);
/* harmony import */ var _bundleTag_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(48152);
/* harmony import */ var _bundleRepository_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9038);
/* harmony import */ var _bundleValues_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8400);
/* harmony import */ var _chartPackage_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(37658);
/* harmony import */ var _bundleArtifact_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(37268);








/**
 * `bundle publish`: the commit's images (built, or required with skipBuild), their references and the
 * given values baked into the chart's values.yaml, the chart's files packaged deterministically (mtime
 * and `created` are the commit's time) and pushed as a Helm OCI chart.
 */
async function publishBundle(options) {
    const tag = (0,_bundleTag_js__WEBPACK_IMPORTED_MODULE_3__/* .tagOfVersion */ .ml)(options.tag ?? 'latest');
    if (!(0,_bundleTag_js__WEBPACK_IMPORTED_MODULE_3__/* .isValidTag */ .r_)(tag))
        throw new _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_2__.SlipwayError('input', `"${options.tag}" is not a valid tag`, { where: { input: '--tag' }, hint: 'letters, digits, ".", "_", "-" (at most 128), or a semver version such as 1.4.2' });
    const { openProject } = await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(8508), __webpack_require__.e(473), __webpack_require__.e(8571)]).then(__webpack_require__.bind(__webpack_require__, 30473));
    const { refuseUncommittedDeployInputs, mergeValues } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 26306));
    const { mergeValueOptions } = await __webpack_require__.e(/* import() */ 3391).then(__webpack_require__.bind(__webpack_require__, 95772));
    const { loadChart } = await Promise.all(/* import() */[__webpack_require__.e(1518), __webpack_require__.e(3238)]).then(__webpack_require__.bind(__webpack_require__, 3238));
    const { chartFromArchive } = await __webpack_require__.e(/* import() */ 1518).then(__webpack_require__.bind(__webpack_require__, 61518));
    const { runGit } = await __webpack_require__.e(/* import() */ 7519).then(__webpack_require__.bind(__webpack_require__, 27519));
    const store = await (0,_bundleRepository_js__WEBPACK_IMPORTED_MODULE_4__.openBundleRepository)(options.repo, options.registry, { input: '--repo' });
    const project = await openProject({ dir: options.dir, ...(options.commit ? { commit: options.commit } : {}), dev: options.dev ?? false });
    const { root, prefix, commit, tree, config } = project;
    if (!options.dev && options.commit === undefined)
        await refuseUncommittedDeployInputs(root, prefix, config.file, config.deploy.chart);
    const userValues = mergeValueOptions(options.values, (path) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8'));
    let baked = {};
    const images = {};
    if (config.images.length > 0) {
        const { buildImages } = await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(8508), __webpack_require__.e(473), __webpack_require__.e(5252), __webpack_require__.e(3809)]).then(__webpack_require__.bind(__webpack_require__, 25252));
        const { chartImageValues } = await __webpack_require__.e(/* import() */ 7451).then(__webpack_require__.bind(__webpack_require__, 27451));
        const result = await buildImages({
            project,
            dir: options.dir,
            repo: options.repo,
            commit,
            dev: options.dev ?? false,
            requireBuiltImages: options.skipBuild ?? false,
            ...(options.registry.username !== undefined ? { username: options.registry.username } : {}),
            ...(options.registry.password !== undefined ? { password: options.registry.password } : {}),
            ...(options.registry.network ? { network: options.registry.network } : {}),
            log: options.log,
        });
        baked = chartImageValues(result);
        for (const image of result.images)
            images[image.name] = image.reference;
    }
    if (options.env !== undefined)
        baked = mergeValues(baked, { slipway: { env: options.env }, werf: { env: options.env } });
    if (Object.keys(options.addAnnotations).length > 0 || Object.keys(options.addLabels).length > 0) {
        baked = mergeValues(baked, { slipway: { bundle: { addAnnotations: options.addAnnotations, addLabels: options.addLabels } } });
    }
    baked = mergeValues(baked, userValues);
    const created = new Date(Number((await runGit(root, ['show', '-s', '--format=%ct', commit])).toString('utf8').trim()) * 1000);
    const materialized = await tree.materialize([config.deploy.chart]);
    let files;
    let name;
    let version;
    try {
        const chart = loadChart((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(materialized.dir, config.deploy.chart));
        name = chart.metadata.name ?? '';
        version = chart.metadata.version ?? '';
        files = (0,_bundleValues_js__WEBPACK_IMPORTED_MODULE_5__/* .bakeValues */ ._1)(chart.raw, chart.values, baked);
    }
    finally {
        await materialized.dispose();
    }
    const archive = (0,_chartPackage_js__WEBPACK_IMPORTED_MODULE_6__/* .packageChart */ .n)(name, files, Math.floor(created.getTime() / 1000));
    // What was packaged must load as a chart (a values file that does not re-read would fail every apply).
    const packaged = chartFromArchive(archive, `${options.repo}:${tag}`, true);
    const digest = await (0,_bundleArtifact_js__WEBPACK_IMPORTED_MODULE_7__/* .pushChartArtifact */ .pm)(store, tag, archive, packaged.metadata, created.toISOString().replace(/\.\d{3}Z$/, 'Z'));
    return { reference: `${store.name}:${tag}`, tag, digest, chart: { name, version }, images };
}


/***/ })

};
;
"use strict";
exports.id = 6306;
exports.ids = [6306];
exports.modules = {

/***/ 9174:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ valueOptionsOf)
/* harmony export */ });
/** The flags as the values merge takes them (valueOptions.ts). */
function valueOptionsOf(flags) {
    return {
        valueFiles: flags.values,
        values: flags.set,
        stringValues: flags.setString,
        fileValues: flags.setFile,
        jsonValues: flags.setJson,
        literalValues: flags.setLiteral,
    };
}


/***/ }),

/***/ 26306:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ repositoryPath),
/* harmony export */   environmentInput: () => (/* binding */ environmentInput),
/* harmony export */   liveCapabilities: () => (/* binding */ liveCapabilities),
/* harmony export */   mergeValues: () => (/* binding */ mergeValues),
/* harmony export */   refuseUncommittedDeployInputs: () => (/* binding */ refuseUncommittedDeployInputs),
/* harmony export */   releaseState: () => (/* binding */ releaseState)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(16602);
/* harmony import */ var _chart_values_valuesFlags_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9174);
/* harmony import */ var _errors_inputNames_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(59251);





function isMap(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
/** `over` wins; maps merge key by key (user values override the injected image values, never drop them wholesale). */
function mergeValues(base, over) {
    const out = { ...base };
    for (const [k, v] of Object.entries(over))
        out[k] = isMap(v) && isMap(out[k]) ? mergeValues(out[k], v) : v;
    return out;
}
/** Giterminism for the deploy: configuration and chart are used as committed, so changes must be committed first. */
async function refuseUncommittedDeployInputs(root, prefix, configFile, chart) {
    const { workingTreeStatus } = await __webpack_require__.e(/* import() */ 1680).then(__webpack_require__.bind(__webpack_require__, 11680));
    const { projectStatus } = await __webpack_require__.e(/* import() */ 7505).then(__webpack_require__.bind(__webpack_require__, 47505));
    const { uncommittedChanges, uncommittedChangesError } = await __webpack_require__.e(/* import() */ 7292).then(__webpack_require__.bind(__webpack_require__, 77292));
    const changes = uncommittedChanges(projectStatus(await workingTreeStatus(root), prefix), { files: [configFile], directories: [chart], contexts: [] });
    if (changes.length > 0)
        throw uncommittedChangesError(changes, 'the deploy');
}
/** `demo-shop/templates/web.yaml` → `app/.helm/templates/web.yaml`: a template's path from the repository root. */
function repositoryPath(file, chart) {
    if (!chart || !file.startsWith(`${chart.name}/`))
        return file;
    const dir = chart.dir.replace(/^\.\//, '').replace(/\/+$/, '');
    return `${dir === '' || dir === '.' ? '' : `${dir}/`}${file.slice(chart.name.length + 1)}`;
}
async function environmentInput(flags, options) {
    const emit = options.emit ?? (() => undefined);
    const inputNames = options.inputNames ?? _errors_inputNames_js__WEBPACK_IMPORTED_MODULE_3__/* .cliInputNames */ .tE;
    const registry = options.registry ?? {};
    const dir = options.dir ?? process.cwd();
    const { openProject } = await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(8508), __webpack_require__.e(473), __webpack_require__.e(8571)]).then(__webpack_require__.bind(__webpack_require__, 30473));
    const { deployNames, environmentUrl } = await Promise.all(/* import() */[__webpack_require__.e(8508), __webpack_require__.e(1939)]).then(__webpack_require__.bind(__webpack_require__, 41939));
    const { loadChart } = await Promise.all(/* import() */[__webpack_require__.e(3243), __webpack_require__.e(2448), __webpack_require__.e(1518), __webpack_require__.e(3464)]).then(__webpack_require__.bind(__webpack_require__, 3238));
    const { render } = await Promise.all(/* import() */[__webpack_require__.e(3243), __webpack_require__.e(8966), __webpack_require__.e(2448), __webpack_require__.e(5438), __webpack_require__.e(9886), __webpack_require__.e(7504), __webpack_require__.e(8854)]).then(__webpack_require__.bind(__webpack_require__, 97504));
    const { mergeValueOptions } = await Promise.all(/* import() */[__webpack_require__.e(3243), __webpack_require__.e(2448), __webpack_require__.e(4851)]).then(__webpack_require__.bind(__webpack_require__, 95772));
    const { deployInputOf } = await __webpack_require__.e(/* import() */ 772).then(__webpack_require__.bind(__webpack_require__, 10772));
    const project = await openProject({ dir, ...(flags.commit ? { commit: flags.commit } : {}), dev: flags.dev ?? false });
    const { root, prefix, commit, tree, config } = project;
    if (!flags.dev && flags.commit === undefined)
        await refuseUncommittedDeployInputs(root, prefix, config.file, config.deploy.chart);
    const names = deployNames(config.deploy, { project: config.project, env: flags.env });
    const release = flags.release ?? names.release;
    const namespace = flags.namespace ?? names.namespace;
    const werfProject = config.format === 'werf' || (flags.werf ?? false);
    let imageValues = {};
    let build;
    const images = {};
    if (config.images.length > 0) {
        const repo = flags.repo ?? registry.repo;
        if (!repo)
            throw new _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_2__.SlipwayError('input', `slipway.yaml declares ${config.images.length} image(s) but no image repository is given`, { where: { input: inputNames.repo }, hint: `set ${(0,_errors_inputNames_js__WEBPACK_IMPORTED_MODULE_3__/* .inputLabel */ .NB)(inputNames.repo)} to <registry>/<path> (or SLIPWAY_REPO)` });
        const { buildImages } = await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(8508), __webpack_require__.e(473), __webpack_require__.e(4023), __webpack_require__.e(5252), __webpack_require__.e(4600)]).then(__webpack_require__.bind(__webpack_require__, 25252));
        const { chartImageValues } = await __webpack_require__.e(/* import() */ 7451).then(__webpack_require__.bind(__webpack_require__, 27451));
        emit({ type: 'phase', phase: 'build', state: 'started' });
        const result = await buildImages({
            project,
            dir,
            repo,
            commit,
            dev: flags.dev ?? false,
            requireBuiltImages: !options.build || (flags.skipBuild ?? false),
            ...(registry.username !== undefined ? { username: registry.username } : {}),
            ...(registry.password !== undefined ? { password: registry.password } : {}),
            ...(registry.network ? { network: registry.network } : {}),
            ...(registry.builder ? { builder: registry.builder } : {}),
            ...(registry.dockerConfigDir ? { env: { ...process.env, DOCKER_CONFIG: registry.dockerConfigDir } } : {}),
            inputNames,
            log: {
                info: options.log,
                warning: options.warn,
                // With an event stream the outputs print the build from the events; without one (plan), as lines.
                imageStarted: (image) => {
                    emit({ type: 'image', name: image, reference: '', state: 'building' });
                    if (!options.emit)
                        options.log(`[${image}] building`);
                },
                imageOutput: (image, line) => {
                    emit({ type: 'image-output', name: image, line });
                    if (!options.emit)
                        options.log(`[${image}] ${line}`);
                },
                imageFinished: (image, ok) => {
                    if (!options.emit)
                        options.log(`[${image}] ${ok ? 'pushed' : 'FAILED'}`);
                },
            },
        }).catch((error) => {
            emit({ type: 'phase', phase: 'build', state: 'failed', message: error instanceof Error ? error.message : String(error) });
            throw error;
        });
        for (const image of result.images) {
            emit({ type: 'image', name: image.name, reference: image.reference, state: image.action, durationMs: image.durationMs, ...(image.error ? { message: image.error } : {}) });
        }
        emit({ type: 'phase', phase: 'build', state: result.images.some((i) => i.action === 'failed') ? 'failed' : 'finished' });
        build = result;
        imageValues = chartImageValues(result);
        for (const image of result.images)
            if (image.action !== 'failed' && image.action !== 'not-built')
                images[image.name] = image.reference;
    }
    let injected = mergeValues(imageValues, {
        slipway: { env: flags.env, namespace, release },
        werf: { env: flags.env, namespace },
    });
    if (werfProject) {
        const { werfServiceValues } = await __webpack_require__.e(/* import() */ 4197).then(__webpack_require__.bind(__webpack_require__, 4197));
        const { commitDate } = await __webpack_require__.e(/* import() */ 1680).then(__webpack_require__.bind(__webpack_require__, 11680));
        const built = (build?.images ?? []).filter((i) => i.action !== 'failed' && i.action !== 'not-built');
        injected = mergeValues(injected, werfServiceValues({ project: config.project, repo: build?.repository ?? flags.repo ?? registry.repo ?? '', env: flags.env, namespace, commit: { hash: commit, date: await commitDate(root, commit) }, images: built }));
    }
    const userValues = mergeValueOptions((0,_chart_values_valuesFlags_js__WEBPACK_IMPORTED_MODULE_4__/* .valueOptionsOf */ .B)(flags), (path) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8'));
    const secretValueFiles = werfProject ? (flags.secretValues ?? []) : [];
    if (!werfProject && (flags.secretValues ?? []).length > 0) {
        throw new _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_2__.SlipwayError('input', '--secret-values is werf\'s encrypted values format, read for werf.yaml projects or with --werf', { where: { input: '--secret-values' }, hint: 'add --werf (or use plain --values files)' });
    }
    const materialized = await tree.materialize([config.deploy.chart, ...secretValueFiles]);
    try {
        let values = mergeValues(injected, userValues);
        let secretFunctions = new Map();
        const revealedSecrets = [];
        if (werfProject) {
            const { loadWerfSecrets } = await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(2687)]).then(__webpack_require__.bind(__webpack_require__, 82687));
            const secrets = loadWerfSecrets({ root: materialized.dir, chartDir: config.deploy.chart, secretValueFiles, keySources: { ...options.werfSecretKey, projectDir: dir } });
            values = mergeValues(mergeValues(injected, secrets.values), userValues);
            secretFunctions = secrets.files;
            revealedSecrets.push(...secrets.revealed);
        }
        let chart;
        try {
            chart = loadChart((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(materialized.dir, config.deploy.chart));
        }
        catch (error) {
            if (error instanceof _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_2__.SlipwayError)
                throw error;
            throw new _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_2__.SlipwayError('chart', `cannot load the chart at ${config.deploy.chart}: ${error.message}`, { where: { file: config.deploy.chart, field: 'deploy.chart' }, hint: 'point deploy.chart in slipway.yaml at a Helm chart directory (with Chart.yaml)' });
        }
        const warnings = [];
        emit({ type: 'phase', phase: 'render', state: 'started' });
        const capabilities = options.cluster ? await liveCapabilities(options.cluster, options.warn) : undefined;
        if (options.cluster && options.migrateHelm2) {
            const { migrateHelm2Release } = await Promise.all(/* import() */[__webpack_require__.e(3243), __webpack_require__.e(2448), __webpack_require__.e(5815)]).then(__webpack_require__.bind(__webpack_require__, 84682));
            const { ReleaseStorage } = await __webpack_require__.e(/* import() */ 7263).then(__webpack_require__.bind(__webpack_require__, 47263));
            const storage = new ReleaseStorage(options.cluster, { namespace: options.releaseStorage?.namespace ?? namespace, type: options.releaseStorage?.type ?? 'secret' });
            await migrateHelm2Release(options.cluster, { release, tillerNamespace: options.migrateHelm2.tillerNamespace, storage, cleanup: options.migrateHelm2.cleanup, log: options.log });
        }
        const state = options.cluster ? await releaseState(options.cluster, release, options.releaseStorage?.namespace ?? namespace, options.releaseStorage?.type ?? 'secret') : undefined;
        const rendered = await render(chart, values, {
            releaseName: release,
            namespace,
            templateLines: true,
            warn: (m) => warnings.push(m),
            ...(capabilities ? { capabilities } : {}),
            ...(state ? { isUpgrade: state.isUpgrade, revision: state.revision } : {}),
            ...(options.cluster ? { clusterLookup: (await __webpack_require__.e(/* import() */ 1409).then(__webpack_require__.bind(__webpack_require__, 91409))).clusterLookup(options.cluster) } : {}),
            ...(werfProject ? { extraFunctions: (await __webpack_require__.e(/* import() */ 8360).then(__webpack_require__.bind(__webpack_require__, 28360))).werfFunctions(secretFunctions) } : {}),
        });
        for (const w of warnings)
            options.warn(w);
        emit({ type: 'phase', phase: 'render', state: 'finished', message: `${rendered.manifests.length} manifests, ${rendered.hooks.length} hooks` });
        const url = environmentUrl(config.deploy, { project: config.project, env: flags.env, release, namespace });
        const chartSource = { name: chart.metadata.name ?? '', dir: [prefix, config.deploy.chart].filter((p) => p !== '' && p !== '.').join('/'), root };
        return { input: deployInputOf(rendered, chart, { release, namespace, config: werfProject ? (await __webpack_require__.e(/* import() */ 4197).then(__webpack_require__.bind(__webpack_require__, 4197))).jsonSafeValues(values) : values }), project: config.project, images, chartSource, ...(revealedSecrets.length > 0 ? { revealedSecrets } : {}), ...(build ? { build } : {}), ...(url !== undefined ? { url } : {}) };
    }
    finally {
        await materialized.dispose();
    }
}
/** `.Capabilities` from the cluster, as Helm's getCapabilities: its version and discovery's API version set. */
async function liveCapabilities(client, warn) {
    const { clusterCapabilities } = await __webpack_require__.e(/* import() */ 881).then(__webpack_require__.bind(__webpack_require__, 60881));
    const live = await clusterCapabilities(client);
    if (live.failedGroupVersions.length > 0) {
        warn(`the cluster could not describe ${live.failedGroupVersions.join(', ')} (an orphaned or failing API service?): charts will not see them in .Capabilities.APIVersions`);
    }
    return { clusterVersion: live.version, ...(live.apiVersions ? { apiVersions: live.apiVersions, fromCluster: true } : {}) };
}
/**
 * `.Release.IsUpgrade` and `.Release.Revision` as the deploy will record them: an upgrade when the history
 * holds a release to upgrade (the deploy engine's own rule), the revision after the newest one.
 */
async function releaseState(client, release, storageNamespace, type) {
    const { ReleaseStorage } = await __webpack_require__.e(/* import() */ 7263).then(__webpack_require__.bind(__webpack_require__, 47263));
    const { deployKind, nextRevisionNumber } = await __webpack_require__.e(/* import() */ 4166).then(__webpack_require__.bind(__webpack_require__, 44166));
    const history = (await new ReleaseStorage(client, { namespace: storageNamespace, type }).history(release)).map((h) => h.release);
    return { isUpgrade: deployKind(history) === 'upgrade', revision: nextRevisionNumber(history) };
}


/***/ })

};
;
"use strict";
exports.id = 775;
exports.ids = [775,5153];
exports.modules = {

/***/ 20775:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runBundleApply: () => (/* binding */ runBundleApply),
/* harmony export */   runBundleCopy: () => (/* binding */ runBundleCopy),
/* harmony export */   runBundlePublish: () => (/* binding */ runBundlePublish),
/* harmony export */   runBundleRender: () => (/* binding */ runBundleRender)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(16602);
/* harmony import */ var _core_chart_values_valuesFlags_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9174);
/* harmony import */ var _core_secretValue_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(78014);
/* harmony import */ var _core_duration_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(98571);
/* harmony import */ var _core_names_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(22483);
/* harmony import */ var _interruptSignal_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(25153);
/* harmony import */ var _keyValueFlags_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(30313);








const out = (line) => void process.stdout.write(`${line}\n`);
const warn = (line) => void process.stderr.write(`warning: ${line}\n`);
/** Registry credentials from SLIPWAY_REGISTRY_USERNAME / SLIPWAY_REGISTRY_PASSWORD (else Docker's config.json). */
function registryAccess() {
    const password = process.env.SLIPWAY_REGISTRY_PASSWORD;
    return {
        ...(process.env.SLIPWAY_REGISTRY_USERNAME !== undefined ? { username: process.env.SLIPWAY_REGISTRY_USERNAME } : {}),
        ...(password !== undefined ? { password: new _core_secretValue_js__WEBPACK_IMPORTED_MODULE_2__/* .SecretValue */ .i(password) } : {}),
    };
}
async function userValues(flags) {
    const { mergeValueOptions } = await Promise.all(/* import() */[__webpack_require__.e(3243), __webpack_require__.e(2448), __webpack_require__.e(5772)]).then(__webpack_require__.bind(__webpack_require__, 95772));
    return mergeValueOptions((0,_core_chart_values_valuesFlags_js__WEBPACK_IMPORTED_MODULE_6__/* .valueOptionsOf */ .B)(flags), (path) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8'));
}
/** `archive:<file>` is a .tgz; anything else a registry repository. */
async function openStore(text, input, forWriting) {
    if (text.startsWith('archive:')) {
        const file = text.slice('archive:'.length);
        const { LayoutArchive } = await __webpack_require__.e(/* import() */ 4264).then(__webpack_require__.bind(__webpack_require__, 54264));
        if (forWriting)
            return { store: new LayoutArchive(file), archive: file };
        let data;
        try {
            data = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file);
        }
        catch (error) {
            throw new _core_errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_1__.SlipwayError('input', `cannot read ${file}: ${error.message}`, { where: { input, file } });
        }
        return { store: LayoutArchive.read(file, data) };
    }
    const { openBundleRepository } = await Promise.all(/* import() */[__webpack_require__.e(4023), __webpack_require__.e(9038)]).then(__webpack_require__.bind(__webpack_require__, 9038));
    return { store: await openBundleRepository(text, registryAccess(), { input }) };
}
async function runBundlePublish(flags) {
    const repo = flags.repo ?? process.env.SLIPWAY_REPO;
    if (!repo)
        throw new _core_errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_1__.SlipwayError('input', 'no repository given', { where: { input: '--repo' }, hint: 'pass --repo <registry>/<path> or set SLIPWAY_REPO' });
    if (flags.env !== undefined)
        (0,_core_names_js__WEBPACK_IMPORTED_MODULE_4__/* .requireDnsLabel */ .l)(flags.env, 'environment', { input: '--env' });
    const { publishBundle } = await Promise.all(/* import() */[__webpack_require__.e(3243), __webpack_require__.e(2448), __webpack_require__.e(4023), __webpack_require__.e(5438), __webpack_require__.e(102), __webpack_require__.e(1091)]).then(__webpack_require__.bind(__webpack_require__, 1091));
    const result = await publishBundle({
        dir: process.cwd(),
        repo,
        tag: flags.tag,
        ...(flags.commit !== undefined ? { commit: flags.commit } : {}),
        dev: flags.dev ?? false,
        skipBuild: flags.skipBuild ?? false,
        ...(flags.env !== undefined ? { env: flags.env } : {}),
        values: (0,_core_chart_values_valuesFlags_js__WEBPACK_IMPORTED_MODULE_6__/* .valueOptionsOf */ .B)(flags),
        addAnnotations: (0,_keyValueFlags_js__WEBPACK_IMPORTED_MODULE_5__/* .keyValues */ .K)(flags.addAnnotation, '--add-annotation'),
        addLabels: (0,_keyValueFlags_js__WEBPACK_IMPORTED_MODULE_5__/* .keyValues */ .K)(flags.addLabel, '--add-label'),
        registry: { ...registryAccess(), ...(process.env.SLIPWAY_BUILD_NETWORK ? { network: process.env.SLIPWAY_BUILD_NETWORK } : {}) },
        log: {
            info: out,
            warning: warn,
            imageStarted: (image) => out(`[${image}] building`),
            imageOutput: (image, line) => out(`[${image}] ${line}`),
            imageFinished: (image, ok) => out(`[${image}] ${ok ? 'pushed' : 'FAILED'}`),
        },
    });
    out(`published ${result.reference}@${result.digest} (chart ${result.chart.name} ${result.chart.version}${Object.keys(result.images).length ? `, images ${Object.keys(result.images).join(', ')}` : ''})`);
}
/** The terminal edge of `slipway bundle apply`: pull → verify → render → the same deploy engine call and printer as converge. */
async function runBundleApply(flags) {
    if (flags.namespace !== undefined)
        (0,_core_names_js__WEBPACK_IMPORTED_MODULE_4__/* .requireDnsLabel */ .l)(flags.namespace, 'namespace', { input: '--namespace' });
    const timeoutMs = (0,_core_duration_js__WEBPACK_IMPORTED_MODULE_3__/* .parseDuration */ .E)(flags.timeout, { input: '--timeout' });
    const maxHistory = Number(flags.historyMax);
    if (!Number.isInteger(maxHistory) || maxHistory < 0)
        throw new _core_errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_1__.SlipwayError('input', `--history-max must be a whole number, not "${flags.historyMax}"`, { where: { input: '--history-max' } });
    const addLabels = (0,_keyValueFlags_js__WEBPACK_IMPORTED_MODULE_5__/* .keyValues */ .K)(flags.addLabel, '--add-label');
    const addAnnotations = (0,_keyValueFlags_js__WEBPACK_IMPORTED_MODULE_5__/* .keyValues */ .K)(flags.addAnnotation, '--add-annotation');
    const values = await userValues(flags);
    const { pullBundle } = await __webpack_require__.e(/* import() */ 4887).then(__webpack_require__.bind(__webpack_require__, 37268));
    const { bundleDeployInput } = await __webpack_require__.e(/* import() */ 7825).then(__webpack_require__.bind(__webpack_require__, 77825));
    const { deploy } = await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(2856), __webpack_require__.e(5000), __webpack_require__.e(653)]).then(__webpack_require__.bind(__webpack_require__, 54284));
    const { store } = await openStore(flags.repo, '--repo', false);
    const bundle = await pullBundle(store, flags.tag, flags.digest !== undefined ? { expectedDigest: flags.digest } : {});
    out(`bundle ${store.name}:${bundle.tag}@${bundle.digest}`);
    // Only apply talks to a cluster: publish, render and copy never load the Kubernetes client.
    const { kubeTarget } = await Promise.all(/* import() */[__webpack_require__.e(3243), __webpack_require__.e(8815), __webpack_require__.e(1991), __webpack_require__.e(2673)]).then(__webpack_require__.bind(__webpack_require__, 22673));
    const { client, namespace } = kubeTarget(flags);
    let interrupt;
    const started = Date.now();
    const { cliDeliveryReporting } = await __webpack_require__.e(/* import() */ 1612).then(__webpack_require__.bind(__webpack_require__, 51612));
    // The chart came from the bundle, not a checkout: its files are named as the chart names them.
    const reporting = await cliDeliveryReporting({
        ...(flags.annotationsPath !== undefined ? { annotationsPath: flags.annotationsPath } : {}),
        ...(flags.codeQualityPath !== undefined ? { codeQualityPath: flags.codeQualityPath } : {}),
    });
    let failure;
    try {
        const storage = { type: flags.releaseStorageType, ...(flags.releaseStorageNamespace ? { namespace: flags.releaseStorageNamespace } : {}) };
        const prepared = await bundleDeployInput(bundle, `${store.name}:${bundle.tag}`, { release: flags.release, namespace, values, cluster: client, releaseStorage: storage, warn });
        const input = prepared.input;
        interrupt = (0,_interruptSignal_js__WEBPACK_IMPORTED_MODULE_7__.interruptSignal)();
        out(`deploying release ${input.release} into namespace ${input.namespace} (context ${client.contextName})`);
        const result = await deploy(input, {
            client,
            timeoutMs,
            maxHistory,
            waitForLock: flags.waitForLock ?? false,
            autoRollback: flags.autoRollback ?? false,
            keepFailedInstall: flags.keepFailedInstall ?? false,
            storageType: flags.releaseStorageType,
            ...(flags.releaseStorageNamespace ? { storageNamespace: flags.releaseStorageNamespace } : {}),
            // Apply-time flags win over what was baked at publish.
            addLabels: { ...prepared.addLabels, ...addLabels },
            addAnnotations: { ...prepared.addAnnotations, ...addAnnotations },
            signal: interrupt.signal,
            emit: reporting.emit,
            description: `slipway bundle apply ${store.name}:${bundle.tag}`,
        });
        await reporting.finish({ action: 'bundle apply', command: 'slipway bundle apply' });
        const c = result.counts;
        out(`release ${result.release} revision ${result.revision} ${result.status} in ${((Date.now() - started) / 1000).toFixed(1)} s: ${c.create} created, ${c.update} updated, ${c.recreate} recreated, ${c.delete} deleted, ${c.unchanged} unchanged; ${result.resourceWrites} resource writes`);
        if (result.notes)
            out(`\nNOTES:\n${result.notes}`);
    }
    catch (error) {
        failure = error;
        throw error;
    }
    finally {
        await reporting.finish({ action: 'bundle apply', command: 'slipway bundle apply', ...(failure !== undefined ? { failure } : {}) });
        if (flags.reportPath !== undefined)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(flags.reportPath, `${JSON.stringify(reporting.report, null, 2)}\n`);
        interrupt?.dispose();
        client.close();
    }
}
async function runBundleRender(flags) {
    (0,_core_names_js__WEBPACK_IMPORTED_MODULE_4__/* .requireDnsLabel */ .l)(flags.namespace, 'namespace', { input: '--namespace' });
    const values = await userValues(flags);
    const { pullBundle } = await __webpack_require__.e(/* import() */ 4887).then(__webpack_require__.bind(__webpack_require__, 37268));
    const { renderBundle } = await __webpack_require__.e(/* import() */ 7825).then(__webpack_require__.bind(__webpack_require__, 77825));
    const { formatTemplateOutput } = await __webpack_require__.e(/* import() */ 9741).then(__webpack_require__.bind(__webpack_require__, 69741));
    const { store } = await openStore(flags.repo, '--repo', false);
    const bundle = await pullBundle(store, flags.tag, flags.digest !== undefined ? { expectedDigest: flags.digest } : {});
    const result = await renderBundle(bundle, `${store.name}:${bundle.tag}`, {
        release: flags.release,
        namespace: flags.namespace,
        values,
        capabilities: { ...(flags.kubeVersion ? { kubeVersion: flags.kubeVersion } : {}), apiVersions: flags.apiVersions },
        warn: (m) => void process.stderr.write(`${m}\n`),
    });
    process.stdout.write(formatTemplateOutput(result.rendered, { includeCrds: flags.includeCrds ?? false }));
}
async function runBundleCopy(flags) {
    const { copyBundle } = await Promise.all(/* import() */[__webpack_require__.e(3243), __webpack_require__.e(2448), __webpack_require__.e(5438), __webpack_require__.e(102), __webpack_require__.e(747)]).then(__webpack_require__.bind(__webpack_require__, 30747));
    const { openBundleRepository } = await Promise.all(/* import() */[__webpack_require__.e(4023), __webpack_require__.e(9038)]).then(__webpack_require__.bind(__webpack_require__, 9038));
    const from = await openStore(flags.from, '--from', false);
    const to = await openStore(flags.to, '--to', true);
    const result = await copyBundle(from.store, to.store, {
        tag: flags.tag,
        ...(flags.toTag !== undefined ? { toTag: flags.toTag } : {}),
        withImages: flags.withImages ?? false,
        openImageRepository: (name) => openBundleRepository(name, registryAccess(), { input: '--from' }),
        log: out,
    });
    if (to.archive !== undefined) {
        const { LayoutArchive } = await __webpack_require__.e(/* import() */ 4264).then(__webpack_require__.bind(__webpack_require__, 54264));
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(to.archive, to.store.toArchive());
    }
    out(`copied ${from.store.name}:${result.tag} (${result.sourceDigest}) to ${to.store.name}:${result.tag} (${result.digest})${result.images.length ? `, images: ${result.images.map((i) => `${i.name} → ${i.to}`).join(', ')}` : ''}`);
}


/***/ }),

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


/***/ }),

/***/ 30313:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ keyValues)
/* harmony export */ });
/* harmony import */ var _core_errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16602);

/** `key=value` flags (--add-label, --add-annotation) as a map; the flag is named in the error. */
function keyValues(pairs, flag) {
    const out = {};
    for (const pair of pairs) {
        const eq = pair.indexOf('=');
        if (eq <= 0) {
            throw new _core_errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_0__.SlipwayError('input', `${flag} ${pair}: expected key=value`, { where: { input: flag }, hint: `e.g. ${flag} team=payments` });
        }
        out[pair.slice(0, eq)] = pair.slice(eq + 1);
    }
    return out;
}


/***/ })

};
;
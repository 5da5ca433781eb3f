"use strict";
exports.id = 824;
exports.ids = [824,3227,6306,7760];
exports.modules = {

/***/ 80824:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runConverge: () => (/* binding */ runConverge)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/core/converge/converge.ts
var converge = __webpack_require__(67760);
// EXTERNAL MODULE: ./src/core/events/deliveryEvents.ts
var deliveryEvents = __webpack_require__(81180);
// EXTERNAL MODULE: ./src/report/deliveryReport.ts
var deliveryReport = __webpack_require__(43650);
// EXTERNAL MODULE: ./src/cli/kubeTarget.ts
var kubeTarget = __webpack_require__(84876);
// EXTERNAL MODULE: ./src/cli/deployEventPrinter.ts
var deployEventPrinter = __webpack_require__(23227);
// EXTERNAL MODULE: ./src/ci/ciContext.ts
var ciContext = __webpack_require__(96427);
// EXTERNAL MODULE: ./src/ci/readCiContext.ts + 1 modules
var readCiContext = __webpack_require__(74919);
// EXTERNAL MODULE: ./src/ci/registryEnvironment.ts
var registryEnvironment = __webpack_require__(91068);
;// CONCATENATED MODULE: ./src/ci/dotenvOutputs.ts
/**
 * The outputs of a command as a dotenv file in the form GitLab's `artifacts:reports:dotenv` accepts
 * (KEY=value lines, one line each, no quoting; GitLab drops a file with a multi-line value). Pure.
 */
function dotenvText(values) {
    const lines = [];
    for (const [key, value] of Object.entries(values)) {
        if (value === undefined)
            continue;
        if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(key))
            throw new Error(`dotenv key "${key}" is not a variable name`);
        const text = String(value);
        if (/[\r\n]/.test(text))
            throw new Error(`dotenv value of ${key} spans lines`);
        lines.push(`${key}=${text}`);
    }
    return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}
/** The converge outputs every CI reads, under the names the GitLab templates use (environment:url: $SLIPWAY_ENVIRONMENT_URL). */
function convergeDotenv(outputs) {
    return dotenvText({
        SLIPWAY_RELEASE: outputs.release,
        SLIPWAY_NAMESPACE: outputs.namespace,
        SLIPWAY_REVISION: outputs.revision,
        SLIPWAY_STATUS: outputs.status,
        SLIPWAY_ENVIRONMENT_URL: outputs.url,
    });
}

;// CONCATENATED MODULE: ./src/cli/convergeCommand.ts










const out = (line) => void process.stdout.write(`${line}\n`);
/** The terminal edge of `slipway converge`: environment → build → render → deploy → printed outcome. */
async function runConverge(flags, options) {
    const addLabels = (0,kubeTarget/* keyValues */.K)(flags.addLabel, '--add-label');
    const ci = (0,readCiContext/* readCiContext */.O)();
    // The run's CI annotations first: an --add-annotation of the same key wins.
    const addAnnotations = { ...(0,ciContext/* ciAnnotations */.ZM)(ci), ...(0,kubeTarget/* keyValues */.K)(flags.addAnnotation, '--add-annotation') };
    const description = (0,ciContext/* deployDescription */.uQ)(`slipway converge --env ${flags.env}`, ci);
    const { client } = (0,kubeTarget.kubeTarget)(flags);
    let outputs;
    // Signals are taken over only for the deploy: during builds Ctrl-C stops the process as usual.
    let interrupt;
    const started = Date.now();
    const report = (0,deliveryReport/* emptyReport */._O)(started);
    const emit = (0,deliveryEvents/* eventEmitter */.R)((event) => {
        (0,deliveryReport/* foldEvent */.wI)(report, event);
        (0,deployEventPrinter.printDeployEvent)(event);
    });
    try {
        const { result, url } = await (0,converge.converge)(flags, {
            client,
            emit,
            releaseStorage: { type: flags.releaseStorageType, ...(flags.releaseStorageNamespace ? { namespace: flags.releaseStorageNamespace } : {}) },
            registry: (0,registryEnvironment/* registryFromEnvironment */.d)(process.env),
            onTarget: ({ input, url: target }) => (outputs = { release: input.release, namespace: input.namespace, status: 'failed', ...(target !== undefined ? { url: target } : {}) }),
            deploySignal: () => (interrupt = (0,kubeTarget.interruptSignal)()).signal,
            timeoutMs: options.timeoutMs,
            maxHistory: options.maxHistory,
            waitForLock: flags.waitForLock ?? false,
            autoRollback: flags.autoRollback ?? false,
            keepFailedInstall: flags.keepFailedInstall ?? false,
            storageType: flags.releaseStorageType,
            ...(flags.releaseStorageNamespace ? { storageNamespace: flags.releaseStorageNamespace } : {}),
            addLabels,
            addAnnotations,
            description,
        });
        outputs = { release: result.release, namespace: result.namespace, ...(url !== undefined ? { url } : {}), revision: result.revision, status: result.status };
        const c = result.counts;
        out(`release ${result.release} revision ${result.revision} ${result.status} in ${((Date.now() - started) / 1000).toFixed(1)} s: ${c.create} created, ${c.update} updated, ${c.recreate} recreated, ${c.delete} deleted, ${c.unchanged} unchanged`);
        if (result.notes)
            out(`\nNOTES:\n${result.notes}`);
        if (url !== undefined)
            out(`environment URL: ${url}`);
    }
    finally {
        // Written on failure too (status failed), so a CI job's later steps and GitLab's environment see the outcome.
        if (flags.dotenvPath !== undefined && outputs)
            await (0,promises_.writeFile)(flags.dotenvPath, convergeDotenv(outputs));
        if (flags.reportPath !== undefined)
            await (0,promises_.writeFile)(flags.reportPath, `${JSON.stringify(report, null, 2)}\n`);
        interrupt?.dispose();
        client.close();
    }
}


/***/ }),

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

/***/ 84876:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ keyValues),
/* harmony export */   interruptSignal: () => (/* binding */ interruptSignal),
/* harmony export */   kubeTarget: () => (/* binding */ kubeTarget)
/* harmony export */ });
/* harmony import */ var _core_kube_kubeClient_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17779);
/* harmony import */ var _core_kube_kubeConnection_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(20276);
/* harmony import */ var _core_errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(16602);



/**
 * The cluster and namespace a command works on: --kubeconfig / $KUBECONFIG / ~/.kube/config / in-cluster,
 * or a whole kubeconfig in $SLIPWAY_KUBECONFIG_BASE64 (a CI secret); --kube-context; the namespace from
 * --namespace, else the context's, else "default" (as kubectl and Helm choose it).
 */
function kubeTarget(flags) {
    const config = (0,_core_kube_kubeConnection_js__WEBPACK_IMPORTED_MODULE_1__/* .loadKubeConfig */ .u)({
        ...(flags.kubeconfig !== undefined ? { kubeconfigPath: flags.kubeconfig } : {}),
        ...(flags.kubeContext !== undefined ? { context: flags.kubeContext } : {}),
        ...(flags.kubeconfig === undefined && process.env.SLIPWAY_KUBECONFIG_BASE64 ? { kubeconfigBase64: process.env.SLIPWAY_KUBECONFIG_BASE64 } : {}),
    });
    const client = new _core_kube_kubeClient_js__WEBPACK_IMPORTED_MODULE_0__/* .KubeClient */ .B(config);
    return { client, namespace: flags.namespace ?? client.defaultNamespace ?? 'default' };
}
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
/** `key=value` flags (--add-label, --add-annotation) as a map; the flag is named in the error. */
function keyValues(pairs, flag) {
    const out = {};
    for (const pair of pairs) {
        const eq = pair.indexOf('=');
        if (eq <= 0) {
            throw new _core_errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_2__.SlipwayError('input', `${flag} ${pair}: expected key=value`, { where: { input: flag }, hint: `e.g. ${flag} team=payments` });
        }
        out[pair.slice(0, eq)] = pair.slice(eq + 1);
    }
    return out;
}


/***/ }),

/***/ 67760:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   converge: () => (/* binding */ converge)
/* harmony export */ });
/* harmony import */ var _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16602);
/* harmony import */ var _environmentInput_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(26306);


/**
 * converge: environment → images (built only when missing) → render → deploy → track, as one stream of
 * delivery events ending in a `result` event, success or failure. The CLI and the actions call this and
 * only differ in how they show the events.
 */
async function converge(flags, options) {
    const emit = options.emit;
    let target = { release: flags.release ?? '', namespace: flags.namespace ?? '' };
    try {
        const prepared = await (0,_environmentInput_js__WEBPACK_IMPORTED_MODULE_1__.environmentInput)(flags, {
            build: options.build ?? true,
            ...(options.dir ? { dir: options.dir } : {}),
            log: (message) => emit({ type: 'step', message }),
            warn: (message) => emit({ type: 'warning', message }),
            emit,
            cluster: options.client,
            ...(options.releaseStorage ? { releaseStorage: options.releaseStorage } : {}),
            ...(options.registry ? { registry: options.registry } : {}),
            ...(options.inputNames ? { inputNames: options.inputNames } : {}),
        }).catch(async (error) => {
            throw options.explainEnvironmentError ? await options.explainEnvironmentError(error) : error;
        });
        const { input, ...rest } = prepared;
        target = { release: input.release, namespace: input.namespace };
        options.onTarget?.(prepared);
        const { deploy } = await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(2856), __webpack_require__.e(5000), __webpack_require__.e(4284)]).then(__webpack_require__.bind(__webpack_require__, 54284));
        const signal = options.deploySignal?.() ?? options.signal;
        emit({ type: 'step', message: `deploying release ${input.release} into namespace ${input.namespace} (context ${options.client.contextName})` });
        const result = await deploy(input, { ...options, ...(signal ? { signal } : {}) });
        return { result, ...rest };
    }
    catch (error) {
        const e = error instanceof _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_0__.SlipwayError ? error : undefined;
        emit({
            type: 'result',
            release: target.release,
            namespace: target.namespace,
            status: 'failed',
            error: {
                message: error instanceof Error ? error.message : String(error),
                ...(e?.hint ? { hint: e.hint } : {}),
                ...(e?.where.file ? { file: e.where.file } : {}),
                ...(e?.where.line !== undefined ? { line: e.where.line } : {}),
                ...(e?.where.resource ? { resource: e.where.resource } : {}),
            },
        });
        throw error;
    }
}


/***/ }),

/***/ 26306:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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
async function environmentInput(flags, options) {
    const emit = options.emit ?? (() => undefined);
    const inputNames = options.inputNames ?? _errors_inputNames_js__WEBPACK_IMPORTED_MODULE_3__/* .cliInputNames */ .tE;
    const registry = options.registry ?? {};
    const dir = options.dir ?? process.cwd();
    const { openProject } = await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(8508), __webpack_require__.e(473), __webpack_require__.e(8571)]).then(__webpack_require__.bind(__webpack_require__, 30473));
    const { deployNames, environmentUrl } = await Promise.all(/* import() */[__webpack_require__.e(8508), __webpack_require__.e(1939)]).then(__webpack_require__.bind(__webpack_require__, 41939));
    const { loadChart } = await Promise.all(/* import() */[__webpack_require__.e(3243), __webpack_require__.e(5849), __webpack_require__.e(2812), __webpack_require__.e(1518), __webpack_require__.e(3464)]).then(__webpack_require__.bind(__webpack_require__, 3238));
    const { render } = await Promise.all(/* import() */[__webpack_require__.e(3243), __webpack_require__.e(5849), __webpack_require__.e(2812), __webpack_require__.e(5438), __webpack_require__.e(9886), __webpack_require__.e(7504), __webpack_require__.e(8390)]).then(__webpack_require__.bind(__webpack_require__, 97504));
    const { mergeValueOptions } = await Promise.all(/* import() */[__webpack_require__.e(3243), __webpack_require__.e(5849), __webpack_require__.e(2812), __webpack_require__.e(4851)]).then(__webpack_require__.bind(__webpack_require__, 95772));
    const { deployInputOf } = await __webpack_require__.e(/* import() */ 772).then(__webpack_require__.bind(__webpack_require__, 10772));
    const { root, prefix, commit, tree, config } = await openProject({ dir, ...(flags.commit ? { commit: flags.commit } : {}), dev: flags.dev ?? false });
    if (!flags.dev && flags.commit === undefined)
        await refuseUncommittedDeployInputs(root, prefix, config.file, config.deploy.chart);
    const names = deployNames(config.deploy, { project: config.project, env: flags.env });
    const release = flags.release ?? names.release;
    const namespace = flags.namespace ?? names.namespace;
    let imageValues = {};
    let build;
    const images = {};
    if (config.images.length > 0) {
        const repo = flags.repo ?? registry.repo;
        if (!repo)
            throw new _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_2__.SlipwayError('input', `slipway.yaml declares ${config.images.length} image(s) but no image repository is given`, { where: { input: inputNames.repo }, hint: `set ${(0,_errors_inputNames_js__WEBPACK_IMPORTED_MODULE_3__/* .inputLabel */ .NB)(inputNames.repo)} to <registry>/<path> (or SLIPWAY_REPO)` });
        const { buildImages } = await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(8508), __webpack_require__.e(4023), __webpack_require__.e(473), __webpack_require__.e(157), __webpack_require__.e(3100)]).then(__webpack_require__.bind(__webpack_require__, 157));
        const { chartImageValues } = await __webpack_require__.e(/* import() */ 7451).then(__webpack_require__.bind(__webpack_require__, 27451));
        emit({ type: 'phase', phase: 'build', state: 'started' });
        const result = await buildImages({
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
                imageStarted: (image) => {
                    emit({ type: 'image', name: image, reference: '', state: 'building' });
                    options.log(`[${image}] building`);
                },
                imageOutput: (image, line) => {
                    emit({ type: 'image-output', name: image, line });
                    options.log(`[${image}] ${line}`);
                },
                imageFinished: (image, ok) => options.log(`[${image}] ${ok ? 'pushed' : 'FAILED'}`),
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
    const injected = mergeValues(imageValues, {
        slipway: { env: flags.env, namespace, release },
        werf: { env: flags.env, namespace },
    });
    const userValues = mergeValueOptions({ valueFiles: flags.values, values: flags.set, stringValues: flags.setString, fileValues: flags.setFile, jsonValues: flags.setJson, literalValues: flags.setLiteral }, (path) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8'));
    const values = mergeValues(injected, userValues);
    const materialized = await tree.materialize([config.deploy.chart]);
    try {
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
        const state = options.cluster ? await releaseState(options.cluster, release, options.releaseStorage?.namespace ?? namespace, options.releaseStorage?.type ?? 'secret') : undefined;
        const rendered = await render(chart, values, {
            releaseName: release,
            namespace,
            templateLines: true,
            warn: (m) => warnings.push(m),
            ...(capabilities ? { capabilities } : {}),
            ...(state ? { isUpgrade: state.isUpgrade, revision: state.revision } : {}),
            ...(options.cluster ? { clusterLookup: (await __webpack_require__.e(/* import() */ 1409).then(__webpack_require__.bind(__webpack_require__, 91409))).clusterLookup(options.cluster) } : {}),
        });
        for (const w of warnings)
            options.warn(w);
        emit({ type: 'phase', phase: 'render', state: 'finished', message: `${rendered.manifests.length} manifests, ${rendered.hooks.length} hooks` });
        const url = environmentUrl(config.deploy, { project: config.project, env: flags.env, release, namespace });
        return { input: deployInputOf(rendered, chart, { release, namespace, config: values }), project: config.project, images, ...(build ? { build } : {}), ...(url !== undefined ? { url } : {}) };
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


/***/ }),

/***/ 43650:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pf: () => (/* binding */ orderedFailures),
/* harmony export */   _O: () => (/* binding */ emptyReport),
/* harmony export */   wI: () => (/* binding */ foldEvent)
/* harmony export */ });
/* unused harmony exports logLinesKept, eventsKept, foldEvents, timeToReady */
/* harmony import */ var _core_events_deliveryEvents_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(81180);

/** What the report keeps of long streams (outputs show less; the JSON report has these). */
const logLinesKept = 200;
const eventsKept = 50;
function emptyReport(startedAt) {
    return { kind: 'slipway-deploy-report', version: 1, startedAt, status: 'running', phases: [], images: [], resources: [], children: [], failures: [], warnings: [], logs: {}, events: {}, steps: [] };
}
const progressing = (reason, message) => ({ state: 'progressing', reason, message });
function row(report, id, parent) {
    const label = (0,_core_events_deliveryEvents_js__WEBPACK_IMPORTED_MODULE_0__/* .resourceLabel */ .b)(id);
    const list = parent ? report.children : report.resources;
    let found = list.find((r) => r.label === label);
    if (!found) {
        found = { id, label, ...(parent ? { parent: (0,_core_events_deliveryEvents_js__WEBPACK_IMPORTED_MODULE_0__/* .resourceLabel */ .b)(parent) } : {}), blocking: true, status: progressing('Pending', 'not tracked yet') };
        list.push(found);
    }
    return found;
}
function keepLast(list, item, max) {
    list.push(item);
    if (list.length > max)
        list.splice(0, list.length - max);
}
/** Folds one event into the report (mutates and returns it: a fold over a stream, kept cheap). */
function foldEvent(report, event) {
    switch (event.type) {
        case 'phase': {
            if (event.state === 'started')
                report.phases.push({ phase: event.phase, state: 'running', startedAt: event.at, ...(event.message ? { message: event.message } : {}) });
            else {
                const open = [...report.phases].reverse().find((p) => p.phase === event.phase && p.state === 'running');
                const target = open ?? { phase: event.phase, state: 'running', startedAt: event.at };
                if (!open)
                    report.phases.push(target);
                target.state = event.state;
                target.finishedAt = event.at;
                if (event.message)
                    target.message = event.message;
            }
            break;
        }
        case 'step':
            keepLast(report.steps, { message: event.message, at: event.at }, 500);
            break;
        case 'warning':
            report.warnings.push({ message: event.message, ...(event.resource ? { resource: (0,_core_events_deliveryEvents_js__WEBPACK_IMPORTED_MODULE_0__/* .resourceLabel */ .b)(event.resource) } : {}), ...(event.source ? { source: event.source } : {}), at: event.at });
            break;
        case 'image': {
            let image = report.images.find((i) => i.name === event.name);
            if (!image) {
                image = { name: event.name, reference: event.reference, state: event.state, startedAt: event.at };
                report.images.push(image);
            }
            image.reference = event.reference;
            image.state = event.state;
            if (event.state !== 'building')
                image.finishedAt = event.at;
            if (event.durationMs !== undefined)
                image.durationMs = event.durationMs;
            if (event.message)
                image.message = event.message;
            break;
        }
        case 'image-output':
            break;
        case 'change': {
            const r = row(report, event.resource);
            r.change = event.action;
            if (event.source)
                r.source = event.source;
            if (event.action === 'delete')
                r.status = { state: 'ready', reason: 'Deleted', message: 'deleted' };
            break;
        }
        case 'hook': {
            const r = row(report, event.resource);
            r.hook = event.hookEvent;
            if (event.source)
                r.source = event.source;
            if (event.state === 'started')
                r.trackedAt ??= event.at;
            if (event.state === 'succeeded') {
                r.status = { state: 'ready', reason: 'HookSucceeded', message: `${event.hookEvent} hook succeeded` };
                r.readyAt ??= event.at;
            }
            if (event.state === 'failed') {
                r.status = { state: 'failed', reason: 'HookFailed', message: event.message ?? `${event.hookEvent} hook failed` };
                r.failedAt ??= event.at;
            }
            break;
        }
        case 'track': {
            const r = row(report, event.resource, event.parent);
            r.blocking = event.blocking;
            r.trackedAt ??= event.at;
            if (event.source)
                r.source = event.source;
            break;
        }
        case 'status': {
            const r = row(report, event.resource, event.parent);
            r.status = event.status;
            if (event.status.state === 'ready')
                r.readyAt ??= event.at;
            if (event.status.state === 'failed')
                r.failedAt ??= event.at;
            break;
        }
        case 'cluster-event': {
            const label = (0,_core_events_deliveryEvents_js__WEBPACK_IMPORTED_MODULE_0__/* .resourceLabel */ .b)(event.resource);
            keepLast((report.events[label] ??= []), event.event, eventsKept);
            break;
        }
        case 'log': {
            const label = (0,_core_events_deliveryEvents_js__WEBPACK_IMPORTED_MODULE_0__/* .resourceLabel */ .b)(event.resource);
            keepLast((report.logs[label] ??= []), { pod: event.pod, container: event.container, line: event.line, at: event.at }, logLinesKept);
            break;
        }
        case 'failure': {
            const f = event.failure;
            const label = (0,_core_events_deliveryEvents_js__WEBPACK_IMPORTED_MODULE_0__/* .resourceLabel */ .b)(f.resource);
            // One entry per resource, pod, container and reason: a crashloop is one failure with a rising count.
            const same = report.failures.findIndex((x) => (0,_core_events_deliveryEvents_js__WEBPACK_IMPORTED_MODULE_0__/* .resourceLabel */ .b)(x.resource) === label && x.pod === f.pod && x.container === f.container && x.reason === f.reason);
            if (same >= 0)
                report.failures[same] = f;
            else
                report.failures.push(f);
            if (f.fatal) {
                const r = report.resources.find((x) => x.label === label);
                if (r) {
                    r.status = { ...r.status, state: 'failed', reason: f.reason, message: f.message };
                    r.failedAt ??= event.at;
                }
            }
            break;
        }
        case 'result':
            report.release = event.release;
            report.namespace = event.namespace;
            if (event.revision !== undefined)
                report.revision = event.revision;
            if (event.operation)
                report.operation = event.operation;
            report.status = event.status;
            report.finishedAt = event.at;
            if (event.message)
                report.message = event.message;
            if (event.error)
                report.error = event.error;
            for (const p of report.phases)
                if (p.state === 'running') {
                    p.state = event.status === 'failed' ? 'failed' : 'finished';
                    p.finishedAt = event.at;
                }
            break;
    }
    return report;
}
function foldEvents(events, startedAt = events[0]?.at ?? 0) {
    const report = emptyReport(startedAt);
    for (const e of events)
        foldEvent(report, e);
    return report;
}
/** The failures that stopped the deploy first, then the others (warnings of allowed failures). */
function orderedFailures(report) {
    return [...report.failures].sort((a, b) => Number(b.fatal) - Number(a.fatal));
}
/** Seconds from tracking to ready, for tables. */
function timeToReady(row) {
    return row.trackedAt !== undefined && row.readyAt !== undefined ? (row.readyAt - row.trackedAt) / 1000 : undefined;
}


/***/ })

};
;
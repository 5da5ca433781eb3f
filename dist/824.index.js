"use strict";
exports.id = 824;
exports.ids = [824,7760];
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
// EXTERNAL MODULE: ./src/core/converge/environmentInput.ts
var environmentInput = __webpack_require__(26306);
// EXTERNAL MODULE: ./src/ci/deliveryOutputs.ts
var deliveryOutputs = __webpack_require__(99286);
// EXTERNAL MODULE: ./src/report/reportedError.ts
var reportedError = __webpack_require__(41453);
// EXTERNAL MODULE: ./src/core/errors/slipwayError.ts
var slipwayError = __webpack_require__(16602);
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
    let chartSource;
    const pathOf = (file) => (0,environmentInput/* repositoryPath */.S)(file, chartSource);
    const write = (text) => void process.stdout.write(text);
    const printer = await (0,deliveryOutputs/* livePrinter */.b)({ ci, env: process.env, write, isTTY: process.stdout.isTTY === true, ...(process.stdout.columns ? { columns: process.stdout.columns } : {}), pathOf: () => pathOf });
    const emit = (0,deliveryEvents/* eventEmitter */.R)((event) => {
        (0,deliveryReport/* foldEvent */.wI)(report, event);
        printer.onEvent(event, report);
    });
    let failure;
    try {
        const { result, url } = await (0,converge.converge)(flags, {
            client,
            emit,
            releaseStorage: { type: flags.releaseStorageType, ...(flags.releaseStorageNamespace ? { namespace: flags.releaseStorageNamespace } : {}) },
            registry: (0,registryEnvironment/* registryFromEnvironment */.d)(process.env),
            onTarget: ({ input, url: target, chartSource: chart }) => {
                chartSource = chart;
                outputs = { release: input.release, namespace: input.namespace, status: 'failed', ...(target !== undefined ? { url: target } : {}) };
            },
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
        printer.close(report);
        const c = result.counts;
        out(`release ${result.release} revision ${result.revision} ${result.status} in ${((Date.now() - started) / 1000).toFixed(1)} s: ${c.create} created, ${c.update} updated, ${c.recreate} recreated, ${c.delete} deleted, ${c.unchanged} unchanged`);
        if (result.notes)
            out(`\nNOTES:\n${result.notes}`);
        if (url !== undefined)
            out(`environment URL: ${url}`);
    }
    catch (error) {
        failure = error;
        printer.close(report);
        // The closing error names the template as the outputs above do, by its path in the repository.
        if (error instanceof slipwayError.SlipwayError && error.where.file)
            error.where.file = pathOf(error.where.file);
        throw error;
    }
    finally {
        await (0,deliveryOutputs/* writeCiReports */.z)({ report, action: 'converge', envName: flags.env, pathOf, ...(outputs?.url ? { url: outputs.url } : {}), ...(failure !== undefined ? { error: (0,reportedError/* reportedError */.k)(failure, 'slipway converge') } : {}) }, { ci, env: process.env, write, ...(flags.annotationsPath !== undefined ? { annotationsPath: flags.annotationsPath } : {}), ...(flags.codeQualityPath !== undefined ? { codeQualityPath: flags.codeQualityPath } : {}) });
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


/***/ })

};
;
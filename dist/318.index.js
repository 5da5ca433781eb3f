"use strict";
exports.id = 318;
exports.ids = [318,4113,6306];
exports.modules = {

/***/ 50318:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _ci_werfSecretKeyEnvironment_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(72298);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(96421);
/* harmony import */ var _ci_github_actionInputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(59379);
/* harmony import */ var _runAction_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(62104);
/* harmony import */ var _core_duration_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(98571);
/* harmony import */ var _core_names_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(22483);
/* harmony import */ var _core_kube_kubeClient_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(17779);
/* harmony import */ var _core_kube_kubeConnection_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(20276);
/* harmony import */ var _core_errors_inputNames_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(59251);
/* harmony import */ var _core_errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(16602);
/* harmony import */ var _core_events_deliveryEvents_js__WEBPACK_IMPORTED_MODULE_24__ = __webpack_require__(81180);
/* harmony import */ var _report_github_githubPrinter_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(4113);
/* harmony import */ var _report_reportedError_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(41453);
/* harmony import */ var _core_converge_environmentInput_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(26306);
/* harmony import */ var _ci_deliveryOutputs_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(99286);
/* harmony import */ var _reportedFailure_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(99908);
/* harmony import */ var _report_deliveryReport_js__WEBPACK_IMPORTED_MODULE_23__ = __webpack_require__(43650);
/* harmony import */ var _ci_ciContext_js__WEBPACK_IMPORTED_MODULE_16__ = __webpack_require__(96427);
/* harmony import */ var _ci_readCiContext_js__WEBPACK_IMPORTED_MODULE_17__ = __webpack_require__(74919);
/* harmony import */ var _ci_github_targetInputs_js__WEBPACK_IMPORTED_MODULE_18__ = __webpack_require__(41860);
/* harmony import */ var _ci_github_stepCredentials_js__WEBPACK_IMPORTED_MODULE_19__ = __webpack_require__(28249);
/* harmony import */ var _ci_github_previewSetup_js__WEBPACK_IMPORTED_MODULE_20__ = __webpack_require__(93027);
/* harmony import */ var _ci_github_shallowCheckout_js__WEBPACK_IMPORTED_MODULE_21__ = __webpack_require__(66854);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_22__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_22___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_22__);

























/** converge: inputs → credentials → environment (images, render) → deploy (or plan, with dry-run) → outputs, preview. */
const run = () => (0,_runAction_js__WEBPACK_IMPORTED_MODULE_4__.actionStep)('converge', converge);
async function converge() {
    const ci = (0,_ci_readCiContext_js__WEBPACK_IMPORTED_MODULE_17__/* .readCiContext */ .O)();
    const envText = (0,_ci_github_actionInputs_js__WEBPACK_IMPORTED_MODULE_3__/* .stringInput */ .Uj)('env') ?? ci.defaultEnv;
    if (envText === undefined) {
        throw new _core_errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_10__.SlipwayError('input', "input 'env' is required", { where: { input: 'env' }, hint: "add 'env: staging' under 'with:' (on pull_request events it defaults to pr-<number>)" });
    }
    const env = (0,_core_names_js__WEBPACK_IMPORTED_MODULE_6__/* .requireDnsLabel */ .l)(envText, 'environment', { input: 'env' });
    const namespace = (0,_ci_github_actionInputs_js__WEBPACK_IMPORTED_MODULE_3__/* .stringInput */ .Uj)('namespace');
    if (namespace !== undefined)
        (0,_core_names_js__WEBPACK_IMPORTED_MODULE_6__/* .requireDnsLabel */ .l)(namespace, 'namespace', { input: 'namespace' });
    const timeoutMs = (0,_core_duration_js__WEBPACK_IMPORTED_MODULE_5__/* .parseDuration */ .E)((0,_ci_github_actionInputs_js__WEBPACK_IMPORTED_MODULE_3__/* .stringInput */ .Uj)('timeout') ?? '5m', { input: 'timeout' });
    const storageType = (0,_ci_github_actionInputs_js__WEBPACK_IMPORTED_MODULE_3__/* .choiceInput */ .ij)('release-storage-type', ['secret', 'configmap'], 'secret');
    const skipBuild = (0,_ci_github_actionInputs_js__WEBPACK_IMPORTED_MODULE_3__/* .booleanInput */ .tE)('skip-build', false);
    const autoRollback = (0,_ci_github_actionInputs_js__WEBPACK_IMPORTED_MODULE_3__/* .booleanInput */ .tE)('auto-rollback', false);
    const dryRun = (0,_ci_github_actionInputs_js__WEBPACK_IMPORTED_MODULE_3__/* .booleanInput */ .tE)('dry-run', false);
    const dev = (0,_ci_github_actionInputs_js__WEBPACK_IMPORTED_MODULE_3__/* .booleanInput */ .tE)('dev', false);
    const release = (0,_ci_github_actionInputs_js__WEBPACK_IMPORTED_MODULE_3__/* .stringInput */ .Uj)('release');
    const reportPath = (0,_ci_github_actionInputs_js__WEBPACK_IMPORTED_MODULE_3__/* .stringInput */ .Uj)('report-path');
    const dir = (0,_ci_github_actionInputs_js__WEBPACK_IMPORTED_MODULE_3__/* .workingDirectoryInput */ .RW)();
    const { credentials, kube, registry } = (0,_ci_github_targetInputs_js__WEBPACK_IMPORTED_MODULE_18__/* .readTargetInputs */ .b)({ registry: true, kube: true });
    const flags = {
        env,
        ...(namespace ? { namespace } : {}),
        ...(release ? { release } : {}),
        dev,
        skipBuild,
        values: (0,_ci_github_actionInputs_js__WEBPACK_IMPORTED_MODULE_3__/* .listInput */ .dt)('values', { commas: true }),
        set: (0,_ci_github_actionInputs_js__WEBPACK_IMPORTED_MODULE_3__/* .listInput */ .dt)('set'),
        setString: [],
        setFile: [],
        setJson: [],
        setLiteral: [],
    };
    const outputs = { status: 'failed', images: {} };
    const preview = dryRun ? undefined : (0,_ci_github_previewSetup_js__WEBPACK_IMPORTED_MODULE_20__/* .previewFromInputs */ .w)(ci, env, dir);
    const comment = (status, failures = [], images = []) => ({
        env,
        status,
        ...(outputs.url ? { url: outputs.url } : {}),
        ...(outputs.release ? { release: outputs.release } : {}),
        ...(outputs.namespace ? { namespace: outputs.namespace } : {}),
        ...(outputs.revision !== undefined ? { revision: outputs.revision } : {}),
        ...(ci.commit ? { commit: ci.commit } : {}),
        ...(ci.runUrl ? { runUrl: ci.runUrl } : {}),
        images,
        failures,
    });
    let images = [];
    let client;
    const report = (0,_report_deliveryReport_js__WEBPACK_IMPORTED_MODULE_23__/* .emptyReport */ ._O)(Date.now());
    let chartSource;
    // Annotations and the summary name files from the repository root (GITHUB_WORKSPACE), where GitHub looks.
    const workspace = process.env.GITHUB_WORKSPACE;
    const pathOf = (file) => {
        const inProject = (0,_core_converge_environmentInput_js__WEBPACK_IMPORTED_MODULE_13__/* .repositoryPath */ .S)(file, chartSource);
        // A checkout into a subdirectory of the workspace (actions/checkout `path:`) moves the repository root.
        if (inProject === file || !workspace || !chartSource?.root)
            return inProject;
        const fromWorkspace = (0,node_path__WEBPACK_IMPORTED_MODULE_22__.relative)(workspace, (0,node_path__WEBPACK_IMPORTED_MODULE_22__.resolve)(chartSource.root, inProject)).split('\\').join('/');
        return fromWorkspace.startsWith('..') ? inProject : fromWorkspace;
    };
    const write = (text) => void process.stdout.write(text);
    const printer = (0,_report_github_githubPrinter_js__WEBPACK_IMPORTED_MODULE_11__.githubPrinter)({ write, pathOf });
    const emit = (0,_core_events_deliveryEvents_js__WEBPACK_IMPORTED_MODULE_24__/* .eventEmitter */ .R)((event) => {
        (0,_report_deliveryReport_js__WEBPACK_IMPORTED_MODULE_23__/* .foldEvent */ .wI)(report, event);
        printer.onEvent(event, report);
    });
    let failure;
    try {
        await preview?.started(comment('deploying'));
        client = new _core_kube_kubeClient_js__WEBPACK_IMPORTED_MODULE_7__/* .KubeClient */ .B((0,_core_kube_kubeConnection_js__WEBPACK_IMPORTED_MODULE_8__/* .loadKubeConfig */ .u)(kube));
        const onTarget = (prepared) => {
            const { input } = prepared;
            // Decrypted werf secrets are masked in the job log like any other secret.
            for (const secret of prepared.revealedSecrets ?? [])
                _actions_core__WEBPACK_IMPORTED_MODULE_2__/* .setSecret */ .Pq(secret);
            chartSource = prepared.chartSource;
            images = (prepared.build?.images ?? []).filter((image) => image.action === 'built' || image.action === 'reused').map((image) => ({ name: image.name, reference: image.reference, action: image.action }));
            Object.assign(outputs, { release: input.release, namespace: input.namespace, images: prepared.images, ...(prepared.url !== undefined ? { url: prepared.url } : {}) });
            _actions_core__WEBPACK_IMPORTED_MODULE_2__/* .setOutput */ .uH('release', input.release);
            _actions_core__WEBPACK_IMPORTED_MODULE_2__/* .setOutput */ .uH('namespace', input.namespace);
            _actions_core__WEBPACK_IMPORTED_MODULE_2__/* .setOutput */ .uH('images', JSON.stringify(prepared.images));
            if (prepared.url !== undefined)
                _actions_core__WEBPACK_IMPORTED_MODULE_2__/* .setOutput */ .uH('environment-url', prepared.url);
        };
        if (dryRun) {
            const { environmentInput } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 26306));
            const prepared = await environmentInput(flags, { build: false, dir, log: (l) => _actions_core__WEBPACK_IMPORTED_MODULE_2__/* .info */ .pq(l), warn: (m) => _actions_core__WEBPACK_IMPORTED_MODULE_2__/* .warning */ .$e(m), cluster: client, releaseStorage: { type: storageType }, registry, werfSecretKey: (0,_ci_werfSecretKeyEnvironment_js__WEBPACK_IMPORTED_MODULE_0__/* .werfSecretKeyFromEnvironment */ .F)(process.env), inputNames: _core_errors_inputNames_js__WEBPACK_IMPORTED_MODULE_9__/* .actionInputNames */ .Li }).catch(async (error) => {
                throw await (0,_ci_github_shallowCheckout_js__WEBPACK_IMPORTED_MODULE_21__/* .explainShallowCheckout */ .e)(error, dir);
            });
            onTarget(prepared);
            const { planRelease } = await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(2856), __webpack_require__.e(5000), __webpack_require__.e(777)]).then(__webpack_require__.bind(__webpack_require__, 60777));
            const plan = await planRelease(prepared.input, { client, timeoutMs: 120_000, storageType, addAnnotations: (0,_ci_ciContext_js__WEBPACK_IMPORTED_MODULE_16__/* .ciAnnotations */ .ZM)(ci), inputNames: _core_errors_inputNames_js__WEBPACK_IMPORTED_MODULE_9__/* .actionInputNames */ .Li });
            for (const entry of plan.entries)
                _actions_core__WEBPACK_IMPORTED_MODULE_2__/* .info */ .pq(`${entry.action.padEnd(9)} ${entry.resource}${entry.reason ? `  — ${entry.reason}` : ''}`);
            outputs.status = plan.hasChanges ? 'changes' : 'no-changes';
            _actions_core__WEBPACK_IMPORTED_MODULE_2__/* .setOutput */ .uH('status', outputs.status);
            _actions_core__WEBPACK_IMPORTED_MODULE_2__/* .info */ .pq(`dry run: release ${prepared.input.release} ${plan.hasChanges ? 'would change' : 'would not change'}; nothing was deployed`);
            return;
        }
        const { converge: convergeEnvironment } = await __webpack_require__.e(/* import() */ 7760).then(__webpack_require__.bind(__webpack_require__, 67760));
        const { result } = await convergeEnvironment(flags, {
            client,
            emit,
            dir,
            releaseStorage: { type: storageType },
            registry,
            werfSecretKey: (0,_ci_werfSecretKeyEnvironment_js__WEBPACK_IMPORTED_MODULE_0__/* .werfSecretKeyFromEnvironment */ .F)(process.env),
            migrateHelm2: { tillerNamespace: 'kube-system', cleanup: false },
            explainEnvironmentError: (error) => (0,_ci_github_shallowCheckout_js__WEBPACK_IMPORTED_MODULE_21__/* .explainShallowCheckout */ .e)(error, dir),
            onTarget,
            timeoutMs,
            autoRollback,
            storageType,
            addAnnotations: (0,_ci_ciContext_js__WEBPACK_IMPORTED_MODULE_16__/* .ciAnnotations */ .ZM)(ci),
            inputNames: _core_errors_inputNames_js__WEBPACK_IMPORTED_MODULE_9__/* .actionInputNames */ .Li,
            description: (0,_ci_ciContext_js__WEBPACK_IMPORTED_MODULE_16__/* .deployDescription */ .uQ)('slipway converge action', ci),
        });
        outputs.revision = result.revision;
        outputs.status = result.status;
        _actions_core__WEBPACK_IMPORTED_MODULE_2__/* .setOutput */ .uH('revision', String(result.revision));
        _actions_core__WEBPACK_IMPORTED_MODULE_2__/* .setOutput */ .uH('status', result.status);
        _actions_core__WEBPACK_IMPORTED_MODULE_2__/* .info */ .pq(`release ${result.release} revision ${result.revision} ${result.status}`);
        if (outputs.url)
            _actions_core__WEBPACK_IMPORTED_MODULE_2__/* .info */ .pq(`environment URL: ${outputs.url}`);
        await preview?.finished(comment(result.status === 'deployed' ? 'deployed' : 'failed', [], images));
    }
    catch (error) {
        failure = error;
        _actions_core__WEBPACK_IMPORTED_MODULE_2__/* .setOutput */ .uH('status', 'failed');
        const where = error instanceof _core_errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_10__.SlipwayError ? error.where.resource ?? error.where.file ?? error.where.input ?? 'deploy' : 'deploy';
        const failures = (0,_report_deliveryReport_js__WEBPACK_IMPORTED_MODULE_23__/* .orderedFailures */ .Pf)(report).filter((f) => f.fatal);
        _actions_core__WEBPACK_IMPORTED_MODULE_2__/* .setOutput */ .uH('failed-resources', JSON.stringify(failures.map((f) => (0,_core_events_deliveryEvents_js__WEBPACK_IMPORTED_MODULE_24__/* .resourceLabel */ .b)(f.resource))));
        const listed = failures.length
            ? failures.map((f) => ({ resource: (0,_core_events_deliveryEvents_js__WEBPACK_IMPORTED_MODULE_24__/* .resourceLabel */ .b)(f.resource), reason: f.reason, message: f.message, ...(f.source ? { source: `${f.source.file}${f.source.line !== undefined ? `:${f.source.line}` : ''}` } : {}) }))
            : [{ resource: where, reason: error instanceof _core_errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_10__.SlipwayError ? error.kind : 'error', message: (0,_core_errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_10__/* .formatError */ .W)(error).split('\n')[0] }];
        await preview?.finished(comment('failed', listed, images));
        // The annotations and the summary below say it all, from the report: the step only fails.
        throw new _reportedFailure_js__WEBPACK_IMPORTED_MODULE_15__/* .ReportedFailure */ .g(error);
    }
    finally {
        printer.close(report);
        if (!dryRun) {
            await (0,_ci_deliveryOutputs_js__WEBPACK_IMPORTED_MODULE_14__/* .writeCiReports */ .z)({ report, action: 'converge', envName: env, pathOf, ...(outputs.url ? { url: outputs.url } : {}), ...(failure !== undefined ? { error: (0,_report_reportedError_js__WEBPACK_IMPORTED_MODULE_12__/* .reportedError */ .k)(failure, 'slipway converge') } : {}) }, { ci: { ...ci, provider: 'github' }, env: process.env, write });
        }
        client?.close();
        if (reportPath !== undefined) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(reportPath, `${JSON.stringify({ ...report, env, ...(outputs.url !== undefined ? { url: outputs.url } : {}), images: outputs.images, outputs }, null, 2)}\n`);
            _actions_core__WEBPACK_IMPORTED_MODULE_2__/* .setOutput */ .uH('report-path', reportPath);
        }
        // The post step removes them too (a cancelled step); no later step of the job needs them.
        (0,_ci_github_stepCredentials_js__WEBPACK_IMPORTED_MODULE_19__/* .removeStepCredentials */ .PI)(credentials.dir);
    }
}


/***/ }),

/***/ 99286:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ livePrinter),
/* harmony export */   z: () => (/* binding */ writeCiReports)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);

/** The live log format for where the command runs: GitHub's groups, GitLab's sections, or the terminal's table. */
async function livePrinter(options) {
    const pathOf = (file) => options.pathOf()(file);
    if (options.ci.provider === 'github')
        return (await __webpack_require__.e(/* import() */ 4113).then(__webpack_require__.bind(__webpack_require__, 4113))).githubPrinter({ write: options.write, pathOf });
    if (options.ci.provider === 'gitlab')
        return (await __webpack_require__.e(/* import() */ 9472).then(__webpack_require__.bind(__webpack_require__, 49472))).gitlabPrinter({ write: options.write, pathOf });
    return (await __webpack_require__.e(/* import() */ 7535).then(__webpack_require__.bind(__webpack_require__, 17535))).terminalPrinter({ write: options.write, isTTY: options.isTTY, ...(options.columns ? { columns: options.columns } : {}), pathOf });
}
/**
 * What a CI shows after the log: on GitHub the annotations (template file and line) and the job summary
 * (GITHUB_STEP_SUMMARY); on GitLab the annotations and Code Quality report files when asked for.
 */
async function writeCiReports(done, options) {
    if (options.ci.provider === 'github') {
        const { reportAnnotations } = await __webpack_require__.e(/* import() */ 6446).then(__webpack_require__.bind(__webpack_require__, 66446));
        const lines = reportAnnotations(done.report, { pathOf: done.pathOf, ...(done.error ? { error: done.error } : {}) });
        if (lines.length)
            options.write(`${lines.join('\n')}\n`);
        if (options.env.GITHUB_STEP_SUMMARY) {
            const { jobSummary } = await __webpack_require__.e(/* import() */ 4261).then(__webpack_require__.bind(__webpack_require__, 54261));
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.appendFile)(options.env.GITHUB_STEP_SUMMARY, jobSummary(done.report, { action: done.action, now: Date.now(), pathOf: done.pathOf, ...(done.envName ? { env: done.envName } : {}), ...(done.url ? { url: done.url } : {}), ...(done.error ? { error: done.error } : {}) }));
        }
    }
    if (options.annotationsPath !== undefined || options.codeQualityPath !== undefined) {
        const { annotationsReport, codeQualityReport } = await __webpack_require__.e(/* import() */ 8454).then(__webpack_require__.bind(__webpack_require__, 98454));
        const links = { ...(options.env.CI_PROJECT_URL ? { projectUrl: options.env.CI_PROJECT_URL } : {}), ...(options.env.CI_COMMIT_SHA ? { commit: options.env.CI_COMMIT_SHA } : {}), ...(options.env.CI_JOB_URL ? { jobUrl: options.env.CI_JOB_URL } : {}), ...(done.url ? { environmentUrl: done.url } : {}) };
        if (options.annotationsPath !== undefined)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(options.annotationsPath, `${JSON.stringify(annotationsReport(done.report, links, done.pathOf), null, 2)}\n`);
        if (options.codeQualityPath !== undefined)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(options.codeQualityPath, `${JSON.stringify(codeQualityReport(done.report, done.pathOf), null, 2)}\n`);
    }
}


/***/ }),

/***/ 66854:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ explainShallowCheckout)
/* harmony export */ });
/* unused harmony export shallowCheckoutHint */
/* harmony import */ var _core_errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16602);

/**
 * actions/checkout fetches a single commit by default. Content tags and giterminism read one commit's
 * tree and work there, but whatever needs another commit (a `commit` input, an image's history, cleanup's
 * history walk) is missing: a git error from a shallow checkout gets the fix (`fetch-depth: 0`) as its hint.
 */
async function explainShallowCheckout(error, dir) {
    if (!(error instanceof _core_errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_0__.SlipwayError) || error.kind !== 'git')
        return error;
    const { isShallowRepository } = await __webpack_require__.e(/* import() */ 1680).then(__webpack_require__.bind(__webpack_require__, 11680));
    const shallow = await isShallowRepository(dir).catch(() => false);
    if (!shallow)
        return error;
    return new _core_errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_0__.SlipwayError(error.kind, `${error.message} (the checkout is shallow)`, {
        where: error.where,
        hint: `${shallowCheckoutHint}${error.hint ? `; ${error.hint}` : ''}`,
        cause: error,
    });
}
const shallowCheckoutHint = 'actions/checkout fetched only one commit: give it "with: fetch-depth: 0" (GitLab: variables: GIT_DEPTH: 0)';


/***/ }),

/***/ 72298:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ werfSecretKeyFromEnvironment)
/* harmony export */ });
/* harmony import */ var _core_secretValue_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(78014);

/** Where werf's secret key is looked for, from the process environment ($WERF_SECRET_KEY, $HOME/.werf): the core reads none. Pure. */
function werfSecretKeyFromEnvironment(env) {
    const key = env.WERF_SECRET_KEY;
    return { ...(key ? { environment: new _core_secretValue_js__WEBPACK_IMPORTED_MODULE_0__/* .SecretValue */ .i(key) } : {}), ...(env.HOME ? { homeDir: env.HOME } : {}) };
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
    const { loadChart } = await Promise.all(/* import() */[__webpack_require__.e(3243), __webpack_require__.e(5849), __webpack_require__.e(2812), __webpack_require__.e(1518), __webpack_require__.e(3464)]).then(__webpack_require__.bind(__webpack_require__, 3238));
    const { render } = await Promise.all(/* import() */[__webpack_require__.e(3243), __webpack_require__.e(5849), __webpack_require__.e(2812), __webpack_require__.e(5438), __webpack_require__.e(9886), __webpack_require__.e(7504), __webpack_require__.e(8390)]).then(__webpack_require__.bind(__webpack_require__, 97504));
    const { mergeValueOptions } = await Promise.all(/* import() */[__webpack_require__.e(3243), __webpack_require__.e(5849), __webpack_require__.e(2812), __webpack_require__.e(4851)]).then(__webpack_require__.bind(__webpack_require__, 95772));
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
        const { buildImages } = await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(8508), __webpack_require__.e(473), __webpack_require__.e(4023), __webpack_require__.e(157), __webpack_require__.e(4600)]).then(__webpack_require__.bind(__webpack_require__, 157));
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
    const userValues = mergeValueOptions({ valueFiles: flags.values, values: flags.set, stringValues: flags.setString, fileValues: flags.setFile, jsonValues: flags.setJson, literalValues: flags.setLiteral }, (path) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8'));
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
            const { migrateHelm2Release } = await Promise.all(/* import() */[__webpack_require__.e(3243), __webpack_require__.e(5849), __webpack_require__.e(2812), __webpack_require__.e(5815)]).then(__webpack_require__.bind(__webpack_require__, 84682));
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
/* harmony export */   Ur: () => (/* binding */ timeToReady),
/* harmony export */   _O: () => (/* binding */ emptyReport),
/* harmony export */   wI: () => (/* binding */ foldEvent)
/* harmony export */ });
/* unused harmony exports logLinesKept, eventsKept, foldEvents */
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
            // Applied and not tracked (a ConfigMap, a ClusterIP Service): done. A `track` event that follows says otherwise.
            else if (r.trackedAt === undefined && r.status.reason === 'Pending')
                r.status = { state: 'ready', reason: 'Applied', message: event.action === 'unchanged' ? 'unchanged' : 'applied' };
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
            if (r.status.reason === 'Applied')
                r.status = progressing('Tracking', 'waiting for its first status');
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


/***/ }),

/***/ 1203:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ eventLines)
/* harmony export */ });
/* harmony import */ var _core_events_deliveryEvents_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(81180);
/* harmony import */ var _terminal_failureBlock_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(63552);
/* harmony import */ var _reportText_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16797);



/**
 * The lines an event adds to a log (the terminal's, a CI job's), the same in every output: steps, image
 * builds, changes, hooks, settled resources, pod log lines prefixed with pod/container, failure blocks.
 * Progress ("still waiting") is the progress table's job, not a line per status change. Pure.
 */
function eventLines(event, report, pathOf = _reportText_js__WEBPACK_IMPORTED_MODULE_0__/* .samePath */ .Eb) {
    switch (event.type) {
        case 'phase': {
            if (event.state === 'started')
                return [];
            const row = [...report.phases].reverse().find((p) => p.phase === event.phase);
            const took = row ? ` in ${(0,_reportText_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(event.at - row.startedAt)}` : '';
            return [event.state === 'failed' ? `${event.phase} failed${took}${event.message ? `: ${event.message}` : ''}` : `${event.phase} done${took}${event.message ? `: ${event.message}` : ''}`];
        }
        case 'step':
            return split(event.message);
        case 'warning':
            return split(`warning: ${event.message}${event.source ? ` (${(0,_reportText_js__WEBPACK_IMPORTED_MODULE_0__/* .formatSource */ .j2)(event.source, pathOf)})` : ''}`);
        case 'image':
            if (event.state === 'building')
                return [`image ${event.name}: building${event.reference ? ` ${event.reference}` : ''}`];
            return [`image ${event.name}: ${event.state} ${event.reference}${event.durationMs !== undefined && event.state !== 'reused' ? ` in ${(0,_reportText_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(event.durationMs)}` : ''}${event.message ? ` — ${event.message}` : ''}`];
        case 'image-output':
            return [`  ${event.name} │ ${event.line}`];
        case 'change':
            if (event.action === 'unchanged')
                return [];
            return [`  ${event.action.padEnd(9)} ${(0,_core_events_deliveryEvents_js__WEBPACK_IMPORTED_MODULE_1__/* .resourceLabel */ .b)(event.resource)}${event.source ? `  (${(0,_reportText_js__WEBPACK_IMPORTED_MODULE_0__/* .formatSource */ .j2)(event.source, pathOf)})` : ''}`];
        case 'hook':
            return [`  hook ${event.hookEvent} ${(0,_core_events_deliveryEvents_js__WEBPACK_IMPORTED_MODULE_1__/* .resourceLabel */ .b)(event.resource)}: ${event.state}${event.message ? ` — ${event.message}` : ''}`];
        case 'status': {
            if (event.parent || event.status.state !== 'ready')
                return [];
            const r = report.resources.find((x) => x.label === (0,_core_events_deliveryEvents_js__WEBPACK_IMPORTED_MODULE_1__/* .resourceLabel */ .b)(event.resource));
            const took = r?.trackedAt !== undefined ? ` in ${(0,_reportText_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(event.at - r.trackedAt)}` : '';
            const counts = event.status.wanted !== undefined ? ` ${event.status.ready ?? 0}/${event.status.wanted}` : '';
            return [`  ready     ${(0,_core_events_deliveryEvents_js__WEBPACK_IMPORTED_MODULE_1__/* .resourceLabel */ .b)(event.resource)}${counts}${took}`];
        }
        case 'log':
            return [`  ${event.pod}/${event.container} │ ${event.line}`];
        case 'failure': {
            const f = event.failure;
            // The first failure of a resource gets the whole block, and so does the one that stops the deploy;
            // the allowed ones between are a line each.
            if (!f.fatal && f.count > 1)
                return [`✖ ${(0,_core_events_deliveryEvents_js__WEBPACK_IMPORTED_MODULE_1__/* .resourceLabel */ .b)(f.resource)}: ${f.reason}${f.pod ? ` in pod ${f.pod}` : ''}${f.container ? ` container ${f.container}` : ''}${f.exitCode !== undefined ? ` (exit code ${f.exitCode})` : ''} — failure ${f.count} of ${f.allowed} allowed`];
            return (0,_terminal_failureBlock_js__WEBPACK_IMPORTED_MODULE_2__/* .failureBlock */ .Qu)(f, pathOf);
        }
        default:
            return [];
    }
}
const split = (text) => text.split(/\r?\n/);


/***/ }),

/***/ 4113:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   githubPrinter: () => (/* binding */ githubPrinter)
/* harmony export */ });
/* harmony import */ var _core_events_deliveryEvents_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(81180);
/* harmony import */ var _eventLines_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1203);
/* harmony import */ var _reportText_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16797);
/* harmony import */ var _terminal_progressTable_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(25686);
/* harmony import */ var _workflowCommands_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74965);





/** Phases whose lines go in a collapsed group; tracking stays open (its failures must be seen at once). */
const groupedPhases = new Set(['build', 'render', 'plan', 'apply', 'record', 'cleanup', 'uninstall']);
const flushLines = 200;
/**
 * The GitHub Actions log of a delivery: a group per phase (build, render, plan, apply…), and during tracking a
 * group per resource's pod logs, written when the resource settles (groups cannot interleave), failure blocks
 * and the progress table in the open. No line from a pod or a build can act as a workflow command.
 */
function githubPrinter(options) {
    const now = options.now ?? Date.now;
    const pathOf = options.pathOf ?? _reportText_js__WEBPACK_IMPORTED_MODULE_0__/* .samePath */ .Eb;
    const out = (lines) => lines.length && options.write(`${lines.map(_workflowCommands_js__WEBPACK_IMPORTED_MODULE_1__/* .inertLine */ .Fq).join('\n')}\n`);
    let openGroup;
    const logs = new Map();
    let latest;
    const endGroup = () => {
        if (openGroup)
            options.write('::endgroup::\n');
        openGroup = undefined;
    };
    const flushLogs = (label, why) => {
        const lines = logs.get(label);
        if (!lines?.length)
            return;
        logs.delete(label);
        endGroup();
        options.write(`::group::logs of ${label} (${lines.length} line${lines.length === 1 ? '' : 's'}, ${why})\n`);
        out(lines);
        options.write('::endgroup::\n');
    };
    const ticker = setInterval(() => {
        if (!latest || latest.status !== 'running' || openGroup)
            return;
        if (!latest.resources.some((r) => r.trackedAt !== undefined && r.blocking && r.status.state === 'progressing'))
            return;
        out([`── progress after ${(0,_reportText_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(now() - latest.startedAt)} ──`, ...(0,_terminal_progressTable_js__WEBPACK_IMPORTED_MODULE_2__/* .progressTable */ .w)(latest, now())]);
    }, options.intervalMs ?? 10_000);
    ticker.unref?.();
    return {
        onEvent(event, report) {
            latest = report;
            if (event.type === 'phase' && event.state === 'started' && groupedPhases.has(event.phase)) {
                endGroup();
                options.write(`::group::slipway ${event.phase}\n`);
                openGroup = event.phase;
                return;
            }
            if (event.type === 'log') {
                const label = (0,_core_events_deliveryEvents_js__WEBPACK_IMPORTED_MODULE_3__/* .resourceLabel */ .b)(event.resource);
                const list = logs.get(label) ?? [];
                list.push(...(0,_eventLines_js__WEBPACK_IMPORTED_MODULE_4__/* .eventLines */ .C)(event, report, pathOf));
                logs.set(label, list);
                if (list.length >= flushLines)
                    flushLogs(label, 'so far');
                return;
            }
            if (event.type === 'failure') {
                endGroup();
                flushLogs((0,_core_events_deliveryEvents_js__WEBPACK_IMPORTED_MODULE_3__/* .resourceLabel */ .b)(event.failure.resource), 'up to the failure');
            }
            const lines = (0,_eventLines_js__WEBPACK_IMPORTED_MODULE_4__/* .eventLines */ .C)(event, report, pathOf);
            if (event.type === 'phase' && openGroup === event.phase) {
                endGroup();
                out(lines);
                return;
            }
            out(lines);
            if (event.type === 'status' && !event.parent && event.status.state !== 'progressing')
                flushLogs((0,_core_events_deliveryEvents_js__WEBPACK_IMPORTED_MODULE_3__/* .resourceLabel */ .b)(event.resource), event.status.state);
        },
        close(report) {
            clearInterval(ticker);
            endGroup();
            for (const label of [...logs.keys()])
                flushLogs(label, 'at the end');
            const summary = (0,_terminal_progressTable_js__WEBPACK_IMPORTED_MODULE_2__/* .trackingSummary */ .g)(report);
            if (summary)
                out([summary]);
        },
    };
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


/***/ }),

/***/ 41453:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ reportedError)
/* harmony export */ });
/* harmony import */ var _core_errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16602);

/** An error as the report's outputs show it: the message, the hint, and where (file:line, resource, input). */
function reportedError(error, fallbackTitle) {
    if (!(error instanceof _core_errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_0__.SlipwayError))
        return { message: (0,_core_errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_0__/* .formatError */ .W)(error).split('\n')[0], title: fallbackTitle };
    const { file, line, resource } = error.where;
    return {
        message: error.message,
        ...(error.hint ? { hint: error.hint } : {}),
        ...(file ? { file } : {}),
        ...(line !== undefined ? { line } : {}),
        ...(resource ? { resource } : {}),
        title: (0,_core_errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_0__/* .formatLocation */ .j)({ ...error.where, file: undefined, line: undefined, column: undefined }) || fallbackTitle,
    };
}


/***/ }),

/***/ 63552:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D8: () => (/* binding */ blockEvents),
/* harmony export */   Qu: () => (/* binding */ failureBlock),
/* harmony export */   lL: () => (/* binding */ blockLogLines)
/* harmony export */ });
/* harmony import */ var _core_events_deliveryEvents_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(81180);
/* harmony import */ var _reportText_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16797);


/** How many of a failure's last log lines and events a block shows (the JSON report keeps more). */
const blockLogLines = 15;
const blockEvents = 8;
/**
 * The failure block: everything needed to act on a failure without kubectl — resource, pod, container,
 * reason, exit code, restarts, the template file:line, the last log lines and the events. Pure; the terminal,
 * the GitHub log and the GitLab log print it as it is.
 */
function failureBlock(f, pathOf = _reportText_js__WEBPACK_IMPORTED_MODULE_0__/* .samePath */ .Eb) {
    const lines = [];
    const verdict = f.fatal ? 'FAILED' : `failure ${f.count} of ${f.allowed} allowed`;
    lines.push(`✖ ${(0,_core_events_deliveryEvents_js__WEBPACK_IMPORTED_MODULE_1__/* .resourceLabel */ .b)(f.resource)}: ${f.reason} (${verdict})`);
    const field = (name, value) => {
        if (value !== undefined && value !== '')
            lines.push(`    ${name.padEnd(10)}${value}`);
    };
    field('pod', f.pod);
    const container = [f.container, f.exitCode !== undefined ? `exit code ${f.exitCode}` : '', f.restarts ? `${f.restarts} restart${f.restarts === 1 ? '' : 's'}` : ''].filter(Boolean);
    field('container', container.length ? (f.container ? `${container[0]}${container.length > 1 ? ` (${container.slice(1).join(', ')})` : ''}` : container.join(', ')) : undefined);
    field('message', f.message);
    field('template', (0,_reportText_js__WEBPACK_IMPORTED_MODULE_0__/* .formatSource */ .j2)(f.source, pathOf));
    if (f.logs.length) {
        const shown = f.logs.slice(-blockLogLines);
        lines.push(`    last log lines${f.logs.length > shown.length ? ` (${shown.length} of ${f.logs.length})` : ''}:`);
        for (const l of shown)
            lines.push(`      │ ${l}`);
    }
    if (f.events.length) {
        lines.push('    events:');
        for (const e of f.events.slice(-blockEvents))
            lines.push(`      ${e.type} ${e.reason} ${e.object}: ${e.message}${e.count > 1 ? ` (×${e.count})` : ''}`);
    }
    return lines;
}


/***/ }),

/***/ 25686:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ trackingSummary),
/* harmony export */   w: () => (/* binding */ progressTable)
/* harmony export */ });
/* harmony import */ var _reportText_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16797);

const stateWord = (row) => {
    if (row.status.state === 'failed')
        return 'FAILED';
    if (row.status.state === 'ready')
        return row.status.reason === 'Deleted' ? 'deleted' : 'ready';
    return row.blocking ? 'waiting' : 'tracking';
};
const readyCell = (row) => (row.status.wanted !== undefined ? `${row.status.ready ?? 0}/${row.status.wanted}` : '');
const timeCell = (row, now) => {
    if (row.trackedAt === undefined)
        return '';
    const end = row.readyAt ?? row.failedAt ?? now;
    return (0,_reportText_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(end - row.trackedAt);
};
/**
 * The progress table (werf's style): one row per tracked resource and, under it, its ReplicaSet and pods;
 * state, ready/wanted, time since tracking began (to ready, or to the failure) and the status in words.
 * Pure: `now` is passed in so the same report prints the same table.
 */
function progressTable(report, now, options = {}) {
    const width = Math.max(80, options.width ?? 120);
    const rows = [];
    const tracked = report.resources.filter((r) => r.trackedAt !== undefined || r.hook !== undefined || r.status.state === 'failed');
    for (const r of tracked) {
        rows.push([`${r.hook ? `hook ${r.label}` : r.label}`, stateWord(r), readyCell(r), timeCell(r, now), r.status.message]);
        const children = report.children.filter((c) => c.parent === r.label && c.status.reason !== 'Deleted');
        // Once a resource is ready its pods are noise; while it is not, each pod says where it is.
        if (r.status.state === 'ready' && !options.showReadyChildren)
            continue;
        for (const c of children)
            rows.push([`  ${c.id.kind}/${c.id.name}`, stateWord(c), readyCell(c), timeCell(c, now), c.status.message]);
    }
    if (rows.length === 0)
        return [];
    const header = ['RESOURCE', 'STATE', 'READY', 'TIME', 'STATUS'];
    const widthOf = (i) => Math.max(header[i].length, ...rows.map((r) => r[i].length));
    const w = [Math.min(widthOf(0), 64), widthOf(1), widthOf(2), widthOf(3)];
    const fixed = w.reduce((a, b) => a + b, 0) + 8;
    const line = (r) => `${(0,_reportText_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$Q)(r[0], w[0]).padEnd(w[0])}  ${r[1].padEnd(w[1])}  ${r[2].padEnd(w[2])}  ${r[3].padEnd(w[3])}  ${(0,_reportText_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$Q)(r[4], Math.max(20, width - fixed))}`.trimEnd();
    return [line(header), ...rows.map(line)];
}
/** The closing lines: how many resources became ready, failed or are still waiting, and the slowest. */
function trackingSummary(report) {
    const tracked = report.resources.filter((r) => r.trackedAt !== undefined);
    if (tracked.length === 0)
        return undefined;
    const ready = tracked.filter((r) => r.status.state === 'ready').length;
    const failed = tracked.filter((r) => r.status.state === 'failed').length;
    const waiting = tracked.length - ready - failed;
    const slowest = tracked.filter((r) => r.readyAt !== undefined).sort((a, b) => b.readyAt - b.trackedAt - (a.readyAt - a.trackedAt))[0];
    const parts = [`${ready} ready`, ...(failed ? [`${failed} failed`] : []), ...(waiting ? [`${waiting} not ready`] : [])];
    return `tracked ${tracked.length} resource${tracked.length === 1 ? '' : 's'}: ${parts.join(', ')}${slowest ? `; slowest ${slowest.label} in ${(0,_reportText_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(slowest.readyAt - slowest.trackedAt)}` : ''}`;
}


/***/ })

};
;
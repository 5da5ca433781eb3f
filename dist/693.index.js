"use strict";
exports.id = 693;
exports.ids = [693,4113];
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
/* harmony import */ var _core_events_deliveryEvents_js__WEBPACK_IMPORTED_MODULE_25__ = __webpack_require__(81180);
/* harmony import */ var _report_github_githubPrinter_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(4113);
/* harmony import */ var _report_reportedError_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(41453);
/* harmony import */ var _core_converge_environmentInput_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(26306);
/* harmony import */ var _ci_deliveryOutputs_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(99286);
/* harmony import */ var _reportedFailure_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(99908);
/* harmony import */ var _report_deliveryReport_js__WEBPACK_IMPORTED_MODULE_24__ = __webpack_require__(43650);
/* harmony import */ var _ci_ciContext_js__WEBPACK_IMPORTED_MODULE_16__ = __webpack_require__(96427);
/* harmony import */ var _ci_readCiContext_js__WEBPACK_IMPORTED_MODULE_17__ = __webpack_require__(37951);
/* harmony import */ var _ci_github_targetInputs_js__WEBPACK_IMPORTED_MODULE_18__ = __webpack_require__(41860);
/* harmony import */ var _ci_github_stepCredentials_js__WEBPACK_IMPORTED_MODULE_19__ = __webpack_require__(28249);
/* harmony import */ var _ci_github_previewSetup_js__WEBPACK_IMPORTED_MODULE_20__ = __webpack_require__(97213);
/* harmony import */ var _ci_previewFailures_js__WEBPACK_IMPORTED_MODULE_21__ = __webpack_require__(70847);
/* harmony import */ var _ci_github_shallowCheckout_js__WEBPACK_IMPORTED_MODULE_22__ = __webpack_require__(66854);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_23__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_23___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_23__);


























/** converge: inputs → credentials → environment (images, render) → deploy (or plan, with dry-run) → outputs, preview. */
const run = () => (0,_runAction_js__WEBPACK_IMPORTED_MODULE_4__.actionStep)('converge', converge);
async function converge() {
    const ci = (0,_ci_readCiContext_js__WEBPACK_IMPORTED_MODULE_17__.readCiContext)();
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
    const report = (0,_report_deliveryReport_js__WEBPACK_IMPORTED_MODULE_24__/* .emptyReport */ ._O)(Date.now());
    let chartSource;
    // Annotations and the summary name files from the repository root (GITHUB_WORKSPACE), where GitHub looks.
    const workspace = process.env.GITHUB_WORKSPACE;
    const pathOf = (file) => {
        const inProject = (0,_core_converge_environmentInput_js__WEBPACK_IMPORTED_MODULE_13__/* .repositoryPath */ .S)(file, chartSource);
        // A checkout into a subdirectory of the workspace (actions/checkout `path:`) moves the repository root.
        if (inProject === file || !workspace || !chartSource?.root)
            return inProject;
        const fromWorkspace = (0,node_path__WEBPACK_IMPORTED_MODULE_23__.relative)(workspace, (0,node_path__WEBPACK_IMPORTED_MODULE_23__.resolve)(chartSource.root, inProject)).split('\\').join('/');
        return fromWorkspace.startsWith('..') ? inProject : fromWorkspace;
    };
    const write = (text) => void process.stdout.write(text);
    const printer = (0,_report_github_githubPrinter_js__WEBPACK_IMPORTED_MODULE_11__.githubPrinter)({ write, pathOf });
    const emit = (0,_core_events_deliveryEvents_js__WEBPACK_IMPORTED_MODULE_25__/* .eventEmitter */ .R)((event) => {
        (0,_report_deliveryReport_js__WEBPACK_IMPORTED_MODULE_24__/* .foldEvent */ .wI)(report, event);
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
                throw await (0,_ci_github_shallowCheckout_js__WEBPACK_IMPORTED_MODULE_22__/* .explainShallowCheckout */ .e)(error, dir);
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
            explainEnvironmentError: (error) => (0,_ci_github_shallowCheckout_js__WEBPACK_IMPORTED_MODULE_22__/* .explainShallowCheckout */ .e)(error, dir),
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
        const failures = (0,_report_deliveryReport_js__WEBPACK_IMPORTED_MODULE_24__/* .orderedFailures */ .Pf)(report).filter((f) => f.fatal);
        _actions_core__WEBPACK_IMPORTED_MODULE_2__/* .setOutput */ .uH('failed-resources', JSON.stringify(failures.map((f) => (0,_core_events_deliveryEvents_js__WEBPACK_IMPORTED_MODULE_25__/* .resourceLabel */ .b)(f.resource))));
        await preview?.finished(comment('failed', (0,_ci_previewFailures_js__WEBPACK_IMPORTED_MODULE_21__/* .previewFailures */ .c)(report, error), images));
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
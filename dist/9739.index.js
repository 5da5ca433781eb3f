"use strict";
exports.id = 9739;
exports.ids = [9739,318];
exports.modules = {

/***/ 19739:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bundleApplyAction: () => (/* binding */ bundleApplyAction),
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96421);
/* harmony import */ var _runAction_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(62104);
/* harmony import */ var _ci_github_actionInputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(59379);
/* harmony import */ var _core_duration_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(98571);
/* harmony import */ var _core_names_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(22483);
/* harmony import */ var _core_secretValue_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(78014);
/* harmony import */ var _core_kube_kubeClient_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(17779);
/* harmony import */ var _core_kube_kubeConnection_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(20276);
/* harmony import */ var _bundlePublish_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(20344);
/* harmony import */ var _converge_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(50318);










/** GitHub edge of bundle-apply: pull and verify the bundle, render it, and deploy it as converge does (no checkout needed). */
async function bundleApplyAction() {
    const repo = (0,_ci_github_actionInputs_js__WEBPACK_IMPORTED_MODULE_2__/* .stringInput */ .Uj)('repo', { required: true });
    const release = (0,_ci_github_actionInputs_js__WEBPACK_IMPORTED_MODULE_2__/* .stringInput */ .Uj)('release', { required: true });
    const namespaceInput = (0,_ci_github_actionInputs_js__WEBPACK_IMPORTED_MODULE_2__/* .stringInput */ .Uj)('namespace');
    if (namespaceInput !== undefined)
        (0,_core_names_js__WEBPACK_IMPORTED_MODULE_4__/* .requireDnsLabel */ .l)(namespaceInput, 'namespace', { input: 'namespace' });
    const timeoutMs = (0,_core_duration_js__WEBPACK_IMPORTED_MODULE_3__/* .parseDuration */ .E)((0,_ci_github_actionInputs_js__WEBPACK_IMPORTED_MODULE_2__/* .stringInput */ .Uj)('timeout') ?? '5m', { input: 'timeout' });
    const storageType = (0,_ci_github_actionInputs_js__WEBPACK_IMPORTED_MODULE_2__/* .choiceInput */ .ij)('release-storage-type', ['secret', 'configmap'], 'secret');
    const digest = (0,_ci_github_actionInputs_js__WEBPACK_IMPORTED_MODULE_2__/* .stringInput */ .Uj)('digest');
    const kubeconfig = (0,_ci_github_actionInputs_js__WEBPACK_IMPORTED_MODULE_2__/* .stringInput */ .Uj)('kubeconfig');
    if (kubeconfig)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(kubeconfig);
    const kubeContext = (0,_ci_github_actionInputs_js__WEBPACK_IMPORTED_MODULE_2__/* .stringInput */ .Uj)('kube-context');
    const username = (0,_ci_github_actionInputs_js__WEBPACK_IMPORTED_MODULE_2__/* .stringInput */ .Uj)('registry-username');
    const passwordText = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('registry-password');
    if (passwordText !== '')
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(passwordText);
    const { mergeValueOptions } = await Promise.all(/* import() */[__webpack_require__.e(5849), __webpack_require__.e(2812), __webpack_require__.e(7232)]).then(__webpack_require__.bind(__webpack_require__, 95772));
    const { readFileSync } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 73024, 23));
    const values = mergeValueOptions({ valueFiles: (0,_ci_github_actionInputs_js__WEBPACK_IMPORTED_MODULE_2__/* .listInput */ .dt)('values', { commas: true }), values: (0,_ci_github_actionInputs_js__WEBPACK_IMPORTED_MODULE_2__/* .listInput */ .dt)('set'), stringValues: [], fileValues: [], jsonValues: [], literalValues: [] }, (path) => readFileSync(path, 'utf8'));
    const { openBundleRepository } = await Promise.all(/* import() */[__webpack_require__.e(4023), __webpack_require__.e(6657)]).then(__webpack_require__.bind(__webpack_require__, 9038));
    const { pullBundle } = await __webpack_require__.e(/* import() */ 7268).then(__webpack_require__.bind(__webpack_require__, 37268));
    const { bundleDeployInput } = await __webpack_require__.e(/* import() */ 7825).then(__webpack_require__.bind(__webpack_require__, 77825));
    const { deploy } = await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(2856), __webpack_require__.e(5000), __webpack_require__.e(4284)]).then(__webpack_require__.bind(__webpack_require__, 54284));
    const store = await openBundleRepository(repo, { ...(username !== undefined ? { username } : {}), ...(passwordText !== '' ? { password: new _core_secretValue_js__WEBPACK_IMPORTED_MODULE_5__/* .SecretValue */ .i(passwordText) } : {}) }, { input: 'repo' });
    const bundle = await pullBundle(store, (0,_ci_github_actionInputs_js__WEBPACK_IMPORTED_MODULE_2__/* .stringInput */ .Uj)('tag') ?? 'latest', { input: 'tag', ...(digest !== undefined ? { expectedDigest: digest } : {}) });
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('tag', bundle.tag);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('digest', bundle.digest);
    const client = new _core_kube_kubeClient_js__WEBPACK_IMPORTED_MODULE_6__/* .KubeClient */ .B((0,_core_kube_kubeConnection_js__WEBPACK_IMPORTED_MODULE_7__/* .loadKubeConfig */ .u)({ ...(kubeconfig ? { kubeconfigBase64: kubeconfig } : {}), ...(kubeContext ? { context: kubeContext } : {}) }));
    try {
        const namespace = namespaceInput ?? client.defaultNamespace ?? 'default';
        const prepared = await bundleDeployInput(bundle, `${store.name}:${bundle.tag}`, { release, namespace, values, cluster: client, releaseStorage: { type: storageType }, warn: (m) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(m) });
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('release', release);
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('namespace', namespace);
        const result = await deploy(prepared.input, {
            client,
            timeoutMs,
            autoRollback: (0,_ci_github_actionInputs_js__WEBPACK_IMPORTED_MODULE_2__/* .booleanInput */ .tE)('auto-rollback', false),
            storageType,
            addLabels: { ...prepared.addLabels, ...(0,_bundlePublish_js__WEBPACK_IMPORTED_MODULE_8__.keyValueInput)('add-labels') },
            addAnnotations: { ...prepared.addAnnotations, ...(0,_bundlePublish_js__WEBPACK_IMPORTED_MODULE_8__.keyValueInput)('add-annotations') },
            emit: _converge_js__WEBPACK_IMPORTED_MODULE_9__.logEvent,
            description: `slipway bundle-apply action ${store.name}:${bundle.tag}, GitHub run ${process.env.GITHUB_RUN_ID ?? '?'} (${process.env.GITHUB_REPOSITORY ?? ''})`,
        });
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('revision', String(result.revision));
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('status', result.status);
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`release ${result.release} revision ${result.revision} ${result.status}`);
    }
    catch (error) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('status', 'failed');
        throw error;
    }
    finally {
        client.close();
    }
}
/** bundle-apply: inputs → pull and verify the bundle → deploy and track it → outputs. */
const run = () => (0,_runAction_js__WEBPACK_IMPORTED_MODULE_1__.actionStep)('bundle-apply', bundleApplyAction);


/***/ }),

/***/ 20344:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bundlePublishAction: () => (/* binding */ bundlePublishAction),
/* harmony export */   keyValueInput: () => (/* binding */ keyValueInput),
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96421);
/* harmony import */ var _runAction_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(62104);
/* harmony import */ var _ci_github_actionInputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(59379);
/* harmony import */ var _core_errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(16602);
/* harmony import */ var _core_names_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(22483);
/* harmony import */ var _core_secretValue_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(78014);






/** `key=value` lines (add-annotations / add-labels inputs) as a map; the input is named in the error. */
function keyValueInput(name) {
    const out = {};
    for (const pair of (0,_ci_github_actionInputs_js__WEBPACK_IMPORTED_MODULE_2__/* .listInput */ .dt)(name)) {
        const eq = pair.indexOf('=');
        if (eq <= 0)
            throw new _core_errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_3__.SlipwayError('input', `input '${name}': "${pair}" is not key=value`, { where: { input: name }, hint: 'one key=value per line' });
        out[pair.slice(0, eq)] = pair.slice(eq + 1);
    }
    return out;
}
/** GitHub edge of bundle-publish: inputs → publishBundle → outputs (reference, tag, digest, images). */
async function bundlePublishAction() {
    const repo = (0,_ci_github_actionInputs_js__WEBPACK_IMPORTED_MODULE_2__/* .stringInput */ .Uj)('repo') ?? process.env.SLIPWAY_REPO;
    if (!repo)
        throw new _core_errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_3__.SlipwayError('input', "input 'repo' is required", { where: { input: 'repo' }, hint: "add 'repo: <registry>/<path>' under 'with:' (or set SLIPWAY_REPO)" });
    const env = (0,_ci_github_actionInputs_js__WEBPACK_IMPORTED_MODULE_2__/* .stringInput */ .Uj)('env');
    if (env !== undefined)
        (0,_core_names_js__WEBPACK_IMPORTED_MODULE_4__/* .requireDnsLabel */ .l)(env, 'environment', { input: 'env' });
    const username = (0,_ci_github_actionInputs_js__WEBPACK_IMPORTED_MODULE_2__/* .stringInput */ .Uj)('registry-username');
    const passwordText = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('registry-password');
    if (passwordText !== '')
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(passwordText);
    const { publishBundle } = await Promise.all(/* import() */[__webpack_require__.e(5849), __webpack_require__.e(4023), __webpack_require__.e(5438), __webpack_require__.e(102), __webpack_require__.e(1852)]).then(__webpack_require__.bind(__webpack_require__, 1091));
    const result = await publishBundle({
        dir: (0,_ci_github_actionInputs_js__WEBPACK_IMPORTED_MODULE_2__/* .workingDirectoryInput */ .RW)(),
        repo,
        tag: (0,_ci_github_actionInputs_js__WEBPACK_IMPORTED_MODULE_2__/* .stringInput */ .Uj)('tag') ?? 'latest',
        dev: (0,_ci_github_actionInputs_js__WEBPACK_IMPORTED_MODULE_2__/* .booleanInput */ .tE)('dev', false),
        skipBuild: (0,_ci_github_actionInputs_js__WEBPACK_IMPORTED_MODULE_2__/* .booleanInput */ .tE)('skip-build', false),
        ...(env !== undefined ? { env } : {}),
        values: { valueFiles: (0,_ci_github_actionInputs_js__WEBPACK_IMPORTED_MODULE_2__/* .listInput */ .dt)('values', { commas: true }), values: (0,_ci_github_actionInputs_js__WEBPACK_IMPORTED_MODULE_2__/* .listInput */ .dt)('set'), stringValues: [], fileValues: [], jsonValues: [], literalValues: [] },
        addAnnotations: keyValueInput('add-annotations'),
        addLabels: keyValueInput('add-labels'),
        registry: {
            ...(username !== undefined ? { username } : {}),
            ...(passwordText !== '' ? { password: new _core_secretValue_js__WEBPACK_IMPORTED_MODULE_5__/* .SecretValue */ .i(passwordText) } : {}),
            ...(process.env.SLIPWAY_BUILD_NETWORK ? { network: process.env.SLIPWAY_BUILD_NETWORK } : {}),
        },
        log: {
            info: (m) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(m),
            warning: (m) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(m),
            imageStarted: (image) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`building ${image}…`),
            imageOutput: (image, line) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`[${image}] ${line}`),
            imageFinished: (image, ok) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`${image}: ${ok ? 'pushed' : 'FAILED'}`),
        },
    });
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('reference', result.reference);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('tag', result.tag);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('digest', result.digest);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('images', JSON.stringify(result.images));
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`published ${result.reference}@${result.digest}`);
}
/** bundle-publish: inputs → build (or require) images → package and push the chart as a Helm OCI artifact → outputs. */
const run = () => (0,_runAction_js__WEBPACK_IMPORTED_MODULE_1__.actionStep)('bundle-publish', bundlePublishAction);


/***/ }),

/***/ 50318:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   logEvent: () => (/* binding */ logEvent),
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(96421);
/* harmony import */ var _ci_github_actionInputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(59379);
/* harmony import */ var _runAction_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(62104);
/* harmony import */ var _core_duration_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(98571);
/* harmony import */ var _core_names_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(22483);
/* harmony import */ var _core_kube_kubeClient_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(17779);
/* harmony import */ var _core_kube_kubeConnection_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(20276);
/* harmony import */ var _core_errors_inputNames_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(59251);
/* harmony import */ var _core_errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(16602);
/* harmony import */ var _core_events_deliveryEvents_js__WEBPACK_IMPORTED_MODULE_16__ = __webpack_require__(81180);
/* harmony import */ var _report_deliveryReport_js__WEBPACK_IMPORTED_MODULE_17__ = __webpack_require__(43650);
/* harmony import */ var _ci_ciContext_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(96427);
/* harmony import */ var _ci_readCiContext_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(74919);
/* harmony import */ var _ci_github_targetInputs_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(41860);
/* harmony import */ var _ci_github_stepCredentials_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(28249);
/* harmony import */ var _ci_github_previewSetup_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(93027);
/* harmony import */ var _ci_github_shallowCheckout_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(66854);


















/** Plain log lines for the runner's log; annotations, groups and the summary are rendered from the report. */
function logEvent(event) {
    if (event.type === 'warning')
        _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .warning */ .$e(event.message);
    else if (event.type === 'step')
        _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq(event.message);
    else if (event.type === 'change' && event.action !== 'unchanged')
        _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq(`  ${event.action} ${(0,_core_events_deliveryEvents_js__WEBPACK_IMPORTED_MODULE_16__/* .resourceLabel */ .b)(event.resource)}`);
    else if (event.type === 'hook')
        _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq(`  hook ${event.hookEvent} ${(0,_core_events_deliveryEvents_js__WEBPACK_IMPORTED_MODULE_16__/* .resourceLabel */ .b)(event.resource)}: ${event.state}${event.message ? ` — ${event.message}` : ''}`);
    else if (event.type === 'status' && !event.parent && event.status.state !== 'progressing')
        _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq(`  ${event.status.state} ${(0,_core_events_deliveryEvents_js__WEBPACK_IMPORTED_MODULE_16__/* .resourceLabel */ .b)(event.resource)} ${event.status.message}`);
    else if (event.type === 'log')
        _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq(`  ${event.pod}/${event.container} | ${event.line}`);
}
/** converge: inputs → credentials → environment (images, render) → deploy (or plan, with dry-run) → outputs, preview. */
const run = () => (0,_runAction_js__WEBPACK_IMPORTED_MODULE_3__.actionStep)('converge', converge);
async function converge() {
    const ci = (0,_ci_readCiContext_js__WEBPACK_IMPORTED_MODULE_11__/* .readCiContext */ .O)();
    const envText = (0,_ci_github_actionInputs_js__WEBPACK_IMPORTED_MODULE_2__/* .stringInput */ .Uj)('env') ?? ci.defaultEnv;
    if (envText === undefined) {
        throw new _core_errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_9__.SlipwayError('input', "input 'env' is required", { where: { input: 'env' }, hint: "add 'env: staging' under 'with:' (on pull_request events it defaults to pr-<number>)" });
    }
    const env = (0,_core_names_js__WEBPACK_IMPORTED_MODULE_5__/* .requireDnsLabel */ .l)(envText, 'environment', { input: 'env' });
    const namespace = (0,_ci_github_actionInputs_js__WEBPACK_IMPORTED_MODULE_2__/* .stringInput */ .Uj)('namespace');
    if (namespace !== undefined)
        (0,_core_names_js__WEBPACK_IMPORTED_MODULE_5__/* .requireDnsLabel */ .l)(namespace, 'namespace', { input: 'namespace' });
    const timeoutMs = (0,_core_duration_js__WEBPACK_IMPORTED_MODULE_4__/* .parseDuration */ .E)((0,_ci_github_actionInputs_js__WEBPACK_IMPORTED_MODULE_2__/* .stringInput */ .Uj)('timeout') ?? '5m', { input: 'timeout' });
    const storageType = (0,_ci_github_actionInputs_js__WEBPACK_IMPORTED_MODULE_2__/* .choiceInput */ .ij)('release-storage-type', ['secret', 'configmap'], 'secret');
    const skipBuild = (0,_ci_github_actionInputs_js__WEBPACK_IMPORTED_MODULE_2__/* .booleanInput */ .tE)('skip-build', false);
    const autoRollback = (0,_ci_github_actionInputs_js__WEBPACK_IMPORTED_MODULE_2__/* .booleanInput */ .tE)('auto-rollback', false);
    const dryRun = (0,_ci_github_actionInputs_js__WEBPACK_IMPORTED_MODULE_2__/* .booleanInput */ .tE)('dry-run', false);
    const dev = (0,_ci_github_actionInputs_js__WEBPACK_IMPORTED_MODULE_2__/* .booleanInput */ .tE)('dev', false);
    const release = (0,_ci_github_actionInputs_js__WEBPACK_IMPORTED_MODULE_2__/* .stringInput */ .Uj)('release');
    const reportPath = (0,_ci_github_actionInputs_js__WEBPACK_IMPORTED_MODULE_2__/* .stringInput */ .Uj)('report-path');
    const dir = (0,_ci_github_actionInputs_js__WEBPACK_IMPORTED_MODULE_2__/* .workingDirectoryInput */ .RW)();
    const { credentials, kube, registry } = (0,_ci_github_targetInputs_js__WEBPACK_IMPORTED_MODULE_12__/* .readTargetInputs */ .b)({ registry: true, kube: true });
    const flags = {
        env,
        ...(namespace ? { namespace } : {}),
        ...(release ? { release } : {}),
        dev,
        skipBuild,
        values: (0,_ci_github_actionInputs_js__WEBPACK_IMPORTED_MODULE_2__/* .listInput */ .dt)('values', { commas: true }),
        set: (0,_ci_github_actionInputs_js__WEBPACK_IMPORTED_MODULE_2__/* .listInput */ .dt)('set'),
        setString: [],
        setFile: [],
        setJson: [],
        setLiteral: [],
    };
    const outputs = { status: 'failed', images: {} };
    const preview = dryRun ? undefined : (0,_ci_github_previewSetup_js__WEBPACK_IMPORTED_MODULE_14__/* .previewFromInputs */ .w)(ci, env, dir);
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
    const report = (0,_report_deliveryReport_js__WEBPACK_IMPORTED_MODULE_17__/* .emptyReport */ ._O)(Date.now());
    const emit = (0,_core_events_deliveryEvents_js__WEBPACK_IMPORTED_MODULE_16__/* .eventEmitter */ .R)((event) => {
        (0,_report_deliveryReport_js__WEBPACK_IMPORTED_MODULE_17__/* .foldEvent */ .wI)(report, event);
        logEvent(event);
    });
    try {
        await preview?.started(comment('deploying'));
        client = new _core_kube_kubeClient_js__WEBPACK_IMPORTED_MODULE_6__/* .KubeClient */ .B((0,_core_kube_kubeConnection_js__WEBPACK_IMPORTED_MODULE_7__/* .loadKubeConfig */ .u)(kube));
        const onTarget = (prepared) => {
            const { input } = prepared;
            images = (prepared.build?.images ?? []).filter((image) => image.action === 'built' || image.action === 'reused').map((image) => ({ name: image.name, reference: image.reference, action: image.action }));
            Object.assign(outputs, { release: input.release, namespace: input.namespace, images: prepared.images, ...(prepared.url !== undefined ? { url: prepared.url } : {}) });
            _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH('release', input.release);
            _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH('namespace', input.namespace);
            _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH('images', JSON.stringify(prepared.images));
            if (prepared.url !== undefined)
                _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH('environment-url', prepared.url);
        };
        if (dryRun) {
            const { environmentInput } = await __webpack_require__.e(/* import() */ 6306).then(__webpack_require__.bind(__webpack_require__, 26306));
            const prepared = await environmentInput(flags, { build: false, dir, log: (l) => _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq(l), warn: (m) => _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .warning */ .$e(m), cluster: client, releaseStorage: { type: storageType }, registry, inputNames: _core_errors_inputNames_js__WEBPACK_IMPORTED_MODULE_8__/* .actionInputNames */ .Li }).catch(async (error) => {
                throw await (0,_ci_github_shallowCheckout_js__WEBPACK_IMPORTED_MODULE_15__/* .explainShallowCheckout */ .e)(error, dir);
            });
            onTarget(prepared);
            const { planRelease } = await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(2856), __webpack_require__.e(5000), __webpack_require__.e(777)]).then(__webpack_require__.bind(__webpack_require__, 60777));
            const plan = await planRelease(prepared.input, { client, timeoutMs: 120_000, storageType, addAnnotations: (0,_ci_ciContext_js__WEBPACK_IMPORTED_MODULE_10__/* .ciAnnotations */ .ZM)(ci), inputNames: _core_errors_inputNames_js__WEBPACK_IMPORTED_MODULE_8__/* .actionInputNames */ .Li });
            for (const entry of plan.entries)
                _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq(`${entry.action.padEnd(9)} ${entry.resource}${entry.reason ? `  — ${entry.reason}` : ''}`);
            outputs.status = plan.hasChanges ? 'changes' : 'no-changes';
            _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH('status', outputs.status);
            _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq(`dry run: release ${prepared.input.release} ${plan.hasChanges ? 'would change' : 'would not change'}; nothing was deployed`);
            return;
        }
        const { converge: convergeEnvironment } = await __webpack_require__.e(/* import() */ 7760).then(__webpack_require__.bind(__webpack_require__, 67760));
        const { result } = await convergeEnvironment(flags, {
            client,
            emit,
            dir,
            releaseStorage: { type: storageType },
            registry,
            explainEnvironmentError: (error) => (0,_ci_github_shallowCheckout_js__WEBPACK_IMPORTED_MODULE_15__/* .explainShallowCheckout */ .e)(error, dir),
            onTarget,
            timeoutMs,
            autoRollback,
            storageType,
            addAnnotations: (0,_ci_ciContext_js__WEBPACK_IMPORTED_MODULE_10__/* .ciAnnotations */ .ZM)(ci),
            inputNames: _core_errors_inputNames_js__WEBPACK_IMPORTED_MODULE_8__/* .actionInputNames */ .Li,
            description: (0,_ci_ciContext_js__WEBPACK_IMPORTED_MODULE_10__/* .deployDescription */ .uQ)('slipway converge action', ci),
        });
        outputs.revision = result.revision;
        outputs.status = result.status;
        _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH('revision', String(result.revision));
        _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH('status', result.status);
        _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq(`release ${result.release} revision ${result.revision} ${result.status}`);
        if (outputs.url)
            _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq(`environment URL: ${outputs.url}`);
        await preview?.finished(comment(result.status === 'deployed' ? 'deployed' : 'failed', [], images));
    }
    catch (error) {
        _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH('status', 'failed');
        const where = error instanceof _core_errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_9__.SlipwayError ? error.where.resource ?? error.where.file ?? error.where.input ?? 'deploy' : 'deploy';
        const failures = (0,_report_deliveryReport_js__WEBPACK_IMPORTED_MODULE_17__/* .orderedFailures */ .Pf)(report).filter((f) => f.fatal);
        _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH('failed-resources', JSON.stringify(failures.map((f) => (0,_core_events_deliveryEvents_js__WEBPACK_IMPORTED_MODULE_16__/* .resourceLabel */ .b)(f.resource))));
        const listed = failures.length
            ? failures.map((f) => ({ resource: (0,_core_events_deliveryEvents_js__WEBPACK_IMPORTED_MODULE_16__/* .resourceLabel */ .b)(f.resource), reason: f.reason, message: f.message, ...(f.source ? { source: `${f.source.file}${f.source.line !== undefined ? `:${f.source.line}` : ''}` } : {}) }))
            : [{ resource: where, reason: error instanceof _core_errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_9__.SlipwayError ? error.kind : 'error', message: (0,_core_errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_9__/* .formatError */ .W)(error).split('\n')[0] }];
        await preview?.finished(comment('failed', listed, images));
        throw error;
    }
    finally {
        client?.close();
        if (reportPath !== undefined) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(reportPath, `${JSON.stringify({ ...report, env, ...(outputs.url !== undefined ? { url: outputs.url } : {}), images: outputs.images, outputs }, null, 2)}\n`);
            _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH('report-path', reportPath);
        }
        // The post step removes them too (a cancelled step); no later step of the job needs them.
        (0,_ci_github_stepCredentials_js__WEBPACK_IMPORTED_MODULE_13__/* .removeStepCredentials */ .PI)(credentials.dir);
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
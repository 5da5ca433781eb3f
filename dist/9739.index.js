"use strict";
exports.id = 9739;
exports.ids = [9739,7951,344,8571,4600,3809];
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
/* harmony import */ var _ci_deliveryReporting_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(3634);
/* harmony import */ var _ci_readCiContext_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(37951);
/* harmony import */ var _reportedFailure_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(99908);












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
    const { mergeValueOptions } = await Promise.all(/* import() */[__webpack_require__.e(2448), __webpack_require__.e(7232)]).then(__webpack_require__.bind(__webpack_require__, 95772));
    const { readFileSync } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 73024, 23));
    const values = mergeValueOptions({ valueFiles: (0,_ci_github_actionInputs_js__WEBPACK_IMPORTED_MODULE_2__/* .listInput */ .dt)('values', { commas: true }), values: (0,_ci_github_actionInputs_js__WEBPACK_IMPORTED_MODULE_2__/* .listInput */ .dt)('set'), stringValues: [], fileValues: [], jsonValues: [], literalValues: [] }, (path) => readFileSync(path, 'utf8'));
    const { openBundleRepository } = await Promise.all(/* import() */[__webpack_require__.e(4023), __webpack_require__.e(9038)]).then(__webpack_require__.bind(__webpack_require__, 9038));
    const { pullBundle } = await __webpack_require__.e(/* import() */ 7268).then(__webpack_require__.bind(__webpack_require__, 37268));
    const { bundleDeployInput } = await __webpack_require__.e(/* import() */ 7825).then(__webpack_require__.bind(__webpack_require__, 77825));
    const { deploy } = await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(2856), __webpack_require__.e(5000), __webpack_require__.e(4284)]).then(__webpack_require__.bind(__webpack_require__, 54284));
    const store = await openBundleRepository(repo, { ...(username !== undefined ? { username } : {}), ...(passwordText !== '' ? { password: new _core_secretValue_js__WEBPACK_IMPORTED_MODULE_5__/* .SecretValue */ .i(passwordText) } : {}) }, { input: 'repo' });
    const bundle = await pullBundle(store, (0,_ci_github_actionInputs_js__WEBPACK_IMPORTED_MODULE_2__/* .stringInput */ .Uj)('tag') ?? 'latest', { input: 'tag', ...(digest !== undefined ? { expectedDigest: digest } : {}) });
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('tag', bundle.tag);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('digest', bundle.digest);
    const client = new _core_kube_kubeClient_js__WEBPACK_IMPORTED_MODULE_6__/* .KubeClient */ .B((0,_core_kube_kubeConnection_js__WEBPACK_IMPORTED_MODULE_7__/* .loadKubeConfig */ .u)({ ...(kubeconfig ? { kubeconfigBase64: kubeconfig } : {}), ...(kubeContext ? { context: kubeContext } : {}) }));
    // Tracked and reported as converge is: GitHub groups, annotations and the job summary from one report.
    const reporting = await (0,_ci_deliveryReporting_js__WEBPACK_IMPORTED_MODULE_9__/* .deliveryReporting */ .z)({ ci: { ...(0,_ci_readCiContext_js__WEBPACK_IMPORTED_MODULE_10__.readCiContext)(), provider: 'github' }, env: process.env, write: (text) => void process.stdout.write(text), isTTY: false, pathOf: () => (file) => file });
    let failure;
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
            emit: reporting.emit,
            description: `slipway bundle-apply action ${store.name}:${bundle.tag}, GitHub run ${process.env.GITHUB_RUN_ID ?? '?'} (${process.env.GITHUB_REPOSITORY ?? ''})`,
        });
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('revision', String(result.revision));
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('status', result.status);
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`release ${result.release} revision ${result.revision} ${result.status}`);
    }
    catch (error) {
        failure = error;
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('status', 'failed');
        throw new _reportedFailure_js__WEBPACK_IMPORTED_MODULE_11__/* .ReportedFailure */ .g(error);
    }
    finally {
        await reporting.finish({ action: 'bundle-apply', command: 'slipway bundle-apply', ...(failure !== undefined ? { failure } : {}) });
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
    const { publishBundle } = await Promise.all(/* import() */[__webpack_require__.e(3243), __webpack_require__.e(2448), __webpack_require__.e(4023), __webpack_require__.e(5438), __webpack_require__.e(102), __webpack_require__.e(1984)]).then(__webpack_require__.bind(__webpack_require__, 1091));
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

/***/ 96427:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ZM: () => (/* binding */ ciAnnotations),
/* harmony export */   r7: () => (/* binding */ noCiContext),
/* harmony export */   uQ: () => (/* binding */ deployDescription)
/* harmony export */ });
const noCiContext = { provider: 'none' };
/** werf-style CI annotations (werf writes ci.werf.io/commit and the run's URL), added to every deployed resource. */
function ciAnnotations(context) {
    const annotations = {};
    if (context.commit)
        annotations['ci.slipway.io/commit'] = context.commit;
    if (context.runUrl)
        annotations['ci.slipway.io/run-url'] = context.runUrl;
    if (context.repository)
        annotations['ci.slipway.io/repository'] = context.repository;
    if (context.actor)
        annotations['ci.slipway.io/actor'] = context.actor;
    if (context.changeRequest)
        annotations['ci.slipway.io/change-request'] = String(context.changeRequest.number);
    return annotations;
}
/** The release lock's holder description: who deploys, from which run. */
function deployDescription(what, context) {
    const from = [context.runLabel, context.repository].filter(Boolean).join(', ');
    return from ? `${what} (${from})` : what;
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
    const redact = options.redact ?? ((text) => text);
    if (options.ci.provider === 'github') {
        const { reportAnnotations } = await __webpack_require__.e(/* import() */ 6446).then(__webpack_require__.bind(__webpack_require__, 66446));
        const lines = reportAnnotations(done.report, { pathOf: done.pathOf, ...(done.error ? { error: done.error } : {}) });
        if (lines.length)
            options.write(`${lines.join('\n')}\n`);
        if (options.env.GITHUB_STEP_SUMMARY) {
            const { jobSummary } = await __webpack_require__.e(/* import() */ 4261).then(__webpack_require__.bind(__webpack_require__, 54261));
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.appendFile)(options.env.GITHUB_STEP_SUMMARY, redact(jobSummary(done.report, { action: done.action, now: Date.now(), pathOf: done.pathOf, ...(done.envName ? { env: done.envName } : {}), ...(done.url ? { url: done.url } : {}), ...(done.error ? { error: done.error } : {}) })));
        }
    }
    if (options.annotationsPath !== undefined || options.codeQualityPath !== undefined) {
        const { annotationsReport, codeQualityReport } = await __webpack_require__.e(/* import() */ 8454).then(__webpack_require__.bind(__webpack_require__, 98454));
        const links = { ...(options.env.CI_PROJECT_URL ? { projectUrl: options.env.CI_PROJECT_URL } : {}), ...(options.env.CI_COMMIT_SHA ? { commit: options.env.CI_COMMIT_SHA } : {}), ...(options.env.CI_JOB_URL ? { jobUrl: options.env.CI_JOB_URL } : {}), ...(done.url ? { environmentUrl: done.url } : {}) };
        if (options.annotationsPath !== undefined)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(options.annotationsPath, redact(`${JSON.stringify(annotationsReport(done.report, links, done.pathOf), null, 2)}\n`));
        if (options.codeQualityPath !== undefined)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(options.codeQualityPath, redact(`${JSON.stringify(codeQualityReport(done.report, done.pathOf), null, 2)}\n`));
    }
}


/***/ }),

/***/ 3634:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ deliveryReporting)
/* harmony export */ });
/* harmony import */ var _core_events_deliveryEvents_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(81180);
/* harmony import */ var _report_deliveryReport_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(43650);
/* harmony import */ var _report_reportedError_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(41453);
/* harmony import */ var _deliveryOutputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(99286);




/**
 * One delivery's report and outputs, shared by every command that deploys or removes (converge, bundle apply,
 * dismiss; CLI and actions): the live printer for where it runs, then the CI's reports from the same report.
 */
async function deliveryReporting(options) {
    const report = (0,_report_deliveryReport_js__WEBPACK_IMPORTED_MODULE_2__/* .emptyReport */ ._O)(Date.now());
    const printer = await (0,_deliveryOutputs_js__WEBPACK_IMPORTED_MODULE_1__/* .livePrinter */ .b)(options);
    const emit = (0,_core_events_deliveryEvents_js__WEBPACK_IMPORTED_MODULE_3__/* .eventEmitter */ .R)((event) => {
        (0,_report_deliveryReport_js__WEBPACK_IMPORTED_MODULE_2__/* .foldEvent */ .wI)(report, event);
        printer.onEvent(event, report);
    });
    let finished = false;
    return {
        report,
        emit,
        async finish(outcome) {
            if (finished)
                return;
            finished = true;
            printer.close(report);
            const pathOf = options.pathOf();
            await (0,_deliveryOutputs_js__WEBPACK_IMPORTED_MODULE_1__/* .writeCiReports */ .z)({
                report,
                action: outcome.action,
                pathOf,
                ...(outcome.envName !== undefined ? { envName: outcome.envName } : {}),
                ...(outcome.url !== undefined ? { url: outcome.url } : {}),
                ...(outcome.failure !== undefined ? { error: (0,_report_reportedError_js__WEBPACK_IMPORTED_MODULE_0__/* .reportedError */ .k)(outcome.failure, outcome.command) } : {}),
            }, {
                ci: options.ci,
                env: options.env,
                write: options.write,
                ...(options.annotationsPath !== undefined ? { annotationsPath: options.annotationsPath } : {}),
                ...(options.codeQualityPath !== undefined ? { codeQualityPath: options.codeQualityPath } : {}),
                ...(options.redact ? { redact: options.redact } : {}),
            });
        },
    };
}


/***/ }),

/***/ 59379:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RW: () => (/* binding */ workingDirectoryInput),
/* harmony export */   Uj: () => (/* binding */ stringInput),
/* harmony export */   dt: () => (/* binding */ listInput),
/* harmony export */   ij: () => (/* binding */ choiceInput),
/* harmony export */   tE: () => (/* binding */ booleanInput)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96421);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(16602);



/**
 * Typed readers of GitHub Action inputs. Every error names the input, so a workflow author knows
 * which `with:` line to fix.
 */
function stringInput(name, options = {}) {
    const value = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name).trim();
    if (value === '') {
        if (options.required) {
            throw new _core_errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_2__.SlipwayError('input', `input '${name}' is required`, { where: { input: name }, hint: `add '${name}:' under 'with:' in the workflow step` });
        }
        return undefined;
    }
    return value;
}
/** A list input: one item per line (and, for convenience, comma-separated on a line when `commas`). */
function listInput(name, options = {}) {
    const lines = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getMultilineInput */ .q3(name).map((line) => line.trim()).filter((line) => line !== '' && !line.startsWith('#'));
    return options.commas ? lines.flatMap((line) => line.split(',').map((item) => item.trim()).filter((item) => item !== '')) : lines;
}
/** A boolean input with YAML 1.2 core schema words, as @actions/core accepts them. */
function booleanInput(name, defaultValue) {
    const raw = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name).trim();
    if (raw === '')
        return defaultValue;
    if (['true', 'True', 'TRUE'].includes(raw))
        return true;
    if (['false', 'False', 'FALSE'].includes(raw))
        return false;
    throw new _core_errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_2__.SlipwayError('input', `input '${name}' is "${raw}", not a boolean`, { where: { input: name }, hint: 'use true or false' });
}
/** An input restricted to a fixed set of words. */
function choiceInput(name, choices, defaultValue) {
    const raw = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name).trim();
    if (raw === '')
        return defaultValue;
    if (choices.includes(raw))
        return raw;
    throw new _core_errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_2__.SlipwayError('input', `input '${name}' is "${raw}"; expected one of ${choices.join(', ')}`, { where: { input: name } });
}
/** The project directory: input `working-directory`, relative to the checkout ($GITHUB_WORKSPACE). */
function workingDirectoryInput() {
    const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(workspace, stringInput('working-directory') ?? '.');
}


/***/ }),

/***/ 33988:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BN: () => (/* binding */ githubApiUrl),
/* harmony export */   a3: () => (/* binding */ readGithubEvent),
/* harmony export */   h4: () => (/* binding */ githubContext)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);

/** The event payload ($GITHUB_EVENT_PATH), or undefined when there is none or it is unreadable. */
function readGithubEvent(env, read = (path) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8')) {
    if (!env.GITHUB_EVENT_PATH)
        return undefined;
    try {
        return JSON.parse(read(env.GITHUB_EVENT_PATH));
    }
    catch {
        return undefined;
    }
}
/** GitHub Actions' default variables (and the event payload) as a CiContext. Pure. */
function githubContext(env, event) {
    const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
    const repository = env.GITHUB_REPOSITORY;
    const context = { provider: 'github' };
    if (repository)
        context.repository = repository;
    if (env.GITHUB_SHA)
        context.commit = env.GITHUB_SHA;
    if (env.GITHUB_ACTOR)
        context.actor = env.GITHUB_ACTOR;
    if (env.GITHUB_RUN_ID) {
        context.runLabel = `GitHub run ${env.GITHUB_RUN_ID}`;
        if (repository)
            context.runUrl = `${server}/${repository}/actions/runs/${env.GITHUB_RUN_ID}${env.GITHUB_RUN_ATTEMPT && env.GITHUB_RUN_ATTEMPT !== '1' ? `/attempts/${env.GITHUB_RUN_ATTEMPT}` : ''}`;
    }
    const eventName = env.GITHUB_EVENT_NAME ?? '';
    if (eventName === 'pull_request' || eventName === 'pull_request_target') {
        const payload = (event ?? {});
        const number = payload.pull_request?.number ?? payload.number;
        if (typeof number === 'number' && Number.isInteger(number) && number > 0) {
            const head = payload.pull_request?.head;
            const headRepo = head?.repo?.full_name;
            const baseRepo = payload.pull_request?.base?.repo?.full_name ?? repository;
            // A deleted fork has head.repo null: still a fork.
            const fromFork = head !== undefined && (headRepo === undefined || headRepo !== baseRepo);
            context.changeRequest = { number, ...(head?.sha ? { headSha: head.sha } : {}), fromFork };
            if (head?.sha)
                context.commit = head.sha;
            context.defaultEnv = `pr-${number}`;
        }
    }
    return context;
}
/** Where GitHub's REST API is ($GITHUB_API_URL on GitHub Enterprise Server). */
function githubApiUrl(env) {
    return env.GITHUB_API_URL ?? 'https://api.github.com';
}


/***/ }),

/***/ 24884:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ gitlabContext),
/* harmony export */   o: () => (/* binding */ gitlabApi)
/* harmony export */ });
/** GitLab CI's predefined variables as a CiContext. Pure. */
function gitlabContext(env) {
    const context = { provider: 'gitlab' };
    if (env.CI_PROJECT_PATH)
        context.repository = env.CI_PROJECT_PATH;
    if (env.CI_COMMIT_SHA)
        context.commit = env.CI_COMMIT_SHA;
    if (env.GITLAB_USER_LOGIN)
        context.actor = env.GITLAB_USER_LOGIN;
    if (env.CI_JOB_ID)
        context.runLabel = `GitLab job ${env.CI_JOB_ID}`;
    if (env.CI_JOB_URL)
        context.runUrl = env.CI_JOB_URL;
    else if (env.CI_PIPELINE_URL)
        context.runUrl = env.CI_PIPELINE_URL;
    const iid = Number(env.CI_MERGE_REQUEST_IID);
    if (env.CI_MERGE_REQUEST_IID && Number.isInteger(iid) && iid > 0) {
        const source = env.CI_MERGE_REQUEST_SOURCE_PROJECT_ID;
        const target = env.CI_MERGE_REQUEST_PROJECT_ID ?? env.CI_PROJECT_ID;
        context.changeRequest = { number: iid, ...(env.CI_COMMIT_SHA ? { headSha: env.CI_COMMIT_SHA } : {}), fromFork: source !== undefined && target !== undefined && source !== target };
    }
    // A job with `environment:` has its DNS-safe slug; a merge request pipeline without one gets mr-<iid>.
    if (env.CI_ENVIRONMENT_SLUG)
        context.defaultEnv = env.CI_ENVIRONMENT_SLUG;
    else if (context.changeRequest)
        context.defaultEnv = `mr-${context.changeRequest.number}`;
    return context;
}
/** The GitLab API of this instance and project, for the optional merge request note. */
function gitlabApi(env) {
    const url = env.CI_API_V4_URL;
    const projectId = env.CI_PROJECT_ID;
    return url && projectId ? { url, projectId } : undefined;
}


/***/ }),

/***/ 37951:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readCiContext: () => (/* binding */ readCiContext)
/* harmony export */ });
/* harmony import */ var _ciContext_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96427);
/* harmony import */ var _github_githubContext_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(33988);
/* harmony import */ var _gitlab_gitlabContext_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(24884);



/** The CI this process runs in, from its environment (GITHUB_ACTIONS / GITLAB_CI, as each runner sets them). */
function readCiContext(env = process.env) {
    if (env.GITHUB_ACTIONS === 'true')
        return (0,_github_githubContext_js__WEBPACK_IMPORTED_MODULE_1__/* .githubContext */ .h4)(env, (0,_github_githubContext_js__WEBPACK_IMPORTED_MODULE_1__/* .readGithubEvent */ .a3)(env));
    if (env.GITLAB_CI === 'true')
        return (0,_gitlab_gitlabContext_js__WEBPACK_IMPORTED_MODULE_2__/* .gitlabContext */ .f)(env);
    return _ciContext_js__WEBPACK_IMPORTED_MODULE_0__/* .noCiContext */ .r7;
}


/***/ }),

/***/ 98571:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ parseDuration)
/* harmony export */ });
/* harmony import */ var _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16602);

const unitMs = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
/**
 * Parses a Go-style duration (`300s`, `5m`, `1h30m`, `1.5h`, `250ms`) as Helm's `--timeout` takes it;
 * a bare number is seconds. Returns milliseconds.
 */
function parseDuration(text, where) {
    const trimmed = text.trim();
    if (/^\d+(\.\d+)?$/.test(trimmed))
        return Math.round(Number(trimmed) * 1000);
    const part = /(\d+(?:\.\d+)?)(ms|s|m|h)/gy;
    let total = 0;
    let matched = 0;
    for (let m = part.exec(trimmed); m; m = part.exec(trimmed)) {
        total += Number(m[1]) * unitMs[m[2]];
        matched = part.lastIndex;
    }
    if (trimmed === '' || matched !== trimmed.length) {
        throw new _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_0__.SlipwayError('input', `"${text}" is not a duration`, {
            where,
            hint: 'use a Go-style duration such as 300s, 5m or 1h30m',
        });
    }
    return Math.round(total);
}


/***/ }),

/***/ 59251:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Li: () => (/* binding */ actionInputNames),
/* harmony export */   NB: () => (/* binding */ inputLabel),
/* harmony export */   tE: () => (/* binding */ cliInputNames)
/* harmony export */ });
/** The CLI's flags (the default: the core is used as the CLI uses it unless told otherwise). */
const cliInputNames = {
    env: '--env',
    release: '--release',
    namespace: '--namespace',
    repo: '--repo',
    commit: '--commit',
    timeout: '--timeout',
    builder: '--builder',
    kubeconfig: '--kubeconfig',
    kubeContext: '--kube-context',
};
/** The inputs of the GitHub actions and GitLab templates (`with:` / `inputs:` keys). */
const actionInputNames = {
    env: 'env',
    release: 'release',
    namespace: 'namespace',
    repo: 'repo',
    commit: 'commit',
    timeout: 'timeout',
    builder: 'builder',
    kubeconfig: 'kubeconfig',
    kubeContext: 'kube-context',
};
/** How a hint refers to an input: the flag as typed (`--timeout`), or `input 'timeout'`. */
function inputLabel(name) {
    return name.startsWith('-') ? name : `input '${name}'`;
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

/***/ 87290:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q1: () => (/* binding */ KubeUnreachableError),
/* harmony export */   W3: () => (/* binding */ KubeApiError),
/* harmony export */   c4: () => (/* binding */ isNotFound),
/* harmony export */   dh: () => (/* binding */ isConflict),
/* harmony export */   x9: () => (/* binding */ isAlreadyExists)
/* harmony export */ });
/** A Status answer of the Kubernetes API (4xx/5xx), with the parts callers decide on. */
class KubeApiError extends Error {
    status;
    reason;
    details;
    constructor(status, reason, message, details) {
        super(message);
        this.name = 'KubeApiError';
        this.status = status;
        this.reason = reason;
        this.details = details;
    }
}
/** The apiserver could not be reached at all (refused, reset, DNS, TLS), after retries. */
class KubeUnreachableError extends Error {
    server;
    code;
    constructor(server, code) {
        super(`cannot reach the Kubernetes API at ${server} (${code})`);
        this.server = server;
        this.code = code;
        this.name = 'KubeUnreachableError';
    }
}
const isNotFound = (error) => error instanceof KubeApiError && error.status === 404;
const isConflict = (error) => error instanceof KubeApiError && error.status === 409;
const isAlreadyExists = (error) => error instanceof KubeApiError && error.status === 409 && error.reason === 'AlreadyExists';


/***/ }),

/***/ 17779:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ KubeClient)
/* harmony export */ });
/* unused harmony export isNetworkError */
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(44708);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_https__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _kubeApiError_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(87290);



const retryableCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN', 'ECONNABORTED', 'UND_ERR_SOCKET']);
const retryableStatuses = new Set([429, 502, 503, 504]);
/**
 * The one door to the apiserver: JSON over HTTP(S) with the kubeconfig's TLS and credentials, a pooled
 * keep-alive agent, retries across an apiserver restart (every request slipway makes is idempotent:
 * reads, server-side apply, deletes, and creates whose AlreadyExists callers handle), and a count of
 * writes so tests can prove that an unchanged deploy writes nothing. Credentials stay inside: errors carry
 * the server URL and the API's Status message only.
 */
class KubeClient {
    server;
    /** Mutating requests sent (dry-runs excluded). */
    writes = 0;
    /** Requests sent, for figures. */
    requests = 0;
    #config;
    #agent;
    #retryForMs;
    #auth;
    constructor(config, options = {}) {
        this.#config = config;
        this.server = config.getCurrentCluster().server.replace(/\/$/, '');
        const maxSockets = options.maxSockets ?? 32;
        this.#agent = this.server.startsWith('https:') ? new (node_https__WEBPACK_IMPORTED_MODULE_1___default().Agent)({ keepAlive: true, maxSockets }) : new (node_http__WEBPACK_IMPORTED_MODULE_0___default().Agent)({ keepAlive: true, maxSockets });
        this.#retryForMs = options.retryForMs ?? 60_000;
    }
    get contextName() {
        return this.#config.getCurrentContext();
    }
    get defaultNamespace() {
        return this.#config.getContextObject(this.#config.getCurrentContext())?.namespace;
    }
    close() {
        this.#agent.destroy();
    }
    /** TLS material and auth headers from the kubeconfig, refreshed every 30 s (exec and token plugins rotate). */
    async #authOptions() {
        if (this.#auth && Date.now() - this.#auth.at < 30_000)
            return this.#auth.options;
        const options = {};
        await this.#config.applyToHTTPSOptions(options);
        const cluster = this.#config.getCurrentCluster();
        const { agent: _discarded, ...rest } = options;
        if (cluster?.skipTLSVerify)
            rest.rejectUnauthorized = false;
        if (cluster?.tlsServerName)
            rest.servername = cluster.tlsServerName;
        this.#auth = { at: Date.now(), options: rest };
        return rest;
    }
    async request(request) {
        const deadline = Date.now() + this.#retryForMs;
        let attempt = 0;
        for (;;) {
            try {
                return (await this.#once(request));
            }
            catch (error) {
                const retryable = (error instanceof _kubeApiError_js__WEBPACK_IMPORTED_MODULE_2__/* .KubeApiError */ .W3 && retryableStatuses.has(error.status)) || (error instanceof NetworkError && retryableCodes.has(error.code));
                if (!retryable || Date.now() > deadline || request.signal?.aborted) {
                    if (error instanceof NetworkError)
                        throw new _kubeApiError_js__WEBPACK_IMPORTED_MODULE_2__/* .KubeUnreachableError */ .Q1(this.server, error.code);
                    throw error;
                }
                attempt++;
                await sleep(Math.min(2000, 100 * 2 ** attempt), request.signal);
            }
        }
    }
    #url(path, query) {
        const url = new URL(this.server + path);
        for (const [key, value] of Object.entries(query ?? {}))
            if (value !== undefined)
                url.searchParams.set(key, value);
        return url;
    }
    async #once(request) {
        const url = this.#url(request.path, request.query);
        const auth = await this.#authOptions();
        const body = request.body === undefined ? undefined : Buffer.from(JSON.stringify(request.body));
        const isDryRun = url.searchParams.get('dryRun') === 'All';
        if (request.method !== 'GET' && !isDryRun)
            this.writes++;
        this.requests++;
        const headers = { ...auth.headers, accept: request.accept ?? 'application/json' };
        if (body) {
            headers['content-type'] = request.contentType ?? 'application/json';
            headers['content-length'] = String(body.length);
        }
        if (auth.auth)
            headers.authorization = `Basic ${Buffer.from(auth.auth).toString('base64')}`;
        const transport = url.protocol === 'https:' ? (node_https__WEBPACK_IMPORTED_MODULE_1___default()) : (node_http__WEBPACK_IMPORTED_MODULE_0___default());
        return await new Promise((resolve, reject) => {
            const req = transport.request(url, 
            // A request without an answer in 30 s is treated as a lost connection and retried.
            { ...auth, auth: undefined, headers, method: request.method, agent: this.#agent, signal: request.signal, timeout: 30_000 }, (res) => {
                const chunks = [];
                res.on('data', (c) => chunks.push(c));
                res.on('error', (e) => reject(new NetworkError(e.code ?? 'ECONNRESET')));
                // A server that dies mid-response closes the socket without 'end' or 'error'.
                res.on('close', () => {
                    if (!res.complete)
                        reject(new NetworkError('ECONNRESET'));
                });
                res.on('end', () => {
                    const text = Buffer.concat(chunks).toString('utf8');
                    const status = res.statusCode ?? 0;
                    let parsed;
                    try {
                        parsed = text === '' ? {} : JSON.parse(text);
                    }
                    catch {
                        parsed = { message: text.slice(0, 500) };
                    }
                    if (status >= 200 && status < 300)
                        resolve(parsed);
                    else
                        reject(new _kubeApiError_js__WEBPACK_IMPORTED_MODULE_2__/* .KubeApiError */ .W3(status, parsed?.reason ?? String(status), parsed?.message ?? `HTTP ${status}`, parsed?.details));
                });
            });
            req.on('error', (e) => {
                if (e.name === 'AbortError')
                    reject(e);
                else
                    reject(new NetworkError(e.code ?? 'ECONNRESET'));
            });
            req.on('timeout', () => req.destroy(Object.assign(new Error('timeout'), { code: 'ETIMEDOUT' })));
            if (body)
                req.write(body);
            req.end();
        });
    }
    /**
     * Streams watch events of a collection until `signal` fires or the server ends the watch (then it
     * resolves; callers re-list and re-watch). Objects are delivered in order.
     */
    async watch(path, query, onEvent, signal) {
        await this.streamLines(path, { ...query, watch: '1', allowWatchBookmarks: 'true' }, (line) => {
            let event;
            try {
                event = JSON.parse(line);
            }
            catch {
                return; // the tail of a watch cut mid-event: the caller re-lists from its last resourceVersion
            }
            onEvent(event);
        }, signal);
    }
    /**
     * A long-lived GET whose body is read line by line as it arrives (watches, `pods/log?follow=true`), with
     * the same TLS and credentials as every request. Resolves when the server ends the stream or `signal`
     * fires; rejects with the API's Status when the server refuses it. An unfinished last line is delivered.
     */
    async streamLines(path, query, onLine, signal) {
        const url = this.#url(path, query);
        const auth = await this.#authOptions();
        const headers = { ...auth.headers, accept: 'application/json' };
        if (auth.auth)
            headers.authorization = `Basic ${Buffer.from(auth.auth).toString('base64')}`;
        const transport = url.protocol === 'https:' ? (node_https__WEBPACK_IMPORTED_MODULE_1___default()) : (node_http__WEBPACK_IMPORTED_MODULE_0___default());
        this.requests++;
        await new Promise((resolve, reject) => {
            // Streams get their own connection so they never hold a pooled socket others wait for.
            const req = transport.request(url, { ...auth, auth: undefined, headers, method: 'GET', agent: false, signal }, (res) => {
                if ((res.statusCode ?? 0) >= 300) {
                    const chunks = [];
                    res.on('data', (c) => chunks.push(c));
                    res.on('end', () => {
                        let parsed = {};
                        try {
                            parsed = JSON.parse(Buffer.concat(chunks).toString('utf8'));
                        }
                        catch {
                            /* not a Status */
                        }
                        reject(new _kubeApiError_js__WEBPACK_IMPORTED_MODULE_2__/* .KubeApiError */ .W3(res.statusCode ?? 0, parsed.reason ?? '', parsed.message ?? `HTTP ${res.statusCode}`));
                    });
                    return;
                }
                let buffered = '';
                let finished = false;
                const finish = () => {
                    if (finished)
                        return;
                    finished = true;
                    if (buffered.trim() !== '')
                        onLine(buffered);
                    resolve();
                };
                res.setEncoding('utf8');
                res.on('data', (chunk) => {
                    buffered += chunk;
                    let newline;
                    while ((newline = buffered.indexOf('\n')) >= 0) {
                        const line = buffered.slice(0, newline);
                        buffered = buffered.slice(newline + 1);
                        if (line.trim() !== '')
                            onLine(line);
                    }
                });
                res.on('end', finish);
                res.on('error', finish);
                res.on('close', finish);
            });
            req.on('error', (e) => {
                if (signal.aborted)
                    resolve();
                else
                    reject(new NetworkError(e.code ?? 'ECONNRESET'));
            });
            req.end();
        });
    }
}
class NetworkError extends Error {
    code;
    constructor(code) {
        super(code);
        this.code = code;
    }
}
function isNetworkError(error) {
    return error instanceof NetworkError;
}
function sleep(ms, signal) {
    return new Promise((resolve) => {
        const timer = setTimeout(resolve, ms);
        signal?.addEventListener('abort', () => {
            clearTimeout(timer);
            resolve();
        }, { once: true });
    });
}


/***/ }),

/***/ 20276:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ loadKubeConfig)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(21991);
/* harmony import */ var _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(16602);
/* harmony import */ var _errors_inputNames_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(59251);




/**
 * Loads a KubeConfig the way kubectl and Helm look for one. Errors name the flag or input to fix and
 * never echo kubeconfig contents (they hold credentials).
 */
function loadKubeConfig(options, env = process.env) {
    const config = new _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_1__/* .KubeConfig */ .ypW();
    const names = options.inputNames ?? _errors_inputNames_js__WEBPACK_IMPORTED_MODULE_3__/* .cliInputNames */ .tE;
    if (options.kubeconfigBase64 !== undefined && options.kubeconfigBase64.trim() !== '') {
        const text = Buffer.from(options.kubeconfigBase64.trim(), 'base64').toString('utf8');
        try {
            config.loadFromString(text);
        }
        catch {
            throw new _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_2__.SlipwayError('kube', 'the base64 kubeconfig data is not a kubeconfig', {
                where: { input: 'kubeconfig-base64' },
                hint: 'encode the whole kubeconfig file: base64 -w0 ~/.kube/config',
            });
        }
        if (config.getContexts().length === 0) {
            throw new _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_2__.SlipwayError('kube', 'the base64 kubeconfig data has no contexts', { where: { input: 'kubeconfig-base64' }, hint: 'encode the whole kubeconfig file: base64 -w0 ~/.kube/config' });
        }
    }
    else if (options.kubeconfigPath !== undefined) {
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(options.kubeconfigPath)) {
            throw new _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_2__.SlipwayError('kube', `kubeconfig file ${options.kubeconfigPath} does not exist`, { where: { input: names.kubeconfig }, hint: 'pass an existing kubeconfig path' });
        }
        loadFile(config, options.kubeconfigPath, names.kubeconfig);
    }
    else if (env.KUBECONFIG) {
        const paths = env.KUBECONFIG.split(':').filter((p) => p !== '' && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(p));
        if (paths.length === 0)
            throw new _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_2__.SlipwayError('kube', `no file named in $KUBECONFIG exists (${env.KUBECONFIG})`, { where: { input: 'KUBECONFIG' }, hint: 'point KUBECONFIG at your kubeconfig file' });
        loadFile(config, paths[0], 'KUBECONFIG');
        for (const extra of paths.slice(1)) {
            const more = new _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_1__/* .KubeConfig */ .ypW();
            loadFile(more, extra, 'KUBECONFIG');
            config.mergeConfig(more, true);
        }
    }
    else if (env.HOME && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(`${env.HOME}/.kube/config`)) {
        loadFile(config, `${env.HOME}/.kube/config`, names.kubeconfig);
    }
    else if (env.KUBERNETES_SERVICE_HOST) {
        config.loadFromCluster();
    }
    else {
        throw new _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_2__.SlipwayError('kube', 'no Kubernetes configuration found', {
            where: { input: names.kubeconfig },
            hint: `${names.kubeconfig.startsWith('-') ? 'pass' : 'set'} ${(0,_errors_inputNames_js__WEBPACK_IMPORTED_MODULE_3__/* .inputLabel */ .NB)(names.kubeconfig)}, set $KUBECONFIG, create ~/.kube/config, or run inside a cluster`,
        });
    }
    if (options.context !== undefined) {
        if (!config.getContexts().some((c) => c.name === options.context)) {
            const known = config.getContexts().map((c) => c.name);
            throw new _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_2__.SlipwayError('kube', `kube context "${options.context}" does not exist in the kubeconfig`, {
                where: { input: names.kubeContext },
                hint: known.length ? `known contexts: ${known.join(', ')}` : 'the kubeconfig has no contexts',
            });
        }
        config.setCurrentContext(options.context);
    }
    if (!config.getCurrentCluster()) {
        throw new _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_2__.SlipwayError('kube', `the kubeconfig's current context "${config.getCurrentContext()}" names no cluster`, {
            where: { input: names.kubeContext },
            hint: `choose a context with ${(0,_errors_inputNames_js__WEBPACK_IMPORTED_MODULE_3__/* .inputLabel */ .NB)(names.kubeContext)}, or fix current-context in the kubeconfig`,
        });
    }
    return config;
}
function loadFile(config, path, input) {
    try {
        config.loadFromFile(path);
    }
    catch {
        throw new _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_2__.SlipwayError('kube', `${path} is not a valid kubeconfig`, { where: { input }, hint: 'check the file with kubectl config view' });
    }
}


/***/ }),

/***/ 22483:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ isDnsLabel),
/* harmony export */   l: () => (/* binding */ requireDnsLabel)
/* harmony export */ });
/* harmony import */ var _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16602);

/** An RFC 1123 DNS label: what Kubernetes requires of namespaces and what slipway requires of env names. */
const dnsLabel = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
function isDnsLabel(name) {
    return name.length <= 63 && dnsLabel.test(name);
}
/** Rejects a name that is not a DNS label, naming where it came from. */
function requireDnsLabel(name, what, where) {
    if (!isDnsLabel(name)) {
        throw new _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_0__.SlipwayError('input', `${what} "${name}" is not a valid name`, {
            where,
            hint: 'use at most 63 lowercase letters, digits and "-", starting and ending with a letter or digit',
        });
    }
    return name;
}


/***/ }),

/***/ 78014:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ SecretValue)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);

const redacted = '***';
/**
 * A secret (registry password, token) that never prints itself: `String()`, template literals,
 * `JSON.stringify` and `util.inspect` all give `***`. The only way to the value is `reveal()`, called
 * where the value is put on the wire.
 */
class SecretValue {
    #value;
    constructor(value) {
        this.#value = value;
    }
    reveal() {
        return this.#value;
    }
    get isEmpty() {
        return this.#value === '';
    }
    toString() {
        return redacted;
    }
    toJSON() {
        return redacted;
    }
    [node_util__WEBPACK_IMPORTED_MODULE_0__.inspect.custom]() {
        return `SecretValue(${redacted})`;
    }
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

/***/ 41453:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ reportedError)
/* harmony export */ });
/* harmony import */ var _core_errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16602);

/** An error as the report's outputs show it: the message, the hint, and where (file:line, resource, input). */
function reportedError(error, fallbackTitle) {
    if (!(error instanceof _core_errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_0__.SlipwayError))
        return { message: (0,_core_errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_0__/* .formatError */ .Wk)(error).split('\n')[0], title: fallbackTitle };
    const { file, line, resource } = error.where;
    return {
        message: error.message,
        ...(error.hint ? { hint: error.hint } : {}),
        ...(file ? { file } : {}),
        ...(line !== undefined ? { line } : {}),
        ...(resource ? { resource } : {}),
        title: (0,_core_errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_0__/* .formatLocation */ .j$)({ ...error.where, file: undefined, line: undefined, column: undefined }) || fallbackTitle,
    };
}


/***/ })

};
;
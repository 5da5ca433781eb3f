"use strict";
exports.id = 7435;
exports.ids = [7435];
exports.modules = {

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

/***/ 70847:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ previewFailures)
/* harmony export */ });
/* harmony import */ var _core_errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16602);
/* harmony import */ var _core_events_deliveryEvents_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(81180);
/* harmony import */ var _report_deliveryReport_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(43650);



/**
 * The failures a preview comment or note lists: the report's fatal ones (resource, reason, template line),
 * else the error itself where it happened (a chart, an input, the deploy), in one line.
 */
function previewFailures(report, error) {
    const fatal = (0,_report_deliveryReport_js__WEBPACK_IMPORTED_MODULE_1__/* .orderedFailures */ .Pf)(report).filter((failure) => failure.fatal);
    if (fatal.length > 0) {
        return fatal.map((f) => ({ resource: (0,_core_events_deliveryEvents_js__WEBPACK_IMPORTED_MODULE_2__/* .resourceLabel */ .b)(f.resource), reason: f.reason, message: f.message, ...(f.source ? { source: `${f.source.file}${f.source.line !== undefined ? `:${f.source.line}` : ''}` } : {}) }));
    }
    const where = error instanceof _core_errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_0__.SlipwayError ? (error.where.resource ?? error.where.file ?? error.where.input ?? 'deploy') : 'deploy';
    return [{ resource: where, reason: error instanceof _core_errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_0__.SlipwayError ? error.kind : 'error', message: (0,_core_errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_0__/* .formatError */ .Wk)(error).split('\n')[0] }];
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
"use strict";
exports.id = 1612;
exports.ids = [1612,7951];
exports.modules = {

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

/***/ 51612:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cliDeliveryReporting: () => (/* binding */ cliDeliveryReporting)
/* harmony export */ });
/* harmony import */ var _ci_deliveryReporting_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3634);
/* harmony import */ var _ci_readCiContext_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37951);


/** A command's delivery report printed on stdout: the terminal's table, or the CI's log format when it runs in one. */
function cliDeliveryReporting(options = {}) {
    return (0,_ci_deliveryReporting_js__WEBPACK_IMPORTED_MODULE_0__/* .deliveryReporting */ .z)({
        ci: (0,_ci_readCiContext_js__WEBPACK_IMPORTED_MODULE_1__.readCiContext)(),
        env: process.env,
        write: options.write ?? ((text) => void process.stdout.write(text)),
        isTTY: process.stdout.isTTY === true,
        ...(process.stdout.columns ? { columns: process.stdout.columns } : {}),
        pathOf: options.pathOf ?? (() => (file) => file),
        ...(options.redact ? { redact: options.redact } : {}),
        ...(options.annotationsPath !== undefined ? { annotationsPath: options.annotationsPath } : {}),
        ...(options.codeQualityPath !== undefined ? { codeQualityPath: options.codeQualityPath } : {}),
    });
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
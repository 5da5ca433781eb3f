"use strict";
exports.id = 8933;
exports.ids = [8933,7951,5153,4386,7760];
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

/***/ 12295:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K2: () => (/* binding */ renderPreviewComment),
/* harmony export */   fh: () => (/* binding */ previewMarker)
/* harmony export */ });
/* unused harmony export defaultPreviewTemplate */
/* harmony import */ var handlebars__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(88508);
/* harmony import */ var handlebars__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(handlebars__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(16602);


/** The hidden marker that finds the comment again: one comment per environment, updated in place. */
function previewMarker(env) {
    return `<!-- slipway-preview env=${env} -->`;
}
const defaultPreviewTemplate = `### {{statusIcon}} slipway preview \`{{env}}\`: {{status}}

| | |
|---|---|
| environment | {{#if url}}[{{cell url}}]({{url}}){{else}}\`{{env}}\`{{/if}} |
{{#if release}}| release | \`{{cell release}}\`{{#if revision}} revision {{revision}}{{/if}} |
{{/if}}{{#if namespace}}| namespace | \`{{cell namespace}}\` |
{{/if}}{{#if commit}}| commit | \`{{short commit}}\` |
{{/if}}{{#if runUrl}}| run | [{{cell runUrl}}]({{runUrl}}) |
{{/if}}
{{#if images.length}}
| image | | reference |
|---|---|---|
{{#each images}}| {{cell name}} | {{action}} | \`{{cell reference}}\` |
{{/each}}
{{/if}}
{{#if failures.length}}
**Failures**

| resource | reason | message | source |
|---|---|---|---|
{{#each failures}}| \`{{cell resource}}\` | {{cell reason}} | {{cell message}} | {{#if source}}\`{{cell source}}\`{{/if}} |
{{/each}}
{{/if}}`;
const icons = { deploying: '⏳', deployed: '✅', failed: '❌', dismissed: '🗑️' };
/**
 * The comment's body: the marker, then the template (slipway's, or the user's Handlebars file) over the
 * input. Values are HTML-escaped by Handlebars and `cell` also escapes `|` and newlines for table cells.
 */
function renderPreviewComment(input, template = defaultPreviewTemplate, templateFile = 'the preview comment template') {
    const handlebars = handlebars__WEBPACK_IMPORTED_MODULE_0___default().create();
    handlebars.registerHelper('cell', (value) => new handlebars.SafeString(handlebars.escapeExpression(String(value ?? '')).replace(/\|/g, '\\|').replace(/\r?\n/g, ' ')));
    handlebars.registerHelper('short', (value) => String(value ?? '').slice(0, 12));
    let body;
    try {
        body = handlebars.compile(template, { strict: false })({ ...input, statusIcon: icons[input.status] });
    }
    catch (error) {
        throw new _core_errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_1__.SlipwayError('input', `${templateFile} is not a valid Handlebars template: ${error.message.split('\n')[0]}`, { where: { file: templateFile } });
    }
    return `${previewMarker(input.env)}\n${body.replace(/\n{3,}/g, '\n\n').trim()}\n`;
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

/***/ 91068:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ registryFromEnvironment)
/* harmony export */ });
/* harmony import */ var _core_secretValue_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(78014);

/**
 * The image repository and registry credentials from the environment: slipway's own variables
 * (SLIPWAY_REPO, SLIPWAY_REGISTRY_USERNAME / _PASSWORD, SLIPWAY_BUILD_NETWORK), else, in GitLab CI, the
 * project's container registry (CI_REGISTRY_IMAGE with the job's CI_REGISTRY_USER / CI_REGISTRY_PASSWORD, else
 * gitlab-ci-token / CI_JOB_TOKEN, used only for that registry). Explicit flags and inputs override what this returns. Pure.
 */
function registryFromEnvironment(env, repoOverride) {
    const access = {};
    const repo = repoOverride ?? env.SLIPWAY_REPO ?? (env.GITLAB_CI === 'true' ? env.CI_REGISTRY_IMAGE : undefined);
    if (repo)
        access.repo = repo;
    if (env.SLIPWAY_BUILD_NETWORK)
        access.network = env.SLIPWAY_BUILD_NETWORK;
    if (env.SLIPWAY_REGISTRY_USERNAME !== undefined || env.SLIPWAY_REGISTRY_PASSWORD !== undefined) {
        if (env.SLIPWAY_REGISTRY_USERNAME !== undefined)
            access.username = env.SLIPWAY_REGISTRY_USERNAME;
        if (env.SLIPWAY_REGISTRY_PASSWORD !== undefined)
            access.password = new _core_secretValue_js__WEBPACK_IMPORTED_MODULE_0__/* .SecretValue */ .i(env.SLIPWAY_REGISTRY_PASSWORD);
    }
    else if (env.GITLAB_CI === 'true' && env.CI_REGISTRY && repo && registryOf(repo) === env.CI_REGISTRY) {
        // The job token reaches only the project's own registry: never send it anywhere else.
        // CI_REGISTRY_PASSWORD is the job token; a job that lacks it (e.g. a trigger job) still has CI_JOB_TOKEN,
        // which the registry accepts for the user gitlab-ci-token.
        const password = env.CI_REGISTRY_PASSWORD || env.CI_JOB_TOKEN;
        if (password) {
            access.username = env.CI_REGISTRY_PASSWORD ? (env.CI_REGISTRY_USER || 'gitlab-ci-token') : 'gitlab-ci-token';
            access.password = new _core_secretValue_js__WEBPACK_IMPORTED_MODULE_0__/* .SecretValue */ .i(password);
        }
    }
    return access;
}
/** The registry host of `registry/path` (what Docker calls the domain: the first part when it has a dot, a colon or is localhost). */
function registryOf(repo) {
    const first = repo.split('/')[0];
    return /[.:]/.test(first) || first === 'localhost' ? first : 'docker.io';
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

/***/ 78933:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runConverge: () => (/* binding */ runConverge)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/core/converge/converge.ts
var converge = __webpack_require__(67760);
// EXTERNAL MODULE: ./src/cli/flags.ts
var cli_flags = __webpack_require__(95377);
// EXTERNAL MODULE: ./src/core/werf/werfSecretValues.ts
var werfSecretValues = __webpack_require__(59288);
// EXTERNAL MODULE: ./src/cli/kubeTarget.ts + 1 modules
var kubeTarget = __webpack_require__(22673);
// EXTERNAL MODULE: ./src/cli/interruptSignal.ts
var interruptSignal = __webpack_require__(25153);
// EXTERNAL MODULE: ./src/cli/keyValueFlags.ts
var keyValueFlags = __webpack_require__(30313);
// EXTERNAL MODULE: ./src/core/converge/environmentInput.ts
var environmentInput = __webpack_require__(26306);
// EXTERNAL MODULE: ./src/cli/cliReporting.ts
var cliReporting = __webpack_require__(51612);
// EXTERNAL MODULE: ./src/core/errors/slipwayError.ts
var slipwayError = __webpack_require__(16602);
// EXTERNAL MODULE: ./src/ci/ciContext.ts
var ciContext = __webpack_require__(96427);
// EXTERNAL MODULE: ./src/ci/readCiContext.ts
var readCiContext = __webpack_require__(37951);
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

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/core/secretValue.ts
var secretValue = __webpack_require__(78014);
// EXTERNAL MODULE: ./src/ci/gitlab/gitlabContext.ts
var gitlabContext = __webpack_require__(24884);
// EXTERNAL MODULE: ./src/ci/previewComment.ts
var previewComment = __webpack_require__(12295);
;// CONCATENATED MODULE: ./src/ci/gitlab/mergeRequestNote.ts

/**
 * The optional merge request note of a GitLab review app: the same status table as the GitHub comment,
 * one note per environment (found by its hidden marker, edited in place), written with a project access
 * token (api scope): the job token cannot write notes. A refusal is returned as a warning, never thrown.
 */
async function upsertMergeRequestNote(target, token, input, options = {}) {
    const body = (0,previewComment/* renderPreviewComment */.K2)(input, options.template, options.templateFile);
    const notesUrl = `${target.apiUrl.replace(/\/+$/, '')}/projects/${encodeURIComponent(target.projectId)}/merge_requests/${target.mergeRequest}/notes`;
    const headers = { 'PRIVATE-TOKEN': token.reveal(), 'Content-Type': 'application/json', Accept: 'application/json' };
    try {
        const marker = (0,previewComment/* previewMarker */.fh)(input.env);
        let existing;
        for (let page = 1; page <= 20 && !existing; page++) {
            const response = await fetch(`${notesUrl}?per_page=100&page=${page}&sort=asc`, { headers });
            if (!response.ok)
                return { warning: refusal('read the merge request notes', response.status) };
            const notes = (await response.json());
            existing = notes.find((note) => note.body?.includes(marker));
            if (notes.length < 100)
                break;
        }
        const response = existing
            ? await fetch(`${notesUrl}/${existing.id}`, { method: 'PUT', headers, body: JSON.stringify({ body }) })
            : await fetch(notesUrl, { method: 'POST', headers, body: JSON.stringify({ body }) });
        if (!response.ok)
            return { warning: refusal('write the merge request note', response.status) };
        return { action: existing ? 'updated' : 'created' };
    }
    catch (error) {
        return { warning: `could not write the merge request note: ${error.message}` };
    }
}
function refusal(what, status) {
    if (status === 401 || status === 403)
        return `could not ${what}: GitLab answered ${status}: SLIPWAY_GITLAB_TOKEN must be a project access token with the api scope (the job token cannot write notes)`;
    return `could not ${what}: GitLab answered ${status}`;
}

;// CONCATENATED MODULE: ./src/ci/gitlab/mergeRequestPreview.ts





/**
 * The optional merge request note of `slipway converge` in a GitLab merge request pipeline: asked for by
 * setting SLIPWAY_GITLAB_TOKEN (a project access token with the api scope; the job token cannot write
 * notes), optionally with SLIPWAY_GITLAB_NOTE_TEMPLATE (a Handlebars file). Undefined anywhere else.
 */
function mergeRequestPreview(ci, env) {
    const token = env.SLIPWAY_GITLAB_TOKEN;
    const api = (0,gitlabContext/* gitlabApi */.o)(env);
    if (ci.provider !== 'gitlab' || !ci.changeRequest || !token || !api)
        return undefined;
    const templateFile = env.SLIPWAY_GITLAB_NOTE_TEMPLATE || undefined;
    let template;
    if (templateFile !== undefined) {
        try {
            template = (0,external_node_fs_.readFileSync)(templateFile, 'utf8');
        }
        catch (error) {
            throw new slipwayError.SlipwayError('input', `cannot read the merge request note template ${templateFile}: ${error.message}`, {
                where: { input: 'SLIPWAY_GITLAB_NOTE_TEMPLATE' },
                hint: 'a Handlebars file, relative to the job folder; unset the variable for the default note',
            });
        }
    }
    const target = { apiUrl: api.url, projectId: api.projectId, mergeRequest: ci.changeRequest.number };
    const secret = new secretValue/* SecretValue */.i(token);
    return async (input) => {
        const outcome = await upsertMergeRequestNote(target, secret, input, template !== undefined ? { template, templateFile: templateFile } : {});
        return 'warning' in outcome ? outcome.warning : undefined;
    };
}

// EXTERNAL MODULE: ./src/ci/previewFailures.ts
var previewFailures = __webpack_require__(70847);
;// CONCATENATED MODULE: ./src/cli/convergeCommand.ts
















const out = (line) => void process.stdout.write(`${line}\n`);
/** The terminal edge of `slipway converge`: environment → build → render → deploy → printed outcome. */
async function runConverge(flags, options) {
    const addLabels = (0,keyValueFlags/* keyValues */.K)(flags.addLabel, '--add-label');
    const ci = (0,readCiContext.readCiContext)();
    // The run's CI annotations first: an --add-annotation of the same key wins.
    const addAnnotations = { ...(0,ciContext/* ciAnnotations */.ZM)(ci), ...(0,keyValueFlags/* keyValues */.K)(flags.addAnnotation, '--add-annotation') };
    const description = (0,ciContext/* deployDescription */.uQ)(`slipway converge --env ${flags.env}`, ci);
    const { client } = (0,kubeTarget.kubeTarget)(flags);
    let outputs;
    // Signals are taken over only for the deploy: during builds Ctrl-C stops the process as usual.
    let interrupt;
    const started = Date.now();
    let chartSource;
    const pathOf = (file) => (0,environmentInput/* repositoryPath */.S)(file, chartSource);
    // Decrypted werf secrets never reach the terminal or the CI log (pod logs, errors, diffs).
    let revealed = [];
    const redact = (text) => (revealed.length > 0 ? (0,werfSecretValues/* maskSecrets */.QU)(text, revealed) : text);
    const write = (text) => void process.stdout.write(redact(text));
    const reporting = await (0,cliReporting.cliDeliveryReporting)({
        write,
        redact,
        pathOf: () => pathOf,
        ...(flags.annotationsPath !== undefined ? { annotationsPath: flags.annotationsPath } : {}),
        ...(flags.codeQualityPath !== undefined ? { codeQualityPath: flags.codeQualityPath } : {}),
    });
    const { report, emit } = reporting;
    const note = mergeRequestPreview(ci, process.env);
    let images = [];
    // The merge request note never fails the deploy: GitLab's refusal is printed as a warning.
    const writeNote = async (status, failures = []) => {
        if (!note)
            return;
        const warning = await note({
            env: flags.env,
            status,
            ...(outputs ? { release: outputs.release, namespace: outputs.namespace } : {}),
            ...(outputs?.url !== undefined ? { url: outputs.url } : {}),
            ...(outputs?.revision !== undefined ? { revision: outputs.revision } : {}),
            ...(ci.commit ? { commit: ci.commit } : {}),
            ...(ci.runUrl ? { runUrl: ci.runUrl } : {}),
            images,
            failures: failures.map((failure) => ({ ...failure, message: redact(failure.message) })),
        });
        if (warning !== undefined)
            process.stderr.write(`warning: ${warning}\n`);
    };
    try {
        const { result, url } = await (0,converge.converge)(flags, {
            client,
            emit,
            releaseStorage: { type: flags.releaseStorageType, ...(flags.releaseStorageNamespace ? { namespace: flags.releaseStorageNamespace } : {}) },
            registry: (0,registryEnvironment/* registryFromEnvironment */.d)(process.env),
            werfSecretKey: (0,cli_flags/* werfSecretKeyFromEnvironment */.F6)(process.env),
            migrateHelm2: { tillerNamespace: flags.helm2StorageNamespace ?? 'kube-system', cleanup: flags.cleanupHelm2 ?? false },
            onTarget: ({ input, url: target, chartSource: chart, revealedSecrets, build }) => {
                chartSource = chart;
                images = (build?.images ?? []).flatMap((image) => (image.action === 'built' || image.action === 'reused' ? [{ name: image.name, reference: image.reference, action: image.action }] : []));
                revealed = revealedSecrets ?? [];
                outputs = { release: input.release, namespace: input.namespace, status: 'failed', ...(target !== undefined ? { url: target } : {}) };
            },
            deploySignal: () => (interrupt = (0,interruptSignal.interruptSignal)()).signal,
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
        await reporting.finish({ action: 'converge', envName: flags.env, command: 'slipway converge', ...(url !== undefined ? { url } : {}) });
        const c = result.counts;
        out(`release ${result.release} revision ${result.revision} ${result.status} in ${((Date.now() - started) / 1000).toFixed(1)} s: ${c.create} created, ${c.update} updated, ${c.recreate} recreated, ${c.delete} deleted, ${c.unchanged} unchanged`);
        if (result.notes)
            write(`\nNOTES:\n${result.notes}\n`);
        if (url !== undefined)
            out(`environment URL: ${url}`);
        await writeNote(result.status === 'deployed' ? 'deployed' : 'failed');
    }
    catch (error) {
        await reporting.finish({ action: 'converge', envName: flags.env, command: 'slipway converge', failure: error, ...(outputs?.url ? { url: outputs.url } : {}) });
        await writeNote('failed', (0,previewFailures/* previewFailures */.c)(report, error));
        // The closing error names the template as the outputs above do, by its path in the repository.
        if (error instanceof slipwayError.SlipwayError && error.where.file)
            error.where.file = pathOf(error.where.file);
        throw error;
    }
    finally {
        // Written on failure too (status failed), so a CI job's later steps and GitLab's environment see the outcome.
        if (flags.dotenvPath !== undefined && outputs)
            await (0,promises_.writeFile)(flags.dotenvPath, convergeDotenv(outputs));
        if (flags.reportPath !== undefined)
            await (0,promises_.writeFile)(flags.reportPath, redact(`${JSON.stringify(report, null, 2)}\n`));
        interrupt?.dispose();
        client.close();
    }
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
            ...(options.werfSecretKey ? { werfSecretKey: options.werfSecretKey } : {}),
            ...(options.migrateHelm2 ? { migrateHelm2: options.migrateHelm2 } : {}),
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

/***/ 74386:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OZ: () => (/* binding */ encryptWerfSecret),
/* harmony export */   Qm: () => (/* binding */ decryptWerfSecret),
/* harmony export */   generateWerfSecretKey: () => (/* binding */ generateWerfSecretKey),
/* harmony export */   lE: () => (/* binding */ WerfSecretError)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/**
 * werf's secret encoding, as github.com/werf/common-go/pkg/secret (aes_encoder.go) writes it: the key is
 * hex (32, 48 or 64 hex digits: AES-128/192/256); a value is hex( uint16le(16) ‖ IV(16) ‖ AES-CBC(PKCS#7
 * padded plaintext) ). `werf helm secret generate-secret-key` prints 16 random bytes as hex.
 *
 * One difference, on purpose: werf's unpad only checks the last byte, so a wrong key usually "decrypts" to
 * garbage; here the whole padding must be valid, which turns a wrong key into an error (valid data decrypts
 * to the same bytes).
 */

const BLOCK = 16;
const HEX = /^(?:[0-9a-fA-F]{2})*$/;
class WerfSecretError extends Error {
    reason;
    constructor(message, reason) {
        super(message);
        this.reason = reason;
        this.name = 'WerfSecretError';
    }
}
function generateWerfSecretKey() {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(16).toString('hex');
}
function keyBytes(key) {
    const k = key.trim();
    if (!HEX.test(k))
        throw new WerfSecretError('the secret key is not a hex string (werf keys are 32 or 64 hex digits, from werf helm secret generate-secret-key)', 'key');
    const bytes = Buffer.from(k, 'hex');
    if (![16, 24, 32].includes(bytes.length))
        throw new WerfSecretError(`the secret key has ${bytes.length} bytes; AES needs 16, 24 or 32 (32, 48 or 64 hex digits)`, 'key');
    return bytes;
}
function algorithm(key) {
    return `aes-${key.length * 8}-cbc`;
}
function encryptWerfSecret(key, plaintext, iv = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(BLOCK)) {
    const k = keyBytes(key);
    const cipher = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createCipheriv)(algorithm(k), k, iv);
    const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
    const ivSize = Buffer.alloc(2);
    ivSize.writeUInt16LE(BLOCK);
    return Buffer.concat([ivSize, iv, body]).toString('hex');
}
function decryptWerfSecret(key, encoded) {
    const k = keyBytes(key);
    if (encoded.length === 0)
        return Buffer.alloc(0);
    if (encoded.length % 2 !== 0)
        throw new WerfSecretError('encoding/hex: odd length hex string', 'data');
    if (!HEX.test(encoded))
        throw new WerfSecretError('the value is not a werf secret (not a hex string)', 'data');
    const data = Buffer.from(encoded, 'hex');
    const minimal = 2 + BLOCK + BLOCK;
    if (data.length < minimal)
        throw new WerfSecretError(`minimum required data length: '${minimal * 2}'`, 'data');
    const iv = data.subarray(2, 2 + BLOCK);
    const body = data.subarray(2 + BLOCK);
    if (body.length % BLOCK !== 0)
        throw new WerfSecretError("data isn't a multiple of the block size", 'data');
    const decipher = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createDecipheriv)(algorithm(k), k, iv);
    decipher.setAutoPadding(false);
    const plain = Buffer.concat([decipher.update(body), decipher.final()]);
    const pad = plain[plain.length - 1];
    if (pad < 1 || pad > BLOCK || !plain.subarray(plain.length - pad).every((b) => b === pad)) {
        throw new WerfSecretError('the value does not decrypt with this key (inconsistent padding): wrong secret key, or a corrupt value', 'wrong-key');
    }
    return plain.subarray(0, plain.length - pad);
}


/***/ }),

/***/ 59288:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D8: () => (/* binding */ decryptSecretValuesText),
/* harmony export */   DM: () => (/* binding */ decryptSecretFileText),
/* harmony export */   HL: () => (/* binding */ mergeSecretValues),
/* harmony export */   OG: () => (/* binding */ transformSecretValuesDocument),
/* harmony export */   QU: () => (/* binding */ maskSecrets)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(16602);
/* harmony import */ var _secretValue_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(78014);
/* harmony import */ var _werfSecret_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74386);
/**
 * werf's secret values and secret files (werf 1.2 chart_secrets_loader.go, common-go yaml_encoder.go):
 * - a secret values file (`.helm/secret-values.yaml`, `--secret-values`) is YAML whose every string scalar
 *   is an encrypted value; nulls stay null; any other scalar is an error; later files override earlier ones;
 * - a secret file (`.helm/secret/<path>`) is one encrypted value (trailing whitespace ignored), read by
 *   `werf_secret_file "<path>"`.
 * Decrypted strings are collected so every output can mask them. Pure (the key and texts are given).
 */




function failure(file, path, error, line) {
    const e = error instanceof _werfSecret_js__WEBPACK_IMPORTED_MODULE_3__/* .WerfSecretError */ .lE ? error : undefined;
    const at = path === '' ? '' : ` at ${path}`;
    return new _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_1__.SlipwayError('values', `cannot decrypt ${file}${at}: ${error.message}`, {
        where: { file, ...(path !== '' ? { field: path } : {}), ...(line !== undefined ? { line } : {}) },
        hint: e?.reason === 'key'
            ? 'set WERF_SECRET_KEY (or .werf_secret_key in the project directory) to the key the secrets were encrypted with'
            : e?.reason === 'wrong-key'
                ? 'this is not the key the file was encrypted with: set WERF_SECRET_KEY to the right one, or re-encrypt with slipway secret encrypt'
                : 'encrypt the value with slipway secret encrypt (or werf helm secret encrypt); every string of a secret values file must be encrypted',
    });
}
function lineOf(text, node) {
    const offset = node.range?.[0];
    return offset === undefined ? undefined : text.slice(0, offset).split('\n').length;
}
/** Decrypts one secret values file into values (every leaf a decrypted string). */
function decryptSecretValuesText(text, file, key, revealed) {
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__.parseDocument)(text, { version: '1.2', uniqueKeys: false });
    if (doc.errors.length > 0)
        throw new _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_1__.SlipwayError('values', `${file} is not valid YAML: ${doc.errors[0].message}`, { where: { file } });
    const walk = (node, path) => {
        if (node === null || node === undefined)
            return null;
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__.isMap)(node)) {
            const out = {};
            for (const pair of node.items) {
                const k = (0,yaml__WEBPACK_IMPORTED_MODULE_0__.isScalar)(pair.key) ? String(pair.key.value) : String(pair.key);
                out[k] = walk(pair.value, path === '' ? k : `${path}.${k}`);
            }
            return out;
        }
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__.isSeq)(node))
            return node.items.map((item, i) => walk(item, `${path}[${i}]`));
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__.isScalar)(node)) {
            if (node.value === null)
                return null;
            if (typeof node.value !== 'string') {
                throw failure(file, path, new _werfSecret_js__WEBPACK_IMPORTED_MODULE_3__/* .WerfSecretError */ .lE(`unable to decode non string value "${String(node.source ?? node.value)}": expected encoded value as hex string`, 'data'), lineOf(text, node));
            }
            try {
                const plain = (0,_werfSecret_js__WEBPACK_IMPORTED_MODULE_3__/* .decryptWerfSecret */ .Qm)(key, node.value).toString('utf8');
                if (plain !== '')
                    revealed.push(plain);
                return plain;
            }
            catch (error) {
                throw failure(file, path, error, lineOf(text, node));
            }
        }
        return walk(node.toJSON?.(), path);
    };
    const values = walk(doc.contents, '');
    if (values === null)
        return {};
    if (typeof values !== 'object' || Array.isArray(values))
        throw new _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_1__.SlipwayError('values', `${file} must be a map of values`, { where: { file } });
    return values;
}
/** Decrypts one secret file. */
function decryptSecretFileText(text, file, key, revealed) {
    try {
        const plain = (0,_werfSecret_js__WEBPACK_IMPORTED_MODULE_3__/* .decryptWerfSecret */ .Qm)(key, text.replace(/\s+$/, '')).toString('utf8');
        if (plain !== '')
            revealed.push(plain);
        return new _secretValue_js__WEBPACK_IMPORTED_MODULE_2__/* .SecretValue */ .i(plain);
    }
    catch (error) {
        throw failure(file, '', error);
    }
}
function isPlainMap(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
/** chartutil.CoalesceTables(later, earlier): the later file wins, maps merge. */
function mergeSecretValues(earlier, later) {
    const out = { ...earlier };
    for (const [k, v] of Object.entries(later))
        out[k] = isPlainMap(v) && isPlainMap(out[k]) ? mergeSecretValues(out[k], v) : v;
    return out;
}
/** Replaces every revealed secret string in `text` with `***` (longest first, so a secret inside another is covered). */
function maskSecrets(text, revealed) {
    let out = text;
    for (const s of [...revealed].sort((a, b) => b.length - a.length))
        if (s.length >= 3)
            out = out.split(s).join('***');
    return out;
}
/**
 * A secret values document with every string scalar encrypted (`encrypt`) or decrypted, keeping keys, comments
 * and layout, as werf's EncryptYamlData/DecryptYamlData do on yaml.v3 nodes.
 */
function transformSecretValuesDocument(text, file, transform) {
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__.parseDocument)(text, { version: '1.2', uniqueKeys: false });
    if (doc.errors.length > 0)
        throw new _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_1__.SlipwayError('values', `${file} is not valid YAML: ${doc.errors[0].message}`, { where: { file } });
    const walk = (node, path) => {
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__.isMap)(node))
            for (const pair of node.items)
                walk(pair.value, `${path === '' ? '' : `${path}.`}${(0,yaml__WEBPACK_IMPORTED_MODULE_0__.isScalar)(pair.key) ? String(pair.key.value) : String(pair.key)}`);
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__.isSeq)(node))
            node.items.forEach((item, i) => walk(item, `${path}[${i}]`));
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__.isScalar)(node) && typeof node.value === 'string') {
            const value = transform(node.value, path);
            node.value = value;
            // Quoted when plain would read as something else (a number, a bool, null) or not parse, as yaml.v3 does.
            node.type = readsBackAsString(value) ? 'PLAIN' : 'QUOTE_DOUBLE';
        }
    };
    walk(doc.contents, '');
    return doc.toString({ lineWidth: 0 });
}
function readsBackAsString(value) {
    if (value === '' || /[\n#]|^\s|\s$/.test(value) || /^(?:yes|no|on|off|y|n)$/i.test(value))
        return false;
    try {
        return (0,yaml__WEBPACK_IMPORTED_MODULE_0__.parse)(value, { version: '1.2' }) === value;
    }
    catch {
        return false;
    }
}


/***/ })

};
;
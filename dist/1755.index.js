"use strict";
exports.id = 1755;
exports.ids = [1755,7951,8571,4600,3809];
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

/***/ 97213:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  w: () => (/* binding */ previewFromInputs)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(96421);
// EXTERNAL MODULE: ./src/core/errors/slipwayError.ts
var slipwayError = __webpack_require__(16602);
// EXTERNAL MODULE: ./src/ci/github/actionInputs.ts
var actionInputs = __webpack_require__(59379);
// EXTERNAL MODULE: ./src/ci/github/githubContext.ts
var githubContext = __webpack_require__(33988);
// EXTERNAL MODULE: ./node_modules/@octokit/rest/dist-src/index.js + 22 modules
var dist_src = __webpack_require__(60891);
// EXTERNAL MODULE: ./src/ci/previewComment.ts
var previewComment = __webpack_require__(12295);
;// CONCATENATED MODULE: ./src/ci/github/previewEnvironment.ts


class GithubPreview {
    #octokit;
    #target;
    #options;
    #deploymentId;
    constructor(target, options) {
        this.#target = target;
        this.#options = options;
        // No retries or throttling plugins: a failed call is a warning, not something to wait for.
        this.#octokit = new dist_src/* Octokit */.E({ auth: options.token, baseUrl: options.baseUrl, userAgent: 'slipway', log: { debug: () => { }, info: () => { }, warn: () => { }, error: () => { } } });
    }
    /** Creates the deployment and marks it in progress. */
    async started(comment) {
        const { owner, repo, env, ref } = this.#target;
        await this.#guard('create the GitHub deployment', async () => {
            const created = await this.#octokit.rest.repos.createDeployment({
                owner,
                repo,
                ref,
                environment: env,
                transient_environment: true,
                production_environment: false,
                auto_merge: false,
                required_contexts: [],
                description: `slipway preview of pull request #${this.#target.pullRequest}`,
            });
            if (created.status !== 201 || !('id' in created.data))
                throw new Error(`GitHub answered ${created.status}: ${'message' in created.data ? created.data.message : 'no deployment created'}`);
            this.#deploymentId = created.data.id;
            await this.#status('in_progress');
        });
        await this.comment(comment);
    }
    /** success with the environment URL, or failure; then the comment. */
    async finished(comment) {
        if (this.#deploymentId !== undefined) {
            await this.#guard('update the GitHub deployment status', () => this.#status(comment.status === 'deployed' ? 'success' : 'failure', comment.url));
        }
        await this.comment(comment);
    }
    /** Every deployment of the environment marked inactive (the PR is closed), then the comment. */
    async dismissed(comment) {
        const { owner, repo, env } = this.#target;
        let marked = 0;
        await this.#guard('mark the GitHub deployments inactive', async () => {
            const deployments = await this.#octokit.paginate(this.#octokit.rest.repos.listDeployments, { owner, repo, environment: env, per_page: 100 });
            for (const deployment of deployments) {
                await this.#octokit.rest.repos.createDeploymentStatus({ owner, repo, deployment_id: deployment.id, state: 'inactive', description: 'the pull request is closed: preview removed' });
                marked++;
            }
        });
        await this.comment(comment);
        return marked;
    }
    /** One comment per environment: found by its hidden marker and edited, or created once. */
    async comment(input) {
        const { owner, repo, pullRequest, env } = this.#target;
        const body = (0,previewComment/* renderPreviewComment */.K2)(input, this.#options.template, this.#options.templateFile);
        await this.#guard('write the pull request comment', async () => {
            const marker = (0,previewComment/* previewMarker */.fh)(env);
            const comments = await this.#octokit.paginate(this.#octokit.rest.issues.listComments, { owner, repo, issue_number: pullRequest, per_page: 100 });
            const existing = comments.find((comment) => comment.body?.includes(marker));
            if (existing)
                await this.#octokit.rest.issues.updateComment({ owner, repo, comment_id: existing.id, body });
            else
                await this.#octokit.rest.issues.createComment({ owner, repo, issue_number: pullRequest, body });
        });
    }
    async #status(state, url) {
        const { owner, repo } = this.#target;
        await this.#octokit.rest.repos.createDeploymentStatus({
            owner,
            repo,
            deployment_id: this.#deploymentId,
            state,
            ...(url ? { environment_url: url } : {}),
            ...(this.#target.logUrl ? { log_url: this.#target.logUrl } : {}),
            description: state === 'success' ? 'preview deployed' : state === 'failure' ? 'preview deploy failed' : 'deploying the preview',
        });
    }
    async #guard(what, call) {
        try {
            await call();
        }
        catch (error) {
            this.#options.warn(explainGithubFailure(what, error));
        }
    }
}
/** A warning that says why GitHub refused and what to change; the deploy goes on. */
function explainGithubFailure(what, error) {
    const status = error.status;
    const message = error.response?.data?.message ?? error.message;
    if (status === 403 || status === 404) {
        return `could not ${what}: GitHub answered ${status} (${message}). The token cannot write deployments or comments: a pull request from a fork gets a read-only GITHUB_TOKEN. Give the job "permissions: deployments: write, pull-requests: write" for pull requests from this repository; for forks the preview bookkeeping is skipped (the deploy itself is not affected)`;
    }
    if (status === 401)
        return `could not ${what}: GitHub answered 401 (${message}): the github-token input is not a valid token`;
    return `could not ${what}: ${status ? `GitHub answered ${status} (${message})` : message}`;
}

;// CONCATENATED MODULE: ./src/ci/github/previewSetup.ts







/**
 * The `preview` inputs of converge and dismiss: the GitHub deployment and sticky comment of the pull
 * request this run is for, or undefined (not asked for, or not a pull request run: said as a warning).
 */
function previewFromInputs(ci, env, dir) {
    if (!(0,actionInputs/* booleanInput */.tE)('preview', false))
        return undefined;
    if (!ci.changeRequest || !ci.repository) {
        core/* warning */.$e("input 'preview' is true but this run is not for a pull request (pull_request or pull_request_target event): no GitHub deployment or comment");
        return undefined;
    }
    const token = core/* getInput */.V4('github-token');
    if (!token) {
        core/* warning */.$e("input 'preview' is true but input 'github-token' is empty: no GitHub deployment or comment");
        return undefined;
    }
    core/* setSecret */.Pq(token);
    const templateFile = (0,actionInputs/* stringInput */.Uj)('comment-template');
    let template;
    if (templateFile !== undefined) {
        try {
            template = (0,external_node_fs_.readFileSync)((0,external_node_path_.resolve)(dir, templateFile), 'utf8');
        }
        catch (error) {
            throw new slipwayError.SlipwayError('input', `cannot read the comment template ${templateFile}: ${error.message}`, { where: { input: 'comment-template' }, hint: 'a Handlebars file in the repository, relative to working-directory' });
        }
    }
    const [owner, repo] = ci.repository.split('/');
    return new GithubPreview({ owner, repo, pullRequest: ci.changeRequest.number, env, ref: ci.changeRequest.headSha ?? ci.commit ?? 'HEAD', ...(ci.runUrl ? { logUrl: ci.runUrl } : {}) }, { token, baseUrl: (0,githubContext/* githubApiUrl */.BN)(process.env), warn: (message) => core/* warning */.$e(message), ...(template !== undefined ? { template, templateFile: templateFile } : {}) });
}


/***/ }),

/***/ 28249:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  w7: () => (/* binding */ prepareStepCredentials),
  PI: () => (/* binding */ removeStepCredentials)
});

// UNUSED EXPORTS: credentialsStateKey

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(96421);
// EXTERNAL MODULE: ./src/core/errors/slipwayError.ts
var slipwayError = __webpack_require__(16602);
// EXTERNAL MODULE: ./src/core/secretValue.ts
var secretValue = __webpack_require__(78014);
// EXTERNAL MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(33243);
;// CONCATENATED MODULE: ./src/ci/credentialSecrets.ts

/**
 * The strings of a kubeconfig that must never appear in a log: every user's token, password, client key
 * and certificate (the *-data fields as given and decoded, line by line: a runner masks a secret one line
 * at a time, so a PEM masked whole would still print), auth-provider tokens and exec credentials' env
 * values. Pure; unparseable text gives its own lines, so nothing slips through on a typo.
 */
function kubeconfigSecrets(text) {
    let doc;
    try {
        doc = (0,js_yaml/* load */.Hh)(text);
    }
    catch {
        return secretLines(text);
    }
    const secrets = [];
    const users = doc?.users;
    const clusters = doc?.clusters;
    for (const entry of Array.isArray(users) ? users : []) {
        const user = entry?.user ?? {};
        for (const key of ['token', 'password'])
            if (typeof user[key] === 'string')
                secrets.push(...secretLines(user[key]));
        for (const key of ['client-key-data', 'client-certificate-data']) {
            if (typeof user[key] === 'string')
                secrets.push(...secretLines(user[key]), ...secretLines(Buffer.from(user[key], 'base64').toString('utf8')));
        }
        const provider = user['auth-provider']?.config ?? {};
        for (const key of ['id-token', 'refresh-token', 'access-token', 'client-secret'])
            if (typeof provider[key] === 'string')
                secrets.push(...secretLines(provider[key]));
        const execEnv = user.exec?.env;
        for (const variable of Array.isArray(execEnv) ? execEnv : [])
            if (typeof variable?.value === 'string')
                secrets.push(...secretLines(variable.value));
    }
    for (const entry of Array.isArray(clusters) ? clusters : []) {
        const data = entry?.cluster?.['certificate-authority-data'];
        if (typeof data === 'string')
            secrets.push(...secretLines(data), ...secretLines(Buffer.from(data, 'base64').toString('utf8')));
    }
    return [...new Set(secrets)];
}
/**
 * The lines of a secret worth masking: PEM armour lines and very short lines are common text, and a
 * mask on them would blank unrelated log lines without protecting anything.
 */
function secretLines(value) {
    const lines = value.split(/\r?\n/).map((line) => line.trim());
    return lines.filter((line) => line.length >= 4 && !/^-----(BEGIN|END) [A-Z0-9 ]+-----$/.test(line));
}
/**
 * What a `kubeconfig` input holds: a file path, base64 of a kubeconfig (a repository secret), or the
 * kubeconfig YAML itself. Pure (the caller says whether the value names an existing file).
 */
function classifyKubeconfigInput(value, isFile) {
    const trimmed = value.trim();
    if (!trimmed.includes('\n') && isFile(trimmed))
        return { kind: 'path', path: trimmed };
    if (looksLikeKubeconfig(trimmed))
        return { kind: 'content', text: trimmed };
    if (/^[A-Za-z0-9+/=\s]+$/.test(trimmed)) {
        const decoded = Buffer.from(trimmed.replace(/\s+/g, ''), 'base64').toString('utf8');
        if (looksLikeKubeconfig(decoded))
            return { kind: 'content', text: decoded };
    }
    return { kind: 'invalid' };
}
function looksLikeKubeconfig(text) {
    return /^(apiVersion|kind|clusters|contexts|users|current-context)\s*:/m.test(text);
}

;// CONCATENATED MODULE: ./src/ci/github/stepCredentials.ts







/** The state key under which the main step tells the post step what to remove. */
const credentialsStateKey = 'slipway-credentials-dir';
/**
 * Writes the step's credentials to private files: a `kubeconfig` input (a path, base64 or YAML) and
 * the registry username and password. Every secret inside is masked line by line before anything else
 * runs; nothing is exported (no GITHUB_ENV, no outputs): a later step cannot see them. The directory is
 * saved in the step state so the post step removes it even when the main step was cancelled.
 */
function prepareStepCredentials(inputs, env = process.env) {
    if (inputs.kubeconfig !== undefined)
        for (const line of secretLines(inputs.kubeconfig))
            core/* setSecret */.Pq(line);
    if (inputs.registry)
        for (const line of secretLines(inputs.registry.password))
            core/* setSecret */.Pq(line);
    const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'slipway-credentials-'));
    core/* saveState */.LZ(credentialsStateKey, dir);
    const credentials = { dir };
    if (inputs.kubeconfig !== undefined) {
        const found = classifyKubeconfigInput(inputs.kubeconfig, (path) => (0,external_node_fs_.existsSync)(path) && (0,external_node_fs_.statSync)(path).isFile());
        if (found.kind === 'invalid') {
            throw new slipwayError.SlipwayError('input', "input 'kubeconfig' is neither a kubeconfig file path, nor a kubeconfig, nor base64 of one", {
                where: { input: 'kubeconfig' },
                hint: 'store the whole file as a secret (base64 -w0 ~/.kube/config) and pass kubeconfig: ${{ secrets.KUBECONFIG_BASE64 }}',
            });
        }
        const text = found.kind === 'path' ? (0,external_node_fs_.readFileSync)(found.path, 'utf8') : found.text;
        for (const secret of kubeconfigSecrets(text))
            core/* setSecret */.Pq(secret);
        credentials.kubeconfigPath = (0,external_node_path_.join)(dir, 'kubeconfig');
        (0,external_node_fs_.writeFileSync)(credentials.kubeconfigPath, text, { mode: 0o600 });
    }
    if (inputs.registry) {
        const { host, username, password } = inputs.registry;
        const auth = Buffer.from(`${username}:${password}`).toString('base64');
        core/* setSecret */.Pq(auth);
        credentials.dockerConfigDir = (0,external_node_path_.join)(dir, 'docker');
        (0,external_node_fs_.mkdirSync)(credentials.dockerConfigDir, { mode: 0o700 });
        (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(credentials.dockerConfigDir, 'config.json'), `${JSON.stringify({ auths: { [host]: { auth } } })}\n`, { mode: 0o600 });
        credentials.registryPassword = new secretValue/* SecretValue */.i(password);
    }
    return credentials;
}
/** The post step: removes what the main step wrote (a no-op when it wrote nothing or already removed it). */
function removeStepCredentials(dir = core/* getState */.Gu(credentialsStateKey)) {
    if (!dir || !(0,external_node_fs_.existsSync)(dir))
        return false;
    (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
    return true;
}


/***/ }),

/***/ 41860:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ readTargetInputs)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96421);
/* harmony import */ var _core_registry_imageRepository_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(10966);
/* harmony import */ var _core_errors_inputNames_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(59251);
/* harmony import */ var _core_errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(16602);
/* harmony import */ var _registryEnvironment_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(91068);
/* harmony import */ var _actionInputs_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(59379);
/* harmony import */ var _stepCredentials_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(28249);







/**
 * The inputs every cluster- or registry-facing action shares: `kubeconfig` (a path, base64 or YAML),
 * `kube-context`, `repo`, `registry-username` / `registry-password`, `builder`. Credentials are written
 * to the step's private files and masked here, before anything can print them.
 */
function readTargetInputs(options) {
    const kubeconfig = options.kube ? (0,_actionInputs_js__WEBPACK_IMPORTED_MODULE_5__/* .stringInput */ .Uj)('kubeconfig') : undefined;
    const kubeContext = options.kube ? (0,_actionInputs_js__WEBPACK_IMPORTED_MODULE_5__/* .stringInput */ .Uj)('kube-context') : undefined;
    const registry = options.registry ? (0,_registryEnvironment_js__WEBPACK_IMPORTED_MODULE_4__/* .registryFromEnvironment */ .d)(process.env, (0,_actionInputs_js__WEBPACK_IMPORTED_MODULE_5__/* .stringInput */ .Uj)('repo')) : {};
    const username = options.registry ? (0,_actionInputs_js__WEBPACK_IMPORTED_MODULE_5__/* .stringInput */ .Uj)('registry-username') : undefined;
    // Not trimmed or logged: a password is taken exactly as given.
    const password = options.registry ? _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('registry-password', { trimWhitespace: false }) : '';
    if ((username === undefined) !== (password === '')) {
        throw new _core_errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_3__.SlipwayError('input', 'registry credentials need both a username and a password', { where: { input: username === undefined ? 'registry-username' : 'registry-password' }, hint: "set both 'registry-username' and 'registry-password' (e.g. ${{ github.actor }} and ${{ secrets.GITHUB_TOKEN }} for ghcr.io), or neither to use Docker's config (docker/login-action)" });
    }
    let registryLogin;
    if (username !== undefined) {
        if (!registry.repo)
            throw new _core_errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_3__.SlipwayError('input', "input 'registry-username' needs input 'repo'", { where: { input: 'repo' }, hint: 'the credentials are for the registry of repo, e.g. ghcr.io/acme/shop' });
        registryLogin = { host: (0,_core_registry_imageRepository_js__WEBPACK_IMPORTED_MODULE_1__/* .parseImageRepository */ .f)(registry.repo, { input: 'repo' }).registry, username, password };
    }
    const credentials = (0,_stepCredentials_js__WEBPACK_IMPORTED_MODULE_6__/* .prepareStepCredentials */ .w7)({ ...(kubeconfig !== undefined ? { kubeconfig } : {}), ...(registryLogin ? { registry: registryLogin } : {}) });
    if (credentials.dockerConfigDir) {
        // Explicit inputs win over CI variables (a GitLab job token is then not used).
        delete registry.username;
        delete registry.password;
        registry.dockerConfigDir = credentials.dockerConfigDir;
    }
    if (options.registry) {
        const builder = (0,_actionInputs_js__WEBPACK_IMPORTED_MODULE_5__/* .choiceInput */ .ij)('builder', ['auto', 'docker', 'buildah'], 'auto');
        if (builder !== 'auto')
            registry.builder = builder;
        const network = (0,_actionInputs_js__WEBPACK_IMPORTED_MODULE_5__/* .stringInput */ .Uj)('network');
        if (network)
            registry.network = network;
    }
    return {
        credentials,
        kube: { ...(credentials.kubeconfigPath ? { kubeconfigPath: credentials.kubeconfigPath } : {}), ...(kubeContext ? { context: kubeContext } : {}), inputNames: _core_errors_inputNames_js__WEBPACK_IMPORTED_MODULE_2__/* .actionInputNames */ .Li },
        registry,
    };
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

/***/ 10966:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ parseImageRepository),
/* harmony export */   j: () => (/* binding */ isLoopbackRegistry)
/* harmony export */ });
/* harmony import */ var _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16602);

const pathComponent = /^[a-z0-9]+(?:(?:\.|_|__|-+)[a-z0-9]+)*$/;
/**
 * Parses a repository as Docker does: the first component is a registry when it has a "." or ":" or
 * is "localhost"; otherwise the repository is on Docker Hub. Tags and digests are not allowed here.
 */
function parseImageRepository(text, where) {
    const value = text.trim().replace(/^(https?|oci):\/\//, '');
    const fail = (why) => {
        throw new _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_0__.SlipwayError('input', `repository "${text}" is not valid: ${why}`, {
            where,
            hint: 'write <registry>/<path>, e.g. ghcr.io/acme/shop or registry.example.com:5000/shop',
        });
    };
    if (value === '')
        fail('it is empty');
    if (value.includes('@'))
        fail('it must not contain a digest');
    const parts = value.split('/');
    let registry = 'docker.io';
    if (parts.length > 1 && (parts[0].includes('.') || parts[0].includes(':') || parts[0] === 'localhost'))
        registry = parts.shift();
    const last = parts[parts.length - 1];
    if (last.includes(':'))
        fail('it must not contain a tag (slipway chooses the tags)');
    for (const part of parts)
        if (!pathComponent.test(part))
            fail(`path component "${part}" must be lowercase letters, digits and separators (. _ -)`);
    if (!/^[A-Za-z0-9.-]+(:[0-9]+)?$|^\[[0-9a-fA-F:]+\](:[0-9]+)?$/.test(registry))
        fail(`registry "${registry}" is not a host[:port]`);
    const hub = registry === 'docker.io' || registry === 'index.docker.io';
    const path = hub && parts.length === 1 ? `library/${parts[0]}` : parts.join('/');
    return { registry, apiHost: hub ? 'registry-1.docker.io' : registry, path, name: `${registry}/${parts.join('/')}` };
}
/** Loopback registries speak plain HTTP unless told otherwise, as Docker treats them as insecure. */
function isLoopbackRegistry(registry) {
    const host = registry.replace(/:[0-9]+$/, '').replace(/^\[|\]$/g, '');
    return host === 'localhost' || host === '::1' || /^127(\.[0-9]{1,3}){3}$/.test(host);
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


/***/ })

};
;
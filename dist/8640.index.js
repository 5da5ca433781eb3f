"use strict";
exports.id = 8640;
exports.ids = [8640,8571,3100,4600];
exports.modules = {

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

/***/ 93027:
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
// EXTERNAL MODULE: ./node_modules/handlebars/lib/index.js
var lib = __webpack_require__(88508);
var lib_default = /*#__PURE__*/__webpack_require__.n(lib);
;// CONCATENATED MODULE: ./src/ci/previewComment.ts


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
    const handlebars = lib_default().create();
    handlebars.registerHelper('cell', (value) => new handlebars.SafeString(handlebars.escapeExpression(String(value ?? '')).replace(/\|/g, '\\|').replace(/\r?\n/g, ' ')));
    handlebars.registerHelper('short', (value) => String(value ?? '').slice(0, 12));
    let body;
    try {
        body = handlebars.compile(template, { strict: false })({ ...input, statusIcon: icons[input.status] });
    }
    catch (error) {
        throw new slipwayError.SlipwayError('input', `${templateFile} is not a valid Handlebars template: ${error.message.split('\n')[0]}`, { where: { file: templateFile } });
    }
    return `${previewMarker(input.env)}\n${body.replace(/\n{3,}/g, '\n\n').trim()}\n`;
}

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
        const body = renderPreviewComment(input, this.#options.template, this.#options.templateFile);
        await this.#guard('write the pull request comment', async () => {
            const marker = previewMarker(env);
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


/***/ })

};
;
"use strict";
exports.id = 3617;
exports.ids = [3617];
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

/***/ 74919:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  O: () => (/* binding */ readCiContext)
});

// EXTERNAL MODULE: ./src/ci/ciContext.ts
var ciContext = __webpack_require__(96427);
// EXTERNAL MODULE: ./src/ci/github/githubContext.ts
var githubContext = __webpack_require__(33988);
;// CONCATENATED MODULE: ./src/ci/gitlab/gitlabContext.ts
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
/**
 * The kube context a GitLab agent offers: GitLab writes the agent contexts into $KUBECONFIG, named
 * `<agent project path>:<agent name>`; which one to use is the job's KUBE_CONTEXT (the variable Auto DevOps reads).
 */
function gitlabKubeContext(env) {
    return env.KUBE_CONTEXT || undefined;
}

;// CONCATENATED MODULE: ./src/ci/readCiContext.ts



/** The CI this process runs in, from its environment (GITHUB_ACTIONS / GITLAB_CI, as each runner sets them). */
function readCiContext(env = process.env) {
    if (env.GITHUB_ACTIONS === 'true')
        return (0,githubContext/* githubContext */.h4)(env, (0,githubContext/* readGithubEvent */.a3)(env));
    if (env.GITLAB_CI === 'true')
        return gitlabContext(env);
    return ciContext/* noCiContext */.r7;
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
 * project's container registry (CI_REGISTRY_IMAGE with the job's CI_REGISTRY_USER / CI_REGISTRY_PASSWORD,
 * used only for that registry). Explicit flags and inputs override what this returns. Pure.
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
    else if (env.GITLAB_CI === 'true' && env.CI_REGISTRY && env.CI_REGISTRY_USER && env.CI_REGISTRY_PASSWORD && repo && registryOf(repo) === env.CI_REGISTRY) {
        // The job token reaches only the project's own registry: never send it anywhere else.
        access.username = env.CI_REGISTRY_USER;
        access.password = new _core_secretValue_js__WEBPACK_IMPORTED_MODULE_0__/* .SecretValue */ .i(env.CI_REGISTRY_PASSWORD);
    }
    return access;
}
/** The registry host of `registry/path` (what Docker calls the domain: the first part when it has a dot, a colon or is localhost). */
function registryOf(repo) {
    const first = repo.split('/')[0];
    return /[.:]/.test(first) || first === 'localhost' ? first : 'docker.io';
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
        loadFile(config, `${env.HOME}/.kube/config`, '--kubeconfig');
    }
    else if (env.KUBERNETES_SERVICE_HOST) {
        config.loadFromCluster();
    }
    else {
        throw new _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_2__.SlipwayError('kube', 'no Kubernetes configuration found', {
            where: { input: '--kubeconfig' },
            hint: 'pass --kubeconfig, set $KUBECONFIG, create ~/.kube/config, or run inside a cluster',
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
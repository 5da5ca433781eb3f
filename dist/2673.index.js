"use strict";
exports.id = 2673;
exports.ids = [2673];
exports.modules = {

/***/ 22673:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  kubeTarget: () => (/* binding */ kubeTarget)
});

// EXTERNAL MODULE: ./src/core/kube/kubeClient.ts
var kubeClient = __webpack_require__(17779);
// EXTERNAL MODULE: ./src/core/kube/kubeConnection.ts
var kubeConnection = __webpack_require__(20276);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/core/errors/slipwayError.ts
var slipwayError = __webpack_require__(16602);
;// CONCATENATED MODULE: ./src/ci/gitlab/agentKubeContext.ts



/**
 * A GitLab agent for Kubernetes context: GitLab writes one per agent the project may use into the job's
 * $KUBECONFIG, named `<agent configuration project path>:<agent name>`, and sets no current context.
 */
function isAgentContext(name) {
    return /^[^:\s/]+(\/[^:\s/]+)+:[^:\s/]+$/.test(name);
}
/**
 * The kube context a GitLab job deploys with when no --kube-context / kube-context input is given. Pure.
 * - $KUBE_CONTEXT (the variable Auto DevOps reads) when set; it must be a context of the kubeconfig;
 * - else none when the kubeconfig has a current context (it is used);
 * - else the agent context when there is exactly one; several: an error listing them.
 */
function agentKubeContext(env, kubeconfig) {
    const chosen = env.KUBE_CONTEXT || undefined;
    if (chosen !== undefined) {
        if (kubeconfig !== undefined && !kubeconfig.contexts.includes(chosen)) {
            throw new slipwayError.SlipwayError('kube', `KUBE_CONTEXT "${chosen}" is not a context of $KUBECONFIG (it has ${listed(kubeconfig.contexts)})`, {
                where: { input: 'KUBE_CONTEXT' },
                hint: 'set KUBE_CONTEXT to `<agent configuration project path>:<agent name>` of an agent shared with this project (Operate → Kubernetes clusters)',
            });
        }
        return chosen;
    }
    if (kubeconfig === undefined || kubeconfig.current)
        return undefined;
    const agents = kubeconfig.contexts.filter(isAgentContext);
    if (agents.length === 1)
        return agents[0];
    if (agents.length > 1) {
        throw new slipwayError.SlipwayError('kube', `$KUBECONFIG has ${agents.length} GitLab agent contexts and no current one: ${listed(agents)}`, {
            where: { input: 'KUBE_CONTEXT' },
            hint: `choose one: set the CI/CD variable KUBE_CONTEXT (or the template's kube-context input) to e.g. ${agents[0]}`,
        });
    }
    return undefined;
}
function listed(names) {
    return names.length === 0 ? 'no contexts' : names.join(', ');
}
/** The contexts of the kubeconfig files in $KUBECONFIG (the first file's current-context wins, as kubectl merges them). */
function readKubeconfigContexts(env) {
    const paths = (env.KUBECONFIG ?? '').split(':').filter((path) => path !== '' && (0,external_node_fs_.existsSync)(path));
    if (paths.length === 0)
        return undefined;
    const found = { contexts: [] };
    for (const path of paths) {
        let document;
        try {
            document = (0,dist.parse)((0,external_node_fs_.readFileSync)(path, 'utf8'));
        }
        catch {
            // Not ours to judge: the kubeconfig loader reports a broken file with its own error.
            return undefined;
        }
        for (const context of document?.contexts ?? [])
            if (typeof context?.name === 'string' && !found.contexts.includes(context.name))
                found.contexts.push(context.name);
        const current = document?.['current-context'];
        if (found.current === undefined && typeof current === 'string' && current !== '')
            found.current = current;
    }
    return found;
}
/** The kube context for this job in GitLab CI (undefined elsewhere, or when the kubeconfig decides). */
function gitlabJobKubeContext(env) {
    if (env.GITLAB_CI !== 'true')
        return undefined;
    return agentKubeContext(env, readKubeconfigContexts(env));
}

;// CONCATENATED MODULE: ./src/cli/kubeTarget.ts



/**
 * The cluster and namespace a command works on: --kubeconfig / $KUBECONFIG / ~/.kube/config / in-cluster,
 * or a whole kubeconfig in $SLIPWAY_KUBECONFIG_BASE64 (a CI secret); --kube-context, else in GitLab CI the agent
 * context ($KUBE_CONTEXT or the only one); the namespace from
 * --namespace, else the context's, else "default" (as kubectl and Helm choose it).
 */
function kubeTarget(flags) {
    // In GitLab CI, $KUBECONFIG holds the agents' contexts: $KUBE_CONTEXT, or the only one (src/ci/gitlab/agentKubeContext.ts).
    const fromKubeconfigVariable = flags.kubeconfig === undefined && !process.env.SLIPWAY_KUBECONFIG_BASE64;
    const context = flags.kubeContext ?? (fromKubeconfigVariable ? gitlabJobKubeContext(process.env) : undefined);
    const config = (0,kubeConnection/* loadKubeConfig */.u)({
        ...(flags.kubeconfig !== undefined ? { kubeconfigPath: flags.kubeconfig } : {}),
        ...(context !== undefined ? { context } : {}),
        ...(flags.kubeconfig === undefined && process.env.SLIPWAY_KUBECONFIG_BASE64 ? { kubeconfigBase64: process.env.SLIPWAY_KUBECONFIG_BASE64 } : {}),
    });
    const client = new kubeClient/* KubeClient */.B(config);
    return { client, namespace: flags.namespace ?? client.defaultNamespace ?? 'default' };
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


/***/ })

};
;
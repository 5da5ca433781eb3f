"use strict";
exports.id = 4023;
exports.ids = [4023];
exports.modules = {

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

/***/ 58002:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  bP: () => (/* binding */ RegistryClient),
  CX: () => (/* binding */ RegistryStatusError)
});

// UNUSED EXPORTS: manifestMediaTypes

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(58500);
// EXTERNAL MODULE: ./src/core/errors/slipwayError.ts
var slipwayError = __webpack_require__(16602);
;// CONCATENATED MODULE: ./src/core/registry/authChallenge.ts
/**
 * Parses `Bearer realm="https://auth/token",service="registry",scope="repository:a:pull"` (or Basic).
 * Quoted values may contain commas. Pure.
 */
function parseAuthChallenge(header) {
    if (!header)
        return undefined;
    const match = /^\s*([A-Za-z]+)\s*(.*)$/s.exec(header);
    if (!match)
        return undefined;
    const schemeName = match[1].toLowerCase();
    const params = {};
    const param = /([A-Za-z_]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^,\s]*))\s*,?\s*/g;
    for (let m = param.exec(match[2]); m; m = param.exec(match[2])) {
        params[m[1].toLowerCase()] = m[2] !== undefined ? m[2].replace(/\\(.)/g, '$1') : m[3];
    }
    return { scheme: schemeName === 'basic' ? 'basic' : schemeName === 'bearer' ? 'bearer' : 'other', params };
}

// EXTERNAL MODULE: ./src/core/registry/imageRepository.ts
var imageRepository = __webpack_require__(10966);
;// CONCATENATED MODULE: ./src/core/registry/retryPolicy.ts
const defaultRetryPolicy = { attempts: 6, baseDelayMs: 250, maxDelayMs: 8_000 };
/** Statuses worth another try: rate limiting and server-side failures. */
function isRetryableStatus(status) {
    return status === 429 || status === 408 || status === 500 || status === 502 || status === 503 || status === 504;
}
/**
 * The wait before attempt `attempt + 1` (attempt counts from 1): exponential with "equal jitter",
 * capped, and never shorter than a server's Retry-After (seconds or an HTTP date). Pure given `random`.
 */
function retryDelayMs(policy, attempt, retryAfter, random, now = Date.now()) {
    const exponential = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
    const jittered = exponential / 2 + (exponential / 2) * random;
    let serverMs = 0;
    if (retryAfter) {
        const seconds = Number(retryAfter);
        serverMs = Number.isFinite(seconds) ? seconds * 1000 : Math.max(0, Date.parse(retryAfter) - now) || 0;
    }
    return Math.round(Math.min(Math.max(jittered, serverMs), Math.max(policy.maxDelayMs, 30_000)));
}

;// CONCATENATED MODULE: ./src/core/registry/registryClient.ts






/** Manifest media types slipway accepts (Docker and OCI, single images and indexes). */
const manifestMediaTypes = [
    'application/vnd.oci.image.index.v1+json',
    'application/vnd.oci.image.manifest.v1+json',
    'application/vnd.docker.distribution.manifest.list.v2+json',
    'application/vnd.docker.distribution.manifest.v2+json',
];
/**
 * A client of the OCI distribution API: anonymous, basic and bearer-token auth (tokens cached per
 * scope), retries with backoff on 429/5xx and dropped connections, and errors that name the repository.
 */
class RegistryClient {
    options;
    host;
    stats = { total: 0, byKind: {}, retries: 0 };
    baseUrl;
    retry;
    timeoutMs;
    challenge;
    tokens = new Map();
    constructor(options) {
        this.options = options;
        this.host = options.host;
        this.baseUrl = `${options.insecure ?? (0,imageRepository/* isLoopbackRegistry */.j)(options.host) ? 'http' : 'https'}://${options.host}`;
        this.retry = options.retry ?? defaultRetryPolicy;
        this.timeoutMs = options.timeoutMs ?? 60_000;
    }
    /** The manifest's descriptor, or undefined when the tag does not exist. One HEAD request. */
    async headManifest(repository, reference) {
        const response = await this.send('HEAD manifest', repository, ['pull'], 'HEAD', `/v2/${repository}/manifests/${reference}`, {
            headers: { accept: manifestMediaTypes.join(', ') },
            allow: [404],
        });
        if (response.status === 404)
            return undefined;
        return {
            digest: response.headers.get('docker-content-digest') ?? '',
            mediaType: (response.headers.get('content-type') ?? '').split(';')[0].trim(),
            size: Number(response.headers.get('content-length') ?? 0),
        };
    }
    async getManifest(repository, reference) {
        const response = await this.send('GET manifest', repository, ['pull'], 'GET', `/v2/${repository}/manifests/${reference}`, {
            headers: { accept: [...manifestMediaTypes, 'application/vnd.oci.artifact.manifest.v1+json'].join(', ') },
            allow: [404],
        });
        if (response.status === 404)
            return undefined;
        const body = Buffer.from(await response.arrayBuffer());
        return {
            descriptor: {
                digest: response.headers.get('docker-content-digest') ?? `sha256:${(0,external_node_crypto_.createHash)('sha256').update(body).digest('hex')}`,
                mediaType: (response.headers.get('content-type') ?? '').split(';')[0].trim(),
                size: body.length,
            },
            body,
        };
    }
    /** All tags of a repository, following `Link` pagination. Never used on the build path. */
    async listTags(repository, pageSize = 1000) {
        const tags = [];
        let path = `/v2/${repository}/tags/list?n=${pageSize}`;
        while (path) {
            const response = await this.send('GET tags', repository, ['pull'], 'GET', path, { allow: [404] });
            if (response.status === 404)
                return tags;
            const page = (await response.json());
            tags.push(...(page.tags ?? []));
            const link = response.headers.get('link');
            const next = link ? /<([^>]+)>\s*;\s*rel="?next"?/.exec(link)?.[1] : undefined;
            path = next ? (next.startsWith('http') ? new URL(next).pathname + new URL(next).search : next) : undefined;
        }
        return tags;
    }
    async getBlob(repository, digest) {
        const response = await this.send('GET blob', repository, ['pull'], 'GET', `/v2/${repository}/blobs/${digest}`);
        return Buffer.from(await response.arrayBuffer());
    }
    /** Deletes a manifest by digest (registries refuse deletes by tag); 'gone' when it was deleted already. */
    async deleteManifest(repository, digest) {
        const response = await this.send('DELETE manifest', repository, ['pull', 'delete'], 'DELETE', `/v2/${repository}/manifests/${digest}`, { expect: [202, 200], allow: [404] });
        await response.body?.cancel();
        return response.status === 404 ? 'gone' : 'deleted';
    }
    /** Uploads a blob (monolithic: POST a session, PUT the content) unless the registry has it. */
    async pushBlob(repository, content) {
        const digest = `sha256:${(0,external_node_crypto_.createHash)('sha256').update(content).digest('hex')}`;
        const exists = await this.send('HEAD blob', repository, ['pull', 'push'], 'HEAD', `/v2/${repository}/blobs/${digest}`, { allow: [404] });
        if (exists.status === 200)
            return digest;
        // The whole session restarts when any step fails, so a retry never resumes a broken upload.
        return this.withRetries(`upload blob to ${repository}`, async () => {
            const start = await this.send('POST upload', repository, ['pull', 'push'], 'POST', `/v2/${repository}/blobs/uploads/`, { expect: [202], retries: false });
            const location = start.headers.get('location');
            if (!location)
                throw new slipwayError.SlipwayError('registry', `registry ${this.host} started an upload to ${repository} without a Location`);
            const url = new URL(location, this.baseUrl);
            url.searchParams.set('digest', digest);
            await this.send('PUT blob', repository, ['pull', 'push'], 'PUT', url.pathname + url.search, {
                headers: { 'content-type': 'application/octet-stream', 'content-length': String(content.length) },
                body: content,
                expect: [201],
                retries: false,
            });
            return digest;
        });
    }
    /** Puts a manifest under a tag (or digest) and returns its digest. */
    async putManifest(repository, reference, manifest, mediaType) {
        const response = await this.send('PUT manifest', repository, ['pull', 'push'], 'PUT', `/v2/${repository}/manifests/${reference}`, {
            headers: { 'content-type': mediaType },
            body: manifest,
            expect: [201],
        });
        return response.headers.get('docker-content-digest') ?? `sha256:${(0,external_node_crypto_.createHash)('sha256').update(manifest).digest('hex')}`;
    }
    count(kind) {
        this.stats.total++;
        this.stats.byKind[kind] = (this.stats.byKind[kind] ?? 0) + 1;
    }
    async withRetries(what, run) {
        for (let attempt = 1;; attempt++) {
            try {
                return await run();
            }
            catch (error) {
                const reason = error instanceof RetryableError ? error.reason : undefined;
                if (reason === undefined || attempt >= this.retry.attempts) {
                    if (error instanceof RetryableError) {
                        throw new slipwayError.SlipwayError('registry', `${what} on ${this.host} failed after ${attempt} attempts: ${error.reason}`, {
                            hint: 'the registry was unreachable or overloaded; try again later',
                        });
                    }
                    throw error;
                }
                const delay = retryDelayMs(this.retry, attempt, error instanceof RetryableError ? error.retryAfter : null, Math.random());
                this.stats.retries++;
                this.options.onRetry?.(what, attempt, reason, delay);
                await (0,promises_.setTimeout)(delay);
            }
        }
    }
    /**
     * Sends one request with authentication and (unless `retries: false`) retries. `allow` statuses are
     * returned; `expect` statuses are the only successes; anything else is a SlipwayError naming the repository.
     */
    async send(kind, repository, actions, method, path, options = {}) {
        const what = `${kind} ${repository}`;
        const once = async () => {
            let authenticatedAgain = false;
            for (;;) {
                const headers = { ...options.headers };
                const authorization = await this.authorization(repository, actions);
                if (authorization)
                    headers.authorization = authorization;
                this.count(kind);
                let response;
                try {
                    response = await fetch(this.baseUrl + path, {
                        method,
                        headers,
                        ...(options.body ? { body: options.body } : {}),
                        redirect: 'follow',
                        signal: AbortSignal.timeout(this.timeoutMs),
                    });
                }
                catch (error) {
                    throw new RetryableError(networkReason(error));
                }
                if (response.status === 401 && !authenticatedAgain) {
                    await response.body?.cancel();
                    const challenge = parseAuthChallenge(response.headers.get('www-authenticate'));
                    if (!challenge)
                        throw this.statusError(401, repository, 'the registry asked for authentication without saying how');
                    this.challenge = challenge;
                    this.tokens.clear();
                    authenticatedAgain = true;
                    continue;
                }
                if (isRetryableStatus(response.status)) {
                    await response.body?.cancel();
                    throw new RetryableError(`HTTP ${response.status}`, response.headers.get('retry-after'));
                }
                if (options.allow?.includes(response.status) || (options.expect ?? [200]).includes(response.status))
                    return response;
                const detail = await errorDetail(response);
                throw this.statusError(response.status, repository, detail, `${method} ${path.split('?')[0]}`);
            }
        };
        return options.retries === false ? once() : this.withRetries(what, once);
    }
    statusError(status, repository, detail, request) {
        const who = this.options.credentials ? `user "${this.options.credentials.username}" (credentials from ${this.options.credentials.source})` : 'anonymous access';
        const on = `repository ${this.host}/${repository}`;
        if (status === 401) {
            return new RegistryStatusError(401, `authentication failed for ${on} with ${who}: ${detail}`, {
                hint: this.options.credentials ? 'check the registry username and password/token' : 'the registry needs credentials: docker login, or registry-username/registry-password inputs',
            });
        }
        if (status === 403)
            return new RegistryStatusError(403, `access denied to ${on} for ${who}: ${detail}`, { hint: 'the credentials lack pull/push/delete permission on this repository' });
        if (status === 404)
            return new RegistryStatusError(404, `${on} not found: ${detail}`, { hint: 'check --repo' });
        return new RegistryStatusError(status, `${request ?? 'request'} on ${on} failed with HTTP ${status}: ${detail}`);
    }
    /** The Authorization header for a repository and actions, obtaining a token when the registry wants one. */
    async authorization(repository, actions) {
        const challenge = this.challenge;
        if (!challenge)
            return undefined;
        const credentials = this.options.credentials;
        if (challenge.scheme === 'basic') {
            if (!credentials)
                return undefined;
            return `Basic ${Buffer.from(`${credentials.username}:${credentials.password.reveal()}`).toString('base64')}`;
        }
        if (challenge.scheme !== 'bearer')
            return undefined;
        const scope = `repository:${repository}:${actions.join(',')}`;
        const cached = this.tokens.get(scope);
        if (cached)
            return `Bearer ${cached}`;
        const realm = challenge.params.realm;
        if (!realm)
            throw new slipwayError.SlipwayError('registry', `registry ${this.host} asked for a bearer token without a realm`);
        const url = new URL(realm);
        if (challenge.params.service)
            url.searchParams.set('service', challenge.params.service);
        url.searchParams.set('scope', scope);
        const headers = {};
        if (credentials)
            headers.authorization = `Basic ${Buffer.from(`${credentials.username}:${credentials.password.reveal()}`).toString('base64')}`;
        const token = await this.withRetries(`token for ${repository}`, async () => {
            this.count('GET token');
            let response;
            try {
                response = await fetch(url, { headers, signal: AbortSignal.timeout(this.timeoutMs) });
            }
            catch (error) {
                throw new RetryableError(networkReason(error));
            }
            if (isRetryableStatus(response.status)) {
                await response.body?.cancel();
                throw new RetryableError(`token server HTTP ${response.status}`, response.headers.get('retry-after'));
            }
            if (response.status === 401 || response.status === 403) {
                await response.body?.cancel();
                throw this.statusError(401, repository, `the token server ${url.origin} refused the credentials (HTTP ${response.status})`);
            }
            if (!response.ok) {
                await response.body?.cancel();
                throw new slipwayError.SlipwayError('registry', `token server ${url.origin} answered HTTP ${response.status} for repository ${this.host}/${repository}`);
            }
            const body = (await response.json());
            const value = body.token ?? body.access_token;
            if (!value)
                throw new slipwayError.SlipwayError('registry', `token server ${url.origin} returned no token for repository ${this.host}/${repository}`);
            return value;
        });
        this.tokens.set(scope, token);
        return `Bearer ${token}`;
    }
}
/** A registry answer with an unexpected HTTP status: callers that must tell 403 from 405 read `status`. */
class RegistryStatusError extends slipwayError.SlipwayError {
    status;
    constructor(status, message, options = {}) {
        super('registry', message, options);
        this.status = status;
    }
}
class RetryableError extends Error {
    reason;
    retryAfter;
    constructor(reason, retryAfter = null) {
        super(reason);
        this.reason = reason;
        this.retryAfter = retryAfter;
    }
}
function networkReason(error) {
    const cause = error.cause;
    if (error.name === 'TimeoutError')
        return 'request timed out';
    return cause?.code ?? cause?.message ?? error.message;
}
/** The first message of a distribution error body, without echoing anything else. */
async function errorDetail(response) {
    try {
        const text = await response.text();
        const parsed = JSON.parse(text);
        const first = parsed.errors?.[0];
        if (first)
            return [first.code, first.message].filter(Boolean).join(': ');
        return `HTTP ${response.status}`;
    }
    catch {
        return `HTTP ${response.status}`;
    }
}


/***/ }),

/***/ 97880:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   zz: () => (/* binding */ findRegistryCredentials)
/* harmony export */ });
/* unused harmony exports dockerConfigPath, credentialsFromDockerConfig */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(16602);
/* harmony import */ var _secretValue_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(78014);






/** Docker's config.json: $DOCKER_CONFIG/config.json or ~/.docker/config.json. */
function dockerConfigPath(env = process.env) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(env.DOCKER_CONFIG ?? (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_2__.homedir)(), '.docker'), 'config.json');
}
/** The keys Docker may have stored a registry under. */
function registryKeys(registry) {
    if (registry === 'docker.io' || registry === 'index.docker.io') {
        return ['https://index.docker.io/v1/', 'index.docker.io', 'docker.io', 'registry-1.docker.io'];
    }
    return [registry, `https://${registry}`, `http://${registry}`, `https://${registry}/v1/`, `https://${registry}/v2/`];
}
/** Credentials from a parsed config.json (helpers excluded); pure. */
function credentialsFromDockerConfig(config, registry, source) {
    for (const key of registryKeys(registry)) {
        const entry = config.auths?.[key];
        if (!entry)
            continue;
        if (entry.identitytoken)
            return { username: '<token>', password: new _secretValue_js__WEBPACK_IMPORTED_MODULE_5__/* .SecretValue */ .i(entry.identitytoken), source };
        if (entry.auth) {
            const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
            const colon = decoded.indexOf(':');
            if (colon > 0)
                return { username: decoded.slice(0, colon), password: new _secretValue_js__WEBPACK_IMPORTED_MODULE_5__/* .SecretValue */ .i(decoded.slice(colon + 1)), source };
        }
        if (entry.username && entry.password)
            return { username: entry.username, password: new _secretValue_js__WEBPACK_IMPORTED_MODULE_5__/* .SecretValue */ .i(entry.password), source };
    }
    return undefined;
}
/** Runs `docker-credential-<helper> get` with the registry on stdin. */
function fromCredentialHelper(helper, registry) {
    return new Promise((resolve) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)(`docker-credential-${helper}`, ['get'], { timeout: 30_000 }, (error, stdout) => {
            if (error) {
                resolve(undefined);
                return;
            }
            try {
                const parsed = JSON.parse(stdout);
                if (parsed.Secret)
                    resolve({ username: parsed.Username ?? '', password: new _secretValue_js__WEBPACK_IMPORTED_MODULE_5__/* .SecretValue */ .i(parsed.Secret), source: `credential helper ${helper}` });
                else
                    resolve(undefined);
            }
            catch {
                resolve(undefined);
            }
        });
        child.stdin?.end(registry);
    });
}
/**
 * Credentials for a registry: explicit ones (action inputs, flags, SLIPWAY_REGISTRY_USERNAME /
 * SLIPWAY_REGISTRY_PASSWORD) first, then Docker's config.json (credential helper, store, auths).
 * None means anonymous access.
 */
async function findRegistryCredentials(registry, options = {}) {
    const env = options.env ?? process.env;
    // SLIPWAY_REGISTRY_USERNAME / _PASSWORD are read by the edges (src/ci/registryEnvironment.ts) and arrive here as options.
    const { username, password } = options;
    if (username !== undefined || password !== undefined) {
        if (!username || !password || password.isEmpty) {
            throw new _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_4__.SlipwayError('input', 'registry credentials need both a username and a password', {
                where: { input: username ? 'registry-password' : 'registry-username' },
            });
        }
        return { username, password, source: 'input' };
    }
    const path = dockerConfigPath(env);
    let config;
    try {
        config = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(path, 'utf8'));
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw new _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_4__.SlipwayError('registry', `cannot read Docker credentials from ${path}: ${error.message}`, { where: { file: path } });
    }
    const helper = registryKeys(registry).map((key) => config.credHelpers?.[key]).find((value) => value !== undefined);
    if (helper)
        return fromCredentialHelper(helper, registry);
    const stored = credentialsFromDockerConfig(config, registry, path);
    if (stored)
        return stored;
    if (config.credsStore)
        return fromCredentialHelper(config.credsStore, registry);
    return undefined;
}


/***/ })

};
;
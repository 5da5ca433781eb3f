"use strict";
exports.id = 7672;
exports.ids = [7672,5291];
exports.modules = {

/***/ 5291:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dismiss: () => (/* binding */ dismiss)
/* harmony export */ });
/* harmony import */ var _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16602);
/* harmony import */ var _kube_kubeErrorExplained_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(82020);
/* harmony import */ var _kube_kubeApiError_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(87290);
/* harmony import */ var _kube_boundedParallel_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(28331);
/* harmony import */ var _release_helmRelease_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(75016);
/* harmony import */ var _release_releaseStorage_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(47263);
/* harmony import */ var _release_releaseLock_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(52201);
/* harmony import */ var _release_releaseHistory_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(44166);
/* harmony import */ var _applyChanges_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(96031);
/* harmony import */ var _hookRunner_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(13758);
/* harmony import */ var _errors_inputNames_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(59251);
/* harmony import */ var _releaseOperation_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(98093);
/* harmony import */ var _manifestResources_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(2953);
/* harmony import */ var _resourceChange_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(86259);
/* harmony import */ var _resourcePlan_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(11756);















/**
 * Removes a release as `helm uninstall --wait` does, from the release records alone: pre-delete hooks,
 * resources in reverse kind order (waiting until each is gone), post-delete hooks, then the records
 * removed (or kept, marked uninstalled). With `withNamespace` the namespace goes too, and the call
 * returns only when it no longer exists, so a converge into the same namespace can follow at once.
 */
async function dismiss(release, namespace, options) {
    try {
        return await dismissOnce(release, namespace, options);
    }
    catch (error) {
        throw (0,_kube_kubeErrorExplained_js__WEBPACK_IMPORTED_MODULE_1__/* .explainKubeError */ .h)(error, `dismissing release ${release}`);
    }
}
async function dismissOnce(release, namespace, options) {
    const storageNamespace = options.storageNamespace ?? namespace;
    const ctx = (0,_releaseOperation_js__WEBPACK_IMPORTED_MODULE_8__/* .makeContext */ .og)(options, release, namespace);
    const result = { release, namespace, found: false, deleted: 0, kept: [], namespaceDeleted: false };
    let nsExists = true;
    try {
        await options.client.request({ method: 'GET', path: `/api/v1/namespaces/${namespace}` });
    }
    catch (error) {
        if (!(0,_kube_kubeApiError_js__WEBPACK_IMPORTED_MODULE_2__/* .isNotFound */ .c4)(error))
            throw error;
        nsExists = false;
    }
    if (nsExists) {
        const storage = new _release_releaseStorage_js__WEBPACK_IMPORTED_MODULE_3__.ReleaseStorage(options.client, { namespace: storageNamespace, type: options.storageType ?? 'secret' });
        const lock = new _release_releaseLock_js__WEBPACK_IMPORTED_MODULE_4__/* .ReleaseLock */ .n(options.client, storageNamespace, release);
        await lock.acquire({ wait: options.waitForLock ?? false, deadline: ctx.deadline, description: 'slipway dismiss', signal: ctx.signal });
        try {
            const history = await storage.history(release);
            await (0,_releaseOperation_js__WEBPACK_IMPORTED_MODULE_8__/* .recoverPending */ .iH)(storage, history, ctx.emit);
            const latestRelease = (0,_release_releaseHistory_js__WEBPACK_IMPORTED_MODULE_12__/* .latestRevision */ .HA)(history.map((h) => h.release));
            if (latestRelease && latestRelease.info.status !== 'uninstalled') {
                result.found = true;
                const latest = history.find((h) => h.release === latestRelease);
                latestRelease.info.status = 'uninstalling';
                latestRelease.info.description = 'Deletion in progress (or silently failed)';
                latest.resourceVersion = (await storage.update(latest)).resourceVersion;
                const hooks = latestRelease.hooks ?? [];
                await (0,_hookRunner_js__WEBPACK_IMPORTED_MODULE_6__/* .runHooks */ .Eu)(ctx, hooks, 'pre-delete', { addLabels: {}, addAnnotations: {} });
                const recorded = (0,_resourcePlan_js__WEBPACK_IMPORTED_MODULE_11__/* .recordedObjects */ .Zz)([latestRelease.manifest, (0,_release_releaseHistory_js__WEBPACK_IMPORTED_MODULE_12__/* .lastDeployed */ .n6)(history.map((h) => h.release))?.manifest]);
                const deletions = [];
                for (const r of recorded.values()) {
                    const mapping = await ctx.mapper.find(r.object.apiVersion, r.object.kind);
                    if (!mapping)
                        continue;
                    const ns = mapping.namespaced ? (r.object.metadata.namespace ?? namespace) : undefined;
                    const target = { mapping, namespace: ns, name: r.object.metadata.name, resource: r, label: (0,_manifestResources_js__WEBPACK_IMPORTED_MODULE_9__/* .describeObject */ .v8)(r.object, ns) };
                    if ((0,_resourceChange_js__WEBPACK_IMPORTED_MODULE_10__/* .isKept */ .t8)(r.object) || (0,_resourceChange_js__WEBPACK_IMPORTED_MODULE_10__/* .isKept */ .t8)(await ctx.objects.get(target)))
                        result.kept.push(target.label);
                    else
                        deletions.push({ action: 'delete', target });
                }
                const before = ctx.resourceWrites;
                await (0,_applyChanges_js__WEBPACK_IMPORTED_MODULE_5__/* .deleteInOrder */ .FH)(ctx, deletions, { wait: true });
                result.deleted = ctx.resourceWrites - before;
                await (0,_hookRunner_js__WEBPACK_IMPORTED_MODULE_6__/* .runHooks */ .Eu)(ctx, hooks, 'post-delete', { addLabels: {}, addAnnotations: {} });
                if (options.keepHistory) {
                    latestRelease.info.status = 'uninstalled';
                    latestRelease.info.deleted = (0,_release_helmRelease_js__WEBPACK_IMPORTED_MODULE_13__/* .goTime */ .ud)(new Date());
                    latestRelease.info.description = 'Uninstallation complete';
                    await storage.update(latest);
                }
                else {
                    await (0,_kube_boundedParallel_js__WEBPACK_IMPORTED_MODULE_14__/* .boundedParallel */ .$)(history, ctx.concurrency, (h) => storage.delete(release, h.release.version));
                }
            }
        }
        finally {
            await lock.release();
        }
    }
    if (options.withNamespace && nsExists) {
        try {
            await options.client.request({ method: 'DELETE', path: `/api/v1/namespaces/${namespace}` });
        }
        catch (error) {
            if (!(0,_kube_kubeApiError_js__WEBPACK_IMPORTED_MODULE_2__/* .isNotFound */ .c4)(error))
                throw error;
        }
        for (;;) {
            try {
                await options.client.request({ method: 'GET', path: `/api/v1/namespaces/${namespace}` });
            }
            catch (error) {
                if ((0,_kube_kubeApiError_js__WEBPACK_IMPORTED_MODULE_2__/* .isNotFound */ .c4)(error))
                    break;
                throw error;
            }
            if (Date.now() > ctx.deadline)
                throw new _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_0__.SlipwayError('deploy', `namespace ${namespace} is still terminating`, { where: { resource: `Namespace/${namespace}` }, hint: `a finalizer may block it: kubectl get namespace -o yaml; raise ${(0,_errors_inputNames_js__WEBPACK_IMPORTED_MODULE_7__/* .inputLabel */ .NB)((options.inputNames ?? _errors_inputNames_js__WEBPACK_IMPORTED_MODULE_7__/* .cliInputNames */ .tE).timeout)}` });
            await new Promise((r) => setTimeout(r, 500));
        }
        result.namespaceDeleted = true;
    }
    return result;
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


/***/ })

};
;
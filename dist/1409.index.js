"use strict";
exports.id = 1409;
exports.ids = [1409];
exports.modules = {

/***/ 91409:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   clusterLookup: () => (/* binding */ clusterLookup),
/* harmony export */   gvkString: () => (/* binding */ gvkString)
/* harmony export */ });
/* harmony import */ var _kubeApiError_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(87290);
/* harmony import */ var _restMapper_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(67626);
/**
 * Helm's `lookup` against the live cluster (pkg/engine/lookup_func.go): the group version's resources from
 * discovery, then a GET of the object (or a LIST without a name; in every namespace when the namespace is
 * empty). Not found is an empty map, as charts expect (`if not (lookup …)`); an unknown group version and
 * any other API error are errors. Objects come back as JSON; the chart engine turns them into Go values.
 */


/** schema.GroupVersionKind.String(): `apps/v1, Kind=Deployment`, `/v1, Kind=Secret`. */
function gvkString(apiVersion, kind) {
    const [group, version] = apiVersion.includes('/') ? apiVersion.split('/', 2) : ['', apiVersion];
    return `${group}/${version}, Kind=${kind}`;
}
function clusterLookup(client, signal) {
    const mapper = new _restMapper_js__WEBPACK_IMPORTED_MODULE_1__/* .RestMapper */ .K(client);
    return async (apiVersion, kind, namespace, name) => {
        let served;
        try {
            served = await mapper.servesGroupVersion(apiVersion);
        }
        catch (error) {
            throw new Error(`unable to get apiresource from unstructured: ${gvkString(apiVersion, kind)}: ${error.message}`);
        }
        if (!served)
            throw new Error(`unable to get apiresource from unstructured: ${gvkString(apiVersion, kind)}: the server could not find the requested resource`);
        // The plain resource of the kind (subresources share it); an unknown kind reads as not found.
        const mapping = await mapper.find(apiVersion, kind);
        if (mapping === undefined)
            return {};
        // An empty namespace reads every namespace; an empty name lists.
        const path = (0,_restMapper_js__WEBPACK_IMPORTED_MODULE_1__/* .resourcePath */ .o)(mapping, namespace === '' ? undefined : namespace, name === '' ? undefined : name);
        try {
            return await client.request({ method: 'GET', path, ...(signal ? { signal } : {}) });
        }
        catch (error) {
            if ((0,_kubeApiError_js__WEBPACK_IMPORTED_MODULE_0__/* .isNotFound */ .c4)(error))
                return {};
            throw error;
        }
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

/***/ 67626:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ RestMapper),
/* harmony export */   o: () => (/* binding */ resourcePath)
/* harmony export */ });
/* harmony import */ var _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16602);
/* harmony import */ var _kubeApiError_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(87290);


/**
 * Kind → resource mapping from discovery, one request per group-version actually used (so a deploy of
 * ConfigMaps and Deployments asks twice, not for the whole API). A miss re-asks, because a CRD applied
 * earlier in the same deploy adds kinds; `forget` drops a group-version after CRDs changed.
 */
class RestMapper {
    #client;
    #groupVersions = new Map();
    constructor(client) {
        this.#client = client;
    }
    forget(apiVersion) {
        this.#groupVersions.delete(apiVersion);
    }
    #load(apiVersion) {
        let pending = this.#groupVersions.get(apiVersion);
        if (!pending) {
            const path = apiVersion.includes('/') ? `/apis/${apiVersion}` : `/api/${apiVersion}`;
            const [group, version] = apiVersion.includes('/') ? apiVersion.split('/') : ['', apiVersion];
            pending = this.#client.request({ method: 'GET', path }).then((list) => {
                const byKind = new Map();
                // Subresources (deployments/status) share the kind; the plain resource is the one without "/".
                for (const r of list.resources)
                    if (!r.name.includes('/'))
                        byKind.set(r.kind, { group, version, kind: r.kind, resource: r.name, namespaced: r.namespaced });
                return byKind;
            }, (error) => {
                if ((0,_kubeApiError_js__WEBPACK_IMPORTED_MODULE_1__/* .isNotFound */ .c4)(error))
                    return undefined;
                this.#groupVersions.delete(apiVersion);
                throw error;
            });
            this.#groupVersions.set(apiVersion, pending);
        }
        return pending;
    }
    /** Whether the cluster serves the group version at all (discovery answers, not 404). */
    async servesGroupVersion(apiVersion) {
        return (await this.#load(apiVersion)) !== undefined;
    }
    /** The mapping, or undefined when the cluster does not serve that kind (after one fresh look). */
    async find(apiVersion, kind) {
        const cached = (await this.#load(apiVersion))?.get(kind);
        if (cached)
            return cached;
        this.forget(apiVersion);
        return (await this.#load(apiVersion))?.get(kind);
    }
    async resolve(apiVersion, kind, where) {
        const mapping = await this.find(apiVersion, kind);
        if (!mapping) {
            throw new _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_0__.SlipwayError('deploy', `the cluster does not know kind ${kind} in ${apiVersion}`, {
                where,
                hint: 'check apiVersion and kind; for a custom resource, install its CRD first (crds/ of the chart, or a lower werf.io/weight)',
            });
        }
        return mapping;
    }
}
/** The REST path of a collection or one object. */
function resourcePath(mapping, namespace, name) {
    const base = mapping.group === '' ? `/api/${mapping.version}` : `/apis/${mapping.group}/${mapping.version}`;
    const scoped = mapping.namespaced && namespace ? `${base}/namespaces/${encodeURIComponent(namespace)}/${mapping.resource}` : `${base}/${mapping.resource}`;
    return name === undefined ? scoped : `${scoped}/${encodeURIComponent(name)}`;
}


/***/ })

};
;
"use strict";
exports.id = 1409;
exports.ids = [1409];
exports.modules = {

/***/ 91409:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   clusterLookup: () => (/* binding */ clusterLookup),
/* harmony export */   gvkString: () => (/* binding */ gvkString),
/* harmony export */   lookupPath: () => (/* binding */ lookupPath)
/* harmony export */ });
/* harmony import */ var _kubeApiError_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(87290);
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
/** The URL path of a lookup, or undefined when the group version does not serve the kind. */
function lookupPath(apiVersion, resource, namespace, name) {
    if (resource === undefined)
        return undefined;
    const base = apiVersion.includes('/') ? `/apis/${apiVersion}` : `/api/${apiVersion}`;
    const scope = resource.namespaced && namespace !== '' ? `/namespaces/${encodeURIComponent(namespace)}` : '';
    return `${base}${scope}/${resource.name}${name !== '' ? `/${encodeURIComponent(name)}` : ''}`;
}
function clusterLookup(client, signal) {
    const groupVersions = new Map();
    const resourcesOf = (apiVersion) => {
        let pending = groupVersions.get(apiVersion);
        if (pending === undefined) {
            const path = apiVersion.includes('/') ? `/apis/${apiVersion}` : `/api/${apiVersion}`;
            pending = client.request({ method: 'GET', path, ...(signal ? { signal } : {}) }).then((l) => l.resources ?? []);
            groupVersions.set(apiVersion, pending);
        }
        return pending;
    };
    return async (apiVersion, kind, namespace, name) => {
        let resources;
        try {
            resources = await resourcesOf(apiVersion);
        }
        catch (error) {
            const reason = (0,_kubeApiError_js__WEBPACK_IMPORTED_MODULE_0__/* .isNotFound */ .c4)(error) ? 'the server could not find the requested resource' : error.message;
            throw new Error(`unable to get apiresource from unstructured: ${gvkString(apiVersion, kind)}: ${reason}`);
        }
        // Subresources share kinds; Helm takes the first plain resource of the kind.
        const path = lookupPath(apiVersion, resources.find((r) => r.kind === kind && !r.name.includes('/')), namespace, name);
        if (path === undefined)
            return {};
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


/***/ })

};
;
"use strict";
exports.id = 881;
exports.ids = [881];
exports.modules = {

/***/ 28331:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ boundedParallel),
/* harmony export */   P: () => (/* binding */ boundedSettled)
/* harmony export */ });
/**
 * Runs `work` for every item with at most `limit` in flight; results keep input order. The first failure
 * stops new starts and is thrown after running ones settle, so nothing is left writing behind our back.
 */
async function boundedParallel(items, limit, work) {
    const results = new Array(items.length);
    let next = 0;
    let failure;
    const worker = async () => {
        while (failure === undefined && next < items.length) {
            const index = next++;
            try {
                results[index] = await work(items[index], index);
            }
            catch (error) {
                failure ??= { error };
            }
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
    if (failure)
        throw failure.error;
    return results;
}
/** Like boundedParallel, but runs everything and returns each outcome (for cleanup that must try all). */
async function boundedSettled(items, limit, work) {
    return boundedParallel(items, limit, async (item) => {
        try {
            return { status: 'fulfilled', value: await work(item) };
        }
        catch (reason) {
            return { status: 'rejected', reason };
        }
    });
}


/***/ }),

/***/ 60881:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   clusterCapabilities: () => (/* binding */ clusterCapabilities)
/* harmony export */ });
/* unused harmony exports versionSet, fromAggregatedDiscovery */
/* harmony import */ var _boundedParallel_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(28331);

/** Helm's GetVersionSet over plain discovery results; undefined when discovery returned nothing (Helm then uses its defaults). */
function versionSet(groupVersions, resources) {
    if (groupVersions.length === 0 && resources.length === 0)
        return undefined;
    const set = new Set(groupVersions);
    // Go's path.Join: an empty kind adds nothing new.
    for (const r of resources)
        for (const kind of r.kinds)
            set.add(kind === '' ? r.groupVersion : `${r.groupVersion}/${kind}`);
    return [...set].sort();
}
/** client-go's conversion of an APIGroupDiscoveryList: stale versions are failures; resources without a kind are skipped. */
function fromAggregatedDiscovery(list) {
    const groupVersions = [];
    const resources = [];
    const failed = [];
    for (const group of list.items ?? []) {
        const name = group.metadata?.name ?? '';
        for (const v of group.versions ?? []) {
            const gv = name === '' ? v.version : `${name}/${v.version}`;
            if (v.freshness === 'Stale') {
                failed.push(gv);
                continue;
            }
            groupVersions.push(gv);
            const kinds = [];
            for (const r of v.resources ?? []) {
                const kind = r.responseKind?.kind ?? '';
                if (kind === '')
                    continue; // client-go drops a resource without a response kind, and its subresources' parent
                kinds.push(kind);
                for (const sub of r.subresources ?? [])
                    if (sub.responseKind)
                        kinds.push(sub.responseKind.kind ?? '');
            }
            resources.push({ groupVersion: gv, kinds });
        }
    }
    return { groupVersions, resources, failed };
}
const AGGREGATED = 'application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList,application/json';
/** Reads the cluster's version and API version set (3 requests on a current apiserver). */
async function clusterCapabilities(client, signal) {
    const [version, core, apis] = await Promise.all([
        client.request({ method: 'GET', path: '/version', ...(signal ? { signal } : {}) }),
        client.request({ method: 'GET', path: '/api', accept: AGGREGATED, ...(signal ? { signal } : {}) }),
        client.request({ method: 'GET', path: '/apis', accept: AGGREGATED, ...(signal ? { signal } : {}) }),
    ]);
    const clusterVersion = { gitVersion: version.gitVersion ?? '', major: version.major ?? '', minor: version.minor ?? '' };
    let groupVersions = [];
    let resources = [];
    const failed = [];
    const legacy = [];
    for (const root of [core, apis]) {
        if (root.kind === 'APIGroupDiscoveryList') {
            const r = fromAggregatedDiscovery(root);
            groupVersions.push(...r.groupVersions);
            resources.push(...r.resources);
            failed.push(...r.failed);
        }
        else if (root.kind === 'APIVersions')
            legacy.push(...(root.versions ?? []));
        else
            for (const g of root.groups ?? [])
                for (const v of g.versions ?? [])
                    legacy.push(v.groupVersion);
    }
    if (legacy.length > 0) {
        groupVersions = [...groupVersions, ...legacy];
        const lists = await (0,_boundedParallel_js__WEBPACK_IMPORTED_MODULE_0__/* .boundedParallel */ .$)(legacy, 8, async (gv) => {
            try {
                const list = await client.request({ method: 'GET', path: gv.includes('/') ? `/apis/${gv}` : `/api/${gv}`, ...(signal ? { signal } : {}) });
                return { groupVersion: gv, kinds: (list.resources ?? []).map((r) => r.kind ?? '') };
            }
            catch {
                failed.push(gv);
                return undefined;
            }
        });
        resources = [...resources, ...lists.filter((l) => l !== undefined)];
    }
    return { version: clusterVersion, apiVersions: versionSet(groupVersions, resources), failedGroupVersions: failed.sort() };
}


/***/ })

};
;
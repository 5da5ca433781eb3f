"use strict";
exports.id = 7263;
exports.ids = [7263];
exports.modules = {

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

/***/ 75016:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KQ: () => (/* binding */ releaseRecordName),
/* harmony export */   mm: () => (/* binding */ isPending),
/* harmony export */   ud: () => (/* binding */ goTime)
/* harmony export */ });
/* unused harmony export pendingStatuses */
const pendingStatuses = ['pending-install', 'pending-upgrade', 'pending-rollback'];
function isPending(status) {
    return status !== undefined && pendingStatuses.includes(status);
}
/** The storage object's name: `sh.helm.release.v1.<name>.v<revision>`. */
function releaseRecordName(release, revision) {
    return `sh.helm.release.v1.${release}.v${revision}`;
}
/** Go's RFC3339Nano for a JS date: UTC with "Z", fractional seconds without trailing zeros. */
function goTime(date) {
    return date.toISOString().replace(/\.?0+Z$/, 'Z').replace(/\.Z$/, 'Z');
}


/***/ }),

/***/ 25420:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pl: () => (/* binding */ goJson),
/* harmony export */   o1: () => (/* binding */ decodeRelease),
/* harmony export */   sR: () => (/* binding */ encodeRelease),
/* harmony export */   sh: () => (/* binding */ orderChartMetadata)
/* harmony export */ });
/* unused harmony exports sortedMap, orderRelease */
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(16602);


/**
 * Encodes and decodes the `release` field of Helm's storage objects: JSON (as Go's encoding/json writes
 * it: struct fields in declaration order, map keys sorted, <, > and & escaped), gzip at best
 * compression, base64 — pkg/storage/driver/util.go. Secrets hold these base64 bytes as their data
 * (so the apiserver shows them base64 twice); ConfigMaps hold the string.
 */
function encodeRelease(release) {
    const json = goJson(orderRelease(release));
    return (0,node_zlib__WEBPACK_IMPORTED_MODULE_0__.gzipSync)(Buffer.from(json, 'utf8'), { level: node_zlib__WEBPACK_IMPORTED_MODULE_0__.constants.Z_BEST_COMPRESSION }).toString('base64');
}
const gzipMagic = [0x1f, 0x8b, 0x08];
function decodeRelease(data, recordName) {
    try {
        let bytes = Buffer.from(data, 'base64');
        // Releases stored before Helm compressed them are plain JSON (util.go keeps reading them).
        if (bytes.length > 3 && gzipMagic.every((b, i) => bytes[i] === b))
            bytes = (0,node_zlib__WEBPACK_IMPORTED_MODULE_0__.gunzipSync)(bytes);
        const release = JSON.parse(bytes.toString('utf8'));
        if (typeof release !== 'object' || release === null || typeof release.version !== 'number')
            throw new Error('no release version');
        release.info ??= {};
        release.chart ??= { metadata: {} };
        release.chart.metadata ??= {};
        return release;
    }
    catch (error) {
        throw new _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_1__.SlipwayError('release', `release record ${recordName} cannot be decoded: ${error.message}`, {
            where: { resource: recordName },
            hint: 'the record is not a Helm release; it was left untouched. Inspect it, then delete it if it is garbage',
            cause: error,
        });
    }
}
/** JSON.stringify plus Go's HTML-safe escapes (they only occur inside strings, so a global replace is exact). */
function goJson(value) {
    return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
/** Copies `source` with `order` first (skipping undefined and Go's omitempty zero values), then unknown fields. */
function ordered(source, order, omitEmpty) {
    const out = {};
    const isEmpty = (v) => v === undefined || v === null || v === '' || v === 0 || v === false || (Array.isArray(v) && v.length === 0) || (typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length === 0);
    for (const key of order) {
        const value = source[key];
        if (value === undefined)
            continue;
        if (omitEmpty.includes(key) && isEmpty(value))
            continue;
        out[key] = value;
    }
    for (const [key, value] of Object.entries(source))
        if (!(key in out) && !order.includes(key) && value !== undefined)
            out[key] = value;
    return out;
}
/** Go sorts map keys; values maps are maps all the way down. */
function sortedMap(value) {
    if (Array.isArray(value))
        return value.map(sortedMap);
    if (typeof value !== 'object' || value === null)
        return value;
    const out = {};
    for (const key of Object.keys(value).sort())
        out[key] = sortedMap(value[key]);
    return out;
}
const releaseFields = ['name', 'info', 'chart', 'config', 'manifest', 'hooks', 'version', 'namespace', 'apply_method'];
const infoFields = ['first_deployed', 'last_deployed', 'deleted', 'description', 'status', 'rollback_revision', 'notes', 'resources'];
const chartFields = ['metadata', 'lock', 'templates', 'values', 'schema', 'schemamodtime', 'files', 'modtime'];
const metadataFields = ['name', 'home', 'sources', 'version', 'description', 'keywords', 'maintainers', 'icon', 'apiVersion', 'condition', 'tags', 'appVersion', 'deprecated', 'annotations', 'kubeVersion', 'dependencies', 'type'];
const hookFields = ['name', 'kind', 'path', 'manifest', 'events', 'last_run', 'weight', 'delete_policies', 'output_log_policies'];
function orderRelease(release) {
    return ordered({
        ...release,
        info: orderInfo(release.info),
        chart: orderChart(release.chart),
        config: release.config === undefined ? undefined : sortedMap(release.config),
        hooks: release.hooks?.map(orderHook),
    }, releaseFields, ['name', 'config', 'manifest', 'hooks', 'version', 'namespace', 'apply_method']);
}
function orderInfo(info) {
    return ordered(info, infoFields, infoFields);
}
/** chart.Metadata as Go marshals it (release records, and the config blob of a Helm OCI chart). */
function orderChartMetadata(metadata) {
    return ordered({ ...metadata, annotations: metadata.annotations && sortedMap(metadata.annotations) }, metadataFields, metadataFields);
}
function orderChart(chart) {
    const metadata = orderChartMetadata(chart.metadata);
    return ordered({
        ...chart,
        metadata,
        lock: chart.lock ?? null,
        templates: chart.templates ?? null,
        values: chart.values === undefined || chart.values === null ? null : sortedMap(chart.values),
        schema: chart.schema ?? null,
        // Helm 4 writes the zero time here (no omitzero on this field); Helm 3 ignores it.
        schemamodtime: chart.schemamodtime ?? '0001-01-01T00:00:00Z',
        files: chart.files ?? null,
    }, chartFields, ['modtime']);
}
function orderHook(hook) {
    const lastRun = ordered({ ...hook.last_run }, ['started_at', 'completed_at', 'phase'], ['started_at', 'completed_at']);
    if (!('phase' in lastRun))
        lastRun.phase = '';
    return ordered({ ...hook, last_run: lastRun }, hookFields, hookFields.filter((f) => f !== 'last_run'));
}


/***/ }),

/***/ 47263:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ReleaseStorage: () => (/* binding */ ReleaseStorage)
/* harmony export */ });
/* harmony import */ var _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16602);
/* harmony import */ var _kube_kubeApiError_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(87290);
/* harmony import */ var _releaseCodec_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(25420);
/* harmony import */ var _helmRelease_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(75016);




const systemLabels = new Set(['name', 'owner', 'status', 'version', 'createdAt', 'modifiedAt']);
/**
 * Helm's Secret and ConfigMap storage drivers (pkg/storage/driver/secrets.go, cfgmaps.go): one object
 * per revision named `sh.helm.release.v1.<name>.v<revision>`, labels name/owner=helm/status/version plus
 * createdAt or modifiedAt, Secret type `helm.sh/release.v1`, the encoded release under data.release.
 */
class ReleaseStorage {
    type;
    namespace;
    #client;
    constructor(client, options) {
        this.#client = client;
        this.namespace = options.namespace;
        this.type = options.type;
    }
    get #collection() {
        return `/api/v1/namespaces/${encodeURIComponent(this.namespace)}/${this.type === 'secret' ? 'secrets' : 'configmaps'}`;
    }
    #decode(object) {
        const raw = object.data?.release ?? '';
        const text = this.type === 'secret' ? Buffer.from(raw, 'base64').toString('utf8') : raw;
        const labels = {};
        for (const [k, v] of Object.entries(object.metadata.labels ?? {}))
            if (!systemLabels.has(k))
                labels[k] = v;
        return { release: (0,_releaseCodec_js__WEBPACK_IMPORTED_MODULE_2__/* .decodeRelease */ .o1)(text, `${this.namespace}/${object.metadata.name}`), resourceVersion: object.metadata.resourceVersion ?? '', labels };
    }
    #object(release, labels, stamp, resourceVersion) {
        const encoded = (0,_releaseCodec_js__WEBPACK_IMPORTED_MODULE_2__/* .encodeRelease */ .sR)(release);
        const objectLabels = {
            ...labels,
            [stamp]: String(Math.floor(Date.now() / 1000)),
            name: release.name,
            owner: 'helm',
            status: release.info.status ?? 'unknown',
            version: String(release.version),
        };
        const metadata = { name: (0,_helmRelease_js__WEBPACK_IMPORTED_MODULE_3__/* .releaseRecordName */ .KQ)(release.name, release.version), labels: objectLabels, ...(resourceVersion ? { resourceVersion } : {}) };
        return this.type === 'secret'
            ? { metadata, type: 'helm.sh/release.v1', data: { release: Buffer.from(encoded).toString('base64') } }
            : { metadata, data: { release: encoded } };
    }
    #kindHeader() {
        return { apiVersion: 'v1', kind: this.type === 'secret' ? 'Secret' : 'ConfigMap' };
    }
    /** Every revision of a release, oldest first. Records that cannot be decoded are reported, not skipped. */
    async history(name) {
        const list = await this.#client.request({
            method: 'GET',
            path: this.#collection,
            query: { labelSelector: `owner=helm,name=${name}` },
        });
        return list.items.map((item) => this.#decode(item)).sort((a, b) => a.release.version - b.release.version);
    }
    /** The latest revision of every release in the storage namespace (what `helm list --all` shows). */
    async latestOfAll() {
        const list = await this.#client.request({ method: 'GET', path: this.#collection, query: { labelSelector: 'owner=helm' } });
        const latest = new Map();
        for (const item of list.items) {
            let stored;
            try {
                stored = this.#decode(item);
            }
            catch {
                continue; // Helm's List skips undecodable records too; `history` of that release reports it.
            }
            const current = latest.get(stored.release.name);
            if (!current || current.version < stored.release.version)
                latest.set(stored.release.name, stored.release);
        }
        return [...latest.values()].sort((a, b) => a.name.localeCompare(b.name));
    }
    async get(name, revision) {
        try {
            return this.#decode(await this.#client.request({ method: 'GET', path: `${this.#collection}/${(0,_helmRelease_js__WEBPACK_IMPORTED_MODULE_3__/* .releaseRecordName */ .KQ)(name, revision)}` }));
        }
        catch (error) {
            if ((0,_kube_kubeApiError_js__WEBPACK_IMPORTED_MODULE_1__/* .isNotFound */ .c4)(error))
                return undefined;
            throw error;
        }
    }
    /** Creates a new revision; fails clearly if that revision already exists (another client raced us). */
    async create(release, labels = {}) {
        try {
            const created = await this.#client.request({ method: 'POST', path: this.#collection, body: { ...this.#kindHeader(), ...this.#object(release, labels, 'createdAt') } });
            return { release, resourceVersion: created.metadata.resourceVersion ?? '', labels };
        }
        catch (error) {
            if ((0,_kube_kubeApiError_js__WEBPACK_IMPORTED_MODULE_1__/* .isAlreadyExists */ .x9)(error)) {
                throw new _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_0__.SlipwayError('release', `revision ${release.version} of release ${release.name} already exists`, {
                    where: { resource: `${this.type === 'secret' ? 'Secret' : 'ConfigMap'}/${this.namespace}/${(0,_helmRelease_js__WEBPACK_IMPORTED_MODULE_3__/* .releaseRecordName */ .KQ)(release.name, release.version)}` },
                    hint: 'another client deployed this release at the same time; run again to deploy on top of it',
                });
            }
            throw error;
        }
    }
    /** Rewrites a revision (status changes), conditional on the resourceVersion read. */
    async update(stored) {
        const body = { ...this.#kindHeader(), ...this.#object(stored.release, stored.labels, 'modifiedAt', stored.resourceVersion || undefined) };
        const updated = await this.#client.request({ method: 'PUT', path: `${this.#collection}/${body.metadata.name}`, body });
        return { ...stored, resourceVersion: updated.metadata.resourceVersion ?? '' };
    }
    async delete(name, revision) {
        try {
            await this.#client.request({ method: 'DELETE', path: `${this.#collection}/${(0,_helmRelease_js__WEBPACK_IMPORTED_MODULE_3__/* .releaseRecordName */ .KQ)(name, revision)}` });
        }
        catch (error) {
            if (!(0,_kube_kubeApiError_js__WEBPACK_IMPORTED_MODULE_1__/* .isNotFound */ .c4)(error))
                throw error;
        }
    }
}


/***/ })

};
;
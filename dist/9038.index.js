"use strict";
exports.id = 9038;
exports.ids = [9038];
exports.modules = {

/***/ 45679:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ verifyDigest),
/* harmony export */   X: () => (/* binding */ RegistryStore)
/* harmony export */ });
/* harmony import */ var _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16602);
/* harmony import */ var _helmOciArtifact_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(59715);


/** Content addressing checked on every read: a blob or manifest must hash to the digest it was asked by. */
function verifyDigest(what, where, expected, data) {
    const actual = (0,_helmOciArtifact_js__WEBPACK_IMPORTED_MODULE_1__/* .sha256Digest */ .sI)(data);
    if (actual !== expected) {
        throw new _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_0__.SlipwayError('registry', `digest mismatch for ${what} in ${where}: expected ${expected}, got ${actual}`, {
            hint: 'the content was altered or corrupted in storage or transit; nothing was deployed or copied',
        });
    }
}
/** A repository of an OCI distribution registry. */
class RegistryStore {
    repository;
    client;
    name;
    constructor(repository, client) {
        this.repository = repository;
        this.client = client;
        this.name = repository.name;
    }
    tags() {
        return this.client.listTags(this.repository.path);
    }
    async manifest(reference) {
        const got = await this.client.getManifest(this.repository.path, reference);
        if (!got)
            return undefined;
        const digest = reference.startsWith('sha256:') ? reference : got.descriptor.digest;
        verifyDigest(`manifest ${reference}`, this.name, digest, got.body);
        return { digest, mediaType: got.descriptor.mediaType, body: got.body };
    }
    async blob(digest) {
        const data = await this.client.getBlob(this.repository.path, digest);
        verifyDigest(`blob ${digest}`, this.name, digest, data);
        return data;
    }
    async putBlob(data) {
        await this.client.pushBlob(this.repository.path, data);
    }
    async putManifest(body, mediaType, tag) {
        try {
            return await this.client.putManifest(this.repository.path, tag ?? (0,_helmOciArtifact_js__WEBPACK_IMPORTED_MODULE_1__/* .sha256Digest */ .sI)(body), body, mediaType);
        }
        catch (error) {
            if (error instanceof _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_0__.SlipwayError && /HTTP (400|415)|MANIFEST_INVALID|UNSUPPORTED|unsupported/i.test(error.message)) {
                throw new _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_0__.SlipwayError('registry', `registry ${this.repository.registry} refused the manifest for ${this.name}: ${error.message}`, {
                    hint: 'the registry does not store OCI artifacts (Helm charts need OCI artifact support: distribution 2.7+, Harbor 2+, ghcr.io, ECR, GAR, ACR)',
                    cause: error,
                });
            }
            throw error;
        }
    }
}


/***/ }),

/***/ 9038:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   openBundleRepository: () => (/* binding */ openBundleRepository)
/* harmony export */ });
/* harmony import */ var _registry_imageRepository_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(10966);
/* harmony import */ var _registry_registryClient_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(58002);
/* harmony import */ var _registry_registryCredentials_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(97880);
/* harmony import */ var _artifactStore_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(45679);




/** The registry repository `text` names (`oci://` accepted, as Helm writes it), ready to read and write. */
async function openBundleRepository(text, access, where) {
    const repository = (0,_registry_imageRepository_js__WEBPACK_IMPORTED_MODULE_0__/* .parseImageRepository */ .f)(text, where);
    const credentials = await (0,_registry_registryCredentials_js__WEBPACK_IMPORTED_MODULE_2__/* .findRegistryCredentials */ .zz)(repository.registry, {
        ...(access.username !== undefined ? { username: access.username } : {}),
        ...(access.password !== undefined ? { password: access.password } : {}),
    });
    const client = new _registry_registryClient_js__WEBPACK_IMPORTED_MODULE_1__/* .RegistryClient */ .bP({ host: repository.apiHost, ...(credentials ? { credentials } : {}), ...(access.insecure ? { insecure: true } : {}) });
    return new _artifactStore_js__WEBPACK_IMPORTED_MODULE_3__/* .RegistryStore */ .X(repository, client);
}


/***/ }),

/***/ 59715:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GV: () => (/* binding */ chartConfigBlob),
/* harmony export */   Hf: () => (/* binding */ helmConfigMediaType),
/* harmony export */   KO: () => (/* binding */ helmChartLayerMediaType),
/* harmony export */   nb: () => (/* binding */ descriptorOf),
/* harmony export */   rn: () => (/* binding */ chartManifestBlob),
/* harmony export */   s0: () => (/* binding */ chartOciAnnotations),
/* harmony export */   sI: () => (/* binding */ sha256Digest),
/* harmony export */   vp: () => (/* binding */ chartLayerOf),
/* harmony export */   xS: () => (/* binding */ ociManifestMediaType)
/* harmony export */ });
/* unused harmony exports helmLegacyChartLayerMediaType, helmProvenanceMediaType */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _release_releaseCodec_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(25420);


/** Helm's reserved media types (pkg/registry/constants.go). */
const helmConfigMediaType = 'application/vnd.cncf.helm.config.v1+json';
const helmChartLayerMediaType = 'application/vnd.cncf.helm.chart.content.v1.tar+gzip';
const helmLegacyChartLayerMediaType = 'application/tar+gzip';
const helmProvenanceMediaType = 'application/vnd.cncf.helm.chart.provenance.v1.prov';
const ociManifestMediaType = 'application/vnd.oci.image.manifest.v1+json';
const sha256Digest = (data) => `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(data).digest('hex')}`;
const descriptorOf = (mediaType, data) => ({ mediaType, digest: sha256Digest(data), size: data.length });
/** The config blob: chart.Metadata as Go's json.Marshal writes it (field order, omitempty). */
function chartConfigBlob(metadata) {
    return Buffer.from((0,_release_releaseCodec_js__WEBPACK_IMPORTED_MODULE_1__/* .goJson */ .Pl)((0,_release_releaseCodec_js__WEBPACK_IMPORTED_MODULE_1__/* .orderChartMetadata */ .sh)(metadata)), 'utf8');
}
const nonEmpty = (value) => value !== undefined && value.trim() !== '';
/**
 * Helm's generateOCIAnnotations: description, title, version, url, created, source and authors from
 * Chart.yaml, then the chart's own annotations (never overriding title or version). `created` is given
 * (Helm uses the push time; slipway the commit time, so the same commit gives the same digest).
 */
function chartOciAnnotations(metadata, created) {
    const out = {};
    const add = (key, value) => {
        if (nonEmpty(value))
            out[key] = value;
    };
    add('org.opencontainers.image.description', metadata.description);
    add('org.opencontainers.image.title', metadata.name);
    add('org.opencontainers.image.version', metadata.version);
    add('org.opencontainers.image.url', metadata.home);
    add('org.opencontainers.image.created', created);
    add('org.opencontainers.image.source', metadata.sources?.[0]);
    if (metadata.maintainers && metadata.maintainers.length > 0) {
        add('org.opencontainers.image.authors', metadata.maintainers.map((m) => `${m.name ?? ''}${m.email ? ` (${m.email})` : ''}`).join(', '));
    }
    for (const [key, value] of Object.entries(metadata.annotations ?? {})) {
        if (key === 'org.opencontainers.image.version' || key === 'org.opencontainers.image.title')
            continue;
        out[key] = value;
    }
    return out;
}
/** A descriptor as ocispec.Descriptor marshals: mediaType, digest, size, annotations (sorted keys). */
function orderedDescriptor(d) {
    return { mediaType: d.mediaType, digest: d.digest, size: d.size, ...(d.annotations && Object.keys(d.annotations).length > 0 ? { annotations: sortedRecord(d.annotations) } : {}) };
}
function sortedRecord(record) {
    const out = {};
    for (const key of Object.keys(record).sort())
        out[key] = record[key];
    return out;
}
/**
 * The manifest as Helm's tagManifest marshals ocispec.Manifest: schemaVersion 2, no mediaType field,
 * config, layers, annotations (Go sorts map keys). Its bytes are what the digest is taken of.
 */
function chartManifestBlob(config, layers, annotations) {
    const manifest = {
        schemaVersion: 2,
        config: orderedDescriptor(config),
        layers: layers.map(orderedDescriptor),
        ...(Object.keys(annotations).length > 0 ? { annotations: sortedRecord(annotations) } : {}),
    };
    return Buffer.from((0,_release_releaseCodec_js__WEBPACK_IMPORTED_MODULE_1__/* .goJson */ .Pl)(manifest), 'utf8');
}
/** Why a manifest is not a Helm chart, or undefined when it is one: the chart layer is returned. */
function chartLayerOf(manifest) {
    if (manifest.config?.mediaType !== helmConfigMediaType) {
        return { problem: `its config media type is ${manifest.config?.mediaType ? `"${manifest.config.mediaType}"` : 'missing'}, not Helm's ${helmConfigMediaType}` };
    }
    const layers = (manifest.layers ?? []).filter((l) => l.mediaType === helmChartLayerMediaType || l.mediaType === helmLegacyChartLayerMediaType);
    if (layers.length !== 1)
        return { problem: `it has ${layers.length} chart layers (${helmChartLayerMediaType}); a Helm chart has exactly one` };
    return { layer: layers[0] };
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


/***/ })

};
;
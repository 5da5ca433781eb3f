"use strict";
exports.id = 102;
exports.ids = [102];
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

/***/ 37268:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   pm: () => (/* binding */ pushChartArtifact),
/* harmony export */   pullBundle: () => (/* binding */ pullBundle)
/* harmony export */ });
/* unused harmony exports chartArtifact, resolveBundleTag */
/* harmony import */ var _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16602);
/* harmony import */ var _bundleTag_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48152);
/* harmony import */ var _helmOciArtifact_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(59715);



/** The Helm OCI artifact of a packaged chart: config, layer and manifest blobs, and the manifest's digest. */
function chartArtifact(chartArchive, metadata, created) {
    const config = (0,_helmOciArtifact_js__WEBPACK_IMPORTED_MODULE_2__/* .chartConfigBlob */ .GV)(metadata);
    const manifest = (0,_helmOciArtifact_js__WEBPACK_IMPORTED_MODULE_2__/* .chartManifestBlob */ .rn)((0,_helmOciArtifact_js__WEBPACK_IMPORTED_MODULE_2__/* .descriptorOf */ .nb)(_helmOciArtifact_js__WEBPACK_IMPORTED_MODULE_2__/* .helmConfigMediaType */ .Hf, config), [(0,_helmOciArtifact_js__WEBPACK_IMPORTED_MODULE_2__/* .descriptorOf */ .nb)(_helmOciArtifact_js__WEBPACK_IMPORTED_MODULE_2__/* .helmChartLayerMediaType */ .KO, chartArchive)], (0,_helmOciArtifact_js__WEBPACK_IMPORTED_MODULE_2__/* .chartOciAnnotations */ .s0)(metadata, created));
    return { config, manifest };
}
/** Pushes a packaged chart as a Helm OCI chart under `tag`; returns the manifest digest. */
async function pushChartArtifact(store, tag, chartArchive, metadata, created) {
    const { config, manifest } = chartArtifact(chartArchive, metadata, created);
    await store.putBlob(config);
    await store.putBlob(chartArchive);
    return store.putManifest(manifest, _helmOciArtifact_js__WEBPACK_IMPORTED_MODULE_2__/* .ociManifestMediaType */ .xS, tag);
}
/** The tag `wanted` (a tag or a semver constraint) names in the store, or an error listing the nearest tags. */
async function resolveBundleTag(store, wanted, input = '--tag') {
    if (wanted.startsWith('sha256:'))
        return wanted;
    const selection = (0,_bundleTag_js__WEBPACK_IMPORTED_MODULE_1__/* .selectBundleTag */ .Pe)(await store.tags(), wanted);
    if ('tag' in selection)
        return selection.tag;
    const near = 'nearest' in selection && selection.nearest.length > 0 ? `; nearest: ${selection.nearest.join(', ')}` : '';
    switch (selection.problem) {
        case 'no-tags':
            throw new _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_0__.SlipwayError('registry', `${store.name} has no bundles (no tags)`, { where: { input: '--repo' }, hint: 'publish one first: slipway bundle publish --repo …' });
        case 'not-found':
            throw new _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_0__.SlipwayError('registry', `${store.name} has no tag "${wanted}"${near}`, { where: { input }, hint: 'give an existing tag or a semver constraint such as ^1.2' });
        case 'no-match':
            throw new _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_0__.SlipwayError('registry', `no tag of ${store.name} satisfies "${wanted}"${near}`, { where: { input }, hint: 'widen the constraint or publish a matching version' });
        case 'bad-constraint':
            throw new _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_0__.SlipwayError('input', `"${wanted}" is neither a tag of ${store.name} nor a semver constraint: ${selection.message}`, { where: { input }, hint: 'e.g. --tag latest, --tag 1.4.2, --tag "^1.4"' });
    }
}
/**
 * Reads the bundle `wanted` names: resolves the tag, checks the manifest is a Helm chart (and, with
 * `expectedDigest`, that it is that exact manifest), and reads the chart layer, every byte verified.
 */
async function pullBundle(store, wanted, options = {}) {
    const tag = await resolveBundleTag(store, wanted, options.input);
    const stored = await store.manifest(tag);
    if (!stored)
        throw new _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_0__.SlipwayError('registry', `${store.name}:${tag} vanished while it was read`, { hint: 'someone deleted the tag meanwhile; try again' });
    if (options.expectedDigest !== undefined && stored.digest !== options.expectedDigest) {
        throw new _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_0__.SlipwayError('registry', `digest mismatch for ${store.name}:${tag}: expected ${options.expectedDigest}, the registry has ${stored.digest}`, {
            where: { input: '--digest' },
            hint: 'the tag was moved to other content since the digest was recorded; nothing was deployed',
        });
    }
    let manifest;
    try {
        manifest = JSON.parse(stored.body.toString('utf8'));
    }
    catch {
        throw new _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_0__.SlipwayError('registry', `${store.name}:${tag} is not a Helm chart: its manifest is not JSON`);
    }
    const chart = (0,_helmOciArtifact_js__WEBPACK_IMPORTED_MODULE_2__/* .chartLayerOf */ .vp)(manifest);
    if ('problem' in chart) {
        throw new _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_0__.SlipwayError('registry', `${store.name}:${tag} is not a Helm chart: ${chart.problem}`, { where: { input: options.input ?? '--tag' }, hint: 'point --repo/--tag at a bundle (slipway bundle publish or helm push), not at an image' });
    }
    const chartArchive = await store.blob(chart.layer.digest);
    if (chartArchive.length !== chart.layer.size) {
        throw new _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_0__.SlipwayError('registry', `size mismatch for the chart layer of ${store.name}:${tag}: manifest says ${chart.layer.size} bytes, got ${chartArchive.length}`);
    }
    return { tag, digest: stored.digest, manifest, chartArchive };
}


/***/ }),

/***/ 48152:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pe: () => (/* binding */ selectBundleTag),
/* harmony export */   ml: () => (/* binding */ tagOfVersion),
/* harmony export */   r_: () => (/* binding */ isValidTag)
/* harmony export */ });
/* unused harmony export versionOfTag */
/* harmony import */ var _chart_loader_semverRange_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76463);

/** OCI tags cannot hold "+": Helm pushes build metadata with "_" in its place and reads it back. */
const tagOfVersion = (version) => version.replaceAll('+', '_');
const versionOfTag = (tag) => tag.replaceAll('_', '+');
/** A tag slipway may publish or ask for: OCI's tag grammar. */
const isValidTag = (tag) => /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/.test(tag);
function semverTags(tags) {
    const out = [];
    for (const tag of tags) {
        const version = (0,_chart_loader_semverRange_js__WEBPACK_IMPORTED_MODULE_0__/* .parseSemver */ .kf)(versionOfTag(tag));
        if (version)
            out.push({ tag, version });
    }
    // Newest first, as Helm's client.Tags sorts them before matching.
    return out.sort((a, b) => (0,_chart_loader_semverRange_js__WEBPACK_IMPORTED_MODULE_0__/* .compareSemver */ .mU)(b.version, a.version));
}
/**
 * Which tag `wanted` names among a repository's tags, as Helm's GetTagMatchingVersionOrConstraint does:
 * an exact tag first (also with "+" written as "_"), else the newest semver tag satisfying `wanted` as a
 * constraint (`^1.2`, `~1.2.3`, `>=1 <2`, `1.x`). When nothing matches, the nearest tags are given:
 * the newest semver tags, or the tags that start alike. Pure.
 */
function selectBundleTag(tags, wanted) {
    if (tags.length === 0)
        return { problem: 'no-tags' };
    if (tags.includes(wanted))
        return { tag: wanted };
    if (tags.includes(tagOfVersion(wanted)))
        return { tag: tagOfVersion(wanted) };
    const versions = semverTags(tags);
    const nearest = () => {
        if (versions.length > 0)
            return versions.slice(0, 5).map((v) => v.tag);
        const prefix = wanted.slice(0, 3);
        return [...tags].filter((t) => t.startsWith(prefix)).sort().slice(0, 5);
    };
    const operators = /[\^~<>=*|xX,\s]/.test(wanted);
    const constraints = (0,_chart_loader_semverRange_js__WEBPACK_IMPORTED_MODULE_0__/* .parseConstraintsE */ .N9)(wanted);
    if (typeof constraints === 'string')
        return operators ? { problem: 'bad-constraint', message: constraints } : { problem: 'not-found', nearest: nearest() };
    const match = versions.find((v) => (0,_chart_loader_semverRange_js__WEBPACK_IMPORTED_MODULE_0__/* .constraintsAllow */ .U5)(constraints, v.version));
    if (match)
        return { tag: match.tag };
    // A full version that is not there is a missing tag, not a constraint nobody satisfies.
    if (!operators && /^v?[0-9]+\.[0-9]+\.[0-9]+/.test(wanted))
        return { problem: 'not-found', nearest: nearest() };
    return { problem: 'no-match', nearest: nearest() };
}


/***/ }),

/***/ 8400:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jn: () => (/* binding */ bundleImages),
/* harmony export */   O: () => (/* binding */ rewriteImageRepository),
/* harmony export */   Xv: () => (/* binding */ splitImageReference),
/* harmony export */   _1: () => (/* binding */ bakeValues)
/* harmony export */ });
/* harmony import */ var _chart_functions_yaml_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(25438);
/* harmony import */ var _converge_environmentInput_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(26306);


const isMap = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/**
 * The chart's files with `baked` merged over its values.yaml (written as Helm's toYaml writes YAML), so
 * `helm install oci://…` of the bundle sees the image references too. Nothing to bake: files unchanged.
 */
function bakeValues(files, chartValues, baked) {
    if (Object.keys(baked).length === 0)
        return [...files];
    const text = `${(0,_chart_functions_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .toYaml */ .f)((0,_converge_environmentInput_js__WEBPACK_IMPORTED_MODULE_1__.mergeValues)(chartValues, baked))}\n`;
    const data = new TextEncoder().encode(text);
    const others = files.filter((f) => f.name !== 'values.yaml');
    return [...others, { name: 'values.yaml', data }];
}
/** The images baked into a bundle's values (empty for a chart published by helm). Pure. */
function bundleImages(values) {
    const slipway = isMap(values.slipway) ? values.slipway : {};
    const images = isMap(slipway.image) ? slipway.image : {};
    const digests = isMap(slipway.imageDigest) ? slipway.imageDigest : {};
    return Object.entries(images)
        .filter((entry) => typeof entry[1] === 'string')
        .map(([name, reference]) => ({ name, reference, ...(typeof digests[name] === 'string' ? { digest: digests[name] } : {}) }));
}
/** `registry/path:tag` split at the tag (a port's colon is not a tag). */
function splitImageReference(reference) {
    const at = reference.lastIndexOf(':');
    if (at < 0 || reference.slice(at).includes('/'))
        return { repository: reference, tag: 'latest' };
    return { repository: reference.slice(0, at), tag: reference.slice(at + 1) };
}
/** The values with every image reference moved to `repository` (same tags), as after `copy --with-images`. Pure. */
function rewriteImageRepository(values, repository) {
    const moved = {};
    for (const image of bundleImages(values))
        moved[image.name] = `${repository}:${splitImageReference(image.reference).tag}`;
    const werf = isMap(values.werf) ? values.werf : {};
    return (0,_converge_environmentInput_js__WEBPACK_IMPORTED_MODULE_1__.mergeValues)(values, {
        slipway: { image: moved, repo: repository },
        ...(isMap(werf.image) || werf.repo !== undefined ? { werf: { image: moved, repo: repository } } : {}),
    });
}


/***/ }),

/***/ 37658:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ packageChart)
/* harmony export */ });
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _chart_template_goValues_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(11787);
/* harmony import */ var _tarWriter_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(66444);



/**
 * A chart packaged as `helm package` lays it out (`<name>/<file>` entries, Chart.yaml first), but
 * deterministic: files in Go's lexical order, fixed tar headers with one mtime, gzip with no name and
 * mtime 0 at best compression. The same files and mtime give the same bytes (with the same zlib).
 */
function packageChart(name, files, mtimeSeconds) {
    const ordered = [...files].sort((a, b) => (a.name === 'Chart.yaml' ? -1 : b.name === 'Chart.yaml' ? 1 : (0,_chart_template_goValues_js__WEBPACK_IMPORTED_MODULE_1__/* .compareGoStrings */ .mA)(a.name, b.name)));
    const tar = (0,_tarWriter_js__WEBPACK_IMPORTED_MODULE_2__/* .writeTar */ .F)(ordered.map((f) => ({ name: `${name}/${f.name}`, data: f.data })), mtimeSeconds);
    return (0,node_zlib__WEBPACK_IMPORTED_MODULE_0__.gzipSync)(tar, { level: node_zlib__WEBPACK_IMPORTED_MODULE_0__.constants.Z_BEST_COMPRESSION });
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

/***/ 66444:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ writeTar)
/* harmony export */ });
const BLOCK = 512;
function writeString(block, offset, length, text) {
    block.write(text, offset, Math.min(length, Buffer.byteLength(text)), 'utf8');
}
function writeOctal(block, offset, length, value) {
    // length-1 octal digits and a NUL, as Go's archive/tar writes numeric fields.
    writeString(block, offset, length, `${value.toString(8).padStart(length - 1, '0')}\0`);
}
function header(name, prefix, size, mtime, type) {
    const block = Buffer.alloc(BLOCK);
    writeString(block, 0, 100, name);
    writeOctal(block, 100, 8, 0o644);
    writeOctal(block, 108, 8, 0);
    writeOctal(block, 116, 8, 0);
    writeOctal(block, 124, 12, size);
    writeOctal(block, 136, 12, mtime);
    block.fill(0x20, 148, 156);
    writeString(block, 156, 1, type);
    writeString(block, 257, 6, 'ustar\0');
    writeString(block, 263, 2, '00');
    writeString(block, 345, 155, prefix);
    let sum = 0;
    for (const byte of block)
        sum += byte;
    writeString(block, 148, 8, `${sum.toString(8).padStart(6, '0')}\0 `);
    return block;
}
/** Splits a name into ustar prefix and name fields, or undefined when it needs a PAX record. */
function ustarName(name) {
    const bytes = Buffer.byteLength(name);
    if (bytes <= 100)
        return { name, prefix: '' };
    for (let i = name.indexOf('/'); i >= 0; i = name.indexOf('/', i + 1)) {
        const prefix = name.slice(0, i);
        const rest = name.slice(i + 1);
        if (Buffer.byteLength(prefix) <= 155 && Buffer.byteLength(rest) <= 100 && rest !== '')
            return { name: rest, prefix };
    }
    return undefined;
}
/** One PAX record: "<length> path=<name>\n", the length counting itself. */
function paxRecord(key, value) {
    const body = ` ${key}=${value}\n`;
    let length = Buffer.byteLength(body) + 1;
    while (String(length).length + Buffer.byteLength(body) !== length)
        length = String(length).length + Buffer.byteLength(body);
    return Buffer.from(`${length}${body}`, 'utf8');
}
const padding = (size) => Buffer.alloc((BLOCK - (size % BLOCK)) % BLOCK);
/** The tar stream of `files` in the given order, ended by two zero blocks. */
function writeTar(files, mtimeSeconds) {
    const parts = [];
    for (const file of files) {
        let fields = ustarName(file.name);
        if (!fields) {
            const record = paxRecord('path', file.name);
            parts.push(header('PaxHeaders/' + file.name.slice(-80).replace(/^\/+/, ''), '', record.length, mtimeSeconds, 'x'), record, padding(record.length));
            fields = { name: file.name.slice(0, 100), prefix: '' };
        }
        parts.push(header(fields.name, fields.prefix, file.data.length, mtimeSeconds, '0'), Buffer.from(file.data.buffer, file.data.byteOffset, file.data.byteLength), padding(file.data.length));
    }
    parts.push(Buffer.alloc(BLOCK * 2));
    return Buffer.concat(parts);
}


/***/ }),

/***/ 26306:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ repositoryPath),
/* harmony export */   environmentInput: () => (/* binding */ environmentInput),
/* harmony export */   liveCapabilities: () => (/* binding */ liveCapabilities),
/* harmony export */   mergeValues: () => (/* binding */ mergeValues),
/* harmony export */   refuseUncommittedDeployInputs: () => (/* binding */ refuseUncommittedDeployInputs),
/* harmony export */   releaseState: () => (/* binding */ releaseState)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(16602);
/* harmony import */ var _chart_values_valuesFlags_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9174);
/* harmony import */ var _errors_inputNames_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(59251);





function isMap(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
/** `over` wins; maps merge key by key (user values override the injected image values, never drop them wholesale). */
function mergeValues(base, over) {
    const out = { ...base };
    for (const [k, v] of Object.entries(over))
        out[k] = isMap(v) && isMap(out[k]) ? mergeValues(out[k], v) : v;
    return out;
}
/** Giterminism for the deploy: configuration and chart are used as committed, so changes must be committed first. */
async function refuseUncommittedDeployInputs(root, prefix, configFile, chart) {
    const { workingTreeStatus } = await __webpack_require__.e(/* import() */ 1680).then(__webpack_require__.bind(__webpack_require__, 11680));
    const { projectStatus } = await __webpack_require__.e(/* import() */ 7505).then(__webpack_require__.bind(__webpack_require__, 47505));
    const { uncommittedChanges, uncommittedChangesError } = await __webpack_require__.e(/* import() */ 7292).then(__webpack_require__.bind(__webpack_require__, 77292));
    const changes = uncommittedChanges(projectStatus(await workingTreeStatus(root), prefix), { files: [configFile], directories: [chart], contexts: [] });
    if (changes.length > 0)
        throw uncommittedChangesError(changes, 'the deploy');
}
/** `demo-shop/templates/web.yaml` → `app/.helm/templates/web.yaml`: a template's path from the repository root. */
function repositoryPath(file, chart) {
    if (!chart || !file.startsWith(`${chart.name}/`))
        return file;
    const dir = chart.dir.replace(/^\.\//, '').replace(/\/+$/, '');
    return `${dir === '' || dir === '.' ? '' : `${dir}/`}${file.slice(chart.name.length + 1)}`;
}
async function environmentInput(flags, options) {
    const emit = options.emit ?? (() => undefined);
    const inputNames = options.inputNames ?? _errors_inputNames_js__WEBPACK_IMPORTED_MODULE_3__/* .cliInputNames */ .tE;
    const registry = options.registry ?? {};
    const dir = options.dir ?? process.cwd();
    const { openProject } = await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(8508), __webpack_require__.e(473), __webpack_require__.e(8571)]).then(__webpack_require__.bind(__webpack_require__, 30473));
    const { deployNames, environmentUrl } = await Promise.all(/* import() */[__webpack_require__.e(8508), __webpack_require__.e(1939)]).then(__webpack_require__.bind(__webpack_require__, 41939));
    const { loadChart } = await Promise.all(/* import() */[__webpack_require__.e(3243), __webpack_require__.e(2448), __webpack_require__.e(1518), __webpack_require__.e(3464)]).then(__webpack_require__.bind(__webpack_require__, 3238));
    const { render } = await Promise.all(/* import() */[__webpack_require__.e(3243), __webpack_require__.e(8966), __webpack_require__.e(2448), __webpack_require__.e(5438), __webpack_require__.e(9886), __webpack_require__.e(7504), __webpack_require__.e(8854)]).then(__webpack_require__.bind(__webpack_require__, 97504));
    const { mergeValueOptions } = await Promise.all(/* import() */[__webpack_require__.e(3243), __webpack_require__.e(2448), __webpack_require__.e(4851)]).then(__webpack_require__.bind(__webpack_require__, 95772));
    const { deployInputOf } = await __webpack_require__.e(/* import() */ 772).then(__webpack_require__.bind(__webpack_require__, 10772));
    const project = await openProject({ dir, ...(flags.commit ? { commit: flags.commit } : {}), dev: flags.dev ?? false });
    const { root, prefix, commit, tree, config } = project;
    if (!flags.dev && flags.commit === undefined)
        await refuseUncommittedDeployInputs(root, prefix, config.file, config.deploy.chart);
    const names = deployNames(config.deploy, { project: config.project, env: flags.env });
    const release = flags.release ?? names.release;
    const namespace = flags.namespace ?? names.namespace;
    const werfProject = config.format === 'werf' || (flags.werf ?? false);
    let imageValues = {};
    let build;
    const images = {};
    if (config.images.length > 0) {
        const repo = flags.repo ?? registry.repo;
        if (!repo)
            throw new _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_2__.SlipwayError('input', `slipway.yaml declares ${config.images.length} image(s) but no image repository is given`, { where: { input: inputNames.repo }, hint: `set ${(0,_errors_inputNames_js__WEBPACK_IMPORTED_MODULE_3__/* .inputLabel */ .NB)(inputNames.repo)} to <registry>/<path> (or SLIPWAY_REPO)` });
        const { buildImages } = await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(8508), __webpack_require__.e(473), __webpack_require__.e(4023), __webpack_require__.e(5252), __webpack_require__.e(4600)]).then(__webpack_require__.bind(__webpack_require__, 25252));
        const { chartImageValues } = await __webpack_require__.e(/* import() */ 7451).then(__webpack_require__.bind(__webpack_require__, 27451));
        emit({ type: 'phase', phase: 'build', state: 'started' });
        const result = await buildImages({
            project,
            dir,
            repo,
            commit,
            dev: flags.dev ?? false,
            requireBuiltImages: !options.build || (flags.skipBuild ?? false),
            ...(registry.username !== undefined ? { username: registry.username } : {}),
            ...(registry.password !== undefined ? { password: registry.password } : {}),
            ...(registry.network ? { network: registry.network } : {}),
            ...(registry.builder ? { builder: registry.builder } : {}),
            ...(registry.dockerConfigDir ? { env: { ...process.env, DOCKER_CONFIG: registry.dockerConfigDir } } : {}),
            inputNames,
            log: {
                info: options.log,
                warning: options.warn,
                // With an event stream the outputs print the build from the events; without one (plan), as lines.
                imageStarted: (image) => {
                    emit({ type: 'image', name: image, reference: '', state: 'building' });
                    if (!options.emit)
                        options.log(`[${image}] building`);
                },
                imageOutput: (image, line) => {
                    emit({ type: 'image-output', name: image, line });
                    if (!options.emit)
                        options.log(`[${image}] ${line}`);
                },
                imageFinished: (image, ok) => {
                    if (!options.emit)
                        options.log(`[${image}] ${ok ? 'pushed' : 'FAILED'}`);
                },
            },
        }).catch((error) => {
            emit({ type: 'phase', phase: 'build', state: 'failed', message: error instanceof Error ? error.message : String(error) });
            throw error;
        });
        for (const image of result.images) {
            emit({ type: 'image', name: image.name, reference: image.reference, state: image.action, durationMs: image.durationMs, ...(image.error ? { message: image.error } : {}) });
        }
        emit({ type: 'phase', phase: 'build', state: result.images.some((i) => i.action === 'failed') ? 'failed' : 'finished' });
        build = result;
        imageValues = chartImageValues(result);
        for (const image of result.images)
            if (image.action !== 'failed' && image.action !== 'not-built')
                images[image.name] = image.reference;
    }
    let injected = mergeValues(imageValues, {
        slipway: { env: flags.env, namespace, release },
        werf: { env: flags.env, namespace },
    });
    if (werfProject) {
        const { werfServiceValues } = await __webpack_require__.e(/* import() */ 4197).then(__webpack_require__.bind(__webpack_require__, 4197));
        const { commitDate } = await __webpack_require__.e(/* import() */ 1680).then(__webpack_require__.bind(__webpack_require__, 11680));
        const built = (build?.images ?? []).filter((i) => i.action !== 'failed' && i.action !== 'not-built');
        injected = mergeValues(injected, werfServiceValues({ project: config.project, repo: build?.repository ?? flags.repo ?? registry.repo ?? '', env: flags.env, namespace, commit: { hash: commit, date: await commitDate(root, commit) }, images: built }));
    }
    const userValues = mergeValueOptions((0,_chart_values_valuesFlags_js__WEBPACK_IMPORTED_MODULE_4__/* .valueOptionsOf */ .B)(flags), (path) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8'));
    const secretValueFiles = werfProject ? (flags.secretValues ?? []) : [];
    if (!werfProject && (flags.secretValues ?? []).length > 0) {
        throw new _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_2__.SlipwayError('input', '--secret-values is werf\'s encrypted values format, read for werf.yaml projects or with --werf', { where: { input: '--secret-values' }, hint: 'add --werf (or use plain --values files)' });
    }
    const materialized = await tree.materialize([config.deploy.chart, ...secretValueFiles]);
    try {
        let values = mergeValues(injected, userValues);
        let secretFunctions = new Map();
        const revealedSecrets = [];
        if (werfProject) {
            const { loadWerfSecrets } = await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(2687)]).then(__webpack_require__.bind(__webpack_require__, 82687));
            const secrets = loadWerfSecrets({ root: materialized.dir, chartDir: config.deploy.chart, secretValueFiles, keySources: { ...options.werfSecretKey, projectDir: dir } });
            values = mergeValues(mergeValues(injected, secrets.values), userValues);
            secretFunctions = secrets.files;
            revealedSecrets.push(...secrets.revealed);
        }
        let chart;
        try {
            chart = loadChart((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(materialized.dir, config.deploy.chart));
        }
        catch (error) {
            if (error instanceof _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_2__.SlipwayError)
                throw error;
            throw new _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_2__.SlipwayError('chart', `cannot load the chart at ${config.deploy.chart}: ${error.message}`, { where: { file: config.deploy.chart, field: 'deploy.chart' }, hint: 'point deploy.chart in slipway.yaml at a Helm chart directory (with Chart.yaml)' });
        }
        const warnings = [];
        emit({ type: 'phase', phase: 'render', state: 'started' });
        const capabilities = options.cluster ? await liveCapabilities(options.cluster, options.warn) : undefined;
        if (options.cluster && options.migrateHelm2) {
            const { migrateHelm2Release } = await Promise.all(/* import() */[__webpack_require__.e(3243), __webpack_require__.e(2448), __webpack_require__.e(5815)]).then(__webpack_require__.bind(__webpack_require__, 84682));
            const { ReleaseStorage } = await __webpack_require__.e(/* import() */ 7263).then(__webpack_require__.bind(__webpack_require__, 47263));
            const storage = new ReleaseStorage(options.cluster, { namespace: options.releaseStorage?.namespace ?? namespace, type: options.releaseStorage?.type ?? 'secret' });
            await migrateHelm2Release(options.cluster, { release, tillerNamespace: options.migrateHelm2.tillerNamespace, storage, cleanup: options.migrateHelm2.cleanup, log: options.log });
        }
        const state = options.cluster ? await releaseState(options.cluster, release, options.releaseStorage?.namespace ?? namespace, options.releaseStorage?.type ?? 'secret') : undefined;
        const rendered = await render(chart, values, {
            releaseName: release,
            namespace,
            templateLines: true,
            warn: (m) => warnings.push(m),
            ...(capabilities ? { capabilities } : {}),
            ...(state ? { isUpgrade: state.isUpgrade, revision: state.revision } : {}),
            ...(options.cluster ? { clusterLookup: (await __webpack_require__.e(/* import() */ 1409).then(__webpack_require__.bind(__webpack_require__, 91409))).clusterLookup(options.cluster) } : {}),
            ...(werfProject ? { extraFunctions: (await __webpack_require__.e(/* import() */ 8360).then(__webpack_require__.bind(__webpack_require__, 28360))).werfFunctions(secretFunctions) } : {}),
        });
        for (const w of warnings)
            options.warn(w);
        emit({ type: 'phase', phase: 'render', state: 'finished', message: `${rendered.manifests.length} manifests, ${rendered.hooks.length} hooks` });
        const url = environmentUrl(config.deploy, { project: config.project, env: flags.env, release, namespace });
        const chartSource = { name: chart.metadata.name ?? '', dir: [prefix, config.deploy.chart].filter((p) => p !== '' && p !== '.').join('/'), root };
        return { input: deployInputOf(rendered, chart, { release, namespace, config: werfProject ? (await __webpack_require__.e(/* import() */ 4197).then(__webpack_require__.bind(__webpack_require__, 4197))).jsonSafeValues(values) : values }), project: config.project, images, chartSource, ...(revealedSecrets.length > 0 ? { revealedSecrets } : {}), ...(build ? { build } : {}), ...(url !== undefined ? { url } : {}) };
    }
    finally {
        await materialized.dispose();
    }
}
/** `.Capabilities` from the cluster, as Helm's getCapabilities: its version and discovery's API version set. */
async function liveCapabilities(client, warn) {
    const { clusterCapabilities } = await __webpack_require__.e(/* import() */ 881).then(__webpack_require__.bind(__webpack_require__, 60881));
    const live = await clusterCapabilities(client);
    if (live.failedGroupVersions.length > 0) {
        warn(`the cluster could not describe ${live.failedGroupVersions.join(', ')} (an orphaned or failing API service?): charts will not see them in .Capabilities.APIVersions`);
    }
    return { clusterVersion: live.version, ...(live.apiVersions ? { apiVersions: live.apiVersions, fromCluster: true } : {}) };
}
/**
 * `.Release.IsUpgrade` and `.Release.Revision` as the deploy will record them: an upgrade when the history
 * holds a release to upgrade (the deploy engine's own rule), the revision after the newest one.
 */
async function releaseState(client, release, storageNamespace, type) {
    const { ReleaseStorage } = await __webpack_require__.e(/* import() */ 7263).then(__webpack_require__.bind(__webpack_require__, 47263));
    const { deployKind, nextRevisionNumber } = await __webpack_require__.e(/* import() */ 4166).then(__webpack_require__.bind(__webpack_require__, 44166));
    const history = (await new ReleaseStorage(client, { namespace: storageNamespace, type }).history(release)).map((h) => h.release);
    return { isUpgrade: deployKind(history) === 'upgrade', revision: nextRevisionNumber(history) };
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
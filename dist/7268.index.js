"use strict";
exports.id = 7268;
exports.ids = [7268,4887,6463];
exports.modules = {

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

/***/ 76463:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N9: () => (/* binding */ parseConstraintsE),
/* harmony export */   U5: () => (/* binding */ constraintsAllow),
/* harmony export */   a1: () => (/* binding */ formatSemver),
/* harmony export */   cb: () => (/* binding */ isCompatibleRange),
/* harmony export */   kf: () => (/* binding */ parseSemver),
/* harmony export */   mU: () => (/* binding */ compareSemver),
/* harmony export */   rg: () => (/* binding */ parseSemverE)
/* harmony export */ });
/* unused harmony export parseConstraints */
/* harmony import */ var _template_goQuote_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(12889);
/**
 * Masterminds/semver v3 (v3.5.0, as helm v4.3.1 pins it): version parsing and constraint checks, for chart
 * version validation, dependency matching (IsCompatibleRange), kubeVersion checks and Sprig's semver functions.
 */

/** NewVersion coerces (CoerceNewVersion is true by default): leading zeros are accepted, as is a missing minor/patch. */
const LOOSE_VERSION = /^v?([0-9]+)(\.[0-9]+)?(\.[0-9]+)?(-([0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*))?(\+([0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*))?$/;
const MAX_VERSION_LEN = 256;
const UINT64_MAX = (1n << 64n) - 1n;
function parseSegment(digits) {
    const n = BigInt(digits);
    if (n > UINT64_MAX)
        return `error parsing version segment: strconv.ParseUint: parsing "${digits}": value out of range`;
    return n;
}
function validatePrerelease(pre) {
    for (const part of pre.split('.')) {
        if (part === '')
            return 'invalid prerelease string';
        if (/^[0-9]+$/.test(part) && part.length > 1 && part[0] === '0')
            return 'version segment starts with 0';
    }
    return undefined;
}
/** semver.NewVersion with its error texts. */
function parseSemverE(v) {
    if (Buffer.byteLength(v) > MAX_VERSION_LEN)
        return { error: `version string is too long (max ${MAX_VERSION_LEN} bytes)` };
    const m = LOOSE_VERSION.exec(v);
    if (m === null)
        return { error: 'invalid semantic version' };
    const parts = [m[1], (m[2] ?? '.0').slice(1), (m[3] ?? '.0').slice(1)].map(parseSegment);
    for (const p of parts)
        if (typeof p === 'string')
            return { error: p };
    const pre = m[5] ?? '';
    const metadata = m[8] ?? '';
    if (pre !== '') {
        const err = validatePrerelease(pre);
        if (err !== undefined)
            return { error: err };
    }
    const [major, minor, patch] = parts;
    return { version: { major: major, minor: minor, patch: patch, pre, metadata, original: v } };
}
/** semver.NewVersion; undefined when invalid. */
function parseSemver(v) {
    const r = parseSemverE(v);
    return 'version' in r ? r.version : undefined;
}
/** Version.String(): the canonical form (no "v", zero-filled). */
function formatSemver(v) {
    return `${v.major}.${v.minor}.${v.patch}${v.pre !== '' ? `-${v.pre}` : ''}${v.metadata !== '' ? `+${v.metadata}` : ''}`;
}
function cmp(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function comparePrePart(s, o) {
    if (s === o)
        return 0;
    if (s === '')
        return o !== '' ? -1 : 1;
    if (o === '')
        return s !== '' ? 1 : -1;
    const on = /^\d+$/.test(o) && BigInt(o) <= UINT64_MAX;
    const sn = /^\d+$/.test(s) && BigInt(s) <= UINT64_MAX;
    if (!on && !sn)
        return s > o ? 1 : -1;
    if (!on)
        return -1;
    if (!sn)
        return 1;
    return cmp(BigInt(s), BigInt(o)) > 0 ? 1 : -1;
}
function comparePrerelease(v, o) {
    const sp = v.split('.');
    const op = o.split('.');
    const l = Math.max(sp.length, op.length);
    for (let i = 0; i < l; i++) {
        const d = comparePrePart(sp[i] ?? '', op[i] ?? '');
        if (d !== 0)
            return d;
    }
    return 0;
}
function compareSemver(v, o) {
    const d = cmp(v.major, o.major) || cmp(v.minor, o.minor) || cmp(v.patch, o.patch);
    if (d !== 0)
        return d;
    if (v.pre === '' && o.pre === '')
        return 0;
    if (v.pre === '')
        return 1;
    if (o.pre === '')
        return -1;
    return comparePrerelease(v.pre, o.pre);
}
const CV = 'v?([0-9|x|X|\\*]+)(\\.[0-9|x|X|\\*]+)?(\\.[0-9|x|X|\\*]+)?(-([0-9A-Za-z\\-]+(\\.[0-9A-Za-z\\-]+)*))?(\\+([0-9A-Za-z\\-]+(\\.[0-9A-Za-z\\-]+)*))?';
const OPS = '=||!=|>|<|>=|=>|<=|=<|~|~>|\\^';
const CONSTRAINT = new RegExp(`^\\s*(${OPS})\\s*(${CV})\\s*$`);
const RANGE = new RegExp(`\\s*(${CV})\\s+-\\s+(${CV})\\s*`, 'g');
const FIND = new RegExp(`(${OPS})\\s*(${CV})`, 'g');
const VALID = new RegExp(`^(\\s*(${OPS})\\s*(${CV})\\s*)((?:\\s+|,\\s*)(${OPS})\\s*(${CV})\\s*)*$`);
const isX = (x) => x === 'x' || x === '*' || x === 'X';
function parseConstraint(c) {
    if (c.length === 0)
        return { con: parseSemver('0.0.0'), orig: c, op: '', dirty: true, minorDirty: false, patchDirty: false };
    const m = CONSTRAINT.exec(c);
    if (m === null)
        return `improper constraint: ${(0,_template_goQuote_js__WEBPACK_IMPORTED_MODULE_0__/* .goQuote */ .dg)(c)}`;
    const [, op = '', orig = '', major = '', minorPart = '', patchPart = '', pre = ''] = m;
    let ver = orig;
    let dirty = false;
    let minorDirty = false;
    let patchDirty = false;
    if (isX(major) || major === '') {
        ver = `0.0.0${pre}`;
        dirty = true;
    }
    else if (isX(minorPart.replace(/^\./, '')) || minorPart === '') {
        minorDirty = dirty = true;
        ver = `${major}.0.0${pre}`;
    }
    else if (isX(patchPart.replace(/^\./, '')) || patchPart === '') {
        patchDirty = dirty = true;
        ver = `${major}${minorPart}.0${pre}`;
    }
    const con = parseSemver(ver);
    if (con === undefined)
        return 'constraint parser error';
    return { con, orig, op, dirty, minorDirty, patchDirty };
}
function check(v, c, includePre) {
    if (v.pre !== '' && !includePre)
        return false;
    const n = c.con;
    switch (c.op) {
        case '':
        case '=':
            return c.dirty ? tilde(v, c) : compareSemver(v, n) === 0;
        case '!=':
            if (c.dirty) {
                if (n.major !== v.major)
                    return true;
                if (n.minor !== v.minor && !c.minorDirty)
                    return true;
                if (c.minorDirty)
                    return false;
                if (n.patch !== v.patch && !c.patchDirty)
                    return true;
                if (c.patchDirty)
                    return (v.pre !== '' || n.pre !== '') && comparePrerelease(v.pre, n.pre) !== 0;
            }
            return compareSemver(v, n) !== 0;
        case '>':
            if (!c.dirty)
                return compareSemver(v, n) === 1;
            if (v.major > n.major)
                return true;
            if (v.major < n.major || c.minorDirty)
                return false;
            if (c.patchDirty)
                return v.minor > n.minor;
            return compareSemver(v, n) === 1;
        case '<':
            return compareSemver(v, n) < 0;
        case '>=':
        case '=>':
            return compareSemver(v, n) >= 0;
        case '<=':
        case '=<':
            if (!c.dirty)
                return compareSemver(v, n) <= 0;
            if (v.major > n.major)
                return false;
            return !(v.major === n.major && v.minor > n.minor && !c.minorDirty);
        case '~':
        case '~>':
            return tilde(v, c);
        case '^':
            if (compareSemver(v, n) < 0)
                return false;
            if (n.major > 0n || c.minorDirty)
                return v.major === n.major;
            if (v.major > 0n)
                return false;
            if (n.minor > 0n || c.patchDirty)
                return v.minor === n.minor;
            if (v.minor > 0n)
                return false;
            return n.patch === v.patch;
    }
    return false;
}
function tilde(v, c) {
    const n = c.con;
    if (compareSemver(v, n) < 0)
        return false;
    if (n.major === 0n && n.minor === 0n && n.patch === 0n && !c.minorDirty && !c.patchDirty)
        return true;
    if (v.major !== n.major)
        return false;
    return !(v.minor !== n.minor && !c.minorDirty);
}
const MAX_CONSTRAINT_LEN = 512;
const MAX_CONSTRAINT_GROUPS = 32;
/** semver.NewConstraint: the constraints or Go's error text. */
function parseConstraintsE(text) {
    if (Buffer.byteLength(text) > MAX_CONSTRAINT_LEN)
        return `constraint string is too long (max ${MAX_CONSTRAINT_LEN} bytes)`;
    const rewritten = text.replace(RANGE, (_all, from, ...rest) => `>= ${from}, <= ${rest[9]} `);
    const ors = rewritten.split('||');
    if (ors.length > MAX_CONSTRAINT_GROUPS)
        return `too many constraint groups (max ${MAX_CONSTRAINT_GROUPS})`;
    const groups = [];
    const hasPre = [];
    for (const or of ors) {
        if (!VALID.test(or))
            return `improper constraint: ${(0,_template_goQuote_js__WEBPACK_IMPORTED_MODULE_0__/* .goQuote */ .dg)(or)}`;
        const found = or.match(FIND) ?? [or];
        const group = [];
        let pre = false;
        for (const s of found) {
            const c = parseConstraint(s);
            if (typeof c === 'string')
                return c;
            if (c.con.pre !== '')
                pre = true;
            group.push(c);
        }
        groups.push(group);
        hasPre.push(pre);
    }
    return { groups, hasPre };
}
/** semver.NewConstraint; undefined when the constraint is improper. */
function parseConstraints(text) {
    const r = parseConstraintsE(text);
    return typeof r === 'string' ? undefined : r;
}
function constraintsAllow(cs, v) {
    return cs.groups.some((group, i) => group.every((c) => check(v, c, cs.hasPre[i])));
}
/** Helm's IsCompatibleRange: false when either side does not parse. */
function isCompatibleRange(constraint, version) {
    const v = parseSemver(version);
    if (v === undefined)
        return false;
    const cs = parseConstraints(constraint);
    return cs !== undefined && constraintsAllow(cs, v);
}


/***/ }),

/***/ 38390:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dd: () => (/* binding */ goStringBytes),
/* harmony export */   Se: () => (/* binding */ goRuneText),
/* harmony export */   Ye: () => (/* binding */ rawByteOf),
/* harmony export */   mG: () => (/* binding */ decodeGoBytes),
/* harmony export */   uW: () => (/* binding */ holdsRawBytes),
/* harmony export */   yi: () => (/* binding */ goStringByteLength)
/* harmony export */ });
/**
 * Go strings are bytes; slipway's are JS (UTF-16) strings. A byte that is not part of valid UTF-8 (a binary
 * file read with `.Files.Get`, a `b64dec` of binary data, a byte slice of a multi-byte character) is kept in
 * the JS string as a lone low surrogate U+DC80..U+DCFF, one per byte, so that it survives to where Go would
 * use the bytes again (`b64enc`, `sha256sum`, `len`, `%x`, `quote`…) and comes out as the same byte. Valid
 * UTF-8 never decodes to a lone surrogate, so text is unaffected. Where Go reads such a string rune by rune
 * (`upper`, JSON and YAML encoding…) each of these bytes is U+FFFD, as in Go.
 */
const RAW_BYTE_BASE = 0xdc00;
/** A lone (unpaired) U+DC80..U+DCFF: with the `u` flag a surrogate pair is one code point and does not match. */
const RAW_BYTE = /[\udc80-\udcff]/u;
const RAW_BYTES = /[\udc80-\udcff]/gu;
/** Bytes to a Go string (see above): valid UTF-8 as text, every other byte kept as itself. */
function decodeGoBytes(b) {
    const s = Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('utf8');
    if (!s.includes('\ufffd'))
        return s;
    let out = '';
    let start = 0;
    let i = 0;
    while (i < b.length) {
        const size = validRuneSize(b, i);
        if (size > 0) {
            i += size;
            continue;
        }
        out += Buffer.from(b.buffer, b.byteOffset + start, i - start).toString('utf8') + String.fromCharCode(RAW_BYTE_BASE + b[i]);
        i++;
        start = i;
    }
    return out + Buffer.from(b.buffer, b.byteOffset + start, b.length - start).toString('utf8');
}
/** The length of the valid UTF-8 sequence at `i`, or 0 where Go's utf8.DecodeRune gives RuneError of size 1. */
function validRuneSize(b, i) {
    const c = b[i];
    if (c < 0x80)
        return 1;
    const cont = (k, lo = 0x80, hi = 0xbf) => i + k < b.length && b[i + k] >= lo && b[i + k] <= hi;
    if (c >= 0xc2 && c <= 0xdf)
        return cont(1) ? 2 : 0;
    if (c >= 0xe0 && c <= 0xef) {
        // E0: no overlong forms; ED: no surrogates.
        const ok1 = c === 0xe0 ? cont(1, 0xa0) : c === 0xed ? cont(1, 0x80, 0x9f) : cont(1);
        return ok1 && cont(2) ? 3 : 0;
    }
    if (c >= 0xf0 && c <= 0xf4) {
        const ok1 = c === 0xf0 ? cont(1, 0x90) : c === 0xf4 ? cont(1, 0x80, 0x8f) : cont(1);
        return ok1 && cont(2) && cont(3) ? 4 : 0;
    }
    return 0;
}
/** Whether the string holds bytes that are not UTF-8 (kept as described above). */
function holdsRawBytes(s) {
    return RAW_BYTE.test(s);
}
/** A Go string's bytes: its text as UTF-8, its kept bytes as themselves. */
function goStringBytes(s) {
    if (!RAW_BYTE.test(s))
        return Buffer.from(s, 'utf8');
    const parts = [];
    let start = 0;
    for (const m of s.matchAll(RAW_BYTES)) {
        parts.push(Buffer.from(s.slice(start, m.index), 'utf8'), Buffer.of(s.charCodeAt(m.index) - RAW_BYTE_BASE));
        start = m.index + 1;
    }
    parts.push(Buffer.from(s.slice(start), 'utf8'));
    return Buffer.concat(parts);
}
/** A Go string's length in bytes (its text as UTF-8, a kept byte as one), without encoding it. */
function goStringByteLength(s) {
    let n = s.length;
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c < 0x80)
            continue;
        if (c < 0x800)
            n += 1;
        else if (c >= 0xdc80 && c <= 0xdcff)
            continue; // a kept byte: one byte
        else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
            n += 2; // a surrogate pair (2 UTF-16 units) is 4 bytes
            i++;
        }
        else
            n += 2;
    }
    return n;
}
/** The string as Go's rune-by-rune readers see it: each kept byte is U+FFFD (utf8.RuneError). */
function goRuneText(s) {
    return RAW_BYTE.test(s) ? s.replace(RAW_BYTES, '\ufffd') : s;
}
/** The byte a kept-byte code unit stands for, or -1 for any other code unit. */
function rawByteOf(codeUnit) {
    return codeUnit >= 0xdc80 && codeUnit <= 0xdcff ? codeUnit - RAW_BYTE_BASE : -1;
}


/***/ }),

/***/ 12889:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M7: () => (/* binding */ goUnquote),
/* harmony export */   Oq: () => (/* binding */ goQuoteASCII),
/* harmony export */   aL: () => (/* binding */ isGoPrint),
/* harmony export */   dg: () => (/* binding */ goQuote),
/* harmony export */   py: () => (/* binding */ goQuoteRune)
/* harmony export */ });
/* harmony import */ var _goBytes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38390);
/** strconv.Quote / QuoteRune and unicode.IsPrint as Go defines them. */

const PRINTABLE = /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u;
function isGoPrint(cp) {
    if (cp < 0x20 || cp === 0x7f)
        return false;
    if (cp < 0x7f)
        return true;
    return PRINTABLE.test(String.fromCodePoint(cp));
}
function escapeRune(cp, quote, out) {
    if (cp === quote || cp === 0x5c) {
        out.push('\\', String.fromCodePoint(cp));
        return;
    }
    if (isGoPrint(cp)) {
        out.push(String.fromCodePoint(cp));
        return;
    }
    switch (cp) {
        case 7:
            out.push('\\a');
            return;
        case 8:
            out.push('\\b');
            return;
        case 12:
            out.push('\\f');
            return;
        case 10:
            out.push('\\n');
            return;
        case 13:
            out.push('\\r');
            return;
        case 9:
            out.push('\\t');
            return;
        case 11:
            out.push('\\v');
            return;
    }
    if (cp < 0x20 || cp === 0x7f)
        out.push('\\x' + cp.toString(16).padStart(2, '0'));
    else if ((0,_goBytes_js__WEBPACK_IMPORTED_MODULE_0__/* .rawByteOf */ .Ye)(cp) >= 0)
        out.push('\\x' + (0,_goBytes_js__WEBPACK_IMPORTED_MODULE_0__/* .rawByteOf */ .Ye)(cp).toString(16).padStart(2, '0'));
    else if (cp >= 0xd800 && cp <= 0xdfff)
        out.push('\\ufffd');
    else if (cp < 0x10000)
        out.push('\\u' + cp.toString(16).padStart(4, '0'));
    else
        out.push('\\U' + cp.toString(16).padStart(8, '0'));
}
/** strconv.Quote. */
function goQuote(s) {
    // Fast path: plain printable ASCII without quotes or backslashes.
    if (/^[\x20-\x21\x23-\x5b\x5d-\x7e]*$/.test(s))
        return '"' + s + '"';
    const out = ['"'];
    for (const ch of s)
        escapeRune(ch.codePointAt(0), 0x22, out);
    out.push('"');
    return out.join('');
}
/** strconv.QuoteToASCII. */
function goQuoteASCII(s) {
    const out = ['"'];
    for (const ch of s) {
        const cp = ch.codePointAt(0);
        if (cp < 0x80 || (0,_goBytes_js__WEBPACK_IMPORTED_MODULE_0__/* .rawByteOf */ .Ye)(cp) >= 0)
            escapeRune(cp, 0x22, out);
        else if (cp < 0x10000)
            out.push('\\u' + cp.toString(16).padStart(4, '0'));
        else
            out.push('\\U' + cp.toString(16).padStart(8, '0'));
    }
    out.push('"');
    return out.join('');
}
/** strconv.QuoteRune. */
function goQuoteRune(cp) {
    if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff) || cp < 0)
        cp = 0xfffd;
    const out = ["'"];
    escapeRune(cp, 0x27, out);
    out.push("'");
    return out.join('');
}
/** strconv.Unquote for the literal forms the template lexer produces ("…", `…`, '…'). */
function goUnquote(text) {
    const q = text[0];
    if (q === '`') {
        if (text.length < 2 || text[text.length - 1] !== '`')
            throw new Error('invalid syntax');
        return text.slice(1, -1).replace(/\r/g, '');
    }
    if (text.length < 2 || text[text.length - 1] !== q)
        throw new Error('invalid syntax');
    const body = text.slice(1, -1);
    if (!body.includes('\\')) {
        if (q === "'" && [...body].length !== 1)
            throw new Error('invalid syntax');
        return body;
    }
    let out = '';
    let i = 0;
    let runes = 0;
    const bytes = [];
    const flushBytes = () => {
        if (bytes.length) {
            out += (0,_goBytes_js__WEBPACK_IMPORTED_MODULE_0__/* .decodeGoBytes */ .mG)(Uint8Array.from(bytes));
            bytes.length = 0;
        }
    };
    while (i < body.length) {
        const c = body[i];
        runes++;
        if (c !== '\\') {
            flushBytes();
            if (c === q && q === "'")
                throw new Error('invalid syntax');
            const cp = body.codePointAt(i);
            out += String.fromCodePoint(cp);
            i += cp > 0xffff ? 2 : 1;
            continue;
        }
        const e = body[i + 1];
        i += 2;
        const simple = { a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\' };
        if (e !== undefined && simple[e] !== undefined) {
            flushBytes();
            out += simple[e];
            continue;
        }
        if (e === q) {
            flushBytes();
            out += q;
            continue;
        }
        if (e === 'x' || e === 'u' || e === 'U') {
            const n = e === 'x' ? 2 : e === 'u' ? 4 : 8;
            const hex = body.slice(i, i + n);
            if (hex.length !== n || !/^[0-9a-fA-F]+$/.test(hex))
                throw new Error('invalid syntax');
            i += n;
            const v = parseInt(hex, 16);
            if (e === 'x') {
                if (q === "'") {
                    flushBytes();
                    out += String.fromCodePoint(v);
                }
                else
                    bytes.push(v);
            }
            else {
                if (v > 0x10ffff || (v >= 0xd800 && v < 0xe000))
                    throw new Error('invalid syntax');
                flushBytes();
                out += String.fromCodePoint(v);
            }
            continue;
        }
        if (e !== undefined && e >= '0' && e <= '7') {
            const oct = body.slice(i - 1, i + 2);
            if (!/^[0-7]{3}$/.test(oct))
                throw new Error('invalid syntax');
            i += 2;
            const v = parseInt(oct, 8);
            if (v > 255)
                throw new Error('invalid syntax');
            if (q === "'") {
                flushBytes();
                out += String.fromCodePoint(v);
            }
            else
                bytes.push(v);
            continue;
        }
        throw new Error('invalid syntax');
    }
    flushBytes();
    if (q === "'" && runes !== 1)
        throw new Error('invalid syntax');
    return out;
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
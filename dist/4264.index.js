"use strict";
exports.id = 4264;
exports.ids = [4264];
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

/***/ 54264:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LayoutArchive: () => (/* binding */ LayoutArchive)
/* harmony export */ });
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(16602);
/* harmony import */ var _chart_loader_tarEntries_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(55673);
/* harmony import */ var _chart_loader_chartArchive_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(15390);
/* harmony import */ var _tarWriter_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(66444);
/* harmony import */ var _helmOciArtifact_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(59715);
/* harmony import */ var _artifactStore_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(45679);








const refName = 'org.opencontainers.image.ref.name';
/**
 * An OCI image layout (oci-layout, index.json, blobs/sha256/…) held in memory and written as one
 * deterministic .tgz: the archive form of a bundle, with the images it refers to when asked.
 * Tags are the `org.opencontainers.image.ref.name` annotations of index.json, as oras and skopeo write them.
 */
class LayoutArchive {
    name;
    blobs = new Map();
    index = [];
    constructor(name) {
        this.name = name;
    }
    /** Reads an archive written by `toArchive` (or any gzipped OCI layout tar). */
    static read(name, archive) {
        const fail = (why) => {
            throw new _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_1__.SlipwayError('input', `${name} is not a bundle archive: ${why}`, { where: { file: name }, hint: 'give a .tgz written by `slipway bundle copy --to archive:<file>`' });
        };
        if (!(0,_chart_loader_chartArchive_js__WEBPACK_IMPORTED_MODULE_3__/* .isGzip */ .bf)(archive))
            fail('it is not gzip-compressed');
        let entries;
        try {
            entries = (0,_chart_loader_tarEntries_js__WEBPACK_IMPORTED_MODULE_2__/* .readTarEntries */ .E)((0,node_zlib__WEBPACK_IMPORTED_MODULE_0__.gunzipSync)(archive));
        }
        catch (error) {
            return fail(error.message);
        }
        const layout = new LayoutArchive(name);
        let indexJson;
        let marker = false;
        for (const entry of entries) {
            if (entry.type !== '0')
                continue;
            const path = entry.name.replace(/^\.\//, '');
            if (path === 'oci-layout')
                marker = true;
            else if (path === 'index.json')
                indexJson = entry.data;
            else if (path.startsWith('blobs/sha256/'))
                layout.blobs.set(`sha256:${path.slice('blobs/sha256/'.length)}`, Buffer.from(entry.data));
        }
        if (!marker || !indexJson)
            fail(entries.some((e) => e.name.endsWith('Chart.yaml')) ? 'it is a Helm chart package, not an OCI layout (push it with `helm push` first)' : 'it has no oci-layout and index.json');
        try {
            const parsed = JSON.parse(Buffer.from(indexJson).toString('utf8'));
            layout.index.push(...(parsed.manifests ?? []));
        }
        catch (error) {
            fail(`index.json is not JSON: ${error.message}`);
        }
        return layout;
    }
    async tags() {
        return this.index.map((e) => e.annotations?.[refName]).filter((t) => t !== undefined);
    }
    async manifest(reference) {
        const entry = reference.startsWith('sha256:') ? this.index.find((e) => e.digest === reference) : this.index.find((e) => e.annotations?.[refName] === reference);
        const digest = entry?.digest ?? (reference.startsWith('sha256:') ? reference : undefined);
        if (!digest)
            return undefined;
        const body = this.blobs.get(digest);
        if (!body)
            return undefined;
        (0,_artifactStore_js__WEBPACK_IMPORTED_MODULE_5__/* .verifyDigest */ .U)(`manifest ${reference}`, this.name, digest, body);
        const mediaType = entry?.mediaType ?? (JSON.parse(body.toString('utf8')).mediaType ?? 'application/vnd.oci.image.manifest.v1+json');
        return { digest, mediaType, body };
    }
    async blob(digest) {
        const data = this.blobs.get(digest);
        if (!data)
            throw new _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_1__.SlipwayError('input', `${this.name} lacks blob ${digest}`, { where: { file: this.name }, hint: 'the archive is incomplete; write it again with `slipway bundle copy`' });
        (0,_artifactStore_js__WEBPACK_IMPORTED_MODULE_5__/* .verifyDigest */ .U)(`blob ${digest}`, this.name, digest, data);
        return data;
    }
    async putBlob(data) {
        this.blobs.set((0,_helmOciArtifact_js__WEBPACK_IMPORTED_MODULE_4__/* .sha256Digest */ .sI)(data), data);
    }
    async putManifest(body, mediaType, tag) {
        const digest = (0,_helmOciArtifact_js__WEBPACK_IMPORTED_MODULE_4__/* .sha256Digest */ .sI)(body);
        this.blobs.set(digest, body);
        if (tag !== undefined) {
            const existing = this.index.findIndex((e) => e.annotations?.[refName] === tag);
            if (existing >= 0)
                this.index.splice(existing, 1);
            this.index.push({ mediaType, digest, size: body.length, annotations: { [refName]: tag } });
        }
        return digest;
    }
    /** The .tgz: fixed headers, entries sorted, so the same content gives the same bytes. */
    toArchive() {
        const index = { schemaVersion: 2, manifests: this.index.map((e) => ({ mediaType: e.mediaType, digest: e.digest, size: e.size, ...(e.annotations ? { annotations: e.annotations } : {}) })) };
        const files = [
            { name: 'oci-layout', data: Buffer.from('{"imageLayoutVersion":"1.0.0"}') },
            { name: 'index.json', data: Buffer.from(JSON.stringify(index)) },
            ...[...this.blobs.keys()].sort().map((digest) => ({ name: `blobs/sha256/${digest.slice('sha256:'.length)}`, data: this.blobs.get(digest) })),
        ];
        return (0,node_zlib__WEBPACK_IMPORTED_MODULE_0__.gzipSync)((0,_tarWriter_js__WEBPACK_IMPORTED_MODULE_6__/* .writeTar */ .F)(files, 0), { level: node_zlib__WEBPACK_IMPORTED_MODULE_0__.constants.Z_BEST_COMPRESSION });
    }
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

/***/ 15390:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F8: () => (/* binding */ stripBom),
/* harmony export */   bf: () => (/* binding */ isGzip),
/* harmony export */   hR: () => (/* binding */ readChartArchive),
/* harmony export */   t0: () => (/* binding */ MAX_DECOMPRESSED_CHART_SIZE)
/* harmony export */ });
/* unused harmony export ChartArchiveError */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _tarEntries_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(55673);
/**
 * Helm's archive.LoadArchiveFiles: gunzip, read the tar, drop the top directory of each path, refuse paths
 * that escape the chart, strip a UTF-8 BOM, and enforce the 100 MiB decompressed limit.
 */


const MAX_DECOMPRESSED_CHART_SIZE = 100 * 1024 * 1024;
class ChartArchiveError extends Error {
}
function stripBom(data) {
    return data.length >= 3 && data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf ? data.subarray(3) : data;
}
function isGzip(data) {
    return data.length >= 3 && data[0] === 0x1f && data[1] === 0x8b && data[2] === 0x08;
}
function readChartArchive(archive) {
    if (!isGzip(archive))
        throw new ChartArchiveError('gzip: invalid header');
    let tar;
    try {
        // node:zlib is loaded only for archives: chart directories, the usual case, start without it.
        tar = process.getBuiltinModule('node:zlib').gunzipSync(archive, { maxOutputLength: MAX_DECOMPRESSED_CHART_SIZE + 1024 * 1024 });
    }
    catch (e) {
        throw new ChartArchiveError(`unable to decompress chart archive: ${e.message}`);
    }
    const files = [];
    let remaining = MAX_DECOMPRESSED_CHART_SIZE;
    for (const entry of (0,_tarEntries_js__WEBPACK_IMPORTED_MODULE_1__/* .readTarEntries */ .E)(tar)) {
        if (entry.type !== '0')
            continue; // directories, links and devices carry no chart content
        const delimiter = entry.name.includes('\\') ? '\\' : '/';
        const parts = entry.name.split(delimiter);
        let n = parts.slice(1).join('/');
        if (n.startsWith('/'))
            throw new ChartArchiveError('chart illegally contains absolute paths');
        n = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(n === '' ? '.' : n).replace(/\/$/, '');
        if (n === '.')
            throw new ChartArchiveError(`chart illegally contains content outside the base directory: "${entry.name}"`);
        if (n.startsWith('..'))
            throw new ChartArchiveError('chart illegally references parent directory');
        if (/^[a-zA-Z]:\//.test(n))
            throw new ChartArchiveError('chart contains illegally named files');
        if (parts[0] === 'Chart.yaml')
            throw new ChartArchiveError('chart yaml not in base directory');
        remaining -= entry.data.length;
        if (remaining <= 0)
            throw new ChartArchiveError(`decompressed chart is larger than the maximum size ${MAX_DECOMPRESSED_CHART_SIZE}`);
        files.push({ name: n, data: stripBom(entry.data) });
    }
    if (files.length === 0)
        throw new ChartArchiveError('no files in chart archive');
    return files;
}


/***/ }),

/***/ 55673:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ readTarEntries)
/* harmony export */ });
/* unused harmony export TarError */
class TarError extends Error {
}
const decoder = new TextDecoder('utf-8');
function cString(buf, start, len) {
    let end = start;
    while (end < start + len && buf[end] !== 0)
        end++;
    return decoder.decode(buf.subarray(start, end));
}
function octal(buf, start, len) {
    // GNU base-256 encoding for large sizes.
    if ((buf[start] & 0x80) !== 0) {
        let n = buf[start] & 0x7f;
        for (let i = start + 1; i < start + len; i++)
            n = n * 256 + buf[i];
        return n;
    }
    const s = cString(buf, start, len).trim();
    if (s === '')
        return 0;
    if (!/^[0-7]+$/.test(s))
        throw new TarError(`archive/tar: invalid tar header`);
    return parseInt(s, 8);
}
function isZeroBlock(buf, at) {
    for (let i = at; i < at + 512; i++)
        if (buf[i] !== 0)
            return false;
    return true;
}
function checksumOk(buf, at) {
    const stored = octal(buf, at + 148, 8);
    let sum = 0;
    for (let i = 0; i < 512; i++)
        sum += i >= 148 && i < 156 ? 0x20 : buf[at + i];
    return sum === stored;
}
function parsePax(data) {
    const out = new Map();
    const text = decoder.decode(data);
    let i = 0;
    while (i < text.length) {
        const space = text.indexOf(' ', i);
        if (space < 0)
            break;
        const len = parseInt(text.slice(i, space), 10);
        if (!(len > 0))
            throw new TarError('archive/tar: invalid tar header');
        // Lengths count bytes; records are ASCII in practice, and the record ends with a newline.
        const record = decoder.decode(new TextEncoder().encode(text.slice(i)).subarray(0, len));
        const body = record.slice(space - i + 1, record.endsWith('\n') ? -1 : undefined);
        const eq = body.indexOf('=');
        if (eq > 0)
            out.set(body.slice(0, eq), body.slice(eq + 1));
        i += record.length;
    }
    return out;
}
function readTarEntries(tar) {
    const entries = [];
    let at = 0;
    let paxPath;
    let paxSize;
    let longName;
    while (at + 512 <= tar.length) {
        if (isZeroBlock(tar, at))
            break;
        if (!checksumOk(tar, at))
            throw new TarError('archive/tar: invalid tar header');
        const type = String.fromCharCode(tar[at + 156] || 0x30);
        let size = octal(tar, at + 124, 12);
        if (paxSize !== undefined && type !== 'x' && type !== 'g')
            size = paxSize;
        const magic = cString(tar, at + 257, 6);
        let name = cString(tar, at, 100);
        if (magic === 'ustar') {
            const prefix = cString(tar, at + 345, 155);
            if (prefix !== '')
                name = `${prefix}/${name}`;
        }
        const dataStart = at + 512;
        if (dataStart + size > tar.length)
            throw new TarError('unexpected EOF');
        const data = tar.subarray(dataStart, dataStart + size);
        at = dataStart + Math.ceil(size / 512) * 512;
        if (type === 'x') {
            const pax = parsePax(data);
            paxPath = pax.get('path');
            const s = pax.get('size');
            paxSize = s === undefined ? undefined : Number(s);
            continue;
        }
        if (type === 'g')
            continue;
        if (type === 'L') {
            longName = cString(data, 0, data.length);
            continue;
        }
        if (paxPath !== undefined)
            name = paxPath;
        else if (longName !== undefined)
            name = longName;
        paxPath = paxSize = longName = undefined;
        entries.push({ name, type: type === '\0' || type === '7' ? '0' : type, data });
    }
    return entries;
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
"use strict";
exports.id = 1518;
exports.ids = [1518];
exports.modules = {

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

/***/ 61518:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  L_: () => (/* binding */ ChartLoadError),
  chartFromArchive: () => (/* binding */ chartFromArchive),
  q3: () => (/* binding */ chartFromFiles),
  F4: () => (/* binding */ checkChartApiVersion)
});

// EXTERNAL MODULE: ./src/core/chart/values/goYamlValues.ts
var goYamlValues = __webpack_require__(32448);
// EXTERNAL MODULE: ./src/core/chart/loader/chartArchive.ts
var chartArchive = __webpack_require__(15390);
// EXTERNAL MODULE: ./src/core/chart/values/goYamlScalar.ts
var goYamlScalar = __webpack_require__(13398);
// EXTERNAL MODULE: ./src/core/chart/loader/semverRange.ts
var semverRange = __webpack_require__(76463);
;// CONCATENATED MODULE: ./src/core/chart/loader/chartMetadata.ts



class ChartDecodeError extends Error {
}
const METADATA_FIELDS = {
    name: 'string',
    home: 'string',
    sources: 'strings',
    version: 'string',
    description: 'string',
    keywords: 'strings',
    maintainers: 'maintainers',
    icon: 'string',
    apiVersion: 'string',
    condition: 'string',
    tags: 'string',
    appVersion: 'string',
    deprecated: 'bool',
    annotations: 'annotations',
    kubeVersion: 'string',
    dependencies: 'dependencies',
    type: 'string',
};
const DEPENDENCY_FIELDS = {
    name: 'string',
    version: 'string',
    repository: 'string',
    condition: 'string',
    tags: 'strings',
    enabled: 'bool',
    'import-values': 'any[]',
    alias: 'string',
};
const MAINTAINER_FIELDS = { name: 'string', email: 'string', url: 'string' };
const GO_TYPES = {
    string: 'string',
    strings: '[]string',
    bool: 'bool',
    annotations: 'map[string]string',
    maintainers: '[]*v2.Maintainer',
    dependencies: '[]*v2.Dependency',
    'any[]': '[]interface {}',
};
function jsonKind(v) {
    if (typeof v === 'string')
        return 'string';
    if (typeof v === 'boolean')
        return 'bool';
    if (typeof v === 'number' || v instanceof goYamlScalar/* YamlInt */.$0)
        return 'number';
    if (Array.isArray(v))
        return 'array';
    return 'object';
}
function mismatch(v, struct, field, goType) {
    throw new ChartDecodeError(`error unmarshaling JSON: while decoding JSON: json: cannot unmarshal ${jsonKind(v)} into Go struct field ${struct}.${field} of type ${goType}`);
}
/** A scalar decoded into a Go string field by sigs.k8s.io/yaml (numbers and bools are stringified). */
function asString(v, struct, field) {
    if (typeof v === 'string')
        return v;
    if (v instanceof goYamlScalar/* YamlInt */.$0)
        return String(v.value);
    if (typeof v === 'number')
        return (0,goYamlScalar/* formatFloat32G */.My)(v);
    if (typeof v === 'boolean')
        return v ? 'true' : 'false';
    return mismatch(v, struct, field, 'string');
}
/** Plain JSON value of a decoded YAML value (ints become float64 numbers). */
function plain(v) {
    if (v instanceof goYamlScalar/* YamlInt */.$0)
        return Number(v.value);
    if (Array.isArray(v))
        return v.map(plain);
    if ((0,goYamlValues/* isValuesMap */.FR)(v))
        return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plain(x)]));
    return v;
}
function decodeField(kind, v, struct, field) {
    if (v === null)
        return undefined;
    switch (kind) {
        case 'string':
            return asString(v, struct, field);
        case 'bool':
            if (typeof v !== 'boolean')
                mismatch(v, struct, field, 'bool');
            return v;
        case 'strings':
            if (!Array.isArray(v))
                mismatch(v, struct, field, '[]string');
            return v.map((x) => (x === null ? '' : asString(x, struct, field)));
        case 'annotations': {
            if (!(0,goYamlValues/* isValuesMap */.FR)(v))
                mismatch(v, struct, field, 'map[string]string');
            const out = {};
            for (const [k, x] of Object.entries(v))
                out[k] = x === null ? '' : asString(x, struct, `${field}`);
            return out;
        }
        case 'maintainers':
        case 'dependencies': {
            if (!Array.isArray(v))
                mismatch(v, struct, field, GO_TYPES[kind]);
            const spec = kind === 'maintainers' ? MAINTAINER_FIELDS : DEPENDENCY_FIELDS;
            const name = kind === 'maintainers' ? 'Maintainer' : 'Dependency';
            return v.map((item) => {
                if (item === null)
                    return null;
                if (!(0,goYamlValues/* isValuesMap */.FR)(item))
                    mismatch(item, struct, field, `v2.${name}`);
                return decodeStruct(item, spec, name);
            });
        }
        case 'any[]':
            if (!Array.isArray(v))
                mismatch(v, struct, field, '[]interface {}');
            return v.map(plain);
    }
}
function decodeStruct(map, spec, struct, into = {}) {
    const names = Object.keys(spec);
    for (const [key, value] of Object.entries(map)) {
        // encoding/json: an exact name match first, else a case-insensitive one.
        const field = names.includes(key) ? key : names.find((n) => n.toLowerCase() === key.toLowerCase());
        if (field === undefined)
            continue;
        const decoded = decodeField(spec[field], value, struct, field);
        if (decoded === undefined)
            delete into[field];
        else
            into[field] = decoded;
    }
    return into;
}
/** Decodes Chart.yaml or requirements.yaml text over `into` (requirements.yaml only adds fields). */
function decodeChartMetadata(text, into = {}) {
    let doc;
    try {
        doc = (0,goYamlValues/* parseYamlDocument */.Iu)(text, { keepInts: true });
    }
    catch (e) {
        throw new ChartDecodeError(`error converting YAML to JSON: yaml: ${e.message}`, { cause: e });
    }
    if (doc === null)
        return into;
    if (!(0,goYamlValues/* isValuesMap */.FR)(doc))
        throw new ChartDecodeError(`error unmarshaling JSON: while decoding JSON: json: cannot unmarshal ${jsonKind(doc)} into Go value of type v2.Metadata`);
    return decodeStruct(doc, METADATA_FIELDS, 'Metadata', into);
}
/** Go's sanitizeString: whitespace becomes a space, unprintable runes are dropped. */
function sanitizeString(s) {
    return s.replace(/\s/gu, ' ').replace(/[\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Zl}\p{Zp}]/gu, '');
}
const ALIAS = /^[a-zA-Z0-9_-]+$/;
/** Helm's Metadata.Validate: sanitizes strings in place and returns the validation message, if any. */
function validateChartMetadata(md) {
    for (const f of ['name', 'description', 'home', 'icon', 'condition', 'tags', 'appVersion', 'kubeVersion']) {
        if (typeof md[f] === 'string')
            md[f] = sanitizeString(md[f]);
    }
    if (md.sources)
        md.sources = md.sources.map(sanitizeString);
    if (md.keywords)
        md.keywords = md.keywords.map(sanitizeString);
    if (!md.apiVersion)
        return 'chart.metadata.apiVersion is required';
    if (!md.name)
        return 'chart.metadata.name is required';
    if (md.name === '.' || md.name === '..')
        return `chart.metadata.name "${md.name}" is not allowed`;
    if (md.name.includes('/') || md.name.endsWith('/'))
        return `chart.metadata.name "${md.name}" is invalid`;
    if (!md.version)
        return 'chart.metadata.version is required';
    if ((0,semverRange/* parseSemver */.kf)(md.version) === undefined)
        return `chart.metadata.version "${md.version}" is invalid`;
    if (!['', 'application', 'library'].includes(md.type ?? ''))
        return 'chart.metadata.type must be application or library';
    for (const m of md.maintainers ?? []) {
        if (m === null)
            return 'maintainers must not contain empty or null nodes';
        const mm = m;
        for (const f of ['name', 'email', 'url'])
            if (typeof mm[f] === 'string')
                mm[f] = sanitizeString(mm[f]);
    }
    const seen = new Set();
    for (const d of md.dependencies ?? []) {
        if (d === null)
            return 'dependencies must not contain empty or null nodes';
        const dep = d;
        for (const f of ['name', 'version', 'repository', 'condition'])
            if (typeof dep[f] === 'string')
                dep[f] = sanitizeString(dep[f]);
        dep.name ??= '';
        dep.repository ??= '';
        if (dep.tags)
            dep.tags = dep.tags.map(sanitizeString);
        if (dep.alias && !ALIAS.test(dep.alias))
            return `dependency "${dep.name}" has disallowed characters in the alias`;
        const key = dep.alias || dep.name;
        if (seen.has(key))
            return `more than one dependency with name or alias "${key}"`;
        seen.add(key);
    }
    return undefined;
}

// EXTERNAL MODULE: ./src/core/chart/template/goBytes.ts
var goBytes = __webpack_require__(38390);
;// CONCATENATED MODULE: ./src/core/chart/loader/chartFromFiles.ts




/** A load failure with Helm's message, the file it concerns (inside the chart) and a line when known. */
class ChartLoadError extends Error {
    file;
    line;
    constructor(message, file, line) {
        super(message);
        this.file = file;
        this.line = line;
    }
}
function decode(data) {
    return (0,goBytes/* decodeGoBytes */.mG)(data);
}
function valuesError(prefix, file, e) {
    if (e instanceof goYamlValues/* YamlValuesError */.Wb)
        throw new ChartLoadError(`${prefix}: ${e.helmText}`, file, e.stage === 'syntax' || e.stage === 'read' ? e.fileLine : undefined);
    throw e;
}
function chartFromFiles(files, origin) {
    let metadata;
    const c = { metadata: {}, templates: [], values: {}, files: [], raw: [], dependencies: [], origin };
    for (const f of files) {
        c.raw.push(f);
        if (f.name === 'Chart.yaml') {
            try {
                metadata = decodeChartMetadata(decode(f.data), metadata ?? {});
            }
            catch (e) {
                if (e instanceof ChartDecodeError)
                    throw new ChartLoadError(`cannot load Chart.yaml: ${e.message}`, 'Chart.yaml');
                throw e;
            }
            if (!metadata.apiVersion)
                metadata.apiVersion = 'v1';
        }
    }
    const subcharts = new Map();
    for (const f of files) {
        const name = f.name;
        if (name === 'Chart.yaml')
            continue;
        if (name === 'Chart.lock' || name === 'requirements.lock') {
            try {
                const lock = (0,goYamlValues/* parseYamlDocument */.Iu)(decode(f.data));
                c.lock = (0,goYamlValues/* isValuesMap */.FR)(lock) ? lock : {};
            }
            catch (e) {
                throw new ChartLoadError(`cannot load ${name}: error converting YAML to JSON: yaml: ${e.message}`, name);
            }
            if (name === 'requirements.lock') {
                metadata ??= {};
                if (metadata.apiVersion === 'v1')
                    c.files.push(f);
            }
        }
        else if (name === 'values.yaml') {
            try {
                c.values = (0,goYamlValues/* readValuesText */.ML)(decode(f.data));
            }
            catch (e) {
                valuesError('cannot load values.yaml', name, e);
            }
        }
        else if (name === 'values.schema.json') {
            c.schema = f.data;
        }
        else if (name === 'requirements.yaml') {
            metadata ??= {};
            try {
                metadata = decodeChartMetadata(decode(f.data), metadata);
            }
            catch (e) {
                if (e instanceof ChartDecodeError)
                    throw new ChartLoadError(`cannot load requirements.yaml: ${e.message}`, name);
                throw e;
            }
            if (metadata.apiVersion === 'v1')
                c.files.push(f);
        }
        else if (name.startsWith('templates/')) {
            c.templates.push(f);
        }
        else if (name.startsWith('charts/')) {
            if (name.endsWith('.prov')) {
                c.files.push(f);
                continue;
            }
            const rest = name.slice('charts/'.length);
            const slash = rest.indexOf('/');
            const cname = slash < 0 ? rest : rest.slice(0, slash);
            let list = subcharts.get(cname);
            if (list === undefined)
                subcharts.set(cname, (list = []));
            list.push({ name: rest, data: f.data });
        }
        else {
            c.files.push(f);
        }
    }
    if (metadata === undefined)
        throw new ChartLoadError('Chart.yaml file is missing', 'Chart.yaml');
    c.metadata = metadata;
    const invalid = validateChartMetadata(metadata);
    if (invalid !== undefined)
        throw new ChartLoadError(`validation: ${invalid}`, 'Chart.yaml');
    for (const [n, list] of subcharts) {
        if (n.startsWith('_') || n.startsWith('.'))
            continue;
        let sub;
        try {
            if (n.endsWith('.tgz')) {
                const file = list[0];
                if (file.name !== n)
                    throw new ChartLoadError(`error unpacking subchart tar in ${metadata.name}: expected ${n}, got ${file.name}`);
                sub = chartFromArchive(file.data, `${origin}/charts/${n}`);
            }
            else {
                const inner = [];
                for (const f of list) {
                    const slash = f.name.indexOf('/');
                    if (slash < 0)
                        continue;
                    inner.push({ name: f.name.slice(slash + 1), data: f.data });
                }
                sub = chartFromFiles(inner, `${origin}/charts/${n}`);
            }
        }
        catch (e) {
            if (e instanceof ChartLoadError && !e.message.startsWith('error unpacking subchart tar')) {
                throw new ChartLoadError(`error unpacking subchart ${n} in ${metadata.name}: ${e.message}`, e.file === undefined ? undefined : `charts/${n}/${e.file}`, e.line);
            }
            throw e;
        }
        sub.parent = c;
        c.dependencies.push(sub);
    }
    return c;
}
/** Helm's LoadArchive on bytes (a .tgz). */
/**
 * Helm's loader.Load picks the chart format from the top Chart.yaml's apiVersion before anything else:
 * v1, v2 or none load as Helm 3 charts; v3 charts load but `template`/`install` refuse them; any other
 * value is refused. (Subcharts are not checked: they load with their parent's loader.)
 */
function checkChartApiVersion(files) {
    const chartYaml = files.find((f) => f.name === 'Chart.yaml');
    if (chartYaml === undefined)
        return;
    let doc;
    try {
        doc = (0,goYamlValues/* parseYamlDocument */.Iu)(decode(chartYaml.data));
    }
    catch {
        return; // the full load reports it
    }
    const raw = (0,goYamlValues/* isValuesMap */.FR)(doc) ? doc.apiVersion : undefined;
    const apiVersion = raw === undefined || raw === null ? '' : String(raw);
    if (apiVersion === 'v1' || apiVersion === 'v2' || apiVersion === '')
        return;
    throw new ChartLoadError(apiVersion === 'v3' ? 'invalid chart apiVersion' : 'unsupported chart version', 'Chart.yaml');
}
function chartFromArchive(data, origin, top = false) {
    let files;
    try {
        files = (0,chartArchive/* readChartArchive */.hR)(data);
    }
    catch (e) {
        throw new ChartLoadError(`unable to load chart archive: ${e.message}`);
    }
    if (!files.some((f) => f.name === 'Chart.yaml'))
        throw new ChartLoadError('unable to detect chart version, no Chart.yaml found');
    if (top)
        checkChartApiVersion(files);
    return chartFromFiles(files, origin);
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


/***/ })

};
;
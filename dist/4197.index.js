"use strict";
exports.id = 4197;
exports.ids = [4197];
exports.modules = {

/***/ 11787:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eo: () => (/* binding */ isUnsigned),
/* harmony export */   Gk: () => (/* binding */ int64),
/* harmony export */   Hn: () => (/* binding */ isTrue),
/* harmony export */   MV: () => (/* binding */ GoObject),
/* harmony export */   Mf: () => (/* binding */ sortedKeys),
/* harmony export */   NH: () => (/* binding */ intValue),
/* harmony export */   O4: () => (/* binding */ goTypeName),
/* harmony export */   Rb: () => (/* binding */ isGoMap),
/* harmony export */   V1: () => (/* binding */ floatToInt64),
/* harmony export */   bO: () => (/* binding */ INT64_MIN),
/* harmony export */   cH: () => (/* binding */ asNamedMap),
/* harmony export */   gS: () => (/* binding */ SLICE_TYPE),
/* harmony export */   i8: () => (/* binding */ mapSize),
/* harmony export */   iX: () => (/* binding */ goKindName),
/* harmony export */   mA: () => (/* binding */ compareGoStrings),
/* harmony export */   ov: () => (/* binding */ GoInt),
/* harmony export */   sc: () => (/* binding */ reflectCollection),
/* harmony export */   tH: () => (/* binding */ typedSlice),
/* harmony export */   vh: () => (/* binding */ INT64_MAX)
/* harmony export */ });
/* unused harmony exports isGoInt, wrapInt64, MAP_TYPE */
/**
 * How Go values are represented while a template runs.
 *
 *   Go                         JS
 *   invalid reflect.Value      undefined  ("<no value>")
 *   nil interface              null
 *   string / bool              string / boolean
 *   float64                    number     (every number that comes from values files or JSON)
 *   int                        bigint     (template literals, len, range indexes, atoi…)
 *   int64, int32, uint…        GoInt      (Sprig arithmetic returns int64)
 *   []interface{}              Array      (a typed slice carries SLICE_TYPE, e.g. []string)
 *   map[string]interface{}     plain object (own enumerable keys)
 *   []byte                     Uint8Array
 *   structs / objects          GoObject subclasses (methods are callable from templates)
 *   named map / slice types    GoObject subclasses whose underlying() is the map or slice
 *                              (engine.files, common.VersionSet: methods plus map/slice behaviour)
 */
/** A sized or unsigned Go integer other than plain `int`. */
class GoInt {
    kind;
    value;
    constructor(kind, value) {
        this.kind = kind;
        this.value = value;
    }
}
const SLICE_TYPE = Symbol('goSliceType');
function typedSlice(items, goType) {
    Object.defineProperty(items, SLICE_TYPE, { value: goType, enumerable: false });
    return items;
}
/**
 * Base for values that behave like Go structs or named types: a Go type name for messages, exported
 * fields (own properties) and methods (functions on the prototype, called with Go-typed arguments).
 */
class GoObject {
    /** Parameter types of each method, for argument checking; absent methods take no arguments. */
    methodSignature(_name) {
        return undefined;
    }
    /** Value formatted by fmt's %v (a Stringer's String()), or undefined to print fields. */
    goString() {
        return undefined;
    }
    /**
     * True when Go declares String() on the pointer type (`func (kv *KubeVersion) String()`): the template's
     * own printing of an addressable field uses it, but a copy handed to a function (quote, printf, toString)
     * is not a Stringer and prints its fields.
     */
    pointerStringer() {
        return false;
    }
    /** Structs are always true; a named map or slice is true when it has elements; pointers may override. */
    isTruthy() {
        const u = this.underlying();
        if (u === undefined)
            return true;
        return Array.isArray(u.value) ? u.value.length > 0 : mapSize(u.value) > 0;
    }
    /**
     * For a Go named type whose underlying type is a map or a slice (`type files map[string][]byte`,
     * `type VersionSet []string`): that map or slice. Whatever Go does through reflect's Kind (range, index,
     * len, fmt's %v, JSON/YAML encoding, empty, kindOf, Sprig's list functions) then sees the collection,
     * while method calls and the type name stay the object's.
     */
    underlying() {
        return undefined;
    }
}
/** The map or slice reflect would see in `v`: a named collection's underlying value, else `v` itself. */
function reflectCollection(v) {
    if (v instanceof GoObject) {
        const u = v.underlying();
        if (u !== undefined)
            return u.value;
    }
    return v;
}
/** Whether `v` is a Go map[string]interface{} in this representation. */
function isGoMap(v) {
    if (v === null || typeof v !== 'object')
        return false;
    const proto = Object.getPrototypeOf(v);
    return proto === Object.prototype || proto === null;
}
function isGoInt(v) {
    return typeof v === 'bigint' || v instanceof GoInt;
}
/** Integer value of a Go int of any size. */
function intValue(v) {
    return typeof v === 'bigint' ? v : v.value;
}
function isUnsigned(v) {
    return v instanceof GoInt && v.kind.startsWith('uint');
}
const INT64_MIN = -(1n << 63n);
const INT64_MAX = (1n << 63n) - 1n;
/** Wraps to int64 as Go's two's-complement arithmetic does. */
function wrapInt64(v) {
    return BigInt.asIntN(64, v);
}
function int64(v) {
    return new GoInt('int64', BigInt.asIntN(64, v));
}
/** Go's float64 → int64 conversion on amd64: NaN and out-of-range give math.MinInt64. */
function floatToInt64(f) {
    if (!Number.isFinite(f))
        return INT64_MIN;
    const t = Math.trunc(f);
    if (t >= 9223372036854775808 || t < -9223372036854775808)
        return INT64_MIN;
    return BigInt(t);
}

/** Go type name of a value as reflect prints it (`%T`, error messages). */
function goTypeName(v) {
    if (v === null || v === undefined)
        return '<nil>';
    switch (typeof v) {
        case 'string':
            return 'string';
        case 'boolean':
            return 'bool';
        case 'number':
            return 'float64';
        case 'bigint':
            return 'int';
        case 'function':
            return 'func';
    }
    if (v instanceof GoInt)
        return v.kind;
    if (Array.isArray(v))
        return v[SLICE_TYPE] ?? '[]interface {}';
    if (v instanceof Uint8Array)
        return '[]uint8';
    if (v instanceof GoObject)
        return v.goType();
    if (isGoMap(v))
        return v[MAP_TYPE] ?? 'map[string]interface {}';
    return 'interface {}';
}
/** A named map type's name (`common.Values`), kept on the object where JSON and key listings do not see it. */
const MAP_TYPE = Symbol('goMapType');
/** Marks a map as a value of a named map type (Helm's common.Values): same map, only its type name differs. */
function asNamedMap(map, typeName) {
    Object.defineProperty(map, MAP_TYPE, { value: typeName, enumerable: false, configurable: true, writable: true });
    return map;
}
/** reflect.Kind name as Sprig's kindOf reports it. */
function goKindName(v) {
    if (v === null || v === undefined)
        return 'invalid';
    switch (typeof v) {
        case 'string':
            return 'string';
        case 'boolean':
            return 'bool';
        case 'number':
            return 'float64';
        case 'bigint':
            return 'int';
    }
    if (v instanceof GoInt)
        return v.kind;
    if (Array.isArray(v) || v instanceof Uint8Array)
        return 'slice';
    if (isGoMap(v))
        return 'map';
    if (v instanceof GoObject) {
        const u = v.underlying();
        if (u !== undefined)
            return Array.isArray(u.value) ? 'slice' : 'map';
        const t = v.goType();
        if (t.startsWith('*'))
            return 'ptr';
        if (t.startsWith('[]'))
            return 'slice';
        if (t === 'time.Duration')
            return 'int64';
        return 'struct';
    }
    return 'invalid';
}
/** text/template's truth: empty strings, collections, zero numbers, false and nil are false. */
function isTrue(v) {
    if (v === null || v === undefined)
        return false;
    switch (typeof v) {
        case 'string':
            return v.length > 0;
        case 'boolean':
            return v;
        case 'number':
            return v !== 0;
        case 'bigint':
            return v !== 0n;
    }
    if (v instanceof GoInt)
        return v.value !== 0n;
    if (Array.isArray(v))
        return v.length > 0;
    if (v instanceof Uint8Array)
        return v.length > 0;
    if (isGoMap(v)) {
        for (const _ in v)
            return true;
        return false;
    }
    if (v instanceof GoObject)
        return v.isTruthy();
    return true;
}
/** Number of map keys. */
function mapSize(m) {
    let n = 0;
    for (const _ in m)
        n++;
    return n;
}
/** Map keys in Go's sorted order (byte order of UTF-8, which equals code point order). */
function sortedKeys(m) {
    return Object.keys(m).sort(compareGoStrings);
}
function compareGoStrings(a, b) {
    if (a === b)
        return 0;
    // UTF-16 order differs from UTF-8 byte order only for surrogate pairs vs U+E000..U+FFFF.
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
        const x = a.codePointAt(i);
        const y = b.codePointAt(i);
        if (x !== y)
            return x < y ? -1 : 1;
        if (x > 0xffff)
            i++;
    }
    return a.length < b.length ? -1 : 1;
}


/***/ }),

/***/ 4197:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   goTimeString: () => (/* binding */ goTimeString),
/* harmony export */   jsonSafeValues: () => (/* binding */ jsonSafeValues),
/* harmony export */   splitImageReference: () => (/* binding */ splitImageReference),
/* harmony export */   werfImageDetails: () => (/* binding */ werfImageDetails),
/* harmony export */   werfServiceValues: () => (/* binding */ werfServiceValues)
/* harmony export */ });
/* harmony import */ var _chart_template_goValues_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(11787);
/**
 * The values werf sets for a chart ("service values"), as werf v2 (pkg/deploy/helm/chart_extender/helpers/
 * service_values.go, GetServiceValues) and werf v1.1 (pkg/deploy/service_values.go) set them, merged: a chart
 * written for either reads what it expects. Pure.
 *
 * v2:   werf.{name, repo, env, namespace, commit.{hash, date.{human, unix}}, image.<n>, tag.<n>}
 *       global.env, global.werf.{…same, images.<n>.{registry, repository, tag, digest, ref, …}}
 * v1.1: global.namespace, global.env, global.werf.{name, repo, ci.*, is_nameless_image,
 *       image.<n>.{docker_image, docker_tag}}
 * Not set: `werf.version` (there is no werf), `dockerconfigjson` (werf's --set-docker-config-json-value).
 */

/** go-containerregistry's name.NewTag for a `registry/path:tag` reference: registry and repository parts. */
function splitImageReference(reference) {
    const at = reference.indexOf('@');
    const withoutDigest = at >= 0 ? reference.slice(0, at) : reference;
    const colon = withoutDigest.lastIndexOf(':');
    const hasTag = colon > withoutDigest.lastIndexOf('/');
    const name = hasTag ? withoutDigest.slice(0, colon) : withoutDigest;
    const tag = hasTag ? withoutDigest.slice(colon + 1) : 'latest';
    const slash = name.indexOf('/');
    const first = slash >= 0 ? name.slice(0, slash) : '';
    if (slash >= 0 && (first.includes('.') || first.includes(':') || first === 'localhost'))
        return { registry: first, repository: name.slice(slash + 1), tag };
    // Docker Hub, as go-containerregistry names it.
    return { registry: 'index.docker.io', repository: slash >= 0 ? name : `library/${name}`, tag };
}
function dirname(path) {
    const i = path.lastIndexOf('/');
    return i <= 0 ? '.' : path.slice(0, i);
}
function basename(path) {
    return path.slice(path.lastIndexOf('/') + 1);
}
/** werf v2's image.BuildImageValuesMap: `.Values.global.werf.images.<name>`. */
function werfImageDetails(image) {
    const { registry, repository, tag } = splitImageReference(image.reference);
    const name = basename(repository);
    const digest = image.digest;
    return {
        registry,
        namespace: dirname(repository),
        name,
        tag,
        digest,
        tag_digest: `${tag}@${digest}`,
        image: `${registry}/${repository}`,
        repository,
        ref: `${image.reference}@${digest}`,
        ref_tag: image.reference,
        repository_ref: `${repository}:${tag}@${digest}`,
        repository_tag: `${repository}:${tag}`,
        name_ref: `${name}:${tag}@${digest}`,
        name_tag: `${name}:${tag}`,
    };
}
const pad = (n, width = 2) => String(n).padStart(width, '0');
/** Go's time.Time.String() of a UTC time: `2006-01-02 15:04:05 +0000 UTC` (fractional seconds only when non-zero). */
function goTimeString(date) {
    const ms = date.getUTCMilliseconds();
    const fraction = ms === 0 ? '' : `.${pad(ms, 3).replace(/0+$/, '')}`;
    return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}${fraction} +0000 UTC`;
}
/** v1.1's TemplateEmptyValue: what its ci.* strings hold when there is no Git branch or tag tagging. */
const TEMPLATE_EMPTY_VALUE = '"-"';
function werfServiceValues(input) {
    const image = {};
    const tag = {};
    const images = {};
    const legacyImages = {};
    for (const entry of input.images) {
        image[entry.name] = entry.reference;
        tag[entry.name] = entry.tag;
        images[entry.name] = werfImageDetails(entry);
        legacyImages[entry.name] = { docker_image: entry.reference, docker_tag: entry.tag };
    }
    const info = () => ({
        name: input.project,
        repo: input.repo,
        commit: { hash: input.commit.hash, date: { human: goTimeString(input.commit.date), unix: new _chart_template_goValues_js__WEBPACK_IMPORTED_MODULE_0__/* .GoInt */ .ov('int64', BigInt(Math.floor(input.commit.date.getTime() / 1000))) } },
        ...(input.namespace !== '' ? { namespace: input.namespace } : {}),
        ...(input.env !== '' ? { env: input.env } : {}),
    });
    return {
        werf: { ...info(), image, tag },
        global: {
            ...(input.env !== '' ? { env: input.env } : {}),
            namespace: input.namespace,
            werf: {
                ...info(),
                images,
                // werf v1.1: images by name with docker_image/docker_tag; tags are by content (its stages-signature strategy).
                image: legacyImages,
                is_nameless_image: false,
                ci: { is_tag: false, is_branch: false, is_custom: false, branch: TEMPLATE_EMPTY_VALUE, tag: TEMPLATE_EMPTY_VALUE, ref: TEMPLATE_EMPTY_VALUE, is_tag_by_stages_signatures: true },
            },
        },
    };
}
/** The values as a release record holds them (JSON): werf's int64 commit time becomes a JSON number. */
function jsonSafeValues(v) {
    if (v instanceof _chart_template_goValues_js__WEBPACK_IMPORTED_MODULE_0__/* .GoInt */ .ov)
        return Number(v.value);
    if (typeof v === 'bigint')
        return Number(v);
    if (Array.isArray(v))
        return v.map(jsonSafeValues);
    if (v !== null && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
        const out = {};
        for (const [k, x] of Object.entries(v))
            out[k] = jsonSafeValues(x);
        return out;
    }
    return v;
}


/***/ })

};
;
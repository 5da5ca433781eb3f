"use strict";
exports.id = 8360;
exports.ids = [8360];
exports.modules = {

/***/ 28360:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   werfFunctions: () => (/* binding */ werfFunctions),
/* harmony export */   werfImageFunction: () => (/* binding */ werfImageFunction),
/* harmony export */   werfSecretFileFunction: () => (/* binding */ werfSecretFileFunction)
/* harmony export */ });
/* harmony import */ var _template_goErrors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(34402);
/* harmony import */ var _template_goValues_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(11787);


/** Helm's way of turning a function error into `execution error at (file:line:col): message`. */
function templateFailure(message) {
    return new _template_goErrors_js__WEBPACK_IMPORTED_MODULE_0__/* .GoError */ .nY(`HELM_ERR_START${message}HELM_ERR_END`);
}
function field(v, key) {
    return (0,_template_goValues_js__WEBPACK_IMPORTED_MODULE_1__/* .isGoMap */ .Rb)(v) ? v[key] : undefined;
}
function werfValuesOf(context) {
    const werf = field(field(context, 'Values'), 'werf');
    return (0,_template_goValues_js__WEBPACK_IMPORTED_MODULE_1__/* .isGoMap */ .Rb)(werf) ? werf : {};
}
function knownImages(werf) {
    const images = (0,_template_goValues_js__WEBPACK_IMPORTED_MODULE_1__/* .isGoMap */ .Rb)(werf.image) ? Object.keys(werf.image).sort() : [];
    return images.length > 0 ? `the project's images: ${images.join(', ')}` : 'the project has no named images';
}
function namelessImage(context) {
    const werf = werfValuesOf(context);
    if (werf.is_stub === true)
        return String(werf.stub_image ?? '');
    if (werf.is_nameless_image !== true)
        throw templateFailure(`No image specified for template (${knownImages(werf)}); name one: tuple "<name>" . | werf_image`);
    return String(werf.nameless_image ?? '');
}
function namedImage(name, context) {
    const werf = werfValuesOf(context);
    if (werf.is_stub === true)
        return String(werf.stub_image ?? '');
    if (werf.is_nameless_image === true)
        throw templateFailure(`No image should be specified for template, got '${String(name)}' (the project has one nameless image: werf_image .)`);
    const image = field(werf.image, String(name));
    if (image === undefined || image === null || image === '')
        throw templateFailure(`Unknown image '${String(name)}' specified for template (${knownImages(werf)})`);
    return String(image);
}
const werfImageFunction = {
    params: ['any'],
    call(_ctx, [arg]) {
        if (Array.isArray(arg)) {
            if (arg.length >= 2)
                return namedImage(arg[0], arg[1]);
            if (arg.length === 1)
                return namelessImage(arg[0]);
            throw templateFailure('werf_image needs the context: werf_image ., tuple . | werf_image or tuple "<name>" . | werf_image');
        }
        return namelessImage(arg);
    },
};
/** `werf_secret_file`: looks the relative path up among the decrypted files of `.helm/secret/`. */
function werfSecretFileFunction(files) {
    return {
        params: ['string'],
        call(_ctx, [path]) {
            const p = String(path);
            if (p.startsWith('/')) {
                // werf 1.1 accepted "/name"; it tries the path without the slash first.
                const legacy = files.get(p.replace(/^\/+/, ''));
                if (legacy !== undefined)
                    return legacy.reveal();
                throw templateFailure(`expected relative secret file path, given path ${p}`);
            }
            const file = files.get(p);
            if (file === undefined) {
                const known = [...files.keys()].sort();
                throw templateFailure(`secret file "${p}" not found under .helm/secret/${known.length > 0 ? `, you may use one of the following: ${known.join(', ')}` : ' (there are no secret files)'}`);
            }
            return file.reveal();
        },
    };
}
/** The werf function family; `secretFiles` are the decrypted files of `.helm/secret/` (path relative to it). */
function werfFunctions(secretFiles = new Map()) {
    return { werf_image: werfImageFunction, werf_secret_file: werfSecretFileFunction(secretFiles) };
}


/***/ }),

/***/ 34402:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cz: () => (/* binding */ TemplateExecError),
/* harmony export */   eB: () => (/* binding */ errorChain),
/* harmony export */   nY: () => (/* binding */ GoError)
/* harmony export */ });
/** Errors with Go's texts and wrapping chains (errors.Unwrap), so Helm's error formatting can be reproduced. */
/** An error as Go's errors package sees it: a message and, when made with %w, the error it wraps. */
class GoError extends Error {
    wrapped;
    constructor(message, wrapped) {
        super(message);
        this.wrapped = wrapped;
        this.name = 'GoError';
    }
}
/** text/template's ExecError: the failing template's name and Go's full message. */
class TemplateExecError extends GoError {
    templateName;
    constructor(templateName, message, wrapped) {
        // ExecError{Err: fmt.Errorf(...)}: the ExecError and its Err share one text.
        super(message, new GoError(message, wrapped));
        this.templateName = templateName;
        this.name = 'TemplateExecError';
    }
}
/** Messages of the error and everything it wraps, outermost first. */
function errorChain(e) {
    const out = [];
    let cur = e;
    while (cur) {
        out.push(cur.message);
        cur = cur instanceof GoError ? cur.wrapped : undefined;
    }
    return out;
}


/***/ }),

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


/***/ })

};
;
"use strict";
exports.id = 653;
exports.ids = [653,4284];
exports.modules = {

/***/ 54284:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ desiredRelease),
/* harmony export */   deploy: () => (/* binding */ deploy)
/* harmony export */ });
/* harmony import */ var _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16602);
/* harmony import */ var _errors_inputNames_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(59251);
/* harmony import */ var _manifestResources_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2953);
/* harmony import */ var _track_trackingSpec_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(52285);
/* harmony import */ var _hookRunner_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(13758);
/* harmony import */ var _releaseOperation_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(98093);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(22483);
/* harmony import */ var _kube_kubeErrorExplained_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(82020);








/** Validates the input and turns rendered documents into the desired release (pure; no cluster). */
function desiredRelease(input, inputNames = _errors_inputNames_js__WEBPACK_IMPORTED_MODULE_1__/* .cliInputNames */ .tE) {
    if (!/^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/.test(input.release) || input.release.length > 53) {
        throw new _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_0__.SlipwayError('input', `release name "${input.release}" is invalid`, { where: { input: inputNames.release }, hint: 'use at most 53 lowercase letters, digits, "-" and ".", starting and ending with a letter or digit (Helm\'s rule)' });
    }
    if (!(0,_names_js__WEBPACK_IMPORTED_MODULE_6__/* .isDnsLabel */ .C)(input.namespace)) {
        throw new _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_0__.SlipwayError('input', `namespace "${input.namespace}" is invalid`, { where: { input: inputNames.namespace }, hint: 'use at most 63 lowercase letters, digits and "-"' });
    }
    const parsed = (0,_manifestResources_js__WEBPACK_IMPORTED_MODULE_2__.parseDocuments)(input.documents);
    // Tracking annotations are checked before anything is applied: a typo never half-deploys a release.
    for (const r of parsed)
        (0,_track_trackingSpec_js__WEBPACK_IMPORTED_MODULE_3__/* .trackingSpecOf */ .qX)(r.object.metadata.annotations, { resource: (0,_manifestResources_js__WEBPACK_IMPORTED_MODULE_2__/* .describeObject */ .v8)(r.object, input.namespace), file: r.source, ...(r.line !== undefined ? { line: r.line } : {}) });
    const resources = parsed.filter((r) => !r.hook);
    (0,_manifestResources_js__WEBPACK_IMPORTED_MODULE_2__/* .requireUnique */ .lr)(resources, input.namespace);
    return {
        resources,
        hooks: (0,_hookRunner_js__WEBPACK_IMPORTED_MODULE_4__/* .releaseHooks */ .YK)(parsed),
        crds: (0,_manifestResources_js__WEBPACK_IMPORTED_MODULE_2__.parseDocuments)(input.crds ?? []),
        manifest: (0,_manifestResources_js__WEBPACK_IMPORTED_MODULE_2__/* .releaseManifestText */ .w$)(resources),
        chart: input.chart,
        config: input.config,
        ...(input.notes ? { notes: input.notes } : {}),
    };
}
/**
 * Deploys rendered chart output as a Helm-compatible release: install or upgrade, under the release
 * lock, with hooks, ordered parallel apply, deletions, readiness and failure handling. Converge calls
 * this with the renderer's output; bundles and tests can call it with any rendered documents.
 */
async function deploy(input, options) {
    const desired = desiredRelease(input, options.inputNames);
    try {
        return await (0,_releaseOperation_js__WEBPACK_IMPORTED_MODULE_5__/* .runReleaseOperation */ .gl)(input.release, input.namespace, desired, options);
    }
    catch (error) {
        throw (0,_kube_kubeErrorExplained_js__WEBPACK_IMPORTED_MODULE_7__/* .explainKubeError */ .h)(error, `deploying release ${input.release}`);
    }
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


/***/ })

};
;
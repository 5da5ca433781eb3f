"use strict";
exports.id = 344;
exports.ids = [344];
exports.modules = {

/***/ 20344:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bundlePublishAction: () => (/* binding */ bundlePublishAction),
/* harmony export */   keyValueInput: () => (/* binding */ keyValueInput),
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96421);
/* harmony import */ var _runAction_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(62104);
/* harmony import */ var _ci_github_actionInputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(59379);
/* harmony import */ var _core_errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(16602);
/* harmony import */ var _core_names_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(22483);
/* harmony import */ var _core_secretValue_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(78014);






/** `key=value` lines (add-annotations / add-labels inputs) as a map; the input is named in the error. */
function keyValueInput(name) {
    const out = {};
    for (const pair of (0,_ci_github_actionInputs_js__WEBPACK_IMPORTED_MODULE_2__/* .listInput */ .dt)(name)) {
        const eq = pair.indexOf('=');
        if (eq <= 0)
            throw new _core_errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_3__.SlipwayError('input', `input '${name}': "${pair}" is not key=value`, { where: { input: name }, hint: 'one key=value per line' });
        out[pair.slice(0, eq)] = pair.slice(eq + 1);
    }
    return out;
}
/** GitHub edge of bundle-publish: inputs → publishBundle → outputs (reference, tag, digest, images). */
async function bundlePublishAction() {
    const repo = (0,_ci_github_actionInputs_js__WEBPACK_IMPORTED_MODULE_2__/* .stringInput */ .Uj)('repo') ?? process.env.SLIPWAY_REPO;
    if (!repo)
        throw new _core_errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_3__.SlipwayError('input', "input 'repo' is required", { where: { input: 'repo' }, hint: "add 'repo: <registry>/<path>' under 'with:' (or set SLIPWAY_REPO)" });
    const env = (0,_ci_github_actionInputs_js__WEBPACK_IMPORTED_MODULE_2__/* .stringInput */ .Uj)('env');
    if (env !== undefined)
        (0,_core_names_js__WEBPACK_IMPORTED_MODULE_4__/* .requireDnsLabel */ .l)(env, 'environment', { input: 'env' });
    const username = (0,_ci_github_actionInputs_js__WEBPACK_IMPORTED_MODULE_2__/* .stringInput */ .Uj)('registry-username');
    const passwordText = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('registry-password');
    if (passwordText !== '')
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(passwordText);
    const { publishBundle } = await Promise.all(/* import() */[__webpack_require__.e(3243), __webpack_require__.e(2448), __webpack_require__.e(4023), __webpack_require__.e(5438), __webpack_require__.e(102), __webpack_require__.e(1984)]).then(__webpack_require__.bind(__webpack_require__, 1091));
    const result = await publishBundle({
        dir: (0,_ci_github_actionInputs_js__WEBPACK_IMPORTED_MODULE_2__/* .workingDirectoryInput */ .RW)(),
        repo,
        tag: (0,_ci_github_actionInputs_js__WEBPACK_IMPORTED_MODULE_2__/* .stringInput */ .Uj)('tag') ?? 'latest',
        dev: (0,_ci_github_actionInputs_js__WEBPACK_IMPORTED_MODULE_2__/* .booleanInput */ .tE)('dev', false),
        skipBuild: (0,_ci_github_actionInputs_js__WEBPACK_IMPORTED_MODULE_2__/* .booleanInput */ .tE)('skip-build', false),
        ...(env !== undefined ? { env } : {}),
        values: { valueFiles: (0,_ci_github_actionInputs_js__WEBPACK_IMPORTED_MODULE_2__/* .listInput */ .dt)('values', { commas: true }), values: (0,_ci_github_actionInputs_js__WEBPACK_IMPORTED_MODULE_2__/* .listInput */ .dt)('set'), stringValues: [], fileValues: [], jsonValues: [], literalValues: [] },
        addAnnotations: keyValueInput('add-annotations'),
        addLabels: keyValueInput('add-labels'),
        registry: {
            ...(username !== undefined ? { username } : {}),
            ...(passwordText !== '' ? { password: new _core_secretValue_js__WEBPACK_IMPORTED_MODULE_5__/* .SecretValue */ .i(passwordText) } : {}),
            ...(process.env.SLIPWAY_BUILD_NETWORK ? { network: process.env.SLIPWAY_BUILD_NETWORK } : {}),
        },
        log: {
            info: (m) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(m),
            warning: (m) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(m),
            imageStarted: (image) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`building ${image}…`),
            imageOutput: (image, line) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`[${image}] ${line}`),
            imageFinished: (image, ok) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`${image}: ${ok ? 'pushed' : 'FAILED'}`),
        },
    });
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('reference', result.reference);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('tag', result.tag);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('digest', result.digest);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('images', JSON.stringify(result.images));
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`published ${result.reference}@${result.digest}`);
}
/** bundle-publish: inputs → build (or require) images → package and push the chart as a Helm OCI artifact → outputs. */
const run = () => (0,_runAction_js__WEBPACK_IMPORTED_MODULE_1__.actionStep)('bundle-publish', bundlePublishAction);


/***/ }),

/***/ 59379:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RW: () => (/* binding */ workingDirectoryInput),
/* harmony export */   Uj: () => (/* binding */ stringInput),
/* harmony export */   dt: () => (/* binding */ listInput),
/* harmony export */   ij: () => (/* binding */ choiceInput),
/* harmony export */   tE: () => (/* binding */ booleanInput)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96421);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(16602);



/**
 * Typed readers of GitHub Action inputs. Every error names the input, so a workflow author knows
 * which `with:` line to fix.
 */
function stringInput(name, options = {}) {
    const value = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name).trim();
    if (value === '') {
        if (options.required) {
            throw new _core_errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_2__.SlipwayError('input', `input '${name}' is required`, { where: { input: name }, hint: `add '${name}:' under 'with:' in the workflow step` });
        }
        return undefined;
    }
    return value;
}
/** A list input: one item per line (and, for convenience, comma-separated on a line when `commas`). */
function listInput(name, options = {}) {
    const lines = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getMultilineInput */ .q3(name).map((line) => line.trim()).filter((line) => line !== '' && !line.startsWith('#'));
    return options.commas ? lines.flatMap((line) => line.split(',').map((item) => item.trim()).filter((item) => item !== '')) : lines;
}
/** A boolean input with YAML 1.2 core schema words, as @actions/core accepts them. */
function booleanInput(name, defaultValue) {
    const raw = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name).trim();
    if (raw === '')
        return defaultValue;
    if (['true', 'True', 'TRUE'].includes(raw))
        return true;
    if (['false', 'False', 'FALSE'].includes(raw))
        return false;
    throw new _core_errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_2__.SlipwayError('input', `input '${name}' is "${raw}", not a boolean`, { where: { input: name }, hint: 'use true or false' });
}
/** An input restricted to a fixed set of words. */
function choiceInput(name, choices, defaultValue) {
    const raw = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name).trim();
    if (raw === '')
        return defaultValue;
    if (choices.includes(raw))
        return raw;
    throw new _core_errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_2__.SlipwayError('input', `input '${name}' is "${raw}"; expected one of ${choices.join(', ')}`, { where: { input: name } });
}
/** The project directory: input `working-directory`, relative to the checkout ($GITHUB_WORKSPACE). */
function workingDirectoryInput() {
    const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(workspace, stringInput('working-directory') ?? '.');
}


/***/ }),

/***/ 22483:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ isDnsLabel),
/* harmony export */   l: () => (/* binding */ requireDnsLabel)
/* harmony export */ });
/* harmony import */ var _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16602);

/** An RFC 1123 DNS label: what Kubernetes requires of namespaces and what slipway requires of env names. */
const dnsLabel = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
function isDnsLabel(name) {
    return name.length <= 63 && dnsLabel.test(name);
}
/** Rejects a name that is not a DNS label, naming where it came from. */
function requireDnsLabel(name, what, where) {
    if (!isDnsLabel(name)) {
        throw new _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_0__.SlipwayError('input', `${what} "${name}" is not a valid name`, {
            where,
            hint: 'use at most 63 lowercase letters, digits and "-", starting and ending with a letter or digit',
        });
    }
    return name;
}


/***/ }),

/***/ 78014:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ SecretValue)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);

const redacted = '***';
/**
 * A secret (registry password, token) that never prints itself: `String()`, template literals,
 * `JSON.stringify` and `util.inspect` all give `***`. The only way to the value is `reveal()`, called
 * where the value is put on the wire.
 */
class SecretValue {
    #value;
    constructor(value) {
        this.#value = value;
    }
    reveal() {
        return this.#value;
    }
    get isEmpty() {
        return this.#value === '';
    }
    toString() {
        return redacted;
    }
    toJSON() {
        return redacted;
    }
    [node_util__WEBPACK_IMPORTED_MODULE_0__.inspect.custom]() {
        return `SecretValue(${redacted})`;
    }
}


/***/ })

};
;
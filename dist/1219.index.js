"use strict";
exports.id = 1219;
exports.ids = [1219];
exports.modules = {

/***/ 31219:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _ci_github_actionInputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(59379);
/* harmony import */ var _core_errors_notAvailableYet_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(68629);
/* harmony import */ var _runAction_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(62104);



const run = () => (0,_runAction_js__WEBPACK_IMPORTED_MODULE_2__.actionStep)('cleanup', cleanupAction);
async function cleanupAction() {
    (0,_ci_github_actionInputs_js__WEBPACK_IMPORTED_MODULE_0__/* .stringInput */ .Uj)('repo', { required: true });
    (0,_ci_github_actionInputs_js__WEBPACK_IMPORTED_MODULE_0__/* .booleanInput */ .tE)('dry-run', false);
    (0,_core_errors_notAvailableYet_js__WEBPACK_IMPORTED_MODULE_1__/* .notAvailableYet */ .h)('the cleanup action', 'registry cleanup is planned after the deploy engine');
}


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

/***/ 68629:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ notAvailableYet)
/* harmony export */ });
/* harmony import */ var _slipwayError_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16602);

/**
 * The honest answer of a command or action whose engine does not exist yet: a clear error after the
 * inputs were validated, never a fake success.
 */
function notAvailableYet(what, reason) {
    throw new _slipwayError_js__WEBPACK_IMPORTED_MODULE_0__.SlipwayError('not-implemented', `${what} is not available in this version yet (${reason})`, {
        hint: 'the inputs were read and validated; nothing was changed in any cluster or registry',
    });
}


/***/ })

};
;
"use strict";
exports.id = 2104;
exports.ids = [2104];
exports.modules = {

/***/ 99908:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ ReportedFailure)
/* harmony export */ });
/**
 * A step's failure whose annotations and job summary were already written from the delivery report: the
 * runner protocol around the action only marks the step failed, so nothing is annotated twice.
 */
class ReportedFailure extends Error {
    cause;
    constructor(cause) {
        super(cause instanceof Error ? cause.message : String(cause));
        this.cause = cause;
        this.name = 'ReportedFailure';
    }
}


/***/ }),

/***/ 62104:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   actionStep: () => (/* binding */ actionStep),
/* harmony export */   runAction: () => (/* binding */ runAction),
/* harmony export */   runActionPost: () => (/* binding */ runActionPost)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96421);
/* harmony import */ var _core_errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(16602);
/* harmony import */ var _reportedFailure_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(99908);



/**
 * Every action is a module exporting `run()` (the actions/typescript-action convention, so
 * @github/local-action can run it from source); the bundle's thin entries load it by name. A new
 * action: a module here exporting `run = () => actionStep('<name>', body)`, a line below, its name in
 * scripts/bundle.mjs `actionNames`, and actions/<name>/action.yml with `main` and `post`.
 */
const actionModules = {
    converge: () => Promise.all(/* import() */[__webpack_require__.e(3243), __webpack_require__.e(8508), __webpack_require__.e(1991), __webpack_require__.e(891), __webpack_require__.e(1755), __webpack_require__.e(7435), __webpack_require__.e(693)]).then(__webpack_require__.bind(__webpack_require__, 50318)),
    'build-images': () => Promise.all(/* import() */[__webpack_require__.e(3243), __webpack_require__.e(8815), __webpack_require__.e(8508), __webpack_require__.e(473), __webpack_require__.e(4023), __webpack_require__.e(5252), __webpack_require__.e(3085)]).then(__webpack_require__.bind(__webpack_require__, 44629)),
    plan: () => Promise.all(/* import() */[__webpack_require__.e(3243), __webpack_require__.e(1991), __webpack_require__.e(7568)]).then(__webpack_require__.bind(__webpack_require__, 17568)),
    dismiss: () => Promise.all(/* import() */[__webpack_require__.e(3243), __webpack_require__.e(8508), __webpack_require__.e(1991), __webpack_require__.e(891), __webpack_require__.e(1755), __webpack_require__.e(7343)]).then(__webpack_require__.bind(__webpack_require__, 77343)),
    cleanup: () => Promise.all(/* import() */[__webpack_require__.e(3243), __webpack_require__.e(8815), __webpack_require__.e(8508), __webpack_require__.e(1991), __webpack_require__.e(891), __webpack_require__.e(473), __webpack_require__.e(4023), __webpack_require__.e(2088), __webpack_require__.e(4771)]).then(__webpack_require__.bind(__webpack_require__, 59195)),
    'bundle-publish': () => __webpack_require__.e(/* import() */ 344).then(__webpack_require__.bind(__webpack_require__, 20344)),
    'bundle-apply': () => Promise.all(/* import() */[__webpack_require__.e(3243), __webpack_require__.e(1991), __webpack_require__.e(9739)]).then(__webpack_require__.bind(__webpack_require__, 19739)),
};
/** The bundle's entry for `runs.main`: loads only the action that runs (dynamic imports keep start-up small). */
async function runAction(name) {
    await (await actionModules[name]()).run();
}
/** The bundle's entry for `runs.post`: every action's post step removes the step's credential files. */
async function runActionPost() {
    await (await Promise.all(/* import() */[__webpack_require__.e(3243), __webpack_require__.e(2791)]).then(__webpack_require__.bind(__webpack_require__, 12791))).run();
}
/**
 * The GitHub runner protocol around an action's body: a failure becomes an `::error::` annotation (with
 * file and line when the error has them), a failed step and a job summary saying what to do.
 */
async function actionStep(name, body) {
    try {
        await body();
    }
    catch (error) {
        if (error instanceof _reportedFailure_js__WEBPACK_IMPORTED_MODULE_2__/* .ReportedFailure */ .g) {
            // Annotated and summarised from the delivery report already.
            // Not setFailed: that would add one more error annotation repeating the first.
            process.exitCode = 1;
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`slipway ${name} failed: ${error.cause instanceof Error ? error.cause.message : String(error.cause)}`);
            return;
        }
        if (error instanceof _core_errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_1__.SlipwayError) {
            const { file, line, column } = error.where;
            const title = (0,_core_errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_1__/* .formatLocation */ .j$)({ ...error.where, file: undefined }) || `slipway ${name}`;
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3(error.hint ? `${error.message}\nhint: ${error.hint}` : error.message, {
                title,
                ...(file ? { file } : {}),
                ...(line !== undefined ? { startLine: line } : {}),
                ...(column !== undefined ? { startColumn: column } : {}),
            });
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(`slipway ${name} failed: ${error.message}`);
        }
        else {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1((0,_core_errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_1__/* .formatError */ .Wk)(error));
        }
        await writeFailureSummary(name, error);
    }
}
const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** The job summary says what failed and what to do, so nobody has to dig through the log for it. */
async function writeFailureSummary(name, error) {
    if (!process.env.GITHUB_STEP_SUMMARY)
        return;
    const summary = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z.addHeading(`slipway ${name} failed`, 2);
    if (error instanceof _core_errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_1__.SlipwayError) {
        const location = (0,_core_errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_1__/* .locationNotInMessage */ .ZR)(error);
        summary.addRaw(`<p>${location ? `<code>${escapeHtml(location)}</code>: ` : ''}${escapeHtml(error.message)}</p>`, true);
        if (error.hint)
            summary.addRaw(`<p>${escapeHtml(error.hint)}</p>`, true);
    }
    else {
        summary.addCodeBlock((0,_core_errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_1__/* .formatError */ .Wk)(error));
    }
    await summary.write();
}


/***/ }),

/***/ 16602:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SlipwayError: () => (/* binding */ SlipwayError),
/* harmony export */   Wk: () => (/* binding */ formatError),
/* harmony export */   ZR: () => (/* binding */ locationNotInMessage),
/* harmony export */   j$: () => (/* binding */ formatLocation)
/* harmony export */ });
class SlipwayError extends Error {
    kind;
    where;
    hint;
    constructor(kind, message, options = {}) {
        super(message, options.cause === undefined ? undefined : { cause: options.cause });
        this.name = 'SlipwayError';
        this.kind = kind;
        this.where = options.where ?? {};
        this.hint = options.hint;
    }
}
/** `file:line:column` (or the parts that are known), the resource, the field and the input, joined. */
function formatLocation(where) {
    const parts = [];
    if (where.file) {
        let pos = where.file;
        if (where.line !== undefined)
            pos += `:${where.line}`;
        if (where.line !== undefined && where.column !== undefined)
            pos += `:${where.column}`;
        parts.push(pos);
    }
    if (where.field)
        parts.push(`field ${where.field}`);
    if (where.resource)
        parts.push(where.resource);
    if (where.input)
        parts.push(where.input.startsWith('-') ? `flag ${where.input}` : `input ${where.input}`);
    return parts.join(', ');
}
/**
 * The location an error's text does not already give: a template error's message starts with Helm's
 * `file:line:col` (or `parse error at (file:line)`), so its file is not said twice.
 */
function locationNotInMessage(error) {
    const { file, line, column, ...rest } = error.where;
    const given = file !== undefined && error.message.includes(line === undefined ? file : `${file}:${line}`);
    return formatLocation(given ? rest : error.where);
}
/** One line for logs and annotations: `<location>: <message> (<hint>)`. */
function formatError(error) {
    if (error instanceof SlipwayError) {
        const location = locationNotInMessage(error);
        const head = location ? `${location}: ${error.message}` : error.message;
        return error.hint ? `${head}\n  hint: ${error.hint}` : head;
    }
    if (error instanceof Error)
        return `internal error: ${error.stack ?? error.message}`;
    return `internal error: ${String(error)}`;
}


/***/ })

};
;
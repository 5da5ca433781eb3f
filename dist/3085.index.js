"use strict";
exports.id = 3085;
exports.ids = [3085,7451,8571];
exports.modules = {

/***/ 44629:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   buildImagesAction: () => (/* binding */ buildImagesAction)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(96421);
/* harmony import */ var _ci_github_actionInputs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(59379);
/* harmony import */ var _core_errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(16602);
/* harmony import */ var _core_images_buildImages_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(55229);
/* harmony import */ var _core_images_buildReport_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(19292);
/* harmony import */ var _core_images_buildResult_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(27451);
/* harmony import */ var _core_secretValue_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(78014);










/** GitHub edge of build-images: inputs → buildImages → outputs, one log group per image, a job summary. */
async function buildImagesAction() {
    const repo = (0,_ci_github_actionInputs_js__WEBPACK_IMPORTED_MODULE_4__/* .stringInput */ .Uj)('repo') ?? process.env.SLIPWAY_REPO;
    if (!repo)
        throw new _core_errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_5__.SlipwayError('input', "input 'repo' is required", { where: { input: 'repo' }, hint: "add 'repo: <registry>/<path>' under 'with:' (or set SLIPWAY_REPO)" });
    const builder = (0,_ci_github_actionInputs_js__WEBPACK_IMPORTED_MODULE_4__/* .choiceInput */ .ij)('builder', ['auto', 'docker', 'buildah'], 'auto');
    const images = (0,_ci_github_actionInputs_js__WEBPACK_IMPORTED_MODULE_4__/* .listInput */ .dt)('images', { commas: true });
    const dev = (0,_ci_github_actionInputs_js__WEBPACK_IMPORTED_MODULE_4__/* .booleanInput */ .tE)('dev', false);
    const requireBuiltImages = (0,_ci_github_actionInputs_js__WEBPACK_IMPORTED_MODULE_4__/* .booleanInput */ .tE)('require-built-images', false);
    const commit = (0,_ci_github_actionInputs_js__WEBPACK_IMPORTED_MODULE_4__/* .stringInput */ .Uj)('commit');
    const username = (0,_ci_github_actionInputs_js__WEBPACK_IMPORTED_MODULE_4__/* .stringInput */ .Uj)('registry-username');
    const passwordText = _actions_core__WEBPACK_IMPORTED_MODULE_3__/* .getInput */ .V4('registry-password');
    if (passwordText !== '')
        _actions_core__WEBPACK_IMPORTED_MODULE_3__/* .setSecret */ .Pq(passwordText);
    const parallelText = (0,_ci_github_actionInputs_js__WEBPACK_IMPORTED_MODULE_4__/* .stringInput */ .Uj)('parallel') ?? '2';
    const parallelism = Number(parallelText);
    if (!Number.isInteger(parallelism) || parallelism < 1)
        throw new _core_errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_5__.SlipwayError('input', `input 'parallel' must be a positive whole number, not "${parallelText}"`, { where: { input: 'parallel' } });
    const network = (0,_ci_github_actionInputs_js__WEBPACK_IMPORTED_MODULE_4__/* .stringInput */ .Uj)('network') ?? process.env.SLIPWAY_BUILD_NETWORK;
    const workingDirectory = (0,_ci_github_actionInputs_js__WEBPACK_IMPORTED_MODULE_4__/* .workingDirectoryInput */ .RW)();
    const buffered = new Map();
    const log = {
        info: (message) => _actions_core__WEBPACK_IMPORTED_MODULE_3__/* .info */ .pq(message),
        warning: (message) => _actions_core__WEBPACK_IMPORTED_MODULE_3__/* .warning */ .$e(message),
        imageStarted: (image) => {
            buffered.set(image, []);
            _actions_core__WEBPACK_IMPORTED_MODULE_3__/* .info */ .pq(`building ${image}…`);
        },
        imageOutput: (image, line) => buffered.get(image)?.push(line),
        imageFinished: (image, ok) => {
            // Parallel builds interleave; each image's output is printed whole, in its own group.
            _actions_core__WEBPACK_IMPORTED_MODULE_3__/* .startGroup */ .Oh(`${ok ? '' : '✗ '}build ${image}`);
            for (const line of buffered.get(image) ?? [])
                _actions_core__WEBPACK_IMPORTED_MODULE_3__/* .info */ .pq(line);
            _actions_core__WEBPACK_IMPORTED_MODULE_3__/* .endGroup */ .N4();
            buffered.delete(image);
        },
    };
    let result;
    try {
        result = await (0,_core_images_buildImages_js__WEBPACK_IMPORTED_MODULE_6__.buildImages)({
            dir: workingDirectory,
            repo,
            ...(commit !== undefined ? { commit } : {}),
            dev,
            images,
            builder,
            requireBuiltImages,
            ...(username !== undefined ? { username } : {}),
            ...(passwordText !== '' ? { password: new _core_secretValue_js__WEBPACK_IMPORTED_MODULE_7__.SecretValue(passwordText) } : {}),
            parallelism,
            ...(network !== undefined ? { network } : {}),
            log,
        });
    }
    catch (error) {
        const partial = error.partialResult;
        if (partial)
            await publish(partial);
        throw error;
    }
    await publish(result);
}
async function publish(result) {
    const dir = process.env.RUNNER_TEMP ?? (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)();
    const reportPath = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'slipway-build-report.json');
    const dotenvPath = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'slipway-build.env');
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(reportPath, (0,_core_images_buildReport_js__WEBPACK_IMPORTED_MODULE_8__/* .buildReportJson */ .HG)(result));
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(dotenvPath, (0,_core_images_buildReport_js__WEBPACK_IMPORTED_MODULE_8__/* .buildReportDotenv */ .Ho)(result));
    const usable = result.images.filter((image) => image.action === 'built' || image.action === 'reused');
    _actions_core__WEBPACK_IMPORTED_MODULE_3__/* .setOutput */ .uH('images', JSON.stringify(Object.fromEntries(usable.map((image) => [image.name, image.reference]))));
    _actions_core__WEBPACK_IMPORTED_MODULE_3__/* .setOutput */ .uH('digests', JSON.stringify(Object.fromEntries(usable.map((image) => [image.name, image.digest]))));
    _actions_core__WEBPACK_IMPORTED_MODULE_3__/* .setOutput */ .uH('built', result.images.filter((image) => image.action === 'built').map((image) => image.name).join(','));
    _actions_core__WEBPACK_IMPORTED_MODULE_3__/* .setOutput */ .uH('reused', result.images.filter((image) => image.action === 'reused').map((image) => image.name).join(','));
    _actions_core__WEBPACK_IMPORTED_MODULE_3__/* .setOutput */ .uH('values', JSON.stringify((0,_core_images_buildResult_js__WEBPACK_IMPORTED_MODULE_9__.chartImageValues)(result)));
    _actions_core__WEBPACK_IMPORTED_MODULE_3__/* .setOutput */ .uH('report', reportPath);
    _actions_core__WEBPACK_IMPORTED_MODULE_3__/* .setOutput */ .uH('dotenv', dotenvPath);
    for (const line of (0,_core_images_buildReport_js__WEBPACK_IMPORTED_MODULE_8__/* .buildSummaryLines */ ._0)(result))
        _actions_core__WEBPACK_IMPORTED_MODULE_3__/* .info */ .pq(line);
    if (process.env.GITHUB_STEP_SUMMARY) {
        await _actions_core__WEBPACK_IMPORTED_MODULE_3__/* .summary */ .z
            .addHeading('slipway build-images', 3)
            .addTable([
            [
                { data: 'image', header: true },
                { data: 'result', header: true },
                { data: 'reference', header: true },
                { data: 'time', header: true },
            ],
            ...result.images.map((image) => [image.name, image.action, `${image.reference}${image.digest ? `@${image.digest}` : ''}`, `${(image.durationMs / 1000).toFixed(1)}s`]),
        ])
            .addRaw(`commit ${result.commit.slice(0, 12)}, ${result.registryRequests.total} registry requests, planned in ${result.timings.planMs} ms\n`)
            .write();
    }
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

/***/ 98571:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ parseDuration)
/* harmony export */ });
/* harmony import */ var _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16602);

const unitMs = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
/**
 * Parses a Go-style duration (`300s`, `5m`, `1h30m`, `1.5h`, `250ms`) as Helm's `--timeout` takes it;
 * a bare number is seconds. Returns milliseconds.
 */
function parseDuration(text, where) {
    const trimmed = text.trim();
    if (/^\d+(\.\d+)?$/.test(trimmed))
        return Math.round(Number(trimmed) * 1000);
    const part = /(\d+(?:\.\d+)?)(ms|s|m|h)/gy;
    let total = 0;
    let matched = 0;
    for (let m = part.exec(trimmed); m; m = part.exec(trimmed)) {
        total += Number(m[1]) * unitMs[m[2]];
        matched = part.lastIndex;
    }
    if (trimmed === '' || matched !== trimmed.length) {
        throw new _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_0__.SlipwayError('input', `"${text}" is not a duration`, {
            where,
            hint: 'use a Go-style duration such as 300s, 5m or 1h30m',
        });
    }
    return Math.round(total);
}


/***/ }),

/***/ 19292:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HG: () => (/* binding */ buildReportJson),
/* harmony export */   Ho: () => (/* binding */ buildReportDotenv),
/* harmony export */   _0: () => (/* binding */ buildSummaryLines)
/* harmony export */ });
/* unused harmony export imageEnvName */
/** The machine-readable build report (JSON). Holds no credentials: none are ever put in a BuildResult. Pure. */
function buildReportJson(result) {
    return `${JSON.stringify({ kind: 'slipway-build-report', version: 1, ...result }, null, 2)}\n`;
}
/** `SLIPWAY_IMAGE_<NAME>` style name for an image. */
function imageEnvName(image, suffix = '') {
    return `SLIPWAY_IMAGE_${image.toUpperCase().replace(/[^A-Z0-9]/g, '_')}${suffix}`;
}
/**
 * A dotenv report (GitLab `artifacts:reports:dotenv`, or `source` in a shell): per image its
 * reference, digest and whether it was built; plus the lists of built and reused images. Pure.
 */
function buildReportDotenv(result) {
    const lines = [];
    for (const image of result.images) {
        lines.push(`${imageEnvName(image.name)}=${image.reference}`);
        lines.push(`${imageEnvName(image.name, '_DIGEST')}=${image.digest}`);
        lines.push(`${imageEnvName(image.name, '_BUILT')}=${image.action === 'built'}`);
    }
    lines.push(`SLIPWAY_IMAGES_BUILT=${result.images.filter((i) => i.action === 'built').map((i) => i.name).join(',')}`);
    lines.push(`SLIPWAY_IMAGES_REUSED=${result.images.filter((i) => i.action === 'reused').map((i) => i.name).join(',')}`);
    lines.push(`SLIPWAY_COMMIT=${result.commit}`);
    return `${lines.join('\n')}\n`;
}
/** One line per image for terminals and logs. */
function buildSummaryLines(result) {
    const count = (action) => result.images.filter((image) => image.action === action).length;
    const built = count('built');
    const failed = count('failed');
    const notBuilt = count('not-built');
    const lines = result.images.map((image) => {
        const seconds = (image.durationMs / 1000).toFixed(1);
        const what = image.action === 'built' ? `built in ${seconds}s` : image.action;
        return `  ${image.name.padEnd(20)} ${what.padEnd(16)} ${image.reference}${image.digest ? `@${image.digest.slice(0, 19)}…` : ''}`;
    });
    // The head must never sound like success when something failed or was left unbuilt.
    const head = failed > 0 || notBuilt > 0
        ? `${failed} image(s) failed, ${notBuilt} not built because of that; ${built} built and pushed`
        : built === 0
            ? 'nothing to build: every image is in the registry'
            : `${built} image(s) built and pushed`;
    return [head, ...lines];
}


/***/ }),

/***/ 27451:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   chartImageValues: () => (/* binding */ chartImageValues)
/* harmony export */ });
/** `.Values.slipway.image.<name>` and werf's `.Values.werf.image.<name>` / `.Values.werf.repo`. Pure. */
function chartImageValues(result) {
    const image = {};
    const digest = {};
    const tag = {};
    for (const entry of result.images) {
        if (entry.action === 'failed' || entry.action === 'not-built')
            continue;
        image[entry.name] = entry.reference;
        digest[entry.name] = entry.digest;
        tag[entry.name] = entry.tag;
    }
    return {
        slipway: { image, imageDigest: digest, repo: result.repository },
        werf: { image, repo: result.repository, tag },
    };
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


/***/ })

};
;
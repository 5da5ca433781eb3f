"use strict";
exports.id = 4263;
exports.ids = [4263];
exports.modules = {

/***/ 91068:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ registryFromEnvironment)
/* harmony export */ });
/* harmony import */ var _core_secretValue_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(78014);

/**
 * The image repository and registry credentials from the environment: slipway's own variables
 * (SLIPWAY_REPO, SLIPWAY_REGISTRY_USERNAME / _PASSWORD, SLIPWAY_BUILD_NETWORK), else, in GitLab CI, the
 * project's container registry (CI_REGISTRY_IMAGE with the job's CI_REGISTRY_USER / CI_REGISTRY_PASSWORD, else
 * gitlab-ci-token / CI_JOB_TOKEN, used only for that registry). Explicit flags and inputs override what this returns. Pure.
 */
function registryFromEnvironment(env, repoOverride) {
    const access = {};
    const repo = repoOverride ?? env.SLIPWAY_REPO ?? (env.GITLAB_CI === 'true' ? env.CI_REGISTRY_IMAGE : undefined);
    if (repo)
        access.repo = repo;
    if (env.SLIPWAY_BUILD_NETWORK)
        access.network = env.SLIPWAY_BUILD_NETWORK;
    if (env.SLIPWAY_REGISTRY_USERNAME !== undefined || env.SLIPWAY_REGISTRY_PASSWORD !== undefined) {
        if (env.SLIPWAY_REGISTRY_USERNAME !== undefined)
            access.username = env.SLIPWAY_REGISTRY_USERNAME;
        if (env.SLIPWAY_REGISTRY_PASSWORD !== undefined)
            access.password = new _core_secretValue_js__WEBPACK_IMPORTED_MODULE_0__/* .SecretValue */ .i(env.SLIPWAY_REGISTRY_PASSWORD);
    }
    else if (env.GITLAB_CI === 'true' && env.CI_REGISTRY && repo && registryOf(repo) === env.CI_REGISTRY) {
        // The job token reaches only the project's own registry: never send it anywhere else.
        // CI_REGISTRY_PASSWORD is the job token; a job that lacks it (e.g. a trigger job) still has CI_JOB_TOKEN,
        // which the registry accepts for the user gitlab-ci-token.
        const password = env.CI_REGISTRY_PASSWORD || env.CI_JOB_TOKEN;
        if (password) {
            access.username = env.CI_REGISTRY_PASSWORD ? (env.CI_REGISTRY_USER || 'gitlab-ci-token') : 'gitlab-ci-token';
            access.password = new _core_secretValue_js__WEBPACK_IMPORTED_MODULE_0__/* .SecretValue */ .i(password);
        }
    }
    return access;
}
/** The registry host of `registry/path` (what Docker calls the domain: the first part when it has a dot, a colon or is localhost). */
function registryOf(repo) {
    const first = repo.split('/')[0];
    return /[.:]/.test(first) || first === 'localhost' ? first : 'docker.io';
}


/***/ }),

/***/ 4693:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runBuildCommand: () => (/* binding */ runBuildCommand)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(16602);
/* harmony import */ var _core_images_buildImages_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(25252);
/* harmony import */ var _core_images_buildReport_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(19292);
/* harmony import */ var _ci_registryEnvironment_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(91068);





/** The terminal edge of `slipway build`: flags → buildImages → printed summary and report files. */
async function runBuildCommand(images, flags) {
    const registry = (0,_ci_registryEnvironment_js__WEBPACK_IMPORTED_MODULE_3__/* .registryFromEnvironment */ .d)(process.env, flags.repo);
    const repo = registry.repo;
    if (!repo)
        throw new _core_errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_1__.SlipwayError('input', 'no image repository given', { where: { input: '--repo' }, hint: 'pass --repo <registry>/<path> or set SLIPWAY_REPO' });
    const parallelism = Number(flags.parallel);
    if (!Number.isInteger(parallelism) || parallelism < 1)
        throw new _core_errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_1__.SlipwayError('input', `--parallel must be a positive whole number, not "${flags.parallel}"`, { where: { input: '--parallel' } });
    const out = (line) => void process.stdout.write(`${line}\n`);
    const log = {
        info: (message) => out(message),
        warning: (message) => process.stderr.write(`warning: ${message}\n`),
        imageStarted: (image) => out(`[${image}] building`),
        imageOutput: (image, line) => out(`[${image}] ${line}`),
        imageFinished: (image, ok) => out(`[${image}] ${ok ? 'pushed' : 'FAILED'}`),
    };
    let result;
    try {
        result = await (0,_core_images_buildImages_js__WEBPACK_IMPORTED_MODULE_2__.buildImages)({
            dir: process.cwd(),
            repo,
            ...(flags.commit !== undefined ? { commit: flags.commit } : {}),
            dev: flags.dev ?? false,
            ...(flags.config !== undefined ? { configFile: flags.config } : {}),
            images,
            builder: flags.builder,
            requireBuiltImages: flags.requireBuiltImages ?? false,
            ...(registry.username !== undefined ? { username: registry.username } : {}),
            ...(registry.password !== undefined ? { password: registry.password } : {}),
            ...(flags.insecureRegistry ? { insecureRegistry: true } : {}),
            parallelism,
            ...((flags.network ?? registry.network) ? { network: flags.network ?? registry.network } : {}),
            ...(flags.cacheRepo ? { cacheRepository: flags.cacheRepo } : {}),
            log,
        });
    }
    catch (error) {
        const partial = error.partialResult;
        if (partial)
            await writeReports(partial, flags);
        throw error;
    }
    for (const line of (0,_core_images_buildReport_js__WEBPACK_IMPORTED_MODULE_4__/* .buildSummaryLines */ ._0)(result))
        out(line);
    out(`registry requests: ${result.registryRequests.total} (${Object.entries(result.registryRequests.byKind).map(([kind, n]) => `${kind} ${n}`).join(', ')})`);
    await writeReports(result, flags);
}
async function writeReports(result, flags) {
    if (flags.report)
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(flags.report, (0,_core_images_buildReport_js__WEBPACK_IMPORTED_MODULE_4__/* .buildReportJson */ .HG)(result));
    if (flags.dotenv)
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(flags.dotenv, (0,_core_images_buildReport_js__WEBPACK_IMPORTED_MODULE_4__/* .buildReportDotenv */ .Ho)(result));
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


/***/ })

};
;
"use strict";
exports.id = 4141;
exports.ids = [4141];
exports.modules = {

/***/ 94141:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runCleanupCommand: () => (/* binding */ runCleanupCommand)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _ci_registryEnvironment_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(91068);
/* harmony import */ var _core_cleanup_cleanupReport_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(27746);
/* harmony import */ var _core_cleanup_runCleanup_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(89697);
/* harmony import */ var _core_cleanup_keepList_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(37271);
/* harmony import */ var _core_errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(16602);
/* harmony import */ var _core_kube_kubeContexts_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(53048);
/* harmony import */ var _ci_github_packagesDeleter_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(20490);
/* harmony import */ var _ci_gitlab_registryDeleter_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(19904);
/* harmony import */ var _core_secretValue_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(78014);










/** The terminal edge of `slipway cleanup`: flags → runCleanup → printed report and JSON file. */
async function runCleanupCommand(flags) {
    const registry = (0,_ci_registryEnvironment_js__WEBPACK_IMPORTED_MODULE_1__/* .registryFromEnvironment */ .d)(process.env, flags.repo);
    if (!registry.repo)
        throw new _core_errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_4__.SlipwayError('input', 'no image repository given', { where: { input: '--repo' }, hint: 'pass --repo <registry>/<path> or set SLIPWAY_REPO' });
    const parallelism = Number(flags.parallel);
    if (!Number.isInteger(parallelism) || parallelism < 1)
        throw new _core_errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_4__.SlipwayError('input', `--parallel must be a positive whole number, not "${flags.parallel}"`, { where: { input: '--parallel' } });
    let keepBuiltWithinHours;
    if (flags.keepBuiltWithinHours !== undefined) {
        keepBuiltWithinHours = Number(flags.keepBuiltWithinHours);
        if (!Number.isInteger(keepBuiltWithinHours) || keepBuiltWithinHours < 0)
            throw new _core_errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_4__.SlipwayError('input', `--keep-built-within-hours must be a whole number of hours (0 disables), not "${flags.keepBuiltWithinHours}"`, { where: { input: '--keep-built-within-hours' } });
    }
    if (flags.withoutKube && flags.kubeContext.length > 0)
        throw new _core_errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_4__.SlipwayError('input', '--without-kube and --kube-context contradict each other', { where: { input: '--without-kube' } });
    let kube = 'without-kube';
    if (!flags.withoutKube) {
        kube = (0,_core_kube_kubeContexts_js__WEBPACK_IMPORTED_MODULE_5__/* .kubeClientsForContexts */ .B)({
            ...(flags.kubeconfig !== undefined ? { kubeconfigPath: flags.kubeconfig } : {}),
            ...(flags.kubeconfig === undefined && process.env.SLIPWAY_KUBECONFIG_BASE64 ? { kubeconfigBase64: process.env.SLIPWAY_KUBECONFIG_BASE64 } : {}),
        }, flags.kubeContext);
    }
    const token = flags.githubToken ?? process.env.SLIPWAY_GITHUB_TOKEN ?? process.env.GITHUB_TOKEN;
    const out = (line) => void process.stdout.write(`${line}\n`);
    try {
        const result = await (0,_core_cleanup_runCleanup_js__WEBPACK_IMPORTED_MODULE_2__/* .runCleanup */ .K)({
            dir: process.cwd(),
            ...(flags.config !== undefined ? { configFile: flags.config } : {}),
            repo: registry.repo,
            ...(registry.username !== undefined ? { username: registry.username } : {}),
            ...(registry.password !== undefined ? { password: registry.password } : {}),
            ...(flags.insecureRegistry ? { insecureRegistry: true } : {}),
            dryRun: flags.dryRun ?? false,
            kube,
            fetch: flags.fetch ?? false,
            keep: (0,_core_cleanup_keepList_js__WEBPACK_IMPORTED_MODULE_3__/* .keepMatches */ .X)(flags.keep, '--keep'),
            ...(keepBuiltWithinHours !== undefined ? { keepBuiltWithinHours } : {}),
            parallelism,
            deleter: registryApiDeleter(token, process.env),
            log: { info: out, warning: (message) => void process.stderr.write(`warning: ${message}\n`) },
        });
        for (const line of (0,_core_cleanup_cleanupReport_js__WEBPACK_IMPORTED_MODULE_9__/* .cleanupReportLines */ .wz)(result))
            out(line);
        if (flags.report)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(flags.report, (0,_core_cleanup_cleanupReport_js__WEBPACK_IMPORTED_MODULE_9__/* .cleanupReportJson */ .P8)(result));
    }
    finally {
        if (kube !== 'without-kube')
            for (const target of kube)
                target.client.close();
    }
}
/** ghcr.io through the GitHub API (with a token), the GitLab project's registry through GitLab's API (with SLIPWAY_GITLAB_TOKEN). */
function registryApiDeleter(githubToken, env) {
    const github = githubToken ? (0,_ci_github_packagesDeleter_js__WEBPACK_IMPORTED_MODULE_6__/* .githubPackagesDeleter */ .a)(new _core_secretValue_js__WEBPACK_IMPORTED_MODULE_8__/* .SecretValue */ .i(githubToken), env) : undefined;
    const gitlab = env.SLIPWAY_GITLAB_TOKEN ? (0,_ci_gitlab_registryDeleter_js__WEBPACK_IMPORTED_MODULE_7__/* .gitlabRegistryDeleter */ .w)(new _core_secretValue_js__WEBPACK_IMPORTED_MODULE_8__/* .SecretValue */ .i(env.SLIPWAY_GITLAB_TOKEN), env) : undefined;
    return (repository) => github?.(repository) ?? gitlab?.(repository);
}


/***/ })

};
;
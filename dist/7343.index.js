"use strict";
exports.id = 7343;
exports.ids = [7343];
exports.modules = {

/***/ 77343:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96421);
/* harmony import */ var _ci_github_actionInputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(59379);
/* harmony import */ var _runAction_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(62104);
/* harmony import */ var _core_errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(16602);
/* harmony import */ var _core_errors_inputNames_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(59251);
/* harmony import */ var _core_duration_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(98571);
/* harmony import */ var _core_names_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(22483);
/* harmony import */ var _core_kube_kubeClient_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(17779);
/* harmony import */ var _core_kube_kubeConnection_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(20276);
/* harmony import */ var _ci_readCiContext_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(37951);
/* harmony import */ var _ci_github_targetInputs_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(41860);
/* harmony import */ var _ci_github_stepCredentials_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(28249);
/* harmony import */ var _ci_github_previewSetup_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(97213);













/**
 * dismiss: removes an environment. With `release` (and `namespace`) it needs no checkout, so a
 * workflow on a closed pull request never runs code from the pull request; with only `env` it reads
 * slipway.yaml's naming templates from the checkout.
 */
const run = () => (0,_runAction_js__WEBPACK_IMPORTED_MODULE_2__.actionStep)('dismiss', dismissAction);
async function dismissAction() {
    const ci = (0,_ci_readCiContext_js__WEBPACK_IMPORTED_MODULE_9__.readCiContext)();
    const env = (0,_ci_github_actionInputs_js__WEBPACK_IMPORTED_MODULE_1__/* .stringInput */ .Uj)('env') ?? ci.defaultEnv;
    const release = (0,_ci_github_actionInputs_js__WEBPACK_IMPORTED_MODULE_1__/* .stringInput */ .Uj)('release');
    if (env === undefined && release === undefined) {
        throw new _core_errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_3__.SlipwayError('input', "either input 'env' or input 'release' is required", {
            where: { input: 'env' },
            hint: "set 'env: pr-${{ github.event.number }}' (or 'release:') under 'with:'",
        });
    }
    if (env !== undefined)
        (0,_core_names_js__WEBPACK_IMPORTED_MODULE_6__/* .requireDnsLabel */ .l)(env, 'environment', { input: 'env' });
    const namespaceInput = (0,_ci_github_actionInputs_js__WEBPACK_IMPORTED_MODULE_1__/* .stringInput */ .Uj)('namespace');
    if (namespaceInput !== undefined)
        (0,_core_names_js__WEBPACK_IMPORTED_MODULE_6__/* .requireDnsLabel */ .l)(namespaceInput, 'namespace', { input: 'namespace' });
    const withNamespace = (0,_ci_github_actionInputs_js__WEBPACK_IMPORTED_MODULE_1__/* .booleanInput */ .tE)('with-namespace', false);
    const timeoutMs = (0,_core_duration_js__WEBPACK_IMPORTED_MODULE_5__/* .parseDuration */ .E)((0,_ci_github_actionInputs_js__WEBPACK_IMPORTED_MODULE_1__/* .stringInput */ .Uj)('timeout') ?? '10m', { input: 'timeout' });
    const dir = (0,_ci_github_actionInputs_js__WEBPACK_IMPORTED_MODULE_1__/* .workingDirectoryInput */ .RW)();
    const { credentials, kube } = (0,_ci_github_targetInputs_js__WEBPACK_IMPORTED_MODULE_10__/* .readTargetInputs */ .b)({ registry: false, kube: true });
    const preview = env !== undefined ? (0,_ci_github_previewSetup_js__WEBPACK_IMPORTED_MODULE_12__/* .previewFromInputs */ .w)(ci, env, dir) : undefined;
    let client;
    try {
        client = new _core_kube_kubeClient_js__WEBPACK_IMPORTED_MODULE_7__/* .KubeClient */ .B((0,_core_kube_kubeConnection_js__WEBPACK_IMPORTED_MODULE_8__/* .loadKubeConfig */ .u)(kube));
        const { environmentNames } = await __webpack_require__.e(/* import() */ 5800).then(__webpack_require__.bind(__webpack_require__, 75800));
        const { dismiss } = await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(2856), __webpack_require__.e(5000), __webpack_require__.e(5291)]).then(__webpack_require__.bind(__webpack_require__, 5291));
        // A given release needs no slipway.yaml: no checkout.
        const names = await environmentNames({ ...(release ? { release } : env ? { env } : {}), ...(namespaceInput ? { namespace: namespaceInput } : {}) }, client.defaultNamespace ?? 'default', dir);
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('release', names.release);
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('namespace', names.namespace);
        const result = await dismiss(names.release, names.namespace, { client, timeoutMs, withNamespace, inputNames: _core_errors_inputNames_js__WEBPACK_IMPORTED_MODULE_4__/* .actionInputNames */ .Li, emit: (e) => (e.type === 'warning' ? _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(e.message) : e.type === 'step' ? _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(e.message) : undefined) });
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(result.found ? `release ${result.release} uninstalled: ${result.deleted} resources deleted` : `release ${result.release} not found: nothing to uninstall`);
        if (result.namespaceDeleted)
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`namespace ${result.namespace} deleted`);
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('status', result.found ? 'uninstalled' : 'not-found');
        if (preview && env !== undefined) {
            const marked = await preview.dismissed({ env, status: 'dismissed', release: names.release, namespace: names.namespace, ...(ci.runUrl ? { runUrl: ci.runUrl } : {}), images: [], failures: [] });
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`GitHub deployments of ${env} marked inactive: ${marked}`);
        }
    }
    finally {
        client?.close();
        (0,_ci_github_stepCredentials_js__WEBPACK_IMPORTED_MODULE_11__/* .removeStepCredentials */ .PI)(credentials.dir);
    }
}


/***/ })

};
;
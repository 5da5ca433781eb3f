"use strict";
exports.id = 7951;
exports.ids = [7951];
exports.modules = {

/***/ 96427:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ZM: () => (/* binding */ ciAnnotations),
/* harmony export */   r7: () => (/* binding */ noCiContext),
/* harmony export */   uQ: () => (/* binding */ deployDescription)
/* harmony export */ });
const noCiContext = { provider: 'none' };
/** werf-style CI annotations (werf writes ci.werf.io/commit and the run's URL), added to every deployed resource. */
function ciAnnotations(context) {
    const annotations = {};
    if (context.commit)
        annotations['ci.slipway.io/commit'] = context.commit;
    if (context.runUrl)
        annotations['ci.slipway.io/run-url'] = context.runUrl;
    if (context.repository)
        annotations['ci.slipway.io/repository'] = context.repository;
    if (context.actor)
        annotations['ci.slipway.io/actor'] = context.actor;
    if (context.changeRequest)
        annotations['ci.slipway.io/change-request'] = String(context.changeRequest.number);
    return annotations;
}
/** The release lock's holder description: who deploys, from which run. */
function deployDescription(what, context) {
    const from = [context.runLabel, context.repository].filter(Boolean).join(', ');
    return from ? `${what} (${from})` : what;
}


/***/ }),

/***/ 33988:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BN: () => (/* binding */ githubApiUrl),
/* harmony export */   a3: () => (/* binding */ readGithubEvent),
/* harmony export */   h4: () => (/* binding */ githubContext)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);

/** The event payload ($GITHUB_EVENT_PATH), or undefined when there is none or it is unreadable. */
function readGithubEvent(env, read = (path) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8')) {
    if (!env.GITHUB_EVENT_PATH)
        return undefined;
    try {
        return JSON.parse(read(env.GITHUB_EVENT_PATH));
    }
    catch {
        return undefined;
    }
}
/** GitHub Actions' default variables (and the event payload) as a CiContext. Pure. */
function githubContext(env, event) {
    const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
    const repository = env.GITHUB_REPOSITORY;
    const context = { provider: 'github' };
    if (repository)
        context.repository = repository;
    if (env.GITHUB_SHA)
        context.commit = env.GITHUB_SHA;
    if (env.GITHUB_ACTOR)
        context.actor = env.GITHUB_ACTOR;
    if (env.GITHUB_RUN_ID) {
        context.runLabel = `GitHub run ${env.GITHUB_RUN_ID}`;
        if (repository)
            context.runUrl = `${server}/${repository}/actions/runs/${env.GITHUB_RUN_ID}${env.GITHUB_RUN_ATTEMPT && env.GITHUB_RUN_ATTEMPT !== '1' ? `/attempts/${env.GITHUB_RUN_ATTEMPT}` : ''}`;
    }
    const eventName = env.GITHUB_EVENT_NAME ?? '';
    if (eventName === 'pull_request' || eventName === 'pull_request_target') {
        const payload = (event ?? {});
        const number = payload.pull_request?.number ?? payload.number;
        if (typeof number === 'number' && Number.isInteger(number) && number > 0) {
            const head = payload.pull_request?.head;
            const headRepo = head?.repo?.full_name;
            const baseRepo = payload.pull_request?.base?.repo?.full_name ?? repository;
            // A deleted fork has head.repo null: still a fork.
            const fromFork = head !== undefined && (headRepo === undefined || headRepo !== baseRepo);
            context.changeRequest = { number, ...(head?.sha ? { headSha: head.sha } : {}), fromFork };
            if (head?.sha)
                context.commit = head.sha;
            context.defaultEnv = `pr-${number}`;
        }
    }
    return context;
}
/** Where GitHub's REST API is ($GITHUB_API_URL on GitHub Enterprise Server). */
function githubApiUrl(env) {
    return env.GITHUB_API_URL ?? 'https://api.github.com';
}


/***/ }),

/***/ 24884:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ gitlabContext),
/* harmony export */   o: () => (/* binding */ gitlabApi)
/* harmony export */ });
/** GitLab CI's predefined variables as a CiContext. Pure. */
function gitlabContext(env) {
    const context = { provider: 'gitlab' };
    if (env.CI_PROJECT_PATH)
        context.repository = env.CI_PROJECT_PATH;
    if (env.CI_COMMIT_SHA)
        context.commit = env.CI_COMMIT_SHA;
    if (env.GITLAB_USER_LOGIN)
        context.actor = env.GITLAB_USER_LOGIN;
    if (env.CI_JOB_ID)
        context.runLabel = `GitLab job ${env.CI_JOB_ID}`;
    if (env.CI_JOB_URL)
        context.runUrl = env.CI_JOB_URL;
    else if (env.CI_PIPELINE_URL)
        context.runUrl = env.CI_PIPELINE_URL;
    const iid = Number(env.CI_MERGE_REQUEST_IID);
    if (env.CI_MERGE_REQUEST_IID && Number.isInteger(iid) && iid > 0) {
        const source = env.CI_MERGE_REQUEST_SOURCE_PROJECT_ID;
        const target = env.CI_MERGE_REQUEST_PROJECT_ID ?? env.CI_PROJECT_ID;
        context.changeRequest = { number: iid, ...(env.CI_COMMIT_SHA ? { headSha: env.CI_COMMIT_SHA } : {}), fromFork: source !== undefined && target !== undefined && source !== target };
    }
    // A job with `environment:` has its DNS-safe slug; a merge request pipeline without one gets mr-<iid>.
    if (env.CI_ENVIRONMENT_SLUG)
        context.defaultEnv = env.CI_ENVIRONMENT_SLUG;
    else if (context.changeRequest)
        context.defaultEnv = `mr-${context.changeRequest.number}`;
    return context;
}
/** The GitLab API of this instance and project, for the optional merge request note. */
function gitlabApi(env) {
    const url = env.CI_API_V4_URL;
    const projectId = env.CI_PROJECT_ID;
    return url && projectId ? { url, projectId } : undefined;
}


/***/ }),

/***/ 37951:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readCiContext: () => (/* binding */ readCiContext)
/* harmony export */ });
/* harmony import */ var _ciContext_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96427);
/* harmony import */ var _github_githubContext_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(33988);
/* harmony import */ var _gitlab_gitlabContext_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(24884);



/** The CI this process runs in, from its environment (GITHUB_ACTIONS / GITLAB_CI, as each runner sets them). */
function readCiContext(env = process.env) {
    if (env.GITHUB_ACTIONS === 'true')
        return (0,_github_githubContext_js__WEBPACK_IMPORTED_MODULE_1__/* .githubContext */ .h4)(env, (0,_github_githubContext_js__WEBPACK_IMPORTED_MODULE_1__/* .readGithubEvent */ .a3)(env));
    if (env.GITLAB_CI === 'true')
        return (0,_gitlab_gitlabContext_js__WEBPACK_IMPORTED_MODULE_2__/* .gitlabContext */ .f)(env);
    return _ciContext_js__WEBPACK_IMPORTED_MODULE_0__/* .noCiContext */ .r7;
}


/***/ })

};
;
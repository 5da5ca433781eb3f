"use strict";
exports.id = 4190;
exports.ids = [4190,4386,4284,777];
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

/***/ 30313:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ keyValues)
/* harmony export */ });
/* harmony import */ var _core_errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16602);

/** `key=value` flags (--add-label, --add-annotation) as a map; the flag is named in the error. */
function keyValues(pairs, flag) {
    const out = {};
    for (const pair of pairs) {
        const eq = pair.indexOf('=');
        if (eq <= 0) {
            throw new _core_errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_0__.SlipwayError('input', `${flag} ${pair}: expected key=value`, { where: { input: flag }, hint: `e.g. ${flag} team=payments` });
        }
        out[pair.slice(0, eq)] = pair.slice(eq + 1);
    }
    return out;
}


/***/ }),

/***/ 24190:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runPlan: () => (/* binding */ runPlan)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var commander__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48179);
/* harmony import */ var _core_errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(16602);
/* harmony import */ var _core_deploy_manifestResources_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2953);
/* harmony import */ var _core_deploy_planRelease_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(60777);
/* harmony import */ var _core_converge_environmentInput_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(26306);
/* harmony import */ var _flags_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(95377);
/* harmony import */ var _core_werf_werfSecretValues_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(59288);
/* harmony import */ var _kubeTarget_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(22673);
/* harmony import */ var _keyValueFlags_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(30313);
/* harmony import */ var _ci_registryEnvironment_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(91068);











// Decrypted werf secrets never reach the output (a ConfigMap's diff could show them).
let revealed = [];
const out = (line) => void process.stdout.write(`${revealed.length > 0 ? (0,_core_werf_werfSecretValues_js__WEBPACK_IMPORTED_MODULE_7__/* .maskSecrets */ .QU)(line, revealed) : line}\n`);
/** The terminal edge of `slipway plan`: per-resource diffs; exit code 2 when anything would change. */
async function runPlan(flags) {
    let input;
    const { client, namespace: contextNamespace } = (0,_kubeTarget_js__WEBPACK_IMPORTED_MODULE_8__.kubeTarget)(flags);
    try {
        if (flags.rendered !== undefined) {
            if (!flags.release)
                throw new _core_errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_2__.SlipwayError('input', '--rendered needs --release', { where: { input: '--release' }, hint: 'name the release the manifests belong to' });
            const text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(flags.rendered === '-' ? 0 : flags.rendered, 'utf8');
            const { documents, crds } = (0,_core_deploy_manifestResources_js__WEBPACK_IMPORTED_MODULE_3__/* .documentsOfHelmOutput */ .VE)(text);
            input = { release: flags.release, namespace: flags.namespace ?? contextNamespace, chart: { metadata: {} }, config: {}, documents, crds };
        }
        else {
            if (flags.env === undefined)
                throw new _core_errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_2__.SlipwayError('input', 'either --env or --rendered is required', { where: { input: '--env' }, hint: 'plan an environment of slipway.yaml (--env staging) or rendered manifests (--rendered out.yaml --release x)' });
            const prepared = (await (0,_core_converge_environmentInput_js__WEBPACK_IMPORTED_MODULE_5__.environmentInput)({ ...flags, env: flags.env }, {
                build: false,
                log: (l) => void process.stderr.write(`${l}\n`),
                warn: (m) => void process.stderr.write(`warning: ${m}\n`),
                cluster: client,
                registry: (0,_ci_registryEnvironment_js__WEBPACK_IMPORTED_MODULE_10__/* .registryFromEnvironment */ .d)(process.env),
                werfSecretKey: (0,_flags_js__WEBPACK_IMPORTED_MODULE_6__/* .werfSecretKeyFromEnvironment */ .F6)(process.env),
                releaseStorage: { type: flags.releaseStorageType, ...(flags.releaseStorageNamespace ? { namespace: flags.releaseStorageNamespace } : {}) },
            }));
            input = prepared.input;
            revealed = prepared.revealedSecrets ?? [];
        }
        const plan = await (0,_core_deploy_planRelease_js__WEBPACK_IMPORTED_MODULE_4__.planRelease)(input, {
            client,
            timeoutMs: 120_000,
            storageType: flags.releaseStorageType,
            ...(flags.releaseStorageNamespace ? { storageNamespace: flags.releaseStorageNamespace } : {}),
            addLabels: (0,_keyValueFlags_js__WEBPACK_IMPORTED_MODULE_9__/* .keyValues */ .K)(flags.addLabel, '--add-label'),
            addAnnotations: (0,_keyValueFlags_js__WEBPACK_IMPORTED_MODULE_9__/* .keyValues */ .K)(flags.addAnnotation, '--add-annotation'),
        });
        if (flags.output === 'json')
            out(JSON.stringify(plan, null, 2));
        else {
            out(`plan for release ${plan.release} in ${plan.namespace} (${plan.operation}):`);
            for (const e of plan.entries) {
                out(`${e.action.padEnd(9)} ${e.resource}${e.source ? `  (${e.source})` : ''}${e.reason ? `  — ${e.reason}` : ''}`);
                for (const line of e.diff)
                    out(`    ${line}`);
            }
            const counts = new Map();
            for (const e of plan.entries)
                counts.set(e.action, (counts.get(e.action) ?? 0) + 1);
            out(`${[...counts].map(([a, n]) => `${n} ${a}`).join(', ') || 'nothing to deploy'}${plan.hasChanges ? '' : ' — no changes'}`);
        }
        if (plan.hasChanges)
            throw new commander__WEBPACK_IMPORTED_MODULE_1__/* .CommanderError */ .b7(2, 'slipway.plan.changes', '');
    }
    finally {
        client.close();
    }
}


/***/ }),

/***/ 26306:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ repositoryPath),
/* harmony export */   environmentInput: () => (/* binding */ environmentInput),
/* harmony export */   liveCapabilities: () => (/* binding */ liveCapabilities),
/* harmony export */   mergeValues: () => (/* binding */ mergeValues),
/* harmony export */   refuseUncommittedDeployInputs: () => (/* binding */ refuseUncommittedDeployInputs),
/* harmony export */   releaseState: () => (/* binding */ releaseState)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(16602);
/* harmony import */ var _chart_values_valuesFlags_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9174);
/* harmony import */ var _errors_inputNames_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(59251);





function isMap(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
/** `over` wins; maps merge key by key (user values override the injected image values, never drop them wholesale). */
function mergeValues(base, over) {
    const out = { ...base };
    for (const [k, v] of Object.entries(over))
        out[k] = isMap(v) && isMap(out[k]) ? mergeValues(out[k], v) : v;
    return out;
}
/** Giterminism for the deploy: configuration and chart are used as committed, so changes must be committed first. */
async function refuseUncommittedDeployInputs(root, prefix, configFile, chart) {
    const { workingTreeStatus } = await __webpack_require__.e(/* import() */ 1680).then(__webpack_require__.bind(__webpack_require__, 11680));
    const { projectStatus } = await __webpack_require__.e(/* import() */ 7505).then(__webpack_require__.bind(__webpack_require__, 47505));
    const { uncommittedChanges, uncommittedChangesError } = await __webpack_require__.e(/* import() */ 7292).then(__webpack_require__.bind(__webpack_require__, 77292));
    const changes = uncommittedChanges(projectStatus(await workingTreeStatus(root), prefix), { files: [configFile], directories: [chart], contexts: [] });
    if (changes.length > 0)
        throw uncommittedChangesError(changes, 'the deploy');
}
/** `demo-shop/templates/web.yaml` → `app/.helm/templates/web.yaml`: a template's path from the repository root. */
function repositoryPath(file, chart) {
    if (!chart || !file.startsWith(`${chart.name}/`))
        return file;
    const dir = chart.dir.replace(/^\.\//, '').replace(/\/+$/, '');
    return `${dir === '' || dir === '.' ? '' : `${dir}/`}${file.slice(chart.name.length + 1)}`;
}
async function environmentInput(flags, options) {
    const emit = options.emit ?? (() => undefined);
    const inputNames = options.inputNames ?? _errors_inputNames_js__WEBPACK_IMPORTED_MODULE_3__/* .cliInputNames */ .tE;
    const registry = options.registry ?? {};
    const dir = options.dir ?? process.cwd();
    const { openProject } = await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(8508), __webpack_require__.e(473), __webpack_require__.e(8571)]).then(__webpack_require__.bind(__webpack_require__, 30473));
    const { deployNames, environmentUrl } = await Promise.all(/* import() */[__webpack_require__.e(8508), __webpack_require__.e(1939)]).then(__webpack_require__.bind(__webpack_require__, 41939));
    const { loadChart } = await Promise.all(/* import() */[__webpack_require__.e(3243), __webpack_require__.e(2448), __webpack_require__.e(1518), __webpack_require__.e(3464)]).then(__webpack_require__.bind(__webpack_require__, 3238));
    const { render } = await Promise.all(/* import() */[__webpack_require__.e(3243), __webpack_require__.e(8966), __webpack_require__.e(2448), __webpack_require__.e(5438), __webpack_require__.e(9886), __webpack_require__.e(7504), __webpack_require__.e(8854)]).then(__webpack_require__.bind(__webpack_require__, 97504));
    const { mergeValueOptions } = await Promise.all(/* import() */[__webpack_require__.e(3243), __webpack_require__.e(2448), __webpack_require__.e(4851)]).then(__webpack_require__.bind(__webpack_require__, 95772));
    const { deployInputOf } = await __webpack_require__.e(/* import() */ 772).then(__webpack_require__.bind(__webpack_require__, 10772));
    const project = await openProject({ dir, ...(flags.commit ? { commit: flags.commit } : {}), dev: flags.dev ?? false });
    const { root, prefix, commit, tree, config } = project;
    if (!flags.dev && flags.commit === undefined)
        await refuseUncommittedDeployInputs(root, prefix, config.file, config.deploy.chart);
    const names = deployNames(config.deploy, { project: config.project, env: flags.env });
    const release = flags.release ?? names.release;
    const namespace = flags.namespace ?? names.namespace;
    const werfProject = config.format === 'werf' || (flags.werf ?? false);
    let imageValues = {};
    let build;
    const images = {};
    if (config.images.length > 0) {
        const repo = flags.repo ?? registry.repo;
        if (!repo)
            throw new _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_2__.SlipwayError('input', `slipway.yaml declares ${config.images.length} image(s) but no image repository is given`, { where: { input: inputNames.repo }, hint: `set ${(0,_errors_inputNames_js__WEBPACK_IMPORTED_MODULE_3__/* .inputLabel */ .NB)(inputNames.repo)} to <registry>/<path> (or SLIPWAY_REPO)` });
        const { buildImages } = await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(8508), __webpack_require__.e(473), __webpack_require__.e(4023), __webpack_require__.e(5252), __webpack_require__.e(4600)]).then(__webpack_require__.bind(__webpack_require__, 25252));
        const { chartImageValues } = await __webpack_require__.e(/* import() */ 7451).then(__webpack_require__.bind(__webpack_require__, 27451));
        emit({ type: 'phase', phase: 'build', state: 'started' });
        const result = await buildImages({
            project,
            dir,
            repo,
            commit,
            dev: flags.dev ?? false,
            requireBuiltImages: !options.build || (flags.skipBuild ?? false),
            ...(registry.username !== undefined ? { username: registry.username } : {}),
            ...(registry.password !== undefined ? { password: registry.password } : {}),
            ...(registry.network ? { network: registry.network } : {}),
            ...(registry.builder ? { builder: registry.builder } : {}),
            ...(registry.dockerConfigDir ? { env: { ...process.env, DOCKER_CONFIG: registry.dockerConfigDir } } : {}),
            inputNames,
            log: {
                info: options.log,
                warning: options.warn,
                // With an event stream the outputs print the build from the events; without one (plan), as lines.
                imageStarted: (image) => {
                    emit({ type: 'image', name: image, reference: '', state: 'building' });
                    if (!options.emit)
                        options.log(`[${image}] building`);
                },
                imageOutput: (image, line) => {
                    emit({ type: 'image-output', name: image, line });
                    if (!options.emit)
                        options.log(`[${image}] ${line}`);
                },
                imageFinished: (image, ok) => {
                    if (!options.emit)
                        options.log(`[${image}] ${ok ? 'pushed' : 'FAILED'}`);
                },
            },
        }).catch((error) => {
            emit({ type: 'phase', phase: 'build', state: 'failed', message: error instanceof Error ? error.message : String(error) });
            throw error;
        });
        for (const image of result.images) {
            emit({ type: 'image', name: image.name, reference: image.reference, state: image.action, durationMs: image.durationMs, ...(image.error ? { message: image.error } : {}) });
        }
        emit({ type: 'phase', phase: 'build', state: result.images.some((i) => i.action === 'failed') ? 'failed' : 'finished' });
        build = result;
        imageValues = chartImageValues(result);
        for (const image of result.images)
            if (image.action !== 'failed' && image.action !== 'not-built')
                images[image.name] = image.reference;
    }
    let injected = mergeValues(imageValues, {
        slipway: { env: flags.env, namespace, release },
        werf: { env: flags.env, namespace },
    });
    if (werfProject) {
        const { werfServiceValues } = await __webpack_require__.e(/* import() */ 4197).then(__webpack_require__.bind(__webpack_require__, 4197));
        const { commitDate } = await __webpack_require__.e(/* import() */ 1680).then(__webpack_require__.bind(__webpack_require__, 11680));
        const built = (build?.images ?? []).filter((i) => i.action !== 'failed' && i.action !== 'not-built');
        injected = mergeValues(injected, werfServiceValues({ project: config.project, repo: build?.repository ?? flags.repo ?? registry.repo ?? '', env: flags.env, namespace, commit: { hash: commit, date: await commitDate(root, commit) }, images: built }));
    }
    const userValues = mergeValueOptions((0,_chart_values_valuesFlags_js__WEBPACK_IMPORTED_MODULE_4__/* .valueOptionsOf */ .B)(flags), (path) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8'));
    const secretValueFiles = werfProject ? (flags.secretValues ?? []) : [];
    if (!werfProject && (flags.secretValues ?? []).length > 0) {
        throw new _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_2__.SlipwayError('input', '--secret-values is werf\'s encrypted values format, read for werf.yaml projects or with --werf', { where: { input: '--secret-values' }, hint: 'add --werf (or use plain --values files)' });
    }
    const materialized = await tree.materialize([config.deploy.chart, ...secretValueFiles]);
    try {
        let values = mergeValues(injected, userValues);
        let secretFunctions = new Map();
        const revealedSecrets = [];
        if (werfProject) {
            const { loadWerfSecrets } = await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(2687)]).then(__webpack_require__.bind(__webpack_require__, 82687));
            const secrets = loadWerfSecrets({ root: materialized.dir, chartDir: config.deploy.chart, secretValueFiles, keySources: { ...options.werfSecretKey, projectDir: dir } });
            values = mergeValues(mergeValues(injected, secrets.values), userValues);
            secretFunctions = secrets.files;
            revealedSecrets.push(...secrets.revealed);
        }
        let chart;
        try {
            chart = loadChart((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(materialized.dir, config.deploy.chart));
        }
        catch (error) {
            if (error instanceof _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_2__.SlipwayError)
                throw error;
            throw new _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_2__.SlipwayError('chart', `cannot load the chart at ${config.deploy.chart}: ${error.message}`, { where: { file: config.deploy.chart, field: 'deploy.chart' }, hint: 'point deploy.chart in slipway.yaml at a Helm chart directory (with Chart.yaml)' });
        }
        const warnings = [];
        emit({ type: 'phase', phase: 'render', state: 'started' });
        const capabilities = options.cluster ? await liveCapabilities(options.cluster, options.warn) : undefined;
        if (options.cluster && options.migrateHelm2) {
            const { migrateHelm2Release } = await Promise.all(/* import() */[__webpack_require__.e(3243), __webpack_require__.e(2448), __webpack_require__.e(5815)]).then(__webpack_require__.bind(__webpack_require__, 84682));
            const { ReleaseStorage } = await __webpack_require__.e(/* import() */ 7263).then(__webpack_require__.bind(__webpack_require__, 47263));
            const storage = new ReleaseStorage(options.cluster, { namespace: options.releaseStorage?.namespace ?? namespace, type: options.releaseStorage?.type ?? 'secret' });
            await migrateHelm2Release(options.cluster, { release, tillerNamespace: options.migrateHelm2.tillerNamespace, storage, cleanup: options.migrateHelm2.cleanup, log: options.log });
        }
        const state = options.cluster ? await releaseState(options.cluster, release, options.releaseStorage?.namespace ?? namespace, options.releaseStorage?.type ?? 'secret') : undefined;
        const rendered = await render(chart, values, {
            releaseName: release,
            namespace,
            templateLines: true,
            warn: (m) => warnings.push(m),
            ...(capabilities ? { capabilities } : {}),
            ...(state ? { isUpgrade: state.isUpgrade, revision: state.revision } : {}),
            ...(options.cluster ? { clusterLookup: (await __webpack_require__.e(/* import() */ 1409).then(__webpack_require__.bind(__webpack_require__, 91409))).clusterLookup(options.cluster) } : {}),
            ...(werfProject ? { extraFunctions: (await __webpack_require__.e(/* import() */ 8360).then(__webpack_require__.bind(__webpack_require__, 28360))).werfFunctions(secretFunctions) } : {}),
        });
        for (const w of warnings)
            options.warn(w);
        emit({ type: 'phase', phase: 'render', state: 'finished', message: `${rendered.manifests.length} manifests, ${rendered.hooks.length} hooks` });
        const url = environmentUrl(config.deploy, { project: config.project, env: flags.env, release, namespace });
        const chartSource = { name: chart.metadata.name ?? '', dir: [prefix, config.deploy.chart].filter((p) => p !== '' && p !== '.').join('/'), root };
        return { input: deployInputOf(rendered, chart, { release, namespace, config: werfProject ? (await __webpack_require__.e(/* import() */ 4197).then(__webpack_require__.bind(__webpack_require__, 4197))).jsonSafeValues(values) : values }), project: config.project, images, chartSource, ...(revealedSecrets.length > 0 ? { revealedSecrets } : {}), ...(build ? { build } : {}), ...(url !== undefined ? { url } : {}) };
    }
    finally {
        await materialized.dispose();
    }
}
/** `.Capabilities` from the cluster, as Helm's getCapabilities: its version and discovery's API version set. */
async function liveCapabilities(client, warn) {
    const { clusterCapabilities } = await __webpack_require__.e(/* import() */ 881).then(__webpack_require__.bind(__webpack_require__, 60881));
    const live = await clusterCapabilities(client);
    if (live.failedGroupVersions.length > 0) {
        warn(`the cluster could not describe ${live.failedGroupVersions.join(', ')} (an orphaned or failing API service?): charts will not see them in .Capabilities.APIVersions`);
    }
    return { clusterVersion: live.version, ...(live.apiVersions ? { apiVersions: live.apiVersions, fromCluster: true } : {}) };
}
/**
 * `.Release.IsUpgrade` and `.Release.Revision` as the deploy will record them: an upgrade when the history
 * holds a release to upgrade (the deploy engine's own rule), the revision after the newest one.
 */
async function releaseState(client, release, storageNamespace, type) {
    const { ReleaseStorage } = await __webpack_require__.e(/* import() */ 7263).then(__webpack_require__.bind(__webpack_require__, 47263));
    const { deployKind, nextRevisionNumber } = await __webpack_require__.e(/* import() */ 4166).then(__webpack_require__.bind(__webpack_require__, 44166));
    const history = (await new ReleaseStorage(client, { namespace: storageNamespace, type }).history(release)).map((h) => h.release);
    return { isUpgrade: deployKind(history) === 'upgrade', revision: nextRevisionNumber(history) };
}


/***/ }),

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

/***/ 60777:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  planRelease: () => (/* binding */ planRelease)
});

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/core/kube/kubeApiError.ts
var kubeApiError = __webpack_require__(87290);
// EXTERNAL MODULE: ./src/core/kube/kubeErrorExplained.ts
var kubeErrorExplained = __webpack_require__(82020);
// EXTERNAL MODULE: ./src/core/release/releaseStorage.ts
var releaseStorage = __webpack_require__(47263);
// EXTERNAL MODULE: ./src/core/release/releaseHistory.ts
var releaseHistory = __webpack_require__(44166);
// EXTERNAL MODULE: ./src/core/deploy/deploy.ts
var deploy = __webpack_require__(54284);
// EXTERNAL MODULE: ./src/core/deploy/releaseOperation.ts
var releaseOperation = __webpack_require__(98093);
// EXTERNAL MODULE: ./src/core/deploy/resourcePlan.ts
var resourcePlan = __webpack_require__(11756);
// EXTERNAL MODULE: ./src/core/deploy/secretRedaction.ts
var secretRedaction = __webpack_require__(76710);
;// CONCATENATED MODULE: ./src/core/deploy/lineDiff.ts
/** A unified-style line diff (LCS), enough for object-sized texts; `context` lines around each change. */
function lineDiff(before, after, context = 3) {
    const a = before === '' ? [] : before.split('\n');
    const b = after === '' ? [] : after.split('\n');
    const n = a.length;
    const m = b.length;
    const lcs = Array.from({ length: n + 1 }, () => new Array(m + 1).fill(0));
    for (let i = n - 1; i >= 0; i--)
        for (let j = m - 1; j >= 0; j--)
            lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    const ops = [];
    let i = 0;
    let j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a[i] === b[j])
            ops.push({ kind: ' ', text: a[i++] }), j++;
        // Removals before additions, as diff(1) shows a replaced line.
        else if (i < n && (j >= m || lcs[i + 1][j] >= lcs[i][j + 1]))
            ops.push({ kind: '-', text: a[i++] });
        else
            ops.push({ kind: '+', text: b[j++] });
    }
    const keep = ops.map((op, k) => op.kind !== ' ' || ops.slice(Math.max(0, k - context), k + context + 1).some((o) => o.kind !== ' '));
    const lines = [];
    let skipped = false;
    ops.forEach((op, k) => {
        if (keep[k]) {
            lines.push(`${op.kind} ${op.text}`);
            skipped = false;
        }
        else if (!skipped) {
            lines.push('  ...');
            skipped = true;
        }
    });
    return lines;
}

// EXTERNAL MODULE: ./src/core/deploy/manifestResources.ts
var manifestResources = __webpack_require__(2953);
;// CONCATENATED MODULE: ./src/core/deploy/planRelease.ts











/** Fields that differ on every object without meaning anything to a reader. */
function forDiff(object) {
    if (!object)
        return '';
    const { metadata = {}, status: _s, ...rest } = (0,secretRedaction/* redactSecretObject */.v_)(object);
    const { managedFields: _m, resourceVersion: _r, generation: _g, uid: _u, creationTimestamp: _c, ...meta } = metadata;
    return (0,dist.stringify)({ ...rest, metadata: meta }, { sortMapEntries: false }).trimEnd();
}
function entryOf(change) {
    const before = change.action === 'create' ? '' : forDiff(change.live);
    const after = change.action === 'delete' ? '' : forDiff(change.predicted ?? change.body);
    return {
        action: change.action,
        resource: change.target.label,
        source: change.target.resource.source,
        diff: change.action === 'unchanged' || change.action === 'keep' ? [] : lineDiff(before, after),
        ...(change.reason ? { reason: change.reason } : {}),
    };
}
async function planRelease(input, options) {
    try {
        return await planOnce(input, options);
    }
    catch (error) {
        throw (0,kubeErrorExplained/* explainKubeError */.h)(error, `planning release ${input.release}`);
    }
}
async function planOnce(input, options) {
    const desired = (0,deploy/* desiredRelease */.E)(input, options.inputNames);
    const ctx = (0,releaseOperation/* makeContext */.og)(options, input.release, input.namespace);
    const storage = new releaseStorage.ReleaseStorage(options.client, { namespace: options.storageNamespace ?? input.namespace, type: options.storageType ?? 'secret' });
    let namespaceExists = true;
    try {
        await options.client.request({ method: 'GET', path: `/api/v1/namespaces/${input.namespace}` });
    }
    catch (error) {
        if (!(0,kubeApiError/* isNotFound */.c4)(error))
            throw error;
        namespaceExists = false;
    }
    const history = namespaceExists || options.storageNamespace ? (await storage.history(input.release).catch((e) => ((0,kubeApiError/* isNotFound */.c4)(e) ? [] : Promise.reject(e)))).map((h) => h.release) : [];
    const applyOptions = { addLabels: options.addLabels ?? {}, addAnnotations: options.addAnnotations ?? {} };
    const entries = [];
    if (!namespaceExists) {
        entries.push({ action: 'create', resource: `Namespace/${input.namespace}`, diff: [`+ name: ${input.namespace}`] });
        // Nothing can be dry-run into a namespace that does not exist yet: everything in it is a create.
        for (const r of [...desired.crds, ...desired.resources])
            entries.push({ action: 'create', resource: (0,manifestResources/* describeObject */.v8)(r.object, r.object.metadata.namespace ?? input.namespace), source: r.source, diff: lineDiff('', forDiff(r.object)) });
    }
    else {
        const latest = (0,releaseHistory/* latestRevision */.HA)(history);
        const previous = (0,resourcePlan/* recordedObjects */.Zz)([latest?.info.status === 'uninstalled' ? undefined : latest?.manifest, (0,releaseHistory/* lastDeployed */.n6)(history)?.manifest]);
        const crds = desired.crds.length ? await (0,resourcePlan/* planResources */.NN)(ctx, desired.crds, new Map(), new Set(), applyOptions) : { changes: [], deletions: [] };
        const plan = await (0,resourcePlan/* planResources */.NN)(ctx, desired.resources, previous, (0,resourcePlan/* crdKinds */.dR)([...desired.crds, ...desired.resources]), applyOptions);
        for (const c of [...crds.changes, ...plan.changes, ...plan.deletions])
            entries.push(entryOf(c));
    }
    return { release: input.release, namespace: input.namespace, operation: (0,releaseHistory.deployKind)(history) === 'install' ? 'install' : 'upgrade', entries, hasChanges: entries.some((e) => e.action !== 'unchanged' && e.action !== 'keep') };
}


/***/ }),

/***/ 76710:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JU: () => (/* binding */ redactManifest),
/* harmony export */   v_: () => (/* binding */ redactSecretObject)
/* harmony export */ });
/* unused harmony export redactedValue */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _manifestResources_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2953);


const redactedValue = '***';
/** A Secret object with every data/stringData value replaced (keys stay, so a reader sees what is there). */
function redactSecretObject(object) {
    const o = object;
    if (!o || o.kind !== 'Secret')
        return object;
    const copy = { ...o };
    for (const field of ['data', 'stringData']) {
        if (o[field] && typeof o[field] === 'object')
            copy[field] = Object.fromEntries(Object.keys(o[field]).map((k) => [k, redactedValue]));
    }
    if (copy.metadata?.annotations?.['kubectl.kubernetes.io/last-applied-configuration']) {
        copy.metadata = { ...copy.metadata, annotations: { ...copy.metadata.annotations, 'kubectl.kubernetes.io/last-applied-configuration': redactedValue } };
    }
    return copy;
}
/** A release manifest as text with Secret values redacted; other documents are printed as recorded. */
function redactManifest(manifest) {
    return (0,_manifestResources_js__WEBPACK_IMPORTED_MODULE_1__.documentsOfManifest)(manifest)
        .map((d) => {
        let content = d.content;
        try {
            const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__.parseDocument)(d.content, { version: '1.1' });
            const object = doc.toJS();
            if (object?.kind === 'Secret') {
                for (const field of ['data', 'stringData']) {
                    const map = doc.get(field);
                    if (map && typeof map === 'object' && 'items' in map)
                        for (const item of map.items)
                            item.value = doc.createNode(redactedValue);
                }
                content = doc.toString().replace(/\n$/, '');
            }
        }
        catch {
            content = '# (document could not be parsed; not shown because it may hold secrets)';
        }
        return `---\n# Source: ${d.source}\n${content}\n`;
    })
        .join('');
}


/***/ }),

/***/ 74386:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OZ: () => (/* binding */ encryptWerfSecret),
/* harmony export */   Qm: () => (/* binding */ decryptWerfSecret),
/* harmony export */   generateWerfSecretKey: () => (/* binding */ generateWerfSecretKey),
/* harmony export */   lE: () => (/* binding */ WerfSecretError)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/**
 * werf's secret encoding, as github.com/werf/common-go/pkg/secret (aes_encoder.go) writes it: the key is
 * hex (32, 48 or 64 hex digits: AES-128/192/256); a value is hex( uint16le(16) ‖ IV(16) ‖ AES-CBC(PKCS#7
 * padded plaintext) ). `werf helm secret generate-secret-key` prints 16 random bytes as hex.
 *
 * One difference, on purpose: werf's unpad only checks the last byte, so a wrong key usually "decrypts" to
 * garbage; here the whole padding must be valid, which turns a wrong key into an error (valid data decrypts
 * to the same bytes).
 */

const BLOCK = 16;
const HEX = /^(?:[0-9a-fA-F]{2})*$/;
class WerfSecretError extends Error {
    reason;
    constructor(message, reason) {
        super(message);
        this.reason = reason;
        this.name = 'WerfSecretError';
    }
}
function generateWerfSecretKey() {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(16).toString('hex');
}
function keyBytes(key) {
    const k = key.trim();
    if (!HEX.test(k))
        throw new WerfSecretError('the secret key is not a hex string (werf keys are 32 or 64 hex digits, from werf helm secret generate-secret-key)', 'key');
    const bytes = Buffer.from(k, 'hex');
    if (![16, 24, 32].includes(bytes.length))
        throw new WerfSecretError(`the secret key has ${bytes.length} bytes; AES needs 16, 24 or 32 (32, 48 or 64 hex digits)`, 'key');
    return bytes;
}
function algorithm(key) {
    return `aes-${key.length * 8}-cbc`;
}
function encryptWerfSecret(key, plaintext, iv = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(BLOCK)) {
    const k = keyBytes(key);
    const cipher = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createCipheriv)(algorithm(k), k, iv);
    const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
    const ivSize = Buffer.alloc(2);
    ivSize.writeUInt16LE(BLOCK);
    return Buffer.concat([ivSize, iv, body]).toString('hex');
}
function decryptWerfSecret(key, encoded) {
    const k = keyBytes(key);
    if (encoded.length === 0)
        return Buffer.alloc(0);
    if (encoded.length % 2 !== 0)
        throw new WerfSecretError('encoding/hex: odd length hex string', 'data');
    if (!HEX.test(encoded))
        throw new WerfSecretError('the value is not a werf secret (not a hex string)', 'data');
    const data = Buffer.from(encoded, 'hex');
    const minimal = 2 + BLOCK + BLOCK;
    if (data.length < minimal)
        throw new WerfSecretError(`minimum required data length: '${minimal * 2}'`, 'data');
    const iv = data.subarray(2, 2 + BLOCK);
    const body = data.subarray(2 + BLOCK);
    if (body.length % BLOCK !== 0)
        throw new WerfSecretError("data isn't a multiple of the block size", 'data');
    const decipher = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createDecipheriv)(algorithm(k), k, iv);
    decipher.setAutoPadding(false);
    const plain = Buffer.concat([decipher.update(body), decipher.final()]);
    const pad = plain[plain.length - 1];
    if (pad < 1 || pad > BLOCK || !plain.subarray(plain.length - pad).every((b) => b === pad)) {
        throw new WerfSecretError('the value does not decrypt with this key (inconsistent padding): wrong secret key, or a corrupt value', 'wrong-key');
    }
    return plain.subarray(0, plain.length - pad);
}


/***/ }),

/***/ 59288:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D8: () => (/* binding */ decryptSecretValuesText),
/* harmony export */   DM: () => (/* binding */ decryptSecretFileText),
/* harmony export */   HL: () => (/* binding */ mergeSecretValues),
/* harmony export */   OG: () => (/* binding */ transformSecretValuesDocument),
/* harmony export */   QU: () => (/* binding */ maskSecrets)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(16602);
/* harmony import */ var _secretValue_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(78014);
/* harmony import */ var _werfSecret_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74386);
/**
 * werf's secret values and secret files (werf 1.2 chart_secrets_loader.go, common-go yaml_encoder.go):
 * - a secret values file (`.helm/secret-values.yaml`, `--secret-values`) is YAML whose every string scalar
 *   is an encrypted value; nulls stay null; any other scalar is an error; later files override earlier ones;
 * - a secret file (`.helm/secret/<path>`) is one encrypted value (trailing whitespace ignored), read by
 *   `werf_secret_file "<path>"`.
 * Decrypted strings are collected so every output can mask them. Pure (the key and texts are given).
 */




function failure(file, path, error, line) {
    const e = error instanceof _werfSecret_js__WEBPACK_IMPORTED_MODULE_3__/* .WerfSecretError */ .lE ? error : undefined;
    const at = path === '' ? '' : ` at ${path}`;
    return new _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_1__.SlipwayError('values', `cannot decrypt ${file}${at}: ${error.message}`, {
        where: { file, ...(path !== '' ? { field: path } : {}), ...(line !== undefined ? { line } : {}) },
        hint: e?.reason === 'key'
            ? 'set WERF_SECRET_KEY (or .werf_secret_key in the project directory) to the key the secrets were encrypted with'
            : e?.reason === 'wrong-key'
                ? 'this is not the key the file was encrypted with: set WERF_SECRET_KEY to the right one, or re-encrypt with slipway secret encrypt'
                : 'encrypt the value with slipway secret encrypt (or werf helm secret encrypt); every string of a secret values file must be encrypted',
    });
}
function lineOf(text, node) {
    const offset = node.range?.[0];
    return offset === undefined ? undefined : text.slice(0, offset).split('\n').length;
}
/** Decrypts one secret values file into values (every leaf a decrypted string). */
function decryptSecretValuesText(text, file, key, revealed) {
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__.parseDocument)(text, { version: '1.2', uniqueKeys: false });
    if (doc.errors.length > 0)
        throw new _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_1__.SlipwayError('values', `${file} is not valid YAML: ${doc.errors[0].message}`, { where: { file } });
    const walk = (node, path) => {
        if (node === null || node === undefined)
            return null;
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__.isMap)(node)) {
            const out = {};
            for (const pair of node.items) {
                const k = (0,yaml__WEBPACK_IMPORTED_MODULE_0__.isScalar)(pair.key) ? String(pair.key.value) : String(pair.key);
                out[k] = walk(pair.value, path === '' ? k : `${path}.${k}`);
            }
            return out;
        }
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__.isSeq)(node))
            return node.items.map((item, i) => walk(item, `${path}[${i}]`));
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__.isScalar)(node)) {
            if (node.value === null)
                return null;
            if (typeof node.value !== 'string') {
                throw failure(file, path, new _werfSecret_js__WEBPACK_IMPORTED_MODULE_3__/* .WerfSecretError */ .lE(`unable to decode non string value "${String(node.source ?? node.value)}": expected encoded value as hex string`, 'data'), lineOf(text, node));
            }
            try {
                const plain = (0,_werfSecret_js__WEBPACK_IMPORTED_MODULE_3__/* .decryptWerfSecret */ .Qm)(key, node.value).toString('utf8');
                if (plain !== '')
                    revealed.push(plain);
                return plain;
            }
            catch (error) {
                throw failure(file, path, error, lineOf(text, node));
            }
        }
        return walk(node.toJSON?.(), path);
    };
    const values = walk(doc.contents, '');
    if (values === null)
        return {};
    if (typeof values !== 'object' || Array.isArray(values))
        throw new _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_1__.SlipwayError('values', `${file} must be a map of values`, { where: { file } });
    return values;
}
/** Decrypts one secret file. */
function decryptSecretFileText(text, file, key, revealed) {
    try {
        const plain = (0,_werfSecret_js__WEBPACK_IMPORTED_MODULE_3__/* .decryptWerfSecret */ .Qm)(key, text.replace(/\s+$/, '')).toString('utf8');
        if (plain !== '')
            revealed.push(plain);
        return new _secretValue_js__WEBPACK_IMPORTED_MODULE_2__/* .SecretValue */ .i(plain);
    }
    catch (error) {
        throw failure(file, '', error);
    }
}
function isPlainMap(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
/** chartutil.CoalesceTables(later, earlier): the later file wins, maps merge. */
function mergeSecretValues(earlier, later) {
    const out = { ...earlier };
    for (const [k, v] of Object.entries(later))
        out[k] = isPlainMap(v) && isPlainMap(out[k]) ? mergeSecretValues(out[k], v) : v;
    return out;
}
/** Replaces every revealed secret string in `text` with `***` (longest first, so a secret inside another is covered). */
function maskSecrets(text, revealed) {
    let out = text;
    for (const s of [...revealed].sort((a, b) => b.length - a.length))
        if (s.length >= 3)
            out = out.split(s).join('***');
    return out;
}
/**
 * A secret values document with every string scalar encrypted (`encrypt`) or decrypted, keeping keys, comments
 * and layout, as werf's EncryptYamlData/DecryptYamlData do on yaml.v3 nodes.
 */
function transformSecretValuesDocument(text, file, transform) {
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__.parseDocument)(text, { version: '1.2', uniqueKeys: false });
    if (doc.errors.length > 0)
        throw new _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_1__.SlipwayError('values', `${file} is not valid YAML: ${doc.errors[0].message}`, { where: { file } });
    const walk = (node, path) => {
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__.isMap)(node))
            for (const pair of node.items)
                walk(pair.value, `${path === '' ? '' : `${path}.`}${(0,yaml__WEBPACK_IMPORTED_MODULE_0__.isScalar)(pair.key) ? String(pair.key.value) : String(pair.key)}`);
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__.isSeq)(node))
            node.items.forEach((item, i) => walk(item, `${path}[${i}]`));
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__.isScalar)(node) && typeof node.value === 'string') {
            const value = transform(node.value, path);
            node.value = value;
            // Quoted when plain would read as something else (a number, a bool, null) or not parse, as yaml.v3 does.
            node.type = readsBackAsString(value) ? 'PLAIN' : 'QUOTE_DOUBLE';
        }
    };
    walk(doc.contents, '');
    return doc.toString({ lineWidth: 0 });
}
function readsBackAsString(value) {
    if (value === '' || /[\n#]|^\s|\s$/.test(value) || /^(?:yes|no|on|off|y|n)$/i.test(value))
        return false;
    try {
        return (0,yaml__WEBPACK_IMPORTED_MODULE_0__.parse)(value, { version: '1.2' }) === value;
    }
    catch {
        return false;
    }
}


/***/ })

};
;
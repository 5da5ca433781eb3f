"use strict";
exports.id = 8180;
exports.ids = [8180,8571,8854,4600,3809];
exports.modules = {

/***/ 72298:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ werfSecretKeyFromEnvironment)
/* harmony export */ });
/* harmony import */ var _core_secretValue_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(78014);

/** Where werf's secret key is looked for, from the process environment ($WERF_SECRET_KEY, $HOME/.werf): the core reads none. Pure. */
function werfSecretKeyFromEnvironment(env) {
    const key = env.WERF_SECRET_KEY;
    return { ...(key ? { environment: new _core_secretValue_js__WEBPACK_IMPORTED_MODULE_0__/* .SecretValue */ .i(key) } : {}), ...(env.HOME ? { homeDir: env.HOME } : {}) };
}


/***/ }),

/***/ 95377:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F6: () => (/* reexport safe */ _ci_werfSecretKeyEnvironment_js__WEBPACK_IMPORTED_MODULE_1__.F),
/* harmony export */   FU: () => (/* binding */ addReportFlags),
/* harmony export */   TX: () => (/* binding */ addGlobalMetadataFlags),
/* harmony export */   ZO: () => (/* binding */ addHelm2Flags),
/* harmony export */   Zc: () => (/* binding */ addValuesFlags),
/* harmony export */   ae: () => (/* binding */ addKubeFlags),
/* harmony export */   rQ: () => (/* binding */ addWerfFlags)
/* harmony export */ });
/* harmony import */ var commander__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48179);
/* harmony import */ var _ci_werfSecretKeyEnvironment_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(72298);

/** Repeatable flag: every occurrence is kept, in order (Helm's StringArray). */
function collect(value, previous) {
    return [...(previous ?? []), value];
}
/** Repeatable and comma-separated flag (Helm's StringSlice, as for `-f a.yaml,b.yaml`). */
function collectCommaSeparated(value, previous) {
    return [...(previous ?? []), ...value.split(',').filter((v) => v !== '')];
}
/** Helm's values flags, named and repeatable exactly as in `helm install` / `helm template`. */
function addValuesFlags(command) {
    return command
        .addOption(new commander__WEBPACK_IMPORTED_MODULE_0__/* .Option */ .c$('-f, --values <file>', 'values file or URL (can repeat, or comma-separate)').argParser(collectCommaSeparated).default([]))
        .addOption(new commander__WEBPACK_IMPORTED_MODULE_0__/* .Option */ .c$('--set <key=value>', 'set values on the command line (can repeat: a=1,b=2)').argParser(collect).default([]))
        .addOption(new commander__WEBPACK_IMPORTED_MODULE_0__/* .Option */ .c$('--set-string <key=value>', 'set STRING values on the command line').argParser(collect).default([]))
        .addOption(new commander__WEBPACK_IMPORTED_MODULE_0__/* .Option */ .c$('--set-file <key=path>', 'set values from files on the command line').argParser(collect).default([]))
        .addOption(new commander__WEBPACK_IMPORTED_MODULE_0__/* .Option */ .c$('--set-json <key=json>', 'set JSON values on the command line').argParser(collect).default([]))
        .addOption(new commander__WEBPACK_IMPORTED_MODULE_0__/* .Option */ .c$('--set-literal <key=value>', 'set a literal STRING value on the command line').argParser(collect).default([]));
}
/** Cluster selection flags, as Helm names them. */
function addKubeFlags(command) {
    return command
        .option('-n, --namespace <namespace>', 'namespace scope for this request')
        .option('--kube-context <context>', 'name of the kubeconfig context to use')
        .option('--kubeconfig <path>', 'path to the kubeconfig file (default: $KUBECONFIG or ~/.kube/config)');
}
/** Global annotations and labels added to every deployed resource. */
function addGlobalMetadataFlags(command) {
    return command
        .addOption(new commander__WEBPACK_IMPORTED_MODULE_0__/* .Option */ .c$('--add-annotation <key=value>', 'add an annotation to every resource (can repeat)').argParser(collect).default([]))
        .addOption(new commander__WEBPACK_IMPORTED_MODULE_0__/* .Option */ .c$('--add-label <key=value>', 'add a label to every resource (can repeat)').argParser(collect).default([]));
}
/** The report files a deploying command can write besides its log (the JSON report, GitLab's report artifacts). */
function addReportFlags(command) {
    return command
        .option('--report-path <file>', 'write the JSON deploy report (resources, failures, logs, timings) to this file')
        .option('--annotations-path <file>', "write a GitLab annotations report (links to the environment and to each failed resource's template line)")
        .option('--code-quality-path <file>', 'write a GitLab Code Quality report: each failure at its template file and line');
}
function addWerfFlags(command) {
    return command
        .option('--werf', "werf compatibility for a slipway.yaml project: werf's service values, werf_image, werf secrets (always on for werf.yaml)")
        .addOption(new commander__WEBPACK_IMPORTED_MODULE_0__/* .Option */ .c$('--secret-values <file>', "werf secret values file, decrypted with $WERF_SECRET_KEY (can repeat, or comma-separate)").argParser(collectCommaSeparated).default([]));
}

function addHelm2Flags(command) {
    return command
        .option('--helm2-storage-namespace <namespace>', "namespace of Tiller's Helm 2 release records (converted to Helm 3 when the release has no Helm 3 record)", 'kube-system')
        .option('--cleanup-helm2', "delete Tiller's records of the release once converted (default: keep them)");
}


/***/ }),

/***/ 88180:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  buildProgram: () => (/* binding */ buildProgram),
  runCli: () => (/* binding */ runCli)
});

// EXTERNAL MODULE: ./node_modules/commander/esm.mjs
var esm = __webpack_require__(48179);
// EXTERNAL MODULE: ./src/core/errors/slipwayError.ts
var slipwayError = __webpack_require__(16602);
;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"0.1.0"};
;// CONCATENATED MODULE: ./src/core/version.ts

/** slipway's own version, from package.json (bundled into dist at build time). */
const slipwayVersion = package_namespaceObject.rE;

;// CONCATENATED MODULE: ./src/cli/printedFailure.ts
/**
 * A command's failure it has already printed in its own words (`slipway render` prints errors exactly
 * as `helm template` does): the CLI exits 1 and prints nothing more.
 */
class PrintedFailure extends Error {
    cause;
    constructor(cause) {
        super(cause instanceof Error ? cause.message : String(cause));
        this.cause = cause;
        this.name = 'PrintedFailure';
    }
}

;// CONCATENATED MODULE: ./src/cli/commands/build.ts

function registerBuild(program) {
    program
        .command('build')
        .description('build and push the images of a commit that the registry does not have yet')
        .argument('[images...]', 'only these images (default: all)')
        .option('--repo <registry/path>', 'image repository (default $SLIPWAY_REPO)')
        .addOption(new esm/* Option */.c$('--builder <builder>', 'image builder').choices(['auto', 'docker', 'buildah']).default('auto'))
        .option('--dev', 'read configuration and build contexts from the working tree instead of the commit')
        .option('--commit <rev>', 'commit to build (default HEAD)')
        .option('--config <file>', 'configuration file in the repository (default slipway.yaml, else werf.yaml)')
        .option('--report <file>', 'write the JSON build report here')
        .option('--dotenv <file>', 'write a dotenv report (SLIPWAY_IMAGE_<NAME>=reference) here')
        .option('--parallel <n>', 'independent images built at once', '2')
        .option('--network <mode>', 'network for RUN steps (e.g. host; default $SLIPWAY_BUILD_NETWORK)')
        .option('--cache-repo <registry/path>', 'registry layer cache repository for the builder')
        .option('--insecure-registry', 'use plain HTTP / skip TLS verification for the registry')
        .option('--require-built-images', 'never build: fail if an image is missing from the registry')
        .action(async (images, flags) => {
        const { runBuildCommand } = await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(8508), __webpack_require__.e(473), __webpack_require__.e(4023), __webpack_require__.e(5252), __webpack_require__.e(4263)]).then(__webpack_require__.bind(__webpack_require__, 4693));
        await runBuildCommand(images, flags);
    });
}

// EXTERNAL MODULE: ./src/cli/flags.ts
var flags = __webpack_require__(95377);
;// CONCATENATED MODULE: ./src/cli/commands/bundle.ts


const collectCommaSeparated = (v, p) => [...p, ...v.split(',').filter((x) => x !== '')];
/** `slipway bundle publish|apply|copy|render`: a chart and its image references as one Helm OCI artifact. */
function registerBundle(program) {
    const bundle = program.command('bundle').description('publish a release as a Helm OCI chart with its images baked in, and deploy it later without the Git checkout');
    const publish = bundle
        .command('publish')
        .description('build the images of the commit, bake their references into the chart and push it as a Helm OCI chart')
        .option('--repo <registry/path>', 'image and bundle repository (default $SLIPWAY_REPO)')
        .option('--tag <tag>', 'bundle tag: latest or a semver version', 'latest')
        .option('--env <env>', 'bake .Values.slipway.env / .Values.werf.env')
        .option('--dev', 'read configuration and chart from the working tree instead of the commit')
        .option('--commit <rev>', 'commit to publish (default HEAD)')
        .option('--skip-build', 'never build; fail if an image is missing from the registry');
    (0,flags/* addValuesFlags */.Zc)(publish);
    (0,flags/* addGlobalMetadataFlags */.TX)(publish);
    publish.action(async (flags) => (await __webpack_require__.e(/* import() */ 775).then(__webpack_require__.bind(__webpack_require__, 20775))).runBundlePublish(flags));
    const apply = bundle
        .command('apply')
        .description('pull a bundle, verify it and deploy it with the full deploy engine (no repository needed)')
        .requiredOption('--repo <registry/path>', 'bundle repository')
        .option('--tag <tag|constraint>', 'tag or semver constraint (^1.2, ~1.2.3, >=1 <2)', 'latest')
        .option('--digest <sha256:…>', 'refuse to deploy unless the tag points at this manifest digest')
        .requiredOption('--release <name>', 'release name')
        .option('--timeout <duration>', 'time to wait for the whole deploy', '5m')
        .option('--auto-rollback', 'roll back to the previous deployed revision when the deploy fails')
        .option('--wait-for-lock', 'wait for another deploy of this release instead of failing fast')
        .option('--history-max <n>', 'revisions kept per release (0: no limit)', '10')
        .option('--keep-failed-install', 'keep what a failed first install created (default: remove it)')
        .option('--release-storage-namespace <namespace>', 'namespace holding the release records (default: the release namespace)')
        .addOption(new esm/* Option */.c$('--release-storage-type <type>', 'release record type').choices(['secret', 'configmap']).default('secret'));
    (0,flags/* addValuesFlags */.Zc)(apply);
    (0,flags/* addKubeFlags */.ae)(apply);
    (0,flags/* addGlobalMetadataFlags */.TX)(apply);
    (0,flags/* addReportFlags */.FU)(apply);
    apply.action(async (flags) => (await __webpack_require__.e(/* import() */ 775).then(__webpack_require__.bind(__webpack_require__, 20775))).runBundleApply(flags));
    const render = bundle
        .command('render')
        .description('print what `bundle apply` would deploy, as `render` prints it')
        .requiredOption('--repo <registry/path>', 'bundle repository, or archive:<file.tgz>')
        .option('--tag <tag|constraint>', 'tag or semver constraint', 'latest')
        .option('--digest <sha256:…>', 'refuse unless the tag points at this manifest digest')
        .option('--release <name>', 'release name', 'release-name')
        .option('-n, --namespace <namespace>', 'namespace of the release', 'default')
        .option('--kube-version <version>', 'Kubernetes version used for Capabilities.KubeVersion')
        .option('-a, --api-versions <version>', 'Kubernetes api versions used for Capabilities.APIVersions', collectCommaSeparated, [])
        .option('--include-crds', 'include CRDs in the output');
    (0,flags/* addValuesFlags */.Zc)(render);
    render.action(async (flags) => (await __webpack_require__.e(/* import() */ 775).then(__webpack_require__.bind(__webpack_require__, 20775))).runBundleRender(flags));
    bundle
        .command('copy')
        .description('copy a bundle between registries, or to and from a .tgz archive (archive:<file>), optionally with its images')
        .requiredOption('--from <registry/path|archive:file>', 'source')
        .requiredOption('--to <registry/path|archive:file>', 'destination')
        .option('--tag <tag|constraint>', 'tag or semver constraint to copy', 'latest')
        .option('--to-tag <tag>', 'tag in the destination (default: the source tag)')
        .option('--with-images', 'copy the images the bundle refers to as well (by digest)')
        .action(async (flags) => (await __webpack_require__.e(/* import() */ 775).then(__webpack_require__.bind(__webpack_require__, 20775))).runBundleCopy(flags));
}

;// CONCATENATED MODULE: ./src/cli/commands/cleanup.ts

function collect(value, previous) {
    return [...(previous ?? []), ...value.split(',').map((v) => v.trim()).filter((v) => v !== '')];
}
function registerCleanup(program) {
    program
        .command('cleanup')
        .description('delete registry images that Git history and the running clusters no longer need (never one in use)')
        .option('--repo <registry/path>', 'image repository (default $SLIPWAY_REPO)')
        .option('--dry-run', 'compute and print the plan, delete nothing')
        .addOption(new esm/* Option */.c$('--kube-context <context>', 'kube context whose running images are kept (repeat for several; default: every context of the kubeconfig)').argParser(collect).default([]))
        .option('--kubeconfig <path>', 'path to the kubeconfig file (default: $KUBECONFIG or ~/.kube/config)')
        .option('--without-kube', 'do not read any cluster (images running there are then NOT protected)')
        .option('--fetch', "fetch origin's branches and tags (with pruning) before reading Git history")
        .addOption(new esm/* Option */.c$('--keep <tag|/regex/>', 'never delete these tags (repeatable)').argParser(collect).default([]))
        .option('--keep-built-within-hours <n>', 'keep images built within the last N hours (default from the config: 2; 0 disables)')
        .option('--config <file>', 'configuration file in the repository (default slipway.yaml, else werf.yaml)')
        .option('--report <file>', 'write the JSON cleanup report here')
        .option('--insecure-registry', 'use plain HTTP / skip TLS verification for the registry')
        .option('--parallel <n>', 'registry requests at once', '8')
        .option('--github-token <token>', 'for ghcr.io: delete through the GitHub Packages API (default $SLIPWAY_GITHUB_TOKEN, $GITHUB_TOKEN)')
        .action(async (flags) => {
        const { runCleanupCommand } = await Promise.all(/* import() */[__webpack_require__.e(3243), __webpack_require__.e(8815), __webpack_require__.e(8508), __webpack_require__.e(1991), __webpack_require__.e(891), __webpack_require__.e(473), __webpack_require__.e(4023), __webpack_require__.e(2088), __webpack_require__.e(4141)]).then(__webpack_require__.bind(__webpack_require__, 94141));
        await runCleanupCommand(flags);
    });
}

// EXTERNAL MODULE: ./src/core/duration.ts
var duration = __webpack_require__(98571);
// EXTERNAL MODULE: ./src/core/names.ts
var names = __webpack_require__(22483);
;// CONCATENATED MODULE: ./src/cli/ciEnvironmentName.ts

/**
 * `--env` when given, else the CI's own name for this pipeline (pr-<number>, mr-<iid>, GitLab's
 * environment slug), as the actions default it; outside such a pipeline the flag is required.
 */
async function environmentOrCiDefault(env, environment = process.env) {
    if (env !== undefined)
        return env;
    const { readCiContext } = await __webpack_require__.e(/* import() */ 7951).then(__webpack_require__.bind(__webpack_require__, 37951));
    const fallback = readCiContext(environment).defaultEnv;
    if (fallback !== undefined)
        return fallback;
    throw new slipwayError.SlipwayError('input', '--env is required here: this is not a pull or merge request pipeline, nor a GitLab job with an environment', {
        where: { input: '--env' },
        hint: 'name the environment, e.g. --env staging',
    });
}

;// CONCATENATED MODULE: ./src/cli/commands/converge.ts





function registerConverge(program) {
    const command = program
        .command('converge')
        .description('build missing images, deploy the chart and track every resource until it is ready')
        .option('--env <env>', 'environment name (names the release and namespace: <project>-<env>); default in CI: pr-<number> / mr-<iid> for a pull or merge request, the GitLab environment slug')
        .option('--release <name>', 'release name (default from slipway.yaml deploy.release)')
        .option('--repo <registry/path>', 'image repository (default $SLIPWAY_REPO)')
        .option('--timeout <duration>', 'time to wait for the whole deploy', '5m')
        .option('--dev', 'read configuration and chart from the working tree instead of the commit')
        .option('--commit <rev>', 'commit to deploy (default HEAD)')
        .option('--skip-build', 'never build; fail if an image is missing from the registry')
        .option('--auto-rollback', 'roll back to the previous deployed revision when the deploy fails')
        .option('--wait-for-lock', 'wait for another deploy of this release instead of failing fast')
        .option('--history-max <n>', 'revisions kept per release (0: no limit)', '10')
        .option('--keep-failed-install', 'keep what a failed first install created (default: remove it)')
        .option('--report-path <file>', 'write the JSON deploy report (resources, failures, logs, timings) to this file')
        .option('--dotenv-path <file>', 'write the outcome (SLIPWAY_RELEASE, _NAMESPACE, _REVISION, _STATUS, _ENVIRONMENT_URL) as a dotenv file, e.g. for a GitLab dotenv report')
        .option('--annotations-path <file>', 'write a GitLab annotations report (links to the environment and to each failed resource\'s template line)')
        .option('--code-quality-path <file>', 'write a GitLab Code Quality report: each failure at its template file and line')
        .option('--release-storage-namespace <namespace>', 'namespace holding the release records (default: the release namespace)')
        .addOption(new esm/* Option */.c$('--release-storage-type <type>', 'release record type').choices(['secret', 'configmap']).default('secret'));
    (0,flags/* addValuesFlags */.Zc)(command);
    (0,flags/* addKubeFlags */.ae)(command);
    (0,flags/* addGlobalMetadataFlags */.TX)(command);
    (0,flags/* addWerfFlags */.rQ)(command);
    (0,flags/* addHelm2Flags */.ZO)(command);
    command.action(async (given) => {
        const flags = { ...given, env: await environmentOrCiDefault(given.env) };
        (0,names/* requireDnsLabel */.l)(flags.env, 'environment', { input: '--env' });
        if (flags.namespace !== undefined)
            (0,names/* requireDnsLabel */.l)(flags.namespace, 'namespace', { input: '--namespace' });
        const timeoutMs = (0,duration/* parseDuration */.E)(flags.timeout, { input: '--timeout' });
        const maxHistory = Number(flags.historyMax);
        if (!Number.isInteger(maxHistory) || maxHistory < 0) {
            const { SlipwayError } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 16602));
            throw new SlipwayError('input', `--history-max must be a whole number, not "${flags.historyMax}"`, { where: { input: '--history-max' } });
        }
        const { runConverge } = await Promise.all(/* import() */[__webpack_require__.e(3243), __webpack_require__.e(8815), __webpack_require__.e(8508), __webpack_require__.e(1991), __webpack_require__.e(2673), __webpack_require__.e(7435), __webpack_require__.e(8933)]).then(__webpack_require__.bind(__webpack_require__, 78933));
        await runConverge(flags, { timeoutMs, maxHistory });
    });
}

;// CONCATENATED MODULE: ./src/cli/commands/dismiss.ts





function registerDismiss(program) {
    const command = program
        .command('dismiss')
        .description('remove an environment: its release, resources and optionally its namespace')
        .option('--env <env>', 'environment name (release and namespace from slipway.yaml)')
        .option('--release <name>', 'release name (instead of --env; no checkout needed)')
        .option('--with-namespace', 'delete the namespace too and wait until it is gone')
        .option('--keep-history', 'keep the release records, marked uninstalled')
        .option('--timeout <duration>', 'time to wait for deletion', '5m')
        .option('--dev', 'read slipway.yaml from the working tree instead of the commit')
        .option('--wait-for-lock', 'wait for a running deploy of this release instead of failing fast')
        .option('--release-storage-namespace <namespace>', 'namespace holding the release records (default: the release namespace)')
        .addOption(new esm/* Option */.c$('--release-storage-type <type>', 'release record type').choices(['secret', 'configmap']).default('secret'));
    (0,flags/* addKubeFlags */.ae)(command);
    command.action(async (flags) => {
        if (flags.env === undefined && flags.release === undefined) {
            throw new slipwayError.SlipwayError('input', 'either --env or --release is required', { where: { input: '--env' }, hint: 'name the environment (--env pr-12) or the release (--release shop-pr-12)' });
        }
        if (flags.env !== undefined)
            (0,names/* requireDnsLabel */.l)(flags.env, 'environment', { input: '--env' });
        if (flags.namespace !== undefined)
            (0,names/* requireDnsLabel */.l)(flags.namespace, 'namespace', { input: '--namespace' });
        const timeoutMs = (0,duration/* parseDuration */.E)(flags.timeout, { input: '--timeout' });
        const { kubeTarget } = await Promise.all(/* import() */[__webpack_require__.e(3243), __webpack_require__.e(8815), __webpack_require__.e(1991), __webpack_require__.e(2673)]).then(__webpack_require__.bind(__webpack_require__, 22673));
        const { interruptSignal } = await __webpack_require__.e(/* import() */ 5153).then(__webpack_require__.bind(__webpack_require__, 25153));
        const { environmentNames } = await __webpack_require__.e(/* import() */ 5800).then(__webpack_require__.bind(__webpack_require__, 75800));
        const { dismiss } = await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(2856), __webpack_require__.e(5000), __webpack_require__.e(7672)]).then(__webpack_require__.bind(__webpack_require__, 5291));
        const { cliDeliveryReporting } = await __webpack_require__.e(/* import() */ 1612).then(__webpack_require__.bind(__webpack_require__, 51612));
        const { client, namespace: contextNamespace } = kubeTarget(flags);
        const interrupt = interruptSignal();
        const reporting = await cliDeliveryReporting();
        let failure;
        try {
            const names = await environmentNames(flags, contextNamespace);
            const result = await dismiss(names.release, names.namespace, {
                client,
                timeoutMs,
                keepHistory: flags.keepHistory ?? false,
                withNamespace: flags.withNamespace ?? false,
                waitForLock: flags.waitForLock ?? false,
                storageType: flags.releaseStorageType,
                ...(flags.releaseStorageNamespace ? { storageNamespace: flags.releaseStorageNamespace } : {}),
                signal: interrupt.signal,
                emit: reporting.emit,
            });
            await reporting.finish({ action: 'dismiss', command: 'slipway dismiss', ...(flags.env !== undefined ? { envName: flags.env } : {}) });
            const lines = [
                result.found ? `release ${result.release} uninstalled from ${result.namespace}: ${result.deleted} resources deleted` : `release ${result.release} not found in ${result.namespace}: nothing to uninstall`,
                ...result.kept.map((k) => `kept ${k} (helm.sh/resource-policy: keep)`),
                ...(result.namespaceDeleted ? [`namespace ${result.namespace} deleted`] : []),
            ];
            for (const line of lines)
                process.stdout.write(`${line}\n`);
        }
        catch (error) {
            failure = error;
            throw error;
        }
        finally {
            await reporting.finish({ action: 'dismiss', command: 'slipway dismiss', ...(flags.env !== undefined ? { envName: flags.env } : {}), ...(failure !== undefined ? { failure } : {}) });
            interrupt.dispose();
            client.close();
        }
    });
}

;// CONCATENATED MODULE: ./src/cli/commands/plan.ts



function registerPlan(program) {
    const command = program
        .command('plan')
        .description('show what converge would change (server-side dry-run diff); exit 2 when changes exist, 0 when none')
        .option('--env <env>', 'environment name (release, namespace and chart from slipway.yaml)')
        .option('--release <name>', 'release name (default from slipway.yaml deploy.release)')
        .option('--repo <registry/path>', 'image repository (default $SLIPWAY_REPO)')
        .option('--dev', 'read configuration and chart from the working tree instead of the commit')
        .option('--commit <rev>', 'commit to plan (default HEAD)')
        .option('--rendered <file>', 'plan already rendered manifests (a YAML stream with "# Source:" comments, "-" for stdin) instead of rendering; needs --release')
        .addOption(new esm/* Option */.c$('-o, --output <format>', 'output format').choices(['text', 'json']).default('text'))
        .option('--release-storage-namespace <namespace>', 'namespace holding the release records (default: the release namespace)')
        .addOption(new esm/* Option */.c$('--release-storage-type <type>', 'release record type').choices(['secret', 'configmap']).default('secret'));
    (0,flags/* addValuesFlags */.Zc)(command);
    (0,flags/* addWerfFlags */.rQ)(command);
    (0,flags/* addKubeFlags */.ae)(command);
    (0,flags/* addGlobalMetadataFlags */.TX)(command);
    command.action(async (flags) => {
        if (flags.env !== undefined)
            (0,names/* requireDnsLabel */.l)(flags.env, 'environment', { input: '--env' });
        const { runPlan } = await Promise.all(/* import() */[__webpack_require__.e(3243), __webpack_require__.e(8815), __webpack_require__.e(1991), __webpack_require__.e(2856), __webpack_require__.e(5000), __webpack_require__.e(2673), __webpack_require__.e(4190)]).then(__webpack_require__.bind(__webpack_require__, 24190));
        await runPlan(flags);
    });
}

;// CONCATENATED MODULE: ./src/cli/commands/releases.ts


function addStorageFlags(command) {
    return (0,flags/* addKubeFlags */.ae)(command)
        .option('--release-storage-namespace <namespace>', 'namespace holding the release records (default: the release namespace)')
        .addOption(new esm/* Option */.c$('--release-storage-type <type>', 'release record type').choices(['secret', 'configmap']).default('secret'));
}
function registerReleases(program) {
    const releases = program.command('releases').description('list and inspect Helm-compatible releases (Helm 3 and 4 see the same records)');
    addStorageFlags(releases.command('list').description('list releases (as helm list --all)'))
        .option('-A, --all-namespaces', 'list releases of every namespace')
        .addOption(new esm/* Option */.c$('-o, --output <format>', 'output format').choices(['table', 'json']).default('table'))
        .action(async (flags) => (await Promise.all(/* import() */[__webpack_require__.e(3243), __webpack_require__.e(8815), __webpack_require__.e(1991), __webpack_require__.e(2856), __webpack_require__.e(5000), __webpack_require__.e(2673), __webpack_require__.e(3256)]).then(__webpack_require__.bind(__webpack_require__, 83256))).listReleases(flags));
    addStorageFlags(releases.command('history <release>').description('show the revisions of a release'))
        .addOption(new esm/* Option */.c$('-o, --output <format>', 'output format').choices(['table', 'json']).default('table'))
        .action(async (release, flags) => (await Promise.all(/* import() */[__webpack_require__.e(3243), __webpack_require__.e(8815), __webpack_require__.e(1991), __webpack_require__.e(2856), __webpack_require__.e(5000), __webpack_require__.e(2673), __webpack_require__.e(3256)]).then(__webpack_require__.bind(__webpack_require__, 83256))).releaseHistory(release, flags));
    addStorageFlags(releases.command('get <release>').description('show the manifest, values, hooks and notes of a revision (Secret values redacted)'))
        .option('--revision <n>', 'revision to show (default: the latest)')
        .addOption(new esm/* Option */.c$('--show <part>', 'what to show').choices(['all', 'manifest', 'values', 'notes', 'hooks']).default('all'))
        .addOption(new esm/* Option */.c$('-o, --output <format>', 'values format').choices(['yaml', 'json']).default('yaml'))
        .action(async (release, flags) => (await Promise.all(/* import() */[__webpack_require__.e(3243), __webpack_require__.e(8815), __webpack_require__.e(1991), __webpack_require__.e(2856), __webpack_require__.e(5000), __webpack_require__.e(2673), __webpack_require__.e(3256)]).then(__webpack_require__.bind(__webpack_require__, 83256))).getRelease(release, flags));
    addStorageFlags(releases.command('rollback <release> [revision]').description('deploy an earlier revision again as a new revision (default: the previous one)'))
        .option('--timeout <duration>', 'time to wait for the rollback', '5m')
        .option('--wait-for-lock', 'wait for another deploy of this release instead of failing fast')
        .action(async (release, revision, flags) => (await Promise.all(/* import() */[__webpack_require__.e(3243), __webpack_require__.e(8815), __webpack_require__.e(1991), __webpack_require__.e(2856), __webpack_require__.e(5000), __webpack_require__.e(2673), __webpack_require__.e(3256)]).then(__webpack_require__.bind(__webpack_require__, 83256))).rollbackCommand(release, revision, flags));
    addStorageFlags(releases.command('migrate2to3 <release>').description("convert a Helm 2 release (Tiller's records) to Helm 3 records, as helm 2to3 convert"))
        .option('--helm2-storage-namespace <namespace>', "namespace of Tiller's records", 'kube-system')
        .option('--cleanup-helm2', "delete Tiller's records once converted (default: keep them)")
        .option('--dry-run', 'decode and convert, print the revisions, write nothing')
        .action(async (release, flags) => (await Promise.all(/* import() */[__webpack_require__.e(3243), __webpack_require__.e(8815), __webpack_require__.e(1991), __webpack_require__.e(2856), __webpack_require__.e(5000), __webpack_require__.e(2673), __webpack_require__.e(3256)]).then(__webpack_require__.bind(__webpack_require__, 83256))).migrate2to3Command(release, flags));
}

// EXTERNAL MODULE: ./src/core/chart/values/valuesFlags.ts
var valuesFlags = __webpack_require__(9174);
// EXTERNAL MODULE: ./src/core/chart/template/goBytes.ts
var goBytes = __webpack_require__(38390);
// EXTERNAL MODULE: ./src/core/chart/templateRenderError.ts
var templateRenderError = __webpack_require__(31328);
// EXTERNAL MODULE: ./src/core/chart/helmLogRecord.ts
var helmLogRecord = __webpack_require__(22971);
;// CONCATENATED MODULE: ./src/cli/commands/render.ts







const render_collect = (v, p) => [...p, v];
const render_collectCommaSeparated = (v, p) => [...p, ...v.split(',').filter((x) => x !== '')];
const processIo = {
    // Bytes a template kept from invalid UTF-8 (NOTES of a binary file) are written as the bytes, as helm does.
    stdout: (t) => void process.stdout.write((0,goBytes/* holdsRawBytes */.uW)(t) ? (0,goBytes/* goStringBytes */.Dd)(t) : t),
    stderr: (t) => void process.stderr.write(t),
};
function registerRender(program, io = processIo) {
    const command = program
        .command('render')
        .description('render a chart as `helm template` does')
        .argument('[args...]', '[RELEASE] CHART')
        .option('-n, --namespace <namespace>', 'namespace of the release', 'default')
        .option('-s, --show-only <path>', 'only show manifests rendered from the given templates (can repeat)', render_collect, [])
        .option('--kube-version <version>', 'Kubernetes version used for Capabilities.KubeVersion')
        .option('-a, --api-versions <version>', 'Kubernetes api versions used for Capabilities.APIVersions (can repeat, or comma-separate)', render_collectCommaSeparated, [])
        .option('--include-crds', 'include CRDs in the templated output')
        .option('--output-dir <dir>', 'write each template to a file in this directory instead of stdout')
        .option('--release-name', 'use the release name in the output-dir path')
        .option('--is-upgrade', 'set .Release.IsUpgrade instead of .Release.IsInstall')
        .option('--skip-tests', 'skip tests from templated output')
        .option('--no-hooks', 'leave hooks out of the output')
        .option('--skip-schema-validation', 'do not validate values against values.schema.json')
        .option('--debug', 'on a render error, print what the templates rendered (invalid YAML included) before the error');
    (0,flags/* addValuesFlags */.Zc)(command);
    command.action(async (args, flags) => {
        try {
            await renderAction(args, flags, io);
        }
        catch (error) {
            if (!(error instanceof slipwayError.SlipwayError))
                throw error;
            // helm template's words: cobra's "Error: ", the message, and for an error out of rendering (Helm
            // returns a partial release) its --debug advice, or with --debug what was rendered, on stdout first.
            const rendered = error instanceof templateRenderError/* TemplateRenderError */.N;
            if (rendered && flags.debug && flags.showOnly.length === 0)
                io.stdout(debugManifests(error.renderedFiles));
            io.stderr(`Error: ${error.message}${rendered && !flags.debug ? '\n\nUse --debug flag to render out invalid YAML' : ''}\n`);
            throw new PrintedFailure(error);
        }
    });
}
/** What `helm template --debug` prints of a failed render: every non-blank rendered file, as Helm joins them. */
function debugManifests(files) {
    // Helm walks a Go map (random order); sorted here so the output is stable.
    const blob = [...(files ?? new Map())]
        .filter(([, content]) => content.trim() !== '')
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([name, content]) => `---\n# Source: ${name}\n${content}\n`)
        .join('');
    return `${blob.trim()}\n`;
}
async function renderAction(args, flags, io) {
    // Loaded only when rendering, so other commands start without the chart engine.
    const { runRenderCommand } = await Promise.all(/* import() */[__webpack_require__.e(3243), __webpack_require__.e(8966), __webpack_require__.e(2448), __webpack_require__.e(5438), __webpack_require__.e(1518), __webpack_require__.e(9886), __webpack_require__.e(7504), __webpack_require__.e(6953)]).then(__webpack_require__.bind(__webpack_require__, 46953));
    const out = await runRenderCommand({
        args,
        namespace: flags.namespace,
        values: (0,valuesFlags/* valueOptionsOf */.B)(flags),
        showOnly: flags.showOnly,
        ...(flags.kubeVersion ? { kubeVersion: flags.kubeVersion } : {}),
        apiVersions: flags.apiVersions,
        includeCrds: flags.includeCrds ?? false,
        ...(flags.outputDir ? { outputDir: flags.outputDir } : {}),
        isUpgrade: flags.isUpgrade ?? false,
        skipTests: flags.skipTests ?? false,
        // commander turns --no-hooks into hooks: false
        noHooks: flags.hooks === false,
        skipSchemaValidation: flags.skipSchemaValidation ?? false,
        releaseNameInOutputDir: flags.releaseName ?? false,
        // As helm 4 logs them (slog's text format), so the command's stderr is helm's.
        warn: (message, record) => io.stderr(`${record ? (0,helmLogRecord/* slogText */.H)(record) : message}\n`),
    });
    if (out.stderr)
        io.stderr(out.stderr);
    io.stdout(out.stdout);
}

;// CONCATENATED MODULE: ./src/cli/commands/version.ts

function registerVersion(program) {
    program
        .command('version')
        .description('print the slipway version')
        .option('--short', 'print only the version number')
        .action((options) => {
        process.stdout.write(options.short ? `v${slipwayVersion}\n` : `slipway v${slipwayVersion} (node ${process.version})\n`);
    });
}

;// CONCATENATED MODULE: ./src/cli/commands/secret.ts
/** `slipway secret generate-key | encrypt | decrypt`: werf's secret format (werf helm secret …). */
function registerSecret(program) {
    const secret = program.command('secret').description("werf's encrypted secrets: make a key, encrypt and decrypt values (key in $WERF_SECRET_KEY or .werf_secret_key)");
    secret
        .command('generate-key')
        .description('print a new secret key (AES-128, hex), as werf helm secret generate-secret-key')
        .action(async () => {
        const { generateWerfSecretKey } = await __webpack_require__.e(/* import() */ 4386).then(__webpack_require__.bind(__webpack_require__, 74386));
        process.stdout.write(`${generateWerfSecretKey()}\n`);
    });
    for (const action of ['encrypt', 'decrypt']) {
        secret
            .command(action)
            .description(`${action} stdin: one value, or with --values a values YAML (every string ${action}ed, as werf helm secret values ${action})`)
            .option('--values', `stdin is a secret values YAML: ${action} every string of it`)
            .option('-o, --output-file <file>', 'write the result to this file instead of stdout')
            .action(async (options) => {
            const { readFileSync, writeFileSync } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 73024, 23));
            const { runSecretCommand } = await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(2755)]).then(__webpack_require__.bind(__webpack_require__, 92755));
            const result = runSecretCommand(action, readFileSync(0), { values: options.values ?? false, key: { ...(process.env.WERF_SECRET_KEY ? { environment: process.env.WERF_SECRET_KEY } : {}), projectDir: process.cwd(), ...(process.env.HOME ? { homeDir: process.env.HOME } : {}) } });
            if (options.outputFile)
                writeFileSync(options.outputFile, result);
            else
                process.stdout.write(result);
        });
    }
}

;// CONCATENATED MODULE: ./src/cli/program.ts














/**
 * Builds the command tree. Registration only declares flags; each command's action loads the core
 * code it needs with a dynamic import, so `slipway --help` and `slipway render` start fast.
 */
function buildProgram() {
    const program = new esm/* Command */.uB('slipway')
        .description('Git to Kubernetes: build content-addressed images, converge Helm-compatible charts, track, dismiss, clean up')
        .version(`v${slipwayVersion}`, '--version', 'print the slipway version')
        .showHelpAfterError('(run with --help for usage)')
        .exitOverride();
    registerVersion(program);
    registerBuild(program);
    registerRender(program);
    registerConverge(program);
    registerPlan(program);
    registerDismiss(program);
    registerReleases(program);
    registerCleanup(program);
    registerBundle(program);
    registerSecret(program);
    for (const command of program.commands)
        command.exitOverride();
    return program;
}
/** Runs the CLI and returns the process exit code; errors are printed here, at the edge. */
async function runCli(argv) {
    const program = buildProgram();
    try {
        await program.parseAsync(argv, { from: 'user' });
        return 0;
    }
    catch (error) {
        if (error instanceof esm/* CommanderError */.b7) {
            // Help and version exit 0; usage errors were already printed by commander.
            return error.exitCode;
        }
        if (error instanceof PrintedFailure)
            return 1;
        process.stderr.write(`Error: ${(0,slipwayError/* formatError */.Wk)(error)}\n`);
        return error instanceof slipwayError.SlipwayError ? 1 : 70;
    }
}


/***/ }),

/***/ 22971:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ slogText),
/* harmony export */   w: () => (/* binding */ plainText)
/* harmony export */ });
/* harmony import */ var _template_goQuote_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(12889);

/** slog's TextHandler (Helm drops the time): `level=WARN msg="this chart is deprecated" chart=x`. */
function slogText(record) {
    const parts = [`level=${record.level}`, `msg=${slogValue(record.msg)}`];
    for (const [key, value] of record.attrs ?? [])
        parts.push(`${slogValue(key)}=${slogValue(value)}`);
    return parts.join(' ');
}
// slog quotes an empty string, and one with a space, '=', '"', a control or an unprintable character.
const NEEDS_QUOTING = /[\x00-\x20="\x7f]|[\p{Z}\p{C}\uFFFD]/u;
function slogValue(value) {
    return value === '' || NEEDS_QUOTING.test(value) ? (0,_template_goQuote_js__WEBPACK_IMPORTED_MODULE_0__/* .goQuote */ .dg)(value) : value;
}
/** What a warning says where Helm's log format is not wanted: the message, then `key=value` pairs. */
function plainText(record) {
    return [record.msg, ...(record.attrs ?? []).map(([key, value]) => `${key}=${value}`)].join(' ');
}


/***/ }),

/***/ 38390:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dd: () => (/* binding */ goStringBytes),
/* harmony export */   Se: () => (/* binding */ goRuneText),
/* harmony export */   Ye: () => (/* binding */ rawByteOf),
/* harmony export */   mG: () => (/* binding */ decodeGoBytes),
/* harmony export */   uW: () => (/* binding */ holdsRawBytes),
/* harmony export */   yi: () => (/* binding */ goStringByteLength)
/* harmony export */ });
/**
 * Go strings are bytes; slipway's are JS (UTF-16) strings. A byte that is not part of valid UTF-8 (a binary
 * file read with `.Files.Get`, a `b64dec` of binary data, a byte slice of a multi-byte character) is kept in
 * the JS string as a lone low surrogate U+DC80..U+DCFF, one per byte, so that it survives to where Go would
 * use the bytes again (`b64enc`, `sha256sum`, `len`, `%x`, `quote`…) and comes out as the same byte. Valid
 * UTF-8 never decodes to a lone surrogate, so text is unaffected. Where Go reads such a string rune by rune
 * (`upper`, JSON and YAML encoding…) each of these bytes is U+FFFD, as in Go.
 */
const RAW_BYTE_BASE = 0xdc00;
/** A lone (unpaired) U+DC80..U+DCFF: with the `u` flag a surrogate pair is one code point and does not match. */
const RAW_BYTE = /[\udc80-\udcff]/u;
const RAW_BYTES = /[\udc80-\udcff]/gu;
/** Bytes to a Go string (see above): valid UTF-8 as text, every other byte kept as itself. */
function decodeGoBytes(b) {
    const s = Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('utf8');
    if (!s.includes('\ufffd'))
        return s;
    let out = '';
    let start = 0;
    let i = 0;
    while (i < b.length) {
        const size = validRuneSize(b, i);
        if (size > 0) {
            i += size;
            continue;
        }
        out += Buffer.from(b.buffer, b.byteOffset + start, i - start).toString('utf8') + String.fromCharCode(RAW_BYTE_BASE + b[i]);
        i++;
        start = i;
    }
    return out + Buffer.from(b.buffer, b.byteOffset + start, b.length - start).toString('utf8');
}
/** The length of the valid UTF-8 sequence at `i`, or 0 where Go's utf8.DecodeRune gives RuneError of size 1. */
function validRuneSize(b, i) {
    const c = b[i];
    if (c < 0x80)
        return 1;
    const cont = (k, lo = 0x80, hi = 0xbf) => i + k < b.length && b[i + k] >= lo && b[i + k] <= hi;
    if (c >= 0xc2 && c <= 0xdf)
        return cont(1) ? 2 : 0;
    if (c >= 0xe0 && c <= 0xef) {
        // E0: no overlong forms; ED: no surrogates.
        const ok1 = c === 0xe0 ? cont(1, 0xa0) : c === 0xed ? cont(1, 0x80, 0x9f) : cont(1);
        return ok1 && cont(2) ? 3 : 0;
    }
    if (c >= 0xf0 && c <= 0xf4) {
        const ok1 = c === 0xf0 ? cont(1, 0x90) : c === 0xf4 ? cont(1, 0x80, 0x8f) : cont(1);
        return ok1 && cont(2) && cont(3) ? 4 : 0;
    }
    return 0;
}
/** Whether the string holds bytes that are not UTF-8 (kept as described above). */
function holdsRawBytes(s) {
    return RAW_BYTE.test(s);
}
/** A Go string's bytes: its text as UTF-8, its kept bytes as themselves. */
function goStringBytes(s) {
    if (!RAW_BYTE.test(s))
        return Buffer.from(s, 'utf8');
    const parts = [];
    let start = 0;
    for (const m of s.matchAll(RAW_BYTES)) {
        parts.push(Buffer.from(s.slice(start, m.index), 'utf8'), Buffer.of(s.charCodeAt(m.index) - RAW_BYTE_BASE));
        start = m.index + 1;
    }
    parts.push(Buffer.from(s.slice(start), 'utf8'));
    return Buffer.concat(parts);
}
/** A Go string's length in bytes (its text as UTF-8, a kept byte as one), without encoding it. */
function goStringByteLength(s) {
    let n = s.length;
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c < 0x80)
            continue;
        if (c < 0x800)
            n += 1;
        else if (c >= 0xdc80 && c <= 0xdcff)
            continue; // a kept byte: one byte
        else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
            n += 2; // a surrogate pair (2 UTF-16 units) is 4 bytes
            i++;
        }
        else
            n += 2;
    }
    return n;
}
/** The string as Go's rune-by-rune readers see it: each kept byte is U+FFFD (utf8.RuneError). */
function goRuneText(s) {
    return RAW_BYTE.test(s) ? s.replace(RAW_BYTES, '\ufffd') : s;
}
/** The byte a kept-byte code unit stands for, or -1 for any other code unit. */
function rawByteOf(codeUnit) {
    return codeUnit >= 0xdc80 && codeUnit <= 0xdcff ? codeUnit - RAW_BYTE_BASE : -1;
}


/***/ }),

/***/ 12889:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M7: () => (/* binding */ goUnquote),
/* harmony export */   Oq: () => (/* binding */ goQuoteASCII),
/* harmony export */   aL: () => (/* binding */ isGoPrint),
/* harmony export */   dg: () => (/* binding */ goQuote),
/* harmony export */   py: () => (/* binding */ goQuoteRune)
/* harmony export */ });
/* harmony import */ var _goBytes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38390);
/** strconv.Quote / QuoteRune and unicode.IsPrint as Go defines them. */

const PRINTABLE = /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u;
function isGoPrint(cp) {
    if (cp < 0x20 || cp === 0x7f)
        return false;
    if (cp < 0x7f)
        return true;
    return PRINTABLE.test(String.fromCodePoint(cp));
}
function escapeRune(cp, quote, out) {
    if (cp === quote || cp === 0x5c) {
        out.push('\\', String.fromCodePoint(cp));
        return;
    }
    if (isGoPrint(cp)) {
        out.push(String.fromCodePoint(cp));
        return;
    }
    switch (cp) {
        case 7:
            out.push('\\a');
            return;
        case 8:
            out.push('\\b');
            return;
        case 12:
            out.push('\\f');
            return;
        case 10:
            out.push('\\n');
            return;
        case 13:
            out.push('\\r');
            return;
        case 9:
            out.push('\\t');
            return;
        case 11:
            out.push('\\v');
            return;
    }
    if (cp < 0x20 || cp === 0x7f)
        out.push('\\x' + cp.toString(16).padStart(2, '0'));
    else if ((0,_goBytes_js__WEBPACK_IMPORTED_MODULE_0__/* .rawByteOf */ .Ye)(cp) >= 0)
        out.push('\\x' + (0,_goBytes_js__WEBPACK_IMPORTED_MODULE_0__/* .rawByteOf */ .Ye)(cp).toString(16).padStart(2, '0'));
    else if (cp >= 0xd800 && cp <= 0xdfff)
        out.push('\\ufffd');
    else if (cp < 0x10000)
        out.push('\\u' + cp.toString(16).padStart(4, '0'));
    else
        out.push('\\U' + cp.toString(16).padStart(8, '0'));
}
/** strconv.Quote. */
function goQuote(s) {
    // Fast path: plain printable ASCII without quotes or backslashes.
    if (/^[\x20-\x21\x23-\x5b\x5d-\x7e]*$/.test(s))
        return '"' + s + '"';
    const out = ['"'];
    for (const ch of s)
        escapeRune(ch.codePointAt(0), 0x22, out);
    out.push('"');
    return out.join('');
}
/** strconv.QuoteToASCII. */
function goQuoteASCII(s) {
    const out = ['"'];
    for (const ch of s) {
        const cp = ch.codePointAt(0);
        if (cp < 0x80 || (0,_goBytes_js__WEBPACK_IMPORTED_MODULE_0__/* .rawByteOf */ .Ye)(cp) >= 0)
            escapeRune(cp, 0x22, out);
        else if (cp < 0x10000)
            out.push('\\u' + cp.toString(16).padStart(4, '0'));
        else
            out.push('\\U' + cp.toString(16).padStart(8, '0'));
    }
    out.push('"');
    return out.join('');
}
/** strconv.QuoteRune. */
function goQuoteRune(cp) {
    if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff) || cp < 0)
        cp = 0xfffd;
    const out = ["'"];
    escapeRune(cp, 0x27, out);
    out.push("'");
    return out.join('');
}
/** strconv.Unquote for the literal forms the template lexer produces ("…", `…`, '…'). */
function goUnquote(text) {
    const q = text[0];
    if (q === '`') {
        if (text.length < 2 || text[text.length - 1] !== '`')
            throw new Error('invalid syntax');
        return text.slice(1, -1).replace(/\r/g, '');
    }
    if (text.length < 2 || text[text.length - 1] !== q)
        throw new Error('invalid syntax');
    const body = text.slice(1, -1);
    if (!body.includes('\\')) {
        if (q === "'" && [...body].length !== 1)
            throw new Error('invalid syntax');
        return body;
    }
    let out = '';
    let i = 0;
    let runes = 0;
    const bytes = [];
    const flushBytes = () => {
        if (bytes.length) {
            out += (0,_goBytes_js__WEBPACK_IMPORTED_MODULE_0__/* .decodeGoBytes */ .mG)(Uint8Array.from(bytes));
            bytes.length = 0;
        }
    };
    while (i < body.length) {
        const c = body[i];
        runes++;
        if (c !== '\\') {
            flushBytes();
            if (c === q && q === "'")
                throw new Error('invalid syntax');
            const cp = body.codePointAt(i);
            out += String.fromCodePoint(cp);
            i += cp > 0xffff ? 2 : 1;
            continue;
        }
        const e = body[i + 1];
        i += 2;
        const simple = { a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\' };
        if (e !== undefined && simple[e] !== undefined) {
            flushBytes();
            out += simple[e];
            continue;
        }
        if (e === q) {
            flushBytes();
            out += q;
            continue;
        }
        if (e === 'x' || e === 'u' || e === 'U') {
            const n = e === 'x' ? 2 : e === 'u' ? 4 : 8;
            const hex = body.slice(i, i + n);
            if (hex.length !== n || !/^[0-9a-fA-F]+$/.test(hex))
                throw new Error('invalid syntax');
            i += n;
            const v = parseInt(hex, 16);
            if (e === 'x') {
                if (q === "'") {
                    flushBytes();
                    out += String.fromCodePoint(v);
                }
                else
                    bytes.push(v);
            }
            else {
                if (v > 0x10ffff || (v >= 0xd800 && v < 0xe000))
                    throw new Error('invalid syntax');
                flushBytes();
                out += String.fromCodePoint(v);
            }
            continue;
        }
        if (e !== undefined && e >= '0' && e <= '7') {
            const oct = body.slice(i - 1, i + 2);
            if (!/^[0-7]{3}$/.test(oct))
                throw new Error('invalid syntax');
            i += 2;
            const v = parseInt(oct, 8);
            if (v > 255)
                throw new Error('invalid syntax');
            if (q === "'") {
                flushBytes();
                out += String.fromCodePoint(v);
            }
            else
                bytes.push(v);
            continue;
        }
        throw new Error('invalid syntax');
    }
    flushBytes();
    if (q === "'" && runes !== 1)
        throw new Error('invalid syntax');
    return out;
}


/***/ }),

/***/ 31328:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ TemplateRenderError)
/* harmony export */ });
/* harmony import */ var _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16602);

/**
 * An error from rendering a chart's templates (after its values were accepted): Helm's install action
 * returns these with a partial release, so `helm template` adds "Use --debug flag to render out invalid
 * YAML", and with --debug prints what was rendered. `renderedFiles` is that material when the templates
 * executed and their output was not valid YAML.
 */
class TemplateRenderError extends _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_0__.SlipwayError {
    renderedFiles;
    constructor(kind, message, options = {}) {
        super(kind, message, options);
        this.renderedFiles = options.renderedFiles;
    }
}


/***/ }),

/***/ 9174:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ valueOptionsOf)
/* harmony export */ });
/** The flags as the values merge takes them (valueOptions.ts). */
function valueOptionsOf(flags) {
    return {
        valueFiles: flags.values,
        values: flags.set,
        stringValues: flags.setString,
        fileValues: flags.setFile,
        jsonValues: flags.setJson,
        literalValues: flags.setLiteral,
    };
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
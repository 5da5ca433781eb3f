"use strict";
exports.id = 4771;
exports.ids = [4771,8571,4600,3809];
exports.modules = {

/***/ 59195:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(96421);
// EXTERNAL MODULE: ./src/ci/github/actionInputs.ts
var actionInputs = __webpack_require__(59379);
// EXTERNAL MODULE: ./src/ci/github/packagesDeleter.ts
var packagesDeleter = __webpack_require__(20490);
// EXTERNAL MODULE: ./src/ci/gitlab/registryDeleter.ts
var registryDeleter = __webpack_require__(19904);
// EXTERNAL MODULE: ./src/ci/github/stepCredentials.ts + 1 modules
var stepCredentials = __webpack_require__(28249);
// EXTERNAL MODULE: ./src/ci/github/targetInputs.ts
var targetInputs = __webpack_require__(41860);
// EXTERNAL MODULE: ./src/core/cleanup/cleanupReport.ts
var cleanupReport = __webpack_require__(27746);
// EXTERNAL MODULE: ./src/core/cleanup/runCleanup.ts + 9 modules
var runCleanup = __webpack_require__(89697);
// EXTERNAL MODULE: ./src/core/errors/inputNames.ts
var inputNames = __webpack_require__(59251);
// EXTERNAL MODULE: ./src/core/errors/slipwayError.ts
var slipwayError = __webpack_require__(16602);
// EXTERNAL MODULE: ./src/core/kube/kubeContexts.ts
var kubeContexts = __webpack_require__(53048);
// EXTERNAL MODULE: ./src/core/secretValue.ts
var secretValue = __webpack_require__(78014);
// EXTERNAL MODULE: ./src/core/cleanup/keepList.ts
var keepList = __webpack_require__(37271);
;// CONCATENATED MODULE: ./src/report/cleanupSummary.ts

const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const cell = (text) => escapeHtml(text).replace(/\|/g, '&#124;').replace(/\r?\n/g, ' ');
/** Rows shown per table before the rest is only counted (a job summary must stay under 1 MiB). */
const maxRows = 500;
/**
 * The job summary of a cleanup (Markdown with HTML, for GitHub's step summary and GitLab's job log reports):
 * counts first, then every deleted image and every kept one with its reasons, each table in `<details>`. Pure.
 */
function cleanupSummary(result) {
    const { plan } = result;
    const verb = result.dryRun ? 'would delete' : 'deleted';
    const bytes = (0,cleanupReport/* deletedBytes */.LX)(result);
    const out = [];
    out.push(`### slipway cleanup${result.dryRun ? ' (dry run)' : ''}: ${escapeHtml(result.repository)}`, '');
    out.push(`**${plan.deleted.length}** image(s) ${verb}${bytes !== undefined ? ` (${(0,cleanupReport/* bytesText */.pV)(bytes)} listed in their manifests)` : ''}, **${plan.kept.length}** kept, ` +
        `${plan.deletedRecords.length} commit record(s) ${verb}, ${plan.foreign.length} tag(s) not slipway's left alone.`, '');
    const kube = result.kube === 'disabled' ? 'Kubernetes policy disabled' : result.kube === 'skipped' ? '**clusters not read** (`--without-kube`): running images were not protected' : `${result.kube.uses} container(s) using the repository in ${result.kube.contexts.map((c) => `\`${escapeHtml(c)}\``).join(', ')}`;
    const git = result.git === 'disabled' ? 'Git-history policy disabled' : `${result.git.references} references, ${result.git.commits} commits`;
    out.push(`Read: ${result.tags} tags, ${result.records} commit records; ${git}; ${kube}. ${result.registryRequests.total} registry requests.`, '');
    const table = (title, header, rows, open) => {
        out.push(`<details${open ? ' open' : ''}><summary>${escapeHtml(title)}</summary>`, '');
        out.push(`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`);
        for (const row of rows.slice(0, maxRows))
            out.push(`| ${row.map(cell).join(' | ')} |`);
        if (rows.length > maxRows)
            out.push('', `… and ${rows.length - maxRows} more (see the JSON report)`);
        out.push('', '</details>', '');
    };
    if (plan.deleted.length > 0) {
        table(`${verb} (${plan.deleted.length})`, ['tags', 'digest', 'size'], plan.deleted.map((image) => {
            const size = image.tags.map((tag) => result.sizes[tag]).find((value) => value !== undefined);
            return [image.tags.join(', '), image.digest, size !== undefined ? (0,cleanupReport/* bytesText */.pV)(size) : ''];
        }), true);
    }
    if (plan.kept.length > 0) {
        table(`kept (${plan.kept.length})`, ['tag', 'why'], plan.kept.map((image) => [image.tag, image.reasons.map((reason) => (0,cleanupReport/* keepReasonText */.v2)(reason, result.policies)).join('; ')]), plan.deleted.length === 0);
    }
    return `${out.join('\n')}\n`;
}

// EXTERNAL MODULE: ./src/actions/runAction.ts
var runAction = __webpack_require__(62104);
;// CONCATENATED MODULE: ./src/actions/cleanup.ts


















/** GitHub edge of cleanup: inputs → runCleanup → report in the log, JSON report file, outputs, job summary. */
const run = () => (0,runAction.actionStep)('cleanup', cleanupAction);
async function cleanupAction() {
    const { credentials, kube: connection, registry } = (0,targetInputs/* readTargetInputs */.b)({ registry: true, kube: true });
    let kube = 'without-kube';
    try {
        if (!registry.repo)
            throw new slipwayError.SlipwayError('input', "input 'repo' is required", { where: { input: 'repo' }, hint: "add 'repo: <registry>/<path>' under 'with:' (or set SLIPWAY_REPO)" });
        const dryRun = (0,actionInputs/* booleanInput */.tE)('dry-run', false);
        const withoutKube = (0,actionInputs/* booleanInput */.tE)('without-kube', false);
        const contexts = (0,actionInputs/* listInput */.dt)('kube-context', { commas: true });
        if (withoutKube && contexts.length > 0)
            throw new slipwayError.SlipwayError('input', "inputs 'without-kube' and 'kube-context' contradict each other", { where: { input: 'without-kube' } });
        const hoursText = (0,actionInputs/* stringInput */.Uj)('keep-built-within-hours');
        const keepBuiltWithinHours = hoursText === undefined ? undefined : Number(hoursText);
        if (keepBuiltWithinHours !== undefined && (!Number.isInteger(keepBuiltWithinHours) || keepBuiltWithinHours < 0)) {
            throw new slipwayError.SlipwayError('input', `input 'keep-built-within-hours' must be a whole number of hours (0 disables), not "${hoursText}"`, { where: { input: 'keep-built-within-hours' } });
        }
        const parallelText = (0,actionInputs/* stringInput */.Uj)('parallel') ?? '8';
        const parallelism = Number(parallelText);
        if (!Number.isInteger(parallelism) || parallelism < 1)
            throw new slipwayError.SlipwayError('input', `input 'parallel' must be a positive whole number, not "${parallelText}"`, { where: { input: 'parallel' } });
        const token = core/* getInput */.V4('github-token') || process.env.SLIPWAY_GITHUB_TOKEN || '';
        if (token)
            core/* setSecret */.Pq(token);
        if (!withoutKube) {
            const { context: _one, ...rest } = connection;
            kube = (0,kubeContexts/* kubeClientsForContexts */.B)(rest, contexts, { inputNames: inputNames/* actionInputNames */.Li });
        }
        const result = await (0,runCleanup/* runCleanup */.K)({
            dir: (0,actionInputs/* workingDirectoryInput */.RW)(),
            ...((0,actionInputs/* stringInput */.Uj)('config') !== undefined ? { configFile: (0,actionInputs/* stringInput */.Uj)('config') } : {}),
            repo: registry.repo,
            ...(registry.username !== undefined ? { username: registry.username } : {}),
            ...(registry.password !== undefined ? { password: registry.password } : {}),
            ...(registry.dockerConfigDir ? { env: { ...process.env, DOCKER_CONFIG: registry.dockerConfigDir } } : {}),
            dryRun,
            kube,
            fetch: (0,actionInputs/* booleanInput */.tE)('fetch', true),
            keep: (0,keepList/* keepMatches */.X)((0,actionInputs/* listInput */.dt)('keep'), 'keep'),
            ...(keepBuiltWithinHours !== undefined ? { keepBuiltWithinHours } : {}),
            parallelism,
            deleter: registryApiDeleter(token, process.env),
            inputNames: inputNames/* actionInputNames */.Li,
            log: { info: (message) => core/* info */.pq(message), warning: (message) => core/* warning */.$e(message) },
        });
        for (const line of (0,cleanupReport/* cleanupReportLines */.wz)(result))
            core/* info */.pq(line);
        const reportPath = (0,external_node_path_.join)(process.env.RUNNER_TEMP ?? (0,external_node_os_.tmpdir)(), 'slipway-cleanup-report.json');
        await (0,promises_.writeFile)(reportPath, (0,cleanupReport/* cleanupReportJson */.P8)(result));
        core/* setOutput */.uH('report', reportPath);
        core/* setOutput */.uH('deleted', JSON.stringify(result.plan.deleted.flatMap((image) => image.tags.map((tag) => `${result.repository}:${tag}`))));
        core/* setOutput */.uH('kept', String(result.plan.kept.length));
        if (process.env.GITHUB_STEP_SUMMARY)
            await core/* summary */.z.addRaw(cleanupSummary(result)).write();
    }
    finally {
        if (kube !== 'without-kube')
            for (const target of kube)
                target.client.close();
        (0,stepCredentials/* removeStepCredentials */.PI)(credentials.dir);
    }
}
/** ghcr.io through the GitHub API (with a token), the GitLab project's registry through GitLab's API (with SLIPWAY_GITLAB_TOKEN). */
function registryApiDeleter(githubToken, env) {
    const github = githubToken ? (0,packagesDeleter/* githubPackagesDeleter */.a)(new secretValue/* SecretValue */.i(githubToken), env) : undefined;
    const gitlab = env.SLIPWAY_GITLAB_TOKEN ? (0,registryDeleter/* gitlabRegistryDeleter */.w)(new secretValue/* SecretValue */.i(env.SLIPWAY_GITLAB_TOKEN), env) : undefined;
    return (repository) => github?.(repository) ?? gitlab?.(repository);
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

/***/ 28249:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  w7: () => (/* binding */ prepareStepCredentials),
  PI: () => (/* binding */ removeStepCredentials)
});

// UNUSED EXPORTS: credentialsStateKey

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(96421);
// EXTERNAL MODULE: ./src/core/errors/slipwayError.ts
var slipwayError = __webpack_require__(16602);
// EXTERNAL MODULE: ./src/core/secretValue.ts
var secretValue = __webpack_require__(78014);
// EXTERNAL MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(33243);
;// CONCATENATED MODULE: ./src/ci/credentialSecrets.ts

/**
 * The strings of a kubeconfig that must never appear in a log: every user's token, password, client key
 * and certificate (the *-data fields as given and decoded, line by line: a runner masks a secret one line
 * at a time, so a PEM masked whole would still print), auth-provider tokens and exec credentials' env
 * values. Pure; unparseable text gives its own lines, so nothing slips through on a typo.
 */
function kubeconfigSecrets(text) {
    let doc;
    try {
        doc = (0,js_yaml/* load */.Hh)(text);
    }
    catch {
        return secretLines(text);
    }
    const secrets = [];
    const users = doc?.users;
    const clusters = doc?.clusters;
    for (const entry of Array.isArray(users) ? users : []) {
        const user = entry?.user ?? {};
        for (const key of ['token', 'password'])
            if (typeof user[key] === 'string')
                secrets.push(...secretLines(user[key]));
        for (const key of ['client-key-data', 'client-certificate-data']) {
            if (typeof user[key] === 'string')
                secrets.push(...secretLines(user[key]), ...secretLines(Buffer.from(user[key], 'base64').toString('utf8')));
        }
        const provider = user['auth-provider']?.config ?? {};
        for (const key of ['id-token', 'refresh-token', 'access-token', 'client-secret'])
            if (typeof provider[key] === 'string')
                secrets.push(...secretLines(provider[key]));
        const execEnv = user.exec?.env;
        for (const variable of Array.isArray(execEnv) ? execEnv : [])
            if (typeof variable?.value === 'string')
                secrets.push(...secretLines(variable.value));
    }
    for (const entry of Array.isArray(clusters) ? clusters : []) {
        const data = entry?.cluster?.['certificate-authority-data'];
        if (typeof data === 'string')
            secrets.push(...secretLines(data), ...secretLines(Buffer.from(data, 'base64').toString('utf8')));
    }
    return [...new Set(secrets)];
}
/**
 * The lines of a secret worth masking: PEM armour lines and very short lines are common text, and a
 * mask on them would blank unrelated log lines without protecting anything.
 */
function secretLines(value) {
    const lines = value.split(/\r?\n/).map((line) => line.trim());
    return lines.filter((line) => line.length >= 4 && !/^-----(BEGIN|END) [A-Z0-9 ]+-----$/.test(line));
}
/**
 * What a `kubeconfig` input holds: a file path, base64 of a kubeconfig (a repository secret), or the
 * kubeconfig YAML itself. Pure (the caller says whether the value names an existing file).
 */
function classifyKubeconfigInput(value, isFile) {
    const trimmed = value.trim();
    if (!trimmed.includes('\n') && isFile(trimmed))
        return { kind: 'path', path: trimmed };
    if (looksLikeKubeconfig(trimmed))
        return { kind: 'content', text: trimmed };
    if (/^[A-Za-z0-9+/=\s]+$/.test(trimmed)) {
        const decoded = Buffer.from(trimmed.replace(/\s+/g, ''), 'base64').toString('utf8');
        if (looksLikeKubeconfig(decoded))
            return { kind: 'content', text: decoded };
    }
    return { kind: 'invalid' };
}
function looksLikeKubeconfig(text) {
    return /^(apiVersion|kind|clusters|contexts|users|current-context)\s*:/m.test(text);
}

;// CONCATENATED MODULE: ./src/ci/github/stepCredentials.ts







/** The state key under which the main step tells the post step what to remove. */
const credentialsStateKey = 'slipway-credentials-dir';
/**
 * Writes the step's credentials to private files: a `kubeconfig` input (a path, base64 or YAML) and
 * the registry username and password. Every secret inside is masked line by line before anything else
 * runs; nothing is exported (no GITHUB_ENV, no outputs): a later step cannot see them. The directory is
 * saved in the step state so the post step removes it even when the main step was cancelled.
 */
function prepareStepCredentials(inputs, env = process.env) {
    if (inputs.kubeconfig !== undefined)
        for (const line of secretLines(inputs.kubeconfig))
            core/* setSecret */.Pq(line);
    if (inputs.registry)
        for (const line of secretLines(inputs.registry.password))
            core/* setSecret */.Pq(line);
    const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'slipway-credentials-'));
    core/* saveState */.LZ(credentialsStateKey, dir);
    const credentials = { dir };
    if (inputs.kubeconfig !== undefined) {
        const found = classifyKubeconfigInput(inputs.kubeconfig, (path) => (0,external_node_fs_.existsSync)(path) && (0,external_node_fs_.statSync)(path).isFile());
        if (found.kind === 'invalid') {
            throw new slipwayError.SlipwayError('input', "input 'kubeconfig' is neither a kubeconfig file path, nor a kubeconfig, nor base64 of one", {
                where: { input: 'kubeconfig' },
                hint: 'store the whole file as a secret (base64 -w0 ~/.kube/config) and pass kubeconfig: ${{ secrets.KUBECONFIG_BASE64 }}',
            });
        }
        const text = found.kind === 'path' ? (0,external_node_fs_.readFileSync)(found.path, 'utf8') : found.text;
        for (const secret of kubeconfigSecrets(text))
            core/* setSecret */.Pq(secret);
        credentials.kubeconfigPath = (0,external_node_path_.join)(dir, 'kubeconfig');
        (0,external_node_fs_.writeFileSync)(credentials.kubeconfigPath, text, { mode: 0o600 });
    }
    if (inputs.registry) {
        const { host, username, password } = inputs.registry;
        const auth = Buffer.from(`${username}:${password}`).toString('base64');
        core/* setSecret */.Pq(auth);
        credentials.dockerConfigDir = (0,external_node_path_.join)(dir, 'docker');
        (0,external_node_fs_.mkdirSync)(credentials.dockerConfigDir, { mode: 0o700 });
        (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(credentials.dockerConfigDir, 'config.json'), `${JSON.stringify({ auths: { [host]: { auth } } })}\n`, { mode: 0o600 });
        credentials.registryPassword = new secretValue/* SecretValue */.i(password);
    }
    return credentials;
}
/** The post step: removes what the main step wrote (a no-op when it wrote nothing or already removed it). */
function removeStepCredentials(dir = core/* getState */.Gu(credentialsStateKey)) {
    if (!dir || !(0,external_node_fs_.existsSync)(dir))
        return false;
    (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
    return true;
}


/***/ }),

/***/ 41860:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ readTargetInputs)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96421);
/* harmony import */ var _core_registry_imageRepository_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(10966);
/* harmony import */ var _core_errors_inputNames_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(59251);
/* harmony import */ var _core_errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(16602);
/* harmony import */ var _registryEnvironment_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(91068);
/* harmony import */ var _actionInputs_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(59379);
/* harmony import */ var _stepCredentials_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(28249);







/**
 * The inputs every cluster- or registry-facing action shares: `kubeconfig` (a path, base64 or YAML),
 * `kube-context`, `repo`, `registry-username` / `registry-password`, `builder`. Credentials are written
 * to the step's private files and masked here, before anything can print them.
 */
function readTargetInputs(options) {
    const kubeconfig = options.kube ? (0,_actionInputs_js__WEBPACK_IMPORTED_MODULE_5__/* .stringInput */ .Uj)('kubeconfig') : undefined;
    const kubeContext = options.kube ? (0,_actionInputs_js__WEBPACK_IMPORTED_MODULE_5__/* .stringInput */ .Uj)('kube-context') : undefined;
    const registry = options.registry ? (0,_registryEnvironment_js__WEBPACK_IMPORTED_MODULE_4__/* .registryFromEnvironment */ .d)(process.env, (0,_actionInputs_js__WEBPACK_IMPORTED_MODULE_5__/* .stringInput */ .Uj)('repo')) : {};
    const username = options.registry ? (0,_actionInputs_js__WEBPACK_IMPORTED_MODULE_5__/* .stringInput */ .Uj)('registry-username') : undefined;
    // Not trimmed or logged: a password is taken exactly as given.
    const password = options.registry ? _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('registry-password', { trimWhitespace: false }) : '';
    if ((username === undefined) !== (password === '')) {
        throw new _core_errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_3__.SlipwayError('input', 'registry credentials need both a username and a password', { where: { input: username === undefined ? 'registry-username' : 'registry-password' }, hint: "set both 'registry-username' and 'registry-password' (e.g. ${{ github.actor }} and ${{ secrets.GITHUB_TOKEN }} for ghcr.io), or neither to use Docker's config (docker/login-action)" });
    }
    let registryLogin;
    if (username !== undefined) {
        if (!registry.repo)
            throw new _core_errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_3__.SlipwayError('input', "input 'registry-username' needs input 'repo'", { where: { input: 'repo' }, hint: 'the credentials are for the registry of repo, e.g. ghcr.io/acme/shop' });
        registryLogin = { host: (0,_core_registry_imageRepository_js__WEBPACK_IMPORTED_MODULE_1__/* .parseImageRepository */ .f)(registry.repo, { input: 'repo' }).registry, username, password };
    }
    const credentials = (0,_stepCredentials_js__WEBPACK_IMPORTED_MODULE_6__/* .prepareStepCredentials */ .w7)({ ...(kubeconfig !== undefined ? { kubeconfig } : {}), ...(registryLogin ? { registry: registryLogin } : {}) });
    if (credentials.dockerConfigDir) {
        // Explicit inputs win over CI variables (a GitLab job token is then not used).
        delete registry.username;
        delete registry.password;
        registry.dockerConfigDir = credentials.dockerConfigDir;
    }
    if (options.registry) {
        const builder = (0,_actionInputs_js__WEBPACK_IMPORTED_MODULE_5__/* .choiceInput */ .ij)('builder', ['auto', 'docker', 'buildah'], 'auto');
        if (builder !== 'auto')
            registry.builder = builder;
        const network = (0,_actionInputs_js__WEBPACK_IMPORTED_MODULE_5__/* .stringInput */ .Uj)('network');
        if (network)
            registry.network = network;
    }
    return {
        credentials,
        kube: { ...(credentials.kubeconfigPath ? { kubeconfigPath: credentials.kubeconfigPath } : {}), ...(kubeContext ? { context: kubeContext } : {}), inputNames: _core_errors_inputNames_js__WEBPACK_IMPORTED_MODULE_2__/* .actionInputNames */ .Li },
        registry,
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
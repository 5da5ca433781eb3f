"use strict";
exports.id = 3085;
exports.ids = [3085,8571,4600,7451,3809];
exports.modules = {

/***/ 44629:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(96421);
/* harmony import */ var _ci_github_actionInputs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(59379);
/* harmony import */ var _ci_github_targetInputs_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(41860);
/* harmony import */ var _ci_github_stepCredentials_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(28249);
/* harmony import */ var _ci_github_shallowCheckout_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(66854);
/* harmony import */ var _core_errors_inputNames_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(59251);
/* harmony import */ var _runAction_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(62104);
/* harmony import */ var _core_errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(16602);
/* harmony import */ var _core_images_buildImages_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(25252);
/* harmony import */ var _core_images_buildReport_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(19292);
/* harmony import */ var _core_images_buildResult_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(27451);














/** GitHub edge of build-images: inputs → buildImages → outputs, one log group per image, a job summary. */
const run = () => (0,_runAction_js__WEBPACK_IMPORTED_MODULE_9__.actionStep)('build-images', buildImagesAction);
async function buildImagesAction() {
    const { credentials, registry } = (0,_ci_github_targetInputs_js__WEBPACK_IMPORTED_MODULE_5__/* .readTargetInputs */ .b)({ registry: true, kube: false });
    try {
        await buildWith(registry);
    }
    finally {
        (0,_ci_github_stepCredentials_js__WEBPACK_IMPORTED_MODULE_6__/* .removeStepCredentials */ .PI)(credentials.dir);
    }
}
async function buildWith(registry) {
    const repo = registry.repo;
    if (!repo)
        throw new _core_errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_10__.SlipwayError('input', "input 'repo' is required", { where: { input: 'repo' }, hint: "add 'repo: <registry>/<path>' under 'with:' (or set SLIPWAY_REPO)" });
    const images = (0,_ci_github_actionInputs_js__WEBPACK_IMPORTED_MODULE_4__/* .listInput */ .dt)('images', { commas: true });
    const dev = (0,_ci_github_actionInputs_js__WEBPACK_IMPORTED_MODULE_4__/* .booleanInput */ .tE)('dev', false);
    const requireBuiltImages = (0,_ci_github_actionInputs_js__WEBPACK_IMPORTED_MODULE_4__/* .booleanInput */ .tE)('require-built-images', false);
    const commit = (0,_ci_github_actionInputs_js__WEBPACK_IMPORTED_MODULE_4__/* .stringInput */ .Uj)('commit');
    const parallelText = (0,_ci_github_actionInputs_js__WEBPACK_IMPORTED_MODULE_4__/* .stringInput */ .Uj)('parallel') ?? '2';
    const parallelism = Number(parallelText);
    if (!Number.isInteger(parallelism) || parallelism < 1)
        throw new _core_errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_10__.SlipwayError('input', `input 'parallel' must be a positive whole number, not "${parallelText}"`, { where: { input: 'parallel' } });
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
        result = await (0,_core_images_buildImages_js__WEBPACK_IMPORTED_MODULE_11__.buildImages)({
            dir: workingDirectory,
            repo,
            ...(commit !== undefined ? { commit } : {}),
            dev,
            images,
            ...(registry.builder ? { builder: registry.builder } : {}),
            requireBuiltImages,
            ...(registry.username !== undefined ? { username: registry.username } : {}),
            ...(registry.password !== undefined ? { password: registry.password } : {}),
            ...(registry.dockerConfigDir ? { env: { ...process.env, DOCKER_CONFIG: registry.dockerConfigDir } } : {}),
            parallelism,
            ...(registry.network !== undefined ? { network: registry.network } : {}),
            inputNames: _core_errors_inputNames_js__WEBPACK_IMPORTED_MODULE_8__/* .actionInputNames */ .Li,
            log,
        });
    }
    catch (error) {
        const partial = error.partialResult;
        if (partial)
            await publish(partial);
        throw await (0,_ci_github_shallowCheckout_js__WEBPACK_IMPORTED_MODULE_7__/* .explainShallowCheckout */ .e)(error, workingDirectory);
    }
    await publish(result);
}
async function publish(result) {
    const dir = process.env.RUNNER_TEMP ?? (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)();
    const reportPath = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'slipway-build-report.json');
    const dotenvPath = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'slipway-build.env');
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(reportPath, (0,_core_images_buildReport_js__WEBPACK_IMPORTED_MODULE_12__/* .buildReportJson */ .HG)(result));
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(dotenvPath, (0,_core_images_buildReport_js__WEBPACK_IMPORTED_MODULE_12__/* .buildReportDotenv */ .Ho)(result));
    const usable = result.images.filter((image) => image.action === 'built' || image.action === 'reused');
    _actions_core__WEBPACK_IMPORTED_MODULE_3__/* .setOutput */ .uH('images', JSON.stringify(Object.fromEntries(usable.map((image) => [image.name, image.reference]))));
    _actions_core__WEBPACK_IMPORTED_MODULE_3__/* .setOutput */ .uH('digests', JSON.stringify(Object.fromEntries(usable.map((image) => [image.name, image.digest]))));
    _actions_core__WEBPACK_IMPORTED_MODULE_3__/* .setOutput */ .uH('built', result.images.filter((image) => image.action === 'built').map((image) => image.name).join(','));
    _actions_core__WEBPACK_IMPORTED_MODULE_3__/* .setOutput */ .uH('reused', result.images.filter((image) => image.action === 'reused').map((image) => image.name).join(','));
    _actions_core__WEBPACK_IMPORTED_MODULE_3__/* .setOutput */ .uH('values', JSON.stringify((0,_core_images_buildResult_js__WEBPACK_IMPORTED_MODULE_13__.chartImageValues)(result)));
    _actions_core__WEBPACK_IMPORTED_MODULE_3__/* .setOutput */ .uH('report', reportPath);
    _actions_core__WEBPACK_IMPORTED_MODULE_3__/* .setOutput */ .uH('dotenv', dotenvPath);
    for (const line of (0,_core_images_buildReport_js__WEBPACK_IMPORTED_MODULE_12__/* .buildSummaryLines */ ._0)(result))
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

/***/ 66854:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ explainShallowCheckout)
/* harmony export */ });
/* unused harmony export shallowCheckoutHint */
/* harmony import */ var _core_errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16602);

/**
 * actions/checkout fetches a single commit by default. Content tags and giterminism read one commit's
 * tree and work there, but whatever needs another commit (a `commit` input, an image's history, cleanup's
 * history walk) is missing: a git error from a shallow checkout gets the fix (`fetch-depth: 0`) as its hint.
 */
async function explainShallowCheckout(error, dir) {
    if (!(error instanceof _core_errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_0__.SlipwayError) || error.kind !== 'git')
        return error;
    const { isShallowRepository } = await __webpack_require__.e(/* import() */ 1680).then(__webpack_require__.bind(__webpack_require__, 11680));
    const shallow = await isShallowRepository(dir).catch(() => false);
    if (!shallow)
        return error;
    return new _core_errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_0__.SlipwayError(error.kind, `${error.message} (the checkout is shallow)`, {
        where: error.where,
        hint: `${shallowCheckoutHint}${error.hint ? `; ${error.hint}` : ''}`,
        cause: error,
    });
}
const shallowCheckoutHint = 'actions/checkout fetched only one commit: give it "with: fetch-depth: 0" (GitLab: variables: GIT_DEPTH: 0)';


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
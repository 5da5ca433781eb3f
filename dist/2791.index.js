"use strict";
exports.id = 2791;
exports.ids = [2791];
exports.modules = {

/***/ 12791:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96421);
/* harmony import */ var _ci_github_stepCredentials_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(28249);


/** The post step of every action (`runs.post`): the step's credential files are removed, whatever happened. */
async function run() {
    try {
        if ((0,_ci_github_stepCredentials_js__WEBPACK_IMPORTED_MODULE_1__/* .removeStepCredentials */ .PI)())
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq('slipway: removed the step credentials');
    }
    catch (error) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`slipway: could not remove the step credentials: ${error.message}`);
    }
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
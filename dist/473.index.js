"use strict";
exports.id = 473;
exports.ids = [473,1680,7505,7519];
exports.modules = {

/***/ 23246:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ ConfigNode),
/* harmony export */   k: () => (/* binding */ closest)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(16602);


/**
 * A node of a parsed YAML configuration file that knows where it is (file, line, column, field path),
 * so every validation error can name the exact place to fix. Readers (`string()`, `map()`…) check the
 * type and raise a SlipwayError of kind `config` otherwise.
 */
class ConfigNode {
    file;
    node;
    field;
    lines;
    fallbackOffset;
    constructor(file, node, field, lines, 
    /** Position used when this node is absent (the parent's). */
    fallbackOffset = 0) {
        this.file = file;
        this.node = node;
        this.field = field;
        this.lines = lines;
        this.fallbackOffset = fallbackOffset;
    }
    get present() {
        return this.node !== null && this.node !== undefined && !((0,yaml__WEBPACK_IMPORTED_MODULE_0__.isScalar)(this.node) && this.node.value === null);
    }
    get offset() {
        return this.node?.range?.[0] ?? this.fallbackOffset;
    }
    where() {
        const pos = this.lines.linePos(this.offset);
        return { file: this.file, line: pos.line, column: pos.col, ...(this.field ? { field: this.field } : {}) };
    }
    fail(message, hint) {
        throw new _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_1__.SlipwayError('config', message, { where: this.where(), ...(hint ? { hint } : {}) });
    }
    child(node, field, offset) {
        return new ConfigNode(this.file, node, field, this.lines, offset);
    }
    childField(key) {
        if (this.field === '')
            return key;
        return /^[A-Za-z0-9_-]+$/.test(key) ? `${this.field}.${key}` : `${this.field}[${JSON.stringify(key)}]`;
    }
    /** The entries of a mapping, in file order; keys must be strings. Unknown keys are an error. */
    map(options = {}) {
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__.isMap)(this.node))
            this.fail(`${options.what ?? (this.field || 'the document')} must be a mapping (key: value), not ${describe(this.node)}`);
        const entries = new Map();
        for (const pair of this.node.items) {
            const keyNode = pair.key;
            const key = (0,yaml__WEBPACK_IMPORTED_MODULE_0__.isScalar)(keyNode) ? keyNode.value : undefined;
            const keyOffset = keyNode?.range?.[0] ?? this.offset;
            if (typeof key !== 'string' && typeof key !== 'number') {
                this.child(keyNode, this.field, keyOffset).fail(`keys of ${this.field || 'the document'} must be strings`);
            }
            const name = String(key);
            const value = this.child(pair.value, this.childField(name), keyOffset);
            if (options.allowed && !options.allowed.includes(name)) {
                const suggestion = closest(name, options.allowed);
                new ConfigNode(this.file, keyNode, this.childField(name), this.lines, keyOffset).fail(`unknown field "${name}"${suggestion ? ` (did you mean "${suggestion}"?)` : ''}`, `allowed here: ${options.allowed.join(', ')}`);
            }
            entries.set(name, value);
        }
        return entries;
    }
    /** Reads a field of a mapping read with `map()`; absent fields give a node with `present === false`. */
    static get(entries, parent, key) {
        return entries.get(key) ?? parent.child(undefined, parent.childField(key), parent.offset);
    }
    list() {
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__.isSeq)(this.node))
            this.fail(`${this.field} must be a list, not ${describe(this.node)}`);
        return this.node.items.map((item, index) => this.child(item, `${this.field}[${index}]`, item?.range?.[0] ?? this.offset));
    }
    string(options = {}) {
        if (!this.present) {
            if (options.required)
                this.fail(`${this.field} is required`);
            return undefined;
        }
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__.isScalar)(this.node))
            this.fail(`${this.field} must be a string, not ${describe(this.node)}`);
        const value = this.node.value;
        if (typeof value === 'string')
            return value;
        if (options.scalars && (typeof value === 'number' || typeof value === 'boolean'))
            return String(this.node.source ?? value);
        return this.fail(`${this.field} must be a string, not ${describe(this.node)}`, options.scalars ? undefined : 'quote the value');
    }
    requiredString() {
        return this.string({ required: true });
    }
    integer(options = {}) {
        if (!this.present)
            return undefined;
        const value = (0,yaml__WEBPACK_IMPORTED_MODULE_0__.isScalar)(this.node) ? this.node.value : undefined;
        if (typeof value !== 'number' || !Number.isInteger(value))
            this.fail(`${this.field} must be a whole number, not ${describe(this.node)}`);
        if (options.min !== undefined && value < options.min)
            this.fail(`${this.field} must be at least ${options.min}, not ${value}`);
        return value;
    }
    boolean() {
        if (!this.present)
            return undefined;
        const value = (0,yaml__WEBPACK_IMPORTED_MODULE_0__.isScalar)(this.node) ? this.node.value : undefined;
        if (typeof value !== 'boolean')
            this.fail(`${this.field} must be true or false, not ${describe(this.node)}`);
        return value;
    }
    /** A list of strings, or a single string taken as a one-item list. */
    stringList() {
        if (!this.present)
            return [];
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__.isScalar)(this.node))
            return [this.requiredString()];
        return this.list().map((item) => item.requiredString());
    }
    /** A mapping of string to scalar (numbers and booleans are kept as written), e.g. build args. */
    stringMap() {
        if (!this.present)
            return {};
        const result = {};
        for (const [key, value] of this.map())
            result[key] = value.string({ required: true, scalars: true });
        return result;
    }
}
function describe(node) {
    if (node === null || node === undefined)
        return 'empty';
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__.isMap)(node))
        return 'a mapping';
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__.isSeq)(node))
        return 'a list';
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__.isScalar)(node)) {
        const value = node.value;
        if (value === null)
            return 'empty';
        if (typeof value === 'string')
            return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
        return `${typeof value} ${String(value)}`;
    }
    return 'an alias or tag';
}
/** The allowed word closest to `word` when it is plausibly a typo (edit distance ≤ 2). */
function closest(word, candidates) {
    let best;
    let bestDistance = 3;
    for (const candidate of candidates) {
        const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}
function editDistance(a, b) {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let previous = row[0];
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const current = row[j];
            row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
            previous = current;
        }
    }
    return row[b.length];
}


/***/ }),

/***/ 30473:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  openProject: () => (/* binding */ openProject)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/core/git/gitRepository.ts
var gitRepository = __webpack_require__(11680);
// EXTERNAL MODULE: ./src/core/git/projectTree.ts
var projectTree = __webpack_require__(47505);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/core/errors/slipwayError.ts
var slipwayError = __webpack_require__(16602);
;// CONCATENATED MODULE: ./src/core/git/sourceTree.ts






async function commitSourceTree(repoDir, commit) {
    const files = await (0,gitRepository/* listCommitFiles */.BV)(repoDir, commit);
    const byPath = new Map(files.map((file) => [file.path, file]));
    return {
        kind: 'commit',
        commit,
        files,
        async read(path) {
            const file = byPath.get(path);
            if (!file || file.mode === '160000')
                return undefined;
            return (0,gitRepository/* readBlob */.gm)(repoDir, file.id);
        },
        async materialize(paths) {
            const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'slipway-context-'));
            try {
                const present = paths.filter((path) => path === '.' || byPath.has(path) || files.some((file) => file.path.startsWith(`${path}/`)));
                if (present.length > 0)
                    await (0,gitRepository/* extractCommitPaths */.bH)(repoDir, commit, present, dir);
            }
            catch (error) {
                await (0,promises_.rm)(dir, { recursive: true, force: true });
                throw error;
            }
            return { dir, dispose: () => (0,promises_.rm)(dir, { recursive: true, force: true }) };
        },
    };
}
/** Git's blob id of some content (what `git hash-object` prints). */
function gitBlobId(content) {
    return (0,external_node_crypto_.createHash)('sha1').update(`blob ${content.length}\0`).update(content).digest('hex');
}
async function workingSourceTree(repoDir, headCommit) {
    const files = [];
    for (const path of (await (0,gitRepository/* listWorkingTreePaths */.A1)(repoDir)).sort()) {
        const full = (0,external_node_path_.join)(repoDir, path);
        const stat = await (0,promises_.lstat)(full).catch(() => undefined);
        if (!stat)
            continue; // deleted in the working tree
        if (stat.isSymbolicLink()) {
            files.push({ path, mode: '120000', id: gitBlobId(Buffer.from(await (0,promises_.readlink)(full))) });
        }
        else if (stat.isFile()) {
            files.push({ path, mode: stat.mode & 0o111 ? '100755' : '100644', id: gitBlobId(await (0,promises_.readFile)(full)) });
        }
        else if (stat.isDirectory()) {
            throw new slipwayError.SlipwayError('git', `${path} is a nested repository or submodule, which --dev cannot read`, { where: { file: path } });
        }
    }
    const byPath = new Map(files.map((file) => [file.path, file]));
    return {
        kind: 'working-tree',
        commit: headCommit,
        files,
        async read(path) {
            return byPath.has(path) ? (0,promises_.readFile)((0,external_node_path_.join)(repoDir, path)) : undefined;
        },
        async materialize() {
            return { dir: repoDir, dispose: async () => { } };
        },
    };
}

// EXTERNAL MODULE: ./src/core/config/configNode.ts
var configNode = __webpack_require__(23246);
// EXTERNAL MODULE: ./src/core/duration.ts
var duration = __webpack_require__(98571);
;// CONCATENATED MODULE: ./src/core/config/projectConfig.ts
/**
 * werf's default keep policies as its documentation gives them (docs/pages_en/usage/cleanup/cr_cleanup.md since
 * werf v2.30.0): the last 10 tags; for at most 10 branches active in the last week, 2 images of the last week;
 * 2 images of main, master, staging and production. (werf's code went back to 10 for the main branches in
 * v2.32.2, by a refactoring that left the documentation at 2; slipway follows the documentation.)
 */
const defaultKeepPolicies = [
    { references: { kind: 'tag', match: { regex: '.*' }, limit: { last: 10, operator: 'And' } } },
    {
        references: { kind: 'branch', match: { regex: '.*' }, limit: { last: 10, inMs: 168 * 3_600_000, operator: 'And' } },
        imagesPerReference: { last: 2, inMs: 168 * 3_600_000, operator: 'And' },
    },
    { references: { kind: 'branch', match: { regex: '^(main|master|staging|production)$' } }, imagesPerReference: { last: 2, operator: 'And' } },
];
const defaultReleaseTemplate = '{{project}}-{{env}}';
const defaultNamespaceTemplate = '{{project}}-{{env}}';
const defaultChartDir = '.helm';

;// CONCATENATED MODULE: ./src/core/config/cleanupConfig.ts




/** Reads a `cleanup:` section (same shape in slipway.yaml and werf.yaml). */
function readCleanupConfig(node) {
    if (!node.present) {
        return { keepPolicies: defaultKeepPolicies, keepImagesBuiltWithinLastNHours: 2, disableKubernetesBasedPolicy: false, disableGitHistoryBasedPolicy: false, keepImages: [] };
    }
    const fields = node.map({
        allowed: ['keepPolicies', 'keepImages', 'keepImagesBuiltWithinLastNHours', 'disableKubernetesBasedPolicy', 'disableGitHistoryBasedPolicy', 'disableBuiltWithinLastNHoursPolicy'],
    });
    const get = (key) => configNode/* ConfigNode */.R.get(fields, node, key);
    const policiesNode = get('keepPolicies');
    const keepPolicies = policiesNode.present ? policiesNode.list().map(readKeepPolicy) : defaultKeepPolicies;
    const keepImagesNode = get('keepImages');
    const hours = get('keepImagesBuiltWithinLastNHours').integer({ min: 0 });
    const disableBuiltWithin = get('disableBuiltWithinLastNHoursPolicy').boolean() ?? false;
    return {
        keepPolicies,
        ...(hours !== undefined && !disableBuiltWithin ? { keepImagesBuiltWithinLastNHours: hours } : {}),
        ...(hours === undefined && !disableBuiltWithin ? { keepImagesBuiltWithinLastNHours: 2 } : {}),
        disableKubernetesBasedPolicy: get('disableKubernetesBasedPolicy').boolean() ?? false,
        disableGitHistoryBasedPolicy: get('disableGitHistoryBasedPolicy').boolean() ?? false,
        keepImages: keepImagesNode.present ? keepImagesNode.list().map(readReferenceMatch) : [],
    };
}
function readKeepPolicy(node) {
    const fields = node.map({ allowed: ['references', 'imagesPerReference'] });
    const referencesNode = configNode/* ConfigNode */.R.get(fields, node, 'references');
    if (!referencesNode.present)
        referencesNode.fail(`${referencesNode.field} is required`, 'e.g. references: { branch: /.*/ }');
    const references = referencesNode.map({ allowed: ['branch', 'tag', 'limit'] });
    const branch = references.get('branch');
    const tag = references.get('tag');
    if ((branch === undefined) === (tag === undefined)) {
        referencesNode.fail(`${referencesNode.field} needs exactly one of "branch" or "tag"`);
    }
    const matchNode = (branch ?? tag);
    const limitNode = configNode/* ConfigNode */.R.get(references, referencesNode, 'limit');
    const limit = limitNode.present ? readLimit(limitNode) : undefined;
    const imagesNode = configNode/* ConfigNode */.R.get(fields, node, 'imagesPerReference');
    const imagesPerReference = imagesNode.present ? readLimit(imagesNode) : undefined;
    return {
        references: { kind: branch ? 'branch' : 'tag', match: readReferenceMatch(matchNode), ...(limit ? { limit } : {}) },
        ...(imagesPerReference ? { imagesPerReference } : {}),
    };
}
/** `/regex/` or an exact name. The regex is checked here so a typo fails at load time, not at cleanup. */
function readReferenceMatch(node) {
    const text = node.requiredString();
    if (text.length >= 2 && text.startsWith('/') && text.endsWith('/')) {
        const regex = text.slice(1, -1);
        try {
            new RegExp(regex);
        }
        catch (error) {
            node.fail(`${node.field} is not a valid regular expression: ${error.message}`);
        }
        return { regex };
    }
    if (text === '')
        node.fail(`${node.field} must not be empty`, 'write a name, or /regex/');
    return { name: text };
}
function readLimit(node) {
    const fields = node.map({ allowed: ['last', 'in', 'operator'] });
    const last = configNode/* ConfigNode */.R.get(fields, node, 'last').integer({ min: -1 });
    const inNode = configNode/* ConfigNode */.R.get(fields, node, 'in');
    const inText = inNode.string({ scalars: true });
    let inMs;
    if (inText !== undefined) {
        try {
            inMs = (0,duration/* parseDuration */.E)(inText, inNode.where());
        }
        catch (error) {
            if (error instanceof slipwayError.SlipwayError)
                throw new slipwayError.SlipwayError('config', error.message, { where: inNode.where(), hint: 'use a duration such as 168h or 30m' });
            throw error;
        }
    }
    const operatorNode = configNode/* ConfigNode */.R.get(fields, node, 'operator');
    const operator = operatorNode.string() ?? 'And';
    if (operator !== 'And' && operator !== 'Or')
        operatorNode.fail(`${operatorNode.field} must be And or Or, not "${operator}"`);
    if (last === undefined && inMs === undefined)
        node.fail(`${node.field} needs "last", "in" or both`);
    return { ...(last !== undefined && last !== -1 ? { last } : {}), ...(inMs !== undefined ? { inMs } : {}), operator: operator };
}

// EXTERNAL MODULE: ./node_modules/handlebars/lib/index.js
var lib = __webpack_require__(88508);
var lib_default = /*#__PURE__*/__webpack_require__.n(lib);
// EXTERNAL MODULE: ./src/core/names.ts
var names = __webpack_require__(22483);
;// CONCATENATED MODULE: ./src/core/config/configFields.ts



/** Field checks shared by the slipway.yaml and werf.yaml readers; each fails on the node it checks. */
const imageName = /^[a-z0-9]([a-z0-9_.-]{0,61}[a-z0-9])?$/;
const buildArgName = /^[A-Za-z_][A-Za-z0-9_]*$/;
const platform = /^[a-z0-9]+\/[a-z0-9_]+(\/[a-z0-9]+)?$/;
const secretId = /^[A-Za-z0-9_.-]+$/;
const reservedImagePrefix = 'slipway-commit';
function checkProjectName(node) {
    const name = node.requiredString();
    if (!(0,names/* isDnsLabel */.C)(name)) {
        node.fail(`project "${name}" is not a valid name`, 'use at most 63 lowercase letters, digits and "-", starting and ending with a letter or digit');
    }
    return name;
}
function checkImageName(node, name) {
    if (!imageName.test(name)) {
        node.fail(`image name "${name}" is not valid`, 'use at most 63 lowercase letters, digits, "-", "_" and ".", starting and ending with a letter or digit');
    }
    if (name.startsWith(reservedImagePrefix))
        node.fail(`image name "${name}" is reserved (slipway records commit metadata under "${reservedImagePrefix}-…" tags)`);
    return name;
}
/** A repository-relative path: no absolute paths, never leaving the repository. "." is the root. */
function checkRepoPath(node, text, base = '.') {
    if (text.trim() === '')
        node.fail(`${node.field} must not be empty`);
    if (external_node_path_.posix.isAbsolute(text) || /^[A-Za-z]:[\\/]/.test(text))
        node.fail(`${node.field} "${text}" must be relative to the repository, not absolute`);
    if (text.includes('\\'))
        node.fail(`${node.field} "${text}" must use "/" as the separator`);
    const joined = external_node_path_.posix.normalize(external_node_path_.posix.join(base, text)).replace(/\/+$/, '');
    if (joined === '..' || joined.startsWith('../'))
        node.fail(`${node.field} "${text}" points outside the repository`);
    return joined === '' ? '.' : joined;
}
function checkBuildArgName(node, name) {
    if (!buildArgName.test(name))
        node.fail(`build arg name "${name}" is not valid`, 'use letters, digits and "_", not starting with a digit');
    return name;
}
function checkPlatform(node, value) {
    if (!platform.test(value))
        node.fail(`platform "${value}" is not valid`, 'write os/arch or os/arch/variant, e.g. linux/amd64 or linux/arm64/v8');
    return value;
}
function checkSecret(node, secret) {
    if (secret.env !== undefined && secret.src !== undefined)
        node.fail(`${node.field} takes either "env" or "src", not both`);
    if (secret.env === undefined && secret.src === undefined)
        node.fail(`${node.field} needs "env" (an environment variable) or "src" (a file)`);
    const id = secret.id ?? secret.env ?? (secret.src ? external_node_path_.posix.basename(secret.src) : '');
    if (!secretId.test(id))
        node.fail(`secret id "${id}" is not valid`, 'use letters, digits, ".", "_" and "-"');
    return { id, ...(secret.env !== undefined ? { env: secret.env } : {}), ...(secret.src !== undefined ? { src: secret.src } : {}) };
}
/** The build arg a dependency's reference is passed in by default: `SLIPWAY_IMAGE_<NAME>`. */
function defaultDependencyBuildArg(image) {
    return `SLIPWAY_IMAGE_${image.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`;
}
/** A naming template may use only {{project}} and {{env}}; it is compiled here so mistakes fail at load. */
/** `deploy.url`: a Handlebars template over {project, env, release, namespace} giving an absolute http(s) URL. */
function checkUrlTemplate(node, template) {
    let sample;
    try {
        sample = lib_default().compile(template, { strict: true, noEscape: true })({ project: 'project', env: 'env', release: 'release', namespace: 'namespace' });
    }
    catch (error) {
        const message = error.message.split('\n')[0];
        return node.fail(`${node.field} is not a valid template: ${message}`, 'templates may use {{project}}, {{env}}, {{release}} and {{namespace}}, e.g. "https://{{env}}.shop.example.com"');
    }
    if (!/^https?:\/\/[^\s/]+/.test(sample))
        node.fail(`${node.field} must give an http:// or https:// URL, not "${sample}"`, 'e.g. "https://{{env}}.shop.example.com"');
    return template;
}
function checkNamingTemplate(node, template) {
    try {
        lib_default().compile(template, { strict: true, noEscape: true })({ project: 'project', env: 'env' });
    }
    catch (error) {
        const message = error.message.split('\n')[0];
        node.fail(`${node.field} is not a valid template: ${message}`, 'templates may use {{project}} and {{env}}, e.g. "{{project}}-{{env}}"');
    }
    return template;
}

// EXTERNAL MODULE: ./src/core/images/buildOrder.ts
var buildOrder = __webpack_require__(78884);
;// CONCATENATED MODULE: ./src/core/config/imageGraph.ts



/** Checks that every dependency names a declared image, once, not itself, and that there is no cycle. */
function checkImageGraph(images) {
    const names = images.map((image) => image.name);
    for (const image of images) {
        const seen = new Set();
        const buildArgs = new Set(Object.keys(image.args));
        for (const dependency of image.dependsOn) {
            const where = image.where.dependsOn;
            if (dependency.image === image.name) {
                throw new slipwayError.SlipwayError('config', `image "${image.name}" depends on itself`, { where });
            }
            if (!names.includes(dependency.image)) {
                const suggestion = (0,configNode/* closest */.k)(dependency.image, names);
                throw new slipwayError.SlipwayError('config', `image "${image.name}" depends on "${dependency.image}", which is not defined${suggestion ? ` (did you mean "${suggestion}"?)` : ''}`, {
                    where,
                    hint: `defined images: ${names.join(', ') || 'none'}`,
                });
            }
            if (seen.has(dependency.image))
                throw new slipwayError.SlipwayError('config', `image "${image.name}" lists dependency "${dependency.image}" twice`, { where });
            seen.add(dependency.image);
            if (buildArgs.has(dependency.buildArg)) {
                throw new slipwayError.SlipwayError('config', `build arg ${dependency.buildArg} of image "${image.name}" is set twice (in args and by dependency "${dependency.image}")`, { where });
            }
            buildArgs.add(dependency.buildArg);
        }
    }
    const order = (0,buildOrder/* buildOrder */.B)(images.map((image) => ({ name: image.name, dependsOn: image.dependsOn.map((d) => d.image) })));
    if (!order.ok) {
        const first = images.find((image) => image.name === order.cycle[0]);
        throw new slipwayError.SlipwayError('config', `images depend on each other in a cycle: ${order.cycle.join(' → ')}`, {
            where: first.where.dependsOn,
            hint: 'an image cannot be built from an image that is built from it; remove one dependsOn entry',
        });
    }
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./src/core/config/yamlFile.ts



/** Parses YAML text (one or more documents) into located nodes; syntax errors name file:line:column. */
function parseYamlDocuments(text, file) {
    const lines = new dist.LineCounter();
    const parsed = (0,dist.parseAllDocuments)(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
    const documents = Array.isArray(parsed) ? parsed : [];
    if (!Array.isArray(parsed)) {
        // An empty stream.
        return [];
    }
    for (const document of documents) {
        const problem = document.errors[0];
        if (problem) {
            const pos = lines.linePos(problem.pos[0]);
            throw new slipwayError.SlipwayError('config', `invalid YAML: ${problem.message.split('\n')[0]}`, {
                where: { file, line: pos.line, column: pos.col },
                hint: problem.code === 'DUPLICATE_KEY' ? 'each key may appear once in a mapping' : 'check indentation, quoting and ":" after keys',
            });
        }
    }
    return documents
        .filter((document) => document.contents !== null)
        .map((document) => new configNode/* ConfigNode */.R(file, document.contents, '', lines, document.range?.[0] ?? 0));
}

;// CONCATENATED MODULE: ./src/core/config/slipwayConfig.ts







const topLevelFields = ['project', 'images', 'deploy', 'cleanup', 'cacheVersion'];
const imageFields = ['context', 'dockerfile', 'target', 'args', 'platform', 'secrets', 'dependsOn'];
/** Reads and validates `slipway.yaml` text. Every error names the file, line and field. */
function parseSlipwayConfig(text, file = 'slipway.yaml') {
    const documents = parseYamlDocuments(text, file);
    if (documents.length === 0) {
        throw new slipwayError.SlipwayError('config', `${file} is empty`, { where: { file, line: 1 }, hint: 'it needs at least "project: <name>"' });
    }
    if (documents.length > 1)
        documents[1].fail(`${file} must be a single YAML document`, 'remove the "---" separator');
    const root = documents[0];
    const fields = root.map({ allowed: topLevelFields, what: file });
    const get = (key) => configNode/* ConfigNode */.R.get(fields, root, key);
    const project = checkProjectName(get('project'));
    const imagesNode = get('images');
    const images = [];
    if (imagesNode.present) {
        for (const [name, node] of imagesNode.map())
            images.push(readImage(name, node));
    }
    checkImageGraph(images);
    return {
        file,
        format: 'slipway',
        project,
        images,
        deploy: readDeploy(get('deploy')),
        cleanup: readCleanupConfig(get('cleanup')),
        cacheVersion: get('cacheVersion').string({ scalars: true }) ?? '',
    };
}
function readImage(name, node) {
    checkImageName(node, name);
    const fields = node.present ? node.map({ allowed: imageFields }) : new Map();
    const get = (key) => configNode/* ConfigNode */.R.get(fields, node, key);
    const contextNode = get('context');
    const context = checkRepoPath(contextNode, contextNode.string() ?? '.');
    const dockerfileNode = get('dockerfile');
    const dockerfile = checkRepoPath(dockerfileNode, dockerfileNode.string() ?? 'Dockerfile', context);
    const targetNode = get('target');
    const target = targetNode.string();
    if (target !== undefined && !/^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(target))
        targetNode.fail(`target "${target}" is not a valid build stage name`);
    const argsNode = get('args');
    const args = argsNode.stringMap();
    for (const key of Object.keys(args))
        checkBuildArgName(argsNode, key);
    const platformNode = get('platform');
    const platforms = platformNode.stringList().map((value) => checkPlatform(platformNode, value));
    const secretsNode = get('secrets');
    const secrets = secretsNode.present
        ? secretsNode.list().map((secretNode) => {
            const secretFields = secretNode.map({ allowed: ['id', 'env', 'src'] });
            const read = (key) => configNode/* ConfigNode */.R.get(secretFields, secretNode, key).string();
            return checkSecret(secretNode, { id: read('id'), env: read('env'), src: read('src') });
        })
        : [];
    const dependsOnNode = get('dependsOn');
    const dependsOn = dependsOnNode.present
        ? dependsOnNode.list().map((item) => {
            if (typeof item.node === 'object' && item.node !== null && 'items' in item.node) {
                const dependencyFields = item.map({ allowed: ['image', 'buildArg'] });
                const image = configNode/* ConfigNode */.R.get(dependencyFields, item, 'image').requiredString();
                const argNode = configNode/* ConfigNode */.R.get(dependencyFields, item, 'buildArg');
                const buildArg = checkBuildArgName(argNode, argNode.string() ?? defaultDependencyBuildArg(image));
                return { image, buildArg };
            }
            const image = item.requiredString();
            return { image, buildArg: defaultDependencyBuildArg(image) };
        })
        : [];
    return {
        name,
        context,
        dockerfile,
        ...(target !== undefined ? { target } : {}),
        args,
        platforms,
        secrets,
        dependsOn,
        where: { image: node.where(), context: contextNode.where(), dockerfile: dockerfileNode.where(), dependsOn: dependsOnNode.where() },
    };
}
function readDeploy(node) {
    const fields = node.present ? node.map({ allowed: ['chart', 'release', 'namespace', 'url'] }) : new Map();
    const get = (key) => configNode/* ConfigNode */.R.get(fields, node, key);
    const chartNode = get('chart');
    const releaseNode = get('release');
    const namespaceNode = get('namespace');
    const urlNode = get('url');
    const url = urlNode.string();
    return {
        chart: checkRepoPath(chartNode, chartNode.string() ?? defaultChartDir),
        releaseTemplate: checkNamingTemplate(releaseNode, releaseNode.string() ?? defaultReleaseTemplate),
        namespaceTemplate: checkNamingTemplate(namespaceNode, namespaceNode.string() ?? defaultNamespaceTemplate),
        ...(url !== undefined ? { urlTemplate: checkUrlTemplate(urlNode, url) } : {}),
        where: { release: releaseNode.where(), namespace: namespaceNode.where(), url: urlNode.where() },
    };
}

;// CONCATENATED MODULE: ./src/core/config/werfConfig.ts







/** werf features slipway does not support, with what to do instead. */
const unsupportedMetaFields = {
    build: 'slipway builds every image with the Dockerfile builder; remove the build section',
    gitWorktree: 'slipway reads files with git directly; remove gitWorktree',
};
const unsupportedImageFields = {
    from: 'Stapel images (from/git/shell/ansible) are not supported; write a Dockerfile for this image',
    fromImage: 'Stapel images are not supported; write a Dockerfile for this image',
    fromLatest: 'Stapel images are not supported; write a Dockerfile for this image',
    fromCacheVersion: 'Stapel images are not supported; write a Dockerfile for this image',
    git: 'Stapel images are not supported; write a Dockerfile for this image',
    shell: 'Stapel images are not supported; write a Dockerfile for this image',
    ansible: 'Stapel images are not supported; write a Dockerfile for this image',
    mount: 'Stapel images are not supported; write a Dockerfile for this image',
    import: 'Stapel images are not supported; write a Dockerfile for this image',
    docker: 'Stapel images are not supported; write a Dockerfile for this image',
    contextAddFiles: 'slipway builds only from committed files (giterminism); commit the files instead of contextAddFiles',
    contextAddFile: 'slipway builds only from committed files (giterminism); commit the files instead of contextAddFiles',
    addHost: 'addHost is not supported by slipway builds',
    network: 'network is not supported by slipway builds',
    ssh: 'ssh forwarding is not supported by slipway builds',
    staged: 'staged layers are a werf builder feature; remove it',
    final: 'every slipway image is final; remove it',
    cacheVersion: 'use the top-level cacheVersion of slipway.yaml',
};
const werfConfig_imageFields = ['image', 'dockerfile', 'context', 'target', 'args', 'platform', 'secrets', 'dependencies', 'buildArgs'];
/**
 * Reads a werf.yaml (configVersion 1): the meta document (project, deploy naming, cleanup policies)
 * and Dockerfile image documents. werf's Go templating and Stapel images are refused with a clear message.
 */
function parseWerfConfig(text, file = 'werf.yaml') {
    const templateAt = text.search(/\{\{|\{%/);
    if (templateAt >= 0) {
        const line = text.slice(0, templateAt).split('\n').length;
        throw new slipwayError.SlipwayError('config', `${file} uses Go templating ("{{ … }}"), which slipway does not evaluate`, {
            where: { file, line },
            hint: 'render werf.yaml to plain YAML, or write a slipway.yaml (see README: werf.yaml compatibility)',
        });
    }
    const documents = parseYamlDocuments(text, file);
    if (documents.length === 0)
        throw new slipwayError.SlipwayError('config', `${file} is empty`, { where: { file, line: 1 } });
    const [meta, ...rest] = documents;
    const metaFields = meta.map({ what: 'the first document of werf.yaml' });
    if (!metaFields.has('project')) {
        meta.fail(`the first document of ${file} must be the meta section with "project"`, 'e.g.\nproject: shop\nconfigVersion: 1');
    }
    for (const [key, node] of metaFields) {
        if (unsupportedMetaFields[key])
            node.fail(`werf.yaml field "${key}" is not supported`, unsupportedMetaFields[key]);
        if (!['project', 'configVersion', 'deploy', 'cleanup'].includes(key)) {
            node.fail(`unknown field "${key}" in the meta section`, 'allowed here: project, configVersion, deploy, cleanup');
        }
    }
    const get = (key) => configNode/* ConfigNode */.R.get(metaFields, meta, key);
    const project = checkProjectName(get('project'));
    const configVersion = get('configVersion');
    if (configVersion.present && configVersion.integer() !== 1)
        configVersion.fail(`configVersion must be 1`);
    const images = [];
    for (const document of rest) {
        const fields = document.map();
        if (fields.has('artifact'))
            fields.get('artifact').fail('werf artifacts are not supported', 'use a multi-stage Dockerfile instead');
        if (!fields.has('image'))
            document.fail('each document after the meta section must define an "image"');
        const image = readWerfImage(document, fields);
        if (images.some((existing) => existing.name === image.name))
            fields.get('image').fail(`image "${image.name}" is defined twice`);
        images.push(image);
    }
    checkImageGraph(images);
    return {
        file,
        format: 'werf',
        project,
        images,
        deploy: readWerfDeploy(get('deploy')),
        cleanup: readCleanupConfig(get('cleanup')),
        cacheVersion: '',
    };
}
function readWerfImage(node, fields) {
    for (const [key, value] of fields) {
        if (unsupportedImageFields[key])
            value.fail(`werf.yaml image field "${key}" is not supported`, unsupportedImageFields[key]);
        if (!werfConfig_imageFields.includes(key))
            value.fail(`unknown image field "${key}"`, `allowed here: ${werfConfig_imageFields.join(', ')}`);
    }
    const get = (key) => configNode/* ConfigNode */.R.get(fields, node, key);
    const nameNode = get('image');
    const name = nameNode.string({ required: true, scalars: true });
    checkImageName(nameNode, name);
    if (!fields.has('dockerfile'))
        node.fail(`image "${name}" has no dockerfile`, 'slipway builds Dockerfile images only; add dockerfile: Dockerfile');
    const contextNode = get('context');
    const context = checkRepoPath(contextNode, contextNode.string() ?? '.');
    const dockerfileNode = get('dockerfile');
    const dockerfile = checkRepoPath(dockerfileNode, dockerfileNode.requiredString(), context);
    const target = get('target').string();
    const argsNode = fields.has('args') ? get('args') : get('buildArgs');
    const args = argsNode.stringMap();
    for (const key of Object.keys(args))
        checkBuildArgName(argsNode, key);
    const platformNode = get('platform');
    const platforms = platformNode.stringList().map((value) => checkPlatform(platformNode, value));
    const secretsNode = get('secrets');
    const secrets = secretsNode.present
        ? secretsNode.list().map((secretNode) => {
            const secretFields = secretNode.map({ allowed: ['id', 'env', 'src', 'value'] });
            if (secretFields.has('value'))
                secretFields.get('value').fail('secrets with an inline "value" are not supported', 'pass the value in an environment variable: env: NAME');
            const read = (key) => configNode/* ConfigNode */.R.get(secretFields, secretNode, key).string();
            return checkSecret(secretNode, { id: read('id'), env: read('env'), src: read('src') });
        })
        : [];
    const dependenciesNode = get('dependencies');
    const dependsOn = [];
    if (dependenciesNode.present) {
        for (const item of dependenciesNode.list()) {
            const dependencyFields = item.map({ allowed: ['image', 'imports'] });
            const image = configNode/* ConfigNode */.R.get(dependencyFields, item, 'image').requiredString();
            const importsNode = configNode/* ConfigNode */.R.get(dependencyFields, item, 'imports');
            let buildArg = defaultDependencyBuildArg(image);
            if (importsNode.present) {
                for (const importNode of importsNode.list()) {
                    const importFields = importNode.map({ allowed: ['type', 'targetBuildArg', 'targetEnv'] });
                    const typeNode = configNode/* ConfigNode */.R.get(importFields, importNode, 'type');
                    const type = typeNode.requiredString();
                    if (importFields.has('targetEnv'))
                        importFields.get('targetEnv').fail('targetEnv imports are for Stapel images; use targetBuildArg');
                    if (type !== 'ImageName') {
                        typeNode.fail(`dependency import type "${type}" is not supported`, 'slipway passes the full image reference (type ImageName) as a build arg');
                    }
                    const argNode = configNode/* ConfigNode */.R.get(importFields, importNode, 'targetBuildArg');
                    buildArg = checkBuildArgName(argNode, argNode.requiredString());
                }
            }
            dependsOn.push({ image, buildArg });
        }
    }
    return {
        name,
        context,
        dockerfile,
        ...(target !== undefined ? { target } : {}),
        args,
        platforms,
        secrets,
        dependsOn,
        where: { image: nameNode.where(), context: contextNode.where(), dockerfile: dockerfileNode.where(), dependsOn: dependenciesNode.where() },
    };
}
/** werf's `[[ project ]]` / `[[ env ]]` become `{{project}}` / `{{env}}`; anything else is refused. */
function werfNamingTemplate(node, template) {
    const converted = template.replace(/\[\[\s*([^\]]*?)\s*\]\]/g, (_whole, expression) => {
        if (expression === 'project' || expression === 'env')
            return `{{${expression}}}`;
        return node.fail(`werf template expression "[[ ${expression} ]]" is not supported`, 'only [[ project ]] and [[ env ]] are');
    });
    return checkNamingTemplate(node, converted);
}
function readWerfDeploy(node) {
    const fields = node.present
        ? node.map({ allowed: ['helmChartDir', 'helmRelease', 'helmReleaseSlug', 'namespace', 'namespaceSlug'] })
        : new Map();
    const get = (key) => configNode/* ConfigNode */.R.get(fields, node, key);
    get('helmReleaseSlug').boolean();
    get('namespaceSlug').boolean();
    const chartNode = get('helmChartDir');
    const releaseNode = get('helmRelease');
    const namespaceNode = get('namespace');
    return {
        chart: checkRepoPath(chartNode, chartNode.string() ?? defaultChartDir),
        releaseTemplate: werfNamingTemplate(releaseNode, releaseNode.string() ?? '[[ project ]]-[[ env ]]'),
        namespaceTemplate: werfNamingTemplate(namespaceNode, namespaceNode.string() ?? '[[ project ]]-[[ env ]]'),
        where: { release: releaseNode.where(), namespace: namespaceNode.where() },
    };
}

;// CONCATENATED MODULE: ./src/core/config/loadProjectConfig.ts



const slipwayConfigFiles = ['slipway.yaml', 'slipway.yml'];
const werfConfigFiles = ['werf.yaml', 'werf.yml'];
/**
 * Reads the project configuration from a source tree (a commit or, with --dev, the working tree):
 * `slipway.yaml`, or when there is none, an existing `werf.yaml`. `configPath` overrides the lookup.
 */
async function loadProjectConfig(tree, configPath) {
    const candidates = configPath ? [configPath] : [...slipwayConfigFiles, ...werfConfigFiles];
    for (const file of candidates) {
        const content = await tree.read(file);
        if (content === undefined)
            continue;
        const text = content.toString('utf8');
        const isWerf = /(^|\/)werf[^/]*\.ya?ml$/.test(file);
        return isWerf ? parseWerfConfig(text, file) : parseSlipwayConfig(text, file);
    }
    const where = tree.kind === 'commit' ? `commit ${tree.commit.slice(0, 12)}` : 'the working tree';
    throw new slipwayError.SlipwayError('config', configPath ? `${configPath} does not exist in ${where}` : `no slipway.yaml (or werf.yaml) in ${where}`, {
        where: { file: configPath ?? 'slipway.yaml' },
        hint: tree.kind === 'commit'
            ? 'configuration is read from the commit: create slipway.yaml at the repository root and commit it (or pass --dev to use the working tree)'
            : 'create slipway.yaml at the repository root, e.g. "project: shop"',
    });
}

;// CONCATENATED MODULE: ./src/core/config/openProject.ts





/**
 * Giterminism's entry: the project in `dir` as it is in `commit` (default HEAD), its configuration read
 * from there. Every command that reads slipway.yaml opens the project here.
 */
async function openProject(options) {
    const root = await (0,gitRepository/* repositoryRoot */.Hn)(options.dir);
    const commit = await (0,gitRepository/* resolveCommit */.WL)(root, options.commit ?? 'HEAD');
    const prefix = (0,projectTree/* projectPrefix */.C)(root, await (0,promises_.realpath)(options.dir));
    const repositoryTree = options.dev ? await workingSourceTree(root, commit) : await commitSourceTree(root, commit);
    const tree = (0,projectTree/* projectSubtree */.i)(repositoryTree, prefix);
    const config = await loadProjectConfig(tree, options.configFile);
    return { root, prefix, commit, tree, config };
}


/***/ }),

/***/ 27519:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runGit: () => (/* binding */ runGit)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(16602);


/** Runs `git <args>` in `repoDir` (an argument array, never a shell string) and returns stdout. */
function runGit(repoDir, args, options = {}) {
    return new Promise((resolve, reject) => {
        (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)('git', ['-c', 'core.quotepath=off', ...args], { cwd: repoDir, encoding: 'buffer', maxBuffer: 1024 * 1024 * 1024, env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' } }, (error, stdout, stderr) => {
            if (error && !options.allowFailure) {
                const message = stderr.toString('utf8').trim() || error.message;
                reject(new _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_1__.SlipwayError('git', `git ${args[0]} failed: ${message}`, { where: { file: repoDir } }));
                return;
            }
            resolve(stdout);
        });
    });
}


/***/ }),

/***/ 11680:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A1: () => (/* binding */ listWorkingTreePaths),
/* harmony export */   BV: () => (/* binding */ listCommitFiles),
/* harmony export */   Hn: () => (/* binding */ repositoryRoot),
/* harmony export */   WL: () => (/* binding */ resolveCommit),
/* harmony export */   bH: () => (/* binding */ extractCommitPaths),
/* harmony export */   commitDate: () => (/* binding */ commitDate),
/* harmony export */   gm: () => (/* binding */ readBlob),
/* harmony export */   isShallowRepository: () => (/* binding */ isShallowRepository),
/* harmony export */   workingTreeStatus: () => (/* binding */ workingTreeStatus)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(16602);
/* harmony import */ var _gitCommand_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(27519);



/** The repository's top-level directory, or a clear error when `dir` is not in a Git work tree. */
async function repositoryRoot(dir) {
    const out = await (0,_gitCommand_js__WEBPACK_IMPORTED_MODULE_2__.runGit)(dir, ['rev-parse', '--show-toplevel']).catch(() => {
        throw new _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_1__.SlipwayError('git', `${dir} is not inside a Git repository`, {
            hint: 'slipway reads configuration and build contexts from a Git commit; run it in a clone (or use git init && git commit)',
        });
    });
    return out.toString('utf8').trim();
}
async function isShallowRepository(repoDir) {
    return (await (0,_gitCommand_js__WEBPACK_IMPORTED_MODULE_2__.runGit)(repoDir, ['rev-parse', '--is-shallow-repository'])).toString('utf8').trim() === 'true';
}
/** Resolves a revision to a full commit id; a missing commit in a shallow clone is explained. */
async function resolveCommit(repoDir, revision) {
    if (revision.startsWith('-'))
        throw new _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_1__.SlipwayError('input', `"${revision}" is not a revision`, { where: { input: '--commit' } });
    const out = await (0,_gitCommand_js__WEBPACK_IMPORTED_MODULE_2__.runGit)(repoDir, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${revision}^{commit}`], { allowFailure: true });
    const id = out.toString('utf8').trim();
    if (/^[0-9a-f]{40,64}$/.test(id))
        return id;
    const shallow = await isShallowRepository(repoDir).catch(() => false);
    throw new _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_1__.SlipwayError('git', `commit "${revision}" was not found in the repository`, {
        where: { input: '--commit' },
        hint: shallow
            ? 'this is a shallow clone, which has only the latest commits; fetch full history (actions/checkout with fetch-depth: 0, GIT_DEPTH: 0 in GitLab) or fetch that commit'
            : 'check the revision, or fetch it first',
    });
}
/** The commit's committer date (werf's `.Values.werf.commit.date`). */
async function commitDate(repoDir, commit) {
    const seconds = Number((await (0,_gitCommand_js__WEBPACK_IMPORTED_MODULE_2__.runGit)(repoDir, ['show', '-s', '--format=%ct', commit])).toString('utf8').trim());
    return new Date(seconds * 1000);
}
/** Every file of the commit's tree (recursively), sorted by path as git sorts it. */
async function listCommitFiles(repoDir, commit) {
    const out = (await (0,_gitCommand_js__WEBPACK_IMPORTED_MODULE_2__.runGit)(repoDir, ['ls-tree', '-r', '-z', '--full-tree', commit])).toString('utf8');
    const files = [];
    for (const record of out.split('\0')) {
        if (record === '')
            continue;
        // "<mode> SP <type> SP <id> TAB <path>"
        const tab = record.indexOf('\t');
        const [mode, , id] = record.slice(0, tab).split(' ');
        files.push({ path: record.slice(tab + 1), mode: mode, id: id });
    }
    return files;
}
async function readBlob(repoDir, id) {
    return (0,_gitCommand_js__WEBPACK_IMPORTED_MODULE_2__.runGit)(repoDir, ['cat-file', 'blob', id]);
}
/** Tracked changes and untracked (not ignored) files of the working tree. */
async function workingTreeStatus(repoDir) {
    const out = (await (0,_gitCommand_js__WEBPACK_IMPORTED_MODULE_2__.runGit)(repoDir, ['status', '--porcelain=v1', '-z', '--untracked-files=all', '--no-renames'])).toString('utf8');
    const entries = [];
    for (const record of out.split('\0')) {
        if (record.length < 4)
            continue;
        entries.push({ code: record.slice(0, 2), path: record.slice(3) });
    }
    return entries;
}
/** Tracked and untracked (not ignored) paths of the working tree, for `--dev`. */
async function listWorkingTreePaths(repoDir) {
    const out = (await (0,_gitCommand_js__WEBPACK_IMPORTED_MODULE_2__.runGit)(repoDir, ['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--deduplicate'])).toString('utf8');
    return out.split('\0').filter((path) => path !== '');
}
/** Writes the given paths of a commit into `destination` (git archive piped into tar, no shell). */
function extractCommitPaths(repoDir, commit, paths, destination) {
    return new Promise((resolve, reject) => {
        const archive = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', ['archive', '--format=tar', commit, '--', ...paths], { cwd: repoDir, stdio: ['ignore', 'pipe', 'pipe'] });
        const tar = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('tar', ['-x', '-f', '-', '-C', destination], { stdio: ['pipe', 'ignore', 'pipe'] });
        archive.stdout.pipe(tar.stdin);
        let errors = '';
        archive.stderr.on('data', (chunk) => (errors += chunk.toString('utf8')));
        tar.stderr.on('data', (chunk) => (errors += chunk.toString('utf8')));
        // Both processes must have exited: tar can close before git archive reports its exit code.
        const exited = (child) => new Promise((done) => child.on('close', done));
        archive.on('error', reject);
        tar.on('error', reject);
        Promise.all([exited(archive), exited(tar)]).then(([archiveCode, tarCode]) => {
            if (archiveCode === 0 && tarCode === 0)
                resolve();
            else
                reject(new _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_1__.SlipwayError('git', `could not extract ${paths.join(', ')} at ${commit.slice(0, 12)}: ${errors.trim() || `git archive exited ${archiveCode}, tar exited ${tarCode}`}`));
        });
    });
}


/***/ }),

/***/ 47505:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ projectPrefix),
/* harmony export */   i: () => (/* binding */ projectSubtree),
/* harmony export */   projectStatus: () => (/* binding */ projectStatus)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);

/**
 * A project need not sit at the repository root (werf's `--dir`): `examples/` of a monorepo is one.
 * The project's view of a tree has paths relative to the project directory, so configuration, build
 * contexts and the chart are written as if the project were the root, while Git is still read at its root.
 */
function projectPrefix(repositoryRoot, projectDir) {
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(repositoryRoot, projectDir).split(node_path__WEBPACK_IMPORTED_MODULE_0__.sep).join('/');
    return path === '' ? '' : path;
}
function projectSubtree(tree, prefix) {
    if (prefix === '')
        return tree;
    const head = `${prefix}/`;
    const files = tree.files.filter((file) => file.path.startsWith(head)).map((file) => ({ ...file, path: file.path.slice(head.length) }));
    return {
        kind: tree.kind,
        commit: tree.commit,
        files,
        read: (path) => tree.read(`${head}${path}`),
        async materialize(paths) {
            const inner = await tree.materialize(paths.map((path) => (path === '.' ? prefix : `${head}${path}`)));
            return { dir: `${inner.dir}/${prefix}`, dispose: inner.dispose };
        },
    };
}
/** Working-tree changes inside the project, with project-relative paths. */
function projectStatus(status, prefix) {
    if (prefix === '')
        return [...status];
    const head = `${prefix}/`;
    return status.filter((entry) => entry.path.startsWith(head)).map((entry) => ({ ...entry, path: entry.path.slice(head.length) }));
}


/***/ }),

/***/ 78884:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ buildOrder)
/* harmony export */ });
/* unused harmony export dependantsOf */
/**
 * Orders images into levels: every image's dependencies are in earlier levels, images of one level are
 * independent and can be built in parallel. Within a level, declaration order is kept. A cycle is
 * returned as the path that closes it (`a → b → a`).
 */
function buildOrder(images) {
    const byName = new Map(images.map((image) => [image.name, image]));
    const level = new Map();
    const visiting = [];
    const visit = (name) => {
        const known = level.get(name);
        if (known !== undefined)
            return known;
        const start = visiting.indexOf(name);
        if (start >= 0)
            return [...visiting.slice(start), name];
        visiting.push(name);
        let depth = 0;
        for (const dependency of byName.get(name)?.dependsOn ?? []) {
            if (!byName.has(dependency))
                continue;
            const result = visit(dependency);
            if (Array.isArray(result))
                return result;
            depth = Math.max(depth, result + 1);
        }
        visiting.pop();
        level.set(name, depth);
        return depth;
    };
    for (const image of images) {
        const result = visit(image.name);
        if (Array.isArray(result))
            return { ok: false, cycle: result };
    }
    const levels = [];
    for (const image of images) {
        const depth = level.get(image.name);
        (levels[depth] ??= []).push(image.name);
    }
    return { ok: true, levels };
}
/** The image and everything that depends on it, directly or not. */
function dependantsOf(images, name) {
    const result = new Set([name]);
    let grew = true;
    while (grew) {
        grew = false;
        for (const image of images) {
            if (!result.has(image.name) && image.dependsOn.some((dependency) => result.has(dependency))) {
                result.add(image.name);
                grew = true;
            }
        }
    }
    return result;
}


/***/ })

};
;
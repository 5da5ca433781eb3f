"use strict";
exports.id = 1680;
exports.ids = [1680,7519];
exports.modules = {

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


/***/ })

};
;
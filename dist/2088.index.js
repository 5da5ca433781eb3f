"use strict";
exports.id = 2088;
exports.ids = [2088];
exports.modules = {

/***/ 20490:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ githubPackagesDeleter)
/* harmony export */ });
/* harmony import */ var _octokit_rest__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(60891);
/* harmony import */ var _core_kube_boundedParallel_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(28331);
/* harmony import */ var _core_errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16602);



/**
 * ghcr.io refuses manifest DELETE on the registry API: images are deleted as package versions through the
 * GitHub REST API (a version is a manifest digest, with all its tags). The package is the repository path
 * after the owner; the owner is an organization or a user. Without the permission to delete, the error names
 * it (delete:packages, or admin on the package for GITHUB_TOKEN). Other registries get undefined (the
 * distribution API is used).
 */
function githubPackagesDeleter(token, env = process.env) {
    return (repository) => {
        if (repository.registry !== 'ghcr.io' && !env.SLIPWAY_GITHUB_PACKAGES_REGISTRY?.split(',').includes(repository.registry))
            return undefined;
        const [owner, ...rest] = repository.path.split('/');
        const packageName = rest.join('/');
        if (!owner || !packageName) {
            throw new _core_errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_0__.SlipwayError('input', `repository ${repository.name} names no package: GitHub Packages repositories are ghcr.io/<owner>/<package>`, { where: { input: '--repo' } });
        }
        const octokit = new _octokit_rest__WEBPACK_IMPORTED_MODULE_1__/* .Octokit */ .E({
            auth: token.reveal(),
            baseUrl: env.SLIPWAY_GITHUB_API_URL ?? env.GITHUB_API_URL ?? 'https://api.github.com',
            userAgent: 'slipway',
            log: { debug: () => { }, info: () => { }, warn: () => { }, error: () => { } },
        });
        const where = `package ${owner}/${packageName} on GitHub`;
        const explain = (error, doing) => {
            const status = error.status;
            if (status === 401)
                return new _core_errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_0__.SlipwayError('registry', `GitHub rejected the token while ${doing} ${where} (HTTP 401)`, { hint: 'pass a valid token (github-token input, $GITHUB_TOKEN or $SLIPWAY_GITHUB_TOKEN)' });
            if (status === 403) {
                return new _core_errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_0__.SlipwayError('registry', `the GitHub token may not ${doing === 'listing the versions of' ? 'read' : 'delete'} ${where} (HTTP 403)`, {
                    hint: 'the token needs read:packages and delete:packages (a classic PAT), or for GITHUB_TOKEN "permissions: packages: write" and admin access of the workflow repository to the package',
                });
            }
            return new _core_errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_0__.SlipwayError('registry', `${doing} ${where} failed: ${error.message}`);
        };
        let owned;
        const versions = () => (owned ??= (async () => {
            for (const kind of ['org', 'user']) {
                try {
                    const list = kind === 'org'
                        ? await octokit.paginate(octokit.rest.packages.getAllPackageVersionsForPackageOwnedByOrg, { package_type: 'container', package_name: packageName, org: owner, per_page: 100 })
                        : await octokit.paginate(octokit.rest.packages.getAllPackageVersionsForPackageOwnedByUser, { package_type: 'container', package_name: packageName, username: owner, per_page: 100 });
                    return { kind, versions: new Map(list.map((version) => [version.name, version.id])) };
                }
                catch (error) {
                    if (error.status === 404)
                        continue;
                    throw explain(error, 'listing the versions of');
                }
            }
            throw new _core_errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_0__.SlipwayError('registry', `${where} was not found (neither an organization's nor a user's package)`, { hint: 'check --repo, and that the token can read the package (read:packages)' });
        })());
        return {
            async deleteImages(images, onDeleted) {
                if (images.length === 0)
                    return;
                const digests = images.map((image) => image.digest);
                const { kind, versions: byDigest } = await versions();
                await (0,_core_kube_boundedParallel_js__WEBPACK_IMPORTED_MODULE_2__/* .boundedParallel */ .$)(digests, 4, async (digest) => {
                    const id = byDigest.get(digest);
                    if (id === undefined) {
                        onDeleted(digest, 'gone');
                        return;
                    }
                    try {
                        if (kind === 'org')
                            await octokit.rest.packages.deletePackageVersionForOrg({ package_type: 'container', package_name: packageName, org: owner, package_version_id: id });
                        else
                            await octokit.rest.packages.deletePackageVersionForUser({ package_type: 'container', package_name: packageName, username: owner, package_version_id: id });
                        onDeleted(digest, 'deleted');
                    }
                    catch (error) {
                        if (error.status === 404)
                            onDeleted(digest, 'gone');
                        else
                            throw explain(error, 'deleting a version of');
                    }
                });
            },
        };
    };
}


/***/ }),

/***/ 19904:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ gitlabRegistryDeleter)
/* harmony export */ });
/* harmony import */ var _core_errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16602);
/* harmony import */ var _core_kube_boundedParallel_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(28331);


/**
 * GitLab's container registry through GitLab's REST API: the project's registry repository is found by its
 * location, then each tag is deleted (`DELETE /projects/:id/registry/repositories/:rid/tags/:tag`); GitLab's
 * garbage collection removes the untagged manifests. Used in GitLab CI for the project's own registry
 * ($CI_REGISTRY) when SLIPWAY_GITLAB_TOKEN holds a token with the api scope (the job token may not delete).
 * Other registries get undefined (the distribution API is used).
 */
function gitlabRegistryDeleter(token, env) {
    return (repository) => {
        const apiUrl = env.CI_API_V4_URL?.replace(/\/+$/, '');
        const projectId = env.CI_PROJECT_ID;
        if (!apiUrl || !projectId || !env.CI_REGISTRY || repository.registry !== env.CI_REGISTRY)
            return undefined;
        const headers = { 'PRIVATE-TOKEN': token.reveal(), Accept: 'application/json' };
        const project = `${apiUrl}/projects/${encodeURIComponent(projectId)}`;
        const refused = (status, doing) => status === 401 || status === 403
            ? new _core_errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_0__.SlipwayError('registry', `GitLab refused to ${doing} (HTTP ${status})`, { hint: 'SLIPWAY_GITLAB_TOKEN must be a project or personal access token with the api scope and at least the Developer role (the job token cannot delete registry tags)' })
            : new _core_errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_0__.SlipwayError('registry', `GitLab answered HTTP ${status} when asked to ${doing}`);
        let repositoryId;
        const findRepository = () => (repositoryId ??= (async () => {
            for (let page = 1; page <= 50; page++) {
                const response = await fetch(`${project}/registry/repositories?per_page=100&page=${page}`, { headers });
                if (!response.ok)
                    throw refused(response.status, `list the registry repositories of project ${projectId}`);
                const list = (await response.json());
                const found = list.find((entry) => entry.location === repository.name || entry.path === repository.path);
                if (found)
                    return found.id;
                if (list.length < 100)
                    break;
            }
            throw new _core_errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_0__.SlipwayError('registry', `project ${projectId} on GitLab has no registry repository ${repository.name}`, { hint: 'check --repo (it must be this project\'s registry, $CI_REGISTRY_IMAGE or below it)' });
        })());
        return {
            async deleteImages(images, onDeleted) {
                if (images.length === 0)
                    return;
                const id = await findRepository();
                await (0,_core_kube_boundedParallel_js__WEBPACK_IMPORTED_MODULE_1__/* .boundedParallel */ .$)(images, 4, async (image) => {
                    let outcome = 'gone';
                    for (const tag of image.tags) {
                        const response = await fetch(`${project}/registry/repositories/${id}/tags/${encodeURIComponent(tag)}`, { method: 'DELETE', headers });
                        await response.body?.cancel();
                        if (response.status === 404)
                            continue;
                        if (!response.ok)
                            throw refused(response.status, `delete tag ${tag} of ${repository.name}`);
                        outcome = 'deleted';
                    }
                    onDeleted(image.digest, outcome);
                });
            },
        };
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

/***/ 27746:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LX: () => (/* binding */ deletedBytes),
/* harmony export */   P8: () => (/* binding */ cleanupReportJson),
/* harmony export */   pV: () => (/* binding */ bytesText),
/* harmony export */   v2: () => (/* binding */ keepReasonText),
/* harmony export */   wz: () => (/* binding */ cleanupReportLines)
/* harmony export */ });
/* unused harmony export policyText */
/** `168h`-style text of a duration in ms, as the config writes it. Pure. */
function durationText(ms) {
    if (ms % 3_600_000 === 0)
        return `${ms / 3_600_000}h`;
    if (ms % 60_000 === 0)
        return `${ms / 60_000}m`;
    return `${ms / 1000}s`;
}
function limitText(limit) {
    const parts = [...(limit.last !== undefined ? [`last ${limit.last}`] : []), ...(limit.inMs !== undefined ? [`in ${durationText(limit.inMs)}`] : [])];
    return parts.join(limit.operator === 'Or' ? ' or ' : ' and ');
}
/** "policy 2 (branch /.*\/, last 10 and in 168h; 2 images per reference)". Pure. */
function policyText(policies, index) {
    const policy = policies[index];
    if (!policy)
        return `policy ${index + 1}`;
    const match = policy.references.match.regex !== undefined ? `/${policy.references.match.regex}/` : policy.references.match.name;
    const parts = [`${policy.references.kind} ${match}`];
    if (policy.references.limit)
        parts.push(`references: ${limitText(policy.references.limit)}`);
    if (policy.imagesPerReference)
        parts.push(`images per reference: ${limitText(policy.imagesPerReference)}`);
    return `policy ${index + 1} (${parts.join('; ')})`;
}
/** Why an image is kept, in a sentence. Pure. */
function keepReasonText(reason, policies) {
    switch (reason.kind) {
        case 'in-use': {
            const { use } = reason;
            const where = `${use.kind}/${use.namespace ? `${use.namespace}/` : ''}${use.name} container ${use.container} in context ${use.context}`;
            return `in use by ${where}${reason.more > 0 ? ` (and ${reason.more} more)` : ''}`;
        }
        case 'keep-list':
            return `on the keep list (${reason.pattern})`;
        case 'policy':
            return `${policyText(policies, reason.policy)}: ${reason.reference}, ${ordinal(reason.rank + 1)} newest image, at commit ${reason.commit.slice(0, 12)}`;
        case 'built-within':
            return `built within the last ${reason.hours} hours (${new Date(reason.builtAt).toISOString()})`;
        case 'build-time-unknown':
            return 'its build time is unknown (the image config has no "created"), so the built-within rule cannot clear it';
        case 'shares-digest':
            return `shares digest ${reason.digest.slice(0, 19)}… with tag ${reason.with}, which stays (a delete by digest would remove both)`;
    }
}
function ordinal(n) {
    const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
    return `${n}${suffix}`;
}
function bytesText(bytes) {
    if (bytes < 1024)
        return `${bytes} B`;
    const units = ['KiB', 'MiB', 'GiB', 'TiB'];
    let value = bytes;
    let unit = -1;
    while (value >= 1024 && unit < units.length - 1) {
        value /= 1024;
        unit++;
    }
    return `${value.toFixed(1)} ${units[unit]}`;
}
/** Bytes the deleted images' manifests list, when they were read (sum over images; layers may be shared). */
function deletedBytes(result) {
    let total = 0;
    let known = false;
    for (const image of result.plan.deleted) {
        const size = image.tags.map((tag) => result.sizes[tag]).find((value) => value !== undefined);
        if (size !== undefined) {
            total += size;
            known = true;
        }
    }
    return known ? total : undefined;
}
/** The report for terminals and logs: what was kept and why, what was (or would be) deleted. Pure. */
function cleanupReportLines(result) {
    const { plan } = result;
    const verb = result.dryRun ? 'would delete' : 'deleted';
    const bytes = deletedBytes(result);
    const lines = [];
    lines.push(`cleanup of ${result.repository}${result.dryRun ? ' (dry run: nothing deleted)' : ''}: ${verb} ${plan.deleted.length} image(s)` +
        `${bytes !== undefined ? ` (${bytesText(bytes)} listed in their manifests)` : ''}, kept ${plan.kept.length}, ${verb} ${plan.deletedRecords.length} commit record(s)`);
    lines.push(`  read: ${result.tags} tags, ${result.records} commit records; ` +
        (result.git === 'disabled' ? 'Git history policy disabled; ' : `${result.git.references} references, ${result.git.commits} commits; `) +
        (result.kube === 'disabled' ? 'Kubernetes policy disabled' : result.kube === 'skipped' ? 'clusters skipped (--without-kube)' : `${result.kube.uses} container(s) using the repository in ${result.kube.contexts.join(', ')}`));
    if (plan.kept.length > 0) {
        lines.push('kept:');
        for (const image of plan.kept) {
            lines.push(`  ${image.tag}`);
            for (const reason of image.reasons)
                lines.push(`      ${keepReasonText(reason, result.policies)}`);
        }
    }
    if (plan.deleted.length > 0) {
        lines.push(`${verb}:`);
        for (const image of plan.deleted) {
            const size = image.tags.map((tag) => result.sizes[tag]).find((value) => value !== undefined);
            lines.push(`  ${image.tags.join(', ')}  ${image.digest}${size !== undefined ? `  ${bytesText(size)}` : ''}`);
        }
    }
    if (plan.deletedRecords.length > 0)
        lines.push(`commit records ${verb}: ${plan.deletedRecords.length} (their images are all gone); kept ${plan.keptRecords}`);
    if (plan.gone.length > 0)
        lines.push(`already gone while planning: ${plan.gone.join(', ')}`);
    if (plan.foreign.length > 0)
        lines.push(`left alone (not slipway's images): ${plan.foreign.length > 20 ? `${plan.foreign.slice(0, 20).join(', ')} and ${plan.foreign.length - 20} more` : plan.foreign.join(', ')}`);
    const stats = result.registryRequests;
    lines.push(`registry requests: ${stats.total} (${Object.entries(stats.byKind).map(([kind, n]) => `${kind} ${n}`).join(', ')}${stats.retries ? `; ${stats.retries} retries` : ''}); ` +
        `plan ${(result.timings.planMs / 1000).toFixed(2)} s, delete ${(result.timings.deleteMs / 1000).toFixed(2)} s`);
    if (!result.dryRun && plan.deleted.length > 0)
        lines.push('space is freed when the registry runs its garbage collector (distribution: registry garbage-collect)');
    return lines;
}
/** The JSON report: every kept image with its reasons (as data and as text), every deleted one. Pure. */
function cleanupReportJson(result) {
    const { plan } = result;
    return `${JSON.stringify({
        kind: 'slipway-cleanup-report',
        version: 1,
        repository: result.repository,
        dryRun: result.dryRun,
        deleted: plan.deleted.map((image) => ({ ...image, ...(result.sizes[image.tags[0]] !== undefined ? { size: result.sizes[image.tags[0]] } : {}), done: result.deletedDigests.includes(image.digest) })),
        kept: plan.kept.map((image) => ({ ...image, reasons: image.reasons.map((reason) => ({ ...reason, text: keepReasonText(reason, result.policies) })) })),
        records: { deleted: plan.deletedRecords, done: result.deletedRecords, kept: plan.keptRecords },
        foreign: plan.foreign,
        gone: plan.gone,
        git: result.git,
        kube: result.kube,
        tags: result.tags,
        registryRequests: result.registryRequests,
        timings: result.timings,
    }, null, 2)}\n`;
}


/***/ }),

/***/ 37271:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ keepMatches)
/* harmony export */ });
/* harmony import */ var _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16602);

/** Keep-list entries from a flag or input: `/regex/` or a tag; a bad regex names the flag. Pure. */
function keepMatches(values, input) {
    return values.map((value) => {
        if (value.length >= 2 && value.startsWith('/') && value.endsWith('/')) {
            const regex = value.slice(1, -1);
            try {
                new RegExp(regex);
            }
            catch (error) {
                throw new _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_0__.SlipwayError('input', `${input} "${value}" is not a valid regular expression: ${error.message}`, { where: { input } });
            }
            return { regex };
        }
        return { name: value };
    });
}


/***/ }),

/***/ 89697:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  K: () => (/* binding */ runCleanup)
});

// EXTERNAL MODULE: ./src/core/config/openProject.ts + 9 modules
var openProject = __webpack_require__(30473);
// EXTERNAL MODULE: ./src/core/errors/slipwayError.ts
var slipwayError = __webpack_require__(16602);
// EXTERNAL MODULE: ./src/core/errors/inputNames.ts
var inputNames = __webpack_require__(59251);
// EXTERNAL MODULE: ./src/core/git/gitRepository.ts
var gitRepository = __webpack_require__(11680);
// EXTERNAL MODULE: ./src/core/git/gitCommand.ts
var gitCommand = __webpack_require__(27519);
;// CONCATENATED MODULE: ./src/core/git/referenceHistory.ts



/**
 * The repository's branches and tags and the commits reachable from them (cleanup's view of Git history,
 * as werf reads it: origin's remote branches without the `origin/` prefix, and tags). With `fetch`, origin's
 * branches and tags are fetched first (pruning deleted ones). A shallow clone or a single-branch fetch
 * configuration would hide history and make needed images look unused: both are errors that say what to do.
 */
async function readReferenceHistory(repoDir, options) {
    const remotes = (await (0,gitCommand.runGit)(repoDir, ['remote'])).toString('utf8').split('\n').filter(Boolean);
    const hasOrigin = remotes.includes('origin');
    if (options.fetch) {
        if (!hasOrigin)
            throw new slipwayError.SlipwayError('git', 'cannot fetch branches and tags: the repository has no "origin" remote', { hint: 'add the remote, or run without --fetch' });
        await (0,gitCommand.runGit)(repoDir, ['fetch', '--quiet', '--prune', '--prune-tags', '--tags', 'origin', '+refs/heads/*:refs/remotes/origin/*']);
    }
    if (await (0,gitRepository.isShallowRepository)(repoDir)) {
        throw new slipwayError.SlipwayError('git', 'the repository is a shallow clone: cleanup needs the whole Git history, or images of older commits would look unused', {
            hint: 'fetch the full history: actions/checkout with fetch-depth: 0, GIT_DEPTH: 0 in GitLab CI, or git fetch --unshallow',
        });
    }
    if (hasOrigin && !options.fetch) {
        const refspecs = (await (0,gitCommand.runGit)(repoDir, ['config', '--get-all', 'remote.origin.fetch'], { allowFailure: true })).toString('utf8').split('\n').filter(Boolean);
        if (!refspecs.some((spec) => spec.replace(/^\+/, '').startsWith('refs/heads/*:'))) {
            throw new slipwayError.SlipwayError('git', `the clone fetches only ${refspecs.map((spec) => spec.replace(/^\+?refs\/heads\//, '').split(':')[0]).join(', ') || 'no branches'} from origin (a single-branch clone): the other branches' images would look unused`, {
                hint: 'run with --fetch (the cleanup action does) to fetch every branch and tag, or clone without --single-branch',
            });
        }
    }
    const branchPrefix = hasOrigin ? 'refs/remotes/origin/' : 'refs/heads/';
    const refs = (await (0,gitCommand.runGit)(repoDir, ['for-each-ref', '--format=%(refname)%00%(objectname)%00%(*objectname)%00%(objecttype)%00%(*objecttype)%00%(creatordate:unix)', branchPrefix.replace(/\/$/, ''), 'refs/tags']))
        .toString('utf8')
        .split('\n')
        .filter(Boolean);
    const pointers = [];
    for (const line of refs) {
        const [refname, object, peeled, type, peeledType, creatorDate] = line.split('\0');
        const commit = type === 'commit' ? object : peeledType === 'commit' ? peeled : undefined;
        if (!commit)
            continue; // a tag of a tree or blob points at no history
        if (refname.startsWith(branchPrefix)) {
            const name = refname.slice(branchPrefix.length);
            if (name !== 'HEAD')
                pointers.push({ kind: 'branch', name, commit });
        }
        else {
            // An annotated tag is as old as its tagger date; a lightweight one as its commit.
            const created = type === 'tag' && /^\d+$/.test(creatorDate) ? Number(creatorDate) * 1000 : undefined;
            pointers.push({ kind: 'tag', name: refname.slice('refs/tags/'.length), commit, ...(created !== undefined ? { created } : {}) });
        }
    }
    const graph = new Map();
    if (pointers.length > 0) {
        const scope = hasOrigin ? ['--remotes=origin', '--tags'] : ['--branches', '--tags'];
        const log = (await (0,gitCommand.runGit)(repoDir, ['log', '--format=%H %ct %P', ...scope])).toString('utf8');
        for (const line of log.split('\n')) {
            if (line === '')
                continue;
            const [id, seconds, ...parents] = line.split(' ');
            graph.set(id, { time: Number(seconds) * 1000, parents });
        }
    }
    const references = pointers.map(({ created, ...pointer }) => ({ ...pointer, time: created ?? graph.get(pointer.commit)?.time ?? 0 }));
    return { references, graph, branchSource: hasOrigin ? 'origin' : 'local' };
}

// EXTERNAL MODULE: ./src/core/registry/imageRepository.ts
var imageRepository = __webpack_require__(10966);
// EXTERNAL MODULE: ./src/core/registry/registryClient.ts + 2 modules
var registryClient = __webpack_require__(58002);
// EXTERNAL MODULE: ./src/core/registry/registryCredentials.ts
var registryCredentials = __webpack_require__(97880);
// EXTERNAL MODULE: ./src/core/kube/kubeApiError.ts
var kubeApiError = __webpack_require__(87290);
;// CONCATENATED MODULE: ./src/core/cleanup/workloadImages.ts
/** The workload kinds whose images cleanup keeps, with where their pod spec is (werf scans the same kinds). */
const workloadKinds = [
    { kind: 'Pod', path: '/api/v1/pods', podSpec: (o) => o?.spec },
    { kind: 'ReplicationController', path: '/api/v1/replicationcontrollers', podSpec: (o) => o?.spec?.template?.spec },
    { kind: 'Deployment', path: '/apis/apps/v1/deployments', podSpec: (o) => o?.spec?.template?.spec },
    { kind: 'ReplicaSet', path: '/apis/apps/v1/replicasets', podSpec: (o) => o?.spec?.template?.spec },
    { kind: 'StatefulSet', path: '/apis/apps/v1/statefulsets', podSpec: (o) => o?.spec?.template?.spec },
    { kind: 'DaemonSet', path: '/apis/apps/v1/daemonsets', podSpec: (o) => o?.spec?.template?.spec },
    { kind: 'Job', path: '/apis/batch/v1/jobs', podSpec: (o) => o?.spec?.template?.spec },
    { kind: 'CronJob', path: '/apis/batch/v1/cronjobs', podSpec: (o) => o?.spec?.jobTemplate?.spec?.template?.spec },
];
/** Parses `[registry/]path[:tag][@digest]` (and a runtime's `docker-pullable://` imageID prefix). Pure. */
function parseImageReference(text) {
    let rest = text.trim().replace(/^[a-z-]+:\/\//, '');
    if (rest === '')
        return undefined;
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
        if (!/^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/.test(digest))
            return undefined;
    }
    let tag;
    const lastSlash = rest.lastIndexOf('/');
    const colon = rest.lastIndexOf(':');
    if (colon > lastSlash) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
    }
    const repository = canonicalRepository(rest);
    if (!repository)
        return undefined;
    return { repository, ...(tag !== undefined ? { tag } : {}), ...(digest !== undefined ? { digest } : {}) };
}
/** `registry/path` as Docker normalises it. Pure. */
function canonicalRepository(name) {
    if (name === '')
        return undefined;
    const parts = name.split('/');
    let registry = 'docker.io';
    if (parts.length > 1 && (parts[0].includes('.') || parts[0].includes(':') || parts[0] === 'localhost'))
        registry = parts.shift();
    if (registry === 'index.docker.io' || registry === 'registry-1.docker.io')
        registry = 'docker.io';
    if (registry === 'docker.io' && parts.length === 1)
        parts.unshift('library');
    return `${registry}/${parts.join('/')}`.toLowerCase();
}
function canonicalImageRepository(repository) {
    return canonicalRepository(`${repository.registry}/${repository.path}`);
}
/**
 * The uses of the repository's images in one listed object: every container, init container and ephemeral
 * container of its pod spec, and for Pods also the digests the runtime resolved (status imageID). Pure.
 */
function imageUsesOf(kind, object, podSpec, repository, context) {
    const uses = [];
    const where = { context, namespace: object?.metadata?.namespace ?? '', kind, name: object?.metadata?.name ?? '' };
    const add = (container, text) => {
        if (typeof text !== 'string')
            return;
        const reference = parseImageReference(text);
        if (!reference || reference.repository !== repository)
            return;
        if (reference.tag === undefined && reference.digest === undefined)
            return;
        uses.push({ ...where, container, ...(reference.tag !== undefined ? { tag: reference.tag } : {}), ...(reference.digest !== undefined ? { digest: reference.digest } : {}) });
    };
    for (const field of ['containers', 'initContainers', 'ephemeralContainers']) {
        for (const container of podSpec?.[field] ?? [])
            add(container?.name ?? '', container?.image);
    }
    if (kind === 'Pod') {
        for (const field of ['containerStatuses', 'initContainerStatuses', 'ephemeralContainerStatuses']) {
            for (const status of object?.status?.[field] ?? []) {
                add(status?.name ?? '', status?.image);
                add(status?.name ?? '', status?.imageID);
            }
        }
    }
    return uses;
}

;// CONCATENATED MODULE: ./src/core/cleanup/clusterImageUses.ts



/**
 * Every use of the repository's images in one cluster: the workload kinds in all namespaces, listed in pages.
 * Any failure to read (unreachable, forbidden, unknown) is an error naming the context and the kind, because a
 * cleanup that cannot see what runs must not delete anything.
 */
async function clusterImageUses(client, context, repository) {
    const uses = [];
    for (const workload of workloadKinds) {
        let continueToken;
        do {
            let page;
            try {
                page = await client.request({ method: 'GET', path: workload.path, query: { limit: '500', continue: continueToken } });
            }
            catch (error) {
                throw unreadable(context, workload.kind, error);
            }
            for (const item of page.items ?? [])
                uses.push(...imageUsesOf(workload.kind, item, workload.podSpec(item), repository, context));
            continueToken = page.metadata?.continue || undefined;
        } while (continueToken);
    }
    return uses;
}
function unreadable(context, kind, error) {
    const why = error instanceof kubeApiError/* KubeUnreachableError */.Q1
        ? error.message
        : error instanceof kubeApiError/* KubeApiError */.W3
            ? `${kind} list answered HTTP ${error.status}: ${error.message}`
            : error.message;
    return new slipwayError.SlipwayError('kube', `cannot read the images in use in kube context "${context}": ${why}; nothing was deleted`, {
        hint: error instanceof kubeApiError/* KubeApiError */.W3 && error.status === 403
            ? `the credentials need "list" on ${kind.toLowerCase()}s in all namespaces; or pass --without-kube to skip the clusters (then running images are not protected)`
            : 'fix access to the cluster, choose contexts with --kube-context, or pass --without-kube to skip the clusters (then running images are not protected)',
    });
}

// EXTERNAL MODULE: ./src/core/images/imageDigest.ts
var imageDigest = __webpack_require__(50475);
;// CONCATENATED MODULE: ./src/core/cleanup/imageTags.ts

const imageTagPattern = new RegExp(`^(.+)-([0-9a-f]{${imageDigest/* tagDigestLength */.XW}})$`);
const recordTagPattern = /^slipway-commit-([0-9a-f]{40}|[0-9a-f]{64})$/;
/**
 * Classifies a tag: `<image>-<32 hex>` is an image when the image is one slipway knows (from the config or
 * from a commit record); `slipway-commit-<sha>` is a commit record; anything else belongs to someone else
 * and is never touched. Pure.
 */
function classifyTag(tag, knownImages) {
    const record = recordTagPattern.exec(tag);
    if (record)
        return { kind: 'commit-record', commit: record[1] };
    const image = imageTagPattern.exec(tag);
    if (image && knownImages.has(image[1]))
        return { kind: 'image', image: image[1], contentDigest: image[2] };
    return { kind: 'foreign' };
}

// EXTERNAL MODULE: ./src/core/kube/boundedParallel.ts
var boundedParallel = __webpack_require__(28331);
// EXTERNAL MODULE: ./src/core/images/commitMetadata.ts
var commitMetadata = __webpack_require__(20216);
;// CONCATENATED MODULE: ./src/core/cleanup/registryImages.ts




const indexTypes = new Set(['application/vnd.oci.image.index.v1+json', 'application/vnd.docker.distribution.manifest.list.v2+json']);
/** The commit records of these commits (tags `slipway-commit-<sha>`), read in parallel; unreadable ones are skipped with a warning. */
async function readCommitRecords(client, repository, commits, parallelism, warn) {
    const records = new Map();
    const manifestDigests = new Map();
    await (0,boundedParallel/* boundedParallel */.$)(commits, parallelism, async (commit) => {
        try {
            const found = await (0,commitMetadata/* readCommitRecord */.RW)(client, repository, commit);
            if (found)
                manifestDigests.set(commit, found.digest);
            const record = found?.metadata;
            if (record && record.commit === commit && record.images && typeof record.images === 'object')
                records.set(commit, record.images);
        }
        catch (error) {
            if (!(error instanceof SyntaxError))
                throw error;
            // A record that is not slipway's JSON keeps its images unknown: they are not kept by history, so say so.
            warn(`the commit record of ${commit.slice(0, 12)} is not valid JSON; it is left alone`);
        }
    });
    return { records, manifestDigests };
}
/**
 * Reads what the plan needs of each tag: one HEAD for a digest; for a build time one manifest GET and one
 * config blob GET (the first platform's, for an index). A tag that vanished is `digest: null`.
 */
async function inspectTags(client, repository, tags, withBuildTime, parallelism) {
    const facts = new Map();
    await (0,boundedParallel/* boundedParallel */.$)(tags, parallelism, async (tag) => {
        if (!withBuildTime.has(tag)) {
            const head = await client.headManifest(repository, tag);
            facts.set(tag, { digest: head?.digest || null });
            return;
        }
        const found = await client.getManifest(repository, tag);
        if (!found) {
            facts.set(tag, { digest: null });
            return;
        }
        facts.set(tag, { digest: found.descriptor.digest, ...(await buildTimeAndSize(client, repository, found.body, found.descriptor.mediaType)) });
    });
    return facts;
}
async function buildTimeAndSize(client, repository, body, mediaType) {
    let manifest = JSON.parse(body.toString('utf8'));
    let size = 0;
    if (indexTypes.has(manifest.mediaType ?? mediaType) && manifest.manifests?.length) {
        const child = await client.getManifest(repository, manifest.manifests[0].digest);
        if (!child)
            return { builtAt: null };
        manifest = JSON.parse(child.body.toString('utf8'));
    }
    size += (manifest.config?.size ?? 0) + (manifest.layers ?? []).reduce((sum, layer) => sum + (layer.size ?? 0), 0);
    const configDigest = manifest.config?.digest;
    if (!configDigest)
        return { builtAt: null, size };
    const config = JSON.parse((await client.getBlob(repository, configDigest)).toString('utf8'));
    const time = config.created ? Date.parse(config.created) : NaN;
    return { builtAt: Number.isNaN(time) || time <= 0 ? null : time, size };
}
/**
 * Deletes manifests by digest with bounded parallelism (the client retries 429/5xx). A manifest already gone
 * counts as deleted (a second run finishes an interrupted one). A registry that refuses deletion stops
 * everything with an error naming what to enable or grant.
 */
async function deleteDigests(client, registry, repository, digests, parallelism, onDeleted) {
    let refused;
    await (0,boundedParallel/* boundedParallel */.$)(digests, parallelism, async (digest) => {
        if (refused)
            return;
        try {
            onDeleted(digest, await client.deleteManifest(repository, digest));
        }
        catch (error) {
            refused ??= explainDeleteRefusal(error, registry, repository);
        }
    });
    if (refused)
        throw refused;
}
function explainDeleteRefusal(error, registry, repository) {
    if (!(error instanceof registryClient/* RegistryStatusError */.CX))
        return error;
    const on = `${registry}/${repository}`;
    if (error.status === 405) {
        return new slipwayError.SlipwayError('registry', `the registry refuses to delete manifests of ${on} (HTTP 405): ${error.message}`, {
            hint: registry === 'ghcr.io'
                ? 'ghcr.io deletes through the GitHub API: pass a token with delete:packages (github-token input, $GITHUB_TOKEN)'
                : 'enable deletes in the registry (distribution: REGISTRY_STORAGE_DELETE_ENABLED=true; Harbor/GitLab: a token allowed to delete)',
        });
    }
    if (error.status === 401 || error.status === 403) {
        return new slipwayError.SlipwayError('registry', `not allowed to delete from ${on} (HTTP ${error.status}): ${error.message}`, {
            hint: 'the registry credentials need the delete permission on this repository (a token scope such as delete:packages on GitHub, api on GitLab)',
        });
    }
    return error;
}

;// CONCATENATED MODULE: ./src/core/cleanup/gitHistory.ts
/**
 * The commits reachable from `head`, newest committer time first (ties by id), so "the last N images" and
 * "images within a duration" mean the same whatever the shape of the history or a skewed clock. Pure.
 */
function historyNewestFirst(graph, head) {
    const reachable = [];
    const seen = new Set([head]);
    const stack = [head];
    while (stack.length > 0) {
        const commit = stack.pop();
        const node = graph.get(commit);
        if (!node)
            continue; // beyond a shallow boundary
        reachable.push({ commit, time: node.time });
        for (const parent of node.parents) {
            if (seen.has(parent))
                continue;
            seen.add(parent);
            stack.push(parent);
        }
    }
    return reachable.sort((a, b) => b.time - a.time || (a.commit < b.commit ? -1 : a.commit > b.commit ? 1 : 0));
}

;// CONCATENATED MODULE: ./src/core/cleanup/referenceSelection.ts
/** A name or a `/regex/` matched against the whole name, as werf anchors it (`^(?:regex)$`). Pure. */
function referenceMatches(match, name) {
    return match.regex !== undefined ? new RegExp(`^(?:${match.regex})$`).test(name) : match.name === name;
}
/**
 * Which references each policy keeps images for: the references of its kind whose name matches, limited by
 * `limit` (`last`: the N most recently active (a branch by its head commit's committer time, a tag by its creation:
 * the tagger date of an annotated tag, the commit's time for a lightweight one); `in`:
 * active within the duration; `operator`: both or either). When several policies select one reference, the
 * last of them gives its imagesPerReference ("from the general to the particular", as werf documents). Pure.
 */
function selectReferences(policies, references, now) {
    const chosen = new Map();
    policies.forEach((policy, index) => {
        const candidates = references
            .filter((reference) => reference.kind === policy.references.kind && referenceMatches(policy.references.match, reference.name))
            .sort((a, b) => b.time - a.time || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        candidates.forEach((reference, rank) => {
            if (!withinLimit(policy.references.limit, rank, reference.time, now))
                return;
            chosen.set(`${reference.kind}/${reference.name}`, {
                reference,
                policy: index,
                ...(policy.imagesPerReference ? { imagesPerReference: policy.imagesPerReference } : {}),
            });
        });
    });
    return [...chosen.values()];
}
/**
 * Whether the item of this rank (0 = newest) and time passes a limit: the conditions that are set are
 * combined with the operator; no limit passes everything. Pure.
 */
function withinLimit(limit, rank, time, now) {
    if (!limit)
        return true;
    const conditions = [];
    if (limit.last !== undefined)
        conditions.push(rank < limit.last);
    if (limit.inMs !== undefined)
        conditions.push(time >= now - limit.inMs);
    if (conditions.length === 0)
        return true;
    return limit.operator === 'Or' ? conditions.some(Boolean) : conditions.every(Boolean);
}

;// CONCATENATED MODULE: ./src/core/cleanup/referenceImages.ts


/**
 * The images a selected reference keeps, per image name of the configuration: walking the reference's history
 * newest first, each distinct image (an image whose inputs did not change across many commits is one image)
 * gets the next rank, and `imagesPerReference` (last N / in a duration / operator) decides which ranks are kept;
 * no imagesPerReference keeps every image of the history. A tag is scanned at its own commit only. The walk
 * stops as soon as no further commit can add an image. Pure.
 */
function imagesOfReference(selected, graph, records, imageNames, now) {
    const limit = selected.imagesPerReference;
    const names = new Set(imageNames);
    const seen = new Map();
    const kept = [];
    const reference = selected.reference;
    const commits = reference.kind === 'tag' ? [{ commit: reference.commit, time: graph.get(reference.commit)?.time ?? reference.time }] : historyNewestFirst(graph, reference.commit);
    for (const { commit, time } of commits) {
        if (limit && exhausted(limit, seen, imageNames, time, now))
            break;
        const images = records.get(commit);
        if (!images)
            continue;
        for (const image of Object.keys(images).sort()) {
            if (!names.has(image))
                continue;
            const { tag, digest } = images[image];
            let tags = seen.get(image);
            if (!tags)
                seen.set(image, (tags = new Set()));
            if (tags.has(tag))
                continue;
            const rank = tags.size;
            tags.add(tag);
            if (withinLimit(limit, rank, time, now))
                kept.push({ image, tag, digest, commit, time, rank });
        }
    }
    return kept;
}
/** Whether no older commit can add a kept image: the limit's set conditions can no longer pass. */
function exhausted(limit, seen, imageNames, time, now) {
    const spent = [];
    if (limit.last !== undefined)
        spent.push(imageNames.every((name) => (seen.get(name)?.size ?? 0) >= limit.last));
    if (limit.inMs !== undefined)
        spent.push(time < now - limit.inMs);
    if (spent.length === 0)
        return false;
    return limit.operator === 'Or' ? spent.every(Boolean) : spent.some(Boolean);
}

;// CONCATENATED MODULE: ./src/core/cleanup/retentionPlan.ts



/**
 * The cleanup decision, from plain values: every image tag of the repository is kept when something needs it
 * (in use in a cluster, the keep list, a keep policy for a reference, built within the last N hours) and
 * otherwise deleted by digest, unless a tag that stays shares the digest. Call it, fetch what `needs` lists,
 * call it again: the second plan is final. Pure.
 */
function retentionPlan(input) {
    const knownImages = new Set(input.imageNames);
    for (const images of input.records.values())
        for (const name of Object.keys(images))
            knownImages.add(name);
    // What the records say of each tag: its digest when every record agrees (a tag pushed again with other bytes
    // makes records disagree, and then the registry is asked), and the earliest build time any record holds.
    const recordDigest = new Map();
    const disagreeing = new Set();
    const recordBuiltAt = new Map();
    for (const images of input.records.values()) {
        for (const { tag, digest, builtAt } of Object.values(images)) {
            const known = recordDigest.get(tag);
            if (known !== undefined && known !== digest)
                disagreeing.add(tag);
            recordDigest.set(tag, digest);
            const time = builtAt !== undefined ? Date.parse(builtAt) : NaN;
            if (!Number.isNaN(time))
                recordBuiltAt.set(tag, Math.min(time, recordBuiltAt.get(tag) ?? Infinity));
        }
    }
    for (const tag of disagreeing)
        recordDigest.delete(tag);
    const digestOf = (tag) => (input.digests.has(tag) ? input.digests.get(tag) : recordDigest.get(tag));
    const builtAtOf = (tag) => (input.builtAt.has(tag) ? input.builtAt.get(tag) : recordBuiltAt.get(tag));
    const imageTags = new Map();
    const recordTags = new Map();
    const foreign = [];
    for (const tag of input.tags) {
        const kind = classifyTag(tag, knownImages);
        if (kind.kind === 'image')
            imageTags.set(tag, kind.image);
        else if (kind.kind === 'commit-record')
            recordTags.set(tag, kind.commit);
        else
            foreign.push(tag);
    }
    const reasons = new Map();
    const keepFor = (tag, reason) => {
        if (!imageTags.has(tag))
            return;
        const list = reasons.get(tag) ?? [];
        list.push(reason);
        reasons.set(tag, list);
    };
    // In use: by tag now, by digest once the candidates' digests are known (below).
    const usesByTag = new Map();
    const usesByDigest = new Map();
    for (const use of input.inUse ?? []) {
        if (use.tag !== undefined)
            usesByTag.set(use.tag, [...(usesByTag.get(use.tag) ?? []), use]);
        if (use.digest !== undefined)
            usesByDigest.set(use.digest, [...(usesByDigest.get(use.digest) ?? []), use]);
    }
    const inUseReason = (uses) => ({ kind: 'in-use', use: [...uses].sort(byOwnerFirst)[0], more: uses.length - 1 });
    for (const [tag, uses] of usesByTag)
        keepFor(tag, inUseReason(uses));
    for (const tag of imageTags.keys()) {
        const digest = recordDigest.get(tag);
        const uses = digest !== undefined ? usesByDigest.get(digest) : undefined;
        if (uses && !usesByTag.has(tag))
            keepFor(tag, inUseReason(uses));
    }
    for (const tag of imageTags.keys()) {
        const pattern = input.keep.find((match) => referenceMatches(match, tag));
        if (pattern)
            keepFor(tag, { kind: 'keep-list', pattern: pattern.regex !== undefined ? `/${pattern.regex}/` : pattern.name });
    }
    if (input.git) {
        for (const selected of selectReferences(input.git.policies, input.git.references, input.now)) {
            const reference = `${selected.reference.kind} ${selected.reference.name}`;
            for (const found of imagesOfReference(selected, input.git.graph, input.records, input.imageNames, input.now)) {
                keepFor(found.tag, { kind: 'policy', policy: selected.policy, reference, commit: found.commit, rank: found.rank });
            }
        }
    }
    const gone = [];
    const needsDigests = [];
    const needsBuildTimes = [];
    const candidates = [];
    for (const tag of imageTags.keys()) {
        if (reasons.has(tag))
            continue;
        const digest = digestOf(tag);
        if (digest === null) {
            gone.push(tag);
            continue;
        }
        if (digest === undefined) {
            needsDigests.push(tag);
            if (input.builtWithinHours !== undefined && builtAtOf(tag) === undefined)
                needsBuildTimes.push(tag);
            continue;
        }
        const uses = usesByDigest.get(digest);
        if (uses) {
            keepFor(tag, inUseReason(uses));
            continue;
        }
        if (input.builtWithinHours !== undefined) {
            const builtAt = builtAtOf(tag);
            if (builtAt === undefined) {
                needsBuildTimes.push(tag);
                continue;
            }
            if (builtAt === null) {
                keepFor(tag, { kind: 'build-time-unknown' });
                continue;
            }
            if (builtAt >= input.now - input.builtWithinHours * 3_600_000) {
                keepFor(tag, { kind: 'built-within', hours: input.builtWithinHours, builtAt });
                continue;
            }
        }
        candidates.push(tag);
    }
    // A DELETE by digest removes every tag with that digest, so the digest of every tag that stays must be known:
    // from the records for slipway's images, from the registry for the others.
    const stays = [...foreign, ...[...imageTags.keys()].filter((tag) => reasons.has(tag))];
    const stayingDigests = new Map();
    if (candidates.length > 0 || needsDigests.length > 0) {
        for (const tag of stays) {
            const digest = digestOf(tag);
            if (digest === undefined)
                needsDigests.push(tag);
            else if (digest !== null)
                stayingDigests.set(digest, tag);
        }
    }
    if (needsDigests.length > 0 || needsBuildTimes.length > 0) {
        return { kept: keptList(imageTags, reasons, input.digests, recordDigest), deleted: [], deletedRecords: [], keptRecords: recordTags.size, foreign, gone, needs: { digests: needsDigests, buildTimes: needsBuildTimes } };
    }
    const deletedByDigest = new Map();
    for (const tag of candidates) {
        const digest = digestOf(tag);
        const sharedWith = stayingDigests.get(digest);
        if (sharedWith !== undefined) {
            keepFor(tag, { kind: 'shares-digest', digest, with: sharedWith });
            continue;
        }
        const entry = deletedByDigest.get(digest) ?? { digest, tags: [], image: imageTags.get(tag) };
        entry.tags.push(tag);
        deletedByDigest.set(digest, entry);
    }
    const deletedTags = new Set([...deletedByDigest.values()].flatMap((entry) => entry.tags));
    const present = new Set(input.tags.filter((tag) => !gone.includes(tag)));
    const deletedRecords = [];
    for (const [tag, commit] of recordTags) {
        const images = input.records.get(commit);
        if (!images)
            continue;
        const all = Object.values(images);
        if (all.every(({ tag: imageTag }) => deletedTags.has(imageTag) || !present.has(imageTag)))
            deletedRecords.push(tag);
    }
    return {
        kept: keptList(imageTags, reasons, input.digests, recordDigest),
        deleted: [...deletedByDigest.values()].sort((a, b) => (a.tags[0] < b.tags[0] ? -1 : 1)),
        deletedRecords: deletedRecords.sort(),
        keptRecords: recordTags.size - deletedRecords.length,
        foreign: foreign.sort(),
        gone: gone.sort(),
        needs: { digests: [], buildTimes: [] },
    };
}
/** Workloads people name first: the Deployment rather than its ReplicaSet or Pod. */
const kindPreference = ['Deployment', 'StatefulSet', 'DaemonSet', 'CronJob', 'Job', 'ReplicationController', 'ReplicaSet', 'Pod'];
function byOwnerFirst(a, b) {
    const rank = (use) => (kindPreference.indexOf(use.kind) + kindPreference.length + 1) % (kindPreference.length + 1);
    return rank(a) - rank(b) || (a.context < b.context ? -1 : a.context > b.context ? 1 : 0) || (a.namespace < b.namespace ? -1 : a.namespace > b.namespace ? 1 : 0) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
}
function keptList(imageTags, reasons, digests, recordDigest) {
    return [...reasons.entries()]
        .map(([tag, list]) => {
        const digest = digests.has(tag) ? digests.get(tag) : recordDigest.get(tag);
        return { tag, image: imageTags.get(tag), ...(digest ? { digest } : {}), reasons: list };
    })
        .sort((a, b) => (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0));
}

;// CONCATENATED MODULE: ./src/core/cleanup/runCleanup.ts












/**
 * `slipway cleanup`: read Git history (branches, tags, commits), the images running in every given cluster and
 * the repository's tags and commit records; decide (retentionPlan, pure); then delete by digest, images first
 * and commit records after, so an interrupted run leaves nothing a second run cannot finish. Every read
 * happens before the first deletion; any read that fails stops the cleanup with nothing deleted.
 */
async function runCleanup(options) {
    const started = Date.now();
    const now = options.now ?? Date.now();
    const parallelism = options.parallelism ?? 8;
    const names = options.inputNames ?? inputNames/* cliInputNames */.tE;
    const { root, config } = await (0,openProject.openProject)({ dir: options.dir, ...(options.configFile !== undefined ? { configFile: options.configFile } : {}) });
    const repository = (0,imageRepository/* parseImageRepository */.f)(options.repo, { input: names.repo });
    const credentials = await (0,registryCredentials/* findRegistryCredentials */.zz)(repository.registry, { username: options.username, password: options.password, env: options.env });
    const client = new registryClient/* RegistryClient */.bP({
        host: repository.apiHost,
        ...(credentials ? { credentials } : {}),
        insecure: options.insecureRegistry ?? (0,imageRepository/* isLoopbackRegistry */.j)(repository.registry),
        ...(options.retry ? { retry: options.retry } : {}),
        onRetry: (what, attempt, reason, delay) => options.log.info(`registry: ${what}: ${reason}, retry ${attempt} in ${delay} ms`),
    });
    const policy = config.cleanup;
    let history;
    if (!policy.disableGitHistoryBasedPolicy) {
        history = await readReferenceHistory(root, { fetch: options.fetch });
        options.log.info(`git: ${history.references.filter((r) => r.kind === 'branch').length} branches (${history.branchSource}), ${history.references.filter((r) => r.kind === 'tag').length} tags, ${history.graph.size} commits`);
    }
    else {
        options.log.info('git: the Git-history policy is disabled (cleanup.disableGitHistoryBasedPolicy); images are kept only by the other rules');
    }
    let inUse;
    let kube;
    if (policy.disableKubernetesBasedPolicy) {
        kube = 'disabled';
        options.log.warning('the Kubernetes policy is disabled (cleanup.disableKubernetesBasedPolicy): images running in clusters are not protected');
    }
    else if (options.kube === 'without-kube') {
        kube = 'skipped';
        options.log.warning('--without-kube: the clusters are not read, images running in them are not protected');
    }
    else {
        if (options.kube.length === 0)
            throw new slipwayError.SlipwayError('input', 'no kube context to read the images in use from', { where: { input: names.kubeContext }, hint: 'pass --kube-context (or a kubeconfig with contexts), or --without-kube to skip the clusters' });
        const canonical = canonicalImageRepository(repository);
        inUse = [];
        for (const target of options.kube) {
            const uses = await clusterImageUses(target.client, target.context, canonical);
            options.log.info(`kube: context ${target.context}: ${uses.length} container(s) use ${repository.name}`);
            inUse.push(...uses);
        }
        kube = { contexts: options.kube.map((target) => target.context), uses: inUse.length };
    }
    const tags = await client.listTags(repository.path);
    const recordCommits = tags.flatMap((tag) => {
        const kind = classifyTag(tag, new Set());
        return kind.kind === 'commit-record' ? [kind.commit] : [];
    });
    const { records, manifestDigests } = await readCommitRecords(client, repository.path, recordCommits, parallelism, options.log.warning);
    options.log.info(`registry: ${repository.name}: ${tags.length} tags, ${records.size} commit records`);
    const builtWithinHours = options.keepBuiltWithinHours !== undefined ? (options.keepBuiltWithinHours > 0 ? options.keepBuiltWithinHours : undefined) : policy.keepImagesBuiltWithinLastNHours;
    const digests = new Map();
    const builtAt = new Map();
    const sizes = new Map();
    const input = () => ({
        now,
        imageNames: config.images.map((image) => image.name),
        tags,
        records,
        ...(history ? { git: { references: history.references, graph: history.graph, policies: policy.keepPolicies } } : {}),
        ...(inUse ? { inUse } : {}),
        keep: [...policy.keepImages, ...options.keep],
        ...(builtWithinHours !== undefined ? { builtWithinHours } : {}),
        digests,
        builtAt,
    });
    let plan = retentionPlan(input());
    for (let round = 0; plan.needs.digests.length + plan.needs.buildTimes.length > 0; round++) {
        if (round > 2)
            throw new slipwayError.SlipwayError('internal', 'the cleanup plan did not settle after reading the registry twice');
        const wanted = [...new Set([...plan.needs.digests, ...plan.needs.buildTimes])];
        const facts = await inspectTags(client, repository.path, wanted, new Set(plan.needs.buildTimes), parallelism);
        for (const [tag, fact] of facts) {
            digests.set(tag, fact.digest);
            if (fact.size !== undefined)
                sizes.set(tag, fact.size);
            if (fact.builtAt !== undefined)
                builtAt.set(tag, fact.builtAt);
            else if (fact.digest === null)
                builtAt.set(tag, null);
        }
        plan = retentionPlan(input());
    }
    const planned = Date.now();
    const deletedDigests = [];
    const deletedRecords = [];
    const warnings = [];
    if (!options.dryRun) {
        const deleter = options.deleter?.(repository);
        const remove = (images, onDeleted) => deleter ? deleter.deleteImages(images, onDeleted) : deleteDigests(client, repository.registry, repository.path, images.map((image) => image.digest), parallelism, onDeleted);
        const goneDigests = [];
        await remove(plan.deleted, (digest, outcome) => {
            deletedDigests.push(digest);
            if (outcome === 'gone')
                goneDigests.push(digest);
        });
        // A digest already gone while its tag is still there means the tag was pushed again with other bytes
        // after its records were written: leave it for the next cleanup, which reads its digest from the registry.
        const goneTags = plan.deleted.filter((image) => goneDigests.includes(image.digest)).flatMap((image) => image.tags);
        for (const [tag, fact] of await inspectTags(client, repository.path, goneTags, new Set(), parallelism)) {
            if (fact.digest) {
                const warning = `tag ${tag} now points at ${fact.digest}, not the digest its commit records give; it is left for the next cleanup`;
                warnings.push(warning);
                options.log.warning(warning);
            }
        }
        // Records go after their images: a run killed in between leaves records a second run removes.
        const recordByDigest = new Map();
        for (const tag of plan.deletedRecords) {
            const digest = manifestDigests.get(tag.slice('slipway-commit-'.length));
            if (digest)
                recordByDigest.set(digest, tag);
        }
        await remove([...recordByDigest].map(([digest, tag]) => ({ digest, tags: [tag] })), (digest) => void deletedRecords.push(recordByDigest.get(digest)));
    }
    return {
        repository: repository.name,
        dryRun: options.dryRun,
        plan,
        policies: policy.keepPolicies,
        sizes: Object.fromEntries(sizes),
        deletedDigests,
        deletedRecords: deletedRecords.sort(),
        git: history ? { references: history.references.length, commits: history.graph.size, branchSource: history.branchSource } : 'disabled',
        kube,
        tags: tags.length,
        records: records.size,
        registryRequests: client.stats,
        timings: { planMs: planned - started, deleteMs: Date.now() - planned },
        warnings,
    };
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

/***/ 20216:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RW: () => (/* binding */ readCommitRecord),
/* harmony export */   Y7: () => (/* binding */ recordCommitMetadata)
/* harmony export */ });
/* unused harmony exports commitMetadataArtifactType, commitMetadataDocument, commitMetadataAnnotation, commitMetadataManifest, readCommitMetadata */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(16602);
/* harmony import */ var _imageDigest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(50475);



const commitMetadataArtifactType = 'application/vnd.slipway.commit.v1+json';
const emptyConfig = Buffer.from('{}');
const emptyConfigMediaType = 'application/vnd.oci.empty.v1+json';
/** The record's bytes: deterministic (sorted, no timestamps) so re-running a commit changes nothing. Pure. */
function commitMetadataDocument(metadata) {
    const images = {};
    for (const name of Object.keys(metadata.images).sort())
        images[name] = metadata.images[name];
    return Buffer.from(JSON.stringify({ schemaVersion: 1, project: metadata.project, commit: metadata.commit, images }));
}
/** Annotation holding the record (so the manifest is the whole record: one request to write or read). */
const commitMetadataAnnotation = 'io.slipway.commit-images';
/**
 * The OCI 1.1 artifact manifest of a record: the empty config and empty layer of the OCI guidance,
 * the record itself in an annotation. Pure.
 */
function commitMetadataManifest(metadata, document) {
    const empty = { mediaType: emptyConfigMediaType, digest: `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(emptyConfig).digest('hex')}`, size: emptyConfig.length };
    return Buffer.from(JSON.stringify({
        schemaVersion: 2,
        mediaType: 'application/vnd.oci.image.manifest.v1+json',
        artifactType: commitMetadataArtifactType,
        config: empty,
        layers: [empty],
        annotations: {
            'org.opencontainers.image.revision': metadata.commit,
            'io.slipway.project': metadata.project,
            [commitMetadataAnnotation]: document.toString('utf8'),
        },
    }));
}
/**
 * Records the commit's images under the tag `slipway-commit-<commit>` in the image repository: one
 * HEAD when the record is there and this run built nothing (a commit's images are a function of the commit,
 * so its record is already right), else one manifest PUT (plus the 2-byte empty blob the first time a
 * repository gets a record). When this run rebuilt an image of a recorded commit, the record is read and the
 * build times it holds for the other images are kept.
 */
async function recordCommitMetadata(client, repository, metadata) {
    const tag = (0,_imageDigest_js__WEBPACK_IMPORTED_MODULE_2__/* .commitMetadataTag */ .ll)(metadata.commit);
    const existing = await client.headManifest(repository, tag);
    const builtNow = Object.values(metadata.images).some((image) => image.builtAt !== undefined);
    if (existing && !builtNow)
        return 'unchanged';
    if (existing) {
        const previous = await readCommitMetadata(client, repository, metadata.commit).catch(() => undefined);
        for (const [name, image] of Object.entries(metadata.images)) {
            const before = previous?.images?.[name];
            if (image.builtAt === undefined && before?.tag === image.tag && before.builtAt !== undefined)
                metadata.images[name] = { ...image, builtAt: before.builtAt };
        }
    }
    const document = commitMetadataDocument(metadata);
    const manifest = commitMetadataManifest(metadata, document);
    const manifestDigest = `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(manifest).digest('hex')}`;
    if (existing?.digest === manifestDigest)
        return 'unchanged';
    try {
        await client.putManifest(repository, tag, manifest, 'application/vnd.oci.image.manifest.v1+json');
    }
    catch (error) {
        if (!(error instanceof _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_1__.SlipwayError) || !/BLOB_UNKNOWN/i.test(error.message))
            throw error;
        await client.pushBlob(repository, emptyConfig);
        await client.putManifest(repository, tag, manifest, 'application/vnd.oci.image.manifest.v1+json');
    }
    return 'recorded';
}
/** Reads a commit's record back (for cleanup), or undefined when there is none. */
async function readCommitMetadata(client, repository, commit) {
    return (await readCommitRecord(client, repository, commit))?.metadata;
}
/** A commit's record and the digest of its manifest (what deleting it takes). */
async function readCommitRecord(client, repository, commit) {
    const found = await client.getManifest(repository, (0,_imageDigest_js__WEBPACK_IMPORTED_MODULE_2__/* .commitMetadataTag */ .ll)(commit));
    if (!found)
        return undefined;
    const manifest = JSON.parse(found.body.toString('utf8'));
    const record = manifest.annotations?.[commitMetadataAnnotation];
    return { metadata: record === undefined ? undefined : JSON.parse(record), digest: found.descriptor.digest };
}


/***/ }),

/***/ 50475:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I_: () => (/* binding */ imageTag),
/* harmony export */   Wf: () => (/* binding */ imageDigest),
/* harmony export */   XW: () => (/* binding */ tagDigestLength),
/* harmony export */   ll: () => (/* binding */ commitMetadataTag)
/* harmony export */ });
/* unused harmony export digestFormatVersion */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

/** Bump when the digest recipe changes, so old tags are never reused for differently computed content. */
const digestFormatVersion = '1';
/**
 * The content digest of an image: sha256 (hex) over a canonical, line-based serialisation of its
 * inputs. The same inputs give the same digest on any commit and machine. Pure.
 */
function imageDigest(input) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    const line = (...parts) => {
        hash.update(parts.map((part) => JSON.stringify(part)).join(' '));
        hash.update('\n');
    };
    line('slipway-image-digest', digestFormatVersion);
    line('cache-version', input.cacheVersion);
    line('dockerfile', input.dockerfileId);
    line('target', input.target ?? '');
    for (const key of Object.keys(input.args).sort())
        line('arg', key, input.args[key]);
    for (const platform of [...input.platforms].sort())
        line('platform', platform);
    for (const id of [...input.secretIds].sort())
        line('secret', id);
    for (const key of Object.keys(input.dependencies).sort())
        line('dependency', key, input.dependencies[key]);
    const files = [...input.contextFiles].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    for (const file of files)
        line('file', file.mode, file.id, file.path);
    return hash.digest('hex');
}
/** Hex characters of the digest kept in the tag: 128 bits. */
const tagDigestLength = 32;
/**
 * The tag of an image: `<image name>-<first 32 hex of its content digest>`, e.g.
 * `backend-3f5a…`. All images of a project share one repository (works on every registry, Docker Hub
 * included); the name prefix keeps them apart and readable.
 */
function imageTag(imageName, digest) {
    return `${imageName}-${digest.slice(0, tagDigestLength)}`;
}
/** The tag under which a commit's image metadata is recorded (see commitMetadata). */
function commitMetadataTag(commit) {
    return `slipway-commit-${commit}`;
}


/***/ }),

/***/ 28331:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ boundedParallel),
/* harmony export */   P: () => (/* binding */ boundedSettled)
/* harmony export */ });
/**
 * Runs `work` for every item with at most `limit` in flight; results keep input order. The first failure
 * stops new starts and is thrown after running ones settle, so nothing is left writing behind our back.
 */
async function boundedParallel(items, limit, work) {
    const results = new Array(items.length);
    let next = 0;
    let failure;
    const worker = async () => {
        while (failure === undefined && next < items.length) {
            const index = next++;
            try {
                results[index] = await work(items[index], index);
            }
            catch (error) {
                failure ??= { error };
            }
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
    if (failure)
        throw failure.error;
    return results;
}
/** Like boundedParallel, but runs everything and returns each outcome (for cleanup that must try all). */
async function boundedSettled(items, limit, work) {
    return boundedParallel(items, limit, async (item) => {
        try {
            return { status: 'fulfilled', value: await work(item) };
        }
        catch (reason) {
            return { status: 'rejected', reason };
        }
    });
}


/***/ }),

/***/ 87290:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q1: () => (/* binding */ KubeUnreachableError),
/* harmony export */   W3: () => (/* binding */ KubeApiError),
/* harmony export */   c4: () => (/* binding */ isNotFound),
/* harmony export */   dh: () => (/* binding */ isConflict),
/* harmony export */   x9: () => (/* binding */ isAlreadyExists)
/* harmony export */ });
/** A Status answer of the Kubernetes API (4xx/5xx), with the parts callers decide on. */
class KubeApiError extends Error {
    status;
    reason;
    details;
    constructor(status, reason, message, details) {
        super(message);
        this.name = 'KubeApiError';
        this.status = status;
        this.reason = reason;
        this.details = details;
    }
}
/** The apiserver could not be reached at all (refused, reset, DNS, TLS), after retries. */
class KubeUnreachableError extends Error {
    server;
    code;
    constructor(server, code) {
        super(`cannot reach the Kubernetes API at ${server} (${code})`);
        this.server = server;
        this.code = code;
        this.name = 'KubeUnreachableError';
    }
}
const isNotFound = (error) => error instanceof KubeApiError && error.status === 404;
const isConflict = (error) => error instanceof KubeApiError && error.status === 409;
const isAlreadyExists = (error) => error instanceof KubeApiError && error.status === 409 && error.reason === 'AlreadyExists';


/***/ }),

/***/ 17779:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ KubeClient)
/* harmony export */ });
/* unused harmony export isNetworkError */
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(44708);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_https__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _kubeApiError_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(87290);



const retryableCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN', 'ECONNABORTED', 'UND_ERR_SOCKET']);
const retryableStatuses = new Set([429, 502, 503, 504]);
/**
 * The one door to the apiserver: JSON over HTTP(S) with the kubeconfig's TLS and credentials, a pooled
 * keep-alive agent, retries across an apiserver restart (every request slipway makes is idempotent:
 * reads, server-side apply, deletes, and creates whose AlreadyExists callers handle), and a count of
 * writes so tests can prove that an unchanged deploy writes nothing. Credentials stay inside: errors carry
 * the server URL and the API's Status message only.
 */
class KubeClient {
    server;
    /** Mutating requests sent (dry-runs excluded). */
    writes = 0;
    /** Requests sent, for figures. */
    requests = 0;
    #config;
    #agent;
    #retryForMs;
    #auth;
    constructor(config, options = {}) {
        this.#config = config;
        this.server = config.getCurrentCluster().server.replace(/\/$/, '');
        const maxSockets = options.maxSockets ?? 32;
        this.#agent = this.server.startsWith('https:') ? new (node_https__WEBPACK_IMPORTED_MODULE_1___default().Agent)({ keepAlive: true, maxSockets }) : new (node_http__WEBPACK_IMPORTED_MODULE_0___default().Agent)({ keepAlive: true, maxSockets });
        this.#retryForMs = options.retryForMs ?? 60_000;
    }
    get contextName() {
        return this.#config.getCurrentContext();
    }
    get defaultNamespace() {
        return this.#config.getContextObject(this.#config.getCurrentContext())?.namespace;
    }
    close() {
        this.#agent.destroy();
    }
    /** TLS material and auth headers from the kubeconfig, refreshed every 30 s (exec and token plugins rotate). */
    async #authOptions() {
        if (this.#auth && Date.now() - this.#auth.at < 30_000)
            return this.#auth.options;
        const options = {};
        await this.#config.applyToHTTPSOptions(options);
        const cluster = this.#config.getCurrentCluster();
        const { agent: _discarded, ...rest } = options;
        if (cluster?.skipTLSVerify)
            rest.rejectUnauthorized = false;
        if (cluster?.tlsServerName)
            rest.servername = cluster.tlsServerName;
        this.#auth = { at: Date.now(), options: rest };
        return rest;
    }
    async request(request) {
        const deadline = Date.now() + this.#retryForMs;
        let attempt = 0;
        for (;;) {
            try {
                return (await this.#once(request));
            }
            catch (error) {
                const retryable = (error instanceof _kubeApiError_js__WEBPACK_IMPORTED_MODULE_2__/* .KubeApiError */ .W3 && retryableStatuses.has(error.status)) || (error instanceof NetworkError && retryableCodes.has(error.code));
                if (!retryable || Date.now() > deadline || request.signal?.aborted) {
                    if (error instanceof NetworkError)
                        throw new _kubeApiError_js__WEBPACK_IMPORTED_MODULE_2__/* .KubeUnreachableError */ .Q1(this.server, error.code);
                    throw error;
                }
                attempt++;
                await sleep(Math.min(2000, 100 * 2 ** attempt), request.signal);
            }
        }
    }
    #url(path, query) {
        const url = new URL(this.server + path);
        for (const [key, value] of Object.entries(query ?? {}))
            if (value !== undefined)
                url.searchParams.set(key, value);
        return url;
    }
    async #once(request) {
        const url = this.#url(request.path, request.query);
        const auth = await this.#authOptions();
        const body = request.body === undefined ? undefined : Buffer.from(JSON.stringify(request.body));
        const isDryRun = url.searchParams.get('dryRun') === 'All';
        if (request.method !== 'GET' && !isDryRun)
            this.writes++;
        this.requests++;
        const headers = { ...auth.headers, accept: request.accept ?? 'application/json' };
        if (body) {
            headers['content-type'] = request.contentType ?? 'application/json';
            headers['content-length'] = String(body.length);
        }
        if (auth.auth)
            headers.authorization = `Basic ${Buffer.from(auth.auth).toString('base64')}`;
        const transport = url.protocol === 'https:' ? (node_https__WEBPACK_IMPORTED_MODULE_1___default()) : (node_http__WEBPACK_IMPORTED_MODULE_0___default());
        return await new Promise((resolve, reject) => {
            const req = transport.request(url, 
            // A request without an answer in 30 s is treated as a lost connection and retried.
            { ...auth, auth: undefined, headers, method: request.method, agent: this.#agent, signal: request.signal, timeout: 30_000 }, (res) => {
                const chunks = [];
                res.on('data', (c) => chunks.push(c));
                res.on('error', (e) => reject(new NetworkError(e.code ?? 'ECONNRESET')));
                // A server that dies mid-response closes the socket without 'end' or 'error'.
                res.on('close', () => {
                    if (!res.complete)
                        reject(new NetworkError('ECONNRESET'));
                });
                res.on('end', () => {
                    const text = Buffer.concat(chunks).toString('utf8');
                    const status = res.statusCode ?? 0;
                    let parsed;
                    try {
                        parsed = text === '' ? {} : JSON.parse(text);
                    }
                    catch {
                        parsed = { message: text.slice(0, 500) };
                    }
                    if (status >= 200 && status < 300)
                        resolve(parsed);
                    else
                        reject(new _kubeApiError_js__WEBPACK_IMPORTED_MODULE_2__/* .KubeApiError */ .W3(status, parsed?.reason ?? String(status), parsed?.message ?? `HTTP ${status}`, parsed?.details));
                });
            });
            req.on('error', (e) => {
                if (e.name === 'AbortError')
                    reject(e);
                else
                    reject(new NetworkError(e.code ?? 'ECONNRESET'));
            });
            req.on('timeout', () => req.destroy(Object.assign(new Error('timeout'), { code: 'ETIMEDOUT' })));
            if (body)
                req.write(body);
            req.end();
        });
    }
    /**
     * Streams watch events of a collection until `signal` fires or the server ends the watch (then it
     * resolves; callers re-list and re-watch). Objects are delivered in order.
     */
    async watch(path, query, onEvent, signal) {
        await this.streamLines(path, { ...query, watch: '1', allowWatchBookmarks: 'true' }, (line) => {
            let event;
            try {
                event = JSON.parse(line);
            }
            catch {
                return; // the tail of a watch cut mid-event: the caller re-lists from its last resourceVersion
            }
            onEvent(event);
        }, signal);
    }
    /**
     * A long-lived GET whose body is read line by line as it arrives (watches, `pods/log?follow=true`), with
     * the same TLS and credentials as every request. Resolves when the server ends the stream or `signal`
     * fires; rejects with the API's Status when the server refuses it. An unfinished last line is delivered.
     */
    async streamLines(path, query, onLine, signal) {
        const url = this.#url(path, query);
        const auth = await this.#authOptions();
        const headers = { ...auth.headers, accept: 'application/json' };
        if (auth.auth)
            headers.authorization = `Basic ${Buffer.from(auth.auth).toString('base64')}`;
        const transport = url.protocol === 'https:' ? (node_https__WEBPACK_IMPORTED_MODULE_1___default()) : (node_http__WEBPACK_IMPORTED_MODULE_0___default());
        this.requests++;
        await new Promise((resolve, reject) => {
            // Streams get their own connection so they never hold a pooled socket others wait for.
            const req = transport.request(url, { ...auth, auth: undefined, headers, method: 'GET', agent: false, signal }, (res) => {
                if ((res.statusCode ?? 0) >= 300) {
                    const chunks = [];
                    res.on('data', (c) => chunks.push(c));
                    res.on('end', () => {
                        let parsed = {};
                        try {
                            parsed = JSON.parse(Buffer.concat(chunks).toString('utf8'));
                        }
                        catch {
                            /* not a Status */
                        }
                        reject(new _kubeApiError_js__WEBPACK_IMPORTED_MODULE_2__/* .KubeApiError */ .W3(res.statusCode ?? 0, parsed.reason ?? '', parsed.message ?? `HTTP ${res.statusCode}`));
                    });
                    return;
                }
                let buffered = '';
                let finished = false;
                const finish = () => {
                    if (finished)
                        return;
                    finished = true;
                    if (buffered.trim() !== '')
                        onLine(buffered);
                    resolve();
                };
                res.setEncoding('utf8');
                res.on('data', (chunk) => {
                    buffered += chunk;
                    let newline;
                    while ((newline = buffered.indexOf('\n')) >= 0) {
                        const line = buffered.slice(0, newline);
                        buffered = buffered.slice(newline + 1);
                        if (line.trim() !== '')
                            onLine(line);
                    }
                });
                res.on('end', finish);
                res.on('error', finish);
                res.on('close', finish);
            });
            req.on('error', (e) => {
                if (signal.aborted)
                    resolve();
                else
                    reject(new NetworkError(e.code ?? 'ECONNRESET'));
            });
            req.end();
        });
    }
}
class NetworkError extends Error {
    code;
    constructor(code) {
        super(code);
        this.code = code;
    }
}
function isNetworkError(error) {
    return error instanceof NetworkError;
}
function sleep(ms, signal) {
    return new Promise((resolve) => {
        const timer = setTimeout(resolve, ms);
        signal?.addEventListener('abort', () => {
            clearTimeout(timer);
            resolve();
        }, { once: true });
    });
}


/***/ }),

/***/ 20276:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ loadKubeConfig)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(21991);
/* harmony import */ var _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(16602);
/* harmony import */ var _errors_inputNames_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(59251);




/**
 * Loads a KubeConfig the way kubectl and Helm look for one. Errors name the flag or input to fix and
 * never echo kubeconfig contents (they hold credentials).
 */
function loadKubeConfig(options, env = process.env) {
    const config = new _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_1__/* .KubeConfig */ .ypW();
    const names = options.inputNames ?? _errors_inputNames_js__WEBPACK_IMPORTED_MODULE_3__/* .cliInputNames */ .tE;
    if (options.kubeconfigBase64 !== undefined && options.kubeconfigBase64.trim() !== '') {
        const text = Buffer.from(options.kubeconfigBase64.trim(), 'base64').toString('utf8');
        try {
            config.loadFromString(text);
        }
        catch {
            throw new _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_2__.SlipwayError('kube', 'the base64 kubeconfig data is not a kubeconfig', {
                where: { input: 'kubeconfig-base64' },
                hint: 'encode the whole kubeconfig file: base64 -w0 ~/.kube/config',
            });
        }
        if (config.getContexts().length === 0) {
            throw new _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_2__.SlipwayError('kube', 'the base64 kubeconfig data has no contexts', { where: { input: 'kubeconfig-base64' }, hint: 'encode the whole kubeconfig file: base64 -w0 ~/.kube/config' });
        }
    }
    else if (options.kubeconfigPath !== undefined) {
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(options.kubeconfigPath)) {
            throw new _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_2__.SlipwayError('kube', `kubeconfig file ${options.kubeconfigPath} does not exist`, { where: { input: names.kubeconfig }, hint: 'pass an existing kubeconfig path' });
        }
        loadFile(config, options.kubeconfigPath, names.kubeconfig);
    }
    else if (env.KUBECONFIG) {
        const paths = env.KUBECONFIG.split(':').filter((p) => p !== '' && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(p));
        if (paths.length === 0)
            throw new _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_2__.SlipwayError('kube', `no file named in $KUBECONFIG exists (${env.KUBECONFIG})`, { where: { input: 'KUBECONFIG' }, hint: 'point KUBECONFIG at your kubeconfig file' });
        loadFile(config, paths[0], 'KUBECONFIG');
        for (const extra of paths.slice(1)) {
            const more = new _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_1__/* .KubeConfig */ .ypW();
            loadFile(more, extra, 'KUBECONFIG');
            config.mergeConfig(more, true);
        }
    }
    else if (env.HOME && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(`${env.HOME}/.kube/config`)) {
        loadFile(config, `${env.HOME}/.kube/config`, names.kubeconfig);
    }
    else if (env.KUBERNETES_SERVICE_HOST) {
        config.loadFromCluster();
    }
    else {
        throw new _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_2__.SlipwayError('kube', 'no Kubernetes configuration found', {
            where: { input: names.kubeconfig },
            hint: `${names.kubeconfig.startsWith('-') ? 'pass' : 'set'} ${(0,_errors_inputNames_js__WEBPACK_IMPORTED_MODULE_3__/* .inputLabel */ .NB)(names.kubeconfig)}, set $KUBECONFIG, create ~/.kube/config, or run inside a cluster`,
        });
    }
    if (options.context !== undefined) {
        if (!config.getContexts().some((c) => c.name === options.context)) {
            const known = config.getContexts().map((c) => c.name);
            throw new _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_2__.SlipwayError('kube', `kube context "${options.context}" does not exist in the kubeconfig`, {
                where: { input: names.kubeContext },
                hint: known.length ? `known contexts: ${known.join(', ')}` : 'the kubeconfig has no contexts',
            });
        }
        config.setCurrentContext(options.context);
    }
    if (!config.getCurrentCluster()) {
        throw new _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_2__.SlipwayError('kube', `the kubeconfig's current context "${config.getCurrentContext()}" names no cluster`, {
            where: { input: names.kubeContext },
            hint: `choose a context with ${(0,_errors_inputNames_js__WEBPACK_IMPORTED_MODULE_3__/* .inputLabel */ .NB)(names.kubeContext)}, or fix current-context in the kubeconfig`,
        });
    }
    return config;
}
function loadFile(config, path, input) {
    try {
        config.loadFromFile(path);
    }
    catch {
        throw new _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_2__.SlipwayError('kube', `${path} is not a valid kubeconfig`, { where: { input }, hint: 'check the file with kubectl config view' });
    }
}


/***/ }),

/***/ 53048:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ kubeClientsForContexts)
/* harmony export */ });
/* harmony import */ var _kubeClient_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17779);
/* harmony import */ var _kubeConnection_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(20276);


/**
 * One client per kube context: the named ones, or every context of the kubeconfig when none is named (what
 * werf's cleanup reads). Clients give up on an unreachable apiserver after `retryForMs`.
 */
function kubeClientsForContexts(connection, contexts, options = {}, env = process.env) {
    const withNames = { ...connection, ...(options.inputNames ? { inputNames: options.inputNames } : {}) };
    const names = contexts.length > 0 ? [...new Set(contexts)] : (0,_kubeConnection_js__WEBPACK_IMPORTED_MODULE_1__/* .loadKubeConfig */ .u)(withNames, env).getContexts().map((context) => context.name);
    return names.map((context) => ({ context, client: new _kubeClient_js__WEBPACK_IMPORTED_MODULE_0__/* .KubeClient */ .B((0,_kubeConnection_js__WEBPACK_IMPORTED_MODULE_1__/* .loadKubeConfig */ .u)({ ...withNames, context }, env), { retryForMs: options.retryForMs ?? 10_000 }) }));
}


/***/ })

};
;
"use strict";
exports.id = 8643;
exports.ids = [8643,4284,8571,4600,777,3809];
exports.modules = {

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


/***/ })

};
;
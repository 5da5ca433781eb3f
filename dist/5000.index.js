"use strict";
exports.id = 5000;
exports.ids = [5000,4166];
exports.modules = {

/***/ 96031:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  P9: () => (/* binding */ applyStagesOf),
  FH: () => (/* binding */ deleteInOrder),
  gu: () => (/* binding */ waitAllReady)
});

// UNUSED EXPORTS: objectKey

// EXTERNAL MODULE: ./src/core/errors/slipwayError.ts
var slipwayError = __webpack_require__(16602);
// EXTERNAL MODULE: ./src/core/kube/boundedParallel.ts
var boundedParallel = __webpack_require__(28331);
// EXTERNAL MODULE: ./src/core/kube/clusterObjects.ts
var clusterObjects = __webpack_require__(42403);
// EXTERNAL MODULE: ./src/core/status/readiness.ts
var readiness = __webpack_require__(96270);
// EXTERNAL MODULE: ./src/core/deploy/deployContext.ts
var deployContext = __webpack_require__(38877);
// EXTERNAL MODULE: ./src/core/deploy/trackChanges.ts + 4 modules
var trackChanges = __webpack_require__(81360);
// EXTERNAL MODULE: ./src/core/track/resourceTree.ts
var resourceTree = __webpack_require__(75643);
// EXTERNAL MODULE: ./src/core/deploy/manifestResources.ts
var manifestResources = __webpack_require__(2953);
// EXTERNAL MODULE: ./src/core/deploy/kindOrder.ts
var kindOrder = __webpack_require__(12049);
;// CONCATENATED MODULE: ./src/core/deploy/applyStages.ts



function weightOf(resource) {
    const raw = resource.object.metadata.annotations?.['werf.io/weight'];
    if (raw === undefined)
        return 0;
    if (!/^[-+]?\d+$/.test(raw.trim())) {
        throw new slipwayError.SlipwayError('chart', `werf.io/weight "${raw}" is not an integer`, { where: { file: resource.source, resource: (0,manifestResources/* describeObject */.v8)(resource.object) }, hint: 'use an integer such as "-10" or "5"' });
    }
    return Number.parseInt(raw, 10);
}
function dependenciesOf(resource) {
    const out = [];
    for (const [key, value] of Object.entries(resource.object.metadata.annotations ?? {})) {
        const m = /^werf\.io\/deploy-dependency-(.+)$/.exec(key);
        if (!m)
            continue;
        const fields = Object.fromEntries(value.split(',').map((kv) => kv.split('=').map((s) => s.trim())));
        const state = fields.state ?? 'present';
        if (!fields.kind || !fields.name || (state !== 'present' && state !== 'ready')) {
            throw new slipwayError.SlipwayError('chart', `${key} must name kind and name and state present|ready`, {
                where: { file: resource.source, resource: (0,manifestResources/* describeObject */.v8)(resource.object) },
                hint: 'write it as "state=ready,kind=Deployment,name=db" (optionally namespace=… and group=…)',
            });
        }
        out.push({ id: m[1], state, kind: fields.kind, name: fields.name, ...(fields.namespace ? { namespace: fields.namespace } : {}), ...(fields.group ? { group: fields.group } : {}) });
    }
    return out;
}
const kindRank = (kind) => {
    const i = kindOrder/* installOrder */.sj.indexOf(kind);
    return i < 0 ? kindOrder/* installOrder */.sj.length : i;
};
/**
 * Orders a release's resources into stages: by `werf.io/weight` (lower first), then by Helm's kind
 * order (so Namespaces, CRDs, ServiceAccounts and ConfigMaps exist before what uses them); everything in
 * a stage goes in parallel. A weight group starts only when all lower weights are ready (werf's
 * semantics); a resource with a deploy dependency on another release resource moves after it, and waits
 * for its readiness when the dependency says state=ready.
 */
function planStages(resources, namespaceOf) {
    const keyOf = (kind, name, namespace) => `${kind}/${namespace ?? ''}/${name}`;
    const byKey = new Map(resources.map((r) => [keyOf(r.object.kind, r.object.metadata.name, namespaceOf(r)), r]));
    const weights = new Map(resources.map((r) => [r, weightOf(r)]));
    const groups = [...new Set(resources.map((r) => `${weights.get(r)}\u0000${kindRank(r.object.kind)}`))].sort((a, b) => {
        const [wa, ka] = a.split('\u0000').map(Number);
        const [wb, kb] = b.split('\u0000').map(Number);
        return wa - wb || ka - kb;
    });
    const level = new Map(resources.map((r) => [r, groups.indexOf(`${weights.get(r)}\u0000${kindRank(r.object.kind)}`) * 2]));
    const deps = new Map(resources.map((r) => [r, dependenciesOf(r)]));
    const internal = (r) => deps.get(r).flatMap((d) => {
        const target = byKey.get(keyOf(d.kind, d.name, d.namespace ?? namespaceOf(r)));
        return target && target !== r ? [{ d, target }] : [];
    });
    // Levels are even per group; a dependent lands on an odd level right after its target's.
    for (let round = 0;; round++) {
        let moved = false;
        for (const r of resources) {
            for (const { target } of internal(r)) {
                const needed = level.get(target) + 1;
                if (level.get(r) < needed) {
                    level.set(r, needed);
                    moved = true;
                }
            }
        }
        if (!moved)
            break;
        if (round > resources.length) {
            const r = resources.find((x) => internal(x).length > 0);
            throw new slipwayError.SlipwayError('chart', 'werf.io/deploy-dependency annotations form a cycle', { where: { file: r.source, resource: (0,manifestResources/* describeObject */.v8)(r.object) }, hint: 'remove one of the dependencies in the cycle' });
        }
    }
    const levels = [...new Set(level.values())].sort((a, b) => a - b);
    const stages = [];
    for (const l of levels) {
        const members = resources.filter((r) => level.get(r) === l);
        const minWeight = Math.min(...members.map((r) => weights.get(r)));
        const waitFor = new Set();
        for (const earlier of resources)
            if (level.get(earlier) < l && weights.get(earlier) < minWeight)
                waitFor.add(earlier);
        for (const r of members)
            for (const { d, target } of internal(r))
                if (d.state === 'ready')
                    waitFor.add(target);
        const external = members.flatMap((r) => deps.get(r).filter((d) => !byKey.has(keyOf(d.kind, d.name, d.namespace ?? namespaceOf(r)))).map((d) => ({ ...d, namespace: d.namespace ?? namespaceOf(r) })));
        stages.push({ resources: members, waitFor: [...waitFor], external: external });
    }
    return stages;
}

// EXTERNAL MODULE: ./src/core/deploy/resourcePlan.ts
var resourcePlan = __webpack_require__(11756);
// EXTERNAL MODULE: ./src/core/deploy/resourceChange.ts
var resourceChange = __webpack_require__(86259);
// EXTERNAL MODULE: ./src/core/release/helmRelease.ts
var helmRelease = __webpack_require__(75016);
;// CONCATENATED MODULE: ./src/core/deploy/applyChanges.ts













/** Applies one planned change; returns the action actually taken. */
async function applyChange(ctx, change, owned, options) {
    (0,deployContext/* throwIfStopped */.$J)(ctx);
    if (change.deferred)
        change = await (0,resourcePlan/* planResource */.Ag)(ctx, change.target.resource, owned, options);
    const { target } = change;
    const where = { file: target.resource.source, resource: target.label };
    try {
        if (change.action === 'unchanged') {
            ctx.emit({ type: 'change', resource: (0,deployContext/* resourceIdOf */.PF)(target), action: 'unchanged', source: (0,deployContext/* sourceOf */.vz)(target.resource) });
            return change;
        }
        if (change.action === 'recreate') {
            await ctx.objects.delete(target, 'Foreground');
            ctx.resourceWrites++;
            await ctx.objects.waitGone(target, target.label, ctx.deadline, ctx.signal);
        }
        if (change.action === 'update' && change.live) {
            const managedFields = (0,resourceChange/* takeOverManagedFields */.Yd)(change.live.metadata?.managedFields, target.resource.object.apiVersion, (0,helmRelease/* goTime */.ud)(new Date()));
            if (managedFields) {
                await ctx.objects.jsonPatch(target, [
                    { op: 'test', path: '/metadata/resourceVersion', value: change.live.metadata.resourceVersion },
                    { op: 'replace', path: '/metadata/managedFields', value: managedFields },
                ]);
                ctx.resourceWrites++;
            }
        }
        await ctx.objects.apply(target, change.body);
        ctx.resourceWrites++;
        ctx.emit({ type: 'change', resource: (0,deployContext/* resourceIdOf */.PF)(target), action: change.action, source: (0,deployContext/* sourceOf */.vz)(target.resource) });
        return change;
    }
    catch (error) {
        if (error instanceof slipwayError.SlipwayError)
            throw error;
        throw new slipwayError.SlipwayError('deploy', `applying ${target.label} failed: ${(0,clusterObjects/* apiMessage */.SX)(error)}`, { where, hint: 'fix the object or the cluster state named above and converge again', cause: error });
    }
}
/** Waits for objects outside the release that a resource depends on (werf.io/deploy-dependency-*). */
async function waitExternal(ctx, dependency) {
    const apiVersionGuess = dependency.group ? `${dependency.group}/v1` : 'v1';
    const mapping = await ctx.mapper.find(apiVersionGuess, dependency.kind);
    if (!mapping)
        throw new slipwayError.SlipwayError('chart', `deploy dependency ${dependency.id} names unknown kind ${dependency.kind}`, { where: { resource: `${dependency.kind}/${dependency.name}` }, hint: 'set group= for kinds outside the core API group' });
    const label = `${dependency.kind}/${dependency.namespace ? `${dependency.namespace}/` : ''}${dependency.name}`;
    const target = { mapping, namespace: mapping.namespaced ? dependency.namespace : undefined, name: dependency.name, label };
    if (dependency.state === 'ready')
        return (0,trackChanges/* trackInContext */.mR)(ctx, [(0,trackChanges/* externalTarget */.x$)(mapping, target.namespace, target.name, label)], `dependency ${label}`, { logs: false });
    for (;;) {
        if (await ctx.objects.get(target))
            return;
        (0,deployContext/* throwIfStopped */.$J)(ctx);
        if (Date.now() > ctx.deadline)
            throw new slipwayError.SlipwayError('deploy', `timed out waiting for dependency ${label} to exist`, { where: { resource: label } });
        await new Promise((r) => setTimeout(r, 500));
    }
}
/**
 * Applies planned changes stage by stage (weights and kind order), in parallel within a stage; between
 * weight groups waits for readiness. Returns the changes as applied (deferred ones resolved) and the
 * ones already made, for cleanup when a first install fails.
 */
async function applyStagesOf(ctx, changes, owned, options, applied) {
    const byResource = new Map(changes.map((c) => [c.target.resource, c]));
    const stages = planStages(changes.map((c) => c.target.resource), (r) => byResource.get(r).target.namespace);
    const done = new Map();
    for (const stage of stages) {
        (0,deployContext/* throwIfStopped */.$J)(ctx);
        const waitFor = stage.waitFor.map((r) => done.get(r)).filter((c) => c && (0,readiness/* waitsForReadiness */.yY)(c.target.resource.object));
        if (waitFor.length)
            await (0,trackChanges/* trackInContext */.mR)(ctx, waitFor.map((c) => (0,trackChanges/* trackTargetOf */.OG)(c.target)), 'lower werf.io/weight groups');
        for (const dependency of stage.external)
            await waitExternal(ctx, dependency);
        const results = await (0,boundedParallel/* boundedParallel */.$)(stage.resources, ctx.concurrency, async (r) => {
            const result = await applyChange(ctx, byResource.get(r), owned, options);
            if (result.action !== 'unchanged')
                applied.push(result);
            return result;
        });
        stage.resources.forEach((r, i) => done.set(r, results[i]));
        // CRDs applied by this stage add kinds later stages use.
        if (results.some((c) => c.target.resource.object.kind === 'CustomResourceDefinition')) {
            const crds = results.filter((c) => c.target.resource.object.kind === 'CustomResourceDefinition');
            await (0,trackChanges/* trackInContext */.mR)(ctx, crds.map((c) => (0,trackChanges/* trackTargetOf */.OG)(c.target)), 'CRDs to be established', { logs: false });
        }
    }
    return changes.map((c) => done.get(c.target.resource) ?? c);
}
/** Deletes in Helm's uninstall order, kind group by kind group, in parallel within a group. */
async function deleteInOrder(ctx, deletions, options) {
    const kinds = [...new Set(deletions.map((d) => d.target.resource.object.kind))].sort((a, b) => (0,kindOrder/* compareKinds */.lt)(kindOrder/* uninstallOrder */.LA, a, b));
    for (const kind of kinds) {
        const group = deletions.filter((d) => d.target.resource.object.kind === kind);
        await (0,boundedParallel/* boundedParallel */.$)(group, ctx.concurrency, async (d) => {
            if (await ctx.objects.delete(d.target)) {
                ctx.resourceWrites++;
                ctx.emit({ type: 'change', resource: (0,deployContext/* resourceIdOf */.PF)(d.target), action: 'delete', source: (0,deployContext/* sourceOf */.vz)(d.target.resource) });
            }
            if (options.wait)
                await ctx.objects.waitGone(d.target, d.target.label, ctx.deadline, ctx.signal);
        });
    }
}
/**
 * Tracks every applied or unchanged resource until the blocking ones are ready: workloads with their pods and
 * logs, Services, PVCs, CRs. Kinds without a status (ConfigMaps, RBAC…) are done once applied, with no watch.
 */
async function waitAllReady(ctx, changes) {
    const watched = [];
    for (const c of changes) {
        if ((0,resourceTree/* hasNoStatus */.qD)(c.target.resource.object)) {
            ctx.emit({ type: 'status', resource: (0,deployContext/* resourceIdOf */.PF)(c.target), status: { state: 'ready', reason: 'Applied', message: c.action === 'unchanged' ? 'unchanged' : 'applied' } });
            continue;
        }
        watched.push((0,trackChanges/* trackTargetOf */.OG)(c.target));
    }
    if (watched.some((t) => t.blocking))
        await (0,trackChanges/* trackInContext */.mR)(ctx, watched, 'release resources');
    else
        for (const c of changes)
            if (!(0,readiness/* waitsForReadiness */.yY)(c.target.resource.object) && !(0,resourceTree/* hasNoStatus */.qD)(c.target.resource.object))
                ctx.emit({ type: 'status', resource: (0,deployContext/* resourceIdOf */.PF)(c.target), status: { state: 'ready', reason: 'NotWaited', message: 'not waited for' } });
}



/***/ }),

/***/ 38877:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $J: () => (/* binding */ throwIfStopped),
/* harmony export */   PF: () => (/* binding */ resourceIdOf),
/* harmony export */   T: () => (/* binding */ resolveResource),
/* harmony export */   vz: () => (/* binding */ sourceOf)
/* harmony export */ });
/* harmony import */ var _kube_clusterObjects_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(42403);
/* harmony import */ var _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(16602);
/* harmony import */ var _manifestResources_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2953);



/** The object's REST mapping and effective namespace; cluster-scoped objects must not name one. */
async function resolveResource(ctx, resource) {
    const object = resource.object;
    const mapping = await ctx.mapper.resolve(object.apiVersion, object.kind, { resource: (0,_manifestResources_js__WEBPACK_IMPORTED_MODULE_2__/* .describeObject */ .v8)(object), file: resource.source, ...(resource.line ? { line: resource.line } : {}) });
    if (!mapping.namespaced && object.metadata.namespace) {
        throw new _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_1__.SlipwayError('chart', `${object.kind} ${object.metadata.name} is cluster-scoped but sets metadata.namespace: ${object.metadata.namespace}`, {
            where: { file: resource.source, resource: (0,_manifestResources_js__WEBPACK_IMPORTED_MODULE_2__/* .describeObject */ .v8)(object) },
            hint: 'remove metadata.namespace from cluster-scoped objects',
        });
    }
    const namespace = mapping.namespaced ? (object.metadata.namespace ?? ctx.namespace) : undefined;
    return { mapping, namespace, name: object.metadata.name, resource, label: (0,_manifestResources_js__WEBPACK_IMPORTED_MODULE_2__/* .describeObject */ .v8)(object, namespace) };
}
function throwIfStopped(ctx) {
    if (ctx.signal.aborted) {
        const reason = ctx.signal.reason;
        throw reason instanceof _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_1__.SlipwayError ? reason : new _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_1__.SlipwayError('deploy', reason instanceof Error ? reason.message : String(reason ?? 'stopped'), { where: { resource: `release ${ctx.release}` } });
    }
}
/** The event identity of a resolved resource. */
function resourceIdOf(target) {
    return { kind: target.mapping.kind, name: target.name, ...(target.namespace ? { namespace: target.namespace } : {}), ...(target.mapping.group ? { group: target.mapping.group } : {}) };
}
/** The chart template (and line) a resource came from, for events. */
function sourceOf(resource) {
    return { file: resource.source, ...(resource.line !== undefined ? { line: resource.line } : {}) };
}


/***/ }),

/***/ 13758:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eu: () => (/* binding */ runHooks),
/* harmony export */   U6: () => (/* binding */ hooksFor),
/* harmony export */   YK: () => (/* binding */ releaseHooks)
/* harmony export */ });
/* harmony import */ var _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16602);
/* harmony import */ var _release_helmRelease_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(75016);
/* harmony import */ var _kube_clusterObjects_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(42403);
/* harmony import */ var _deployContext_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38877);
/* harmony import */ var _trackChanges_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(81360);
/* harmony import */ var _manifestResources_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2953);
/* harmony import */ var _resourceChange_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(86259);
/* harmony import */ var _kindOrder_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(12049);








/**
 * A release's hooks as Helm records them (pkg/release/v1 Hook), built from the rendered hook documents,
 * in Helm's order: by template path, then stably by kind (SortManifests + sortHooksByKind).
 */
function releaseHooks(resources) {
    const byPath = resources
        .filter((r) => r.hook)
        .map((r, i) => ({ r, i }))
        .sort((a, b) => (a.r.source < b.r.source ? -1 : a.r.source > b.r.source ? 1 : a.i - b.i))
        .map((x) => x.r);
    return (0,_kindOrder_js__WEBPACK_IMPORTED_MODULE_6__/* .sortByKind */ .so)(byPath, (r) => r.object.kind)
        .map((r) => withLine(r.line, {
        name: r.object.metadata.name,
        kind: r.object.kind,
        path: r.source,
        manifest: r.content,
        events: r.hook.events,
        last_run: { phase: '' },
        ...(r.hook.weight ? { weight: r.hook.weight } : {}),
        ...(r.hook.deletePolicies.length ? { delete_policies: r.hook.deletePolicies } : {}),
        ...(r.hook.outputLogPolicies.length ? { output_log_policies: r.hook.outputLogPolicies } : {}),
    }));
}
/** Template lines of rendered hooks, kept beside the records (Helm's hook record has no line field). */
const hookLines = new WeakMap();
function withLine(line, hook) {
    if (line !== undefined)
        hookLines.set(hook, line);
    return hook;
}
/** Hooks of one event in execution order: weight, then name (Helm's hookByWeight; stable from kind order). */
function hooksFor(hooks, event) {
    return hooks
        .filter((h) => h.events?.includes(event))
        .map((h, i) => ({ h, i }))
        .sort((a, b) => (a.h.weight ?? 0) - (b.h.weight ?? 0) || ((a.h.name ?? '') < (b.h.name ?? '') ? -1 : (a.h.name ?? '') > (b.h.name ?? '') ? 1 : a.i - b.i))
        .map((x) => x.h);
}
/**
 * Runs the hooks of one event one after another, as Helm does: delete a previous copy
 * (before-hook-creation, the default), create, wait for Jobs to complete and Pods to succeed, then apply
 * the delete policies. A failed hook stops the operation with the hook's reason. `last_run` is recorded
 * on the hook objects passed in (they are the release record's hooks).
 */
async function runHooks(ctx, hooks, event, options) {
    for (const hook of hooksFor(hooks, event)) {
        (0,_deployContext_js__WEBPACK_IMPORTED_MODULE_2__/* .throwIfStopped */ .$J)(ctx);
        const line = hookLines.get(hook);
        const [resource] = (0,_manifestResources_js__WEBPACK_IMPORTED_MODULE_4__.parseDocuments)([{ source: hook.path ?? 'hook', content: hook.manifest ?? '', ...(line !== undefined ? { line } : {}) }]);
        if (!resource)
            continue;
        const target = await (0,_deployContext_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveResource */ .T)(ctx, resource);
        const policies = hook.delete_policies?.length ? hook.delete_policies : ['before-hook-creation'];
        const id = (0,_deployContext_js__WEBPACK_IMPORTED_MODULE_2__/* .resourceIdOf */ .PF)(target);
        const source = (0,_deployContext_js__WEBPACK_IMPORTED_MODULE_2__/* .sourceOf */ .vz)(resource);
        // Annotation errors surface before the hook is created.
        const trackTarget = { ...(0,_trackChanges_js__WEBPACK_IMPORTED_MODULE_3__/* .trackTargetOf */ .OG)(target), blocking: true };
        ctx.emit({ type: 'hook', hookEvent: event, resource: id, state: 'started', source });
        hook.last_run = { started_at: (0,_release_helmRelease_js__WEBPACK_IMPORTED_MODULE_7__/* .goTime */ .ud)(new Date()), phase: 'Running' };
        if (policies.includes('before-hook-creation')) {
            if (await ctx.objects.delete(target)) {
                ctx.resourceWrites++;
                await ctx.objects.waitGone(target, target.label, ctx.deadline, ctx.signal);
            }
        }
        const body = (0,_resourceChange_js__WEBPACK_IMPORTED_MODULE_5__/* .objectToApply */ .vT)(resource.object, { release: ctx.release, releaseNamespace: ctx.namespace, namespace: target.namespace, owned: false, ...options });
        try {
            await ctx.objects.apply(target, body);
            ctx.resourceWrites++;
        }
        catch (error) {
            hook.last_run = { ...hook.last_run, completed_at: (0,_release_helmRelease_js__WEBPACK_IMPORTED_MODULE_7__/* .goTime */ .ud)(new Date()), phase: 'Failed' };
            throw new _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_0__.SlipwayError('deploy', `${event} hook ${target.label} was rejected: ${(0,_kube_clusterObjects_js__WEBPACK_IMPORTED_MODULE_1__/* .apiMessage */ .SX)(error)}`, { where: { file: resource.source, resource: target.label }, hint: 'fix the hook template', cause: error });
        }
        try {
            await (0,_trackChanges_js__WEBPACK_IMPORTED_MODULE_3__/* .trackInContext */ .mR)(ctx, [trackTarget], `${event} hook ${target.label}`);
        }
        catch (error) {
            hook.last_run = { ...hook.last_run, completed_at: (0,_release_helmRelease_js__WEBPACK_IMPORTED_MODULE_7__/* .goTime */ .ud)(new Date()), phase: 'Failed' };
            ctx.emit({ type: 'hook', hookEvent: event, resource: id, state: 'failed', source, message: error instanceof Error ? error.message : String(error) });
            if (policies.includes('hook-failed')) {
                await ctx.objects.delete(target).catch(() => false);
                ctx.resourceWrites++;
            }
            const reason = error instanceof _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_0__.SlipwayError ? error.message : String(error);
            const hint = error instanceof _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_0__.SlipwayError && error.hint?.startsWith('last log line') ? `${error.hint}; the hook decides whether the deploy may go on` : 'the hook decides whether the deploy may go on; fix what it reports and converge again';
            throw new _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_0__.SlipwayError('deploy', `${event} hook failed: ${reason}`, { where: { file: resource.source, ...(resource.line !== undefined ? { line: resource.line } : {}), resource: target.label }, hint, cause: error });
        }
        hook.last_run = { ...hook.last_run, completed_at: (0,_release_helmRelease_js__WEBPACK_IMPORTED_MODULE_7__/* .goTime */ .ud)(new Date()), phase: 'Succeeded' };
        ctx.emit({ type: 'hook', hookEvent: event, resource: id, state: 'succeeded', source });
        if (policies.includes('hook-succeeded')) {
            await ctx.objects.delete(target);
            ctx.resourceWrites++;
        }
    }
}


/***/ }),

/***/ 12049:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LA: () => (/* binding */ uninstallOrder),
/* harmony export */   lt: () => (/* binding */ compareKinds),
/* harmony export */   sj: () => (/* binding */ installOrder),
/* harmony export */   so: () => (/* binding */ sortByKind)
/* harmony export */ });
/** Helm's install and uninstall order of kinds (pkg/release/v1/util/kind_sorter.go); unknown kinds last, alphabetically. */
const installOrder = [
    'PriorityClass', 'Namespace', 'NetworkPolicy', 'ResourceQuota', 'LimitRange', 'PodSecurityPolicy', 'PodDisruptionBudget',
    'ServiceAccount', 'Secret', 'SecretList', 'ConfigMap', 'StorageClass', 'PersistentVolume', 'PersistentVolumeClaim',
    'CustomResourceDefinition', 'ClusterRole', 'ClusterRoleList', 'ClusterRoleBinding', 'ClusterRoleBindingList', 'Role',
    'RoleList', 'RoleBinding', 'RoleBindingList', 'Service', 'DaemonSet', 'Pod', 'ReplicationController', 'ReplicaSet',
    'Deployment', 'HorizontalPodAutoscaler', 'StatefulSet', 'Job', 'CronJob', 'IngressClass', 'Ingress', 'APIService',
    'MutatingWebhookConfiguration', 'ValidatingWebhookConfiguration',
];
const uninstallOrder = [
    'ValidatingWebhookConfiguration', 'MutatingWebhookConfiguration', 'APIService', 'Ingress', 'IngressClass', 'Service',
    'CronJob', 'Job', 'StatefulSet', 'HorizontalPodAutoscaler', 'Deployment', 'ReplicaSet', 'ReplicationController', 'Pod',
    'DaemonSet', 'RoleBindingList', 'RoleBinding', 'RoleList', 'Role', 'ClusterRoleBindingList', 'ClusterRoleBinding',
    'ClusterRoleList', 'ClusterRole', 'CustomResourceDefinition', 'PersistentVolumeClaim', 'PersistentVolume', 'StorageClass',
    'ConfigMap', 'SecretList', 'Secret', 'ServiceAccount', 'PodDisruptionBudget', 'PodSecurityPolicy', 'LimitRange',
    'ResourceQuota', 'NetworkPolicy', 'Namespace', 'PriorityClass',
];
/** Helm's lessByKind as a comparator: known kinds by rank, unknown after them alphabetically, ties 0 (stable sort keeps input order). */
function compareKinds(order, a, b) {
    const ra = order.indexOf(a);
    const rb = order.indexOf(b);
    if (ra < 0 && rb < 0)
        return a === b ? 0 : a < b ? -1 : 1;
    if (ra < 0)
        return 1;
    if (rb < 0)
        return -1;
    return ra - rb;
}
function sortByKind(items, kindOf, order = installOrder) {
    // Each kind's rank is looked up once, not twice per comparison: a large chart sorts thousands of documents.
    const ranked = items.map((item) => {
        const kind = kindOf(item);
        return { item, kind, rank: order.indexOf(kind) };
    });
    ranked.sort((x, y) => {
        if (x.rank < 0 && y.rank < 0)
            return x.kind === y.kind ? 0 : x.kind < y.kind ? -1 : 1;
        if (x.rank < 0)
            return 1;
        if (y.rank < 0)
            return -1;
        return x.rank - y.rank;
    });
    return ranked.map((r) => r.item);
}


/***/ }),

/***/ 2953:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T5: () => (/* binding */ objectKey),
/* harmony export */   VE: () => (/* binding */ documentsOfHelmOutput),
/* harmony export */   documentsOfManifest: () => (/* binding */ documentsOfManifest),
/* harmony export */   lr: () => (/* binding */ requireUnique),
/* harmony export */   parseDocuments: () => (/* binding */ parseDocuments),
/* harmony export */   v8: () => (/* binding */ describeObject),
/* harmony export */   w$: () => (/* binding */ releaseManifestText)
/* harmony export */ });
/* unused harmony exports hookSpec, splitYamlStream */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(16602);
/* harmony import */ var _kindOrder_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(12049);



const hookEvents = ['pre-install', 'post-install', 'pre-delete', 'post-delete', 'pre-upgrade', 'post-upgrade', 'pre-rollback', 'post-rollback', 'test'];
/** `Kind/namespace/name` (or `Kind/name`) for messages. */
function describeObject(object, namespace) {
    const ns = object.metadata?.namespace ?? namespace;
    return `${object.kind ?? '?'}/${ns ? `${ns}/` : ''}${object.metadata?.name ?? '?'}`;
}
/** Identity that survives an apiVersion change (apps/v1beta2 → apps/v1 is the same object). */
function objectKey(object, namespace) {
    const group = object.apiVersion?.includes('/') ? object.apiVersion.split('/')[0] : '';
    return `${group}/${object.kind}/${namespace ?? ''}/${object.metadata?.name}`;
}
/** Helm's hook annotations (pkg/release/v1/util/manifest_sorter.go); undefined for an ordinary resource or an unknown event. */
function hookSpec(annotations) {
    const raw = annotations?.['helm.sh/hook'];
    if (raw === undefined)
        return undefined;
    const events = [];
    for (const part of raw.split(',')) {
        const event = part.trim().toLowerCase();
        if (!hookEvents.includes(event))
            return undefined; // Helm skips hooks with an unknown event.
        events.push(event);
    }
    const weight = Number.parseInt(annotations?.['helm.sh/hook-weight'] ?? '', 10);
    const list = (name) => (annotations?.[name] === undefined ? [] : annotations[name].split(',').map((p) => p.trim().toLowerCase()));
    return {
        events,
        weight: Number.isNaN(weight) || !/^[-+]?\d+$/.test((annotations?.['helm.sh/hook-weight'] ?? '').trim()) ? 0 : weight,
        deletePolicies: list('helm.sh/hook-delete-policy'),
        outputLogPolicies: list('helm.sh/hook-output-log-policy'),
    };
}
/** Helm's SplitManifests: documents separated by lines starting with `---`, left-trimmed. */
function splitYamlStream(text) {
    return text
        .trimStart()
        .split(/^---[ \t]*/m)
        .filter((d) => d.trim() !== '')
        .map((d) => d.trimStart());
}
function fail(document, message, hint, resource) {
    throw new _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_1__.SlipwayError('chart', message, { where: { file: document.source, ...(document.line ? { line: document.line } : {}), ...(resource ? { resource } : {}) }, hint });
}
/**
 * Parses rendered documents into objects (YAML 1.1, as Helm's sigs.k8s.io/yaml reads them), rejecting
 * what can never be applied with the template file named; hooks are recognised by their annotation.
 */
function parseDocuments(documents) {
    const resources = [];
    for (const document of documents) {
        for (const content of splitYamlStream(document.content)) {
            const parsed = (0,yaml__WEBPACK_IMPORTED_MODULE_0__.parseAllDocuments)(content, { version: '1.1', uniqueKeys: false });
            const docs = Array.isArray(parsed) ? parsed : [parsed];
            const yamlDoc = docs[0];
            if (!yamlDoc)
                continue;
            if (yamlDoc.errors.length > 0) {
                const first = yamlDoc.errors[0];
                const line = first.linePos?.[0]?.line;
                fail({ ...document, ...(line !== undefined ? { line: (document.line ?? 1) + line - 1 } : {}) }, `invalid YAML: ${first.message.split('\n')[0]}`, 'fix the template so that it renders valid YAML');
            }
            const object = yamlDoc.toJS({ maxAliasCount: 1000 });
            if (object === null || object === undefined)
                continue; // a document of comments only
            if (typeof object !== 'object' || Array.isArray(object))
                fail(document, 'a rendered document is not a mapping', 'each document must be one Kubernetes object');
            const o = object;
            if (typeof o.apiVersion !== 'string' || o.apiVersion === '')
                fail(document, 'object has no apiVersion', 'set apiVersion (e.g. v1, apps/v1)', describeObject(o));
            if (typeof o.kind !== 'string' || o.kind === '')
                fail(document, 'object has no kind', 'set kind (e.g. ConfigMap)', describeObject(o));
            if (typeof o.metadata !== 'object' || o.metadata === null || typeof o.metadata.name !== 'string' || o.metadata.name === '') {
                fail(document, `${o.kind} has no metadata.name`, 'set metadata.name (generateName is not supported for release resources)', describeObject(o));
            }
            const metadata = o.metadata;
            for (const field of ['labels', 'annotations']) {
                const map = metadata[field];
                if (map === undefined || map === null)
                    continue;
                for (const [key, value] of Object.entries(map)) {
                    if (typeof value !== 'string')
                        fail(document, `${field} ${key} of ${describeObject(o)} is not a string`, `quote the value: ${key}: "${String(value)}"`, describeObject(o));
                }
            }
            if (metadata.name.length > 253)
                fail(document, `name of ${o.kind} is ${metadata.name.length} characters long (at most 253)`, 'shorten metadata.name', describeObject(o));
            const hook = hookSpec(metadata.annotations ?? undefined);
            resources.push({ source: document.source, ...(document.line ? { line: document.line } : {}), content, object: o, ...(hook ? { hook } : {}) });
        }
    }
    return resources;
}
/** Rejects two documents naming the same object. */
function requireUnique(resources, namespace) {
    const seen = new Map();
    for (const r of resources) {
        const key = objectKey(r.object, r.object.metadata.namespace ?? namespace);
        const earlier = seen.get(key);
        if (earlier) {
            throw new _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_1__.SlipwayError('chart', `${describeObject(r.object, namespace)} is rendered twice (also by ${earlier.source})`, {
                where: { file: r.source, resource: describeObject(r.object, namespace) },
                hint: 'give the objects different names, or render one of them conditionally',
            });
        }
        seen.set(key, r);
    }
}
/**
 * The manifest text Helm stores in a release: resources (not hooks) sorted by template path then kind,
 * each as `---\n# Source: <path>\n<content>\n` (pkg/action/action.go renderResources).
 */
function releaseManifestText(resources) {
    const byPath = [...resources].map((r, i) => ({ r, i })).sort((a, b) => (a.r.source < b.r.source ? -1 : a.r.source > b.r.source ? 1 : a.i - b.i)).map((x) => x.r);
    return (0,_kindOrder_js__WEBPACK_IMPORTED_MODULE_2__/* .sortByKind */ .so)(byPath, (r) => r.object.kind)
        .map((r) => `---\n# Source: ${r.source}\n${r.content}\n`)
        .join('');
}
/** Splits a stored release manifest back into documents with their sources. */
function documentsOfManifest(manifest) {
    const documents = [];
    for (const chunk of splitYamlStream(manifest)) {
        const m = /^# Source: (.*)\n/.exec(chunk);
        // Helm writes `%s\n` after each document: drop exactly that newline so text round-trips.
        const body = (m ? chunk.slice(m[0].length) : chunk).replace(/\n$/, '');
        documents.push({ source: m ? m[1] : 'manifest', content: body });
    }
    return documents;
}
/** `helm template` output split into documents (tests and bundles feed the engine this way). */
function documentsOfHelmOutput(output) {
    const documents = [];
    const crds = [];
    for (const d of documentsOfManifest(output))
        (/(^|\/)crds\//.test(d.source) ? crds : documents).push(d);
    return { documents, crds };
}


/***/ }),

/***/ 98093:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gl: () => (/* binding */ runReleaseOperation),
/* harmony export */   iH: () => (/* binding */ recoverPending),
/* harmony export */   og: () => (/* binding */ makeContext),
/* harmony export */   zt: () => (/* binding */ rollbackToRecord)
/* harmony export */ });
/* unused harmony export ensureNamespace */
/* harmony import */ var _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16602);
/* harmony import */ var _errors_inputNames_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(59251);
/* harmony import */ var _kube_clusterObjects_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(42403);
/* harmony import */ var _kube_restMapper_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(67626);
/* harmony import */ var _kube_kubeApiError_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(87290);
/* harmony import */ var _kube_boundedParallel_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(28331);
/* harmony import */ var _release_helmRelease_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(75016);
/* harmony import */ var _release_releaseStorage_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(47263);
/* harmony import */ var _release_releaseLock_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(52201);
/* harmony import */ var _release_releaseHistory_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(44166);
/* harmony import */ var _hookRunner_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(13758);
/* harmony import */ var _applyChanges_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(96031);
/* harmony import */ var _resourcePlan_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(11756);
/* harmony import */ var _resourceChange_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(86259);
/* harmony import */ var _track_watchHub_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(1421);















const statusOf = { install: 'pending-install', upgrade: 'pending-upgrade', rollback: 'pending-rollback' };
/** Helm 4 reads this to choose how to upgrade: client-side apply works on objects slipway applied server-side, with no field conflicts. */
const recordedApplyMethod = 'csa';
function makeContext(options, release, namespace, extraSignals = []) {
    const deadline = Date.now() + options.timeoutMs;
    // The deadline as an abort reason that says which limit ran out (AbortSignal.timeout would say only "aborted").
    const timeout = new AbortController();
    const timeoutInput = (options.inputNames ?? _errors_inputNames_js__WEBPACK_IMPORTED_MODULE_1__/* .cliInputNames */ .tE).timeout;
    const timer = setTimeout(() => timeout.abort(new _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_0__.SlipwayError('deploy', `release ${release} did not finish within ${Math.round(options.timeoutMs / 1000)} s`, { where: { input: timeoutInput }, hint: `raise ${(0,_errors_inputNames_js__WEBPACK_IMPORTED_MODULE_1__/* .inputLabel */ .NB)(timeoutInput)} if the rollout is just slow` })), Math.max(1, options.timeoutMs));
    timer.unref();
    const signals = [timeout.signal, ...extraSignals, ...(options.signal ? [options.signal] : [])];
    const signal = AbortSignal.any(signals);
    return {
        client: options.client,
        mapper: new _kube_restMapper_js__WEBPACK_IMPORTED_MODULE_3__/* .RestMapper */ .K(options.client),
        objects: new _kube_clusterObjects_js__WEBPACK_IMPORTED_MODULE_2__/* .ClusterObjects */ .tb(options.client, _resourceChange_js__WEBPACK_IMPORTED_MODULE_10__/* .fieldManager */ .wM),
        release,
        namespace,
        deadline,
        signal,
        concurrency: options.concurrency ?? 16,
        emit: options.emit ?? (() => undefined),
        resourceWrites: 0,
        hub: new _track_watchHub_js__WEBPACK_IMPORTED_MODULE_11__/* .WatchHub */ .X(options.client),
        timeoutInput,
    };
}
/** Creates the namespace if it does not exist; waits out a namespace that is still being deleted. */
async function ensureNamespace(client, namespace, deadline) {
    for (;;) {
        let live;
        try {
            live = await client.request({ method: 'GET', path: `/api/v1/namespaces/${namespace}` });
        }
        catch (error) {
            // An identity allowed into one namespace often may not read Namespace objects: assume it exists.
            if (error instanceof _kube_kubeApiError_js__WEBPACK_IMPORTED_MODULE_4__/* .KubeApiError */ .W3 && error.status === 403)
                return false;
            if (!(0,_kube_kubeApiError_js__WEBPACK_IMPORTED_MODULE_4__/* .isNotFound */ .c4)(error))
                throw error;
        }
        if (live && live.status?.phase !== 'Terminating')
            return false;
        if (!live) {
            try {
                await client.request({ method: 'POST', path: '/api/v1/namespaces', body: { apiVersion: 'v1', kind: 'Namespace', metadata: { name: namespace } } });
                return true;
            }
            catch (error) {
                if (!(0,_kube_kubeApiError_js__WEBPACK_IMPORTED_MODULE_4__/* .isAlreadyExists */ .x9)(error))
                    throw error;
                continue;
            }
        }
        if (Date.now() > deadline)
            throw new _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_0__.SlipwayError('deploy', `namespace ${namespace} is still being deleted`, { where: { resource: `Namespace/${namespace}` }, hint: 'wait until it is gone (kubectl get namespace), then converge again' });
        await new Promise((r) => setTimeout(r, 500));
    }
}
function failureReason(error) {
    if (error instanceof _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_0__.SlipwayError)
        return error.message;
    return error instanceof Error ? error.message : String(error);
}
/** Marks revisions a killed client left pending as failed, so they never block (called under the lock). */
async function recoverPending(storage, history, emit) {
    for (const stored of (0,_release_releaseHistory_js__WEBPACK_IMPORTED_MODULE_12__/* .stalePending */ .Jq)(history.map((h) => h.release))) {
        const entry = history.find((h) => h.release === stored);
        const was = stored.info.status;
        stored.info.status = 'failed';
        stored.info.description = `Release "${stored.name}" failed: interrupted while ${was} (the client stopped before finishing; recovered by slipway)`;
        entry.resourceVersion = (await storage.update(entry)).resourceVersion;
        emit({ type: 'warning', message: `revision ${stored.version} was left ${was} by an interrupted client; marked failed` });
    }
}
/**
 * Runs one install, upgrade or rollback of a release under its lock: plan everything (nothing written
 * yet), record the pending revision, pre-hooks, apply by stages, delete what left the chart, wait for
 * readiness, post-hooks, record deployed. Any failure records the revision failed with the reason,
 * removes what a failed first install created, and rolls back when asked.
 */
async function runReleaseOperation(release, namespace, desired, options) {
    const storageNamespace = options.storageNamespace ?? namespace;
    const storage = new _release_releaseStorage_js__WEBPACK_IMPORTED_MODULE_5__.ReleaseStorage(options.client, { namespace: storageNamespace, type: options.storageType ?? 'secret' });
    const lock = new _release_releaseLock_js__WEBPACK_IMPORTED_MODULE_6__/* .ReleaseLock */ .n(options.client, storageNamespace, release);
    const ctx = makeContext(options, release, namespace, [lock.lost]);
    const emit = ctx.emit;
    const addLabels = options.addLabels ?? {};
    const addAnnotations = options.addAnnotations ?? {};
    if (await ensureNamespace(options.client, namespace, ctx.deadline))
        emit({ type: 'step', message: `created namespace ${namespace}` });
    if (storageNamespace !== namespace)
        await ensureNamespace(options.client, storageNamespace, ctx.deadline);
    const took = await lock.acquire({ wait: options.waitForLock ?? false, deadline: ctx.deadline, description: options.description ?? 'slipway', signal: ctx.signal });
    if (took === 'expired' || took === 'holder-dead')
        emit({ type: 'warning', message: `took over the release lock from a client that stopped (${took})` });
    let record;
    let operation = desired.rollbackTo ? 'rollback' : 'install';
    const applied = [];
    let previousDeployed;
    try {
        const history = await storage.history(release);
        await recoverPending(storage, history, emit);
        const releases = history.map((h) => h.release);
        if (!desired.rollbackTo)
            operation = (0,_release_releaseHistory_js__WEBPACK_IMPORTED_MODULE_12__.deployKind)(releases);
        previousDeployed = (0,_release_releaseHistory_js__WEBPACK_IMPORTED_MODULE_12__/* .lastDeployed */ .n6)(releases);
        const latest = (0,_release_releaseHistory_js__WEBPACK_IMPORTED_MODULE_12__/* .latestRevision */ .HA)(releases);
        // CRDs from crds/ first: created if missing, never deleted (Helm's rule); their kinds serve the plan.
        if (desired.crds.length) {
            const { changes } = await (0,_resourcePlan_js__WEBPACK_IMPORTED_MODULE_9__/* .planResources */ .NN)(ctx, desired.crds, new Map(), new Set(), { addLabels, addAnnotations });
            await (0,_applyChanges_js__WEBPACK_IMPORTED_MODULE_8__/* .applyStagesOf */ .P9)(ctx, changes, new Set(), { addLabels, addAnnotations }, []);
        }
        const previous = (0,_resourcePlan_js__WEBPACK_IMPORTED_MODULE_9__/* .recordedObjects */ .Zz)([latest?.info.status === 'uninstalled' ? undefined : latest?.manifest, previousDeployed?.manifest]);
        emit({ type: 'step', message: `planning ${desired.resources.length} resources of release ${release} (${operation})` });
        emit({ type: 'phase', phase: 'plan', state: 'started' });
        const plan = await (0,_resourcePlan_js__WEBPACK_IMPORTED_MODULE_9__/* .planResources */ .NN)(ctx, desired.resources, previous, (0,_resourcePlan_js__WEBPACK_IMPORTED_MODULE_9__/* .crdKinds */ .dR)([...desired.crds, ...desired.resources]), { addLabels, addAnnotations });
        for (const version of (0,_release_releaseHistory_js__WEBPACK_IMPORTED_MODULE_12__/* .revisionsToPrune */ .UB)(releases, options.maxHistory ?? 10))
            await storage.delete(release, version);
        const now = (0,_release_helmRelease_js__WEBPACK_IMPORTED_MODULE_13__/* .goTime */ .ud)(new Date());
        const pending = {
            name: release,
            info: {
                first_deployed: operation === 'install' ? now : (latest?.info.first_deployed ?? now),
                last_deployed: now,
                description: operation === 'install' ? 'Initial install underway' : operation === 'upgrade' ? 'Preparing upgrade' : `Rollback to ${desired.rollbackTo}`,
                status: statusOf[operation],
                ...(desired.rollbackTo ? { rollback_revision: desired.rollbackTo } : {}),
                ...(desired.notes ? { notes: desired.notes } : {}),
            },
            chart: desired.chart,
            config: desired.config,
            manifest: desired.manifest,
            hooks: desired.hooks,
            version: (0,_release_releaseHistory_js__WEBPACK_IMPORTED_MODULE_12__.nextRevisionNumber)(releases),
            namespace,
            apply_method: recordedApplyMethod,
        };
        record = await storage.create(pending);
        emit({ type: 'phase', phase: 'plan', state: 'finished' });
        const hookOptions = { addLabels, addAnnotations };
        const pre = operation === 'rollback' ? 'pre-rollback' : operation === 'install' ? 'pre-install' : 'pre-upgrade';
        const post = operation === 'rollback' ? 'post-rollback' : operation === 'install' ? 'post-install' : 'post-upgrade';
        await inPhase(emit, 'pre-hooks', (0,_hookRunner_js__WEBPACK_IMPORTED_MODULE_7__/* .hooksFor */ .U6)(desired.hooks, pre).length > 0, () => (0,_hookRunner_js__WEBPACK_IMPORTED_MODULE_7__/* .runHooks */ .Eu)(ctx, desired.hooks, pre, hookOptions));
        const done = await inPhase(emit, 'apply', true, async () => {
            const applyDone = await (0,_applyChanges_js__WEBPACK_IMPORTED_MODULE_8__/* .applyStagesOf */ .P9)(ctx, plan.changes, plan.owned, { addLabels, addAnnotations }, applied);
            await (0,_applyChanges_js__WEBPACK_IMPORTED_MODULE_8__/* .deleteInOrder */ .FH)(ctx, plan.deletions.filter((d) => d.action === 'delete'), { wait: false });
            return applyDone;
        });
        await inPhase(emit, 'track', true, () => (0,_applyChanges_js__WEBPACK_IMPORTED_MODULE_8__/* .waitAllReady */ .gu)(ctx, done));
        await inPhase(emit, 'post-hooks', (0,_hookRunner_js__WEBPACK_IMPORTED_MODULE_7__/* .hooksFor */ .U6)(desired.hooks, post).length > 0, () => (0,_hookRunner_js__WEBPACK_IMPORTED_MODULE_7__/* .runHooks */ .Eu)(ctx, desired.hooks, post, hookOptions));
        record.release.info.status = 'deployed';
        record.release.info.description = operation === 'install' ? 'Install complete' : operation === 'upgrade' ? 'Upgrade complete' : `Rollback to ${desired.rollbackTo}`;
        record = await storage.update(record);
        for (const old of (0,_release_releaseHistory_js__WEBPACK_IMPORTED_MODULE_12__/* .toSupersede */ .ug)(releases, record.release.version)) {
            const entry = history.find((h) => h.release === old);
            // Helm's upgrade keeps the old description ("Install complete") and changes only the status.
            old.info.status = 'superseded';
            await storage.update(entry);
        }
        emit({ type: 'result', release, namespace, revision: record.release.version, status: 'deployed', operation, message: record.release.info.description });
        const counts = { create: 0, update: 0, unchanged: 0, recreate: 0, delete: 0, keep: 0 };
        for (const c of done)
            counts[c.action]++;
        for (const d of plan.deletions)
            counts[d.action]++;
        return { release, namespace, revision: record.release.version, status: 'deployed', operation, counts, resourceWrites: ctx.resourceWrites, ...(desired.notes ? { notes: desired.notes } : {}), ...(desired.rollbackTo ? { rollbackTo: desired.rollbackTo } : {}) };
    }
    catch (error) {
        const reason = failureReason(error);
        if (record) {
            record.release.info.status = 'failed';
            record.release.info.description = `Release "${release}" failed: ${reason}`;
            // Recorded even after SIGTERM or a timeout: the record must never stay pending.
            record = await storage.update(record).catch(async () => {
                const fresh = await storage.get(release, record.release.version);
                if (!fresh)
                    return record;
                fresh.release.info.status = 'failed';
                fresh.release.info.description = `Release "${release}" failed: ${reason}`;
                return storage.update(fresh);
            });
            emit({ type: 'step', message: `revision ${record.release.version} recorded as failed` });
        }
        if (record && operation === 'install' && !options.keepFailedInstall && applied.length) {
            const cleanup = makeContext({ ...options, signal: undefined, timeoutMs: 60_000 }, release, namespace);
            emit({ type: 'step', message: `removing the ${applied.length} resources the failed first install created` });
            await (0,_kube_boundedParallel_js__WEBPACK_IMPORTED_MODULE_14__/* .boundedSettled */ .P)(applied.filter((c) => c.action === 'create'), ctx.concurrency, (c) => cleanup.objects.delete(c.target));
        }
        await lock.release();
        if (options.autoRollback && previousDeployed && record && operation !== 'rollback') {
            emit({ type: 'step', message: `rolling back to revision ${previousDeployed.version}` });
            try {
                await rollbackToRecord(release, namespace, previousDeployed, { ...options, timeoutMs: options.rollbackTimeoutMs ?? options.timeoutMs, autoRollback: false });
            }
            catch (rollbackError) {
                throw new _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_0__.SlipwayError('deploy', `${reason}; the automatic rollback to revision ${previousDeployed.version} failed too: ${failureReason(rollbackError)}`, {
                    where: error instanceof _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_0__.SlipwayError ? error.where : {},
                    hint: 'inspect the release with slipway releases history and roll back by hand',
                    cause: error,
                });
            }
            throw new _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_0__.SlipwayError('deploy', `${reason} (rolled back to revision ${previousDeployed.version})`, {
                where: error instanceof _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_0__.SlipwayError ? error.where : {},
                ...(error instanceof _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_0__.SlipwayError && error.hint ? { hint: error.hint } : {}),
                cause: error,
            });
        }
        throw error;
    }
    finally {
        ctx.hub.close();
        await lock.release();
    }
}
/** Runs one phase of the operation between its `phase` events (skipped without events when there is nothing to do). */
async function inPhase(emit, phase, active, run) {
    if (!active)
        return run();
    emit({ type: 'phase', phase, state: 'started' });
    try {
        const result = await run();
        emit({ type: 'phase', phase, state: 'finished' });
        return result;
    }
    catch (error) {
        emit({ type: 'phase', phase, state: 'failed', message: error instanceof Error ? error.message : String(error) });
        throw error;
    }
}
/** Rebuilds a stored revision as a desired state and deploys it as a new revision (Helm's rollback). */
async function rollbackToRecord(release, namespace, target, options) {
    const { parseDocuments, documentsOfManifest } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 2953));
    const resources = parseDocuments(documentsOfManifest(target.manifest ?? ''));
    const hooks = (target.hooks ?? []).map((h) => ({ ...h, last_run: { phase: '' } }));
    return runReleaseOperation(release, namespace, {
        resources,
        hooks,
        crds: [],
        manifest: target.manifest ?? '',
        chart: target.chart,
        config: target.config ?? {},
        ...(target.info.notes ? { notes: target.info.notes } : {}),
        rollbackTo: target.version,
    }, options);
}


/***/ }),

/***/ 86259:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fd: () => (/* binding */ classifyChange),
/* harmony export */   RX: () => (/* binding */ mayRecreate),
/* harmony export */   Yd: () => (/* binding */ takeOverManagedFields),
/* harmony export */   l2: () => (/* binding */ ownershipProblem),
/* harmony export */   nl: () => (/* binding */ isImmutableFieldError),
/* harmony export */   t8: () => (/* binding */ isKept),
/* harmony export */   vT: () => (/* binding */ objectToApply),
/* harmony export */   wM: () => (/* binding */ fieldManager)
/* harmony export */ });
/* unused harmony exports needsFieldTakeover, managedByLabel, releaseNameAnnotation, releaseNamespaceAnnotation */
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);

const fieldManager = 'slipway';
/** Managers whose fields slipway takes over: Helm 3 and 4 client-side apply ("helm", Update), Helm 4 server-side apply ("helm", Apply), kubectl apply. */
const takenOverManagers = new Set(['helm', 'kubectl-client-side-apply']);
/** Fields the apiserver changes on every write (or that only describe the write): ignored when comparing. */
function comparable(object) {
    if (!object || typeof object !== 'object')
        return object;
    const { metadata = {}, ...rest } = object;
    const { managedFields: _m, resourceVersion: _r, generation: _g, ...meta } = metadata;
    return { ...rest, metadata: meta };
}
/**
 * Decides create / update / unchanged from the live object and the server-side dry-run of applying the
 * desired one: equal apart from bookkeeping means applying would change nothing, so nothing is written.
 * An object whose fields still belong to Helm's or kubectl's client-side apply is updated once, so that
 * slipway becomes their manager and can later remove fields that leave the chart.
 */
function classifyChange(live, dryRun) {
    if (live === undefined)
        return 'create';
    if (needsFieldTakeover(live?.metadata?.managedFields))
        return 'update';
    return (0,node_util__WEBPACK_IMPORTED_MODULE_0__.isDeepStrictEqual)(comparable(live), comparable(dryRun)) ? 'unchanged' : 'update';
}
function needsFieldTakeover(managedFields) {
    return (managedFields ?? []).some((e) => e.manager !== undefined && takenOverManagers.has(e.manager) && !e.subresource);
}
function unionFields(a, b) {
    const out = { ...a };
    for (const [key, value] of Object.entries(b)) {
        const existing = out[key];
        out[key] = existing && typeof existing === 'object' && value && typeof value === 'object' ? unionFields(existing, value) : value;
    }
    return out;
}
/**
 * managedFields with Helm's and kubectl's entries (same apiVersion, main resource) folded into one
 * `slipway` Apply entry — what `kubectl apply --server-side` migration (csaupgrade) and Helm 4's
 * client-side → server-side upgrade do. Returns undefined when there is nothing to take over.
 */
function takeOverManagedFields(managedFields, apiVersion, now) {
    const entries = managedFields ?? [];
    const taken = entries.filter((e) => e.manager !== undefined && takenOverManagers.has(e.manager) && !e.subresource && e.apiVersion === apiVersion && e.fieldsV1);
    if (taken.length === 0)
        return undefined;
    const ours = entries.find((e) => e.manager === fieldManager && e.operation === 'Apply' && !e.subresource && e.apiVersion === apiVersion);
    let fields = ours?.fieldsV1 ?? {};
    for (const e of taken)
        fields = unionFields(fields, e.fieldsV1);
    const merged = { manager: fieldManager, operation: 'Apply', apiVersion, time: now, fieldsType: 'FieldsV1', fieldsV1: fields };
    return [...entries.filter((e) => e !== ours && !taken.includes(e)), merged];
}
const managedByLabel = 'app.kubernetes.io/managed-by';
const releaseNameAnnotation = 'meta.helm.sh/release-name';
const releaseNamespaceAnnotation = 'meta.helm.sh/release-namespace';
/**
 * Helm's adoption rule (pkg/action/validate.go): an existing object that the release did not deploy
 * before may be taken only if it carries this release's ownership metadata. Returns what is wrong.
 */
function ownershipProblem(live, release, namespace) {
    const labels = live.metadata?.labels ?? {};
    const annotations = live.metadata?.annotations ?? {};
    const problems = [];
    if (labels[managedByLabel] !== 'Helm')
        problems.push(`label ${managedByLabel} is ${labels[managedByLabel] === undefined ? 'missing' : `"${labels[managedByLabel]}"`} (must be "Helm")`);
    const owner = annotations[releaseNameAnnotation];
    if (owner !== release)
        problems.push(owner === undefined ? `annotation ${releaseNameAnnotation} is missing` : `it belongs to release "${owner}"`);
    const ownerNs = annotations[releaseNamespaceAnnotation];
    if (ownerNs !== namespace && owner === release)
        problems.push(`annotation ${releaseNamespaceAnnotation} is ${ownerNs === undefined ? 'missing' : `"${ownerNs}"`} (must be "${namespace}")`);
    return problems.length ? problems.join('; ') : undefined;
}
/** The object as applied: Helm's ownership metadata, the namespace, and the global labels and annotations. */
function objectToApply(object, options) {
    const labels = { ...(object.metadata.labels ?? {}), ...options.addLabels, ...(options.owned ? { [managedByLabel]: 'Helm' } : {}) };
    const annotations = {
        ...(object.metadata.annotations ?? {}),
        ...options.addAnnotations,
        ...(options.owned ? { [releaseNameAnnotation]: options.release, [releaseNamespaceAnnotation]: options.releaseNamespace } : {}),
    };
    const metadata = { ...object.metadata, labels, annotations };
    if (options.namespace === undefined)
        delete metadata.namespace;
    else
        metadata.namespace = options.namespace;
    return { ...object, metadata };
}
/** `helm.sh/resource-policy: keep` on the object leaves it in the cluster when the release stops rendering it. */
function isKept(object) {
    return object?.metadata?.annotations?.['helm.sh/resource-policy']?.trim().toLowerCase() === 'keep';
}
/** An immutable-field rejection of a dry-run apply (422 Invalid with "field is immutable"). */
function isImmutableFieldError(status, message) {
    return status === 422 && /field is immutable|may not be changed|is immutable/i.test(message);
}
/** Recreating is safe for Jobs (their spec is immutable by design) and for objects that ask for it. */
function mayRecreate(object) {
    const annotations = object.metadata?.annotations ?? {};
    return object.kind === 'Job' || annotations['slipway.io/recreate'] === 'true' || annotations['werf.io/replace-on-immutable-change'] === 'true';
}


/***/ }),

/***/ 11756:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ag: () => (/* binding */ planResource),
/* harmony export */   NN: () => (/* binding */ planResources),
/* harmony export */   Zz: () => (/* binding */ recordedObjects),
/* harmony export */   dR: () => (/* binding */ crdKinds)
/* harmony export */ });
/* harmony import */ var _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16602);
/* harmony import */ var _kube_boundedParallel_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(28331);
/* harmony import */ var _kube_clusterObjects_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(42403);
/* harmony import */ var _kube_kubeApiError_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(87290);
/* harmony import */ var _deployContext_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(38877);
/* harmony import */ var _manifestResources_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2953);
/* harmony import */ var _resourceChange_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(86259);







/** Plans one resource: live state, dry-run of the desired state, adoption rule, immutable fields. */
async function planResource(ctx, resource, previouslyOwned, options) {
    const target = await (0,_deployContext_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveResource */ .T)(ctx, resource);
    const body = (0,_resourceChange_js__WEBPACK_IMPORTED_MODULE_5__/* .objectToApply */ .vT)(resource.object, { release: ctx.release, releaseNamespace: ctx.namespace, namespace: target.namespace, owned: true, ...options });
    const where = { file: resource.source, ...(resource.line ? { line: resource.line } : {}), resource: target.label };
    const forbidden = (error) => new _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_0__.SlipwayError('kube', `not allowed to apply ${target.label}: ${error.message}`, { where, hint: 'grant the deploying identity get/create/patch on this resource (RBAC)' });
    let live;
    try {
        live = await ctx.objects.get(target);
    }
    catch (error) {
        if (error instanceof _kube_kubeApiError_js__WEBPACK_IMPORTED_MODULE_2__/* .KubeApiError */ .W3 && error.status === 403)
            throw forbidden(error);
        throw error;
    }
    if (live && !previouslyOwned.has((0,_manifestResources_js__WEBPACK_IMPORTED_MODULE_4__/* .objectKey */ .T5)(resource.object, target.namespace))) {
        const problem = (0,_resourceChange_js__WEBPACK_IMPORTED_MODULE_5__/* .ownershipProblem */ .l2)(live, ctx.release, ctx.namespace);
        if (problem) {
            throw new _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_0__.SlipwayError('deploy', `${target.label} already exists and is not part of release ${ctx.release}: ${problem}`, {
                where,
                hint: `delete it, rename it in the chart, or let the release adopt it: kubectl label/annotate it with app.kubernetes.io/managed-by=Helm, meta.helm.sh/release-name=${ctx.release}, meta.helm.sh/release-namespace=${ctx.namespace}`,
            });
        }
    }
    try {
        const predicted = await ctx.objects.apply(target, body, { dryRun: true });
        return { action: (0,_resourceChange_js__WEBPACK_IMPORTED_MODULE_5__/* .classifyChange */ .Fd)(live, predicted), target, body, live, predicted };
    }
    catch (error) {
        if (error instanceof _kube_kubeApiError_js__WEBPACK_IMPORTED_MODULE_2__/* .KubeApiError */ .W3 && live && (0,_resourceChange_js__WEBPACK_IMPORTED_MODULE_5__/* .isImmutableFieldError */ .nl)(error.status, error.message)) {
            if (!(0,_resourceChange_js__WEBPACK_IMPORTED_MODULE_5__/* .mayRecreate */ .RX)(resource.object)) {
                throw new _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_0__.SlipwayError('deploy', `${target.label} cannot be updated: ${(0,_kube_clusterObjects_js__WEBPACK_IMPORTED_MODULE_1__/* .apiMessage */ .SX)(error)}`, {
                    where,
                    hint: 'the change touches an immutable field: revert it, or annotate the object slipway.io/recreate: "true" to let slipway delete and re-create it',
                });
            }
            return { action: 'recreate', target, body, live, reason: (0,_kube_clusterObjects_js__WEBPACK_IMPORTED_MODULE_1__/* .apiMessage */ .SX)(error) };
        }
        if (error instanceof _kube_kubeApiError_js__WEBPACK_IMPORTED_MODULE_2__/* .KubeApiError */ .W3 && error.status === 404 && error.reason === 'NotFound' && target.namespace && /namespaces? "[^"]+" not found/.test(error.message)) {
            throw new _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_0__.SlipwayError('deploy', `${target.label} names namespace ${target.namespace}, which does not exist`, { where, hint: `create namespace ${target.namespace} first, or drop metadata.namespace to deploy into ${ctx.namespace}` });
        }
        if (error instanceof _kube_kubeApiError_js__WEBPACK_IMPORTED_MODULE_2__/* .KubeApiError */ .W3 && error.status === 403)
            throw forbidden(error);
        // Server-side apply answers 500 when the object does not fit the schema (unknown field, wrong type).
        const typed = error instanceof _kube_kubeApiError_js__WEBPACK_IMPORTED_MODULE_2__/* .KubeApiError */ .W3 && error.status === 500 ? /failed to create typed patch object \([^)]*\): (.*)$/s.exec(error.message) : null;
        if (typed) {
            throw new _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_0__.SlipwayError('deploy', `${target.label} is invalid: ${typed[1]}`, { where, hint: 'fix the template: the field does not exist or has the wrong type for this apiVersion; nothing was written' });
        }
        if (error instanceof _kube_kubeApiError_js__WEBPACK_IMPORTED_MODULE_2__/* .KubeApiError */ .W3 && error.status >= 400 && error.status < 500) {
            throw new _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_0__.SlipwayError('deploy', `${target.label} is invalid: ${(0,_kube_clusterObjects_js__WEBPACK_IMPORTED_MODULE_1__/* .apiMessage */ .SX)(error)}`, { where, hint: 'fix the template; the apiserver rejected the object in a dry run, nothing was written' });
        }
        throw error;
    }
}
/** Objects of earlier revisions: `Kind/ns/name` key → object as recorded (for deletions and the adoption rule). */
function recordedObjects(manifests) {
    const out = new Map();
    for (const manifest of manifests) {
        if (!manifest)
            continue;
        let parsed;
        try {
            parsed = (0,_manifestResources_js__WEBPACK_IMPORTED_MODULE_4__.parseDocuments)((0,_manifestResources_js__WEBPACK_IMPORTED_MODULE_4__.documentsOfManifest)(manifest));
        }
        catch {
            continue; // A record Helm wrote with something we cannot parse is not ours to delete from.
        }
        for (const r of parsed)
            out.set(`${r.object.apiVersion}\u0000${r.object.kind}\u0000${r.object.metadata.namespace ?? ''}\u0000${r.object.metadata.name}`, r);
    }
    return out;
}
/**
 * Plans every resource in parallel (nothing is written). Kinds the cluster does not serve yet are
 * accepted only when a CRD of this deploy defines them; they are planned again when their stage comes.
 */
async function planResources(ctx, resources, previous, incomingCrdKinds, options) {
    // Keys of what earlier revisions deployed, resolved against the cluster's scopes.
    const previousTargets = [];
    for (const recorded of previous.values()) {
        const mapping = await ctx.mapper.find(recorded.object.apiVersion, recorded.object.kind);
        if (!mapping)
            continue; // Its kind is gone from the cluster (CRD removed): nothing left to delete.
        const namespace = mapping.namespaced ? (recorded.object.metadata.namespace ?? ctx.namespace) : undefined;
        previousTargets.push({ target: { mapping, namespace, name: recorded.object.metadata.name, resource: recorded, label: (0,_manifestResources_js__WEBPACK_IMPORTED_MODULE_4__/* .describeObject */ .v8)(recorded.object, namespace) }, recorded });
    }
    const owned = new Set(previousTargets.map((p) => (0,_manifestResources_js__WEBPACK_IMPORTED_MODULE_4__/* .objectKey */ .T5)(p.recorded.object, p.target.namespace)));
    const changes = await (0,_kube_boundedParallel_js__WEBPACK_IMPORTED_MODULE_6__/* .boundedParallel */ .$)(resources, ctx.concurrency, async (resource) => {
        const group = resource.object.apiVersion.includes('/') ? resource.object.apiVersion.split('/')[0] : '';
        if (incomingCrdKinds.has(`${group}/${resource.object.kind}`) && !(await ctx.mapper.find(resource.object.apiVersion, resource.object.kind))) {
            const label = (0,_manifestResources_js__WEBPACK_IMPORTED_MODULE_4__/* .describeObject */ .v8)(resource.object, resource.object.metadata.namespace ?? ctx.namespace);
            return { action: 'create', deferred: true, target: { mapping: { group, version: '', kind: resource.object.kind, resource: '', namespaced: true }, namespace: resource.object.metadata.namespace ?? ctx.namespace, name: resource.object.metadata.name, resource, label } };
        }
        return planResource(ctx, resource, owned, options);
    });
    const desiredKeys = new Set(changes.map((c) => (0,_manifestResources_js__WEBPACK_IMPORTED_MODULE_4__/* .objectKey */ .T5)(c.target.resource.object, c.target.namespace)));
    const deletions = [];
    for (const { target, recorded } of previousTargets) {
        if (desiredKeys.has((0,_manifestResources_js__WEBPACK_IMPORTED_MODULE_4__/* .objectKey */ .T5)(recorded.object, target.namespace)))
            continue;
        if ((0,_resourceChange_js__WEBPACK_IMPORTED_MODULE_5__/* .isKept */ .t8)(recorded.object)) {
            deletions.push({ action: 'keep', target, reason: 'helm.sh/resource-policy: keep' });
            continue;
        }
        const live = await ctx.objects.get(target);
        if (!live)
            continue;
        if ((0,_resourceChange_js__WEBPACK_IMPORTED_MODULE_5__/* .isKept */ .t8)(live))
            deletions.push({ action: 'keep', target, live, reason: 'helm.sh/resource-policy: keep' });
        else
            deletions.push({ action: 'delete', target, live });
    }
    return { changes, deletions, owned };
}
/** `group/Kind` of every CRD in a list of resources (crds/ files and CRD templates). */
function crdKinds(resources) {
    const kinds = new Set();
    for (const r of resources) {
        if (r.object.kind !== 'CustomResourceDefinition')
            continue;
        const spec = r.object.spec;
        if (spec?.group && spec.names?.kind)
            kinds.add(`${spec.group}/${spec.names.kind}`);
    }
    return kinds;
}


/***/ }),

/***/ 81360:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  x$: () => (/* binding */ externalTarget),
  mR: () => (/* binding */ trackInContext),
  OG: () => (/* binding */ trackTargetOf)
});

// EXTERNAL MODULE: ./src/core/status/readiness.ts
var readiness = __webpack_require__(96270);
// EXTERNAL MODULE: ./src/core/errors/slipwayError.ts
var slipwayError = __webpack_require__(16602);
// EXTERNAL MODULE: ./src/core/errors/inputNames.ts
var inputNames = __webpack_require__(59251);
// EXTERNAL MODULE: ./src/core/kube/restMapper.ts
var restMapper = __webpack_require__(67626);
;// CONCATENATED MODULE: ./src/core/track/failureSignals.ts
/** Waiting reasons after which a container will not start without a change (kubelet's names). */
const failingWaitingReasons = new Set([
    'CrashLoopBackOff',
    'ImagePullBackOff',
    'ErrImagePull',
    'InvalidImageName',
    'ErrImageNeverPull',
    'CreateContainerConfigError',
    'CreateContainerError',
    'RunContainerError',
    'PreCreateHookError',
    'PostStartHookError',
]);
const criticalWaitingReasons = new Set(['InvalidImageName', 'ErrImageNeverPull']);
/** A condition that persists is counted again every this long (werf counts repeated errors of a resource). */
const persistWindowMs = 10_000;
const defaultReadinessGraceMs = 30_000;
const time = (text) => {
    if (typeof text !== 'string')
        return undefined;
    const ms = Date.parse(text);
    return Number.isNaN(ms) ? undefined : ms;
};
/** `base#N`: the Nth window a condition has persisted since `since` (0 while in the first). */
function windowKey(base, since, now, windowMs) {
    return `${base}#${Math.max(0, Math.floor((now - since) / Math.max(1000, windowMs)))}`;
}
/** Grace of a failing readiness probe: the time the probe itself needs to declare the container unready. */
function readinessGrace(container, override) {
    const probe = container?.readinessProbe;
    const period = (probe?.periodSeconds ?? 10) * 1000;
    const threshold = probe?.failureThreshold ?? 3;
    const windowMs = probe ? period * threshold : persistWindowMs;
    const graceMs = override ?? (probe ? (probe.initialDelaySeconds ?? 0) * 1000 + period * threshold : defaultReadinessGraceMs);
    return { graceMs, windowMs };
}
/** Every failure signal of one pod at `now`. */
function podFailureSignals(pod, events, ctx) {
    const name = pod.metadata.name;
    const out = [];
    const phase = pod.status?.phase;
    const specs = [...(pod.spec?.initContainers ?? []), ...(pod.spec?.containers ?? [])];
    const statuses = [...(pod.status?.initContainerStatuses ?? []), ...(pod.status?.containerStatuses ?? [])];
    const restartNever = pod.spec?.restartPolicy === 'Never' || (pod.spec?.restartPolicy === 'OnFailure' && phase === 'Failed');
    const since = (base) => ctx.firstSeen.get(base) ?? ctx.now;
    const latestWarning = (reasons) => [...events].filter((e) => e.type === 'Warning' && reasons.includes(e.reason)).sort((a, b) => a.at - b.at).at(-1);
    for (const c of statuses) {
        const restarts = c.restartCount ?? 0;
        const waiting = c.state?.waiting;
        const terminated = c.state?.terminated;
        const last = c.lastState?.terminated;
        if (waiting && failingWaitingReasons.has(waiting.reason)) {
            const crash = waiting.reason === 'CrashLoopBackOff';
            // A crash is one failure per restart; an image or config problem, once per window it persists.
            const base = crash ? `${name}/${c.name}/crash/${restarts}` : `${name}/${c.name}/${waiting.reason}/${restarts}`;
            out.push({
                key: windowKey(base, since(base), ctx.now, persistWindowMs),
                pod: name,
                container: c.name,
                reason: waiting.reason,
                message: waiting.message ?? waiting.reason,
                ...(crash && last ? { exitCode: last.exitCode } : {}),
                restarts,
                ...(criticalWaitingReasons.has(waiting.reason) ? { critical: true } : {}),
                counts: true,
                ...(crash ? { previousInstance: true } : {}),
            });
            continue;
        }
        if (terminated && terminated.exitCode !== 0 && (restartNever || phase === 'Failed')) {
            out.push({
                key: `${name}/${c.name}/exit/${restarts}`,
                pod: name,
                container: c.name,
                reason: terminated.reason === 'OOMKilled' ? 'OOMKilled' : 'Error',
                message: `container ${c.name} exited with code ${terminated.exitCode}${terminated.reason && terminated.reason !== 'Error' ? ` (${terminated.reason})` : ''}${terminated.message ? `: ${terminated.message}` : ''}`,
                exitCode: terminated.exitCode,
                restarts,
                counts: !ctx.jobPod,
            });
            continue;
        }
        // Restarted and running again: the previous instance crashed (OOMKilled, a non-zero exit).
        if (restarts > 0 && last && (last.exitCode !== 0 || last.reason === 'OOMKilled')) {
            out.push({
                key: `${name}/${c.name}/crash/${restarts}#0`,
                pod: name,
                container: c.name,
                reason: last.reason === 'OOMKilled' ? 'OOMKilled' : 'ContainerRestarted',
                message: `container ${c.name} restarted ${restarts} time${restarts === 1 ? '' : 's'}; the last instance exited with code ${last.exitCode}${last.reason ? ` (${last.reason})` : ''}`,
                exitCode: last.exitCode,
                restarts,
                counts: !ctx.jobPod,
                previousInstance: true,
            });
        }
        // Running but not ready past the time its readiness probe needs: the probe keeps failing.
        const running = c.state?.running;
        if (running && c.ready === false && phase === 'Running') {
            const startedAt = time(running.startedAt) ?? since(`${name}/${c.name}/running`);
            const spec = specs.find((s) => s.name === c.name);
            const { graceMs, windowMs } = readinessGrace(spec, ctx.readinessGraceMs?.[c.name]);
            if (ctx.now - startedAt > graceMs) {
                const unhealthy = latestWarning(['Unhealthy']);
                out.push({
                    key: windowKey(`${name}/${c.name}/NotReady`, startedAt + graceMs, ctx.now, windowMs),
                    pod: name,
                    container: c.name,
                    reason: 'ReadinessProbeFailed',
                    message: unhealthy ? `${unhealthy.message} (not ready for ${Math.round((ctx.now - startedAt) / 1000)} s)` : `container ${c.name} is running but not ready for ${Math.round((ctx.now - startedAt) / 1000)} s`,
                    restarts,
                    counts: true,
                });
            }
        }
    }
    const scheduled = (pod.status?.conditions ?? []).find((x) => x.type === 'PodScheduled');
    if (scheduled?.status === 'False' && scheduled.reason === 'Unschedulable') {
        const base = `${name}/Unschedulable`;
        const from = time(scheduled.lastTransitionTime) ?? since(base);
        out.push({ key: windowKey(base, from, ctx.now, persistWindowMs), pod: name, reason: 'FailedScheduling', message: scheduled.message ?? 'the pod cannot be scheduled', counts: true });
    }
    if (phase !== 'Running' && phase !== 'Succeeded') {
        const mount = latestWarning(['FailedMount', 'FailedAttachVolume']);
        if (mount) {
            const base = `${name}/${mount.reason}`;
            out.push({ key: windowKey(base, since(base), ctx.now, persistWindowMs), pod: name, reason: mount.reason, message: mount.message, counts: true });
        }
    }
    if (phase === 'Failed' && !out.some((s) => s.reason === 'Error' || s.reason === 'OOMKilled')) {
        // Evicted, a deadline, a node lost: the pod's own reason.
        out.push({ key: `${name}/failed`, pod: name, reason: pod.status?.reason ?? 'PodFailed', message: pod.status?.message ?? 'the pod failed', counts: !ctx.jobPod });
    }
    return out;
}
/** A ReplicaSet that cannot create pods (quota, admission webhooks, pod security): its condition or its events. */
function replicaSetFailureSignals(replicaSet, events, ctx) {
    const condition = (replicaSet.status?.conditions ?? []).find((x) => x.type === 'ReplicaFailure' && x.status === 'True');
    const event = [...events].filter((e) => e.type === 'Warning' && e.reason === 'FailedCreate').sort((a, b) => a.at - b.at).at(-1);
    if (!condition && !event)
        return [];
    const base = `${replicaSet.metadata.name}/FailedCreate`;
    const from = time(condition?.lastTransitionTime) ?? ctx.firstSeen.get(base) ?? ctx.now;
    return [{ key: windowKey(base, from, ctx.now, persistWindowMs), reason: 'FailedCreate', message: condition?.message ?? event.message, counts: true }];
}
/** The base keys of persisting conditions in these signals, for the tracker to remember when each began. */
function persistingBases(signals) {
    return signals.filter((s) => s.key.includes('#')).map((s) => s.key.slice(0, s.key.lastIndexOf('#')));
}

// EXTERNAL MODULE: ./src/core/track/resourceTree.ts
var resourceTree = __webpack_require__(75643);
;// CONCATENATED MODULE: ./src/core/track/trackDecision.ts

function newMemory(now) {
    return { reported: new Set(), failures: 0, hoping: false, lastActivity: now };
}
/**
 * Decides one resource's outcome from its readiness, its failure signals and what was seen before.
 * Mutates `memory` (the fold's state) and returns the decision. Pure otherwise: no I/O, no clock.
 */
function decideTrack(input, memory) {
    const allowed = input.spec.failuresAllowedPerReplica * Math.max(1, input.replicas);
    const fresh = [];
    for (const signal of input.signals) {
        if (memory.reported.has(signal.key))
            continue;
        memory.reported.add(signal.key);
        if (signal.counts)
            memory.failures++;
        fresh.push({ signal, counted: signal.counts });
    }
    if (input.readiness.state === 'ready') {
        memory.hoping = false;
        return { outcome: { state: 'ready' }, fresh, allowed };
    }
    // The controller's own verdict (ProgressDeadlineExceeded, a failed Job, a lost claim) needs no counting;
    // a bare Pod's waiting reasons are counted like any replica's.
    const verdict = input.readiness.state === 'failed' && !(input.kind === 'Pod' && failingWaitingReasons.has(input.readiness.reason));
    const lastCounted = [...fresh].reverse().find((f) => f.counted)?.signal;
    const critical = fresh.find((f) => f.signal.critical)?.signal;
    let cause;
    if (verdict)
        cause = { reason: input.readiness.reason, message: input.readiness.message };
    else if (critical)
        cause = { reason: critical.reason, message: critical.message, signal: critical };
    else if (memory.failures > allowed && lastCounted)
        cause = { reason: lastCounted.reason, message: lastCounted.message, signal: lastCounted };
    else if (input.now - memory.lastActivity > input.spec.noActivityTimeoutMs) {
        cause = { reason: 'NoActivity', message: `nothing changed for ${Math.round(input.spec.noActivityTimeoutMs / 1000)} s (werf.io/no-activity-timeout): ${input.readiness.message}` };
    }
    if (!cause) {
        if (memory.hoping)
            return { outcome: { state: 'hoping', cause: { reason: 'Hoping', message: input.readiness.message } }, fresh, allowed };
        return { outcome: { state: 'progressing' }, fresh, allowed };
    }
    switch (input.spec.failMode) {
        case 'IgnoreAndContinueDeployProcess':
            return { outcome: { state: 'ignored', cause }, fresh, allowed };
        case 'HopeUntilEndOfDeployProcess':
            // Over the threshold: hope while others are pending; once they settled, the next failure is final.
            if (!memory.hoping) {
                memory.hoping = true;
                return { outcome: { state: 'hoping', cause }, fresh, allowed };
            }
            if (input.othersSettled && (verdict || fresh.some((f) => f.counted) || cause.reason === 'NoActivity'))
                return { outcome: { state: 'failed', cause }, fresh, allowed };
            return { outcome: { state: 'hoping', cause }, fresh, allowed };
        default:
            return { outcome: { state: 'failed', cause }, fresh, allowed };
    }
}

// EXTERNAL MODULE: ./src/core/track/trackingSpec.ts
var trackingSpec = __webpack_require__(52285);
;// CONCATENATED MODULE: ./src/core/track/podLogs.ts
/** Splits the kubelet's timestamp off a line and makes it sortable: fractions padded to 9 digits. Pure. */
function splitTimestamp(line) {
    const m = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(?:\.(\d{1,9}))?(Z|[+-]\d\d:\d\d) ?/.exec(line);
    if (!m)
        return { stamp: '', text: line };
    return { stamp: `${m[1]}.${(m[2] ?? '').padEnd(9, '0')}${m[3]}`, text: line.slice(m[0].length) };
}
/**
 * Which lines of a reconnected stream are new: lines older than the last one seen are dropped, and of the
 * lines with the same timestamp as the last one, as many as were seen already. Pure state + step.
 */
class LineDeduper {
    #lastStamp = '';
    #seenAtLast = 0;
    #replayAtLast = 0;
    /** Call when a new stream starts (it replays from sinceTime). */
    restart() {
        this.#replayAtLast = 0;
    }
    accept(line) {
        if (line.stamp === '')
            return true;
        if (line.stamp < this.#lastStamp)
            return false;
        if (line.stamp === this.#lastStamp) {
            this.#replayAtLast++;
            if (this.#replayAtLast <= this.#seenAtLast)
                return false;
            this.#seenAtLast++;
            return true;
        }
        this.#lastStamp = line.stamp;
        this.#seenAtLast = 1;
        this.#replayAtLast = 1;
        return true;
    }
    /** RFC 3339 with seconds (what the API's sinceTime takes), or undefined before any line. */
    get since() {
        return this.#lastStamp ? `${this.#lastStamp.slice(0, 19)}Z` : undefined;
    }
}
const logPath = (namespace, pod) => `/api/v1/namespaces/${encodeURIComponent(namespace)}/pods/${encodeURIComponent(pod)}/log`;
/**
 * Follows one container's log (`follow=true&timestamps=true`) until stopped, reconnecting when the stream
 * ends (container restarted, apiserver restart) from the last line's time, never delivering a line twice.
 * Keeps the last `keep` lines for failure reports, whatever the printing cap says.
 */
class ContainerLogFollower {
    client;
    namespace;
    pod;
    container;
    onLine;
    keep;
    #stop = new AbortController();
    #dedupe = new LineDeduper();
    recent = [];
    delivered = 0;
    #running;
    constructor(client, namespace, pod, container, onLine, keep = 50) {
        this.client = client;
        this.namespace = namespace;
        this.pod = pod;
        this.container = container;
        this.onLine = onLine;
        this.keep = keep;
    }
    start() {
        this.#running ??= this.#run();
    }
    async #run() {
        let failures = 0;
        while (!this.#stop.signal.aborted) {
            const since = this.#dedupe.since;
            this.#dedupe.restart();
            try {
                await this.client.streamLines(logPath(this.namespace, this.pod), { container: this.container, follow: 'true', timestamps: 'true', ...(since ? { sinceTime: since } : {}) }, (raw) => {
                    const line = splitTimestamp(raw.replace(/\r$/, ''));
                    if (!this.#dedupe.accept(line))
                        return;
                    this.recent.push(line.text);
                    if (this.recent.length > this.keep)
                        this.recent.shift();
                    this.delivered++;
                    this.onLine(line.text);
                }, this.#stop.signal);
                failures = 0;
            }
            catch {
                // Not started yet, waiting in a back-off, or the node is unreachable: try again shortly.
                failures++;
            }
            if (this.#stop.signal.aborted)
                return;
            // Stopping cuts the pause short: the tracker waits for its followers before it reports.
            await pause(Math.min(3000, 250 * 2 ** Math.min(failures, 4)), this.#stop.signal);
        }
    }
    async stop() {
        this.#stop.abort();
        await this.#running;
    }
}
function pause(ms, signal) {
    return new Promise((resolve) => {
        const timer = setTimeout(done, ms);
        function done() {
            clearTimeout(timer);
            signal.removeEventListener('abort', done);
            resolve();
        }
        signal.addEventListener('abort', done, { once: true });
    });
}
/** The last lines of a container's previous instance (a restarted one), or of the current one. */
async function tailLogs(client, namespace, pod, container, options = {}) {
    const lines = [];
    const stop = new AbortController();
    const timer = setTimeout(() => stop.abort(), 3000);
    const signal = options.signal ? AbortSignal.any([options.signal, stop.signal]) : stop.signal;
    try {
        await client.streamLines(logPath(namespace, pod), { container, tailLines: String(options.lines ?? 20), ...(options.previous ? { previous: 'true' } : {}) }, (l) => lines.push(l.replace(/\r$/, '')), signal);
    }
    catch {
        return [];
    }
    finally {
        clearTimeout(timer);
    }
    return lines;
}

// EXTERNAL MODULE: ./src/core/track/watchHub.ts
var watchHub = __webpack_require__(1421);
;// CONCATENATED MODULE: ./src/core/track/resourceTracker.ts










const idOf = (kind, name, namespace, group) => ({ kind, name, ...(namespace ? { namespace } : {}), ...(group ? { group } : {}) });
const snapshotOf = (r) => ({ state: r.state, reason: r.reason, message: r.message ?? r.reason, ...(r.ready !== undefined ? { ready: r.ready } : {}), ...(r.wanted !== undefined ? { wanted: r.wanted } : {}) });
const sameSnapshot = (a, b) => !!a && a.state === b.state && a.reason === b.reason && a.message === b.message && a.ready === b.ready && a.wanted === b.wanted;
function eventTime(e) {
    const t = e.series?.lastObservedTime ?? e.lastTimestamp ?? e.eventTime ?? e.firstTimestamp ?? e.metadata?.creationTimestamp;
    const ms = typeof t === 'string' ? Date.parse(t) : NaN;
    return Number.isNaN(ms) ? 0 : ms;
}
/**
 * Tracks resources until every blocking one is ready, failing as soon as one fails for good: watch-driven
 * (shared list+watch per kind and namespace, resumed after drops), each resource's tree (Deployment →
 * ReplicaSet → pods; StatefulSet/DaemonSet/Job → pods), failure signals counted as werf's annotations say,
 * pod logs followed until each pod is ready (Job pods until they end), events collected. Everything it
 * learns goes out as delivery events; decisions are the pure functions of trackDecision/failureSignals.
 */
async function trackResources(client, targets, options) {
    if (targets.length === 0)
        return;
    const now = options.now ?? Date.now;
    const startedAt = now();
    const emit = options.emit;
    const hub = options.hub;
    const withLogs = options.logs ?? true;
    const logCap = options.logLinesPerContainer ?? 500;
    const namespaces = [...new Set(targets.map((t) => t.namespace).filter((n) => !!n))];
    const podCollections = new Map();
    const rsCollections = new Map();
    const eventCollections = new Map();
    for (const ns of namespaces) {
        if (targets.some((t) => t.namespace === ns && (0,resourceTree/* hasPods */.FF)(t.mapping.kind)))
            podCollections.set(ns, hub.collection(`/api/v1/namespaces/${ns}/pods`));
        if (targets.some((t) => t.namespace === ns && t.mapping.kind === 'Deployment'))
            rsCollections.set(ns, hub.collection(`/apis/apps/v1/namespaces/${ns}/replicasets`));
        eventCollections.set(ns, hub.collection(`/api/v1/namespaces/${ns}/events`));
    }
    const rootCollections = new Map();
    const tracked = targets.map((target) => {
        const t = {
            target,
            id: idOf(target.mapping.kind, target.name, target.namespace, target.mapping.group || undefined),
            memory: newMemory(startedAt),
            outcome: { state: 'progressing' },
            childStatus: new Map(),
            fingerprint: '',
            firstSeen: new Map(),
            lastSignals: [],
        };
        rootCollections.set(t, hub.collection((0,restMapper/* resourcePath */.o)(target.mapping, target.namespace)));
        const source = target.source ? { file: target.source, ...(target.line !== undefined ? { line: target.line } : {}) } : undefined;
        emit({ type: 'track', resource: t.id, blocking: target.blocking, ...(source ? { source } : {}) });
        return t;
    });
    const followers = new Map();
    const seenEvents = new Map();
    let settle;
    const done = new Promise((resolve, reject) => {
        settle = (error) => (error ? reject(error) : resolve());
    });
    let finished = false;
    const finish = (error) => {
        if (finished)
            return;
        finished = true;
        settle(error);
    };
    const rootOf = (t) => {
        for (const o of rootCollections.get(t).objects.values())
            if (o.metadata?.name === t.target.name)
                return { apiVersion: `${t.target.mapping.group ? `${t.target.mapping.group}/` : ''}${t.target.mapping.version}`, kind: t.target.mapping.kind, ...o };
        return undefined;
    };
    const eventsFor = (ns, uids) => {
        const c = ns ? eventCollections.get(ns) : undefined;
        if (!c)
            return [];
        const out = [];
        // Events from before this deploy belong to earlier rollouts.
        for (const e of c.objects.values())
            if (uids.has(e.involvedObject?.uid) && eventTime(e) >= startedAt - 2000)
                out.push(e);
        return out;
    };
    const eventLike = (e) => ({ type: e.type ?? 'Normal', reason: e.reason ?? '', message: e.message ?? e.note ?? '', at: eventTime(e), count: e.series?.count ?? e.count ?? 1 });
    const clusterEvent = (e) => ({ type: e.type ?? 'Normal', reason: e.reason ?? '', message: e.message ?? '', object: `${e.involvedObject?.kind}/${e.involvedObject?.name}`, count: e.series?.count ?? e.count ?? 1, at: eventTime(e) });
    const followLogs = (t, pod) => {
        if (!withLogs || !pod.metadata.namespace)
            return;
        const containers = [...(pod.spec?.initContainers ?? []), ...(pod.spec?.containers ?? [])].map((c) => c.name);
        const statuses = [...(pod.status?.initContainerStatuses ?? []), ...(pod.status?.containerStatuses ?? [])];
        for (const container of containers) {
            const key = `${pod.metadata.namespace}/${pod.metadata.name}/${container}`;
            if (followers.has(key))
                continue;
            const status = statuses.find((s) => s.name === container);
            // Only once the container has run: before that the kubelet has no log to give.
            if (!status || (!status.state?.running && !status.state?.terminated && !status.lastState?.terminated))
                continue;
            let printed = 0;
            const show = (0,trackingSpec/* showsLogsOf */.HA)(t.target.spec, container);
            const follower = new ContainerLogFollower(client, pod.metadata.namespace, pod.metadata.name, container, (text) => {
                t.memory.lastActivity = now();
                if (!show || !(0,trackingSpec/* logLinePasses */.o_)(t.target.spec, container, text))
                    return;
                if (printed++ < logCap)
                    emit({ type: 'log', resource: t.id, pod: pod.metadata.name, container, line: text });
                else if (printed === logCap + 1)
                    emit({ type: 'step', message: `${pod.metadata.name}/${container}: more than ${logCap} log lines; the rest are not printed` });
            });
            followers.set(key, follower);
            follower.start();
        }
    };
    const stopLogs = (pod) => {
        for (const [key, f] of followers)
            if (key.startsWith(`${pod.metadata.namespace}/${pod.metadata.name}/`))
                void f.stop();
    };
    const failureDetail = async (t, cause, fatal, allowed, podEvents) => {
        const s = cause.signal;
        let logs = [];
        if (s?.pod && s.container && t.target.namespace) {
            const follower = followers.get(`${t.target.namespace}/${s.pod}/${s.container}`);
            logs = follower ? [...follower.recent] : [];
            if (s.previousInstance || logs.length === 0) {
                const fetched = await tailLogs(client, t.target.namespace, s.pod, s.container, { previous: !!s.previousInstance, lines: 20 });
                if (fetched.length)
                    logs = fetched.map((l) => l.replace(/^\S+Z /, ''));
            }
            logs = logs.slice(-20);
        }
        const events = podEvents.filter((e) => !s?.pod || e.involvedObject?.name === s.pod || e.involvedObject?.kind !== 'Pod').map(clusterEvent).sort((a, b) => a.at - b.at).slice(-10);
        return {
            resource: t.id,
            ...(t.target.source ? { source: { file: t.target.source, ...(t.target.line !== undefined ? { line: t.target.line } : {}) } } : {}),
            ...(s?.pod ? { pod: s.pod } : {}),
            ...(s?.container ? { container: s.container } : {}),
            reason: cause.reason,
            message: cause.message,
            ...(s?.exitCode !== undefined ? { exitCode: s.exitCode } : {}),
            ...(s?.restarts !== undefined ? { restarts: s.restarts } : {}),
            logs,
            events,
            count: t.memory.failures,
            allowed,
            fatal,
        };
    };
    /** For a Job or a workload that failed by the controller's verdict: the pod and container that explain it. */
    const explainingSignal = (t) => t.lastSignals.find((s) => s.container) ?? t.lastSignals[0];
    const failureError = (t, detail) => {
        const where = [detail.pod ? `pod ${detail.pod}` : '', detail.container ? `container ${detail.container}` : ''].filter(Boolean).join(' ');
        const exit = detail.exitCode !== undefined && !detail.message.includes(`code ${detail.exitCode}`) ? ` (exit code ${detail.exitCode})` : '';
        return new slipwayError.SlipwayError('deploy', `${t.target.label} failed: ${detail.reason}${where ? ` in ${where}` : ''}: ${detail.message}${exit}`, {
            where: { resource: t.target.label, ...(t.target.source ? { file: t.target.source } : {}), ...(t.target.line !== undefined ? { line: t.target.line } : {}) },
            hint: detail.logs.length ? `last log line: ${detail.logs.at(-1)}` : 'the events above say more; fix the chart or image and converge again',
        });
    };
    const evaluate = async (t) => {
        if (finished || t.outcome.state === 'ready' || t.outcome.state === 'ignored' || t.outcome.state === 'failed')
            return;
        if (!rootCollections.get(t).isSynced)
            return; // nothing is known of it before the first list
        // Nor of its tree: a workload already ready at the first look would otherwise be done without its pods.
        const treeNs = t.target.namespace;
        if (treeNs && [rsCollections.get(treeNs), podCollections.get(treeNs)].some((c) => c && !c.isSynced))
            return;
        const previousState = t.outcome.state;
        const root = rootOf(t);
        const ns = t.target.namespace;
        const at = now();
        const r = root ? (0,readiness/* readiness */.xz)(root) : { state: 'progressing', reason: 'NotFound', message: 'not found (yet)' };
        const tree = root && ns ? (0,resourceTree/* resourceTree */.DB)(root, [...(rsCollections.get(ns)?.objects.values() ?? [])], [...(podCollections.get(ns)?.objects.values() ?? [])]) : { pods: [] };
        const pods = root?.kind === 'Pod' ? [root] : tree.pods;
        const uids = new Set([root?.metadata.uid, tree.replicaSet?.metadata.uid, ...pods.map((p) => p.metadata.uid)].filter((u) => !!u));
        const events = eventsFor(ns, uids);
        // Activity: any object of the tree or an event changed since the last look.
        const fingerprint = [root?.metadata && root.metadata.resourceVersion, tree.replicaSet && tree.replicaSet.metadata.resourceVersion, ...pods.map((p) => p.metadata.resourceVersion), events.length].join(',');
        if (fingerprint !== t.fingerprint) {
            t.fingerprint = fingerprint;
            t.memory.lastActivity = at;
        }
        for (const e of events) {
            const key = `${e.metadata?.uid}`;
            const count = e.series?.count ?? e.count ?? 1;
            if (seenEvents.get(key) === count)
                continue;
            seenEvents.set(key, count);
            emit({ type: 'cluster-event', resource: t.id, event: clusterEvent(e) });
        }
        const ctx = { now: at, firstSeen: t.firstSeen, readinessGraceMs: t.target.spec.ignoreReadinessProbeFailsForMs, jobPod: root?.kind === 'Job' };
        const signals = [];
        for (const pod of pods)
            signals.push(...podFailureSignals(pod, events.filter((e) => e.involvedObject?.uid === pod.metadata.uid).map(eventLike), ctx));
        if (tree.replicaSet)
            signals.push(...replicaSetFailureSignals(tree.replicaSet, events.filter((e) => e.involvedObject?.uid === tree.replicaSet.metadata.uid).map(eventLike), ctx));
        for (const base of persistingBases(signals))
            if (!t.firstSeen.has(base))
                t.firstSeen.set(base, at);
        if (signals.length)
            t.lastSignals = signals;
        // Children: pods (and the ReplicaSet) under the resource, each with its own status line.
        const children = root?.kind === 'Pod' ? [] : [...(tree.replicaSet ? [tree.replicaSet] : []), ...pods];
        for (const child of children) {
            const childId = idOf(child.kind ?? (child === tree.replicaSet ? 'ReplicaSet' : 'Pod'), child.metadata.name, child.metadata.namespace ?? ns);
            const kind = child === tree.replicaSet ? 'ReplicaSet' : 'Pod';
            const snap = snapshotOf((0,readiness/* readiness */.xz)({ apiVersion: kind === 'ReplicaSet' ? 'apps/v1' : 'v1', kind, ...child }));
            const key = `${kind}/${child.metadata.name}`;
            const previous = t.childStatus.get(key);
            if (!previous)
                emit({ type: 'track', resource: { ...childId, kind }, parent: t.id, blocking: t.target.blocking });
            if (!sameSnapshot(previous, snap)) {
                t.childStatus.set(key, snap);
                emit({ type: 'status', resource: { ...childId, kind }, parent: t.id, status: snap });
            }
            if (kind === 'Pod') {
                followLogs(t, child);
                // werf prints a pod's logs until it is ready; a Job's pods until they end.
                if (snap.state === 'ready' && root?.kind !== 'Job')
                    stopLogs(child);
            }
        }
        if (root?.kind === 'Pod')
            followLogs(t, root);
        const othersSettled = tracked.every((o) => o === t || !o.target.blocking || o.outcome.state === 'ready' || o.outcome.state === 'hoping' || o.outcome.state === 'ignored');
        const decision = decideTrack({ kind: t.target.mapping.kind, readiness: r, signals, spec: t.target.spec, replicas: root ? (0,resourceTree/* replicasOf */.N4)(root) : 1, now: at, othersSettled }, t.memory);
        const podEvents = events;
        for (const f of decision.fresh) {
            const fatal = decision.outcome.state === 'failed' && (decision.outcome.cause.signal === f.signal);
            if (fatal)
                continue; // reported below, with the verdict
            emit({ type: 'failure', failure: await failureDetail(t, { reason: f.signal.reason, message: f.signal.message, signal: f.signal }, false, decision.allowed, podEvents) });
        }
        const snap = snapshotOf(r);
        const status = decision.outcome.state === 'failed' || decision.outcome.state === 'ignored' ? { ...snap, state: 'failed', reason: decision.outcome.cause.reason, message: decision.outcome.cause.message } : snap;
        if (!sameSnapshot(t.status, status)) {
            t.status = status;
            emit({ type: 'status', resource: t.id, status });
        }
        t.outcome = decision.outcome;
        if (decision.outcome.state === 'failed' || decision.outcome.state === 'ignored' || (decision.outcome.state === 'hoping' && previousState !== 'hoping')) {
            const cause = decision.outcome.cause;
            const withSignal = cause.signal ? cause : { ...cause, ...(explainingSignal(t) ? { signal: explainingSignal(t) } : {}) };
            const detail = await failureDetail(t, withSignal, decision.outcome.state === 'failed', decision.allowed, podEvents);
            if (decision.outcome.state === 'failed')
                detail.message = cause.message;
            emit({ type: 'failure', failure: detail });
            if (decision.outcome.state === 'failed') {
                finish(failureError(t, detail));
                return;
            }
            emit({ type: 'warning', message: `${t.target.label}: ${cause.reason}: ${cause.message} (${decision.outcome.state === 'ignored' ? 'werf.io/fail-mode IgnoreAndContinueDeployProcess: not waited for' : 'HopeUntilEndOfDeployProcess: tracking goes on'})`, resource: t.id });
        }
        if (tracked.every((o) => !o.target.blocking || o.outcome.state === 'ready' || o.outcome.state === 'ignored'))
            finish();
    };
    let scheduled = false;
    let running = Promise.resolve();
    const evaluateAll = () => {
        if (scheduled || finished)
            return;
        scheduled = true;
        // Coalesce a burst of watch events into one evaluation, right after the burst.
        setImmediate(() => {
            scheduled = false;
            running = running.then(async () => {
                for (const t of tracked)
                    await evaluate(t);
            }).catch((error) => finish(error));
        });
    };
    const collections = new Set([...rootCollections.values(), ...podCollections.values(), ...rsCollections.values(), ...eventCollections.values()]);
    const unsubscribe = [...collections].map((c) => c.subscribe(() => evaluateAll()));
    const ticker = setInterval(evaluateAll, options.tickMs ?? 1000);
    const timedOut = () => {
        const pending = tracked.filter((t) => t.target.blocking && t.outcome.state !== 'ready' && t.outcome.state !== 'ignored');
        const why = pending.map((t) => {
            const last = t.lastSignals[0];
            if (last)
                return `${t.target.label}: ${t.status?.message ?? 'not observed'} (${last.pod ? `pod ${last.pod}${last.container ? ` container ${last.container}` : ''}: ` : ''}${last.reason}: ${last.message})`;
            // No failure was ever seen (pods scheduled but never started, a node that stopped reporting): say where
            // the pods stand, so the message still points somewhere.
            return `${t.target.label}: ${t.status?.message ?? 'not observed'}${podsNotReady(t.childStatus)}`;
        });
        const first = pending[0];
        finish(new slipwayError.SlipwayError('deploy', `timed out waiting for ${options.what ?? 'resources'} to become ready; not ready: ${why.join('; ')}`, {
            where: { resource: first?.target.label ?? '', ...(first?.target.source ? { file: first.target.source } : {}), ...(first?.target.line !== undefined ? { line: first.target.line } : {}) },
            hint: `raise ${(0,inputNames/* inputLabel */.NB)(options.timeoutInput ?? '--timeout')} if the rollout is just slow; otherwise inspect the resources named above`,
        }));
    };
    const timer = setTimeout(timedOut, Math.max(0, options.deadline - now()));
    const onAbort = () => (now() >= options.deadline - 100 ? timedOut() : finish(options.signal?.reason ?? new Error('aborted')));
    options.signal?.addEventListener('abort', onAbort, { once: true });
    if (options.signal?.aborted)
        onAbort();
    // A collection that cannot be read at all (RBAC) fails the tracking with what to grant.
    for (const c of collections) {
        c.synced.catch((error) => finish(new slipwayError.SlipwayError('kube', `cannot list and watch ${c.path}: ${error.message}`, { where: { resource: c.path }, hint: 'grant list and watch on this resource to the deploying identity' })));
    }
    evaluateAll();
    try {
        await done;
    }
    finally {
        finished = true;
        clearTimeout(timer);
        clearInterval(ticker);
        options.signal?.removeEventListener('abort', onAbort);
        for (const u of unsubscribe)
            u();
        await Promise.allSettled([...followers.values()].map((f) => f.stop()));
        await running.catch(() => undefined);
    }
}
/** ` (pods not ready: a: pod is Pending; b: …)` for at most three pods, or nothing when none is known. */
function podsNotReady(children) {
    const pods = [...children].filter(([key, snap]) => key.startsWith('Pod/') && snap.state !== 'ready');
    if (pods.length === 0)
        return '';
    const named = pods.slice(0, 3).map(([key, snap]) => `${key.slice('Pod/'.length)}: ${snap.message}`);
    return ` (pods not ready: ${named.join('; ')}${pods.length > 3 ? `; ${pods.length - 3} more` : ''})`;
}

;// CONCATENATED MODULE: ./src/core/deploy/trackChanges.ts



/** A release resource as the tracker takes it: its annotations read as tracking settings. */
function trackTargetOf(target) {
    const { resource } = target;
    return {
        mapping: target.mapping,
        namespace: target.namespace,
        name: target.name,
        label: target.label,
        source: resource.source,
        ...(resource.line !== undefined ? { line: resource.line } : {}),
        spec: (0,trackingSpec/* trackingSpecOf */.qX)(resource.object.metadata.annotations, { resource: target.label, file: resource.source, ...(resource.line !== undefined ? { line: resource.line } : {}) }),
        blocking: (0,readiness/* waitsForReadiness */.yY)(resource.object),
    };
}
/** An object outside the release (a deploy dependency): tracked with werf's defaults. */
function externalTarget(mapping, namespace, name, label) {
    return { mapping, namespace, name, label, spec: trackingSpec/* defaultTrackingSpec */.a6, blocking: true };
}
/** Tracks targets under the operation's deadline and cancellation, sharing its watches, reporting through its sink. */
function trackInContext(ctx, targets, what, options = {}) {
    return trackResources(ctx.client, targets, { hub: ctx.hub, deadline: ctx.deadline, signal: ctx.signal, emit: ctx.emit, what, timeoutInput: ctx.timeoutInput, ...options });
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

/***/ 42403:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SX: () => (/* binding */ apiMessage),
/* harmony export */   tb: () => (/* binding */ ClusterObjects)
/* harmony export */ });
/* unused harmony export applyPatchType */
/* harmony import */ var _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16602);
/* harmony import */ var _kubeApiError_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(87290);
/* harmony import */ var _restMapper_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(67626);



const applyPatchType = 'application/apply-patch+yaml';
/** Reads, applies (server-side, as `fieldManager`) and deletes single objects. */
class ClusterObjects {
    client;
    fieldManager;
    constructor(client, fieldManager) {
        this.client = client;
        this.fieldManager = fieldManager;
    }
    async get(ref) {
        try {
            return await this.client.request({ method: 'GET', path: (0,_restMapper_js__WEBPACK_IMPORTED_MODULE_2__/* .resourcePath */ .o)(ref.mapping, ref.namespace, ref.name) });
        }
        catch (error) {
            if ((0,_kubeApiError_js__WEBPACK_IMPORTED_MODULE_1__/* .isNotFound */ .c4)(error))
                return undefined;
            throw error;
        }
    }
    /** Server-side apply with force (slipway owns what the chart says); `dryRun` changes nothing. */
    async apply(ref, object, options = {}) {
        return this.client.request({
            method: 'PATCH',
            path: (0,_restMapper_js__WEBPACK_IMPORTED_MODULE_2__/* .resourcePath */ .o)(ref.mapping, ref.namespace, ref.name),
            query: { fieldManager: this.fieldManager, force: 'true', fieldValidation: 'Strict', ...(options.dryRun ? { dryRun: 'All' } : {}) },
            body: object,
            contentType: applyPatchType,
        });
    }
    async jsonPatch(ref, patch) {
        return this.client.request({ method: 'PATCH', path: (0,_restMapper_js__WEBPACK_IMPORTED_MODULE_2__/* .resourcePath */ .o)(ref.mapping, ref.namespace, ref.name), body: patch, contentType: 'application/json-patch+json' });
    }
    /** Deletes (background propagation, as Helm does); true if it was there. */
    async delete(ref, propagationPolicy = 'Background') {
        try {
            await this.client.request({ method: 'DELETE', path: (0,_restMapper_js__WEBPACK_IMPORTED_MODULE_2__/* .resourcePath */ .o)(ref.mapping, ref.namespace, ref.name), body: { kind: 'DeleteOptions', apiVersion: 'v1', propagationPolicy } });
            return true;
        }
        catch (error) {
            if ((0,_kubeApiError_js__WEBPACK_IMPORTED_MODULE_1__/* .isNotFound */ .c4)(error))
                return false;
            throw error;
        }
    }
    /** Polls until the object is gone (finalizers done); the label names it in the timeout error. */
    async waitGone(ref, label, deadline, signal) {
        for (let delay = 100;; delay = Math.min(1000, delay * 2)) {
            if ((await this.get(ref)) === undefined)
                return;
            if (Date.now() > deadline || signal?.aborted) {
                throw new _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_0__.SlipwayError('deploy', `${label} is still there after deletion`, { where: { resource: label }, hint: 'a finalizer may be blocking it: kubectl get -o yaml shows metadata.finalizers' });
            }
            await new Promise((r) => setTimeout(r, delay));
        }
    }
}
/** The API's own words for a rejected object, with its field causes. */
function apiMessage(error) {
    if (error instanceof _kubeApiError_js__WEBPACK_IMPORTED_MODULE_1__/* .KubeApiError */ .W3) {
        const causes = error.details?.causes?.map((c) => `${c.field ? `${c.field}: ` : ''}${c.message ?? c.reason ?? ''}`).filter((c) => c !== '') ?? [];
        return causes.length && !causes.every((c) => error.message.includes(c)) ? `${error.message} (${causes.join('; ')})` : error.message;
    }
    return error instanceof Error ? error.message : String(error);
}


/***/ }),

/***/ 82020:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ explainKubeError)
/* harmony export */ });
/* harmony import */ var _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16602);
/* harmony import */ var _kubeApiError_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(87290);


/**
 * Turns an apiserver failure that reached the top of an operation into a SlipwayError that says what to
 * do. SlipwayErrors pass through; anything else is a bug and stays as it is.
 */
function explainKubeError(error, what) {
    if (error instanceof _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_0__.SlipwayError)
        return error;
    if (error instanceof _kubeApiError_js__WEBPACK_IMPORTED_MODULE_1__/* .KubeUnreachableError */ .Q1) {
        return new _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_0__.SlipwayError('kube', `${what}: ${error.message}`, {
            where: { input: '--kube-context' },
            hint: 'check the cluster address in the kubeconfig, the network path to it (VPN, firewall) and the chosen --kube-context',
            cause: error,
        });
    }
    if (error instanceof _kubeApiError_js__WEBPACK_IMPORTED_MODULE_1__/* .KubeApiError */ .W3) {
        if (error.status === 401)
            return new _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_0__.SlipwayError('kube', `${what}: the cluster rejected the credentials (401 Unauthorized)`, { where: { input: '--kubeconfig' }, hint: 'refresh the token or certificate in the kubeconfig', cause: error });
        if (error.status === 403)
            return new _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_0__.SlipwayError('kube', `${what}: forbidden: ${error.message}`, { hint: 'grant the deploying identity the RBAC permission named above', cause: error });
        return new _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_0__.SlipwayError('kube', `${what}: the Kubernetes API answered ${error.status} ${error.reason}: ${error.message}`, { hint: 'see the API message above', cause: error });
    }
    return error;
}


/***/ }),

/***/ 67626:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ RestMapper),
/* harmony export */   o: () => (/* binding */ resourcePath)
/* harmony export */ });
/* harmony import */ var _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16602);
/* harmony import */ var _kubeApiError_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(87290);


/**
 * Kind → resource mapping from discovery, one request per group-version actually used (so a deploy of
 * ConfigMaps and Deployments asks twice, not for the whole API). A miss re-asks, because a CRD applied
 * earlier in the same deploy adds kinds; `forget` drops a group-version after CRDs changed.
 */
class RestMapper {
    #client;
    #groupVersions = new Map();
    constructor(client) {
        this.#client = client;
    }
    forget(apiVersion) {
        this.#groupVersions.delete(apiVersion);
    }
    #load(apiVersion) {
        let pending = this.#groupVersions.get(apiVersion);
        if (!pending) {
            const path = apiVersion.includes('/') ? `/apis/${apiVersion}` : `/api/${apiVersion}`;
            const [group, version] = apiVersion.includes('/') ? apiVersion.split('/') : ['', apiVersion];
            pending = this.#client.request({ method: 'GET', path }).then((list) => {
                const byKind = new Map();
                // Subresources (deployments/status) share the kind; the plain resource is the one without "/".
                for (const r of list.resources)
                    if (!r.name.includes('/'))
                        byKind.set(r.kind, { group, version, kind: r.kind, resource: r.name, namespaced: r.namespaced });
                return byKind;
            }, (error) => {
                if ((0,_kubeApiError_js__WEBPACK_IMPORTED_MODULE_1__/* .isNotFound */ .c4)(error))
                    return undefined;
                this.#groupVersions.delete(apiVersion);
                throw error;
            });
            this.#groupVersions.set(apiVersion, pending);
        }
        return pending;
    }
    /** Whether the cluster serves the group version at all (discovery answers, not 404). */
    async servesGroupVersion(apiVersion) {
        return (await this.#load(apiVersion)) !== undefined;
    }
    /** The mapping, or undefined when the cluster does not serve that kind (after one fresh look). */
    async find(apiVersion, kind) {
        const cached = (await this.#load(apiVersion))?.get(kind);
        if (cached)
            return cached;
        this.forget(apiVersion);
        return (await this.#load(apiVersion))?.get(kind);
    }
    async resolve(apiVersion, kind, where) {
        const mapping = await this.find(apiVersion, kind);
        if (!mapping) {
            throw new _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_0__.SlipwayError('deploy', `the cluster does not know kind ${kind} in ${apiVersion}`, {
                where,
                hint: 'check apiVersion and kind; for a custom resource, install its CRD first (crds/ of the chart, or a lower werf.io/weight)',
            });
        }
        return mapping;
    }
}
/** The REST path of a collection or one object. */
function resourcePath(mapping, namespace, name) {
    const base = mapping.group === '' ? `/api/${mapping.version}` : `/apis/${mapping.group}/${mapping.version}`;
    const scoped = mapping.namespaced && namespace ? `${base}/namespaces/${encodeURIComponent(namespace)}/${mapping.resource}` : `${base}/${mapping.resource}`;
    return name === undefined ? scoped : `${scoped}/${encodeURIComponent(name)}`;
}


/***/ }),

/***/ 75016:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KQ: () => (/* binding */ releaseRecordName),
/* harmony export */   mm: () => (/* binding */ isPending),
/* harmony export */   ud: () => (/* binding */ goTime)
/* harmony export */ });
/* unused harmony export pendingStatuses */
const pendingStatuses = ['pending-install', 'pending-upgrade', 'pending-rollback'];
function isPending(status) {
    return status !== undefined && pendingStatuses.includes(status);
}
/** The storage object's name: `sh.helm.release.v1.<name>.v<revision>`. */
function releaseRecordName(release, revision) {
    return `sh.helm.release.v1.${release}.v${revision}`;
}
/** Go's RFC3339Nano for a JS date: UTC with "Z", fractional seconds without trailing zeros. */
function goTime(date) {
    return date.toISOString().replace(/\.?0+Z$/, 'Z').replace(/\.Z$/, 'Z');
}


/***/ }),

/***/ 25420:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pl: () => (/* binding */ goJson),
/* harmony export */   o1: () => (/* binding */ decodeRelease),
/* harmony export */   sR: () => (/* binding */ encodeRelease),
/* harmony export */   sh: () => (/* binding */ orderChartMetadata)
/* harmony export */ });
/* unused harmony exports sortedMap, orderRelease */
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(16602);


/**
 * Encodes and decodes the `release` field of Helm's storage objects: JSON (as Go's encoding/json writes
 * it: struct fields in declaration order, map keys sorted, <, > and & escaped), gzip at best
 * compression, base64 — pkg/storage/driver/util.go. Secrets hold these base64 bytes as their data
 * (so the apiserver shows them base64 twice); ConfigMaps hold the string.
 */
function encodeRelease(release) {
    const json = goJson(orderRelease(release));
    return (0,node_zlib__WEBPACK_IMPORTED_MODULE_0__.gzipSync)(Buffer.from(json, 'utf8'), { level: node_zlib__WEBPACK_IMPORTED_MODULE_0__.constants.Z_BEST_COMPRESSION }).toString('base64');
}
const gzipMagic = [0x1f, 0x8b, 0x08];
function decodeRelease(data, recordName) {
    try {
        let bytes = Buffer.from(data, 'base64');
        // Releases stored before Helm compressed them are plain JSON (util.go keeps reading them).
        if (bytes.length > 3 && gzipMagic.every((b, i) => bytes[i] === b))
            bytes = (0,node_zlib__WEBPACK_IMPORTED_MODULE_0__.gunzipSync)(bytes);
        const release = JSON.parse(bytes.toString('utf8'));
        if (typeof release !== 'object' || release === null || typeof release.version !== 'number')
            throw new Error('no release version');
        release.info ??= {};
        release.chart ??= { metadata: {} };
        release.chart.metadata ??= {};
        return release;
    }
    catch (error) {
        throw new _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_1__.SlipwayError('release', `release record ${recordName} cannot be decoded: ${error.message}`, {
            where: { resource: recordName },
            hint: 'the record is not a Helm release; it was left untouched. Inspect it, then delete it if it is garbage',
            cause: error,
        });
    }
}
/** JSON.stringify plus Go's HTML-safe escapes (they only occur inside strings, so a global replace is exact). */
function goJson(value) {
    return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
/** Copies `source` with `order` first (skipping undefined and Go's omitempty zero values), then unknown fields. */
function ordered(source, order, omitEmpty) {
    const out = {};
    const isEmpty = (v) => v === undefined || v === null || v === '' || v === 0 || v === false || (Array.isArray(v) && v.length === 0) || (typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length === 0);
    for (const key of order) {
        const value = source[key];
        if (value === undefined)
            continue;
        if (omitEmpty.includes(key) && isEmpty(value))
            continue;
        out[key] = value;
    }
    for (const [key, value] of Object.entries(source))
        if (!(key in out) && !order.includes(key) && value !== undefined)
            out[key] = value;
    return out;
}
/** Go sorts map keys; values maps are maps all the way down. */
function sortedMap(value) {
    if (Array.isArray(value))
        return value.map(sortedMap);
    if (typeof value !== 'object' || value === null)
        return value;
    const out = {};
    for (const key of Object.keys(value).sort())
        out[key] = sortedMap(value[key]);
    return out;
}
const releaseFields = ['name', 'info', 'chart', 'config', 'manifest', 'hooks', 'version', 'namespace', 'apply_method'];
const infoFields = ['first_deployed', 'last_deployed', 'deleted', 'description', 'status', 'rollback_revision', 'notes', 'resources'];
const chartFields = ['metadata', 'lock', 'templates', 'values', 'schema', 'schemamodtime', 'files', 'modtime'];
const metadataFields = ['name', 'home', 'sources', 'version', 'description', 'keywords', 'maintainers', 'icon', 'apiVersion', 'condition', 'tags', 'appVersion', 'deprecated', 'annotations', 'kubeVersion', 'dependencies', 'type'];
const hookFields = ['name', 'kind', 'path', 'manifest', 'events', 'last_run', 'weight', 'delete_policies', 'output_log_policies'];
function orderRelease(release) {
    return ordered({
        ...release,
        info: orderInfo(release.info),
        chart: orderChart(release.chart),
        config: release.config === undefined ? undefined : sortedMap(release.config),
        hooks: release.hooks?.map(orderHook),
    }, releaseFields, ['name', 'config', 'manifest', 'hooks', 'version', 'namespace', 'apply_method']);
}
function orderInfo(info) {
    return ordered(info, infoFields, infoFields);
}
/** chart.Metadata as Go marshals it (release records, and the config blob of a Helm OCI chart). */
function orderChartMetadata(metadata) {
    return ordered({ ...metadata, annotations: metadata.annotations && sortedMap(metadata.annotations) }, metadataFields, metadataFields);
}
function orderChart(chart) {
    const metadata = orderChartMetadata(chart.metadata);
    return ordered({
        ...chart,
        metadata,
        lock: chart.lock ?? null,
        templates: chart.templates ?? null,
        values: chart.values === undefined || chart.values === null ? null : sortedMap(chart.values),
        schema: chart.schema ?? null,
        // Helm 4 writes the zero time here (no omitzero on this field); Helm 3 ignores it.
        schemamodtime: chart.schemamodtime ?? '0001-01-01T00:00:00Z',
        files: chart.files ?? null,
    }, chartFields, ['modtime']);
}
function orderHook(hook) {
    const lastRun = ordered({ ...hook.last_run }, ['started_at', 'completed_at', 'phase'], ['started_at', 'completed_at']);
    if (!('phase' in lastRun))
        lastRun.phase = '';
    return ordered({ ...hook, last_run: lastRun }, hookFields, hookFields.filter((f) => f !== 'last_run'));
}


/***/ }),

/***/ 44166:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HA: () => (/* binding */ latestRevision),
/* harmony export */   Jq: () => (/* binding */ stalePending),
/* harmony export */   UB: () => (/* binding */ revisionsToPrune),
/* harmony export */   deployKind: () => (/* binding */ deployKind),
/* harmony export */   n6: () => (/* binding */ lastDeployed),
/* harmony export */   nextRevisionNumber: () => (/* binding */ nextRevisionNumber),
/* harmony export */   ug: () => (/* binding */ toSupersede)
/* harmony export */ });
/* harmony import */ var _helmRelease_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(75016);

/** Decisions over a release's history (oldest first), as Helm's storage and actions make them. */
function latestRevision(history) {
    return history.reduce((latest, r) => (!latest || r.version > latest.version ? r : latest), undefined);
}
/** Helm's Storage.Deployed: the newest revision with status deployed. */
function lastDeployed(history) {
    return latestRevision(history.filter((r) => r.info.status === 'deployed'));
}
function nextRevisionNumber(history) {
    return (latestRevision(history)?.version ?? 0) + 1;
}
/**
 * Revisions to delete before adding one, so that at most `maxHistory` remain afterwards (Helm's
 * removeLeastRecent with maximum-1): oldest first, never the last deployed. 0 or less keeps everything.
 */
function revisionsToPrune(history, maxHistory) {
    if (maxHistory <= 0)
        return [];
    const keep = maxHistory - 1;
    if (history.length <= keep)
        return [];
    const deployed = lastDeployed(history);
    const oldestFirst = [...history].sort((a, b) => a.version - b.version);
    const doomed = [];
    for (const r of oldestFirst) {
        if (oldestFirst.length - doomed.length <= keep)
            break;
        if (deployed && r.version === deployed.version)
            continue;
        doomed.push(r.version);
    }
    return doomed;
}
function deployKind(history) {
    const latest = latestRevision(history);
    if (!latest)
        return 'install';
    if (latest.info.status === 'uninstalled')
        return 'install';
    // Helm: an upgrade of a release with no deployed revision whose only revision failed is an install again.
    if (!lastDeployed(history) && history.every((r) => r.info.status === 'failed' || r.info.status === 'uninstalled' || (0,_helmRelease_js__WEBPACK_IMPORTED_MODULE_0__/* .isPending */ .mm)(r.info.status)))
        return 'install';
    return 'upgrade';
}
/** Revisions left pending by a client that died; the lock holder marks them failed before deploying. */
function stalePending(history) {
    return history.filter((r) => (0,_helmRelease_js__WEBPACK_IMPORTED_MODULE_0__/* .isPending */ .mm)(r.info.status));
}
/** Revisions that must become superseded when `current` is deployed. */
function toSupersede(history, currentVersion) {
    return history.filter((r) => r.version !== currentVersion && r.info.status === 'deployed');
}


/***/ }),

/***/ 52201:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  n: () => (/* binding */ ReleaseLock)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/core/errors/slipwayError.ts
var slipwayError = __webpack_require__(16602);
// EXTERNAL MODULE: ./src/core/kube/kubeApiError.ts
var kubeApiError = __webpack_require__(87290);
;// CONCATENATED MODULE: ./src/core/release/lockDecision.ts
function holderIdentity(description, host, pid, id) {
    return `${description} [host=${host} pid=${pid} id=${id}]`;
}
function parseHolder(identity) {
    const m = /^(.*) \[host=(\S*) pid=(\d+) id=(\S+)\]$/.exec(identity);
    if (!m)
        return { description: identity };
    return { description: m[1], host: m[2], pid: Number(m[3]), id: m[4] };
}
/**
 * Decides what to do with the lease of a release. A lease is free when it has no holder, expired when its
 * last renewal is older than its duration, and its holder is known dead when it ran on this host and its
 * PID is gone (a SIGKILLed converge on a laptop or runner). `stale` marks a lease that missed two renewals:
 * callers wait for its expiry instead of failing fast, because its holder is most likely dead.
 */
function decideLock(lease, me, now, isProcessAlive, renewEveryMs) {
    if (!lease)
        return { action: 'create' };
    if (!lease.holderIdentity)
        return { action: 'take', reason: 'free' };
    const holder = parseHolder(lease.holderIdentity);
    if (holder.id === me.id)
        return { action: 'take', reason: 'ours' };
    const renewedAt = Date.parse(lease.renewTime ?? lease.acquireTime ?? '') || 0;
    const expiresAt = renewedAt + (lease.leaseDurationSeconds ?? 15) * 1000;
    if (now >= expiresAt)
        return { action: 'take', reason: 'expired' };
    if (holder.host === me.host && holder.pid !== undefined && !isProcessAlive(holder.pid))
        return { action: 'take', reason: 'holder-dead' };
    return { action: 'held', holder, expiresAt, renewedAt, stale: now - renewedAt > 2 * renewEveryMs };
}
/** Kubernetes MicroTime: RFC 3339 with microseconds. */
function microTime(ms) {
    return new Date(ms).toISOString().replace(/\.(\d{3})Z$/, '.$1000Z');
}

;// CONCATENATED MODULE: ./src/core/release/releaseLock.ts





function processAlive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (error) {
        return error.code === 'EPERM';
    }
}
/**
 * The release lock: a Lease `slipway.release.<name>` next to the release records, held while a deploy,
 * rollback or dismiss works and renewed every third of its duration. If renewal fails because someone
 * else took it, `lost` fires so the deploy stops writing.
 */
class ReleaseLock {
    name;
    #client;
    #namespace;
    #id = (0,external_node_crypto_.randomBytes)(6).toString('hex');
    #host = (0,external_node_os_.hostname)();
    #leaseSeconds;
    #resourceVersion;
    #timer;
    #lost = new AbortController();
    constructor(client, namespace, release, leaseSeconds = 15) {
        this.#client = client;
        this.#namespace = namespace;
        this.name = `slipway.release.${release}`;
        this.#leaseSeconds = leaseSeconds;
    }
    get lost() {
        return this.#lost.signal;
    }
    get #path() {
        return `/apis/coordination.k8s.io/v1/namespaces/${encodeURIComponent(this.#namespace)}/leases`;
    }
    get #renewEveryMs() {
        return (this.#leaseSeconds * 1000) / 3;
    }
    /** Acquires the lock; returns why it could take it (e.g. "expired": a previous client died). */
    async acquire(options) {
        const identity = holderIdentity(options.description, this.#host, process.pid, this.#id);
        for (;;) {
            if (options.signal?.aborted)
                throw new slipwayError.SlipwayError('deploy', 'interrupted while waiting for the release lock', { where: { resource: `Lease/${this.#namespace}/${this.name}` } });
            let lease;
            try {
                lease = await this.#client.request({ method: 'GET', path: `${this.#path}/${this.name}` });
            }
            catch (error) {
                if (!(0,kubeApiError/* isNotFound */.c4)(error))
                    throw error;
            }
            const now = Date.now();
            const decision = decideLock(lease?.spec, { id: this.#id, host: this.#host }, now, processAlive, this.#renewEveryMs);
            const spec = {
                holderIdentity: identity,
                leaseDurationSeconds: this.#leaseSeconds,
                acquireTime: microTime(now),
                renewTime: microTime(now),
                leaseTransitions: (lease?.spec.leaseTransitions ?? 0) + (decision.action === 'take' && decision.reason !== 'ours' ? 1 : 0),
            };
            try {
                if (decision.action === 'create') {
                    const created = await this.#client.request({
                        method: 'POST',
                        path: this.#path,
                        body: { apiVersion: 'coordination.k8s.io/v1', kind: 'Lease', metadata: { name: this.name, labels: { 'app.kubernetes.io/managed-by': 'slipway' } }, spec },
                    });
                    this.#held(created);
                    return 'free';
                }
                if (decision.action === 'take') {
                    const updated = await this.#client.request({ method: 'PUT', path: `${this.#path}/${this.name}`, body: { ...lease, spec } });
                    this.#held(updated);
                    return decision.reason;
                }
            }
            catch (error) {
                if ((0,kubeApiError/* isConflict */.dh)(error) || (0,kubeApiError/* isAlreadyExists */.x9)(error))
                    continue; // someone else moved first: look again
                throw error;
            }
            const waitable = options.wait || decision.stale;
            if (!waitable || now > options.deadline) {
                const until = new Date(decision.expiresAt).toISOString();
                throw new slipwayError.SlipwayError('deploy', `release is locked by another deploy: ${decision.holder.description}${decision.holder.host ? ` on ${decision.holder.host} (pid ${decision.holder.pid})` : ''}`, {
                    where: { resource: `Lease/${this.#namespace}/${this.name}` },
                    hint: options.wait
                        ? `the lock was still held when the timeout ran out; its lease runs until ${until} unless renewed`
                        : 'wait for that deploy to finish, or pass --wait-for-lock to queue behind it',
                });
            }
            await new Promise((resolve) => setTimeout(resolve, Math.min(1000, Math.max(100, decision.expiresAt - now))));
        }
    }
    #held(lease) {
        this.#resourceVersion = lease.metadata.resourceVersion;
        this.#timer = setInterval(() => void this.#renew(), this.#renewEveryMs);
        this.#timer.unref();
    }
    async #renew() {
        try {
            const lease = await this.#client.request({ method: 'GET', path: `${this.#path}/${this.name}` });
            if (!lease.spec.holderIdentity?.includes(`id=${this.#id}]`)) {
                this.#lost.abort(new Error(`the release lock was taken by ${lease.spec.holderIdentity ?? 'nobody'}`));
                this.#stop();
                return;
            }
            const updated = await this.#client.request({
                method: 'PUT',
                path: `${this.#path}/${this.name}`,
                body: { ...lease, spec: { ...lease.spec, renewTime: microTime(Date.now()) } },
            });
            this.#resourceVersion = updated.metadata.resourceVersion;
        }
        catch {
            // A failed renewal is retried at the next tick; the lease outlives two missed renewals.
        }
    }
    #stop() {
        if (this.#timer)
            clearInterval(this.#timer);
        this.#timer = undefined;
    }
    /** Frees the lock (clears the holder so the next client needs no wait); a lost lock is left alone. */
    async release() {
        this.#stop();
        if (this.#lost.signal.aborted)
            return;
        try {
            const lease = await this.#client.request({ method: 'GET', path: `${this.#path}/${this.name}` });
            if (!lease.spec.holderIdentity?.includes(`id=${this.#id}]`))
                return;
            await this.#client.request({ method: 'DELETE', path: `${this.#path}/${this.name}`, body: { preconditions: { resourceVersion: lease.metadata.resourceVersion } } });
        }
        catch {
            // If we cannot free it, it expires on its own within leaseSeconds.
        }
    }
}


/***/ }),

/***/ 47263:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ReleaseStorage: () => (/* binding */ ReleaseStorage)
/* harmony export */ });
/* harmony import */ var _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16602);
/* harmony import */ var _kube_kubeApiError_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(87290);
/* harmony import */ var _releaseCodec_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(25420);
/* harmony import */ var _helmRelease_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(75016);




const systemLabels = new Set(['name', 'owner', 'status', 'version', 'createdAt', 'modifiedAt']);
/**
 * Helm's Secret and ConfigMap storage drivers (pkg/storage/driver/secrets.go, cfgmaps.go): one object
 * per revision named `sh.helm.release.v1.<name>.v<revision>`, labels name/owner=helm/status/version plus
 * createdAt or modifiedAt, Secret type `helm.sh/release.v1`, the encoded release under data.release.
 */
class ReleaseStorage {
    type;
    namespace;
    #client;
    constructor(client, options) {
        this.#client = client;
        this.namespace = options.namespace;
        this.type = options.type;
    }
    get #collection() {
        return `/api/v1/namespaces/${encodeURIComponent(this.namespace)}/${this.type === 'secret' ? 'secrets' : 'configmaps'}`;
    }
    #decode(object) {
        const raw = object.data?.release ?? '';
        const text = this.type === 'secret' ? Buffer.from(raw, 'base64').toString('utf8') : raw;
        const labels = {};
        for (const [k, v] of Object.entries(object.metadata.labels ?? {}))
            if (!systemLabels.has(k))
                labels[k] = v;
        return { release: (0,_releaseCodec_js__WEBPACK_IMPORTED_MODULE_2__/* .decodeRelease */ .o1)(text, `${this.namespace}/${object.metadata.name}`), resourceVersion: object.metadata.resourceVersion ?? '', labels };
    }
    #object(release, labels, stamp, resourceVersion) {
        const encoded = (0,_releaseCodec_js__WEBPACK_IMPORTED_MODULE_2__/* .encodeRelease */ .sR)(release);
        const objectLabels = {
            ...labels,
            [stamp]: String(Math.floor(Date.now() / 1000)),
            name: release.name,
            owner: 'helm',
            status: release.info.status ?? 'unknown',
            version: String(release.version),
        };
        const metadata = { name: (0,_helmRelease_js__WEBPACK_IMPORTED_MODULE_3__/* .releaseRecordName */ .KQ)(release.name, release.version), labels: objectLabels, ...(resourceVersion ? { resourceVersion } : {}) };
        return this.type === 'secret'
            ? { metadata, type: 'helm.sh/release.v1', data: { release: Buffer.from(encoded).toString('base64') } }
            : { metadata, data: { release: encoded } };
    }
    #kindHeader() {
        return { apiVersion: 'v1', kind: this.type === 'secret' ? 'Secret' : 'ConfigMap' };
    }
    /** Every revision of a release, oldest first. Records that cannot be decoded are reported, not skipped. */
    async history(name) {
        const list = await this.#client.request({
            method: 'GET',
            path: this.#collection,
            query: { labelSelector: `owner=helm,name=${name}` },
        });
        return list.items.map((item) => this.#decode(item)).sort((a, b) => a.release.version - b.release.version);
    }
    /** The latest revision of every release in the storage namespace (what `helm list --all` shows). */
    async latestOfAll() {
        const list = await this.#client.request({ method: 'GET', path: this.#collection, query: { labelSelector: 'owner=helm' } });
        const latest = new Map();
        for (const item of list.items) {
            let stored;
            try {
                stored = this.#decode(item);
            }
            catch {
                continue; // Helm's List skips undecodable records too; `history` of that release reports it.
            }
            const current = latest.get(stored.release.name);
            if (!current || current.version < stored.release.version)
                latest.set(stored.release.name, stored.release);
        }
        return [...latest.values()].sort((a, b) => a.name.localeCompare(b.name));
    }
    async get(name, revision) {
        try {
            return this.#decode(await this.#client.request({ method: 'GET', path: `${this.#collection}/${(0,_helmRelease_js__WEBPACK_IMPORTED_MODULE_3__/* .releaseRecordName */ .KQ)(name, revision)}` }));
        }
        catch (error) {
            if ((0,_kube_kubeApiError_js__WEBPACK_IMPORTED_MODULE_1__/* .isNotFound */ .c4)(error))
                return undefined;
            throw error;
        }
    }
    /** Creates a new revision; fails clearly if that revision already exists (another client raced us). */
    async create(release, labels = {}) {
        try {
            const created = await this.#client.request({ method: 'POST', path: this.#collection, body: { ...this.#kindHeader(), ...this.#object(release, labels, 'createdAt') } });
            return { release, resourceVersion: created.metadata.resourceVersion ?? '', labels };
        }
        catch (error) {
            if ((0,_kube_kubeApiError_js__WEBPACK_IMPORTED_MODULE_1__/* .isAlreadyExists */ .x9)(error)) {
                throw new _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_0__.SlipwayError('release', `revision ${release.version} of release ${release.name} already exists`, {
                    where: { resource: `${this.type === 'secret' ? 'Secret' : 'ConfigMap'}/${this.namespace}/${(0,_helmRelease_js__WEBPACK_IMPORTED_MODULE_3__/* .releaseRecordName */ .KQ)(release.name, release.version)}` },
                    hint: 'another client deployed this release at the same time; run again to deploy on top of it',
                });
            }
            throw error;
        }
    }
    /** Rewrites a revision (status changes), conditional on the resourceVersion read. */
    async update(stored) {
        const body = { ...this.#kindHeader(), ...this.#object(stored.release, stored.labels, 'modifiedAt', stored.resourceVersion || undefined) };
        const updated = await this.#client.request({ method: 'PUT', path: `${this.#collection}/${body.metadata.name}`, body });
        return { ...stored, resourceVersion: updated.metadata.resourceVersion ?? '' };
    }
    async delete(name, revision) {
        try {
            await this.#client.request({ method: 'DELETE', path: `${this.#collection}/${(0,_helmRelease_js__WEBPACK_IMPORTED_MODULE_3__/* .releaseRecordName */ .KQ)(name, revision)}` });
        }
        catch (error) {
            if (!(0,_kube_kubeApiError_js__WEBPACK_IMPORTED_MODULE_1__/* .isNotFound */ .c4)(error))
                throw error;
        }
    }
}


/***/ }),

/***/ 96270:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   xz: () => (/* binding */ readiness),
/* harmony export */   yY: () => (/* binding */ waitsForReadiness)
/* harmony export */ });
/* unused harmony export loadBalancerAddress */
const ready = (message, counts = {}, reason = 'Ready') => ({ state: 'ready', reason, ...(message ? { message } : {}), ...counts });
const progressing = (reason, message, counts = {}) => ({ state: 'progressing', reason, message, ...counts });
const failed = (reason, message, counts = {}) => ({ state: 'failed', reason, message, ...counts });
function condition(object, type) {
    const list = object.status?.conditions;
    return Array.isArray(list) ? list.find((c) => c.type === type) : undefined;
}
/** The controller has not looked at the latest spec yet. */
function notObserved(object) {
    const generation = object.metadata?.generation;
    const observed = object.status?.observedGeneration;
    if (generation !== undefined && (observed === undefined || observed < generation))
        return progressing('ObservedGeneration', `waiting for the controller to observe generation ${generation}`);
    return undefined;
}
function deployment(object) {
    const pending = notObserved(object);
    if (pending)
        return pending;
    const progress = condition(object, 'Progressing');
    if (progress?.status === 'False' && progress.reason === 'ProgressDeadlineExceeded')
        return failed('ProgressDeadlineExceeded', progress.message ?? 'the rollout exceeded its progress deadline');
    const wanted = object.spec?.replicas ?? 1;
    const s = object.status ?? {};
    const updated = s.updatedReplicas ?? 0;
    const total = s.replicas ?? 0;
    const available = s.availableReplicas ?? 0;
    const counts = { ready: Math.min(available, updated), wanted };
    if (updated < wanted)
        return progressing('ReplicasUpdating', `${updated} of ${wanted} replicas updated`, counts);
    if (total > updated)
        return progressing('OldReplicasTerminating', `${total - updated} old replicas pending termination`, counts);
    if (available < wanted)
        return progressing('ReplicasUnavailable', `${available} of ${wanted} updated replicas available`, counts);
    return ready(`${available} of ${wanted} replicas available`, counts);
}
function replicaSet(object) {
    const pending = notObserved(object);
    if (pending)
        return pending;
    const wanted = object.spec?.replicas ?? 1;
    const available = object.status?.availableReplicas ?? 0;
    const failure = condition(object, 'ReplicaFailure');
    if (failure?.status === 'True')
        return failed(failure.reason ?? 'ReplicaFailure', failure.message ?? 'replicas cannot be created', { ready: available, wanted });
    return available >= wanted ? ready(undefined, { ready: available, wanted }) : progressing('ReplicasUnavailable', `${available} of ${wanted} replicas available`, { ready: available, wanted });
}
function statefulSet(object) {
    const pending = notObserved(object);
    if (pending)
        return pending;
    const wanted = object.spec?.replicas ?? 1;
    const s = object.status ?? {};
    const counts = { ready: s.readyReplicas ?? 0, wanted };
    if ((s.readyReplicas ?? 0) < wanted)
        return progressing('ReplicasNotReady', `${s.readyReplicas ?? 0} of ${wanted} replicas ready`, counts);
    // OnDelete: pods are replaced only when someone deletes them; what runs is ready, the update waits for a person.
    if (object.spec?.updateStrategy?.type === 'OnDelete')
        return ready(`${s.readyReplicas ?? 0} of ${wanted} replicas ready (OnDelete: old pods are replaced when deleted)`, counts);
    const partition = Math.min(object.spec?.updateStrategy?.rollingUpdate?.partition ?? 0, wanted);
    if ((s.updatedReplicas ?? 0) < wanted - partition)
        return progressing('ReplicasUpdating', `${s.updatedReplicas ?? 0} of ${wanted - partition} replicas updated${partition ? ` (partition ${partition})` : ''}`, counts);
    if (partition === 0 && s.updateRevision && s.currentRevision !== s.updateRevision)
        return progressing('RevisionNotCurrent', `waiting for revision ${s.updateRevision} to become current`, counts);
    return ready(`${s.readyReplicas} of ${wanted} replicas ready${partition ? ` (${wanted - partition} updated above partition ${partition})` : ''}`, counts);
}
function daemonSet(object) {
    const pending = notObserved(object);
    if (pending)
        return pending;
    const s = object.status ?? {};
    const desired = s.desiredNumberScheduled ?? 0;
    const counts = { ready: s.numberAvailable ?? 0, wanted: desired };
    if ((s.updatedNumberScheduled ?? 0) < desired)
        return progressing('PodsUpdating', `${s.updatedNumberScheduled ?? 0} of ${desired} pods updated`, counts);
    if ((s.numberAvailable ?? 0) < desired)
        return progressing('PodsUnavailable', `${s.numberAvailable ?? 0} of ${desired} pods available`, counts);
    return ready(`${s.numberAvailable ?? 0} of ${desired} pods available`, counts);
}
function job(object) {
    const complete = condition(object, 'Complete');
    const s = object.status ?? {};
    const counts = { ready: s.succeeded ?? 0, wanted: object.spec?.completions ?? 1 };
    if (complete?.status === 'True')
        return ready('complete', counts, 'Complete');
    const failedCondition = condition(object, 'Failed');
    // A Job is failed only when its pods have ended (FailureTarget first, then Failed once they terminated).
    if (failedCondition?.status === 'True')
        return failed(failedCondition.reason ?? 'JobFailed', failedCondition.message ?? 'the job failed', counts);
    const suspended = condition(object, 'Suspended');
    if (suspended?.status === 'True')
        return progressing('Suspended', 'the job is suspended', counts);
    return progressing('JobRunning', `${s.active ?? 0} active, ${s.succeeded ?? 0} succeeded, ${s.failed ?? 0} failed`, counts);
}
/** Waiting reasons after which a container will not start without a change. */
const hopelessWaiting = new Set(['CrashLoopBackOff', 'ImagePullBackOff', 'ErrImagePull', 'InvalidImageName', 'CreateContainerConfigError', 'CreateContainerError', 'RunContainerError']);
function pod(object) {
    const phase = object.status?.phase;
    if (phase === 'Succeeded')
        return ready('succeeded', {}, 'Succeeded');
    const statuses = [...(object.status?.initContainerStatuses ?? []), ...(object.status?.containerStatuses ?? [])];
    if (phase === 'Failed') {
        const terminated = statuses.map((c) => ({ name: c.name, t: c.state?.terminated })).find((c) => c.t && c.t.exitCode !== 0);
        if (terminated)
            return failed(terminated.t.reason ?? 'Error', `container ${terminated.name} exited with code ${terminated.t.exitCode}`);
        return failed(object.status?.reason ?? 'Failed', object.status?.message ?? 'the pod failed');
    }
    for (const c of statuses) {
        const waiting = c.state?.waiting;
        if (waiting && hopelessWaiting.has(waiting.reason))
            return failed(waiting.reason, `container ${c.name}: ${waiting.message ?? waiting.reason}`);
    }
    const readyCondition = condition(object, 'Ready');
    if (phase === 'Running' && readyCondition?.status === 'True')
        return ready();
    const scheduled = condition(object, 'PodScheduled');
    if (scheduled?.status === 'False')
        return progressing(scheduled.reason ?? 'Unschedulable', scheduled.message ?? 'the pod is not scheduled');
    const waiting = statuses.map((c) => c.state?.waiting?.reason).find((r) => typeof r === 'string');
    // Scheduled but no container reported yet: the node has not started it (a node that stopped reporting, a
    // kubelet still pulling nothing): name the node.
    const node = object.spec?.nodeName;
    const where = (phase ?? 'Pending') === 'Pending' && statuses.length === 0 && node ? `, on node ${node} with no container started` : '';
    return progressing(waiting ?? (phase === 'Running' ? (readyCondition?.reason ?? 'NotReady') : (phase ?? 'Pending')), `pod is ${phase ?? 'Pending'}${where}${readyCondition?.status === 'False' && readyCondition.reason ? ` (${readyCondition.reason})` : ''}`);
}
function persistentVolumeClaim(object) {
    const phase = object.status?.phase;
    if (phase === 'Bound')
        return ready('bound', {}, 'Bound');
    if (phase === 'Lost')
        return failed('ClaimLost', 'the bound volume is lost');
    return progressing(phase ?? 'Pending', `claim is ${phase ?? 'Pending'}`);
}
function service(object) {
    if (object.spec?.type !== 'LoadBalancer')
        return ready();
    const address = loadBalancerAddress(object);
    if (address)
        return ready(`address ${address}`, {}, 'AddressAssigned');
    return progressing('NoAddress', 'waiting for a load balancer address');
}
/** The addresses a load balancer (Service or Ingress status) was given, joined; undefined when none. */
function loadBalancerAddress(object) {
    const ingress = object.status?.loadBalancer?.ingress;
    if (!Array.isArray(ingress) || ingress.length === 0)
        return undefined;
    const addresses = ingress.map((i) => i.ip ?? i.hostname).filter((a) => typeof a === 'string');
    return addresses.length ? addresses.join(', ') : undefined;
}
/** Ingress: ready once the controller published an address. Not waited for by default (see waitsForReadiness). */
function ingress(object) {
    const address = loadBalancerAddress(object);
    return address ? ready(`address ${address}`, {}, 'AddressAssigned') : progressing('NoAddress', 'waiting for the ingress controller to publish an address');
}
function customResourceDefinition(object) {
    const established = condition(object, 'Established');
    if (established?.status === 'True')
        return ready(undefined, {}, 'Established');
    const names = condition(object, 'NamesAccepted');
    if (names?.status === 'False')
        return failed(names.reason ?? 'NamesNotAccepted', names.message ?? 'CRD names were not accepted');
    return progressing('NotEstablished', 'waiting for the CRD to be established');
}
const readyPhases = new Set(['Running', 'Ready', 'Succeeded', 'Active', 'Bound', 'Available', 'Healthy', 'Complete', 'Completed', 'Deployed']);
const failedPhases = new Set(['Failed', 'Error', 'Degraded']);
/** Any other kind: conditions (Ready, Stalled, Reconciling) and phase, as custom controllers commonly report. */
function generic(object) {
    if (!object.status || typeof object.status !== 'object')
        return ready(undefined, {}, 'Present');
    const generation = object.metadata?.generation;
    const observed = object.status.observedGeneration;
    if (generation !== undefined && observed !== undefined && observed < generation)
        return progressing('ObservedGeneration', `waiting for the controller to observe generation ${generation}`);
    const stalled = condition(object, 'Stalled');
    if (stalled?.status === 'True')
        return failed(stalled.reason ?? 'Stalled', stalled.message ?? 'the resource is stalled');
    const readyCondition = condition(object, 'Ready') ?? condition(object, 'Available');
    if (readyCondition?.status === 'True')
        return ready();
    const reconciling = condition(object, 'Reconciling');
    if (reconciling?.status === 'True')
        return progressing(reconciling.reason ?? 'Reconciling', reconciling.message ?? 'reconciling');
    if (readyCondition?.status === 'False') {
        return progressing(readyCondition.reason ?? `${readyCondition.type}False`, `${readyCondition.type} is False${readyCondition.reason ? `: ${readyCondition.reason}` : ''}${readyCondition.message ? ` (${readyCondition.message})` : ''}`);
    }
    const phase = object.status.phase;
    if (typeof phase === 'string') {
        if (readyPhases.has(phase))
            return ready(phase, {}, phase);
        if (failedPhases.has(phase))
            return failed(phase, object.status.message ?? `phase is ${phase}`);
        return progressing(phase, `phase is ${phase}`);
    }
    return ready(undefined, {}, 'Present');
}
function readiness(object) {
    const group = object.apiVersion?.includes('/') ? object.apiVersion.split('/')[0] : '';
    switch (`${group}/${object.kind}`) {
        case 'apps/Deployment':
            return deployment(object);
        case 'apps/ReplicaSet':
            return replicaSet(object);
        case 'apps/StatefulSet':
            return statefulSet(object);
        case 'apps/DaemonSet':
            return daemonSet(object);
        case 'batch/Job':
            return job(object);
        case '/Pod':
            return pod(object);
        case '/PersistentVolumeClaim':
            return persistentVolumeClaim(object);
        case '/Service':
            return service(object);
        case 'apiextensions.k8s.io/CustomResourceDefinition':
            return customResourceDefinition(object);
        case '/ConfigMap':
        case '/Secret':
        case '/ServiceAccount':
        case 'batch/CronJob':
            return ready(undefined, {}, 'Present');
        case 'networking.k8s.io/Ingress':
            return ingress(object);
        default:
            return generic(object);
    }
}
/**
 * werf's `werf.io/track-termination-mode: NonBlocking` and slipway's `slipway.io/wait: "false"` opt a resource
 * out of waiting; an Ingress is waited for only with `slipway.io/wait: "true"` (many controllers never publish
 * an address, and Helm does not wait for one either), otherwise it is tracked while others are pending.
 */
function waitsForReadiness(object) {
    const annotations = object.metadata?.annotations ?? {};
    if (object.kind === 'Ingress')
        return annotations['slipway.io/wait'] === 'true';
    return annotations['werf.io/track-termination-mode'] !== 'NonBlocking' && annotations['slipway.io/wait'] !== 'false';
}


/***/ }),

/***/ 75643:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DB: () => (/* binding */ resourceTree),
/* harmony export */   FF: () => (/* binding */ hasPods),
/* harmony export */   N4: () => (/* binding */ replicasOf),
/* harmony export */   qD: () => (/* binding */ hasNoStatus)
/* harmony export */ });
/* unused harmony export currentReplicaSet */
const ownedBy = (uid) => (o) => uid !== undefined && (o.metadata.ownerReferences ?? []).some((r) => r.uid === uid);
const byCreation = (a, b) => (a.metadata.creationTimestamp ?? '').localeCompare(b.metadata.creationTimestamp ?? '') || a.metadata.name.localeCompare(b.metadata.name);
/** The ReplicaSet a Deployment is rolling out: the one of its revision, else the newest it owns. */
function currentReplicaSet(deployment, replicaSets) {
    const owned = replicaSets.filter(ownedBy(deployment.metadata.uid));
    const revision = deployment.metadata.annotations?.['deployment.kubernetes.io/revision'];
    const ofRevision = revision ? owned.find((rs) => rs.metadata.annotations?.['deployment.kubernetes.io/revision'] === revision) : undefined;
    return ofRevision ?? [...owned].sort(byCreation).at(-1);
}
function resourceTree(root, replicaSets, pods) {
    const live = pods.filter((p) => !p.metadata.deletionTimestamp).sort(byCreation);
    switch (root.kind) {
        case 'Deployment': {
            // Until the controller has observed the new spec, its newest ReplicaSet is the old revision's: none yet.
            const observed = root.status?.observedGeneration;
            if (root.metadata.generation !== undefined && (observed === undefined || observed < root.metadata.generation))
                return { pods: [] };
            const replicaSet = currentReplicaSet(root, replicaSets);
            return { ...(replicaSet ? { replicaSet } : {}), pods: replicaSet ? live.filter(ownedBy(replicaSet.metadata.uid)) : [] };
        }
        case 'StatefulSet': {
            const revision = root.status?.updateRevision;
            const owned = live.filter(ownedBy(root.metadata.uid));
            return { pods: revision ? owned.filter((p) => p.metadata.labels?.['controller-revision-hash'] === revision) : owned };
        }
        case 'DaemonSet': {
            const generation = root.metadata.generation;
            const owned = live.filter(ownedBy(root.metadata.uid));
            const current = owned.filter((p) => p.metadata.labels?.['pod-template-generation'] === String(generation));
            return { pods: generation !== undefined && current.length > 0 ? current : owned };
        }
        case 'Job':
            // Ended pods count for a Job: the failed ones explain a failure.
            return { pods: pods.filter(ownedBy(root.metadata.uid)).sort(byCreation) };
        case 'ReplicaSet':
            return { pods: live.filter(ownedBy(root.metadata.uid)) };
        default:
            return { pods: [] };
    }
}
/** Kinds whose pods are tracked (and so need watches of pods, and of ReplicaSets for Deployments). */
function hasPods(kind) {
    return kind === 'Deployment' || kind === 'StatefulSet' || kind === 'DaemonSet' || kind === 'Job' || kind === 'ReplicaSet' || kind === 'Pod';
}
/** How many replicas failures are allowed for (werf: per replica). */
function replicasOf(root) {
    switch (root.kind) {
        case 'Deployment':
        case 'StatefulSet':
        case 'ReplicaSet':
            return Math.max(1, root.spec?.replicas ?? 1);
        case 'DaemonSet':
            return Math.max(1, root.status?.desiredNumberScheduled ?? 1);
        default:
            return 1;
    }
}
const staticKinds = new Set(['ConfigMap', 'Secret', 'ServiceAccount', 'Role', 'RoleBinding', 'ClusterRole', 'ClusterRoleBinding', 'NetworkPolicy', 'PodDisruptionBudget', 'LimitRange', 'ResourceQuota', 'PriorityClass', 'StorageClass', 'IngressClass', 'CronJob', 'HorizontalPodAutoscaler', 'Endpoints', 'EndpointSlice', 'PodTemplate', 'MutatingWebhookConfiguration', 'ValidatingWebhookConfiguration', 'ValidatingAdmissionPolicy', 'ValidatingAdmissionPolicyBinding']);
/** Kinds whose readiness is their existence: nothing to watch once applied (a Service without a load balancer too). */
function hasNoStatus(object) {
    if (object.kind === 'Service')
        return object.spec?.type !== 'LoadBalancer';
    return staticKinds.has(object.kind);
}


/***/ }),

/***/ 52285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HA: () => (/* binding */ showsLogsOf),
/* harmony export */   a6: () => (/* binding */ defaultTrackingSpec),
/* harmony export */   o_: () => (/* binding */ logLinePasses),
/* harmony export */   qX: () => (/* binding */ trackingSpecOf)
/* harmony export */ });
/* unused harmony export defaultNoActivityTimeoutMs */
/* harmony import */ var re2js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2856);
/* harmony import */ var _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16602);
/* harmony import */ var _duration_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(98571);



const defaultNoActivityTimeoutMs = 4 * 60_000;
const defaultTrackingSpec = {
    failMode: 'FailWholeDeployProcessImmediately',
    failuresAllowedPerReplica: 1,
    terminationMode: 'WaitUntilResourceReady',
    noActivityTimeoutMs: defaultNoActivityTimeoutMs,
    skipLogs: false,
    skipLogsForContainers: [],
    logRegexForContainer: {},
    showServiceMessages: false,
    ignoreReadinessProbeFailsForMs: {},
};
const failModes = ['FailWholeDeployProcessImmediately', 'HopeUntilEndOfDeployProcess', 'IgnoreAndContinueDeployProcess'];
const terminationModes = ['WaitUntilResourceReady', 'NonBlocking'];
function invalid(where, annotation, value, hint) {
    return new _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_0__.SlipwayError('chart', `annotation ${annotation}: "${value}" is not valid`, {
        where: { resource: where.resource, ...(where.file ? { file: where.file } : {}), ...(where.line !== undefined ? { line: where.line } : {}) },
        hint,
    });
}
function bool(where, key, value) {
    if (value === 'true')
        return true;
    if (value === 'false')
        return false;
    throw invalid(where, key, value, 'use "true" or "false"');
}
function list(value) {
    return value.split(',').map((s) => s.trim()).filter((s) => s !== '');
}
function regex(where, key, value) {
    try {
        return re2js__WEBPACK_IMPORTED_MODULE_2__.RE2JS.compile(value);
    }
    catch (error) {
        throw invalid(where, key, value, `use an RE2 regular expression (${error.message})`);
    }
}
function duration(where, key, value) {
    try {
        return (0,_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDuration */ .E)(value, { resource: where.resource });
    }
    catch {
        throw invalid(where, key, value, 'use a Go duration such as 30s, 5m or 1h');
    }
}
/**
 * Reads a resource's tracking annotations (werf.io/*; slipway.io/wait is the deploy engine's). Unknown
 * values are errors that name the resource and its template line, raised before anything is applied.
 */
function trackingSpecOf(annotations, where) {
    const spec = { ...defaultTrackingSpec, skipLogsForContainers: [], logRegexForContainer: {}, ignoreReadinessProbeFailsForMs: {} };
    for (const [key, raw] of Object.entries(annotations ?? {})) {
        if (!key.startsWith('werf.io/'))
            continue;
        const value = String(raw).trim();
        if (key === 'werf.io/fail-mode') {
            if (!failModes.includes(value))
                throw invalid(where, key, value, `use one of ${failModes.join(', ')}`);
            spec.failMode = value;
        }
        else if (key === 'werf.io/failures-allowed-per-replica') {
            if (!/^\d+$/.test(value))
                throw invalid(where, key, value, 'use a whole number such as "0" or "3"');
            spec.failuresAllowedPerReplica = Number(value);
        }
        else if (key === 'werf.io/track-termination-mode') {
            if (!terminationModes.includes(value))
                throw invalid(where, key, value, `use one of ${terminationModes.join(', ')}`);
            spec.terminationMode = value;
        }
        else if (key === 'werf.io/no-activity-timeout') {
            spec.noActivityTimeoutMs = duration(where, key, value);
        }
        else if (key === 'werf.io/skip-logs') {
            spec.skipLogs = bool(where, key, value);
        }
        else if (key === 'werf.io/skip-logs-for-containers') {
            spec.skipLogsForContainers = list(value);
        }
        else if (key === 'werf.io/show-logs-only-for-containers') {
            spec.showLogsOnlyForContainers = list(value);
        }
        else if (key === 'werf.io/log-regex') {
            spec.logRegex = regex(where, key, value);
        }
        else if (key.startsWith('werf.io/log-regex-for-')) {
            spec.logRegexForContainer[key.slice('werf.io/log-regex-for-'.length)] = regex(where, key, value);
        }
        else if (key === 'werf.io/show-service-messages') {
            spec.showServiceMessages = bool(where, key, value);
        }
        else if (key.startsWith('werf.io/ignore-readiness-probe-fails-for-')) {
            spec.ignoreReadinessProbeFailsForMs[key.slice('werf.io/ignore-readiness-probe-fails-for-'.length)] = duration(where, key, value);
        }
    }
    return spec;
}
/** Whether a container's logs are shown, by the skip/show annotations. */
function showsLogsOf(spec, container) {
    if (spec.skipLogs)
        return false;
    if (spec.skipLogsForContainers.includes(container))
        return false;
    if (spec.showLogsOnlyForContainers && !spec.showLogsOnlyForContainers.includes(container))
        return false;
    return true;
}
/** Whether a log line passes werf.io/log-regex-for-<container>, which for its container takes the place of werf.io/log-regex. */
function logLinePasses(spec, container, line) {
    const pattern = spec.logRegexForContainer[container] ?? spec.logRegex;
    return pattern ? pattern.matcher(line).find() : true;
}


/***/ }),

/***/ 1421:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ WatchHub)
/* harmony export */ });
/* unused harmony export WatchedCollection */
/* harmony import */ var _kube_kubeApiError_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(87290);
var _a;

/**
 * One list+watch of a collection (a kind in a namespace, with optional selectors), shared by every tracker
 * that needs it, with a cache of its objects. A dropped watch resumes from the last resourceVersion seen;
 * a 410 Gone (the version expired, e.g. across an apiserver restart with compaction) re-lists and tells
 * listeners only what changed, so nothing seen is lost and nothing is told twice.
 */
class WatchedCollection {
    client;
    path;
    query;
    signal;
    objects = new Map();
    #listeners = new Set();
    #resourceVersion;
    #synced;
    #failed;
    /** Resolves after the first list; rejects when the collection cannot be read at all (403, 404). */
    synced;
    /** Lists and watches started, for figures. */
    lists = 0;
    watches = 0;
    /** True once the first list has arrived: before it, an absent object is unknown, not missing. */
    isSynced = false;
    constructor(client, path, query, signal) {
        this.client = client;
        this.path = path;
        this.query = query;
        this.signal = signal;
        this.synced = new Promise((resolve, reject) => {
            this.#synced = resolve;
            this.#failed = reject;
        });
        this.synced.catch(() => undefined);
        void this.#run();
    }
    subscribe(listener) {
        this.#listeners.add(listener);
        return () => this.#listeners.delete(listener);
    }
    #tell(type, object) {
        for (const listener of this.#listeners)
            listener(type, object);
    }
    static keyOf(object) {
        return object.metadata.uid ?? `${object.metadata.namespace ?? ''}/${object.metadata.name}`;
    }
    async #list() {
        this.lists++;
        const list = await this.client.request({ method: 'GET', path: this.path, query: this.query, signal: this.signal });
        const seen = new Set();
        for (const item of list.items) {
            const key = _a.keyOf(item);
            seen.add(key);
            const previous = this.objects.get(key);
            this.objects.set(key, item);
            if (!previous)
                this.#tell('ADDED', item);
            else if (previous.metadata?.resourceVersion !== item.metadata?.resourceVersion)
                this.#tell('MODIFIED', item);
        }
        for (const [key, object] of [...this.objects]) {
            if (!seen.has(key)) {
                this.objects.delete(key);
                this.#tell('DELETED', object);
            }
        }
        this.#resourceVersion = list.metadata.resourceVersion;
    }
    async #run() {
        let needList = true;
        let failures = 0;
        while (!this.signal.aborted) {
            try {
                if (needList) {
                    await this.#list();
                    needList = false;
                    this.isSynced = true;
                    this.#synced();
                }
                this.watches++;
                let expired = false;
                await this.client.watch(this.path, { ...this.query, resourceVersion: this.#resourceVersion, timeoutSeconds: '300' }, (event) => {
                    if (event.type === 'ERROR') {
                        if (event.object?.code === 410)
                            expired = true;
                        return;
                    }
                    if (event.object?.metadata?.resourceVersion)
                        this.#resourceVersion = event.object.metadata.resourceVersion;
                    if (event.type === 'BOOKMARK')
                        return;
                    const key = _a.keyOf(event.object);
                    if (event.type === 'DELETED')
                        this.objects.delete(key);
                    else
                        this.objects.set(key, event.object);
                    this.#tell(event.type, event.object);
                }, this.signal);
                failures = 0;
                if (expired)
                    needList = true;
            }
            catch (error) {
                if (this.signal.aborted)
                    return;
                if (error instanceof _kube_kubeApiError_js__WEBPACK_IMPORTED_MODULE_0__/* .KubeApiError */ .W3 && (error.status === 403 || error.status === 404 || error.status === 401) && needList) {
                    this.#failed(error);
                    return;
                }
                if (error instanceof _kube_kubeApiError_js__WEBPACK_IMPORTED_MODULE_0__/* .KubeApiError */ .W3 && error.status === 410)
                    needList = true;
                // Apiserver restarting or a lost connection: back off a little, resume from the last version.
                failures++;
                await new Promise((r) => setTimeout(r, Math.min(2000, 100 * 2 ** failures)));
            }
        }
    }
}
_a = WatchedCollection;
/** The watches of one deploy: one per collection path and selectors, however many resources need it. */
class WatchHub {
    client;
    #collections = new Map();
    #stop = new AbortController();
    constructor(client) {
        this.client = client;
    }
    collection(path, query = {}) {
        const key = `${path}?${new URLSearchParams(query).toString()}`;
        let found = this.#collections.get(key);
        if (!found) {
            found = new WatchedCollection(this.client, path, query, this.#stop.signal);
            this.#collections.set(key, found);
        }
        return found;
    }
    /** Number of collections (list+watch streams) open: O(kinds × namespaces). */
    get size() {
        return this.#collections.size;
    }
    close() {
        this.#stop.abort();
        this.#collections.clear();
    }
}


/***/ })

};
;
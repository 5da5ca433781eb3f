"use strict";
exports.id = 3256;
exports.ids = [3256,5153];
exports.modules = {

/***/ 25153:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   interruptSignal: () => (/* binding */ interruptSignal)
/* harmony export */ });
/** SIGINT/SIGTERM as an abort signal, so a stopped deploy records its revision failed instead of leaving it pending. */
function interruptSignal() {
    const controller = new AbortController();
    const handlers = ['SIGINT', 'SIGTERM'].map((name) => {
        const handler = () => controller.abort(new Error(`interrupted by ${name}`));
        process.once(name, handler);
        return [name, handler];
    });
    return { signal: controller.signal, dispose: () => handlers.forEach(([name, handler]) => process.removeListener(name, handler)) };
}


/***/ }),

/***/ 83256:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  getRelease: () => (/* binding */ getRelease),
  listReleases: () => (/* binding */ listReleases),
  migrate2to3Command: () => (/* binding */ migrate2to3Command),
  releaseHistory: () => (/* binding */ releasesCommand_releaseHistory),
  rollbackCommand: () => (/* binding */ rollbackCommand)
});

// EXTERNAL MODULE: ./src/core/errors/slipwayError.ts
var slipwayError = __webpack_require__(16602);
// EXTERNAL MODULE: ./src/core/kube/kubeErrorExplained.ts
var kubeErrorExplained = __webpack_require__(82020);
// EXTERNAL MODULE: ./src/core/release/releaseStorage.ts
var releaseStorage = __webpack_require__(47263);
// EXTERNAL MODULE: ./src/core/release/releaseCodec.ts
var releaseCodec = __webpack_require__(25420);
// EXTERNAL MODULE: ./src/core/deploy/secretRedaction.ts
var secretRedaction = __webpack_require__(76710);
// EXTERNAL MODULE: ./src/core/release/releaseHistory.ts
var releaseHistory = __webpack_require__(44166);
// EXTERNAL MODULE: ./src/core/deploy/releaseOperation.ts
var releaseOperation = __webpack_require__(98093);
;// CONCATENATED MODULE: ./src/core/deploy/rollback.ts





/**
 * `slipway releases rollback <release> [revision]`: deploys a stored revision again as a new revision
 * (Helm's rollback). Without a revision, the one before the latest.
 */
async function rollbackRelease(release, namespace, revision, options) {
    try {
        return await rollbackOnce(release, namespace, revision, options);
    }
    catch (error) {
        throw (0,kubeErrorExplained/* explainKubeError */.h)(error, `rolling back release ${release}`);
    }
}
async function rollbackOnce(release, namespace, revision, options) {
    const storage = new releaseStorage.ReleaseStorage(options.client, { namespace: options.storageNamespace ?? namespace, type: options.storageType ?? 'secret' });
    const history = (await storage.history(release)).map((h) => h.release);
    const latest = (0,releaseHistory/* latestRevision */.HA)(history);
    if (!latest)
        throw new slipwayError.SlipwayError('release', `release ${release} not found in namespace ${storage.namespace}`, { where: { resource: `release ${release}` }, hint: 'check the name and --namespace (slipway releases list)' });
    const wanted = revision ?? latest.version - 1;
    const target = history.find((r) => r.version === wanted);
    if (!target) {
        throw new slipwayError.SlipwayError('release', `release ${release} has no revision ${wanted}`, { where: { resource: `release ${release}` }, hint: `revisions kept: ${history.map((r) => r.version).join(', ')}` });
    }
    return (0,releaseOperation/* rollbackToRecord */.zt)(release, namespace, target, options);
}

// EXTERNAL MODULE: ./src/core/duration.ts
var duration = __webpack_require__(98571);
// EXTERNAL MODULE: ./src/cli/kubeTarget.ts + 1 modules
var kubeTarget = __webpack_require__(22673);
// EXTERNAL MODULE: ./src/cli/interruptSignal.ts
var interruptSignal = __webpack_require__(25153);
// EXTERNAL MODULE: ./src/report/deliveryReport.ts
var deliveryReport = __webpack_require__(43650);
// EXTERNAL MODULE: ./src/report/eventLines.ts
var eventLines = __webpack_require__(1203);
;// CONCATENATED MODULE: ./src/cli/deployEventPrinter.ts


const report = (0,deliveryReport/* emptyReport */._O)(Date.now());
/**
 * Plain lines for commands without a live table (dismiss, rollback, bundle apply): the report's event lines
 * (changes, hooks, settled resources, pod logs, failure blocks), warnings on stderr.
 */
function printDeployEvent(event) {
    const stamped = { ...event, at: Date.now() };
    (0,deliveryReport/* foldEvent */.wI)(report, stamped);
    const lines = (0,eventLines/* eventLines */.C)(stamped, report);
    if (lines.length)
        (event.type === 'warning' ? process.stderr : process.stdout).write(`${lines.join('\n')}\n`);
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./src/cli/releasesCommand.ts











const out = (line) => void process.stdout.write(`${line}\n`);
/** Helm's `helm list` time format: local time with zone, e.g. 2024-05-01 10:00:00.123 +0000 UTC. */
function shortTime(value) {
    return value ? new Date(value).toISOString().replace('T', ' ').replace(/\.\d+Z$/, ' UTC') : '';
}
function table(rows) {
    const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
    return rows.map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]))).join('\t').trimEnd()).join('\n');
}
const chartLabel = (r) => `${r.chart.metadata.name ?? ''}-${r.chart.metadata.version ?? ''}`;
function storageOf(flags) {
    const { client, namespace } = (0,kubeTarget.kubeTarget)(flags);
    return { client, namespace, storage: new releaseStorage.ReleaseStorage(client, { namespace: flags.releaseStorageNamespace ?? namespace, type: flags.releaseStorageType ?? 'secret' }) };
}
async function listReleases(flags) {
    const { client, storage } = storageOf(flags);
    try {
        let releases;
        if (flags.allNamespaces) {
            const kind = (flags.releaseStorageType ?? 'secret') === 'secret' ? 'secrets' : 'configmaps';
            const list = await client.request({ method: 'GET', path: `/api/v1/${kind}`, query: { labelSelector: 'owner=helm' } });
            const latest = new Map();
            for (const item of list.items) {
                const raw = item.data?.release ?? '';
                const release = (0,releaseCodec/* decodeRelease */.o1)(kind === 'secrets' ? Buffer.from(raw, 'base64').toString('utf8') : raw, `${item.metadata.namespace}/${item.metadata.name}`);
                const key = `${item.metadata.namespace}/${release.name}`;
                if ((latest.get(key)?.version ?? 0) < release.version)
                    latest.set(key, release);
            }
            releases = [...latest.values()];
        }
        else {
            releases = await storage.latestOfAll();
        }
        if (flags.output === 'json') {
            out(JSON.stringify(releases.map((r) => ({ name: r.name, namespace: r.namespace, revision: String(r.version), updated: r.info.last_deployed, status: r.info.status, chart: chartLabel(r), app_version: r.chart.metadata.appVersion ?? '' }))));
            return;
        }
        out(table([['NAME', 'NAMESPACE', 'REVISION', 'UPDATED', 'STATUS', 'CHART', 'APP VERSION'], ...releases.map((r) => [r.name, r.namespace, String(r.version), shortTime(r.info.last_deployed), r.info.status ?? '', chartLabel(r), r.chart.metadata.appVersion ?? ''])]));
    }
    catch (error) {
        throw (0,kubeErrorExplained/* explainKubeError */.h)(error, 'reading release records');
    }
    finally {
        client.close();
    }
}
async function historyOf(storage, name) {
    const history = (await storage.history(name)).map((h) => h.release);
    if (history.length === 0)
        throw new slipwayError.SlipwayError('release', `release ${name} not found in namespace ${storage.namespace}`, { where: { resource: `release ${name}` }, hint: 'check the name and --namespace (slipway releases list)' });
    return history;
}
async function releasesCommand_releaseHistory(name, flags) {
    const { client, storage } = storageOf(flags);
    try {
        const history = await historyOf(storage, name);
        if (flags.output === 'json') {
            out(JSON.stringify(history.map((r) => ({ revision: r.version, updated: r.info.last_deployed, status: r.info.status, chart: chartLabel(r), app_version: r.chart.metadata.appVersion ?? '', description: r.info.description ?? '' }))));
            return;
        }
        out(table([['REVISION', 'UPDATED', 'STATUS', 'CHART', 'APP VERSION', 'DESCRIPTION'], ...history.map((r) => [String(r.version), shortTime(r.info.last_deployed), r.info.status ?? '', chartLabel(r), r.chart.metadata.appVersion ?? '', r.info.description ?? ''])]));
    }
    catch (error) {
        throw (0,kubeErrorExplained/* explainKubeError */.h)(error, 'reading release records');
    }
    finally {
        client.close();
    }
}
async function getRelease(name, flags) {
    const { client, storage } = storageOf(flags);
    try {
        const history = await historyOf(storage, name);
        const wanted = flags.revision === undefined ? history[history.length - 1] : history.find((r) => String(r.version) === flags.revision);
        if (!wanted)
            throw new slipwayError.SlipwayError('release', `release ${name} has no revision ${flags.revision}`, { where: { input: '--revision' }, hint: `revisions: ${history.map((r) => r.version).join(', ')}` });
        const show = flags.show;
        if (!['all', 'manifest', 'values', 'notes', 'hooks'].includes(show))
            throw new slipwayError.SlipwayError('input', `--show ${show}: expected all, manifest, values, notes or hooks`, { where: { input: '--show' } });
        if (show === 'all') {
            out(`NAME: ${wanted.name}\nNAMESPACE: ${wanted.namespace}\nREVISION: ${wanted.version}\nSTATUS: ${wanted.info.status}\nLAST DEPLOYED: ${shortTime(wanted.info.last_deployed)}\nCHART: ${chartLabel(wanted)}\nDESCRIPTION: ${wanted.info.description ?? ''}`);
            out('USER-SUPPLIED VALUES:');
        }
        if (show === 'all' || show === 'values')
            out(flags.output === 'json' ? JSON.stringify(wanted.config ?? {}) : (0,dist.stringify)(wanted.config ?? {}).trimEnd());
        if (show === 'all')
            out('\nHOOKS:');
        if (show === 'all' || show === 'hooks')
            for (const h of wanted.hooks ?? [])
                out((0,secretRedaction/* redactManifest */.JU)(`---\n# Source: ${h.path}\n${h.manifest}\n`).trimEnd());
        if (show === 'all')
            out('MANIFEST:');
        if (show === 'all' || show === 'manifest')
            out((0,secretRedaction/* redactManifest */.JU)(wanted.manifest ?? '').trimEnd());
        if (show === 'all' && wanted.info.notes)
            out('\nNOTES:');
        if ((show === 'all' || show === 'notes') && wanted.info.notes)
            out(wanted.info.notes);
    }
    catch (error) {
        throw (0,kubeErrorExplained/* explainKubeError */.h)(error, 'reading release records');
    }
    finally {
        client.close();
    }
}
async function rollbackCommand(name, revision, flags) {
    const timeoutMs = (0,duration/* parseDuration */.E)(flags.timeout, { input: '--timeout' });
    let wanted;
    if (revision !== undefined) {
        wanted = Number(revision);
        if (!Number.isInteger(wanted) || wanted < 1)
            throw new slipwayError.SlipwayError('input', `revision "${revision}" is not a positive number`, { where: { input: 'REVISION' } });
    }
    const { client, namespace } = (0,kubeTarget.kubeTarget)(flags);
    const interrupt = (0,interruptSignal.interruptSignal)();
    try {
        const result = await rollbackRelease(name, namespace, wanted, {
            client,
            timeoutMs,
            waitForLock: flags.waitForLock ?? false,
            signal: interrupt.signal,
            emit: printDeployEvent,
            description: 'slipway releases rollback',
            ...(flags.releaseStorageNamespace ? { storageNamespace: flags.releaseStorageNamespace } : {}),
            ...(flags.releaseStorageType ? { storageType: flags.releaseStorageType } : {}),
        });
        out(`Rollback was a success: release ${result.release} is at revision ${result.revision} (restored revision ${result.rollbackTo}).`);
    }
    finally {
        interrupt.dispose();
        client.close();
    }
}
/** `slipway releases migrate2to3 <release>`: Tiller's records → Helm 3 records in the release's namespace (as helm 2to3 convert). */
async function migrate2to3Command(name, flags) {
    const { client } = (0,kubeTarget.kubeTarget)(flags);
    const { tillerRecords, convertTillerRecords, migrateHelm2Release } = await Promise.all(/* import() */[__webpack_require__.e(2448), __webpack_require__.e(4682)]).then(__webpack_require__.bind(__webpack_require__, 84682));
    try {
        const records = await tillerRecords(client, flags.helm2StorageNamespace, name);
        if (records.length === 0) {
            throw new slipwayError.SlipwayError('release', `no Helm 2 records of release ${name} in ${flags.helm2StorageNamespace} (ConfigMaps or Secrets labelled OWNER=TILLER,NAME=${name})`, { where: { input: '--helm2-storage-namespace' }, hint: "give the namespace Tiller ran in with --helm2-storage-namespace" });
        }
        const revisions = convertTillerRecords(records, name);
        const namespace = flags.releaseStorageNamespace ?? revisions[revisions.length - 1].namespace;
        const storage = new releaseStorage.ReleaseStorage(client, { namespace, type: flags.releaseStorageType ?? 'secret' });
        const result = await migrateHelm2Release(client, { release: name, tillerNamespace: flags.helm2StorageNamespace, storage, dryRun: flags.dryRun ?? false, cleanup: flags.cleanupHelm2 ?? false, log: out });
        if (result.alreadyConverted) {
            out(`release ${name} has Helm 3 records in ${namespace} already: nothing converted${flags.cleanupHelm2 ? '' : ' (its Helm 2 records are kept; delete them with kubectl when no longer needed)'}`);
            return;
        }
        out(table([['REVISION', 'STATUS', 'CHART', 'DESCRIPTION'], ...result.revisions.map((r) => [String(r.version), r.info.status ?? '', chartLabel(r), r.info.description ?? ''])]));
        out(result.written ? `converted ${result.revisions.length} revision(s) of ${name} to Helm 3 records in ${namespace}${result.deletedTillerRecords.length > 0 ? `; deleted ${result.deletedTillerRecords.length} Helm 2 record(s)` : '; Helm 2 records kept'}` : `dry run: ${result.revisions.length} revision(s) would be written to ${namespace}`);
    }
    catch (error) {
        throw (0,kubeErrorExplained/* explainKubeError */.h)(error, 'converting the Helm 2 release');
    }
    finally {
        client.close();
    }
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

/***/ 81180:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ eventEmitter),
/* harmony export */   b: () => (/* binding */ resourceLabel)
/* harmony export */ });
/**
 * The one typed event stream of a delivery: build, render, deploy and tracking all speak it, and every
 * output (terminal, GitHub, GitLab, JSON) is a fold of it (src/report/deliveryReport.ts). Events carry
 * plain data and a timestamp; nothing in them is preformatted for one output, and no secret value is ever
 * put in one (Secret data never reaches an event; log lines come from pods, not from release values).
 */
/** `Kind/namespace/name` (`Kind/name` for cluster-scoped objects): how resources are named in every output. */
function resourceLabel(id) {
    return `${id.kind}/${id.namespace ? `${id.namespace}/` : ''}${id.name}`;
}
/** Stamps events with the time they happened and hands them to every sink. */
function eventEmitter(...sinks) {
    return (event) => {
        const stamped = { ...event, at: Date.now() };
        for (const sink of sinks)
            sink(stamped);
    };
}


/***/ }),

/***/ 43650:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pf: () => (/* binding */ orderedFailures),
/* harmony export */   Ur: () => (/* binding */ timeToReady),
/* harmony export */   _O: () => (/* binding */ emptyReport),
/* harmony export */   wI: () => (/* binding */ foldEvent)
/* harmony export */ });
/* unused harmony exports logLinesKept, eventsKept, foldEvents */
/* harmony import */ var _core_events_deliveryEvents_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(81180);

/** What the report keeps of long streams (outputs show less; the JSON report has these). */
const logLinesKept = 200;
const eventsKept = 50;
function emptyReport(startedAt) {
    return { kind: 'slipway-deploy-report', version: 1, startedAt, status: 'running', phases: [], images: [], resources: [], children: [], failures: [], warnings: [], logs: {}, events: {}, steps: [] };
}
const progressing = (reason, message) => ({ state: 'progressing', reason, message });
function row(report, id, parent) {
    const label = (0,_core_events_deliveryEvents_js__WEBPACK_IMPORTED_MODULE_0__/* .resourceLabel */ .b)(id);
    const list = parent ? report.children : report.resources;
    let found = list.find((r) => r.label === label);
    if (!found) {
        found = { id, label, ...(parent ? { parent: (0,_core_events_deliveryEvents_js__WEBPACK_IMPORTED_MODULE_0__/* .resourceLabel */ .b)(parent) } : {}), blocking: true, status: progressing('Pending', 'not tracked yet') };
        list.push(found);
    }
    return found;
}
function keepLast(list, item, max) {
    list.push(item);
    if (list.length > max)
        list.splice(0, list.length - max);
}
/** Folds one event into the report (mutates and returns it: a fold over a stream, kept cheap). */
function foldEvent(report, event) {
    switch (event.type) {
        case 'phase': {
            if (event.state === 'started')
                report.phases.push({ phase: event.phase, state: 'running', startedAt: event.at, ...(event.message ? { message: event.message } : {}) });
            else {
                const open = [...report.phases].reverse().find((p) => p.phase === event.phase && p.state === 'running');
                const target = open ?? { phase: event.phase, state: 'running', startedAt: event.at };
                if (!open)
                    report.phases.push(target);
                target.state = event.state;
                target.finishedAt = event.at;
                if (event.message)
                    target.message = event.message;
            }
            break;
        }
        case 'step':
            keepLast(report.steps, { message: event.message, at: event.at }, 500);
            break;
        case 'warning':
            report.warnings.push({ message: event.message, ...(event.resource ? { resource: (0,_core_events_deliveryEvents_js__WEBPACK_IMPORTED_MODULE_0__/* .resourceLabel */ .b)(event.resource) } : {}), ...(event.source ? { source: event.source } : {}), at: event.at });
            break;
        case 'image': {
            let image = report.images.find((i) => i.name === event.name);
            if (!image) {
                image = { name: event.name, reference: event.reference, state: event.state, startedAt: event.at };
                report.images.push(image);
            }
            image.reference = event.reference;
            image.state = event.state;
            if (event.state !== 'building')
                image.finishedAt = event.at;
            if (event.durationMs !== undefined)
                image.durationMs = event.durationMs;
            if (event.message)
                image.message = event.message;
            break;
        }
        case 'image-output':
            break;
        case 'change': {
            const r = row(report, event.resource);
            r.change = event.action;
            if (event.source)
                r.source = event.source;
            if (event.action === 'delete')
                r.status = { state: 'ready', reason: 'Deleted', message: 'deleted' };
            // Applied and not tracked (a ConfigMap, a ClusterIP Service): done. A `track` event that follows says otherwise.
            else if (r.trackedAt === undefined && r.status.reason === 'Pending')
                r.status = { state: 'ready', reason: 'Applied', message: event.action === 'unchanged' ? 'unchanged' : 'applied' };
            break;
        }
        case 'hook': {
            const r = row(report, event.resource);
            r.hook = event.hookEvent;
            if (event.source)
                r.source = event.source;
            if (event.state === 'started')
                r.trackedAt ??= event.at;
            if (event.state === 'succeeded') {
                r.status = { state: 'ready', reason: 'HookSucceeded', message: `${event.hookEvent} hook succeeded` };
                r.readyAt ??= event.at;
            }
            if (event.state === 'failed') {
                r.status = { state: 'failed', reason: 'HookFailed', message: event.message ?? `${event.hookEvent} hook failed` };
                r.failedAt ??= event.at;
            }
            break;
        }
        case 'track': {
            const r = row(report, event.resource, event.parent);
            r.blocking = event.blocking;
            r.trackedAt ??= event.at;
            if (r.status.reason === 'Applied')
                r.status = progressing('Tracking', 'waiting for its first status');
            if (event.source)
                r.source = event.source;
            break;
        }
        case 'status': {
            const r = row(report, event.resource, event.parent);
            r.status = event.status;
            if (event.status.state === 'ready')
                r.readyAt ??= event.at;
            if (event.status.state === 'failed')
                r.failedAt ??= event.at;
            break;
        }
        case 'cluster-event': {
            const label = (0,_core_events_deliveryEvents_js__WEBPACK_IMPORTED_MODULE_0__/* .resourceLabel */ .b)(event.resource);
            keepLast((report.events[label] ??= []), event.event, eventsKept);
            break;
        }
        case 'log': {
            const label = (0,_core_events_deliveryEvents_js__WEBPACK_IMPORTED_MODULE_0__/* .resourceLabel */ .b)(event.resource);
            keepLast((report.logs[label] ??= []), { pod: event.pod, container: event.container, line: event.line, at: event.at }, logLinesKept);
            break;
        }
        case 'failure': {
            const f = event.failure;
            const label = (0,_core_events_deliveryEvents_js__WEBPACK_IMPORTED_MODULE_0__/* .resourceLabel */ .b)(f.resource);
            // One entry per resource, pod, container and reason: a crashloop is one failure with a rising count.
            const same = report.failures.findIndex((x) => (0,_core_events_deliveryEvents_js__WEBPACK_IMPORTED_MODULE_0__/* .resourceLabel */ .b)(x.resource) === label && x.pod === f.pod && x.container === f.container && x.reason === f.reason);
            if (same >= 0)
                report.failures[same] = f;
            else
                report.failures.push(f);
            if (f.fatal) {
                const r = report.resources.find((x) => x.label === label);
                if (r) {
                    r.status = { ...r.status, state: 'failed', reason: f.reason, message: f.message };
                    r.failedAt ??= event.at;
                }
            }
            break;
        }
        case 'result':
            report.release = event.release;
            report.namespace = event.namespace;
            if (event.revision !== undefined)
                report.revision = event.revision;
            if (event.operation)
                report.operation = event.operation;
            report.status = event.status;
            report.finishedAt = event.at;
            if (event.message)
                report.message = event.message;
            if (event.error)
                report.error = event.error;
            for (const p of report.phases)
                if (p.state === 'running') {
                    p.state = event.status === 'failed' ? 'failed' : 'finished';
                    p.finishedAt = event.at;
                }
            break;
    }
    return report;
}
function foldEvents(events, startedAt = events[0]?.at ?? 0) {
    const report = emptyReport(startedAt);
    for (const e of events)
        foldEvent(report, e);
    return report;
}
/** The failures that stopped the deploy first, then the others (warnings of allowed failures). */
function orderedFailures(report) {
    return [...report.failures].sort((a, b) => Number(b.fatal) - Number(a.fatal));
}
/** Seconds from tracking to ready, for tables. */
function timeToReady(row) {
    return row.trackedAt !== undefined && row.readyAt !== undefined ? (row.readyAt - row.trackedAt) / 1000 : undefined;
}


/***/ }),

/***/ 1203:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ eventLines)
/* harmony export */ });
/* harmony import */ var _core_events_deliveryEvents_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(81180);
/* harmony import */ var _terminal_failureBlock_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(63552);
/* harmony import */ var _reportText_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16797);



/**
 * The lines an event adds to a log (the terminal's, a CI job's), the same in every output: steps, image
 * builds, changes, hooks, settled resources, pod log lines prefixed with pod/container, failure blocks.
 * Progress ("still waiting") is the progress table's job, not a line per status change. Pure.
 */
function eventLines(event, report, pathOf = _reportText_js__WEBPACK_IMPORTED_MODULE_0__/* .samePath */ .Eb) {
    switch (event.type) {
        case 'phase': {
            if (event.state === 'started')
                return [];
            const row = [...report.phases].reverse().find((p) => p.phase === event.phase);
            const took = row ? ` in ${(0,_reportText_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(event.at - row.startedAt)}` : '';
            return [event.state === 'failed' ? `${event.phase} failed${took}${event.message ? `: ${event.message}` : ''}` : `${event.phase} done${took}${event.message ? `: ${event.message}` : ''}`];
        }
        case 'step':
            return split(event.message);
        case 'warning':
            return split(`warning: ${event.message}${event.source ? ` (${(0,_reportText_js__WEBPACK_IMPORTED_MODULE_0__/* .formatSource */ .j2)(event.source, pathOf)})` : ''}`);
        case 'image':
            if (event.state === 'building')
                return [`image ${event.name}: building${event.reference ? ` ${event.reference}` : ''}`];
            return [`image ${event.name}: ${event.state} ${event.reference}${event.durationMs !== undefined && event.state !== 'reused' ? ` in ${(0,_reportText_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(event.durationMs)}` : ''}${event.message ? ` — ${event.message}` : ''}`];
        case 'image-output':
            return [`  ${event.name} │ ${event.line}`];
        case 'change':
            if (event.action === 'unchanged')
                return [];
            return [`  ${event.action.padEnd(9)} ${(0,_core_events_deliveryEvents_js__WEBPACK_IMPORTED_MODULE_1__/* .resourceLabel */ .b)(event.resource)}${event.source ? `  (${(0,_reportText_js__WEBPACK_IMPORTED_MODULE_0__/* .formatSource */ .j2)(event.source, pathOf)})` : ''}`];
        case 'hook':
            return [`  hook ${event.hookEvent} ${(0,_core_events_deliveryEvents_js__WEBPACK_IMPORTED_MODULE_1__/* .resourceLabel */ .b)(event.resource)}: ${event.state}${event.message ? ` — ${event.message}` : ''}`];
        case 'status': {
            if (event.parent || event.status.state !== 'ready')
                return [];
            const r = report.resources.find((x) => x.label === (0,_core_events_deliveryEvents_js__WEBPACK_IMPORTED_MODULE_1__/* .resourceLabel */ .b)(event.resource));
            const took = r?.trackedAt !== undefined ? ` in ${(0,_reportText_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(event.at - r.trackedAt)}` : '';
            const counts = event.status.wanted !== undefined ? ` ${event.status.ready ?? 0}/${event.status.wanted}` : '';
            return [`  ready     ${(0,_core_events_deliveryEvents_js__WEBPACK_IMPORTED_MODULE_1__/* .resourceLabel */ .b)(event.resource)}${counts}${took}`];
        }
        case 'log':
            return [`  ${event.pod}/${event.container} │ ${event.line}`];
        case 'failure': {
            const f = event.failure;
            // The first failure of a resource gets the whole block, and so does the one that stops the deploy;
            // the allowed ones between are a line each.
            if (!f.fatal && f.count > 1)
                return [`✖ ${(0,_core_events_deliveryEvents_js__WEBPACK_IMPORTED_MODULE_1__/* .resourceLabel */ .b)(f.resource)}: ${f.reason}${f.pod ? ` in pod ${f.pod}` : ''}${f.container ? ` container ${f.container}` : ''}${f.exitCode !== undefined ? ` (exit code ${f.exitCode})` : ''} — failure ${f.count} of ${f.allowed} allowed`];
            return (0,_terminal_failureBlock_js__WEBPACK_IMPORTED_MODULE_2__/* .failureBlock */ .Qu)(f, pathOf);
        }
        default:
            return [];
    }
}
const split = (text) => text.split(/\r?\n/);


/***/ }),

/***/ 16797:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Q: () => (/* binding */ clip),
/* harmony export */   Eb: () => (/* binding */ samePath),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   j2: () => (/* binding */ formatSource)
/* harmony export */ });
/**
 * Small text pieces every output of the report shares, so a duration or a template position reads the same
 * in the terminal, the GitHub summary and the GitLab log.
 */
/** `850ms`, `4.2s`, `1m05s`. */
function formatDuration(ms) {
    if (ms < 1000)
        return `${Math.max(0, Math.round(ms))}ms`;
    if (ms < 60_000)
        return `${(ms / 1000).toFixed(1)}s`;
    const minutes = Math.floor(ms / 60_000);
    const seconds = Math.floor((ms % 60_000) / 1000);
    return `${minutes}m${String(seconds).padStart(2, '0')}s`;
}
const samePath = (file) => file;
function formatSource(source, pathOf = samePath) {
    if (!source)
        return undefined;
    return `${pathOf(source.file)}${source.line !== undefined ? `:${source.line}` : ''}`;
}
/** Cuts a long line for a table cell or a title, marking the cut. */
function clip(text, max) {
    const single = text.replace(/\s*\n\s*/g, ' ');
    return single.length <= max ? single : `${single.slice(0, Math.max(0, max - 1))}…`;
}


/***/ }),

/***/ 63552:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D8: () => (/* binding */ blockEvents),
/* harmony export */   Qu: () => (/* binding */ failureBlock),
/* harmony export */   lL: () => (/* binding */ blockLogLines)
/* harmony export */ });
/* harmony import */ var _core_events_deliveryEvents_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(81180);
/* harmony import */ var _reportText_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16797);


/** How many of a failure's last log lines and events a block shows (the JSON report keeps more). */
const blockLogLines = 15;
const blockEvents = 8;
/**
 * The failure block: everything needed to act on a failure without kubectl — resource, pod, container,
 * reason, exit code, restarts, the template file:line, the last log lines and the events. Pure; the terminal,
 * the GitHub log and the GitLab log print it as it is.
 */
function failureBlock(f, pathOf = _reportText_js__WEBPACK_IMPORTED_MODULE_0__/* .samePath */ .Eb) {
    const lines = [];
    const verdict = f.fatal ? 'FAILED' : `failure ${f.count} of ${f.allowed} allowed`;
    lines.push(`✖ ${(0,_core_events_deliveryEvents_js__WEBPACK_IMPORTED_MODULE_1__/* .resourceLabel */ .b)(f.resource)}: ${f.reason} (${verdict})`);
    const field = (name, value) => {
        if (value !== undefined && value !== '')
            lines.push(`    ${name.padEnd(10)}${value}`);
    };
    field('pod', f.pod);
    const container = [f.container, f.exitCode !== undefined ? `exit code ${f.exitCode}` : '', f.restarts ? `${f.restarts} restart${f.restarts === 1 ? '' : 's'}` : ''].filter(Boolean);
    field('container', container.length ? (f.container ? `${container[0]}${container.length > 1 ? ` (${container.slice(1).join(', ')})` : ''}` : container.join(', ')) : undefined);
    field('message', f.message);
    field('template', (0,_reportText_js__WEBPACK_IMPORTED_MODULE_0__/* .formatSource */ .j2)(f.source, pathOf));
    if (f.logs.length) {
        const shown = f.logs.slice(-blockLogLines);
        lines.push(`    last log lines${f.logs.length > shown.length ? ` (${shown.length} of ${f.logs.length})` : ''}:`);
        for (const l of shown)
            lines.push(`      │ ${l}`);
    }
    if (f.events.length) {
        lines.push('    events:');
        for (const e of f.events.slice(-blockEvents))
            lines.push(`      ${e.type} ${e.reason} ${e.object}: ${e.message}${e.count > 1 ? ` (×${e.count})` : ''}`);
    }
    return lines;
}


/***/ })

};
;
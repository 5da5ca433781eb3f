"use strict";
exports.id = 3227;
exports.ids = [3227];
exports.modules = {

/***/ 23227:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   printDeployEvent: () => (/* binding */ printDeployEvent)
/* harmony export */ });
/* harmony import */ var _report_deliveryReport_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(43650);
/* harmony import */ var _report_eventLines_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1203);


const report = (0,_report_deliveryReport_js__WEBPACK_IMPORTED_MODULE_0__/* .emptyReport */ ._O)(Date.now());
/**
 * Plain lines for commands without a live table (dismiss, rollback, bundle apply): the report's event lines
 * (changes, hooks, settled resources, pod logs, failure blocks), warnings on stderr.
 */
function printDeployEvent(event) {
    const stamped = { ...event, at: Date.now() };
    (0,_report_deliveryReport_js__WEBPACK_IMPORTED_MODULE_0__/* .foldEvent */ .wI)(report, stamped);
    const lines = (0,_report_eventLines_js__WEBPACK_IMPORTED_MODULE_1__/* .eventLines */ .C)(stamped, report);
    if (lines.length)
        (event.type === 'warning' ? process.stderr : process.stdout).write(`${lines.join('\n')}\n`);
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
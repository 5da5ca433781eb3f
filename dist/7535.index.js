"use strict";
exports.id = 7535;
exports.ids = [7535];
exports.modules = {

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


/***/ }),

/***/ 25686:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ trackingSummary),
/* harmony export */   w: () => (/* binding */ progressTable)
/* harmony export */ });
/* harmony import */ var _reportText_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16797);

const stateWord = (row) => {
    if (row.status.state === 'failed')
        return 'FAILED';
    if (row.status.state === 'ready')
        return row.status.reason === 'Deleted' ? 'deleted' : 'ready';
    return row.blocking ? 'waiting' : 'tracking';
};
const readyCell = (row) => (row.status.wanted !== undefined ? `${row.status.ready ?? 0}/${row.status.wanted}` : '');
const timeCell = (row, now) => {
    if (row.trackedAt === undefined)
        return '';
    const end = row.readyAt ?? row.failedAt ?? now;
    return (0,_reportText_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(end - row.trackedAt);
};
/**
 * The progress table (werf's style): one row per tracked resource and, under it, its ReplicaSet and pods;
 * state, ready/wanted, time since tracking began (to ready, or to the failure) and the status in words.
 * Pure: `now` is passed in so the same report prints the same table.
 */
function progressTable(report, now, options = {}) {
    const width = Math.max(80, options.width ?? 120);
    const rows = [];
    const tracked = report.resources.filter((r) => r.trackedAt !== undefined || r.hook !== undefined || r.status.state === 'failed');
    for (const r of tracked) {
        rows.push([`${r.hook ? `hook ${r.label}` : r.label}`, stateWord(r), readyCell(r), timeCell(r, now), r.status.message]);
        const children = report.children.filter((c) => c.parent === r.label && c.status.reason !== 'Deleted');
        // Once a resource is ready its pods are noise; while it is not, each pod says where it is.
        if (r.status.state === 'ready' && !options.showReadyChildren)
            continue;
        for (const c of children)
            rows.push([`  ${c.id.kind}/${c.id.name}`, stateWord(c), readyCell(c), timeCell(c, now), c.status.message]);
    }
    if (rows.length === 0)
        return [];
    const header = ['RESOURCE', 'STATE', 'READY', 'TIME', 'STATUS'];
    const widthOf = (i) => Math.max(header[i].length, ...rows.map((r) => r[i].length));
    const w = [Math.min(widthOf(0), 64), widthOf(1), widthOf(2), widthOf(3)];
    const fixed = w.reduce((a, b) => a + b, 0) + 8;
    const line = (r) => `${(0,_reportText_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$Q)(r[0], w[0]).padEnd(w[0])}  ${r[1].padEnd(w[1])}  ${r[2].padEnd(w[2])}  ${r[3].padEnd(w[3])}  ${(0,_reportText_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$Q)(r[4], Math.max(20, width - fixed))}`.trimEnd();
    return [line(header), ...rows.map(line)];
}
/** The closing lines: how many resources became ready, failed or are still waiting, and the slowest. */
function trackingSummary(report) {
    const tracked = report.resources.filter((r) => r.trackedAt !== undefined);
    if (tracked.length === 0)
        return undefined;
    const ready = tracked.filter((r) => r.status.state === 'ready').length;
    const failed = tracked.filter((r) => r.status.state === 'failed').length;
    const waiting = tracked.length - ready - failed;
    const slowest = tracked.filter((r) => r.readyAt !== undefined).sort((a, b) => b.readyAt - b.trackedAt - (a.readyAt - a.trackedAt))[0];
    const parts = [`${ready} ready`, ...(failed ? [`${failed} failed`] : []), ...(waiting ? [`${waiting} not ready`] : [])];
    return `tracked ${tracked.length} resource${tracked.length === 1 ? '' : 's'}: ${parts.join(', ')}${slowest ? `; slowest ${slowest.label} in ${(0,_reportText_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(slowest.readyAt - slowest.trackedAt)}` : ''}`;
}


/***/ }),

/***/ 17535:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   terminalPrinter: () => (/* binding */ terminalPrinter)
/* harmony export */ });
/* harmony import */ var _eventLines_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1203);
/* harmony import */ var _reportText_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16797);
/* harmony import */ var _progressTable_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(25686);



const tracking = (report) => report.status === 'running' && report.resources.some((r) => r.trackedAt !== undefined && r.blocking && r.status.state === 'progressing');
/**
 * The terminal output of a delivery: log lines as they come (eventLines), and the progress table — kept at
 * the bottom and redrawn in place on a TTY (erased before each new line, drawn again after), printed every few
 * seconds otherwise, as werf does. The drawing is an edge; every line comes from the pure renderers.
 */
function terminalPrinter(options) {
    const now = options.now ?? Date.now;
    const pathOf = options.pathOf ?? _reportText_js__WEBPACK_IMPORTED_MODULE_0__/* .samePath */ .Eb;
    const width = () => options.columns ?? 120;
    let drawn = 0;
    let latest;
    let redraw;
    const erase = () => {
        if (drawn > 0)
            options.write(`\x1b[${drawn}A\x1b[J`);
        drawn = 0;
    };
    const draw = () => {
        redraw = undefined;
        if (!latest || !tracking(latest))
            return erase();
        const lines = (0,_progressTable_js__WEBPACK_IMPORTED_MODULE_1__/* .progressTable */ .w)(latest, now(), { width: width() }).map((l) => (l.length >= width() ? `${l.slice(0, width() - 2)}…` : l));
        erase();
        if (lines.length)
            options.write(`${lines.join('\n')}\n`);
        drawn = lines.length;
    };
    const ticker = options.isTTY
        ? setInterval(() => latest && tracking(latest) && draw(), 1000)
        : setInterval(() => {
            if (!latest || !tracking(latest))
                return;
            const table = (0,_progressTable_js__WEBPACK_IMPORTED_MODULE_1__/* .progressTable */ .w)(latest, now(), { width: width() });
            if (table.length)
                options.write(`── progress after ${(0,_reportText_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(now() - latest.startedAt)} ──\n${table.join('\n')}\n`);
        }, options.intervalMs ?? 5000);
    ticker.unref?.();
    return {
        onEvent(event, report) {
            latest = report;
            const lines = (0,_eventLines_js__WEBPACK_IMPORTED_MODULE_2__/* .eventLines */ .C)(event, report, pathOf);
            if (lines.length) {
                if (options.isTTY)
                    erase();
                options.write(`${lines.join('\n')}\n`);
            }
            if (options.isTTY && (lines.length || event.type === 'status' || event.type === 'track')) {
                redraw ??= setTimeout(draw, lines.length ? 0 : 150);
                redraw.unref?.();
            }
        },
        close(report) {
            clearInterval(ticker);
            if (redraw)
                clearTimeout(redraw);
            if (options.isTTY)
                erase();
            const table = (0,_progressTable_js__WEBPACK_IMPORTED_MODULE_1__/* .progressTable */ .w)(report, report.finishedAt ?? now(), { width: width() });
            const summary = (0,_progressTable_js__WEBPACK_IMPORTED_MODULE_1__/* .trackingSummary */ .g)(report);
            if (table.length)
                options.write(`${table.join('\n')}\n`);
            if (summary)
                options.write(`${summary}\n`);
        },
    };
}


/***/ })

};
;
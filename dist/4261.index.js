"use strict";
exports.id = 4261;
exports.ids = [4261];
exports.modules = {

/***/ 54261:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  jobSummary: () => (/* binding */ jobSummary)
});

// UNUSED EXPORTS: escapeHtml, summaryMaxBytes

// EXTERNAL MODULE: ./src/core/events/deliveryEvents.ts
var deliveryEvents = __webpack_require__(81180);
// EXTERNAL MODULE: ./src/report/deliveryReport.ts
var deliveryReport = __webpack_require__(43650);
// EXTERNAL MODULE: ./src/report/terminal/failureBlock.ts
var failureBlock = __webpack_require__(63552);
// EXTERNAL MODULE: ./src/report/reportText.ts
var reportText = __webpack_require__(16797);
;// CONCATENATED MODULE: ./src/report/github/mermaidTimeline.ts
/** Mermaid task names end at `:` and break on `#` and `;`; keep them readable and safe. */
const taskName = (text) => text.replace(/[:#;]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 60) || 'task';
/**
 * The rollout timeline as a Mermaid gantt chart: the phases, then each tracked resource from the start of its
 * tracking to ready (done) or failure (crit), times relative to the start of the delivery (ms, shown as mm:ss).
 * Pure; `now` ends bars that are still running.
 */
function mermaidTimeline(report, now, maxResources = 30) {
    const t0 = report.startedAt;
    const end = report.finishedAt ?? now;
    const at = (ms) => Math.max(0, Math.round(ms - t0));
    // A bar needs a width to be drawn.
    const until = (start, stop) => Math.max(at(stop), at(start) + 1);
    const lines = ['gantt', '  title Rollout timeline', '  dateFormat x', '  axisFormat %M:%S'];
    if (report.phases.length) {
        lines.push('  section phases');
        report.phases.forEach((p, i) => {
            const tag = p.state === 'failed' ? 'crit, ' : p.state === 'running' ? 'active, ' : 'done, ';
            lines.push(`  ${taskName(p.phase)} :${tag}p${i}, ${at(p.startedAt)}, ${until(p.startedAt, p.finishedAt ?? end)}`);
        });
    }
    const tracked = report.resources.filter((r) => r.trackedAt !== undefined);
    if (tracked.length) {
        lines.push('  section resources');
        tracked.slice(0, maxResources).forEach((r, i) => {
            const stop = r.readyAt ?? r.failedAt ?? end;
            const tag = r.status.state === 'failed' ? 'crit, ' : r.status.state === 'ready' ? 'done, ' : 'active, ';
            lines.push(`  ${taskName(`${r.id.kind} ${r.id.name}`)} :${tag}r${i}, ${at(r.trackedAt)}, ${until(r.trackedAt, stop)}`);
        });
        if (tracked.length > maxResources)
            lines.push(`  ${tracked.length - maxResources} more resources :milestone, m0, ${at(end)}, ${at(end)}`);
    }
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./src/report/github/jobSummary.ts





/** GitHub refuses a step summary over 1 MiB; stay well under it. */
const summaryMaxBytes = 1000 * 1000;
const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** Markdown table cells: HTML-escaped, pipes and line breaks neutralised. */
const cell = (text) => escapeHtml(text).replace(/\|/g, '&#124;').replace(/\r?\n/g, ' ');
const code = (text) => `<code>${escapeHtml(text)}</code>`;
const stateIcon = (state) => (state === 'ready' ? '✅' : state === 'failed' ? '❌' : '⏳');
function failureSection(f, pathOf, detail) {
    const out = [];
    out.push(`<h4>${f.fatal ? '❌' : '⚠️'} ${escapeHtml((0,deliveryEvents/* resourceLabel */.b)(f.resource))}: ${escapeHtml(f.reason)}${f.fatal ? '' : ` (failure ${f.count} of ${f.allowed} allowed)`}</h4>`);
    const facts = [];
    if (f.pod)
        facts.push(`pod ${code(f.pod)}`);
    if (f.container)
        facts.push(`container ${code(f.container)}`);
    if (f.exitCode !== undefined)
        facts.push(`exit code <b>${f.exitCode}</b>`);
    if (f.restarts)
        facts.push(`${f.restarts} restart${f.restarts === 1 ? '' : 's'}`);
    const source = (0,reportText/* formatSource */.j2)(f.source, pathOf);
    if (source)
        facts.push(`template ${code(source)}`);
    if (facts.length)
        out.push(`<p>${facts.join(' · ')}</p>`);
    out.push(`<p>${escapeHtml(f.message)}</p>`);
    if (detail === 'full' && f.logs.length) {
        const shown = f.logs.slice(-failureBlock/* blockLogLines */.lL);
        out.push(`<details open><summary>last log lines${f.logs.length > shown.length ? ` (${shown.length} of ${f.logs.length})` : ''}</summary>`, '', `<pre>${escapeHtml(shown.join('\n'))}</pre>`, '</details>');
    }
    if (detail === 'full' && f.events.length) {
        const rows = f.events.slice(-failureBlock/* blockEvents */.D8).map((e) => `${e.type} ${e.reason} ${e.object}: ${e.message}${e.count > 1 ? ` (×${e.count})` : ''}`);
        out.push('<details><summary>events</summary>', '', `<pre>${escapeHtml(rows.join('\n'))}</pre>`, '</details>');
    }
    return out;
}
/**
 * The job summary of a delivery (GitHub-flavoured Markdown with HTML): outcome, failures first (with their
 * logs and events in `<details>`), resources with time to ready, images built or reused, and the rollout
 * timeline as a Mermaid gantt chart. Everything from the cluster is HTML-escaped. Kept under `maxBytes`:
 * logs and events go first, then rows, each cut said so. Pure.
 */
function jobSummary(report, options) {
    const max = options.maxBytes ?? summaryMaxBytes;
    const levels = [
        { detail: 'full', rows: Infinity, failures: Infinity },
        { detail: 'full', rows: 200, failures: 50 },
        { detail: 'short', rows: 200, failures: 50 },
        { detail: 'short', rows: 20, failures: 10 },
    ];
    let text = '';
    for (const level of levels) {
        text = render(report, options, level.detail, level.rows, level.failures);
        if (Buffer.byteLength(text) <= max)
            return text;
    }
    // Still too big (huge messages): cut at a character boundary, and say so.
    const note = `\n\n<p>(summary cut at ${max} bytes; the JSON report has everything)</p>\n`;
    return `${Buffer.from(text).subarray(0, Math.max(0, max - Buffer.byteLength(note) - 4)).toString('utf8').replace(/\uFFFD$/, '')}${note}`;
}
function render(report, options, detail, maxRows, maxFailures) {
    const pathOf = options.pathOf ?? reportText/* samePath */.Eb;
    const out = [];
    const failed = report.status === 'failed' || options.error !== undefined;
    const what = report.release ? `release ${code(report.release)}${report.revision !== undefined ? ` revision ${report.revision}` : ''}` : '';
    const took = (0,reportText/* formatDuration */.a3)((report.finishedAt ?? options.now) - report.startedAt);
    out.push(`## ${failed ? '❌' : '✅'} slipway ${escapeHtml(options.action)}${options.env ? ` ${code(options.env)}` : ''}: ${failed ? 'failed' : escapeHtml(report.status)}`);
    const facts = [what, report.namespace ? `namespace ${code(report.namespace)}` : '', `took ${took}`, options.url ? `<a href="${escapeHtml(options.url)}">${escapeHtml(options.url)}</a>` : ''].filter(Boolean);
    out.push('', `<p>${facts.join(' · ')}</p>`);
    if (options.error) {
        const where = [options.error.resource, (0,reportText/* formatSource */.j2)(options.error.file ? { file: options.error.file, ...(options.error.line !== undefined ? { line: options.error.line } : {}) } : undefined, pathOf)].filter(Boolean).join(' — ');
        out.push('', `<p><b>${where ? `${escapeHtml(where)}: ` : ''}</b>${escapeHtml(options.error.message)}</p>`);
        if (options.error.hint)
            out.push(`<p>${escapeHtml(options.error.hint)}</p>`);
    }
    const failures = (0,deliveryReport/* orderedFailures */.Pf)(report);
    if (failures.length) {
        out.push('', '### Failures', '');
        for (const f of failures.slice(0, maxFailures))
            out.push(...failureSection(f, pathOf, detail), '');
        if (failures.length > maxFailures)
            out.push(`<p>${failures.length - maxFailures} more failures are in the JSON report.</p>`, '');
    }
    const rows = report.resources.filter((r) => r.trackedAt !== undefined || r.hook !== undefined || r.change !== undefined);
    if (rows.length) {
        out.push('', '### Resources', '', '| | Resource | Change | State | Ready | Time to ready | Template |', '|---|---|---|---|---|---|---|');
        for (const r of rows.slice(0, maxRows)) {
            const ready = r.status.wanted !== undefined ? `${r.status.ready ?? 0}/${r.status.wanted}` : '';
            const ttr = (0,deliveryReport/* timeToReady */.Ur)(r);
            const state = `${r.status.state}${r.status.state !== 'ready' || r.status.reason === 'Deleted' ? ` (${r.status.reason})` : ''}`;
            out.push(`| ${stateIcon(r.status.state)} | ${cell(`${r.hook ? `hook ${r.hook} ` : ''}${r.label}`)} | ${cell(r.change ?? '')} | ${cell(state)} | ${ready} | ${ttr !== undefined ? (0,reportText/* formatDuration */.a3)(ttr * 1000) : ''} | ${cell((0,reportText/* formatSource */.j2)(r.source, pathOf) ?? '')} |`);
        }
        if (rows.length > maxRows)
            out.push('', `<p>${rows.length - maxRows} more resources are in the JSON report.</p>`);
    }
    if (report.images.length) {
        out.push('', '### Images', '', '| Image | Reference | Built or reused | Took |', '|---|---|---|---|');
        for (const i of report.images)
            out.push(`| ${cell(i.name)} | ${code(i.reference)} | ${cell(i.state)} | ${i.durationMs !== undefined ? (0,reportText/* formatDuration */.a3)(i.durationMs) : ''} |`);
    }
    if (report.phases.length || rows.some((r) => r.trackedAt !== undefined)) {
        out.push('', '### Timeline', '', '```mermaid', mermaidTimeline(report, options.now), '```');
    }
    return `${out.join('\n')}\n`;
}


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
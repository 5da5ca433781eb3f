import { resourceLabel, type FailureDetail } from '../../core/events/deliveryEvents.js';
import { orderedFailures, timeToReady, type DeliveryReport } from '../deliveryReport.js';
import { blockEvents, blockLogLines } from '../terminal/failureBlock.js';
import { formatDuration, formatSource, samePath, type PathOf } from '../reportText.js';
import { mermaidTimeline } from './mermaidTimeline.js';

/** GitHub refuses a step summary over 1 MiB; stay well under it. */
export const summaryMaxBytes = 1000 * 1000;

export interface SummaryOptions {
  /** What ran: `converge`, `bundle-apply`, `dismiss`… */
  action: string;
  env?: string;
  url?: string;
  pathOf?: PathOf;
  now: number;
  maxBytes?: number;
  /** The error that ended the step, when it failed. */
  error?: { message: string; hint?: string; file?: string; line?: number; resource?: string };
}

export const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** Markdown table cells: HTML-escaped, pipes and line breaks neutralised. */
const cell = (text: string): string => escapeHtml(text).replace(/\|/g, '&#124;').replace(/\r?\n/g, ' ');
const code = (text: string): string => `<code>${escapeHtml(text)}</code>`;

const stateIcon = (state: string): string => (state === 'ready' ? '✅' : state === 'failed' ? '❌' : '⏳');

function failureSection(f: FailureDetail, pathOf: PathOf, detail: 'full' | 'short'): string[] {
  const out: string[] = [];
  out.push(`<h4>${f.fatal ? '❌' : '⚠️'} ${escapeHtml(resourceLabel(f.resource))}: ${escapeHtml(f.reason)}${f.fatal ? '' : ` (failure ${f.count} of ${f.allowed} allowed)`}</h4>`);
  const facts: string[] = [];
  if (f.pod) facts.push(`pod ${code(f.pod)}`);
  if (f.container) facts.push(`container ${code(f.container)}`);
  if (f.exitCode !== undefined) facts.push(`exit code <b>${f.exitCode}</b>`);
  if (f.restarts) facts.push(`${f.restarts} restart${f.restarts === 1 ? '' : 's'}`);
  const source = formatSource(f.source, pathOf);
  if (source) facts.push(`template ${code(source)}`);
  if (facts.length) out.push(`<p>${facts.join(' · ')}</p>`);
  out.push(`<p>${escapeHtml(f.message)}</p>`);
  if (detail === 'full' && f.logs.length) {
    const shown = f.logs.slice(-blockLogLines);
    out.push(`<details open><summary>last log lines${f.logs.length > shown.length ? ` (${shown.length} of ${f.logs.length})` : ''}</summary>`, '', `<pre>${escapeHtml(shown.join('\n'))}</pre>`, '</details>');
  }
  if (detail === 'full' && f.events.length) {
    const rows = f.events.slice(-blockEvents).map((e) => `${e.type} ${e.reason} ${e.object}: ${e.message}${e.count > 1 ? ` (×${e.count})` : ''}`);
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
export function jobSummary(report: DeliveryReport, options: SummaryOptions): string {
  const max = options.maxBytes ?? summaryMaxBytes;
  const levels = [
    { detail: 'full', rows: Infinity, failures: Infinity },
    { detail: 'full', rows: 200, failures: 50 },
    { detail: 'short', rows: 200, failures: 50 },
    { detail: 'short', rows: 20, failures: 10 },
  ] as const;
  let text = '';
  for (const level of levels) {
    text = render(report, options, level.detail, level.rows, level.failures);
    if (Buffer.byteLength(text) <= max) return text;
  }
  // Still too big (huge messages): cut at a character boundary, and say so.
  const note = `\n\n<p>(summary cut at ${max} bytes; the JSON report has everything)</p>\n`;
  return `${Buffer.from(text).subarray(0, Math.max(0, max - Buffer.byteLength(note) - 4)).toString('utf8').replace(/\uFFFD$/, '')}${note}`;
}

function render(report: DeliveryReport, options: SummaryOptions, detail: 'full' | 'short', maxRows: number, maxFailures: number): string {
  const pathOf = options.pathOf ?? samePath;
  const out: string[] = [];
  const failed = report.status === 'failed' || options.error !== undefined;
  const what = report.release ? `release ${code(report.release)}${report.revision !== undefined ? ` revision ${report.revision}` : ''}` : '';
  const took = formatDuration((report.finishedAt ?? options.now) - report.startedAt);
  out.push(`## ${failed ? '❌' : '✅'} slipway ${escapeHtml(options.action)}${options.env ? ` ${code(options.env)}` : ''}: ${failed ? 'failed' : escapeHtml(report.status)}`);
  const facts = [what, report.namespace ? `namespace ${code(report.namespace)}` : '', `took ${took}`, options.url ? `<a href="${escapeHtml(options.url)}">${escapeHtml(options.url)}</a>` : ''].filter(Boolean);
  out.push('', `<p>${facts.join(' · ')}</p>`);
  if (options.error) {
    const where = [options.error.resource, formatSource(options.error.file ? { file: options.error.file, ...(options.error.line !== undefined ? { line: options.error.line } : {}) } : undefined, pathOf)].filter(Boolean).join(' — ');
    out.push('', `<p><b>${where ? `${escapeHtml(where)}: ` : ''}</b>${escapeHtml(options.error.message)}</p>`);
    if (options.error.hint) out.push(`<p>${escapeHtml(options.error.hint)}</p>`);
  }
  const failures = orderedFailures(report);
  if (failures.length) {
    out.push('', '### Failures', '');
    for (const f of failures.slice(0, maxFailures)) out.push(...failureSection(f, pathOf, detail), '');
    if (failures.length > maxFailures) out.push(`<p>${failures.length - maxFailures} more failures are in the JSON report.</p>`, '');
  }
  const rows = report.resources.filter((r) => r.trackedAt !== undefined || r.hook !== undefined || r.change !== undefined);
  if (rows.length) {
    out.push('', '### Resources', '', '| | Resource | Change | State | Ready | Time to ready | Template |', '|---|---|---|---|---|---|---|');
    for (const r of rows.slice(0, maxRows)) {
      const ready = r.status.wanted !== undefined ? `${r.status.ready ?? 0}/${r.status.wanted}` : '';
      const ttr = timeToReady(r);
      const state = `${r.status.state}${r.status.state !== 'ready' || r.status.reason === 'Deleted' ? ` (${r.status.reason})` : ''}`;
      out.push(`| ${stateIcon(r.status.state)} | ${cell(`${r.hook ? `hook ${r.hook} ` : ''}${r.label}`)} | ${cell(r.change ?? '')} | ${cell(state)} | ${ready} | ${ttr !== undefined ? formatDuration(ttr * 1000) : ''} | ${cell(formatSource(r.source, pathOf) ?? '')} |`);
    }
    if (rows.length > maxRows) out.push('', `<p>${rows.length - maxRows} more resources are in the JSON report.</p>`);
  }
  if (report.images.length) {
    out.push('', '### Images', '', '| Image | Reference | Built or reused | Took |', '|---|---|---|---|');
    for (const i of report.images) out.push(`| ${cell(i.name)} | ${code(i.reference)} | ${cell(i.state)} | ${i.durationMs !== undefined ? formatDuration(i.durationMs) : ''} |`);
  }
  if (report.phases.length || rows.some((r) => r.trackedAt !== undefined)) {
    out.push('', '### Timeline', '', '```mermaid', mermaidTimeline(report, options.now), '```');
  }
  return `${out.join('\n')}\n`;
}

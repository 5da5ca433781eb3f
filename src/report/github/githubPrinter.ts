import { resourceLabel, type DeliveryEvent, type Phase } from '../../core/events/deliveryEvents.js';
import type { DeliveryReport } from '../deliveryReport.js';
import { eventLines } from '../eventLines.js';
import { formatDuration, samePath, type PathOf } from '../reportText.js';
import { progressTable, trackingSummary } from '../terminal/progressTable.js';
import type { ReportPrinter } from '../terminal/terminalPrinter.js';
import { inertLine } from './workflowCommands.js';

/** Phases whose lines go in a collapsed group; tracking stays open (its failures must be seen at once). */
const groupedPhases = new Set<Phase>(['build', 'render', 'plan', 'apply', 'record', 'cleanup', 'uninstall']);
const flushLines = 200;

/**
 * The GitHub Actions log of a delivery: a group per phase (build, render, plan, apply…), and during tracking a
 * group per resource's pod logs, written when the resource settles (groups cannot interleave), failure blocks
 * and the progress table in the open. No line from a pod or a build can act as a workflow command.
 */
export function githubPrinter(options: { write: (text: string) => void; pathOf?: PathOf; intervalMs?: number; now?: () => number }): ReportPrinter {
  const now = options.now ?? Date.now;
  const pathOf = options.pathOf ?? samePath;
  const out = (lines: string[]) => lines.length && options.write(`${lines.map(inertLine).join('\n')}\n`);
  let openGroup: Phase | undefined;
  const logs = new Map<string, string[]>();
  let latest: DeliveryReport | undefined;
  const endGroup = () => {
    if (openGroup) options.write('::endgroup::\n');
    openGroup = undefined;
  };
  const flushLogs = (label: string, why: string) => {
    const lines = logs.get(label);
    if (!lines?.length) return;
    logs.delete(label);
    endGroup();
    options.write(`::group::logs of ${label} (${lines.length} line${lines.length === 1 ? '' : 's'}, ${why})\n`);
    out(lines);
    options.write('::endgroup::\n');
  };
  const ticker = setInterval(() => {
    if (!latest || latest.status !== 'running' || openGroup) return;
    if (!latest.resources.some((r) => r.trackedAt !== undefined && r.blocking && r.status.state === 'progressing')) return;
    out([`── progress after ${formatDuration(now() - latest.startedAt)} ──`, ...progressTable(latest, now())]);
  }, options.intervalMs ?? 10_000);
  ticker.unref?.();
  return {
    onEvent(event: DeliveryEvent, report) {
      latest = report;
      if (event.type === 'phase' && event.state === 'started' && groupedPhases.has(event.phase)) {
        endGroup();
        options.write(`::group::slipway ${event.phase}\n`);
        openGroup = event.phase;
        return;
      }
      if (event.type === 'log') {
        const label = resourceLabel(event.resource);
        const list = logs.get(label) ?? [];
        list.push(...eventLines(event, report, pathOf));
        logs.set(label, list);
        if (list.length >= flushLines) flushLogs(label, 'so far');
        return;
      }
      if (event.type === 'failure') {
        endGroup();
        flushLogs(resourceLabel(event.failure.resource), 'up to the failure');
      }
      const lines = eventLines(event, report, pathOf);
      if (event.type === 'phase' && openGroup === event.phase) {
        endGroup();
        out(lines);
        return;
      }
      out(lines);
      if (event.type === 'status' && !event.parent && event.status.state !== 'progressing') flushLogs(resourceLabel(event.resource), event.status.state);
    },
    close(report) {
      clearInterval(ticker);
      endGroup();
      for (const label of [...logs.keys()]) flushLogs(label, 'at the end');
      const summary = trackingSummary(report);
      if (summary) out([summary]);
    },
  };
}

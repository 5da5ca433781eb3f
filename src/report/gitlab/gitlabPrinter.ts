import type { DeliveryEvent, Phase } from '../../core/events/deliveryEvents.js';
import type { DeliveryReport } from '../deliveryReport.js';
import { eventLines } from '../eventLines.js';
import { formatDuration, samePath, type PathOf } from '../reportText.js';
import { progressTable, trackingSummary } from '../terminal/progressTable.js';
import type { ReportPrinter } from '../terminal/terminalPrinter.js';
import { sectionEnd, sectionStart } from './gitlabSections.js';

/** Tracking and hooks stay expanded: their failure blocks and pod logs are what a reader opens the job for. */
const expandedPhases = new Set<Phase>(['pre-hooks', 'track', 'post-hooks', 'rollback']);

/**
 * The GitLab CI job log of a delivery: one section per phase (with GitLab's duration), collapsed except
 * tracking and hooks; pod log lines and failure blocks as they come; the progress table every few seconds.
 */
export function gitlabPrinter(options: { write: (text: string) => void; pathOf?: PathOf; intervalMs?: number; now?: () => number }): ReportPrinter {
  const now = options.now ?? Date.now;
  const pathOf = options.pathOf ?? samePath;
  let open: { phase: Phase; name: string } | undefined;
  let count = 0;
  let latest: DeliveryReport | undefined;
  const out = (lines: string[]) => lines.length && options.write(`${lines.join('\n')}\n`);
  const close = (at: number) => {
    if (open) options.write(`${sectionEnd(open.name, at)}\n`);
    open = undefined;
  };
  const ticker = setInterval(() => {
    if (!latest || latest.status !== 'running') return;
    if (!latest.resources.some((r) => r.trackedAt !== undefined && r.blocking && r.status.state === 'progressing')) return;
    out([`── progress after ${formatDuration(now() - latest.startedAt)} ──`, ...progressTable(latest, now())]);
  }, options.intervalMs ?? 5000);
  ticker.unref?.();
  return {
    onEvent(event: DeliveryEvent, report) {
      latest = report;
      if (event.type === 'phase' && event.state === 'started') {
        close(event.at);
        open = { phase: event.phase, name: `slipway_${event.phase}_${++count}` };
        options.write(`${sectionStart(open.name, `slipway ${event.phase}${event.message ? `: ${event.message}` : ''}`, event.at, !expandedPhases.has(event.phase))}\n`);
        return;
      }
      out(eventLines(event, report, pathOf));
      if (event.type === 'phase' && open?.phase === event.phase) close(event.at);
    },
    close(report) {
      clearInterval(ticker);
      close(report.finishedAt ?? now());
      const summary = trackingSummary(report);
      if (summary) out([summary]);
    },
  };
}

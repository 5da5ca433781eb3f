import type { DeliveryReport } from '../deliveryReport.js';

/** Mermaid task names end at `:` and break on `#` and `;`; keep them readable and safe. */
const taskName = (text: string): string => text.replace(/[:#;]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 60) || 'task';

/**
 * The rollout timeline as a Mermaid gantt chart: the phases, then each tracked resource from the start of its
 * tracking to ready (done) or failure (crit), times relative to the start of the delivery (ms, shown as mm:ss).
 * Pure; `now` ends bars that are still running.
 */
export function mermaidTimeline(report: DeliveryReport, now: number, maxResources = 30): string {
  const t0 = report.startedAt;
  const end = report.finishedAt ?? now;
  const at = (ms: number) => Math.max(0, Math.round(ms - t0));
  // A bar needs a width to be drawn.
  const until = (start: number, stop: number) => Math.max(at(stop), at(start) + 1);
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
      lines.push(`  ${taskName(`${r.id.kind} ${r.id.name}`)} :${tag}r${i}, ${at(r.trackedAt!)}, ${until(r.trackedAt!, stop)}`);
    });
    if (tracked.length > maxResources) lines.push(`  ${tracked.length - maxResources} more resources :milestone, m0, ${at(end)}, ${at(end)}`);
  }
  return lines.join('\n');
}

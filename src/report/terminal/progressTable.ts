import type { DeliveryReport, ResourceRow } from '../deliveryReport.js';
import { clip, formatDuration } from '../reportText.js';

const stateWord = (row: ResourceRow): string => {
  if (row.status.state === 'failed') return 'FAILED';
  if (row.status.state === 'ready') return row.status.reason === 'Deleted' ? 'deleted' : 'ready';
  return row.blocking ? 'waiting' : 'tracking';
};

const readyCell = (row: ResourceRow): string => (row.status.wanted !== undefined ? `${row.status.ready ?? 0}/${row.status.wanted}` : '');

const timeCell = (row: ResourceRow, now: number): string => {
  if (row.trackedAt === undefined) return '';
  const end = row.readyAt ?? row.failedAt ?? now;
  return formatDuration(end - row.trackedAt);
};

/**
 * The progress table (werf's style): one row per tracked resource and, under it, its ReplicaSet and pods;
 * state, ready/wanted, time since tracking began (to ready, or to the failure) and the status in words.
 * Pure: `now` is passed in so the same report prints the same table.
 */
export function progressTable(report: DeliveryReport, now: number, options: { width?: number; showReadyChildren?: boolean } = {}): string[] {
  const width = Math.max(80, options.width ?? 120);
  const rows: [string, string, string, string, string][] = [];
  const tracked = report.resources.filter((r) => r.trackedAt !== undefined || r.hook !== undefined || r.status.state === 'failed');
  for (const r of tracked) {
    rows.push([`${r.hook ? `hook ${r.label}` : r.label}`, stateWord(r), readyCell(r), timeCell(r, now), r.status.message]);
    const children = report.children.filter((c) => c.parent === r.label && c.status.reason !== 'Deleted');
    // Once a resource is ready its pods are noise; while it is not, each pod says where it is.
    if (r.status.state === 'ready' && !options.showReadyChildren) continue;
    for (const c of children) rows.push([`  ${c.id.kind}/${c.id.name}`, stateWord(c), readyCell(c), timeCell(c, now), c.status.message]);
  }
  if (rows.length === 0) return [];
  const header: [string, string, string, string, string] = ['RESOURCE', 'STATE', 'READY', 'TIME', 'STATUS'];
  const widthOf = (i: number) => Math.max(header[i]!.length, ...rows.map((r) => r[i]!.length));
  const w = [Math.min(widthOf(0), 64), widthOf(1), widthOf(2), widthOf(3)];
  const fixed = w.reduce((a, b) => a + b, 0) + 8;
  const line = (r: readonly string[]) => `${clip(r[0]!, w[0]!).padEnd(w[0]!)}  ${r[1]!.padEnd(w[1]!)}  ${r[2]!.padEnd(w[2]!)}  ${r[3]!.padEnd(w[3]!)}  ${clip(r[4]!, Math.max(20, width - fixed))}`.trimEnd();
  return [line(header), ...rows.map(line)];
}

/** The closing lines: how many resources became ready, failed or are still waiting, and the slowest. */
export function trackingSummary(report: DeliveryReport): string | undefined {
  const tracked = report.resources.filter((r) => r.trackedAt !== undefined);
  if (tracked.length === 0) return undefined;
  const ready = tracked.filter((r) => r.status.state === 'ready').length;
  const failed = tracked.filter((r) => r.status.state === 'failed').length;
  const waiting = tracked.length - ready - failed;
  const slowest = tracked.filter((r) => r.readyAt !== undefined).sort((a, b) => b.readyAt! - b.trackedAt! - (a.readyAt! - a.trackedAt!))[0];
  const parts = [`${ready} ready`, ...(failed ? [`${failed} failed`] : []), ...(waiting ? [`${waiting} not ready`] : [])];
  return `tracked ${tracked.length} resource${tracked.length === 1 ? '' : 's'}: ${parts.join(', ')}${slowest ? `; slowest ${slowest.label} in ${formatDuration(slowest.readyAt! - slowest.trackedAt!)}` : ''}`;
}

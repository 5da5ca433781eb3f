import { resourceLabel, type DeliveryEvent } from '../core/events/deliveryEvents.js';
import type { DeliveryReport } from './deliveryReport.js';
import { failureBlock } from './terminal/failureBlock.js';
import { formatDuration, formatSource, samePath, type PathOf } from './reportText.js';

/**
 * The lines an event adds to a log (the terminal's, a CI job's), the same in every output: steps, image
 * builds, changes, hooks, settled resources, pod log lines prefixed with pod/container, failure blocks.
 * Progress ("still waiting") is the progress table's job, not a line per status change. Pure.
 */
export function eventLines(event: DeliveryEvent, report: DeliveryReport, pathOf: PathOf = samePath): string[] {
  switch (event.type) {
    case 'phase': {
      if (event.state === 'started') return [];
      const row = [...report.phases].reverse().find((p) => p.phase === event.phase);
      const took = row ? ` in ${formatDuration(event.at - row.startedAt)}` : '';
      return [event.state === 'failed' ? `${event.phase} failed${took}${event.message ? `: ${event.message}` : ''}` : `${event.phase} done${took}${event.message ? `: ${event.message}` : ''}`];
    }
    case 'step':
      return split(event.message);
    case 'warning':
      return split(`warning: ${event.message}${event.source ? ` (${formatSource(event.source, pathOf)})` : ''}`);
    case 'image':
      if (event.state === 'building') return [`image ${event.name}: building${event.reference ? ` ${event.reference}` : ''}`];
      return [`image ${event.name}: ${event.state} ${event.reference}${event.durationMs !== undefined && event.state !== 'reused' ? ` in ${formatDuration(event.durationMs)}` : ''}${event.message ? ` — ${event.message}` : ''}`];
    case 'image-output':
      return [`  ${event.name} │ ${event.line}`];
    case 'change':
      if (event.action === 'unchanged') return [];
      return [`  ${event.action.padEnd(9)} ${resourceLabel(event.resource)}${event.source ? `  (${formatSource(event.source, pathOf)})` : ''}`];
    case 'hook':
      return [`  hook ${event.hookEvent} ${resourceLabel(event.resource)}: ${event.state}${event.message ? ` — ${event.message}` : ''}`];
    case 'status': {
      if (event.parent || event.status.state !== 'ready') return [];
      const r = report.resources.find((x) => x.label === resourceLabel(event.resource));
      const took = r?.trackedAt !== undefined ? ` in ${formatDuration(event.at - r.trackedAt)}` : '';
      const counts = event.status.wanted !== undefined ? ` ${event.status.ready ?? 0}/${event.status.wanted}` : '';
      return [`  ready     ${resourceLabel(event.resource)}${counts}${took}`];
    }
    case 'log':
      return [`  ${event.pod}/${event.container} │ ${event.line}`];
    case 'failure': {
      const f = event.failure;
      // The first failure of a resource gets the whole block, and so does the one that stops the deploy;
      // the allowed ones between are a line each.
      if (!f.fatal && f.count > 1) return [`✖ ${resourceLabel(f.resource)}: ${f.reason}${f.pod ? ` in pod ${f.pod}` : ''}${f.container ? ` container ${f.container}` : ''}${f.exitCode !== undefined ? ` (exit code ${f.exitCode})` : ''} — failure ${f.count} of ${f.allowed} allowed`];
      return failureBlock(f, pathOf);
    }
    default:
      return [];
  }
}

const split = (text: string): string[] => text.split(/\r?\n/);

import type { DeliveryEvent, DeliveryEventInput } from '../core/events/deliveryEvents.js';
import { emptyReport, foldEvent } from '../report/deliveryReport.js';
import { eventLines } from '../report/eventLines.js';

const report = emptyReport(Date.now());

/**
 * Plain lines for commands without a live table (dismiss, rollback, bundle apply): the report's event lines
 * (changes, hooks, settled resources, pod logs, failure blocks), warnings on stderr.
 */
export function printDeployEvent(event: DeliveryEventInput): void {
  const stamped = { ...event, at: Date.now() } as DeliveryEvent;
  foldEvent(report, stamped);
  const lines = eventLines(stamped, report);
  if (lines.length) (event.type === 'warning' ? process.stderr : process.stdout).write(`${lines.join('\n')}\n`);
}

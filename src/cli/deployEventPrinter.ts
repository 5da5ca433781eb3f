import { resourceLabel, type DeliveryEventInput } from '../core/events/deliveryEvents.js';

/**
 * Plain lines for commands without a live table (dismiss, rollback): one line per engine event, log lines
 * prefixed by pod and container, and a failure block as soon as a resource fails.
 */
export function printDeployEvent(event: DeliveryEventInput): void {
  const out = (line: string) => void process.stdout.write(`${line}\n`);
  switch (event.type) {
    case 'step':
      return out(event.message);
    case 'warning':
      return void process.stderr.write(`warning: ${event.message}\n`);
    case 'change':
      if (event.action !== 'unchanged') out(`  ${event.action.padEnd(9)} ${resourceLabel(event.resource)}${event.source ? `  (${event.source.file})` : ''}`);
      return;
    case 'hook':
      return out(`  hook ${event.hookEvent} ${resourceLabel(event.resource)}: ${event.state}${event.message ? ` — ${event.message}` : ''}`);
    case 'status':
      if (!event.parent && event.status.state !== 'progressing') out(`  ${event.status.state.padEnd(9)} ${resourceLabel(event.resource)}  ${event.status.message}`);
      return;
    case 'log':
      return out(`  ${event.pod}/${event.container} | ${event.line}`);
    case 'failure': {
      const f = event.failure;
      const head = `${f.fatal ? 'FAILED' : 'warning'}: ${resourceLabel(f.resource)}: ${f.reason}${f.pod ? ` in pod ${f.pod}` : ''}${f.container ? ` container ${f.container}` : ''}${f.fatal ? '' : ` (${f.count} of ${f.allowed} allowed failures)`}`;
      out(head);
      out(`  ${f.message}${f.exitCode !== undefined ? ` (exit code ${f.exitCode})` : ''}`);
      if (f.source) out(`  from ${f.source.file}${f.source.line !== undefined ? `:${f.source.line}` : ''}`);
      for (const line of f.logs.slice(-10)) out(`  | ${line}`);
      for (const e of f.events.slice(-5)) out(`  event ${e.type} ${e.reason} ${e.object}: ${e.message}`);
      return;
    }
    default:
      return;
  }
}

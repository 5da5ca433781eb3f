import type { DeployEvent } from '../core/deploy/deployEvents.js';

/** One line per engine event on stderr-free stdout; the full reporter (tables, CI outputs) replaces this later. */
export function printDeployEvent(event: DeployEvent): void {
  const out = (line: string) => void process.stdout.write(`${line}\n`);
  switch (event.type) {
    case 'step':
      return out(event.message);
    case 'warning':
      return void process.stderr.write(`warning: ${event.message}\n`);
    case 'change':
      return out(`  ${event.action.padEnd(9)} ${event.resource}${event.source ? `  (${event.source})` : ''}`);
    case 'hook':
      return out(`  hook ${event.event} ${event.resource}: ${event.phase}${event.message ? ` — ${event.message}` : ''}`);
    case 'ready':
      if (event.state !== 'progressing') out(`  ${event.state.padEnd(9)} ${event.resource}${event.message ? `  ${event.message}` : ''}`);
      return;
  }
}

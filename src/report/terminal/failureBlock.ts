import { resourceLabel, type FailureDetail } from '../../core/events/deliveryEvents.js';
import { formatSource, samePath, type PathOf } from '../reportText.js';

/** How many of a failure's last log lines and events a block shows (the JSON report keeps more). */
export const blockLogLines = 15;
export const blockEvents = 8;

/**
 * The failure block: everything needed to act on a failure without kubectl — resource, pod, container,
 * reason, exit code, restarts, the template file:line, the last log lines and the events. Pure; the terminal,
 * the GitHub log and the GitLab log print it as it is.
 */
export function failureBlock(f: FailureDetail, pathOf: PathOf = samePath): string[] {
  const lines: string[] = [];
  const verdict = f.fatal ? 'FAILED' : `failure ${f.count} of ${f.allowed} allowed`;
  lines.push(`✖ ${resourceLabel(f.resource)}: ${f.reason} (${verdict})`);
  const field = (name: string, value: string | undefined) => {
    if (value !== undefined && value !== '') lines.push(`    ${name.padEnd(10)}${value}`);
  };
  field('pod', f.pod);
  const container = [f.container, f.exitCode !== undefined ? `exit code ${f.exitCode}` : '', f.restarts ? `${f.restarts} restart${f.restarts === 1 ? '' : 's'}` : ''].filter(Boolean);
  field('container', container.length ? (f.container ? `${container[0]}${container.length > 1 ? ` (${container.slice(1).join(', ')})` : ''}` : container.join(', ')) : undefined);
  field('message', f.message);
  field('template', formatSource(f.source, pathOf));
  if (f.logs.length) {
    const shown = f.logs.slice(-blockLogLines);
    lines.push(`    last log lines${f.logs.length > shown.length ? ` (${shown.length} of ${f.logs.length})` : ''}:`);
    for (const l of shown) lines.push(`      │ ${l}`);
  }
  if (f.events.length) {
    lines.push('    events:');
    for (const e of f.events.slice(-blockEvents)) lines.push(`      ${e.type} ${e.reason} ${e.object}: ${e.message}${e.count > 1 ? ` (×${e.count})` : ''}`);
  }
  return lines;
}

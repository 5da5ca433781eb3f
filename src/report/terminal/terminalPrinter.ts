import type { DeliveryEvent } from '../../core/events/deliveryEvents.js';
import type { DeliveryReport } from '../deliveryReport.js';
import { eventLines } from '../eventLines.js';
import { formatDuration, samePath, type PathOf } from '../reportText.js';
import { progressTable, trackingSummary } from './progressTable.js';

export interface ReportPrinter {
  /** Called after the event was folded into `report`. */
  onEvent(event: DeliveryEvent, report: DeliveryReport): void;
  /** The end: the final table and summary line; stops timers. */
  close(report: DeliveryReport): void;
}

export interface TerminalPrinterOptions {
  write: (text: string) => void;
  /** A TTY gets the table redrawn in place under the log lines; otherwise a table every `intervalMs`. */
  isTTY: boolean;
  columns?: number;
  intervalMs?: number;
  pathOf?: PathOf;
  now?: () => number;
}

const tracking = (report: DeliveryReport) => report.status === 'running' && report.resources.some((r) => r.trackedAt !== undefined && r.blocking && r.status.state === 'progressing');

/**
 * The terminal output of a delivery: log lines as they come (eventLines), and the progress table — kept at
 * the bottom and redrawn in place on a TTY (erased before each new line, drawn again after), printed every few
 * seconds otherwise, as werf does. The drawing is an edge; every line comes from the pure renderers.
 */
export function terminalPrinter(options: TerminalPrinterOptions): ReportPrinter {
  const now = options.now ?? Date.now;
  const pathOf = options.pathOf ?? samePath;
  const width = () => options.columns ?? 120;
  let drawn = 0;
  let latest: DeliveryReport | undefined;
  let redraw: ReturnType<typeof setTimeout> | undefined;
  const erase = () => {
    if (drawn > 0) options.write(`\x1b[${drawn}A\x1b[J`);
    drawn = 0;
  };
  const draw = () => {
    redraw = undefined;
    if (!latest || !tracking(latest)) return erase();
    const lines = progressTable(latest, now(), { width: width() }).map((l) => (l.length >= width() ? `${l.slice(0, width() - 2)}…` : l));
    erase();
    if (lines.length) options.write(`${lines.join('\n')}\n`);
    drawn = lines.length;
  };
  const ticker = options.isTTY
    ? setInterval(() => latest && tracking(latest) && draw(), 1000)
    : setInterval(() => {
        if (!latest || !tracking(latest)) return;
        const table = progressTable(latest, now(), { width: width() });
        if (table.length) options.write(`── progress after ${formatDuration(now() - latest.startedAt)} ──\n${table.join('\n')}\n`);
      }, options.intervalMs ?? 5000);
  ticker.unref?.();
  return {
    onEvent(event, report) {
      latest = report;
      const lines = eventLines(event, report, pathOf);
      if (lines.length) {
        if (options.isTTY) erase();
        options.write(`${lines.join('\n')}\n`);
      }
      if (options.isTTY && (lines.length || event.type === 'status' || event.type === 'track')) {
        redraw ??= setTimeout(draw, lines.length ? 0 : 150);
        redraw.unref?.();
      }
    },
    close(report) {
      clearInterval(ticker);
      if (redraw) clearTimeout(redraw);
      if (options.isTTY) erase();
      const table = progressTable(report, report.finishedAt ?? now(), { width: width() });
      const summary = trackingSummary(report);
      if (table.length) options.write(`${table.join('\n')}\n`);
      if (summary) options.write(`${summary}\n`);
    },
  };
}

import { eventEmitter, type DeliveryEventInput } from '../core/events/deliveryEvents.js';
import { emptyReport, foldEvent, type DeliveryReport } from '../report/deliveryReport.js';
import { reportedError } from '../report/reportedError.js';
import type { PathOf } from '../report/reportText.js';
import type { CiContext, Environment } from './ciContext.js';
import { livePrinter, writeCiReports } from './deliveryOutputs.js';

export interface DeliveryReporting {
  report: DeliveryReport;
  /** The deploy engine's event sink: folds each event into the report and prints it live. */
  emit: (event: DeliveryEventInput) => void;
  /** Closes the live output and writes what the CI shows after the log (annotations, job summary, report files). */
  finish(outcome: { action: string; envName?: string; url?: string; failure?: unknown; command: string }): Promise<void>;
}

/**
 * One delivery's report and outputs, shared by every command that deploys or removes (converge, bundle apply,
 * dismiss; CLI and actions): the live printer for where it runs, then the CI's reports from the same report.
 */
export async function deliveryReporting(options: {
  ci: CiContext;
  env: Environment;
  write: (text: string) => void;
  isTTY: boolean;
  columns?: number;
  /** Read late: the chart's place in the repository is known only once the environment is prepared. */
  pathOf: () => PathOf;
  annotationsPath?: string;
  codeQualityPath?: string;
  /** Applied to every file written (job summary, report files): decrypted secrets masked. */
  redact?: (text: string) => string;
}): Promise<DeliveryReporting> {
  const report = emptyReport(Date.now());
  const printer = await livePrinter(options);
  const emit = eventEmitter((event) => {
    foldEvent(report, event);
    printer.onEvent(event, report);
  });
  let finished = false;
  return {
    report,
    emit,
    async finish(outcome) {
      if (finished) return;
      finished = true;
      printer.close(report);
      const pathOf = options.pathOf();
      await writeCiReports(
        {
          report,
          action: outcome.action,
          pathOf,
          ...(outcome.envName !== undefined ? { envName: outcome.envName } : {}),
          ...(outcome.url !== undefined ? { url: outcome.url } : {}),
          ...(outcome.failure !== undefined ? { error: reportedError(outcome.failure, outcome.command) } : {}),
        },
        {
          ci: options.ci,
          env: options.env,
          write: options.write,
          ...(options.annotationsPath !== undefined ? { annotationsPath: options.annotationsPath } : {}),
          ...(options.codeQualityPath !== undefined ? { codeQualityPath: options.codeQualityPath } : {}),
          ...(options.redact ? { redact: options.redact } : {}),
        },
      );
    },
  };
}

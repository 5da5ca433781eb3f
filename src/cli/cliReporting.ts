import { deliveryReporting, type DeliveryReporting } from '../ci/deliveryReporting.js';
import { readCiContext } from '../ci/readCiContext.js';
import type { PathOf } from '../report/reportText.js';

/** A command's delivery report printed on stdout: the terminal's table, or the CI's log format when it runs in one. */
export function cliDeliveryReporting(options: { write?: (text: string) => void; pathOf?: () => PathOf; annotationsPath?: string; codeQualityPath?: string } = {}): Promise<DeliveryReporting> {
  return deliveryReporting({
    ci: readCiContext(),
    env: process.env,
    write: options.write ?? ((text) => void process.stdout.write(text)),
    isTTY: process.stdout.isTTY === true,
    ...(process.stdout.columns ? { columns: process.stdout.columns } : {}),
    pathOf: options.pathOf ?? (() => (file) => file),
    ...(options.annotationsPath !== undefined ? { annotationsPath: options.annotationsPath } : {}),
    ...(options.codeQualityPath !== undefined ? { codeQualityPath: options.codeQualityPath } : {}),
  });
}

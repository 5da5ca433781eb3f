import { formatError, SlipwayError } from '../core/errors/slipwayError.js';
import { resourceLabel } from '../core/events/deliveryEvents.js';
import { orderedFailures, type DeliveryReport } from '../report/deliveryReport.js';
import type { PreviewCommentInput } from './previewComment.js';

/**
 * The failures a preview comment or note lists: the report's fatal ones (resource, reason, template line),
 * else the error itself where it happened (a chart, an input, the deploy), in one line.
 */
export function previewFailures(report: DeliveryReport, error: unknown): PreviewCommentInput['failures'] {
  const fatal = orderedFailures(report).filter((failure) => failure.fatal);
  if (fatal.length > 0) {
    return fatal.map((f) => ({ resource: resourceLabel(f.resource), reason: f.reason, message: f.message, ...(f.source ? { source: `${f.source.file}${f.source.line !== undefined ? `:${f.source.line}` : ''}` } : {}) }));
  }
  const where = error instanceof SlipwayError ? (error.where.resource ?? error.where.file ?? error.where.input ?? 'deploy') : 'deploy';
  return [{ resource: where, reason: error instanceof SlipwayError ? error.kind : 'error', message: formatError(error).split('\n')[0]! }];
}

import { resourceLabel, type FailureDetail } from '../../core/events/deliveryEvents.js';
import { orderedFailures, type DeliveryReport } from '../deliveryReport.js';
import { clip, samePath, type PathOf } from '../reportText.js';
import { workflowCommand } from './workflowCommands.js';

/** GitHub shows at most 10 error and 10 warning annotations per step (50 per job); more are dropped. */
export const annotationsPerStep = 10;
const logLinesInAnnotation = 5;

export interface AnnotationOptions {
  pathOf?: PathOf;
  /** The error that ended the step when no failure of a resource explains it (a timeout, a render error…). */
  error?: { message: string; hint?: string; file?: string; line?: number; resource?: string; title?: string };
}

const failureMessage = (f: FailureDetail): string => {
  const where = [f.pod ? `pod ${f.pod}` : '', f.container ? `container ${f.container}` : ''].filter(Boolean).join(', ');
  const lines = [`${f.reason}${where ? ` in ${where}` : ''}: ${f.message}${f.exitCode !== undefined && !f.message.includes(`code ${f.exitCode}`) ? ` (exit code ${f.exitCode})` : ''}`];
  if (f.logs.length) lines.push('last log lines:', ...f.logs.slice(-logLinesInAnnotation).map((l) => `  ${clip(l, 300)}`));
  return lines.join('\n');
};

/**
 * The annotations of a delivery: one error per failed resource (its first fatal failure), pointed at the
 * template file and line; one warning per resource with allowed failures and per warning; within GitHub's
 * per-step limit, the rest named in one last annotation. Pure: returns the workflow command lines.
 */
export function reportAnnotations(report: DeliveryReport, options: AnnotationOptions = {}): string[] {
  const pathOf = options.pathOf ?? samePath;
  type Annotation = { title: string; message: string; file?: string; line?: number };
  const errors: Annotation[] = [];
  const warnings: Annotation[] = [];
  const failedResources = new Set<string>();
  for (const f of orderedFailures(report)) {
    const label = resourceLabel(f.resource);
    const target = f.fatal ? errors : warnings;
    const key = `${f.fatal}/${label}`;
    if (failedResources.has(key)) continue;
    failedResources.add(key);
    target.push({ title: `${label} ${f.fatal ? 'failed' : 'had a failure'}: ${f.reason}`, message: failureMessage(f), ...(f.source ? { file: pathOf(f.source.file), ...(f.source.line !== undefined ? { line: f.source.line } : {}) } : {}) });
  }
  const error = options.error;
  const explained = error?.resource !== undefined && failedResources.has(`true/${error.resource}`);
  if (error && !explained) {
    errors.unshift({ title: error.title ?? error.resource ?? 'slipway', message: error.hint ? `${error.message}\nhint: ${error.hint}` : error.message, ...(error.file ? { file: pathOf(error.file), ...(error.line !== undefined ? { line: error.line } : {}) } : {}) });
  }
  for (const w of report.warnings) warnings.push({ title: w.resource ?? 'slipway warning', message: w.message, ...(w.source ? { file: pathOf(w.source.file), ...(w.source.line !== undefined ? { line: w.source.line } : {}) } : {}) });
  const limited = (list: Annotation[], noun: string): Annotation[] => {
    if (list.length <= annotationsPerStep) return list;
    const shown = list.slice(0, annotationsPerStep - 1);
    const rest = list.slice(annotationsPerStep - 1);
    return [...shown, { title: `${rest.length} more ${noun}`, message: `${rest.map((a) => a.title).join('\n')}\n(see the job summary for each)` }];
  };
  const command = (kind: 'error' | 'warning') => (a: Annotation) => workflowCommand(kind, { title: a.title, file: a.file, line: a.line }, a.message);
  return [...limited(errors, 'failures').map(command('error')), ...limited(warnings, 'warnings').map(command('warning'))];
}

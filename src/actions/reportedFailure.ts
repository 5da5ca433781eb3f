/**
 * A step's failure whose annotations and job summary were already written from the delivery report: the
 * runner protocol around the action only marks the step failed, so nothing is annotated twice.
 */
export class ReportedFailure extends Error {
  constructor(override readonly cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause));
    this.name = 'ReportedFailure';
  }
}

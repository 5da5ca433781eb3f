/**
 * A command's failure it has already printed in its own words (`slipway render` prints errors exactly
 * as `helm template` does): the CLI exits 1 and prints nothing more.
 */
export class PrintedFailure extends Error {
  constructor(override readonly cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause));
    this.name = 'PrintedFailure';
  }
}

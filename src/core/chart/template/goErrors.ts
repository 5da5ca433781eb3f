/** Errors with Go's texts and wrapping chains (errors.Unwrap), so Helm's error formatting can be reproduced. */

/** An error as Go's errors package sees it: a message and, when made with %w, the error it wraps. */
export class GoError extends Error {
  constructor(
    message: string,
    readonly wrapped?: Error,
  ) {
    super(message);
    this.name = 'GoError';
  }
}

/** text/template's ExecError: the failing template's name and Go's full message. */
export class TemplateExecError extends GoError {
  constructor(
    readonly templateName: string,
    message: string,
    wrapped?: Error,
  ) {
    // ExecError{Err: fmt.Errorf(...)}: the ExecError and its Err share one text.
    super(message, new GoError(message, wrapped));
    this.name = 'TemplateExecError';
  }
}

/** Messages of the error and everything it wraps, outermost first. */
export function errorChain(e: Error): string[] {
  const out: string[] = [];
  let cur: Error | undefined = e;
  while (cur) {
    out.push(cur.message);
    cur = cur instanceof GoError ? cur.wrapped : undefined;
  }
  return out;
}

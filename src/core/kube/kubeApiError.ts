/** A Status answer of the Kubernetes API (4xx/5xx), with the parts callers decide on. */
export class KubeApiError extends Error {
  readonly status: number;
  readonly reason: string;
  readonly details: { causes?: { reason?: string; message?: string; field?: string }[]; name?: string; kind?: string } | undefined;

  constructor(status: number, reason: string, message: string, details?: KubeApiError['details']) {
    super(message);
    this.name = 'KubeApiError';
    this.status = status;
    this.reason = reason;
    this.details = details;
  }
}

/** The apiserver could not be reached at all (refused, reset, DNS, TLS), after retries. */
export class KubeUnreachableError extends Error {
  constructor(
    readonly server: string,
    readonly code: string,
  ) {
    super(`cannot reach the Kubernetes API at ${server} (${code})`);
    this.name = 'KubeUnreachableError';
  }
}

export const isNotFound = (error: unknown): boolean => error instanceof KubeApiError && error.status === 404;
export const isConflict = (error: unknown): boolean => error instanceof KubeApiError && error.status === 409;
export const isAlreadyExists = (error: unknown): boolean => error instanceof KubeApiError && error.status === 409 && error.reason === 'AlreadyExists';

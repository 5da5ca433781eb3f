/**
 * The one error type slipway raises for anything a user can act on. It carries what failed, where
 * (a file:line, a resource, an input name) and what to do; the edges (CLI, actions, reports) format it.
 * Anything that is not a SlipwayError reaching an edge is a bug and is reported as such.
 */
export interface ErrorLocation {
  /** A file path relative to the repository or chart, when the error comes from a file. */
  file?: string;
  /** 1-based line and column in `file`. */
  line?: number;
  column?: number;
  /** A field path inside the file or input, e.g. `images.backend.context`. */
  field?: string;
  /** A Kubernetes resource, e.g. `Deployment/shop/backend`. */
  resource?: string;
  /** An action input or CLI flag, e.g. `--kube-context` or input `env`. */
  input?: string;
}

export type ErrorKind =
  | 'config'
  | 'input'
  | 'git'
  | 'chart'
  | 'template'
  | 'values'
  | 'registry'
  | 'build'
  | 'kube'
  | 'release'
  | 'deploy'
  | 'internal';

export class SlipwayError extends Error {
  readonly kind: ErrorKind;
  readonly where: ErrorLocation;
  readonly hint: string | undefined;

  constructor(kind: ErrorKind, message: string, options: { where?: ErrorLocation; hint?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'SlipwayError';
    this.kind = kind;
    this.where = options.where ?? {};
    this.hint = options.hint;
  }
}

/** `file:line:column` (or the parts that are known), the resource, the field and the input, joined. */
export function formatLocation(where: ErrorLocation): string {
  const parts: string[] = [];
  if (where.file) {
    let pos = where.file;
    if (where.line !== undefined) pos += `:${where.line}`;
    if (where.line !== undefined && where.column !== undefined) pos += `:${where.column}`;
    parts.push(pos);
  }
  if (where.field) parts.push(`field ${where.field}`);
  if (where.resource) parts.push(where.resource);
  if (where.input) parts.push(where.input.startsWith('-') ? `flag ${where.input}` : `input ${where.input}`);
  return parts.join(', ');
}

/**
 * The location an error's text does not already give: a template error's message starts with Helm's
 * `file:line:col` (or `parse error at (file:line)`), so its file is not said twice.
 */
export function locationNotInMessage(error: SlipwayError): string {
  const { file, line, column, ...rest } = error.where;
  const given = file !== undefined && error.message.includes(line === undefined ? file : `${file}:${line}`);
  return formatLocation(given ? rest : error.where);
}

/** One line for logs and annotations: `<location>: <message> (<hint>)`. */
export function formatError(error: unknown): string {
  if (error instanceof SlipwayError) {
    const location = locationNotInMessage(error);
    const head = location ? `${location}: ${error.message}` : error.message;
    return error.hint ? `${head}\n  hint: ${error.hint}` : head;
  }
  if (error instanceof Error) return `internal error: ${error.stack ?? error.message}`;
  return `internal error: ${String(error)}`;
}

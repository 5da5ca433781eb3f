import { formatError, formatLocation, SlipwayError } from '../core/errors/slipwayError.js';

export interface ReportedError {
  message: string;
  hint?: string;
  file?: string;
  line?: number;
  resource?: string;
  /** A short title for an annotation: where it failed (resource, field, input). */
  title?: string;
}

/** An error as the report's outputs show it: the message, the hint, and where (file:line, resource, input). */
export function reportedError(error: unknown, fallbackTitle: string): ReportedError {
  if (!(error instanceof SlipwayError)) return { message: formatError(error).split('\n')[0]!, title: fallbackTitle };
  const { file, line, resource } = error.where;
  return {
    message: error.message,
    ...(error.hint ? { hint: error.hint } : {}),
    ...(file ? { file } : {}),
    ...(line !== undefined ? { line } : {}),
    ...(resource ? { resource } : {}),
    title: formatLocation({ ...error.where, file: undefined, line: undefined, column: undefined }) || fallbackTitle,
  };
}

import { goQuote } from './template/goQuote.js';

/**
 * A warning as Helm 4 logs it: through slog (`slog.Warn("returned non-bool value", "path", p, …)`), or the
 * standard `log.Printf` that slog.SetDefault routes to level INFO (the values coalescing warnings).
 */
export interface HelmLogRecord {
  level: 'INFO' | 'WARN';
  msg: string;
  attrs?: readonly (readonly [key: string, value: string])[];
}

/** slog's TextHandler (Helm drops the time): `level=WARN msg="this chart is deprecated" chart=x`. */
export function slogText(record: HelmLogRecord): string {
  const parts = [`level=${record.level}`, `msg=${slogValue(record.msg)}`];
  for (const [key, value] of record.attrs ?? []) parts.push(`${slogValue(key)}=${slogValue(value)}`);
  return parts.join(' ');
}

// slog quotes an empty string, and one with a space, '=', '"', a control or an unprintable character.
const NEEDS_QUOTING = /[\x00-\x20="\x7f]|[\p{Z}\p{C}\uFFFD]/u;

function slogValue(value: string): string {
  return value === '' || NEEDS_QUOTING.test(value) ? goQuote(value) : value;
}

/** What a warning says where Helm's log format is not wanted: the message, then `key=value` pairs. */
export function plainText(record: HelmLogRecord): string {
  return [record.msg, ...(record.attrs ?? []).map(([key, value]) => `${key}=${value}`)].join(' ');
}

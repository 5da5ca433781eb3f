import type { SourcePosition } from '../core/events/deliveryEvents.js';

/**
 * Small text pieces every output of the report shares, so a duration or a template position reads the same
 * in the terminal, the GitHub summary and the GitLab log.
 */

/** `850ms`, `4.2s`, `1m05s`. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.max(0, Math.round(ms))}ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)}s`;
  const minutes = Math.floor(ms / 60_000);
  const seconds = Math.floor((ms % 60_000) / 1000);
  return `${minutes}m${String(seconds).padStart(2, '0')}s`;
}

/** Maps a template path (`<chart>/templates/x.yaml`) to the path people and CI UIs know it by. */
export type PathOf = (file: string) => string;
export const samePath: PathOf = (file) => file;

export function formatSource(source: SourcePosition | undefined, pathOf: PathOf = samePath): string | undefined {
  if (!source) return undefined;
  return `${pathOf(source.file)}${source.line !== undefined ? `:${source.line}` : ''}`;
}

/** Cuts a long line for a table cell or a title, marking the cut. */
export function clip(text: string, max: number): string {
  const single = text.replace(/\s*\n\s*/g, ' ');
  return single.length <= max ? single : `${single.slice(0, Math.max(0, max - 1))}…`;
}

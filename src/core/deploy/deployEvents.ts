import type { ChangeAction } from './resourceChange.js';

/** What the engine tells its caller as it works (the reporter turns these into lines, tables, summaries). */
export type DeployEvent =
  | { type: 'step'; message: string }
  | { type: 'change'; resource: string; action: ChangeAction; source?: string }
  | { type: 'hook'; event: string; resource: string; phase: 'started' | 'succeeded' | 'failed'; message?: string }
  | { type: 'ready'; resource: string; state: 'ready' | 'progressing' | 'failed'; message?: string }
  | { type: 'warning'; message: string };

export type DeployEventSink = (event: DeployEvent) => void;

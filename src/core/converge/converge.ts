import { SlipwayError } from '../errors/slipwayError.js';
import type { DeployEventSink } from '../deploy/deployEvents.js';
import type { OperationOptions, OperationResult } from '../deploy/releaseOperation.js';
import type { KubeClient } from '../kube/kubeClient.js';
import { environmentInput, type EnvironmentFlags, type EnvironmentInputOptions } from './environmentInput.js';

export interface ConvergeOptions extends Omit<OperationOptions, 'emit' | 'client'> {
  client: KubeClient;
  emit: DeployEventSink;
  /** Where the project is (default: the working directory). */
  dir?: string;
  releaseStorage?: EnvironmentInputOptions['releaseStorage'];
  /** Build missing images (default true); plan-like callers pass false. */
  build?: boolean;
  /** Called once the release and namespace are known, before the deploy starts (e.g. to set outputs early). */
  onTarget?: (target: { release: string; namespace: string; images: Record<string, string> }) => void;
  /** Taken over only for the deploy: during builds an interrupt stops the process as usual. */
  deploySignal?: () => AbortSignal | undefined;
}

export interface ConvergeOutcome {
  result: OperationResult;
  images: Record<string, string>;
  project: string;
}

/**
 * converge: environment → images (built only when missing) → render → deploy → track, as one stream of
 * delivery events ending in a `result` event, success or failure. The CLI and the actions call this and
 * only differ in how they show the events.
 */
export async function converge(flags: EnvironmentFlags, options: ConvergeOptions): Promise<ConvergeOutcome> {
  const emit = options.emit;
  let target: { release: string; namespace: string } = { release: flags.release ?? '', namespace: flags.namespace ?? '' };
  try {
    const { input, images, project } = await environmentInput(flags, {
      build: options.build ?? true,
      ...(options.dir ? { dir: options.dir } : {}),
      log: (message) => emit({ type: 'step', message }),
      warn: (message) => emit({ type: 'warning', message }),
      emit,
      cluster: options.client,
      ...(options.releaseStorage ? { releaseStorage: options.releaseStorage } : {}),
    });
    target = { release: input.release, namespace: input.namespace };
    options.onTarget?.({ ...target, images });
    const { deploy } = await import('../deploy/deploy.js');
    const signal = options.deploySignal?.() ?? options.signal;
    emit({ type: 'step', message: `deploying release ${input.release} into namespace ${input.namespace} (context ${options.client.contextName})` });
    const result = await deploy(input, { ...options, ...(signal ? { signal } : {}) });
    return { result, images, project };
  } catch (error) {
    const e = error instanceof SlipwayError ? error : undefined;
    emit({
      type: 'result',
      release: target.release,
      namespace: target.namespace,
      status: 'failed',
      error: {
        message: error instanceof Error ? error.message : String(error),
        ...(e?.hint ? { hint: e.hint } : {}),
        ...(e?.where.file ? { file: e.where.file } : {}),
        ...(e?.where.line !== undefined ? { line: e.where.line } : {}),
        ...(e?.where.resource ? { resource: e.where.resource } : {}),
      },
    });
    throw error;
  }
}

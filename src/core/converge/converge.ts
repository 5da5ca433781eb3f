import { SlipwayError } from '../errors/slipwayError.js';
import type { DeployEventSink } from '../deploy/deployEvents.js';
import type { OperationOptions, OperationResult } from '../deploy/releaseOperation.js';
import type { KubeClient } from '../kube/kubeClient.js';
import { environmentInput, type EnvironmentFlags, type EnvironmentInput, type EnvironmentInputOptions } from './environmentInput.js';

export interface ConvergeOptions extends Omit<OperationOptions, 'emit' | 'client'> {
  client: KubeClient;
  emit: DeployEventSink;
  /** Where the project is (default: the working directory). */
  dir?: string;
  releaseStorage?: EnvironmentInputOptions['releaseStorage'];
  registry?: EnvironmentInputOptions['registry'];
  werfSecretKey?: EnvironmentInputOptions['werfSecretKey'];
  migrateHelm2?: EnvironmentInputOptions['migrateHelm2'];
  /** Turns an environment error into a better one before it is reported (e.g. a shallow checkout explained). */
  explainEnvironmentError?: (error: unknown) => Promise<unknown>;
  /** Build missing images (default true); plan-like callers pass false. */
  build?: boolean;
  /** Called once the release and namespace are known, before the deploy starts (e.g. to set outputs early). */
  onTarget?: (target: EnvironmentInput) => void;
  /** Taken over only for the deploy: during builds an interrupt stops the process as usual. */
  deploySignal?: () => AbortSignal | undefined;
}

export interface ConvergeOutcome extends Omit<EnvironmentInput, 'input'> {
  result: OperationResult;
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
    const prepared = await environmentInput(flags, {
      build: options.build ?? true,
      ...(options.dir ? { dir: options.dir } : {}),
      log: (message) => emit({ type: 'step', message }),
      warn: (message) => emit({ type: 'warning', message }),
      emit,
      cluster: options.client,
      ...(options.releaseStorage ? { releaseStorage: options.releaseStorage } : {}),
      ...(options.registry ? { registry: options.registry } : {}),
      ...(options.werfSecretKey ? { werfSecretKey: options.werfSecretKey } : {}),
      ...(options.migrateHelm2 ? { migrateHelm2: options.migrateHelm2 } : {}),
      ...(options.inputNames ? { inputNames: options.inputNames } : {}),
    }).catch(async (error: unknown) => {
      throw options.explainEnvironmentError ? await options.explainEnvironmentError(error) : error;
    });
    const { input, ...rest } = prepared;
    target = { release: input.release, namespace: input.namespace };
    options.onTarget?.(prepared);
    const { deploy } = await import('../deploy/deploy.js');
    const signal = options.deploySignal?.() ?? options.signal;
    emit({ type: 'step', message: `deploying release ${input.release} into namespace ${input.namespace} (context ${options.client.contextName})` });
    const result = await deploy(input, { ...options, ...(signal ? { signal } : {}) });
    return { result, ...rest };
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

import { SlipwayError } from '../errors/slipwayError.js';
import { isNotFound, KubeApiError } from './kubeApiError.js';
import type { KubeClient } from './kubeClient.js';
import { resourcePath, type ResourceMapping } from './restMapper.js';

/** One object's address in the cluster. */
export interface ObjectRef {
  mapping: ResourceMapping;
  namespace: string | undefined;
  name: string;
}

export const applyPatchType = 'application/apply-patch+yaml';

/** Reads, applies (server-side, as `fieldManager`) and deletes single objects. */
export class ClusterObjects {
  constructor(
    readonly client: KubeClient,
    readonly fieldManager: string,
  ) {}

  async get(ref: ObjectRef): Promise<any | undefined> {
    try {
      return await this.client.request({ method: 'GET', path: resourcePath(ref.mapping, ref.namespace, ref.name) });
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  }

  /** Server-side apply with force (slipway owns what the chart says); `dryRun` changes nothing. */
  async apply(ref: ObjectRef, object: unknown, options: { dryRun?: boolean } = {}): Promise<any> {
    return this.client.request({
      method: 'PATCH',
      path: resourcePath(ref.mapping, ref.namespace, ref.name),
      query: { fieldManager: this.fieldManager, force: 'true', fieldValidation: 'Strict', ...(options.dryRun ? { dryRun: 'All' } : {}) },
      body: object,
      contentType: applyPatchType,
    });
  }

  async jsonPatch(ref: ObjectRef, patch: unknown[]): Promise<any> {
    return this.client.request({ method: 'PATCH', path: resourcePath(ref.mapping, ref.namespace, ref.name), body: patch, contentType: 'application/json-patch+json' });
  }

  /** Deletes (background propagation, as Helm does); true if it was there. */
  async delete(ref: ObjectRef, propagationPolicy: 'Background' | 'Foreground' = 'Background'): Promise<boolean> {
    try {
      await this.client.request({ method: 'DELETE', path: resourcePath(ref.mapping, ref.namespace, ref.name), body: { kind: 'DeleteOptions', apiVersion: 'v1', propagationPolicy } });
      return true;
    } catch (error) {
      if (isNotFound(error)) return false;
      throw error;
    }
  }

  /** Polls until the object is gone (finalizers done); the label names it in the timeout error. */
  async waitGone(ref: ObjectRef, label: string, deadline: number, signal?: AbortSignal): Promise<void> {
    for (let delay = 100; ; delay = Math.min(1000, delay * 2)) {
      if ((await this.get(ref)) === undefined) return;
      if (Date.now() > deadline || signal?.aborted) {
        throw new SlipwayError('deploy', `${label} is still there after deletion`, { where: { resource: label }, hint: 'a finalizer may be blocking it: kubectl get -o yaml shows metadata.finalizers' });
      }
      await new Promise((r) => setTimeout(r, delay));
    }
  }
}

/** The API's own words for a rejected object, with its field causes. */
export function apiMessage(error: unknown): string {
  if (error instanceof KubeApiError) {
    const causes = error.details?.causes?.map((c) => `${c.field ? `${c.field}: ` : ''}${c.message ?? c.reason ?? ''}`).filter((c) => c !== '') ?? [];
    return causes.length && !causes.every((c) => error.message.includes(c)) ? `${error.message} (${causes.join('; ')})` : error.message;
  }
  return error instanceof Error ? error.message : String(error);
}

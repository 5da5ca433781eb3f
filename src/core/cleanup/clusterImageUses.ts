import { SlipwayError } from '../errors/slipwayError.js';
import { KubeApiError, KubeUnreachableError } from '../kube/kubeApiError.js';
import type { KubeClient } from '../kube/kubeClient.js';
import type { ImageUse } from './retentionPlan.js';
import { imageUsesOf, workloadKinds } from './workloadImages.js';

/**
 * Every use of the repository's images in one cluster: the workload kinds in all namespaces, listed in pages.
 * Any failure to read (unreachable, forbidden, unknown) is an error naming the context and the kind, because a
 * cleanup that cannot see what runs must not delete anything.
 */
export async function clusterImageUses(client: KubeClient, context: string, repository: string): Promise<ImageUse[]> {
  const uses: ImageUse[] = [];
  for (const workload of workloadKinds) {
    let continueToken: string | undefined;
    do {
      let page: { items?: unknown[]; metadata?: { continue?: string } };
      try {
        page = await client.request({ method: 'GET', path: workload.path, query: { limit: '500', continue: continueToken } });
      } catch (error) {
        throw unreadable(context, workload.kind, error);
      }
      for (const item of page.items ?? []) uses.push(...imageUsesOf(workload.kind, item, workload.podSpec(item), repository, context));
      continueToken = page.metadata?.continue || undefined;
    } while (continueToken);
  }
  return uses;
}

function unreadable(context: string, kind: string, error: unknown): SlipwayError {
  const why =
    error instanceof KubeUnreachableError
      ? error.message
      : error instanceof KubeApiError
        ? `${kind} list answered HTTP ${error.status}: ${error.message}`
        : (error as Error).message;
  return new SlipwayError('kube', `cannot read the images in use in kube context "${context}": ${why}; nothing was deleted`, {
    hint:
      error instanceof KubeApiError && error.status === 403
        ? `the credentials need "list" on ${kind.toLowerCase()}s in all namespaces; or pass --without-kube to skip the clusters (then running images are not protected)`
        : 'fix access to the cluster, choose contexts with --kube-context, or pass --without-kube to skip the clusters (then running images are not protected)',
  });
}

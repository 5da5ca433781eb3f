import { SlipwayError } from '../errors/slipwayError.js';
import { explainKubeError } from '../kube/kubeErrorExplained.js';
import { ReleaseStorage } from '../release/releaseStorage.js';
import { latestRevision } from '../release/releaseHistory.js';
import { rollbackToRecord, type OperationOptions, type OperationResult } from './releaseOperation.js';

/**
 * `slipway releases rollback <release> [revision]`: deploys a stored revision again as a new revision
 * (Helm's rollback). Without a revision, the one before the latest.
 */
export async function rollbackRelease(release: string, namespace: string, revision: number | undefined, options: OperationOptions): Promise<OperationResult> {
  try {
    return await rollbackOnce(release, namespace, revision, options);
  } catch (error) {
    throw explainKubeError(error, `rolling back release ${release}`);
  }
}

async function rollbackOnce(release: string, namespace: string, revision: number | undefined, options: OperationOptions): Promise<OperationResult> {
  const storage = new ReleaseStorage(options.client, { namespace: options.storageNamespace ?? namespace, type: options.storageType ?? 'secret' });
  const history = (await storage.history(release)).map((h) => h.release);
  const latest = latestRevision(history);
  if (!latest) throw new SlipwayError('release', `release ${release} not found in namespace ${storage.namespace}`, { where: { resource: `release ${release}` }, hint: 'check the name and --namespace (slipway releases list)' });
  const wanted = revision ?? latest.version - 1;
  const target = history.find((r) => r.version === wanted);
  if (!target) {
    throw new SlipwayError('release', `release ${release} has no revision ${wanted}`, { where: { resource: `release ${release}` }, hint: `revisions kept: ${history.map((r) => r.version).join(', ')}` });
  }
  return rollbackToRecord(release, namespace, target, options);
}

import { isPending, type HelmRelease } from './helmRelease.js';

/** Decisions over a release's history (oldest first), as Helm's storage and actions make them. */

export function latestRevision(history: readonly HelmRelease[]): HelmRelease | undefined {
  return history.reduce<HelmRelease | undefined>((latest, r) => (!latest || r.version > latest.version ? r : latest), undefined);
}

/** Helm's Storage.Deployed: the newest revision with status deployed. */
export function lastDeployed(history: readonly HelmRelease[]): HelmRelease | undefined {
  return latestRevision(history.filter((r) => r.info.status === 'deployed'));
}

export function nextRevisionNumber(history: readonly HelmRelease[]): number {
  return (latestRevision(history)?.version ?? 0) + 1;
}

/**
 * Revisions to delete before adding one, so that at most `maxHistory` remain afterwards (Helm's
 * removeLeastRecent with maximum-1): oldest first, never the last deployed. 0 or less keeps everything.
 */
export function revisionsToPrune(history: readonly HelmRelease[], maxHistory: number): number[] {
  if (maxHistory <= 0) return [];
  const keep = maxHistory - 1;
  if (history.length <= keep) return [];
  const deployed = lastDeployed(history);
  const oldestFirst = [...history].sort((a, b) => a.version - b.version);
  const doomed: number[] = [];
  for (const r of oldestFirst) {
    if (oldestFirst.length - doomed.length <= keep) break;
    if (deployed && r.version === deployed.version) continue;
    doomed.push(r.version);
  }
  return doomed;
}

/**
 * What an install/upgrade does with the current history: install when there is none (or only an
 * uninstalled/failed first install to replace, as Helm's `upgrade --install` does), else upgrade.
 */
export type DeployKind = 'install' | 'upgrade';

export function deployKind(history: readonly HelmRelease[]): DeployKind {
  const latest = latestRevision(history);
  if (!latest) return 'install';
  if (latest.info.status === 'uninstalled') return 'install';
  // Helm: an upgrade of a release with no deployed revision whose only revision failed is an install again.
  if (!lastDeployed(history) && history.every((r) => r.info.status === 'failed' || r.info.status === 'uninstalled' || isPending(r.info.status))) return 'install';
  return 'upgrade';
}

/** Revisions left pending by a client that died; the lock holder marks them failed before deploying. */
export function stalePending(history: readonly HelmRelease[]): HelmRelease[] {
  return history.filter((r) => isPending(r.info.status));
}

/** Revisions that must become superseded when `current` is deployed. */
export function toSupersede(history: readonly HelmRelease[], currentVersion: number): HelmRelease[] {
  return history.filter((r) => r.version !== currentVersion && r.info.status === 'deployed');
}

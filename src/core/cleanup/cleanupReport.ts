import type { KeepLimit, KeepPolicy } from '../config/projectConfig.js';
import type { KeepReason } from './retentionPlan.js';
import type { CleanupResult } from './runCleanup.js';

/** `168h`-style text of a duration in ms, as the config writes it. Pure. */
function durationText(ms: number): string {
  if (ms % 3_600_000 === 0) return `${ms / 3_600_000}h`;
  if (ms % 60_000 === 0) return `${ms / 60_000}m`;
  return `${ms / 1000}s`;
}

function limitText(limit: KeepLimit): string {
  const parts = [...(limit.last !== undefined ? [`last ${limit.last}`] : []), ...(limit.inMs !== undefined ? [`in ${durationText(limit.inMs)}`] : [])];
  return parts.join(limit.operator === 'Or' ? ' or ' : ' and ');
}

/** "policy 2 (branch /.*\/, last 10 and in 168h; 2 images per reference)". Pure. */
export function policyText(policies: readonly KeepPolicy[], index: number): string {
  const policy = policies[index];
  if (!policy) return `policy ${index + 1}`;
  const match = policy.references.match.regex !== undefined ? `/${policy.references.match.regex}/` : policy.references.match.name;
  const parts = [`${policy.references.kind} ${match}`];
  if (policy.references.limit) parts.push(`references: ${limitText(policy.references.limit)}`);
  if (policy.imagesPerReference) parts.push(`images per reference: ${limitText(policy.imagesPerReference)}`);
  return `policy ${index + 1} (${parts.join('; ')})`;
}

/** Why an image is kept, in a sentence. Pure. */
export function keepReasonText(reason: KeepReason, policies: readonly KeepPolicy[]): string {
  switch (reason.kind) {
    case 'in-use': {
      const { use } = reason;
      const where = `${use.kind}/${use.namespace ? `${use.namespace}/` : ''}${use.name} container ${use.container} in context ${use.context}`;
      return `in use by ${where}${reason.more > 0 ? ` (and ${reason.more} more)` : ''}`;
    }
    case 'keep-list':
      return `on the keep list (${reason.pattern})`;
    case 'policy':
      return `${policyText(policies, reason.policy)}: ${reason.reference}, ${ordinal(reason.rank + 1)} newest image, at commit ${reason.commit.slice(0, 12)}`;
    case 'built-within':
      return `built within the last ${reason.hours} hours (${new Date(reason.builtAt).toISOString()})`;
    case 'build-time-unknown':
      return 'its build time is unknown (the image config has no "created"), so the built-within rule cannot clear it';
    case 'shares-digest':
      return `shares digest ${reason.digest.slice(0, 19)}… with tag ${reason.with}, which stays (a delete by digest would remove both)`;
  }
}

function ordinal(n: number): string {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

export function bytesText(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes;
  let unit = -1;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(1)} ${units[unit]}`;
}

/** Bytes the deleted images' manifests list, when they were read (sum over images; layers may be shared). */
export function deletedBytes(result: CleanupResult): number | undefined {
  let total = 0;
  let known = false;
  for (const image of result.plan.deleted) {
    const size = image.tags.map((tag) => result.sizes[tag]).find((value) => value !== undefined);
    if (size !== undefined) {
      total += size;
      known = true;
    }
  }
  return known ? total : undefined;
}

/** The report for terminals and logs: what was kept and why, what was (or would be) deleted. Pure. */
export function cleanupReportLines(result: CleanupResult): string[] {
  const { plan } = result;
  const verb = result.dryRun ? 'would delete' : 'deleted';
  const bytes = deletedBytes(result);
  const lines: string[] = [];
  lines.push(
    `cleanup of ${result.repository}${result.dryRun ? ' (dry run: nothing deleted)' : ''}: ${verb} ${plan.deleted.length} image(s)` +
      `${bytes !== undefined ? ` (${bytesText(bytes)} listed in their manifests)` : ''}, kept ${plan.kept.length}, ${verb} ${plan.deletedRecords.length} commit record(s)`,
  );
  lines.push(
    `  read: ${result.tags} tags, ${result.records} commit records; ` +
      (result.git === 'disabled' ? 'Git history policy disabled; ' : `${result.git.references} references, ${result.git.commits} commits; `) +
      (result.kube === 'disabled' ? 'Kubernetes policy disabled' : result.kube === 'skipped' ? 'clusters skipped (--without-kube)' : `${result.kube.uses} container(s) using the repository in ${result.kube.contexts.join(', ')}`),
  );
  if (plan.kept.length > 0) {
    lines.push('kept:');
    for (const image of plan.kept) {
      lines.push(`  ${image.tag}`);
      for (const reason of image.reasons) lines.push(`      ${keepReasonText(reason, result.policies)}`);
    }
  }
  if (plan.deleted.length > 0) {
    lines.push(`${verb}:`);
    for (const image of plan.deleted) {
      const size = image.tags.map((tag) => result.sizes[tag]).find((value) => value !== undefined);
      lines.push(`  ${image.tags.join(', ')}  ${image.digest}${size !== undefined ? `  ${bytesText(size)}` : ''}`);
    }
  }
  if (plan.deletedRecords.length > 0) lines.push(`commit records ${verb}: ${plan.deletedRecords.length} (their images are all gone); kept ${plan.keptRecords}`);
  if (plan.gone.length > 0) lines.push(`already gone while planning: ${plan.gone.join(', ')}`);
  if (plan.foreign.length > 0) lines.push(`left alone (not slipway's images): ${plan.foreign.length > 20 ? `${plan.foreign.slice(0, 20).join(', ')} and ${plan.foreign.length - 20} more` : plan.foreign.join(', ')}`);
  const stats = result.registryRequests;
  lines.push(
    `registry requests: ${stats.total} (${Object.entries(stats.byKind).map(([kind, n]) => `${kind} ${n}`).join(', ')}${stats.retries ? `; ${stats.retries} retries` : ''}); ` +
      `plan ${(result.timings.planMs / 1000).toFixed(2)} s, delete ${(result.timings.deleteMs / 1000).toFixed(2)} s`,
  );
  if (!result.dryRun && plan.deleted.length > 0) lines.push('space is freed when the registry runs its garbage collector (distribution: registry garbage-collect)');
  return lines;
}

/** The JSON report: every kept image with its reasons (as data and as text), every deleted one. Pure. */
export function cleanupReportJson(result: CleanupResult): string {
  const { plan } = result;
  return `${JSON.stringify(
    {
      kind: 'slipway-cleanup-report',
      version: 1,
      repository: result.repository,
      dryRun: result.dryRun,
      deleted: plan.deleted.map((image) => ({ ...image, ...(result.sizes[image.tags[0]!] !== undefined ? { size: result.sizes[image.tags[0]!] } : {}), done: result.deletedDigests.includes(image.digest) })),
      kept: plan.kept.map((image) => ({ ...image, reasons: image.reasons.map((reason) => ({ ...reason, text: keepReasonText(reason, result.policies) })) })),
      records: { deleted: plan.deletedRecords, done: result.deletedRecords, kept: plan.keptRecords },
      foreign: plan.foreign,
      gone: plan.gone,
      git: result.git,
      kube: result.kube,
      tags: result.tags,
      registryRequests: result.registryRequests,
      timings: result.timings,
    },
    null,
    2,
  )}\n`;
}

import { createHash } from 'node:crypto';
import { resourceLabel } from '../../core/events/deliveryEvents.js';
import { orderedFailures, type DeliveryReport } from '../deliveryReport.js';
import { samePath, type PathOf } from '../reportText.js';

export interface GitlabLinks {
  /** $CI_PROJECT_URL and $CI_COMMIT_SHA: a template line becomes a link to the file at the commit. */
  projectUrl?: string;
  commit?: string;
  environmentUrl?: string;
  jobUrl?: string;
}

const blobUrl = (links: GitlabLinks, path: string, line?: number): string | undefined =>
  links.projectUrl && links.commit ? `${links.projectUrl.replace(/\/+$/, '')}/-/blob/${links.commit}/${path.split('/').map(encodeURIComponent).join('/')}${line !== undefined ? `#L${line}` : ''}` : undefined;

/**
 * GitLab's annotations report (`artifacts:reports:annotations`): the environment, the job, and each failed
 * resource's template line as external links shown on the job page. Pure; the caller writes the JSON.
 */
export function annotationsReport(report: DeliveryReport, links: GitlabLinks, pathOf: PathOf = samePath): { slipway: { external_link: { label: string; url: string } }[] } {
  const entries: { external_link: { label: string; url: string } }[] = [];
  if (links.environmentUrl) entries.push({ external_link: { label: 'environment', url: links.environmentUrl } });
  const seen = new Set<string>();
  for (const f of orderedFailures(report)) {
    const label = resourceLabel(f.resource);
    if (seen.has(label) || !f.source) continue;
    seen.add(label);
    const url = blobUrl(links, pathOf(f.source.file), f.source.line);
    if (url) entries.push({ external_link: { label: `${f.fatal ? 'failed' : 'failure in'} ${label}: ${f.reason}`, url } });
  }
  if (links.jobUrl) entries.push({ external_link: { label: 'job log', url: links.jobUrl } });
  return { slipway: entries };
}

/**
 * GitLab's Code Quality report (`artifacts:reports:codequality`): failures and warnings at their template file
 * and line, so the merge request shows them on the chart's code. Pure.
 */
export function codeQualityReport(report: DeliveryReport, pathOf: PathOf = samePath): { description: string; check_name: string; fingerprint: string; severity: 'blocker' | 'major' | 'minor'; location: { path: string; lines: { begin: number } } }[] {
  const issues: ReturnType<typeof codeQualityReport> = [];
  const seen = new Set<string>();
  for (const f of orderedFailures(report)) {
    if (!f.source) continue;
    const key = `${resourceLabel(f.resource)}/${f.reason}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const description = `${resourceLabel(f.resource)}: ${f.reason}${f.pod ? ` in pod ${f.pod}` : ''}${f.container ? ` container ${f.container}` : ''}: ${f.message}`;
    issues.push({ description, check_name: `slipway/${f.reason}`, fingerprint: createHash('sha256').update(key).digest('hex'), severity: f.fatal ? 'blocker' : 'minor', location: { path: pathOf(f.source.file), lines: { begin: f.source.line ?? 1 } } });
  }
  for (const w of report.warnings) {
    if (!w.source) continue;
    issues.push({ description: w.message, check_name: 'slipway/warning', fingerprint: createHash('sha256').update(`w/${w.message}`).digest('hex'), severity: 'minor', location: { path: pathOf(w.source.file), lines: { begin: w.source.line ?? 1 } } });
  }
  return issues;
}

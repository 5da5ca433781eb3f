import { bytesText, deletedBytes, keepReasonText } from '../core/cleanup/cleanupReport.js';
import type { CleanupResult } from '../core/cleanup/runCleanup.js';

const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const cell = (text: string): string => escapeHtml(text).replace(/\|/g, '&#124;').replace(/\r?\n/g, ' ');

/** Rows shown per table before the rest is only counted (a job summary must stay under 1 MiB). */
const maxRows = 500;

/**
 * The job summary of a cleanup (Markdown with HTML, for GitHub's step summary and GitLab's job log reports):
 * counts first, then every deleted image and every kept one with its reasons, each table in `<details>`. Pure.
 */
export function cleanupSummary(result: CleanupResult): string {
  const { plan } = result;
  const verb = result.dryRun ? 'would delete' : 'deleted';
  const bytes = deletedBytes(result);
  const out: string[] = [];
  out.push(`### slipway cleanup${result.dryRun ? ' (dry run)' : ''}: ${escapeHtml(result.repository)}`, '');
  out.push(
    `**${plan.deleted.length}** image(s) ${verb}${bytes !== undefined ? ` (${bytesText(bytes)} listed in their manifests)` : ''}, **${plan.kept.length}** kept, ` +
      `${plan.deletedRecords.length} commit record(s) ${verb}, ${plan.foreign.length} tag(s) not slipway's left alone.`,
    '',
  );
  const kube = result.kube === 'disabled' ? 'Kubernetes policy disabled' : result.kube === 'skipped' ? '**clusters not read** (`--without-kube`): running images were not protected' : `${result.kube.uses} container(s) using the repository in ${result.kube.contexts.map((c) => `\`${escapeHtml(c)}\``).join(', ')}`;
  const git = result.git === 'disabled' ? 'Git-history policy disabled' : `${result.git.references} references, ${result.git.commits} commits`;
  out.push(`Read: ${result.tags} tags, ${result.records} commit records; ${git}; ${kube}. ${result.registryRequests.total} registry requests.`, '');
  const table = (title: string, header: string[], rows: string[][], open: boolean): void => {
    out.push(`<details${open ? ' open' : ''}><summary>${escapeHtml(title)}</summary>`, '');
    out.push(`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`);
    for (const row of rows.slice(0, maxRows)) out.push(`| ${row.map(cell).join(' | ')} |`);
    if (rows.length > maxRows) out.push('', `… and ${rows.length - maxRows} more (see the JSON report)`);
    out.push('', '</details>', '');
  };
  if (plan.deleted.length > 0) {
    table(`${verb} (${plan.deleted.length})`, ['tags', 'digest', 'size'], plan.deleted.map((image) => {
      const size = image.tags.map((tag) => result.sizes[tag]).find((value) => value !== undefined);
      return [image.tags.join(', '), image.digest, size !== undefined ? bytesText(size) : ''];
    }), true);
  }
  if (plan.kept.length > 0) {
    table(`kept (${plan.kept.length})`, ['tag', 'why'], plan.kept.map((image) => [image.tag, image.reasons.map((reason) => keepReasonText(reason, result.policies)).join('; ')]), plan.deleted.length === 0);
  }
  return `${out.join('\n')}\n`;
}

import { previewMarker, renderPreviewComment, type PreviewCommentInput } from '../previewComment.js';
import type { SecretValue } from '../../core/secretValue.js';

/**
 * The optional merge request note of a GitLab review app: the same status table as the GitHub comment,
 * one note per environment (found by its hidden marker, edited in place), written with a project access
 * token (api scope): the job token cannot write notes. A refusal is returned as a warning, never thrown.
 */
export async function upsertMergeRequestNote(
  target: { apiUrl: string; projectId: string; mergeRequest: number },
  token: SecretValue,
  input: PreviewCommentInput,
  options: { template?: string; templateFile?: string } = {},
): Promise<{ action: 'created' | 'updated' } | { warning: string }> {
  const body = renderPreviewComment(input, options.template, options.templateFile);
  const notesUrl = `${target.apiUrl.replace(/\/+$/, '')}/projects/${encodeURIComponent(target.projectId)}/merge_requests/${target.mergeRequest}/notes`;
  const headers = { 'PRIVATE-TOKEN': token.reveal(), 'Content-Type': 'application/json', Accept: 'application/json' };
  try {
    const marker = previewMarker(input.env);
    let existing: { id: number } | undefined;
    for (let page = 1; page <= 20 && !existing; page++) {
      const response = await fetch(`${notesUrl}?per_page=100&page=${page}&sort=asc`, { headers });
      if (!response.ok) return { warning: refusal('read the merge request notes', response.status) };
      const notes = (await response.json()) as Array<{ id: number; body?: string }>;
      existing = notes.find((note) => note.body?.includes(marker));
      if (notes.length < 100) break;
    }
    const response = existing
      ? await fetch(`${notesUrl}/${existing.id}`, { method: 'PUT', headers, body: JSON.stringify({ body }) })
      : await fetch(notesUrl, { method: 'POST', headers, body: JSON.stringify({ body }) });
    if (!response.ok) return { warning: refusal('write the merge request note', response.status) };
    return { action: existing ? 'updated' : 'created' };
  } catch (error) {
    return { warning: `could not write the merge request note: ${(error as Error).message}` };
  }
}

function refusal(what: string, status: number): string {
  if (status === 401 || status === 403) return `could not ${what}: GitLab answered ${status}: SLIPWAY_GITLAB_TOKEN must be a project access token with the api scope (the job token cannot write notes)`;
  return `could not ${what}: GitLab answered ${status}`;
}

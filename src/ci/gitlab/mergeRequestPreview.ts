import { readFileSync } from 'node:fs';
import { SlipwayError } from '../../core/errors/slipwayError.js';
import { SecretValue } from '../../core/secretValue.js';
import type { CiContext, Environment } from '../ciContext.js';
import type { PreviewCommentInput } from '../previewComment.js';
import { gitlabApi } from './gitlabContext.js';
import { upsertMergeRequestNote } from './mergeRequestNote.js';

/** Writes the review app's merge request note; resolves to a warning to print when GitLab refused it. */
export type MergeRequestPreview = (input: PreviewCommentInput) => Promise<string | undefined>;

/**
 * The optional merge request note of `slipway converge` in a GitLab merge request pipeline: asked for by
 * setting SLIPWAY_GITLAB_TOKEN (a project access token with the api scope; the job token cannot write
 * notes), optionally with SLIPWAY_GITLAB_NOTE_TEMPLATE (a Handlebars file). Undefined anywhere else.
 */
export function mergeRequestPreview(ci: CiContext, env: Environment): MergeRequestPreview | undefined {
  const token = env.SLIPWAY_GITLAB_TOKEN;
  const api = gitlabApi(env);
  if (ci.provider !== 'gitlab' || !ci.changeRequest || !token || !api) return undefined;
  const templateFile = env.SLIPWAY_GITLAB_NOTE_TEMPLATE || undefined;
  let template: string | undefined;
  if (templateFile !== undefined) {
    try {
      template = readFileSync(templateFile, 'utf8');
    } catch (error) {
      throw new SlipwayError('input', `cannot read the merge request note template ${templateFile}: ${(error as Error).message}`, {
        where: { input: 'SLIPWAY_GITLAB_NOTE_TEMPLATE' },
        hint: 'a Handlebars file, relative to the job folder; unset the variable for the default note',
      });
    }
  }
  const target = { apiUrl: api.url, projectId: api.projectId, mergeRequest: ci.changeRequest.number };
  const secret = new SecretValue(token);
  return async (input) => {
    const outcome = await upsertMergeRequestNote(target, secret, input, template !== undefined ? { template, templateFile: templateFile! } : {});
    return 'warning' in outcome ? outcome.warning : undefined;
  };
}

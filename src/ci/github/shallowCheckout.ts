import { SlipwayError } from '../../core/errors/slipwayError.js';

/**
 * actions/checkout fetches a single commit by default. Content tags and giterminism read one commit's
 * tree and work there, but whatever needs another commit (a `commit` input, an image's history, cleanup's
 * history walk) is missing: a git error from a shallow checkout gets the fix (`fetch-depth: 0`) as its hint.
 */
export async function explainShallowCheckout(error: unknown, dir: string): Promise<unknown> {
  if (!(error instanceof SlipwayError) || error.kind !== 'git') return error;
  const { isShallowRepository } = await import('../../core/git/gitRepository.js');
  const shallow = await isShallowRepository(dir).catch(() => false);
  if (!shallow) return error;
  return new SlipwayError(error.kind, `${error.message} (the checkout is shallow)`, {
    where: error.where,
    hint: `${shallowCheckoutHint}${error.hint ? `; ${error.hint}` : ''}`,
    cause: error,
  });
}

export const shallowCheckoutHint = 'actions/checkout fetched only one commit: give it "with: fetch-depth: 0" (GitLab: variables: GIT_DEPTH: 0)';

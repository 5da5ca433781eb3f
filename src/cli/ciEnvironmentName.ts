import { SlipwayError } from '../core/errors/slipwayError.js';

/**
 * `--env` when given, else the CI's own name for this pipeline (pr-<number>, mr-<iid>, GitLab's
 * environment slug), as the actions default it; outside such a pipeline the flag is required.
 */
export async function environmentOrCiDefault(env: string | undefined, environment: NodeJS.ProcessEnv = process.env): Promise<string> {
  if (env !== undefined) return env;
  const { readCiContext } = await import('../ci/readCiContext.js');
  const fallback = readCiContext(environment).defaultEnv;
  if (fallback !== undefined) return fallback;
  throw new SlipwayError('input', '--env is required here: this is not a pull or merge request pipeline, nor a GitLab job with an environment', {
    where: { input: '--env' },
    hint: 'name the environment, e.g. --env staging',
  });
}

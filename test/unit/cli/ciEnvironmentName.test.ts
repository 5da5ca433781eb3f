import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { environmentOrCiDefault } from '../../../src/cli/ciEnvironmentName.js';

const githubEvent = (body: object): string => {
  const file = join(mkdtempSync(join(tmpdir(), 'ci-env-')), 'event.json');
  writeFileSync(file, JSON.stringify(body));
  return file;
};

describe('converge --env default in CI', () => {
  it.each([
    ['given --env wins over any CI default', 'staging', { GITLAB_CI: 'true', CI_MERGE_REQUEST_IID: '7' }, 'staging'],
    ['GitLab merge request pipeline', undefined, { GITLAB_CI: 'true', CI_MERGE_REQUEST_IID: '7', CI_COMMIT_SHA: 'a'.repeat(40) }, 'mr-7'],
    ["GitLab job with an environment: its slug", undefined, { GITLAB_CI: 'true', CI_MERGE_REQUEST_IID: '7', CI_ENVIRONMENT_SLUG: 'review-feature-x-ab12cd' }, 'review-feature-x-ab12cd'],
    ['GitHub pull request', undefined, { GITHUB_ACTIONS: 'true', GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: githubEvent({ number: 42, pull_request: { number: 42, head: { sha: 'b'.repeat(40), repo: { full_name: 'o/r' } }, base: { repo: { full_name: 'o/r' } } } }) }, 'pr-42'],
  ] as const)('%s', async (_case, env, environment, expected) => {
    expect(await environmentOrCiDefault(env, environment)).toBe(expected);
  });

  it.each([
    ['no CI at all', {}],
    ['a GitLab push pipeline', { GITLAB_CI: 'true', CI_COMMIT_SHA: 'a'.repeat(40) }],
    ['GITLAB_CI=false (gitlab-ci-local sets it)', { GITLAB_CI: 'false', CI_MERGE_REQUEST_IID: '7' }],
  ] as const)('%s: --env is required, and the error names it', async (_case, environment) => {
    await expect(environmentOrCiDefault(undefined, environment)).rejects.toMatchObject({ message: expect.stringMatching(/^--env is required here/), where: { input: '--env' } });
  });
});

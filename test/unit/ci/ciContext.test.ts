import { describe, expect, it } from 'vitest';
import { ciAnnotations, deployDescription } from '../../../src/ci/ciContext.js';
import { githubContext } from '../../../src/ci/github/githubContext.js';
import { gitlabContext } from '../../../src/ci/gitlab/gitlabContext.js';
import { registryFromEnvironment } from '../../../src/ci/registryEnvironment.js';
import { convergeDotenv, dotenvText } from '../../../src/ci/dotenvOutputs.js';

const github = {
  GITHUB_ACTIONS: 'true',
  GITHUB_REPOSITORY: 'acme/shop',
  GITHUB_RUN_ID: '4242',
  GITHUB_SHA: 'merge000',
  GITHUB_ACTOR: 'octocat',
  GITHUB_SERVER_URL: 'https://github.com',
};
const prEvent = (headRepo: string | null) => ({ number: 7, pull_request: { number: 7, head: { sha: 'head111', repo: headRepo === null ? null : { full_name: headRepo } }, base: { repo: { full_name: 'acme/shop' } } } });

describe('githubContext', () => {
  it.each([
    ['push', 'push', undefined, { commit: 'merge000', defaultEnv: undefined, changeRequest: undefined }],
    ['pull request from the repository', 'pull_request', prEvent('acme/shop'), { commit: 'head111', defaultEnv: 'pr-7', changeRequest: { number: 7, headSha: 'head111', fromFork: false } }],
    ['pull request from a fork', 'pull_request', prEvent('someone/shop'), { commit: 'head111', defaultEnv: 'pr-7', changeRequest: { number: 7, headSha: 'head111', fromFork: true } }],
    ['pull_request_target from a deleted fork', 'pull_request_target', prEvent(null), { commit: 'head111', defaultEnv: 'pr-7', changeRequest: { number: 7, headSha: 'head111', fromFork: true } }],
    ['pull request event without a payload', 'pull_request', undefined, { commit: 'merge000', defaultEnv: undefined, changeRequest: undefined }],
  ])('%s', (_, eventName, event, expected) => {
    const context = githubContext({ ...github, GITHUB_EVENT_NAME: eventName }, event);
    expect(context.commit).toBe(expected.commit);
    expect(context.defaultEnv).toBe(expected.defaultEnv);
    expect(context.changeRequest).toEqual(expected.changeRequest);
    expect(context.runUrl).toBe('https://github.com/acme/shop/actions/runs/4242');
  });

  it('links a re-run attempt', () => {
    expect(githubContext({ ...github, GITHUB_RUN_ATTEMPT: '3' }, undefined).runUrl).toBe('https://github.com/acme/shop/actions/runs/4242/attempts/3');
  });

  it('gives annotations and a lock description', () => {
    const context = githubContext({ ...github, GITHUB_EVENT_NAME: 'pull_request' }, prEvent('acme/shop'));
    expect(ciAnnotations(context)).toEqual({
      'ci.slipway.io/commit': 'head111',
      'ci.slipway.io/run-url': 'https://github.com/acme/shop/actions/runs/4242',
      'ci.slipway.io/repository': 'acme/shop',
      'ci.slipway.io/actor': 'octocat',
      'ci.slipway.io/change-request': '7',
    });
    expect(deployDescription('slipway converge', context)).toBe('slipway converge (GitHub run 4242, acme/shop)');
    expect(deployDescription('slipway converge', { provider: 'none' })).toBe('slipway converge');
  });
});

describe('gitlabContext', () => {
  const gitlab = { GITLAB_CI: 'true', CI_PROJECT_PATH: 'acme/shop', CI_COMMIT_SHA: 'abc', CI_JOB_ID: '77', CI_JOB_URL: 'https://gitlab.example.com/acme/shop/-/jobs/77', GITLAB_USER_LOGIN: 'dev', CI_PROJECT_ID: '5' };
  it.each([
    ['branch pipeline', {}, undefined, undefined],
    ['merge request pipeline', { CI_MERGE_REQUEST_IID: '12', CI_MERGE_REQUEST_PROJECT_ID: '5', CI_MERGE_REQUEST_SOURCE_PROJECT_ID: '5' }, 'mr-12', { number: 12, headSha: 'abc', fromFork: false }],
    ['merge request from a fork', { CI_MERGE_REQUEST_IID: '12', CI_MERGE_REQUEST_PROJECT_ID: '5', CI_MERGE_REQUEST_SOURCE_PROJECT_ID: '9' }, 'mr-12', { number: 12, headSha: 'abc', fromFork: true }],
    ['review app job', { CI_MERGE_REQUEST_IID: '12', CI_ENVIRONMENT_SLUG: 'review-feature-x-2kd8' }, 'review-feature-x-2kd8', { number: 12, headSha: 'abc', fromFork: false }],
  ])('%s', (_, extra, defaultEnv, changeRequest) => {
    const context = gitlabContext({ ...gitlab, ...extra });
    expect(context).toMatchObject({ provider: 'gitlab', repository: 'acme/shop', commit: 'abc', runLabel: 'GitLab job 77', runUrl: gitlab.CI_JOB_URL, actor: 'dev' });
    expect(context.defaultEnv).toBe(defaultEnv);
    expect(context.changeRequest).toEqual(changeRequest);
  });
});

describe('registryFromEnvironment', () => {
  const gitlab = { GITLAB_CI: 'true', CI_REGISTRY: 'registry.gitlab.example.com', CI_REGISTRY_IMAGE: 'registry.gitlab.example.com/acme/shop', CI_REGISTRY_USER: 'gitlab-ci-token', CI_REGISTRY_PASSWORD: 'job-token' };
  it.each([
    ['nothing', {}, undefined, {}],
    ['slipway variables', { SLIPWAY_REPO: 'ghcr.io/acme/shop', SLIPWAY_REGISTRY_USERNAME: 'u', SLIPWAY_REGISTRY_PASSWORD: 'p', SLIPWAY_BUILD_NETWORK: 'host' }, undefined, { repo: 'ghcr.io/acme/shop', username: 'u', password: 'p', network: 'host' }],
    ['GitLab project registry', gitlab, undefined, { repo: 'registry.gitlab.example.com/acme/shop', username: 'gitlab-ci-token', password: 'job-token' }],
    ['GitLab job token never sent to another registry', gitlab, 'ghcr.io/acme/shop', { repo: 'ghcr.io/acme/shop' }],
    ['slipway credentials win over the job token', { ...gitlab, SLIPWAY_REGISTRY_USERNAME: 'bot', SLIPWAY_REGISTRY_PASSWORD: 'pat' }, undefined, { repo: gitlab.CI_REGISTRY_IMAGE, username: 'bot', password: 'pat' }],
    ['GitLab job token when the job has no CI_REGISTRY_PASSWORD', { GITLAB_CI: 'true', CI_REGISTRY: gitlab.CI_REGISTRY, CI_REGISTRY_IMAGE: gitlab.CI_REGISTRY_IMAGE, CI_JOB_TOKEN: 'job-token' }, undefined, { repo: gitlab.CI_REGISTRY_IMAGE, username: 'gitlab-ci-token', password: 'job-token' }],
    ['GitLab job token never sent to a registry named by SLIPWAY_REPO', { GITLAB_CI: 'true', CI_REGISTRY: gitlab.CI_REGISTRY, CI_JOB_TOKEN: 'job-token', SLIPWAY_REPO: 'docker.io/acme/shop' }, undefined, { repo: 'docker.io/acme/shop' }],
    ['GitLab registry without any token', { GITLAB_CI: 'true', CI_REGISTRY: gitlab.CI_REGISTRY, CI_REGISTRY_IMAGE: gitlab.CI_REGISTRY_IMAGE }, undefined, { repo: gitlab.CI_REGISTRY_IMAGE }],
    ['CI_REGISTRY_IMAGE outside GitLab is ignored', { CI_REGISTRY_IMAGE: 'x.example.com/y' }, undefined, {}],
  ])('%s', (_, env, override, expected) => {
    const access = registryFromEnvironment(env, override);
    expect({ ...access, ...(access.password ? { password: access.password.reveal() } : {}) }).toEqual(expected);
    expect(JSON.stringify(access)).not.toContain('job-token');
  });
});

describe('dotenv outputs', () => {
  it('writes one line per output and skips missing ones', () => {
    expect(convergeDotenv({ release: 'shop-pr-7', namespace: 'shop-pr-7', revision: 2, status: 'deployed', url: 'https://pr-7.shop.example.com' })).toBe(
      'SLIPWAY_RELEASE=shop-pr-7\nSLIPWAY_NAMESPACE=shop-pr-7\nSLIPWAY_REVISION=2\nSLIPWAY_STATUS=deployed\nSLIPWAY_ENVIRONMENT_URL=https://pr-7.shop.example.com\n',
    );
    expect(convergeDotenv({ release: 'r', namespace: 'n', status: 'failed' })).toBe('SLIPWAY_RELEASE=r\nSLIPWAY_NAMESPACE=n\nSLIPWAY_STATUS=failed\n');
  });
  it('refuses what GitLab would drop', () => {
    expect(() => dotenvText({ A: 'two\nlines' })).toThrow(/spans lines/);
    expect(() => dotenvText({ 'A-B': 'x' })).toThrow(/not a variable name/);
  });
});

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { agentKubeContext, gitlabJobKubeContext, isAgentContext, readKubeconfigContexts } from '../../../src/ci/gitlab/agentKubeContext.js';
import { SlipwayError } from '../../../src/core/errors/slipwayError.js';

const agents = { contexts: ['acme/agents:staging', 'acme/infra/agents:prod'] };

describe('agentKubeContext', () => {
  it.each([
    ['KUBE_CONTEXT chosen among the agents', { KUBE_CONTEXT: 'acme/infra/agents:prod' }, agents, 'acme/infra/agents:prod'],
    ['KUBE_CONTEXT without a readable kubeconfig is passed on', { KUBE_CONTEXT: 'acme/agents:staging' }, undefined, 'acme/agents:staging'],
    ['the only agent context', {}, { contexts: ['acme/agents:staging'] }, 'acme/agents:staging'],
    ['a current context is left to the kubeconfig', {}, { ...agents, current: 'acme/agents:staging' }, undefined],
    ['no agent contexts: the kubeconfig decides', {}, { contexts: ['kind-kind', 'arn:aws:eks:eu-west-1:1:cluster/shop'] }, undefined],
    ['no kubeconfig', {}, undefined, undefined],
    ['an empty KUBE_CONTEXT counts as unset', { KUBE_CONTEXT: '' }, { contexts: ['acme/agents:staging'] }, 'acme/agents:staging'],
  ])('%s', (_, env, kubeconfig, expected) => {
    expect(agentKubeContext(env, kubeconfig)).toBe(expected);
  });

  it('names the variable and lists the contexts when KUBE_CONTEXT is not one of them', () => {
    const error = (() => {
      try {
        agentKubeContext({ KUBE_CONTEXT: 'acme/agents:prod' }, agents);
      } catch (caught) {
        return caught as SlipwayError;
      }
      throw new Error('no error');
    })();
    expect(error).toBeInstanceOf(SlipwayError);
    expect(error.message).toBe('KUBE_CONTEXT "acme/agents:prod" is not a context of $KUBECONFIG (it has acme/agents:staging, acme/infra/agents:prod)');
    expect(error.where).toEqual({ input: 'KUBE_CONTEXT' });
  });

  it('asks to choose among several agent contexts', () => {
    expect(() => agentKubeContext({}, agents)).toThrow('$KUBECONFIG has 2 GitLab agent contexts and no current one: acme/agents:staging, acme/infra/agents:prod');
  });

  it.each([
    ['acme/agents:staging', true],
    ['group/sub/project:agent-1', true],
    ['kind-kind', false],
    ['arn:aws:eks:eu-west-1:123:cluster/shop', false],
    ['project:agent', false],
  ])('%s is an agent context: %s', (name, expected) => {
    expect(isAgentContext(name)).toBe(expected);
  });
});

describe('readKubeconfigContexts / gitlabJobKubeContext', () => {
  const dir = mkdtempSync(join(tmpdir(), 'agent-kubeconfig-'));
  const agentFile = join(dir, 'agent.yaml');
  writeFileSync(agentFile, 'apiVersion: v1\nkind: Config\nclusters: []\nusers: []\ncontexts:\n  - name: acme/agents:staging\n    context: { cluster: gitlab, user: agent:1 }\n');
  const localFile = join(dir, 'local.yaml');
  writeFileSync(localFile, 'apiVersion: v1\nkind: Config\ncurrent-context: kind-kind\ncontexts:\n  - name: kind-kind\n    context: { cluster: kind, user: kind }\n');

  it('reads the contexts of every file in $KUBECONFIG, the first current-context', () => {
    expect(readKubeconfigContexts({ KUBECONFIG: `${agentFile}:${join(dir, 'missing.yaml')}:${localFile}` })).toEqual({ contexts: ['acme/agents:staging', 'kind-kind'], current: 'kind-kind' });
    expect(readKubeconfigContexts({ KUBECONFIG: join(dir, 'missing.yaml') })).toBeUndefined();
    expect(readKubeconfigContexts({})).toBeUndefined();
  });

  it('chooses the agent context only in GitLab CI', () => {
    expect(gitlabJobKubeContext({ GITLAB_CI: 'true', KUBECONFIG: agentFile })).toBe('acme/agents:staging');
    expect(gitlabJobKubeContext({ KUBECONFIG: agentFile })).toBeUndefined();
    expect(gitlabJobKubeContext({ GITLAB_CI: 'true', KUBECONFIG: localFile })).toBeUndefined();
  });
});

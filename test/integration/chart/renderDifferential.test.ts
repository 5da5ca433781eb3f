/**
 * `slipway render` against the real `helm template` (helm v4 of the test bed, SLIPWAY_HELM4): the
 * `helm create` scaffold with several values sets, every chart of helm's own test data that helm renders,
 * and purpose-written charts. Output bytes must be identical; for failures, slipway's message must start
 * with helm's error text.
 */
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runHelmTemplate, runSlipwayRender } from '../../support/renderDifferential.js';
import { renderCases, type RenderCase } from './renderCases.js';

const helm = process.env.SLIPWAY_HELM4 ?? `${process.env.HOME}/.cache/slipway/helm-v4.3.1/helm`;
const fixtures = fileURLToPath(new URL('../../fixtures/charts/', import.meta.url));

type Case = RenderCase;

const scaffold: Case[] = [
  { name: 'scaffold defaults', args: ['scaffold'] },
  { name: 'scaffold named release in a namespace', args: ['shop', 'scaffold', '-n', 'prod'] },
  { name: 'scaffold ingress and autoscaling', args: ['scaffold', '--set', 'ingress.enabled=true,autoscaling.enabled=true,autoscaling.targetMemoryUtilizationPercentage=70'] },
  { name: 'scaffold values file', args: ['web', 'scaffold', '-f', 'values/scaffold-prod.yaml'] },
  { name: 'scaffold set-string and set-json', args: ['scaffold', '--set-string', 'image.tag=1.0', '--set-json', 'podAnnotations={"a":"b","n":1}', '--set-json', 'tolerations=[{"key":"k","operator":"Exists"}]'] },
  { name: 'scaffold no service account, upgrade', args: ['scaffold', '--set', 'serviceAccount.create=false', '--is-upgrade'] },
  { name: 'scaffold show-only', args: ['scaffold', '--show-only', 'templates/service.yaml', '-s', 'templates/deployment.yaml'] },
  { name: 'scaffold show-only missing', args: ['scaffold', '--show-only', 'templates/nope.yaml'] },
  { name: 'scaffold skip-tests', args: ['scaffold', '--skip-tests'] },
  { name: 'scaffold kube-version and api-versions', args: ['scaffold', '--kube-version', '1.25.3', '--api-versions', 'gateway.networking.k8s.io/v1', '--set', 'httpRoute.enabled=true'] },
  { name: 'scaffold null deletes a default', args: ['scaffold', '--set', 'resources=null,podSecurityContext=null'] },
];

const helmTestdata: Case[] = readdirSync(`${fixtures}helm-testdata`)
  .sort()
  .map((n) => ({ name: `helm testdata ${n}`, args: [`helm-testdata/${n}`] }));

// Every written chart with default values, unless a case below covers its default render.
const written: Case[] = readdirSync(`${fixtures}written`)
  .sort()
  .filter((n) => !renderCases.some((c) => c.args.length === 1 && c.args[0] === `written/${n}`))
  .map((n) => ({ name: `written ${n}`, args: [`written/${n}`] }));

const extra: Case[] = renderCases;

describe.skipIf(!existsSync(helm))('slipway render is byte-identical to helm template', () => {
  for (const c of [...scaffold, ...helmTestdata, ...written, ...extra]) {
    (c.engineGap ? it.fails : it)(c.engineGap ? `${c.name} (engine gap: ${c.engineGap})` : c.name, async () => {
      const want = runHelmTemplate(helm, c.args, fixtures);
      const got = await runSlipwayRender(c.args, fixtures);
      if (c.ownError) {
        expect(want.ok).toBe(false);
        expect(got.ok).toBe(false);
        expect(got.error).toMatch(c.ownError.pattern);
        return;
      }
      if (!want.ok) {
        expect(got.ok, `helm failed with: ${want.error}`).toBe(false);
        expect(got.error.startsWith(want.error) || got.error.includes(want.error), `helm: ${want.error}\nslipway: ${got.error}`).toBe(true);
        return;
      }
      expect(got.error).toBe('');
      expect(got.stdout).toBe(want.stdout);
    });
  }
});

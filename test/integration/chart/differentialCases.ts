/** Every `slipway render` argument list compared with `helm template` (fixtures relative to `fixtures`). */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderCases, type RenderCase } from './renderCases.js';

export const fixtures = fileURLToPath(new URL('../../fixtures/charts/', import.meta.url));

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

export const differentialCases: Case[] = [...scaffold, ...helmTestdata, ...written, ...extra];

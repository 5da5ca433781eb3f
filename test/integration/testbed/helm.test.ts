import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNamespace, deleteNamespace, run, testbedVar } from '../../support/testbedEnv.js';

// Proves the helm binaries of the test bed (the compatibility oracles) work against its cluster.
let namespace: string;
let workdir: string;
beforeAll(async () => {
  namespace = await createNamespace('helm');
  workdir = mkdtempSync(join(tmpdir(), 'slipway-helm-'));
});
afterAll(async () => {
  if (namespace) await deleteNamespace(namespace);
});

async function helm(binary: string, args: string[]): Promise<string> {
  const result = await run(binary, args, { cwd: workdir, env: { ...process.env, HELM_CACHE_HOME: join(workdir, 'cache'), HELM_CONFIG_HOME: join(workdir, 'config'), HELM_DATA_HOME: join(workdir, 'data') } });
  if (result.code !== 0) throw new Error(`helm ${args.join(' ')} failed (${result.code}):\n${result.stderr}`);
  return result.stdout;
}

describe('helm against the test bed', () => {
  it('reports the pinned versions', async () => {
    expect(await helm(testbedVar('SLIPWAY_HELM4'), ['version', '--template', '{{.Version}}'])).toBe('v4.3.1');
    expect(await helm(testbedVar('SLIPWAY_HELM3'), ['version', '--template', '{{.Version}}'])).toBe('v3.22.0');
  });

  for (const [label, variable] of [['v4', 'SLIPWAY_HELM4'], ['v3', 'SLIPWAY_HELM3']] as const) {
    it(`installs a 'helm create' chart with helm ${label} --wait and lists it`, async () => {
      const binary = testbedVar(variable);
      const chart = `demo${label}`;
      await helm(binary, ['create', chart]);
      await helm(binary, ['install', `smoke-${label}`, chart, '-n', namespace, '--wait', '--timeout', '120s']);
      const list = JSON.parse(await helm(binary, ['list', '-n', namespace, '-o', 'json'])) as Array<{ name: string; status: string; revision: string }>;
      const release = list.find((r) => r.name === `smoke-${label}`);
      expect(release?.status).toBe('deployed');
      expect(release?.revision).toBe('1');
    });
  }
});

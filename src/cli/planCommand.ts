import { readFileSync } from 'node:fs';
import { CommanderError } from 'commander';
import { SlipwayError } from '../core/errors/slipwayError.js';
import type { DeployInput } from '../core/deploy/deployInput.js';
import { documentsOfHelmOutput } from '../core/deploy/manifestResources.js';
import { planRelease } from '../core/deploy/planRelease.js';
import { environmentInput, type EnvironmentFlags } from '../core/converge/environmentInput.js';
import { werfSecretKeyFromEnvironment, type KubeFlags } from './flags.js';
import { maskSecrets } from '../core/werf/werfSecretValues.js';
import { kubeTarget } from './kubeTarget.js';
import { keyValues } from './keyValueFlags.js';
import { registryFromEnvironment } from '../ci/registryEnvironment.js';

// Decrypted werf secrets never reach the output (a ConfigMap's diff could show them).
let revealed: string[] = [];
const out = (line: string) => void process.stdout.write(`${revealed.length > 0 ? maskSecrets(line, revealed) : line}\n`);

/** The terminal edge of `slipway plan`: per-resource diffs; exit code 2 when anything would change. */
export async function runPlan(
  flags: Omit<EnvironmentFlags, 'env'> & KubeFlags & { env?: string; rendered?: string; output: 'text' | 'json'; releaseStorageNamespace?: string; releaseStorageType: 'secret' | 'configmap'; addLabel: string[]; addAnnotation: string[] },
): Promise<void> {
  let input: DeployInput;
  const { client, namespace: contextNamespace } = kubeTarget(flags);
  try {
    if (flags.rendered !== undefined) {
      if (!flags.release) throw new SlipwayError('input', '--rendered needs --release', { where: { input: '--release' }, hint: 'name the release the manifests belong to' });
      const text = readFileSync(flags.rendered === '-' ? 0 : flags.rendered, 'utf8');
      const { documents, crds } = documentsOfHelmOutput(text);
      input = { release: flags.release, namespace: flags.namespace ?? contextNamespace, chart: { metadata: {} }, config: {}, documents, crds };
    } else {
      if (flags.env === undefined) throw new SlipwayError('input', 'either --env or --rendered is required', { where: { input: '--env' }, hint: 'plan an environment of slipway.yaml (--env staging) or rendered manifests (--rendered out.yaml --release x)' });
      const prepared = (
        await environmentInput({ ...flags, env: flags.env }, {
          build: false,
          log: (l) => void process.stderr.write(`${l}\n`),
          warn: (m) => void process.stderr.write(`warning: ${m}\n`),
          cluster: client,
          registry: registryFromEnvironment(process.env),
          werfSecretKey: werfSecretKeyFromEnvironment(process.env),
          releaseStorage: { type: flags.releaseStorageType, ...(flags.releaseStorageNamespace ? { namespace: flags.releaseStorageNamespace } : {}) },
        })
      );
      input = prepared.input;
      revealed = prepared.revealedSecrets ?? [];
    }
    const plan = await planRelease(input, {
      client,
      timeoutMs: 120_000,
      storageType: flags.releaseStorageType,
      ...(flags.releaseStorageNamespace ? { storageNamespace: flags.releaseStorageNamespace } : {}),
      addLabels: keyValues(flags.addLabel, '--add-label'),
      addAnnotations: keyValues(flags.addAnnotation, '--add-annotation'),
    });
    if (flags.output === 'json') out(JSON.stringify(plan, null, 2));
    else {
      out(`plan for release ${plan.release} in ${plan.namespace} (${plan.operation}):`);
      for (const e of plan.entries) {
        out(`${e.action.padEnd(9)} ${e.resource}${e.source ? `  (${e.source})` : ''}${e.reason ? `  — ${e.reason}` : ''}`);
        for (const line of e.diff) out(`    ${line}`);
      }
      const counts = new Map<string, number>();
      for (const e of plan.entries) counts.set(e.action, (counts.get(e.action) ?? 0) + 1);
      out(`${[...counts].map(([a, n]) => `${n} ${a}`).join(', ') || 'nothing to deploy'}${plan.hasChanges ? '' : ' — no changes'}`);
    }
    if (plan.hasChanges) throw new CommanderError(2, 'slipway.plan.changes', '');
  } finally {
    client.close();
  }
}

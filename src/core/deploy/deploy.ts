import { SlipwayError } from '../errors/slipwayError.js';
import { cliInputNames, type InputNames } from '../errors/inputNames.js';
import type { DeployInput } from './deployInput.js';
import { describeObject, parseDocuments, releaseManifestText, requireUnique } from './manifestResources.js';
import { trackingSpecOf } from '../track/trackingSpec.js';
import { releaseHooks } from './hookRunner.js';
import { runReleaseOperation, type DesiredRelease, type OperationOptions, type OperationResult } from './releaseOperation.js';
import { isDnsLabel } from '../names.js';
import { explainKubeError } from '../kube/kubeErrorExplained.js';

/** Validates the input and turns rendered documents into the desired release (pure; no cluster). */
export function desiredRelease(input: DeployInput, inputNames: InputNames = cliInputNames): DesiredRelease {
  if (!/^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/.test(input.release) || input.release.length > 53) {
    throw new SlipwayError('input', `release name "${input.release}" is invalid`, { where: { input: inputNames.release }, hint: 'use at most 53 lowercase letters, digits, "-" and ".", starting and ending with a letter or digit (Helm\'s rule)' });
  }
  if (!isDnsLabel(input.namespace)) {
    throw new SlipwayError('input', `namespace "${input.namespace}" is invalid`, { where: { input: inputNames.namespace }, hint: 'use at most 63 lowercase letters, digits and "-"' });
  }
  const parsed = parseDocuments(input.documents);
  // Tracking annotations are checked before anything is applied: a typo never half-deploys a release.
  for (const r of parsed) trackingSpecOf(r.object.metadata.annotations, { resource: describeObject(r.object, input.namespace), file: r.source, ...(r.line !== undefined ? { line: r.line } : {}) });
  const resources = parsed.filter((r) => !r.hook);
  requireUnique(resources, input.namespace);
  return {
    resources,
    hooks: releaseHooks(parsed),
    crds: parseDocuments(input.crds ?? []),
    manifest: releaseManifestText(resources),
    chart: input.chart,
    config: input.config,
    ...(input.notes ? { notes: input.notes } : {}),
  };
}

/**
 * Deploys rendered chart output as a Helm-compatible release: install or upgrade, under the release
 * lock, with hooks, ordered parallel apply, deletions, readiness and failure handling. Converge calls
 * this with the renderer's output; bundles and tests can call it with any rendered documents.
 */
export async function deploy(input: DeployInput, options: OperationOptions): Promise<OperationResult> {
  const desired = desiredRelease(input, options.inputNames);
  try {
    return await runReleaseOperation(input.release, input.namespace, desired, options);
  } catch (error) {
    throw explainKubeError(error, `deploying release ${input.release}`);
  }
}

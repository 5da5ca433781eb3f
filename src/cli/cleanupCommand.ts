import { writeFile } from 'node:fs/promises';
import { registryFromEnvironment } from '../ci/registryEnvironment.js';
import { cleanupReportJson, cleanupReportLines } from '../core/cleanup/cleanupReport.js';
import { runCleanup, type ImageDeleter, type KubeTarget } from '../core/cleanup/runCleanup.js';
import type { ImageRepository } from '../core/registry/imageRepository.js';
import { keepMatches } from '../core/cleanup/keepList.js';
import { SlipwayError } from '../core/errors/slipwayError.js';
import { kubeClientsForContexts } from '../core/kube/kubeContexts.js';
import { githubPackagesDeleter } from '../ci/github/packagesDeleter.js';
import { gitlabRegistryDeleter } from '../ci/gitlab/registryDeleter.js';
import { SecretValue } from '../core/secretValue.js';

/** The flags of `slipway cleanup` (declared in commands/cleanup.ts). */
export interface CleanupFlags {
  repo?: string;
  dryRun?: boolean;
  kubeContext: string[];
  kubeconfig?: string;
  withoutKube?: boolean;
  fetch?: boolean;
  keep: string[];
  keepBuiltWithinHours?: string;
  config?: string;
  report?: string;
  insecureRegistry?: boolean;
  parallel: string;
  githubToken?: string;
}

/** The terminal edge of `slipway cleanup`: flags → runCleanup → printed report and JSON file. */
export async function runCleanupCommand(flags: CleanupFlags): Promise<void> {
  const registry = registryFromEnvironment(process.env, flags.repo);
  if (!registry.repo) throw new SlipwayError('input', 'no image repository given', { where: { input: '--repo' }, hint: 'pass --repo <registry>/<path> or set SLIPWAY_REPO' });
  const parallelism = Number(flags.parallel);
  if (!Number.isInteger(parallelism) || parallelism < 1) throw new SlipwayError('input', `--parallel must be a positive whole number, not "${flags.parallel}"`, { where: { input: '--parallel' } });
  let keepBuiltWithinHours: number | undefined;
  if (flags.keepBuiltWithinHours !== undefined) {
    keepBuiltWithinHours = Number(flags.keepBuiltWithinHours);
    if (!Number.isInteger(keepBuiltWithinHours) || keepBuiltWithinHours < 0) throw new SlipwayError('input', `--keep-built-within-hours must be a whole number of hours (0 disables), not "${flags.keepBuiltWithinHours}"`, { where: { input: '--keep-built-within-hours' } });
  }
  if (flags.withoutKube && flags.kubeContext.length > 0) throw new SlipwayError('input', '--without-kube and --kube-context contradict each other', { where: { input: '--without-kube' } });
  let kube: KubeTarget[] | 'without-kube' = 'without-kube';
  if (!flags.withoutKube) {
    kube = kubeClientsForContexts(
      {
        ...(flags.kubeconfig !== undefined ? { kubeconfigPath: flags.kubeconfig } : {}),
        ...(flags.kubeconfig === undefined && process.env.SLIPWAY_KUBECONFIG_BASE64 ? { kubeconfigBase64: process.env.SLIPWAY_KUBECONFIG_BASE64 } : {}),
      },
      flags.kubeContext,
    );
  }
  const token = flags.githubToken ?? process.env.SLIPWAY_GITHUB_TOKEN ?? process.env.GITHUB_TOKEN;
  const out = (line: string): void => void process.stdout.write(`${line}\n`);
  try {
    const result = await runCleanup({
      dir: process.cwd(),
      ...(flags.config !== undefined ? { configFile: flags.config } : {}),
      repo: registry.repo,
      ...(registry.username !== undefined ? { username: registry.username } : {}),
      ...(registry.password !== undefined ? { password: registry.password } : {}),
      ...(flags.insecureRegistry ? { insecureRegistry: true } : {}),
      dryRun: flags.dryRun ?? false,
      kube,
      fetch: flags.fetch ?? false,
      keep: keepMatches(flags.keep, '--keep'),
      ...(keepBuiltWithinHours !== undefined ? { keepBuiltWithinHours } : {}),
      parallelism,
      deleter: registryApiDeleter(token, process.env),
      log: { info: out, warning: (message) => void process.stderr.write(`warning: ${message}\n`) },
    });
    for (const line of cleanupReportLines(result)) out(line);
    if (flags.report) await writeFile(flags.report, cleanupReportJson(result));
  } finally {
    if (kube !== 'without-kube') for (const target of kube) target.client.close();
  }
}

/** ghcr.io through the GitHub API (with a token), the GitLab project's registry through GitLab's API (with SLIPWAY_GITLAB_TOKEN). */
function registryApiDeleter(githubToken: string | undefined, env: NodeJS.ProcessEnv): (repository: ImageRepository) => ImageDeleter | undefined {
  const github = githubToken ? githubPackagesDeleter(new SecretValue(githubToken), env) : undefined;
  const gitlab = env.SLIPWAY_GITLAB_TOKEN ? gitlabRegistryDeleter(new SecretValue(env.SLIPWAY_GITLAB_TOKEN), env) : undefined;
  return (repository) => github?.(repository) ?? gitlab?.(repository);
}

import { writeFile } from 'node:fs/promises';
import { SlipwayError } from '../core/errors/slipwayError.js';
import { buildImages, type BuildLog } from '../core/images/buildImages.js';
import { buildReportDotenv, buildReportJson, buildSummaryLines } from '../core/images/buildReport.js';
import type { BuildResult } from '../core/images/buildResult.js';
import type { BuilderChoice } from '../core/images/builders/chooseBuilder.js';
import { registryFromEnvironment } from '../ci/registryEnvironment.js';

/** The flags of `slipway build` (declared in commands/build.ts). */
export interface BuildFlags {
  repo?: string;
  builder: BuilderChoice;
  dev?: boolean;
  commit?: string;
  config?: string;
  report?: string;
  dotenv?: string;
  parallel: string;
  network?: string;
  cacheRepo?: string;
  insecureRegistry?: boolean;
  requireBuiltImages?: boolean;
}

/** The terminal edge of `slipway build`: flags → buildImages → printed summary and report files. */
export async function runBuildCommand(
  images: string[],
  flags: BuildFlags,
): Promise<void> {
  const registry = registryFromEnvironment(process.env, flags.repo);
  const repo = registry.repo;
  if (!repo) throw new SlipwayError('input', 'no image repository given', { where: { input: '--repo' }, hint: 'pass --repo <registry>/<path> or set SLIPWAY_REPO' });
  const parallelism = Number(flags.parallel);
  if (!Number.isInteger(parallelism) || parallelism < 1) throw new SlipwayError('input', `--parallel must be a positive whole number, not "${flags.parallel}"`, { where: { input: '--parallel' } });
  const out = (line: string): void => void process.stdout.write(`${line}\n`);
  const log: BuildLog = {
    info: (message) => out(message),
    warning: (message) => process.stderr.write(`warning: ${message}\n`),
    imageStarted: (image) => out(`[${image}] building`),
    imageOutput: (image, line) => out(`[${image}] ${line}`),
    imageFinished: (image, ok) => out(`[${image}] ${ok ? 'pushed' : 'FAILED'}`),
  };
  let result: BuildResult;
  try {
    result = await buildImages({
      dir: process.cwd(),
      repo,
      ...(flags.commit !== undefined ? { commit: flags.commit } : {}),
      dev: flags.dev ?? false,
      ...(flags.config !== undefined ? { configFile: flags.config } : {}),
      images,
      builder: flags.builder,
      requireBuiltImages: flags.requireBuiltImages ?? false,
      ...(registry.username !== undefined ? { username: registry.username } : {}),
      ...(registry.password !== undefined ? { password: registry.password } : {}),
      ...(flags.insecureRegistry ? { insecureRegistry: true } : {}),
      parallelism,
      ...((flags.network ?? registry.network) ? { network: flags.network ?? registry.network! } : {}),
      ...(flags.cacheRepo ? { cacheRepository: flags.cacheRepo } : {}),
      log,
    });
  } catch (error) {
    const partial = (error as { partialResult?: BuildResult }).partialResult;
    if (partial) await writeReports(partial, flags);
    throw error;
  }
  for (const line of buildSummaryLines(result)) out(line);
  out(`registry requests: ${result.registryRequests.total} (${Object.entries(result.registryRequests.byKind).map(([kind, n]) => `${kind} ${n}`).join(', ')})`);
  await writeReports(result, flags);
}

async function writeReports(result: BuildResult, flags: { report?: string; dotenv?: string }): Promise<void> {
  if (flags.report) await writeFile(flags.report, buildReportJson(result));
  if (flags.dotenv) await writeFile(flags.dotenv, buildReportDotenv(result));
}

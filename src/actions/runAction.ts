import * as core from '@actions/core';
import { formatError, formatLocation, locationNotInMessage, SlipwayError } from '../core/errors/slipwayError.js';
import { ReportedFailure } from './reportedFailure.js';

/**
 * Every action is a module exporting `run()` (the actions/typescript-action convention, so
 * @github/local-action can run it from source); the bundle's thin entries load it by name. A new
 * action: a module here exporting `run = () => actionStep('<name>', body)`, a line below, its name in
 * scripts/bundle.mjs `actionNames`, and actions/<name>/action.yml with `main` and `post`.
 */
const actionModules = {
  converge: () => import('./converge.js'),
  'build-images': () => import('./buildImages.js'),
  plan: () => import('./plan.js'),
  dismiss: () => import('./dismiss.js'),
  cleanup: () => import('./cleanup.js'),
  'bundle-publish': () => import('./bundlePublish.js'),
  'bundle-apply': () => import('./bundleApply.js'),
} satisfies Record<string, () => Promise<{ run(): Promise<void> }>>;

export type ActionName = keyof typeof actionModules;

/** The bundle's entry for `runs.main`: loads only the action that runs (dynamic imports keep start-up small). */
export async function runAction(name: ActionName): Promise<void> {
  await (await actionModules[name]()).run();
}

/** The bundle's entry for `runs.post`: every action's post step removes the step's credential files. */
export async function runActionPost(): Promise<void> {
  await (await import('./credentialsPost.js')).run();
}

/**
 * The GitHub runner protocol around an action's body: a failure becomes an `::error::` annotation (with
 * file and line when the error has them), a failed step and a job summary saying what to do.
 */
export async function actionStep(name: string, body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (error) {
    if (error instanceof ReportedFailure) {
      // Annotated and summarised from the delivery report already.
      // Not setFailed: that would add one more error annotation repeating the first.
      process.exitCode = 1;
      core.info(`slipway ${name} failed: ${error.cause instanceof Error ? error.cause.message : String(error.cause)}`);
      return;
    }
    if (error instanceof SlipwayError) {
      const { file, line, column } = error.where;
      const title = formatLocation({ ...error.where, file: undefined }) || `slipway ${name}`;
      core.error(error.hint ? `${error.message}\nhint: ${error.hint}` : error.message, {
        title,
        ...(file ? { file } : {}),
        ...(line !== undefined ? { startLine: line } : {}),
        ...(column !== undefined ? { startColumn: column } : {}),
      });
      core.setFailed(`slipway ${name} failed: ${error.message}`);
    } else {
      core.setFailed(formatError(error));
    }
    await writeFailureSummary(name, error);
  }
}

const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The job summary says what failed and what to do, so nobody has to dig through the log for it. */
async function writeFailureSummary(name: string, error: unknown): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  const summary = core.summary.addHeading(`slipway ${name} failed`, 2);
  if (error instanceof SlipwayError) {
    const location = locationNotInMessage(error);
    summary.addRaw(`<p>${location ? `<code>${escapeHtml(location)}</code>: ` : ''}${escapeHtml(error.message)}</p>`, true);
    if (error.hint) summary.addRaw(`<p>${escapeHtml(error.hint)}</p>`, true);
  } else {
    summary.addCodeBlock(formatError(error));
  }
  await summary.write();
}

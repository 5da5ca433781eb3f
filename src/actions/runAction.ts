import * as core from '@actions/core';
import { formatError, formatLocation, SlipwayError } from '../core/errors/slipwayError.js';

export type ActionName = 'converge' | 'build-images' | 'dismiss' | 'cleanup' | 'bundle-publish' | 'bundle-apply';

/** Loads only the action that runs (dynamic imports keep each action's start-up small). */
async function loadAction(name: ActionName): Promise<() => Promise<void>> {
  switch (name) {
    case 'converge':
      return (await import('./converge.js')).convergeAction;
    case 'build-images':
      return (await import('./buildImages.js')).buildImagesAction;
    case 'dismiss':
      return (await import('./dismiss.js')).dismissAction;
    case 'cleanup':
      return (await import('./cleanup.js')).cleanupAction;
    case 'bundle-publish':
      return (await import('./bundlePublish.js')).bundlePublishAction;
    case 'bundle-apply':
      return (await import('./bundleApply.js')).bundleApplyAction;
  }
}

/**
 * The GitHub runner protocol edge: runs one action and turns a failure into an `::error::` annotation
 * (with file and line when the error has them) and a failed step.
 */
export async function runAction(name: ActionName): Promise<void> {
  try {
    const action = await loadAction(name);
    await action();
  } catch (error) {
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
async function writeFailureSummary(name: ActionName, error: unknown): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  const summary = core.summary.addHeading(`slipway ${name} failed`, 2);
  if (error instanceof SlipwayError) {
    const location = formatLocation(error.where);
    summary.addRaw(`<p>${location ? `<code>${escapeHtml(location)}</code>: ` : ''}${escapeHtml(error.message)}</p>`, true);
    if (error.hint) summary.addRaw(`<p>${escapeHtml(error.hint)}</p>`, true);
  } else {
    summary.addCodeBlock(formatError(error));
  }
  await summary.write();
}

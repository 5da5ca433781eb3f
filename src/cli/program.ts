import { Command, CommanderError } from 'commander';
import { formatError, SlipwayError } from '../core/errors/slipwayError.js';
import { slipwayVersion } from '../core/version.js';
import { PrintedFailure } from './printedFailure.js';
import { registerBuild } from './commands/build.js';
import { registerBundle } from './commands/bundle.js';
import { registerCleanup } from './commands/cleanup.js';
import { registerConverge } from './commands/converge.js';
import { registerDismiss } from './commands/dismiss.js';
import { registerPlan } from './commands/plan.js';
import { registerReleases } from './commands/releases.js';
import { registerRender } from './commands/render.js';
import { registerVersion } from './commands/version.js';
import { registerSecret } from './commands/secret.js';

/**
 * Builds the command tree. Registration only declares flags; each command's action loads the core
 * code it needs with a dynamic import, so `slipway --help` and `slipway render` start fast.
 */
export function buildProgram(): Command {
  const program = new Command('slipway')
    .description('Git to Kubernetes: build content-addressed images, converge Helm-compatible charts, track, dismiss, clean up')
    .version(`v${slipwayVersion}`, '--version', 'print the slipway version')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  registerVersion(program);
  registerBuild(program);
  registerRender(program);
  registerConverge(program);
  registerPlan(program);
  registerDismiss(program);
  registerReleases(program);
  registerCleanup(program);
  registerBundle(program);
  registerSecret(program);
  for (const command of program.commands) command.exitOverride();
  return program;
}

/** Runs the CLI and returns the process exit code; errors are printed here, at the edge. */
export async function runCli(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version exit 0; usage errors were already printed by commander.
      return error.exitCode;
    }
    if (error instanceof PrintedFailure) return 1;
    process.stderr.write(`Error: ${formatError(error)}\n`);
    return error instanceof SlipwayError ? 1 : 70;
  }
}

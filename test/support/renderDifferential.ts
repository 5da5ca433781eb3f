/**
 * Runs one `helm template` argument list through the real helm and through `slipway render` (in-process,
 * same flags), and returns both results for byte comparison.
 */
import { spawnSync } from 'node:child_process';
import { Command } from 'commander';
import { registerRender } from '../../src/cli/commands/render.js';
import { formatError } from '../../src/core/errors/slipwayError.js';
import { PrintedFailure } from '../../src/cli/printedFailure.js';

export interface CommandResult {
  ok: boolean;
  stdout: string;
  /** What the command printed from its `Error: ` line to the end, without the `Error: ` itself. */
  error: string;
  /** What the command wrote to stderr (warnings). */
  stderr: string;
}

export function runHelmTemplate(helm: string, args: string[], cwd: string): CommandResult {
  const r = spawnSync(helm, ['template', ...args], { cwd, encoding: 'utf8', env: { ...process.env, HELM_CACHE_HOME: '/tmp/slipway-helm-cache', HELM_CONFIG_HOME: '/tmp/slipway-helm-config', HELM_DATA_HOME: '/tmp/slipway-helm-data' } });
  return { ok: r.status === 0, stdout: r.stdout ?? '', stderr: r.stderr ?? '', error: errorText(r.stderr ?? '') };
}

/** The printed error: from the first line starting `Error: ` to the end of stderr. */
function errorText(stderr: string): string {
  if (stderr.startsWith('Error: ')) return stderr.slice('Error: '.length);
  const at = stderr.indexOf('\nError: ');
  return at < 0 ? '' : stderr.slice(at + '\nError: '.length);
}

export async function runSlipwayRender(args: string[], cwd: string): Promise<CommandResult> {
  let stdout = '';
  let stderr = '';
  const program = new Command('slipway').exitOverride();
  registerRender(program, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) });
  for (const c of program.commands) c.exitOverride();
  const prev = process.cwd();
  process.chdir(cwd);
  try {
    await program.parseAsync(['render', ...args], { from: 'user' });
    return { ok: true, stdout, stderr, error: '' };
  } catch (e) {
    // Render prints its errors itself (PrintedFailure); anything else is what the CLI's edge would print.
    if (!(e instanceof PrintedFailure)) stderr += `Error: ${formatError(e)}\n`;
    return { ok: false, stdout, stderr, error: errorText(stderr) };
  } finally {
    process.chdir(prev);
  }
}

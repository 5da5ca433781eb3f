/**
 * Runs one `helm template` argument list through the real helm and through `slipway render` (in-process,
 * same flags), and returns both results for byte comparison.
 */
import { spawnSync } from 'node:child_process';
import { Command } from 'commander';
import { registerRender } from '../../src/cli/commands/render.js';
import { formatError } from '../../src/core/errors/slipwayError.js';

export interface CommandResult {
  ok: boolean;
  stdout: string;
  /** helm: the `Error: …` text; slipway: the error message (Helm's text is its first part). */
  error: string;
  /** What the command wrote to stderr (warnings). */
  stderr: string;
}

export function runHelmTemplate(helm: string, args: string[], cwd: string): CommandResult {
  const r = spawnSync(helm, ['template', ...args], { cwd, encoding: 'utf8', env: { ...process.env, HELM_CACHE_HOME: '/tmp/slipway-helm-cache', HELM_CONFIG_HOME: '/tmp/slipway-helm-config', HELM_DATA_HOME: '/tmp/slipway-helm-data' } });
  const error = (r.stderr ?? '').split('\n').find((l) => l.startsWith('Error: '))?.slice('Error: '.length) ?? '';
  return { ok: r.status === 0, stdout: r.stdout ?? '', stderr: r.stderr ?? '', error };
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
    return { ok: false, stdout, stderr, error: e instanceof Error && e.name === 'SlipwayError' ? (e as Error).message : formatError(e) };
  } finally {
    process.chdir(prev);
  }
}

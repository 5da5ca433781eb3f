import { execFile, type ExecFileOptions } from 'node:child_process';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

/** A variable `scripts/testbed env` exports; a clear failure when the suite was not started through scripts/test. */
export function testbedVar(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the integration tests through scripts/test (it brings the test bed up)`);
  return value;
}

export interface CommandResult {
  stdout: string;
  stderr: string;
  code: number;
}

/** Runs a program with an argument array (no shell) and returns its output and exit code, never throwing on exit code. */
export async function run(file: string, args: string[], options: ExecFileOptions & { input?: string } = {}): Promise<CommandResult> {
  const { input, ...execOptions } = options;
  const child = execFileAsync(file, args, { maxBuffer: 64 * 1024 * 1024, encoding: 'utf8', ...execOptions });
  if (input !== undefined) {
    child.child.stdin?.end(input);
  }
  try {
    const { stdout, stderr } = await child;
    return { stdout: String(stdout), stderr: String(stderr), code: 0 };
  } catch (error) {
    const failure = error as { stdout?: string; stderr?: string; code?: number | string };
    if (typeof failure.code !== 'number') throw error;
    return { stdout: String(failure.stdout ?? ''), stderr: String(failure.stderr ?? ''), code: failure.code };
  }
}

/** kubectl of the test bed against its cluster; throws with stderr when kubectl fails. */
export async function kubectl(args: string[], input?: string): Promise<string> {
  const result = await run(testbedVar('SLIPWAY_KUBECTL'), args, input === undefined ? {} : { input });
  if (result.code !== 0) throw new Error(`kubectl ${args.join(' ')} failed (${result.code}): ${result.stderr}`);
  return result.stdout;
}

export async function kubectlJson<T = any>(args: string[]): Promise<T> {
  return JSON.parse(await kubectl([...args, '-o', 'json'])) as T;
}

/** Polls `probe` until it returns a value other than undefined, or fails with the last observation. */
export async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 60_000, intervalMs = 250): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/** A fresh namespace per test file; deleted (without waiting) at the end. */
export async function createNamespace(prefix: string): Promise<string> {
  const name = `${prefix}-${Date.now().toString(36)}-${Math.floor(Math.random() * 1e4)}`;
  await kubectl(['create', 'namespace', name]);
  await waitFor(`the default service account in ${name}`, async () => ((await run(testbedVar('SLIPWAY_KUBECTL'), ['-n', name, 'get', 'serviceaccount', 'default'])).code === 0 ? true : undefined));
  return name;
}

export async function deleteNamespace(name: string): Promise<void> {
  await run(testbedVar('SLIPWAY_KUBECTL'), ['delete', 'namespace', name, '--wait=false']);
}

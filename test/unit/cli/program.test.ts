import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildProgram, runCli } from '../../../src/cli/program.js';

let stdout: string;
let stderr: string;
beforeEach(() => {
  stdout = '';
  stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => ((stdout += String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => ((stderr += String(chunk)), true));
});
afterEach(() => vi.restoreAllMocks());

/** Parses flags of a command without running its action, to check the Helm-style flag surface. */
function parsedFlags(argv: string[]): Record<string, unknown> {
  const program = buildProgram();
  const [name] = argv;
  const command = program.commands.find((c) => c.name() === name)!;
  command.action(() => undefined);
  program.parse(argv, { from: 'user' });
  return command.opts();
}

describe('slipway CLI', () => {
  it('prints its version', async () => {
    expect(await runCli(['version'])).toBe(0);
    expect(stdout).toMatch(/^slipway v\d+\.\d+\.\d+ \(node v\d+/);
  });

  it('lists every command in --help', async () => {
    expect(await runCli(['--help'])).toBe(0);
    for (const command of ['build', 'render', 'converge', 'plan', 'dismiss', 'releases', 'cleanup', 'version']) expect(stdout).toContain(command);
  });

  it('takes Helm-style values flags: repeatable, -f comma-separated, in order', () => {
    const flags = parsedFlags(['converge', '--env', 'dev', '-f', 'a.yaml,b.yaml', '--values', 'c.yaml', '--set', 'a=1,b=2', '--set', 'c=3', '--set-string', 'd=4', '--set-file', 'e=f.txt', '--set-json', 'g={"h":1}', '--set-literal', 'i=j,k']);
    expect(flags.values).toEqual(['a.yaml', 'b.yaml', 'c.yaml']);
    expect(flags.set).toEqual(['a=1,b=2', 'c=3']);
    expect(flags.setString).toEqual(['d=4']);
    expect(flags.setFile).toEqual(['e=f.txt']);
    expect(flags.setJson).toEqual(['g={"h":1}']);
    expect(flags.setLiteral).toEqual(['i=j,k']);
  });

  it('takes Helm-style cluster flags', () => {
    const flags = parsedFlags(['converge', '--env', 'dev', '-n', 'shop', '--kube-context', 'staging', '--kubeconfig', '/tmp/k']);
    expect(flags).toMatchObject({ namespace: 'shop', kubeContext: 'staging', kubeconfig: '/tmp/k' });
  });

  it('fails a usage error with exit code 1 and says why', async () => {
    const ci = { GITHUB_ACTIONS: process.env.GITHUB_ACTIONS, GITLAB_CI: process.env.GITLAB_CI };
    delete process.env.GITHUB_ACTIONS;
    delete process.env.GITLAB_CI;
    try {
      expect(await runCli(['converge'])).toBe(1);
      expect(stderr).toContain('--env is required here');
    } finally {
      for (const [name, value] of Object.entries(ci)) if (value !== undefined) process.env[name] = value;
    }
    expect(await runCli(['converge', '--env', 'dev', '--release-storage-type', 'etcd'])).toBe(1);
    expect(stderr).toContain('Allowed choices are secret, configmap');
  });

  it('rejects a bad flag value naming the flag', async () => {
    expect(await runCli(['converge', '--env', 'Dev'])).toBe(1);
    expect(stderr).toContain('flag --env: environment "Dev" is not a valid name');
    expect(await runCli(['converge', '--env', 'dev', '--timeout', 'later'])).toBe(1);
    expect(stderr).toContain('flag --timeout: "later" is not a duration');
  });

  it('cleanup without a repository says which flag is missing, and reads nothing', async () => {
    const saved = process.env.SLIPWAY_REPO;
    delete process.env.SLIPWAY_REPO;
    try {
      expect(await runCli(['cleanup', '--without-kube'])).toBe(1);
    } finally {
      if (saved !== undefined) process.env.SLIPWAY_REPO = saved;
    }
    expect(stderr).toContain('flag --repo: no image repository given');
  });
});

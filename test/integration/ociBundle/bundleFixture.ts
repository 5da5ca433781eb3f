import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { vi } from 'vitest';
import { runCli } from '../../../src/cli/program.js';
import { kubectl, run, testbedVar } from '../../support/testbedEnv.js';

/** The CLI in-process, its stdout and stderr captured. */
export async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => ((stdout += String(chunk)), true));
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => ((stderr += String(chunk)), true));
  try {
    const code = await runCli(argv);
    return { code, stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

/** Runs `fn` with the process in `dir` (bundle apply must work with no repository around). */
export async function inDirectory<T>(dir: string, fn: () => Promise<T>): Promise<T> {
  const previous = process.cwd();
  process.chdir(dir);
  try {
    return await fn();
  } finally {
    process.chdir(previous);
  }
}

export const emptyDirectory = (): string => mkdtempSync(join(tmpdir(), 'bundle-empty-'));

export function helm(version: 3 | 4, args: string[]) {
  return run(testbedVar(version === 4 ? 'SLIPWAY_HELM4' : 'SLIPWAY_HELM3'), args);
}

/** Every file under `dir` as path → content. */
export function filesOf(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const entry of readdirSync(d)) {
      const path = join(d, entry);
      if (statSync(path).isDirectory()) walk(path);
      else out[relative(dir, path)] = readFileSync(path, 'utf8');
    }
  };
  walk(dir);
  return out;
}

/** Tags of a repository of a plain-HTTP registry ([] when it has none). */
export async function registryTags(host: string, path: string): Promise<string[]> {
  const response = await fetch(`http://${host}/v2/${path}/tags/list`);
  if (response.status === 404) return [];
  return ((await response.json()) as { tags?: string[] | null }).tags ?? [];
}

export async function manifestDigest(host: string, path: string, reference: string): Promise<string | undefined> {
  const response = await fetch(`http://${host}/v2/${path}/manifests/${reference}`, {
    method: 'HEAD',
    headers: { accept: 'application/vnd.oci.image.manifest.v1+json, application/vnd.oci.image.index.v1+json, application/vnd.docker.distribution.manifest.v2+json, application/vnd.docker.distribution.manifest.list.v2+json' },
  });
  return response.status === 200 ? (response.headers.get('docker-content-digest') ?? undefined) : undefined;
}

/** Helm release records of a namespace (Secrets owned by helm), as names. */
export async function releaseRecords(namespace: string): Promise<string[]> {
  const result = await run(testbedVar('SLIPWAY_KUBECTL'), ['-n', namespace, 'get', 'secrets', '-l', 'owner=helm', '-o', 'name']);
  return result.code === 0 ? result.stdout.split('\n').filter(Boolean) : [];
}

export async function deploymentImage(namespace: string, name: string): Promise<string> {
  return (await kubectl(['-n', namespace, 'get', 'deployment', name, '-o', 'jsonpath={.spec.template.spec.containers[0].image}'])).trim();
}

import { chmodSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../support/testbedEnv.js';

// The committed bundle's `slipway` command (dist/ equals a fresh build: dist.test.ts) with its V8 code cache.
const root = join(import.meta.dirname, '../../..');
const cli = join(root, 'dist/cli/index.js');
const chart = join(root, 'test/fixtures/charts/scaffold');

function slipway(args: string[], cache: string) {
  return run(process.execPath, [cli, ...args], { env: { ...process.env, SLIPWAY_CODE_CACHE: cache } });
}

/** Cache files of a root: path → mtime and bytes. */
function cacheFiles(cacheRoot: string): Map<string, { mtimeMs: number; bytes: Buffer; mode: number }> {
  const files = new Map<string, { mtimeMs: number; bytes: Buffer; mode: number }>();
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, e.name);
      if (e.isDirectory()) walk(path);
      else files.set(path.slice(cacheRoot.length + 1), { mtimeMs: statSync(path).mtimeMs, bytes: readFileSync(path), mode: statSync(path).mode & 0o777 });
    }
  };
  walk(cacheRoot);
  return files;
}

describe('the CLI code cache', () => {
  it('is written after a successful run, used by the next, and changes nothing in the output', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'slipway-code-cache-'));
    const uncached = await slipway(['render', chart], 'off');
    expect(uncached.code, uncached.stderr).toBe(0);
    expect(readdirSync(cache)).toEqual([]);

    const first = await slipway(['render', chart], cache);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toBe(uncached.stdout);
    const written = cacheFiles(cache);
    const names = [...written.keys()];
    expect(names.length).toBeGreaterThan(3);
    // One directory per bundle/Node/flags, one per command; a file per chunk compiled.
    expect(names.every((n) => /^[0-9a-f]{16}-node[\d.]+-[a-z0-9]+-[0-9a-f]{8}\/render\/(\d+\.)?index\.js\.v8cache$/.test(n)), names.join('\n')).toBe(true);
    expect([...written.values()].every((f) => f.mode === 0o600 && f.bytes.length > 0)).toBe(true);

    const second = await slipway(['render', chart], cache);
    expect(second.stdout).toBe(uncached.stdout);
    // Accepted by V8, so not written again.
    const after = cacheFiles(cache);
    expect([...after.entries()].map(([n, f]) => [n, f.mtimeMs])).toEqual([...written.entries()].map(([n, f]) => [n, f.mtimeMs]));
  }, 60_000);

  it('replaces a cache V8 refuses (corrupt) and still renders the same', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'slipway-code-cache-'));
    const good = await slipway(['render', chart], cache);
    expect(good.code).toBe(0);
    const garbage = Buffer.from('not a V8 code cache, just bytes');
    for (const name of cacheFiles(cache).keys()) writeFileSync(join(cache, name), garbage);
    const again = await slipway(['render', chart], cache);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toBe(good.stdout);
    expect([...cacheFiles(cache).values()].every((f) => !f.bytes.equals(garbage))).toBe(true);
  }, 60_000);

  it('writes nothing after a failed run, and per command', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'slipway-code-cache-'));
    const failed = await slipway(['render', join(chart, 'no-such-chart')], cache);
    expect(failed.code).toBe(1);
    expect(cacheFiles(cache).size).toBe(0);
    const version = await slipway(['version'], cache);
    expect(version.code).toBe(0);
    expect([...cacheFiles(cache).keys()].every((n) => n.includes('/version/'))).toBe(true);
  }, 60_000);

  it('ignores a directory others can write, and an unusable location', async () => {
    const shared = mkdtempSync(join(tmpdir(), 'slipway-code-cache-'));
    chmodSync(shared, 0o777);
    const first = await slipway(['render', chart], shared);
    expect(first.code, first.stderr).toBe(0);
    expect(cacheFiles(shared).size).toBe(0);

    const file = join(mkdtempSync(join(tmpdir(), 'slipway-code-cache-')), 'a-file');
    writeFileSync(file, '');
    const underFile = await slipway(['render', chart], join(file, 'cache'));
    expect(underFile.code, underFile.stderr).toBe(0);
    expect(underFile.stdout).toBe(first.stdout);
  }, 60_000);
});

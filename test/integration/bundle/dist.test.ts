import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../support/testbedEnv.js';

const root = join(import.meta.dirname, '../../..');

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

describe('committed dist/', () => {
  it('equals a fresh build of the sources', async () => {
    const fresh = mkdtempSync(join(tmpdir(), 'slipway-dist-'));
    const build = await run(process.execPath, [join(root, 'scripts/bundle.mjs'), fresh], { cwd: root });
    expect(build.code, build.stderr).toBe(0);
    const committed = join(root, 'dist');
    const freshFiles = listFiles(fresh).map((f) => relative(fresh, f)).sort();
    const committedFiles = listFiles(committed).map((f) => relative(committed, f)).sort();
    expect(committedFiles, 'run `npm run build` and commit dist/').toEqual(freshFiles);
    const stale = freshFiles.filter((f) => !readFileSync(join(fresh, f)).equals(readFileSync(join(committed, f))));
    expect(stale, 'dist/ is out of date: run `npm run build` and commit dist/').toEqual([]);
  }, 300_000);
});

describe('the bundled CLI', () => {
  // Node 24 (the runner's) and the system Node: no warning of the bundle's own dependencies in a command's output
  // (node-fetch@2's tr46 loads the deprecated built-in punycode; DEP0040 used to open every kube command's stderr).
  it.each([
    ['node 24', process.env.SLIPWAY_NODE24 ?? process.execPath],
    ['system node', process.execPath],
  ])('talks to the cluster with nothing but its own lines on stderr (%s)', async (_label, node) => {
    const listed = await run(node, [join(root, 'dist/cli/index.js'), 'releases', 'list', '-n', 'default', '-o', 'json'], { cwd: tmpdir() });
    expect(listed.code, listed.stderr).toBe(0);
    expect(listed.stderr).not.toMatch(/Warning|DEP0/);
    expect(JSON.parse(listed.stdout)).toBeInstanceOf(Array);
  });
});

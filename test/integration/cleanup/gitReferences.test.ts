import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readReferenceHistory } from '../../../src/core/git/referenceHistory.js';
import { SlipwayError } from '../../../src/core/errors/slipwayError.js';

const root = mkdtempSync(join(tmpdir(), 'slipway-git-refs-'));
const git = (cwd: string, env: Record<string, string>, ...args: string[]): string => execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, ...env } });
const at = (seconds: number) => ({ GIT_AUTHOR_DATE: `@${seconds} +0000`, GIT_COMMITTER_DATE: `@${seconds} +0000` });

describe('Git history for cleanup (real git)', () => {
  const origin = join(root, 'origin');
  execFileSync('git', ['init', '-q', '-b', 'main', origin]);
  git(origin, {}, 'config', 'user.email', 't@example.com');
  git(origin, {}, 'config', 'user.name', 't');
  const commit = (time: number, message: string): string => {
    writeFileSync(join(origin, 'f.txt'), `${message}\n`);
    git(origin, {}, 'add', '-A');
    git(origin, at(time), 'commit', '-q', '-m', message);
    return git(origin, {}, 'rev-parse', 'HEAD').trim();
  };
  const c1 = commit(1_700_000_000, 'one');
  const c2 = commit(1_700_100_000, 'two');
  git(origin, at(1_700_900_000), 'tag', '-a', '-m', 'annotated', 'v2', c2);
  git(origin, {}, 'tag', 'v1', c1);
  git(origin, {}, 'checkout', '-q', '-b', 'feature/x', c1);
  const c3 = commit(1_700_200_000, 'three');
  git(origin, {}, 'checkout', '-q', 'main');
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("reads origin's branches (without origin/), tags by creation time (tagger date for annotated tags), and the graph", async () => {
    const clone = join(root, 'full');
    execFileSync('git', ['clone', '-q', origin, clone]);
    const history = await readReferenceHistory(clone, { fetch: false });
    expect(history.branchSource).toBe('origin');
    const byName = Object.fromEntries(history.references.map((r) => [`${r.kind} ${r.name}`, r]));
    expect(Object.keys(byName).sort()).toEqual(['branch feature/x', 'branch main', 'tag v1', 'tag v2']);
    expect(byName['branch main']).toMatchObject({ commit: c2, time: 1_700_100_000_000 });
    expect(byName['tag v2']).toMatchObject({ commit: c2, time: 1_700_900_000_000 });
    expect(byName['tag v1']).toMatchObject({ commit: c1, time: 1_700_000_000_000 });
    expect(history.graph.get(c3)).toEqual({ time: 1_700_200_000_000, parents: [c1] });
    expect(history.graph.size).toBe(3);
  });

  it('a shallow clone is an error saying how to fetch the history', async () => {
    const clone = join(root, 'shallow');
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${origin}`, clone]);
    const error = await readReferenceHistory(clone, { fetch: false }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SlipwayError);
    expect((error as SlipwayError).message).toMatch(/shallow clone/);
    expect((error as SlipwayError).hint).toMatch(/fetch-depth: 0/);
  });

  it('a single-branch clone is an error unless --fetch, which fetches every branch and tag and prunes deleted ones', async () => {
    const clone = join(root, 'single');
    execFileSync('git', ['clone', '-q', '--single-branch', '--no-tags', origin, clone]);
    const error = await readReferenceHistory(clone, { fetch: false }).catch((e: unknown) => e);
    expect((error as SlipwayError).message).toMatch(/fetches only main from origin \(a single-branch clone\)/);
    expect((error as SlipwayError).hint).toMatch(/--fetch/);
    const fetched = await readReferenceHistory(clone, { fetch: true });
    expect(fetched.references.map((r) => `${r.kind} ${r.name}`).sort()).toEqual(['branch feature/x', 'branch main', 'tag v1', 'tag v2']);
    git(origin, {}, 'branch', '-q', '-D', 'feature/x');
    const pruned = await readReferenceHistory(clone, { fetch: true });
    expect(pruned.references.map((r) => `${r.kind} ${r.name}`).sort()).toEqual(['branch main', 'tag v1', 'tag v2']);
  });

  it('without an origin, local branches are the branches', async () => {
    const history = await readReferenceHistory(origin, { fetch: false });
    expect(history.branchSource).toBe('local');
    expect(history.references.filter((r) => r.kind === 'branch').map((r) => r.name)).toEqual(['main']);
  });
});

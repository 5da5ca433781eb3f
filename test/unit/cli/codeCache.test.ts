import { join, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  codeCacheDirectory,
  commandGroup,
  isBundleChunk,
  isPrivateDirectory,
  shortHash,
  STALE_AFTER_MS,
  staleVersionDirectories,
  type CodeCacheContext,
} from '../../../src/cli/codeCache.js';

const base: CodeCacheContext = {
  env: {},
  homedir: '/home/u',
  nodeVersion: 'v20.20.2',
  arch: 'x64',
  execArgv: [],
  bundle: { dir: '/opt/slipway/dist', id: 'abc123' },
  argv: ['render', 'chart'],
};

describe('codeCacheDirectory', () => {
  const flags = shortHash('');
  it.each([
    ['default under ~/.cache', {}, `/home/u/.cache/slipway/code-cache/abc123-node20.20.2-x64-${flags}/render`],
    ['XDG_CACHE_HOME', { XDG_CACHE_HOME: '/xdg' }, `/xdg/slipway/code-cache/abc123-node20.20.2-x64-${flags}/render`],
    ['SLIPWAY_CODE_CACHE wins', { SLIPWAY_CODE_CACHE: '/c', XDG_CACHE_HOME: '/xdg' }, `/c/abc123-node20.20.2-x64-${flags}/render`],
    ['empty SLIPWAY_CODE_CACHE means the default', { SLIPWAY_CODE_CACHE: ' ' }, `/home/u/.cache/slipway/code-cache/abc123-node20.20.2-x64-${flags}/render`],
  ])('%s', (_name, env, dir) => {
    expect(codeCacheDirectory({ ...base, env })?.dir).toBe(dir);
  });

  it.each(['0', 'off', 'OFF', 'false', 'no'])('SLIPWAY_CODE_CACHE=%s turns it off', (v) => {
    expect(codeCacheDirectory({ ...base, env: { SLIPWAY_CODE_CACHE: v } })).toBeUndefined();
  });

  it('is off without a home and without a setting', () => {
    expect(codeCacheDirectory({ ...base, homedir: '' })).toBeUndefined();
  });

  it('keys on the bundle id, Node version, arch and flags (V8 refuses caches made under other flags)', () => {
    const dirs = [
      base,
      { ...base, bundle: { ...base.bundle, id: 'other' } },
      { ...base, nodeVersion: 'v24.21.0' },
      { ...base, arch: 'arm64' },
      { ...base, execArgv: ['--max-old-space-size=100'] },
      { ...base, env: { NODE_OPTIONS: '--stack-size=2000' } },
    ].map((c) => codeCacheDirectory(c)!.versionDir);
    expect(new Set(dirs).size).toBe(dirs.length);
  });
});

describe('commandGroup', () => {
  it.each([
    [['render', 'x'], 'render'],
    [['-n', 'render'], 'render'],
    [['converge', '--env', 'pr-1'], 'converge'],
    [[], 'other'],
    [['--help'], 'other'],
    [['../etc/passwd'], 'other'],
    [['Render'], 'other'],
  ])('%j → %s', (argv, group) => {
    expect(commandGroup(argv)).toBe(group);
  });
});

describe('isPrivateDirectory', () => {
  it.each([
    [{ uid: 1000, mode: 0o40700, isDirectory: true }, 1000, true],
    [{ uid: 1000, mode: 0o40755, isDirectory: true }, 1000, true],
    [{ uid: 1000, mode: 0o40775, isDirectory: true }, 1000, false],
    [{ uid: 1000, mode: 0o40777, isDirectory: true }, 1000, false],
    [{ uid: 0, mode: 0o40700, isDirectory: true }, 1000, false],
    [{ uid: 1000, mode: 0o100600, isDirectory: false }, 1000, false],
    [{ uid: 5, mode: 0o40700, isDirectory: true }, undefined, true],
  ])('%j for uid %s → %s', (stat, uid, ok) => {
    expect(isPrivateDirectory(stat, uid)).toBe(ok);
  });
});

describe('staleVersionDirectories', () => {
  it('removes siblings untouched for 30 days, never the current one', () => {
    const now = 100 * 24 * 3600 * 1000;
    const entries = [
      { name: 'cur', mtimeMs: 0 },
      { name: 'old', mtimeMs: now - STALE_AFTER_MS - 1 },
      { name: 'recent', mtimeMs: now - STALE_AFTER_MS + 1000 },
    ];
    expect(staleVersionDirectories(entries, 'cur', now)).toEqual(['old']);
  });
});

describe('isBundleChunk', () => {
  const dir = join(sep, 'opt', 'dist');
  it.each([
    [join(dir, '132.index.js'), true],
    [join(dir, 'index.js'), true],
    [join(dir, 'cli', 'index.js'), false],
    [join(dir, 'licenses.txt'), false],
    [join(sep, 'opt', 'dist2', 'index.js'), false],
    [join(sep, 'opt', 'index.js'), false],
  ])('%s → %s', (file, ok) => {
    expect(isBundleChunk(file, dir)).toBe(ok);
  });
});

describe('shortHash', () => {
  it('is stable and distinguishes inputs', () => {
    expect(shortHash('')).toBe('811c9dc5');
    expect(shortHash('a')).toBe('e40c292c');
    expect(shortHash('--x')).not.toBe(shortHash('--y'));
  });
});

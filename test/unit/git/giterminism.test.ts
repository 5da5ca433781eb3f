import { describe, expect, it } from 'vitest';
import { uncommittedChanges } from '../../../src/core/git/giterminism.js';

describe('uncommittedChanges', () => {
  const read = {
    files: ['slipway.yaml', 'backend/Dockerfile'],
    directories: ['.helm'],
    contexts: [{ dir: 'backend', dockerignore: '*.md\n' }, { dir: 'frontend' }],
  };
  it.each<[string, string, boolean]>([
    [' M', 'slipway.yaml', true],
    [' M', 'backend/Dockerfile', true],
    ['??', 'backend/new.go', true],
    [' M', 'backend/README.md', false],
    [' D', 'frontend/app.js', true],
    ['A ', '.helm/templates/x.yaml', true],
    [' M', 'README.md', false],
    ['??', 'backendx/file', false],
  ])('%s %s → %s', (code, path, counted) => {
    expect(uncommittedChanges([{ code, path }], read)).toHaveLength(counted ? 1 : 0);
  });
  it('a root context counts everything not ignored', () => {
    expect(uncommittedChanges([{ code: ' M', path: 'x/y' }], { files: [], directories: [], contexts: [{ dir: '.', dockerignore: 'x\n' }] })).toEqual([]);
    expect(uncommittedChanges([{ code: ' M', path: 'y' }], { files: [], directories: [], contexts: [{ dir: '.' }] })).toHaveLength(1);
  });
});

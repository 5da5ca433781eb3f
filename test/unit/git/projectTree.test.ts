import { describe, expect, it } from 'vitest';
import { projectPrefix, projectStatus, projectSubtree } from '../../../src/core/git/projectTree.js';
import type { SourceTree } from '../../../src/core/git/sourceTree.js';

function fakeTree(paths: string[]): SourceTree & { materialized: string[][] } {
  const materialized: string[][] = [];
  return {
    kind: 'commit',
    commit: 'c0ffee',
    files: paths.map((path) => ({ path, mode: '100644', id: `id-${path}` })),
    materialized,
    read: async (path) => (paths.includes(path) ? Buffer.from(`content of ${path}`) : undefined),
    async materialize(wanted) {
      materialized.push([...wanted]);
      return { dir: '/tmp/ctx', dispose: async () => {} };
    },
  };
}

describe('project trees', () => {
  it.each([
    ['/repo', '/repo', ''],
    ['/repo', '/repo/examples', 'examples'],
    ['/repo', '/repo/apps/shop', 'apps/shop'],
  ])('prefix of %s in %s is %j', (root, dir, prefix) => {
    expect(projectPrefix(root, dir)).toBe(prefix);
  });

  it('sees only the project, with project-relative paths', async () => {
    const tree = fakeTree(['README.md', 'examples/slipway.yaml', 'examples/backend/Dockerfile', 'examples-other/x']);
    const project = projectSubtree(tree, 'examples');
    expect(project.files.map((f) => f.path)).toEqual(['slipway.yaml', 'backend/Dockerfile']);
    expect(project.files[0]!.id).toBe('id-examples/slipway.yaml');
    expect((await project.read('slipway.yaml'))?.toString()).toBe('content of examples/slipway.yaml');
    expect(await project.read('README.md')).toBeUndefined();
  });

  it('materializes project paths inside the repository layout', async () => {
    const tree = fakeTree(['examples/backend/Dockerfile']);
    const { dir } = await projectSubtree(tree, 'examples').materialize(['backend', '.']);
    expect(tree.materialized).toEqual([['examples/backend', 'examples']]);
    expect(dir).toBe('/tmp/ctx/examples');
  });

  it('is the tree itself at the repository root', () => {
    const tree = fakeTree(['a']);
    expect(projectSubtree(tree, '')).toBe(tree);
  });

  it('keeps only working-tree changes inside the project', () => {
    const status = [
      { code: ' M', path: 'examples/backend/Dockerfile' },
      { code: '??', path: 'README.md' },
      { code: '??', path: 'examples-other/x' },
    ];
    expect(projectStatus(status, 'examples')).toEqual([{ code: ' M', path: 'backend/Dockerfile' }]);
    expect(projectStatus(status, '')).toEqual(status);
  });
});

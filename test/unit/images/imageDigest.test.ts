import { describe, expect, it } from 'vitest';
import { parseSlipwayConfig } from '../../../src/core/config/slipwayConfig.js';
import { contextFiles } from '../../../src/core/images/contextFiles.js';
import { imageDigest, imageTag, type ImageDigestInput } from '../../../src/core/images/imageDigest.js';
import { imageIdentities } from '../../../src/core/images/imageIdentities.js';
import type { TreeFile } from '../../../src/core/git/gitRepository.js';

const id = (n: number): string => n.toString(16).padStart(40, '0');
const base: ImageDigestInput = {
  dockerfileId: id(1),
  contextFiles: [
    { path: 'a.txt', mode: '100644', id: id(2) },
    { path: 'src/main.go', mode: '100644', id: id(3) },
  ],
  args: { A: '1' },
  platforms: [],
  secretIds: [],
  dependencies: {},
  cacheVersion: '',
};

describe('imageDigest', () => {
  const digest = imageDigest(base);

  it('is a sha256 hex and stable (order of files and args does not matter)', () => {
    expect(digest).toMatch(/^[0-9a-f]{64}$/);
    expect(imageDigest({ ...base, contextFiles: [...base.contextFiles].reverse(), args: { A: '1' } })).toBe(digest);
  });

  it.each<[string, Partial<ImageDigestInput>]>([
    ['Dockerfile content', { dockerfileId: id(9) }],
    ['a context file content', { contextFiles: [{ path: 'a.txt', mode: '100644', id: id(7) }, base.contextFiles[1]!] }],
    ['a file mode (executable bit)', { contextFiles: [{ path: 'a.txt', mode: '100755', id: id(2) }, base.contextFiles[1]!] }],
    ['a file renamed', { contextFiles: [{ path: 'b.txt', mode: '100644', id: id(2) }, base.contextFiles[1]!] }],
    ['a file added', { contextFiles: [...base.contextFiles, { path: 'c', mode: '100644', id: id(4) }] }],
    ['a build arg value', { args: { A: '2' } }],
    ['a build arg added', { args: { A: '1', B: '' } }],
    ['the target', { target: 'runtime' }],
    ['the platform', { platforms: ['linux/arm64'] }],
    ['a secret id', { secretIds: ['npm'] }],
    ['a dependency digest', { dependencies: { BASE: 'abc' } }],
    ['the cache version', { cacheVersion: '1' }],
  ])('changes with %s', (_what, change) => {
    expect(imageDigest({ ...base, ...change })).not.toBe(digest);
  });

  it('tags are <image>-<32 hex>', () => {
    expect(imageTag('backend', digest)).toBe(`backend-${digest.slice(0, 32)}`);
  });
});

describe('contextFiles', () => {
  const files: TreeFile[] = ['README.md', 'app/.dockerignore', 'app/Dockerfile', 'app/main.go', 'app/docs/x.md', 'app/tmp/a.log', 'app/tmp/keep.log', 'other/z'].map(
    (path, n) => ({ path, mode: '100644', id: id(n) }),
  );
  it.each<[string, string, string | undefined, string[]]>([
    ['root context, no ignore file', '.', undefined, files.map((f) => f.path)],
    ['sub-directory context', 'app', undefined, ['.dockerignore', 'Dockerfile', 'main.go', 'docs/x.md', 'tmp/a.log', 'tmp/keep.log']],
    ['dockerignore with negation', 'app', 'docs\n# comment\n\ntmp/*.log\n!tmp/keep.log\n', ['.dockerignore', 'Dockerfile', 'main.go', 'tmp/keep.log']],
    ['dockerignore "*" only matches the top level', '.', '*.md\n', ['app/.dockerignore', 'app/Dockerfile', 'app/main.go', 'app/docs/x.md', 'app/tmp/a.log', 'app/tmp/keep.log', 'other/z']],
    ['dockerignore "**"', '.', '**/*.md\n**/*.log\n', ['app/.dockerignore', 'app/Dockerfile', 'app/main.go', 'other/z']],
  ])('%s', (_name, context, ignore, expected) => {
    expect(contextFiles(files, context, ignore).map((f) => f.path)).toEqual(expected);
  });
});

describe('imageIdentities', () => {
  const config = parseSlipwayConfig(`project: shop
images:
  backend: { context: backend }
  frontend: { context: frontend, dependsOn: [backend] }
`);
  const tree = (changes: Record<string, number> = {}): TreeFile[] =>
    Object.entries({ 'README.md': 1, 'backend/Dockerfile': 2, 'backend/main.go': 3, 'backend/.dockerignore': 4, 'backend/notes.md': 5, 'frontend/Dockerfile': 6, 'frontend/index.html': 7, ...changes }).map(
      ([path, n]) => ({ path, mode: '100644', id: id(n) }),
    );
  const ignores = new Map([['backend/.dockerignore', '*.md\n']]);
  const first = imageIdentities(config, tree(), ignores);

  it('README change: same tags', () => {
    const next = imageIdentities(config, tree({ 'README.md': 100 }), ignores);
    expect(next.get('backend')!.tag).toBe(first.get('backend')!.tag);
    expect(next.get('frontend')!.tag).toBe(first.get('frontend')!.tag);
  });

  it('dockerignored file change: same tags', () => {
    const next = imageIdentities(config, tree({ 'backend/notes.md': 100 }), ignores);
    expect(next.get('backend')!.tag).toBe(first.get('backend')!.tag);
    expect(first.get('backend')!.contextFileCount).toBe(3);
    expect(first.get('backend')!.dockerignore).toBe('backend/.dockerignore');
  });

  it('a frontend file: only frontend changes', () => {
    const next = imageIdentities(config, tree({ 'frontend/index.html': 100 }), ignores);
    expect(next.get('backend')!.tag).toBe(first.get('backend')!.tag);
    expect(next.get('frontend')!.tag).not.toBe(first.get('frontend')!.tag);
  });

  it('a backend file: backend and its dependant frontend change', () => {
    const next = imageIdentities(config, tree({ 'backend/main.go': 100 }), ignores);
    expect(next.get('backend')!.tag).not.toBe(first.get('backend')!.tag);
    expect(next.get('frontend')!.tag).not.toBe(first.get('frontend')!.tag);
  });
});

import { describe, expect, it } from 'vitest';
import { parseSlipwayConfig } from '../../../src/core/config/slipwayConfig.js';
import { parseWerfConfig } from '../../../src/core/config/werfConfig.js';
import { formatError, SlipwayError } from '../../../src/core/errors/slipwayError.js';
import { imageIdentities } from '../../../src/core/images/imageIdentities.js';
import type { TreeFile } from '../../../src/core/git/gitRepository.js';

/**
 * The catalogue of broken configurations: each must fail with a SlipwayError that names the file,
 * the line (and the field where there is one) and says what is wrong, before anything is built.
 */
interface BadCase {
  name: string;
  file?: 'slipway.yaml' | 'werf.yaml';
  text: string;
  /** Files of the commit, for cases only the tree reveals (missing Dockerfile). */
  files?: string[];
  line: number;
  field?: string;
  message: RegExp;
}

const cases: BadCase[] = [
  { name: 'empty file', text: '', line: 1, message: /slipway.yaml is empty/ },
  { name: 'not a mapping', text: '- a\n- b\n', line: 1, message: /must be a mapping/ },
  { name: 'YAML syntax error', text: 'project: shop\nimages:\n  backend: {context: x\n', line: 4, message: /invalid YAML/ },
  { name: 'duplicate key', text: 'project: shop\nproject: other\n', line: 2, message: /invalid YAML.*(unique|Map keys)/i },
  { name: 'missing project', text: 'images: {}\n', line: 1, field: 'project', message: /project is required/ },
  { name: 'project not a DNS label', text: 'project: My_Shop\n', line: 1, field: 'project', message: /project "My_Shop" is not a valid name/ },
  { name: 'project is a number', text: 'project: 42\n', line: 1, field: 'project', message: /project must be a string, not number 42/ },
  { name: 'unknown top-level field with suggestion', text: 'project: shop\nimage:\n  a: {}\n', line: 2, field: 'image', message: /unknown field "image" \(did you mean "images"\?\)/ },
  { name: 'images is a list', text: 'project: shop\nimages:\n  - backend\n', line: 3, field: 'images', message: /images must be a mapping/ },
  { name: 'bad image name', text: 'project: shop\nimages:\n  Back_End!: {}\n', line: 3, field: 'images["Back_End!"]', message: /image name "Back_End!" is not valid/ },
  { name: 'reserved image name', text: 'project: shop\nimages:\n  slipway-commit: {}\n', line: 3, message: /reserved/ },
  { name: 'unknown image field (typo)', text: 'project: shop\nimages:\n  backend:\n    contxt: backend\n', line: 4, field: 'images.backend.contxt', message: /did you mean "context"/ },
  { name: 'absolute context', text: 'project: shop\nimages:\n  backend:\n    context: /srv/backend\n', line: 4, field: 'images.backend.context', message: /must be relative to the repository/ },
  { name: 'context outside the repository', text: 'project: shop\nimages:\n  backend:\n    context: ../other\n', line: 4, field: 'images.backend.context', message: /points outside the repository/ },
  { name: 'dockerfile escaping via context', text: 'project: shop\nimages:\n  backend:\n    context: a\n    dockerfile: ../../Dockerfile\n', line: 5, field: 'images.backend.dockerfile', message: /outside the repository/ },
  { name: 'build args is a list', text: 'project: shop\nimages:\n  backend:\n    args: [A=1]\n', line: 4, field: 'images.backend.args', message: /must be a mapping/ },
  { name: 'bad build arg name', text: 'project: shop\nimages:\n  backend:\n    args: { 1BAD: x }\n', line: 4, message: /build arg name "1BAD" is not valid/ },
  { name: 'build arg value is a mapping', text: 'project: shop\nimages:\n  backend:\n    args:\n      A: { b: 1 }\n', line: 5, field: 'images.backend.args.A', message: /must be a string/ },
  { name: 'bad platform', text: 'project: shop\nimages:\n  backend:\n    platform: amd64\n', line: 4, field: 'images.backend.platform', message: /platform "amd64" is not valid/ },
  { name: 'secret with env and src', text: 'project: shop\nimages:\n  backend:\n    secrets:\n      - { id: npm, env: NPM_TOKEN, src: .npmrc }\n', line: 5, message: /either "env" or "src"/ },
  { name: 'dependsOn unknown image', text: 'project: shop\nimages:\n  backend: {}\n  frontend:\n    dependsOn: [backnd]\n', line: 5, field: 'images.frontend.dependsOn', message: /depends on "backnd", which is not defined \(did you mean "backend"\?\)/ },
  { name: 'dependsOn itself', text: 'project: shop\nimages:\n  backend:\n    dependsOn: [backend]\n', line: 4, message: /depends on itself/ },
  { name: 'cyclic dependsOn', text: 'project: shop\nimages:\n  a:\n    dependsOn: [b]\n  b:\n    dependsOn: [c]\n  c:\n    dependsOn: [a]\n', line: 4, message: /cycle: a → b → c → a/ },
  { name: 'dependency build arg clashes with args', text: 'project: shop\nimages:\n  base: {}\n  app:\n    args: { SLIPWAY_IMAGE_BASE: x }\n    dependsOn: [base]\n', line: 6, message: /set twice/ },
  { name: 'bad release template', text: 'project: shop\ndeploy:\n  release: "{{project}-{{env}}"\n', line: 3, field: 'deploy.release', message: /not a valid template/ },
  { name: 'release template with unknown variable', text: 'project: shop\ndeploy:\n  namespace: "{{project}}-{{stage}}"\n', line: 3, field: 'deploy.namespace', message: /not a valid template.*stage/ },
  { name: 'cleanup policy with both branch and tag', text: 'project: shop\ncleanup:\n  keepPolicies:\n    - references: { branch: /.*/, tag: /.*/ }\n', line: 4, message: /exactly one of "branch" or "tag"/ },
  { name: 'cleanup bad regex', text: 'project: shop\ncleanup:\n  keepPolicies:\n    - references: { branch: "/(unclosed/" }\n', line: 4, field: 'cleanup.keepPolicies[0].references.branch', message: /not a valid regular expression/ },
  { name: 'cleanup bad duration', text: 'project: shop\ncleanup:\n  keepPolicies:\n    - references: { branch: main, limit: { in: 7days } }\n', line: 4, field: 'cleanup.keepPolicies[0].references.limit.in', message: /not a duration/ },
  { name: 'two YAML documents', text: 'project: shop\n---\nproject: other\n', line: 3, message: /single YAML document/ },
  {
    name: 'missing Dockerfile',
    text: 'project: shop\nimages:\n  backend:\n    context: backend\n    dockerfile: Dockerfile.prod\n',
    files: ['backend/Dockerfile', 'backend/main.go'],
    line: 5,
    field: 'images.backend.dockerfile',
    message: /Dockerfile backend\/Dockerfile.prod of image "backend" does not exist/,
  },
  {
    name: 'context with no files',
    text: 'project: shop\nimages:\n  backend:\n    context: backend\n    dockerfile: ../Dockerfile\n',
    files: ['Dockerfile'],
    line: 4,
    field: 'images.backend.context',
    message: /context backend of image "backend" has no committed files/,
  },
  // werf.yaml
  { name: 'werf: Go templating', file: 'werf.yaml', text: 'project: shop\nconfigVersion: 1\n---\nimage: {{ .Env }}\n', line: 4, message: /Go templating/ },
  { name: 'werf: Stapel image', file: 'werf.yaml', text: 'project: shop\nconfigVersion: 1\n---\nimage: app\nfrom: alpine\n', line: 5, message: /"from" is not supported.*|Stapel/ },
  { name: 'werf: artifact', file: 'werf.yaml', text: 'project: shop\nconfigVersion: 1\n---\nartifact: build\nfrom: alpine\n', line: 4, message: /artifacts are not supported/ },
  { name: 'werf: missing meta', file: 'werf.yaml', text: 'image: app\ndockerfile: Dockerfile\n', line: 1, message: /meta section/ },
  { name: 'werf: unknown template expression', file: 'werf.yaml', text: 'project: shop\nconfigVersion: 1\ndeploy:\n  namespace: "[[ project ]]-[[ namespace ]]"\n', line: 4, field: 'deploy.namespace', message: /\[\[ namespace \]\]" is not supported/ },
  { name: 'werf: contextAddFiles', file: 'werf.yaml', text: 'project: shop\nconfigVersion: 1\n---\nimage: app\ndockerfile: Dockerfile\ncontextAddFiles: [x]\n', line: 6, message: /giterminism/ },
  { name: 'werf: image twice', file: 'werf.yaml', text: 'project: shop\nconfigVersion: 1\n---\nimage: app\ndockerfile: Dockerfile\n---\nimage: app\ndockerfile: Dockerfile\n', line: 7, message: /defined twice/ },
  { name: 'werf: dependency import type', file: 'werf.yaml', text: 'project: shop\nconfigVersion: 1\n---\nimage: base\ndockerfile: Dockerfile\n---\nimage: app\ndockerfile: Dockerfile\ndependencies:\n  - image: base\n    imports:\n      - type: ImageDigest\n        targetBuildArg: X\n', line: 12, message: /import type "ImageDigest" is not supported/ },
];

function load(testCase: BadCase): void {
  const file = testCase.file ?? 'slipway.yaml';
  const config = file === 'werf.yaml' ? parseWerfConfig(testCase.text, file) : parseSlipwayConfig(testCase.text, file);
  if (testCase.files) {
    const files: TreeFile[] = testCase.files.map((path, index) => ({ path, mode: '100644', id: index.toString(16).padStart(40, '0') }));
    imageIdentities(config, files, new Map());
  }
}

describe('bad configuration catalogue', () => {
  it('has at least 20 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(20);
  });

  it.each(cases)('$name', (testCase) => {
    let caught: unknown;
    try {
      load(testCase);
    } catch (error) {
      caught = error;
    }
    expect(caught, 'expected an error').toBeInstanceOf(SlipwayError);
    const error = caught as SlipwayError;
    expect(error.kind).toBe('config');
    expect(formatError(error)).toMatch(testCase.message);
    expect(error.where.file).toBe(testCase.file ?? 'slipway.yaml');
    expect(error.where.line).toBe(testCase.line);
    if (testCase.field) expect(error.where.field).toBe(testCase.field);
    expect(formatError(error)).toContain(`${testCase.file ?? 'slipway.yaml'}:${testCase.line}`);
  });
});

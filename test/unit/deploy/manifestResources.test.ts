import { describe, expect, it } from 'vitest';
import { documentsOfHelmOutput, documentsOfManifest, hookSpec, parseDocuments, releaseManifestText, requireUnique, splitYamlStream } from '../../../src/core/deploy/manifestResources.js';

describe('rendered documents', () => {
  it('splits like Helm (lines starting with ---, left-trimmed)', () => {
    expect(splitYamlStream('\n---\na: 1\n---  \nb: 2\n---\n\n')).toEqual(['a: 1\n', 'b: 2\n']);
  });

  it('parses YAML 1.1 as Helm does (on/yes are booleans)', () => {
    const [r] = parseDocuments([{ source: 'c/templates/x.yaml', content: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\nflag: yes\n' }]);
    expect(r!.object.flag).toBe(true);
  });

  it('recognises hooks and their policies; unknown events are not hooks', () => {
    expect(hookSpec({ 'helm.sh/hook': 'pre-install, Post-Upgrade', 'helm.sh/hook-weight': '-5', 'helm.sh/hook-delete-policy': 'hook-succeeded,before-hook-creation' })).toEqual({
      events: ['pre-install', 'post-upgrade'],
      weight: -5,
      deletePolicies: ['hook-succeeded', 'before-hook-creation'],
      outputLogPolicies: [],
    });
    expect(hookSpec({ 'helm.sh/hook': 'pre-install', 'helm.sh/hook-weight': 'x' })?.weight).toBe(0);
    expect(hookSpec({ 'helm.sh/hook': 'sometime' })).toBeUndefined();
    expect(hookSpec({})).toBeUndefined();
  });

  it('stores the manifest as Helm does: by path, then by kind order', () => {
    const resources = parseDocuments([
      { source: 'c/templates/b.yaml', content: 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: d' },
      { source: 'c/templates/a.yaml', content: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: s' },
      { source: 'c/templates/c.yaml', content: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: m' },
    ]);
    expect(releaseManifestText(resources)).toBe(
      '---\n# Source: c/templates/c.yaml\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: m\n' +
        '---\n# Source: c/templates/a.yaml\napiVersion: v1\nkind: Service\nmetadata:\n  name: s\n' +
        '---\n# Source: c/templates/b.yaml\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: d\n',
    );
  });

  it('round-trips a stored manifest and separates crds/ in helm template output', () => {
    const text = '---\n# Source: c/templates/a.yaml\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: m\n';
    expect(releaseManifestText(parseDocuments(documentsOfManifest(text)))).toBe(text);
    const split = documentsOfHelmOutput('---\n# Source: c/crds/w.yaml\nkind: CustomResourceDefinition\n---\n# Source: c/templates/a.yaml\nkind: ConfigMap\n');
    expect(split.crds.map((d) => d.source)).toEqual(['c/crds/w.yaml']);
    expect(split.documents.map((d) => d.source)).toEqual(['c/templates/a.yaml']);
  });

  it('names the template of a broken document', () => {
    expect(() => parseDocuments([{ source: 'c/templates/bad.yaml', content: 'a: [', line: 10 }])).toThrow(/invalid YAML/);
    try {
      parseDocuments([{ source: 'c/templates/bad.yaml', content: 'kind: ConfigMap\nmetadata:\n  name: x\n' }]);
    } catch (error) {
      expect((error as { where: { file: string } }).where.file).toBe('c/templates/bad.yaml');
    }
  });

  it('rejects an object rendered twice, treating apiVersion changes as the same object', () => {
    const twice = parseDocuments([
      { source: 'c/templates/a.yaml', content: 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: d' },
      { source: 'c/templates/b.yaml', content: 'apiVersion: apps/v1beta2\nkind: Deployment\nmetadata:\n  name: d' },
    ]);
    expect(() => requireUnique(twice, 'ns')).toThrow(/Deployment\/ns\/d is rendered twice \(also by c\/templates\/a.yaml\)/);
  });
});

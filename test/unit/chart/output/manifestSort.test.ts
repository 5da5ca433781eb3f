import { describe, expect, it } from 'vitest';
import { sortManifests, splitManifests } from '../../../../src/core/chart/output/manifestSort.js';

describe('Helm SortManifests', () => {
  it('splits on --- lines and keeps each document with its line range', () => {
    const text = '\n# lead\napiVersion: v1\nkind: A\n---\n---   \napiVersion: v1\nkind: B\nmetadata:\n  name: b\n';
    const docs = splitManifests(text);
    expect(docs.map((d) => d.content)).toEqual(['# lead\napiVersion: v1\nkind: A\n', 'apiVersion: v1\nkind: B\nmetadata:\n  name: b\n']);
  });
  it('separates hooks, drops unknown hook types, orders by kind and keeps file order for ties', () => {
    const files = new Map([
      ['c/templates/b.yaml', 'kind: Deployment\napiVersion: apps/v1\nmetadata: {name: d}\n---\nkind: Service\napiVersion: v1\nmetadata: {name: s}\n'],
      ['c/templates/a.yaml', 'kind: Widget\napiVersion: x/v1\nmetadata: {name: w}\n---\nkind: ConfigMap\napiVersion: v1\nmetadata: {name: cm}\n'],
      ['c/templates/h.yaml', 'kind: Job\napiVersion: batch/v1\nmetadata:\n  name: j\n  annotations:\n    helm.sh/hook: pre-install, Post-Upgrade\n    helm.sh/hook-weight: "-5"\n---\nkind: Pod\napiVersion: v1\nmetadata:\n  name: p\n  annotations: {helm.sh/hook: nope}\n'],
      ['c/templates/_helpers.tpl', 'kind: Secret\n'],
    ]);
    const { manifests, hooks } = sortManifests(files);
    expect(manifests.map((m) => m.head.kind)).toEqual(['ConfigMap', 'Service', 'Deployment', 'Widget']);
    expect(manifests.find((m) => m.head.kind === 'Service')).toMatchObject({ source: 'c/templates/b.yaml', startLine: 5, endLine: 7 });
    expect(hooks).toHaveLength(1);
    expect(hooks[0]).toMatchObject({ events: ['pre-install', 'post-upgrade'], weight: -5, head: { name: 'j' } });
  });
});

import { describe, expect, it } from 'vitest';
import { planStages } from '../../../src/core/deploy/applyStages.js';
import { parseDocuments } from '../../../src/core/deploy/manifestResources.js';
import { compareKinds, installOrder, sortByKind } from '../../../src/core/deploy/kindOrder.js';

const doc = (kind: string, name: string, annotations: Record<string, string> = {}) => ({
  source: `c/templates/${name}.yaml`,
  content: `apiVersion: v1\nkind: ${kind}\nmetadata:\n  name: ${name}\n  annotations:\n${Object.entries({ a: 'b', ...annotations }).map(([k, v]) => `    ${k}: "${v}"`).join('\n')}\n`,
});
const names = (stages: ReturnType<typeof planStages>) => stages.map((s) => s.resources.map((r) => r.object.metadata.name));

describe('kind order', () => {
  it('puts known kinds by Helm rank, unknown kinds last alphabetically, stable otherwise', () => {
    expect(sortByKind(['Widget', 'Deployment', 'Alpha', 'Namespace', 'ConfigMap', 'Deployment'], (k) => k)).toEqual(['Namespace', 'ConfigMap', 'Deployment', 'Deployment', 'Alpha', 'Widget']);
    expect(compareKinds(installOrder, 'Service', 'Service')).toBe(0);
  });
});

describe('apply stages', () => {
  it('groups by kind rank within a weight, in parallel inside a stage', () => {
    const stages = planStages(parseDocuments([doc('Deployment', 'web'), doc('ConfigMap', 'a'), doc('ConfigMap', 'b'), doc('Service', 'svc')]), () => 'ns');
    expect(names(stages)).toEqual([['a', 'b'], ['svc'], ['web']]);
    expect(stages.every((s) => s.waitFor.length === 0)).toBe(true);
  });

  it('starts a higher weight only after lower weights are ready', () => {
    const stages = planStages(parseDocuments([doc('ConfigMap', 'late', { 'werf.io/weight': '10' }), doc('Deployment', 'db', { 'werf.io/weight': '-1' }), doc('ConfigMap', 'normal')]), () => 'ns');
    expect(names(stages)).toEqual([['db'], ['normal'], ['late']]);
    expect(stages[1]!.waitFor.map((r) => r.object.metadata.name)).toEqual(['db']);
    expect(stages[2]!.waitFor.map((r) => r.object.metadata.name).sort()).toEqual(['db', 'normal']);
  });

  it('moves a resource after the one it depends on and waits for it when state=ready', () => {
    const stages = planStages(parseDocuments([doc('ConfigMap', 'app', { 'werf.io/deploy-dependency-db': 'state=ready,kind=Deployment,name=db' }), doc('Deployment', 'db')]), () => 'ns');
    expect(names(stages)).toEqual([['db'], ['app']]);
    expect(stages[1]!.waitFor.map((r) => r.object.metadata.name)).toEqual(['db']);
  });

  it('keeps external dependencies for the I/O layer and rejects cycles', () => {
    const external = planStages(parseDocuments([doc('ConfigMap', 'app', { 'werf.io/deploy-dependency-x': 'state=present,kind=Secret,name=tls' })]), () => 'ns');
    expect(external[0]!.external).toEqual([{ id: 'x', state: 'present', kind: 'Secret', name: 'tls', namespace: 'ns' }]);
    expect(() =>
      planStages(
        parseDocuments([doc('ConfigMap', 'a', { 'werf.io/deploy-dependency-b': 'kind=ConfigMap,name=b' }), doc('ConfigMap', 'b', { 'werf.io/deploy-dependency-a': 'kind=ConfigMap,name=a' })]),
        () => 'ns',
      ),
    ).toThrow(/cycle/);
  });
});

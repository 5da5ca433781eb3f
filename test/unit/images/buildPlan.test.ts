import { describe, expect, it } from 'vitest';
import { buildOrder, dependantsOf } from '../../../src/core/images/buildOrder.js';
import { buildPlan } from '../../../src/core/images/buildPlan.js';

const graph = [
  { name: 'base', dependsOn: [] },
  { name: 'backend', dependsOn: ['base'] },
  { name: 'worker', dependsOn: ['base'] },
  { name: 'frontend', dependsOn: ['backend'] },
  { name: 'docs', dependsOn: [] },
];
const tags = new Map(graph.map((image) => [image.name, `${image.name}-t`]));

describe('buildOrder', () => {
  it('levels keep declaration order and put dependencies first', () => {
    expect(buildOrder(graph)).toEqual({ ok: true, levels: [['base', 'docs'], ['backend', 'worker'], ['frontend']] });
  });
  it('reports a cycle as a closed path', () => {
    expect(buildOrder([{ name: 'a', dependsOn: ['b'] }, { name: 'b', dependsOn: ['a'] }])).toEqual({ ok: false, cycle: ['a', 'b', 'a'] });
  });
  it('dependants are transitive', () => {
    expect([...dependantsOf(graph, 'base')].sort()).toEqual(['backend', 'base', 'frontend', 'worker']);
  });
});

describe('buildPlan', () => {
  it.each<[string, string[], string[] | undefined, string[][], string[]]>([
    ['everything present: nothing to build', graph.map((g) => `${g.name}-t`), undefined, [], graph.map((g) => g.name)],
    ['nothing present: all in levels', [], undefined, [['base', 'docs'], ['backend', 'worker'], ['frontend']], []],
    ['only frontend missing', ['base-t', 'backend-t', 'worker-t', 'docs-t'], undefined, [['frontend']], ['base', 'backend', 'worker', 'docs']],
    ['selection pulls in dependencies only', [], ['frontend'], [['base'], ['backend'], ['frontend']], []],
    ['selected image present, dependency missing: dependency still built', ['frontend-t', 'backend-t'], ['frontend'], [['base']], ['backend', 'frontend']],
  ])('%s', (_name, present, selected, levels, reused) => {
    const plan = buildPlan(graph, tags, new Set(present), selected);
    expect(plan.levels).toEqual(levels);
    expect(plan.images.filter((i) => i.action === 'reuse').map((i) => i.name).sort()).toEqual([...reused].sort());
  });
});

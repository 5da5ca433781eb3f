import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

// The GitHub example workflows use slipway's actions as their action.yml files declare them.
const root = join(import.meta.dirname, '../../..');

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, string>;
}
interface Workflow {
  on: Record<string, { types?: string[]; branches?: string[] } | null>;
  permissions?: Record<string, string>;
  jobs: Record<string, { if?: string; steps: Step[] }>;
}

const workflow = (name: string): Workflow => parse(readFileSync(join(root, 'examples/.github/workflows', name), 'utf8')) as Workflow;
/** `<owner>/slipway@v1` → action.yml; `<owner>/slipway/actions/<name>@v1` → actions/<name>/action.yml. */
function actionInputs(uses: string): string[] {
  const path = /^<owner>\/slipway(?:\/(actions\/[\w-]+))?@v1$/.exec(uses);
  if (!path) throw new Error(`${uses} is not one of slipway's actions`);
  const manifest = parse(readFileSync(join(root, path[1] ?? '.', 'action.yml'), 'utf8')) as { inputs: Record<string, unknown> };
  return Object.keys(manifest.inputs);
}
const slipwaySteps = (w: Workflow) => Object.values(w.jobs).flatMap((job) => job.steps.filter((step) => step.uses?.startsWith('<owner>/slipway')));

describe('examples/.github/workflows', () => {
  it.each(['staging.yml', 'preview.yml', 'preview-closed.yml', 'cleanup.yml'])('%s passes only inputs its actions declare', (name) => {
    const steps = slipwaySteps(workflow(name));
    expect(steps.length).toBeGreaterThan(0);
    for (const step of steps) {
      const declared = actionInputs(step.uses!);
      expect(Object.keys(step.with ?? {}).filter((input) => !declared.includes(input))).toEqual([]);
    }
  });

  it('staging converges on pushes to main from a full-history checkout', () => {
    const w = workflow('staging.yml');
    expect(w.on.push).toEqual({ branches: ['main'] });
    const steps = w.jobs.converge!.steps;
    expect(steps[0]).toMatchObject({ uses: 'actions/checkout@v5', with: { 'fetch-depth': 0 } });
    expect(steps[1]!.with).toMatchObject({ env: 'staging' });
  });

  it('preview runs on pull_request (never pull_request_target), skips forks, converges pr-<number> by default', () => {
    const w = workflow('preview.yml');
    expect(Object.keys(w.on)).toEqual(['pull_request']);
    expect(w.jobs.converge!.if).toBe('github.event.pull_request.head.repo.full_name == github.repository');
    const converge = slipwaySteps(w)[0]!;
    expect(converge.uses).toBe('<owner>/slipway@v1');
    expect(converge.with).not.toHaveProperty('env');
    expect(converge.with).toMatchObject({ preview: 'true' });
    expect(w.permissions).toMatchObject({ deployments: 'write', 'pull-requests': 'write' });
  });

  it('preview-closed dismisses by release and namespace with no checkout', () => {
    const w = workflow('preview-closed.yml');
    expect(w.on.pull_request).toEqual({ types: ['closed'] });
    const steps = w.jobs.dismiss!.steps;
    expect(steps.filter((step) => step.uses?.startsWith('actions/checkout'))).toEqual([]);
    expect(steps).toHaveLength(1);
    expect(steps[0]).toMatchObject({
      uses: '<owner>/slipway/actions/dismiss@v1',
      with: { env: 'pr-${{ github.event.number }}', release: 'demo-shop-pr-${{ github.event.number }}', namespace: 'demo-shop-pr-${{ github.event.number }}', 'with-namespace': 'true', preview: 'true' },
    });
    // The names match what converge gave pr-<number> with the example's slipway.yaml.
    const config = parse(readFileSync(join(root, 'examples/slipway.yaml'), 'utf8')) as { project: string; deploy: { release: string; namespace: string } };
    expect(config.deploy.release.replace('{{project}}', config.project).replace('{{env}}', 'pr-${{ github.event.number }}')).toBe(steps[0]!.with!.release);
    expect(config.deploy.namespace.replace('{{project}}', config.project).replace('{{env}}', 'pr-${{ github.event.number }}')).toBe(steps[0]!.with!.namespace);
  });

  it('cleanup runs on a schedule', () => {
    expect(Object.keys(workflow('cleanup.yml').on)).toContain('schedule');
  });
});

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { environmentInput } from '../../../src/core/converge/environmentInput.js';
import { SlipwayError } from '../../../src/core/errors/slipwayError.js';

// The chart is deployed as committed: an uncommitted change to it is refused with the file listed,
// unless --dev asks for the working tree. Needs only git (no cluster: environmentInput renders).
function project(): string {
  const root = mkdtempSync(join(tmpdir(), 'slipway-chart-git-'));
  const dir = join(root, 'app');
  mkdirSync(join(dir, 'chart/templates'), { recursive: true });
  writeFileSync(join(dir, 'slipway.yaml'), 'project: shop\ndeploy:\n  chart: chart\n');
  writeFileSync(join(dir, 'chart/Chart.yaml'), 'apiVersion: v2\nname: shop\nversion: 0.1.0\n');
  writeFileSync(join(dir, 'chart/templates/cm.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  mode: committed\n');
  const git = (...args: string[]) => execFileSync('git', args, { cwd: root, stdio: 'pipe' });
  git('init', '-q');
  git('add', '.');
  git('-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qm', 'init');
  return dir;
}

const flags = { env: 'dev', values: [], set: [], setString: [], setFile: [], setJson: [], setLiteral: [] };
const quiet = { build: false, log: () => {}, warn: () => {} };

describe('giterminism of the chart', () => {
  it('deploys the committed chart from a project in a subdirectory', async () => {
    const dir = project();
    const { input } = await environmentInput(flags, { ...quiet, dir });
    expect(input.release).toBe('shop-dev');
    expect(input.documents.map((d) => d.content).join('\n')).toContain('mode: committed');
  });

  it('refuses an uncommitted change to the chart, listing the file; --dev deploys the working tree', async () => {
    const dir = project();
    writeFileSync(join(dir, 'chart/templates/cm.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  mode: edited\n');
    writeFileSync(join(dir, 'chart/templates/new.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: extra\n');
    const error = await environmentInput(flags, { ...quiet, dir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SlipwayError);
    expect((error as SlipwayError).message).toBe(
      'uncommitted changes to files the deploy reads from the commit:\n    modified  chart/templates/cm.yaml\n    untracked chart/templates/new.yaml',
    );
    expect((error as SlipwayError).hint).toContain('--dev');
    const { input } = await environmentInput({ ...flags, dev: true }, { ...quiet, dir });
    const rendered = input.documents.map((d) => d.content).join('\n');
    expect(rendered).toContain('mode: edited');
    expect(rendered).toContain('name: extra');
  });

  it('refuses an uncommitted slipway.yaml', async () => {
    const dir = project();
    writeFileSync(join(dir, 'slipway.yaml'), 'project: shop\ndeploy:\n  chart: chart\n  namespace: other\n');
    const error = await environmentInput(flags, { ...quiet, dir }).catch((e: unknown) => e);
    expect((error as SlipwayError).message).toContain('modified  slipway.yaml');
  });

  it('ignores uncommitted changes outside the chart', async () => {
    const dir = project();
    writeFileSync(join(dir, 'NOTES.md'), 'scratch\n');
    const { input } = await environmentInput(flags, { ...quiet, dir });
    expect(input.documents).toHaveLength(1);
  });
});

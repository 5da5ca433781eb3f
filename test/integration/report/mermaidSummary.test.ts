import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repositoryPath } from '../../../src/core/converge/environmentInput.js';
import { foldEvents } from '../../../src/report/deliveryReport.js';
import { jobSummary } from '../../../src/report/github/jobSummary.js';
import { run } from '../../support/testbedEnv.js';
import { sampleDelivery, t0 } from '../../unit/report/sampleDelivery.js';

// The job summary's Mermaid is parsed and drawn by Mermaid itself (mermaid-cli in Debian's chromium, which
// scripts/testbed installs): a chart GitHub could not draw fails here. SLIPWAY_WRITE_DOCS=1 refreshes the
// picture in docs/images.
const mmdc = join(process.cwd(), 'node_modules/.bin/mmdc');
const chromium = '/usr/bin/chromium';

describe('the job summary\'s rollout timeline, drawn by mermaid-cli', () => {
  it.each([
    ['failed', sampleDelivery()],
    ['deployed', sampleDelivery({ healthy: true })],
  ])('a %s delivery: every Mermaid block of the summary renders, with its phases and resources', async (name, events) => {
    expect(existsSync(chromium), `${chromium} missing: scripts/testbed installs Debian's chromium`).toBe(true);
    const dir = mkdtempSync(join(tmpdir(), 'slipway-mermaid-'));
    const summary = jobSummary(foldEvents(events, t0), { action: 'converge', env: 'pr-7', pathOf: (f) => repositoryPath(f, { name: 'demo-shop', dir: 'examples/.helm' }), now: t0 + 10_000 });
    writeFileSync(join(dir, 'summary.md'), summary);
    writeFileSync(join(dir, 'puppeteer.json'), JSON.stringify({ executablePath: chromium, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] }));
    // Markdown in, markdown out: mermaid-cli draws each ```mermaid block into its own picture.
    const drawn = await run(mmdc, ['-i', join(dir, 'summary.md'), '-o', join(dir, 'out.md'), '-e', 'svg', '-p', join(dir, 'puppeteer.json')], { timeout: 120_000 });
    expect(drawn.code, drawn.stderr).toBe(0);
    const svgs = readdirSync(dir).filter((f) => f.endsWith('.svg'));
    expect(svgs).toHaveLength(1);
    const svg = readFileSync(join(dir, svgs[0]!), 'utf8');
    for (const label of ['Rollout timeline', 'build', 'track', 'Deployment backend', 'Deployment frontend']) expect(svg).toContain(label);
    expect(/class="[^"]*crit/.test(svg)).toBe(name === 'failed');
    if (process.env.SLIPWAY_WRITE_DOCS === '1') {
      const chart = /```mermaid\n([\s\S]*?)```/.exec(summary)![1]!;
      writeFileSync(join(dir, 'timeline.mmd'), chart);
      const png = await run(mmdc, ['-i', join(dir, 'timeline.mmd'), '-o', join(dir, 'timeline.png'), '-w', '900', '-b', 'white', '-p', join(dir, 'puppeteer.json')], { timeout: 120_000 });
      expect(png.code, png.stderr).toBe(0);
      copyFileSync(join(dir, 'timeline.png'), join(process.cwd(), `docs/images/summary-timeline-${name}.png`));
    }
  });
});

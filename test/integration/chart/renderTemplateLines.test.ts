/**
 * Tracing template lines (RenderOptions.templateLines) never changes an output byte: every differential case
 * (each proven identical to `helm template` by renderDifferential.test.ts) is rendered through the CLI with
 * and without tracing, and stdout or the error must be the same. Every traced document must also point at a
 * line that exists in its template file, and every rendered line at a line of a file of the chart.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { chartFullPath } from '../../../src/core/chart/loader/chart.js';
import type { RenderResult } from '../../../src/core/chart/render.js';
import { runSlipwayRender } from '../../support/renderDifferential.js';
import { differentialCases, fixtures } from './differentialCases.js';

const trace = vi.hoisted(() => ({ on: false, results: [] as RenderResult[] }));

vi.mock('../../../src/core/chart/render.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../src/core/chart/render.js')>();
  return {
    ...original,
    render: async (...args: Parameters<typeof original.render>) => {
      const result = await original.render(args[0], args[1], { ...args[2], templateLines: trace.on });
      if (trace.on) trace.results.push(result);
      return result;
    },
  };
});

/** Lines per template file of the rendered chart tree, by Helm's template name. */
function templateLineCounts(result: RenderResult): Map<string, number> {
  const counts = new Map<string, number>();
  const walk = (chart: RenderResult['chart']) => {
    for (const t of chart.templates) counts.set(`${chartFullPath(chart)}/${t.name}`, new TextDecoder().decode(t.data).split('\n').length);
    for (const d of chart.dependencies) walk(d);
  };
  walk(result.chart);
  return counts;
}

describe('template line tracing leaves every differential render byte-identical', () => {
  for (const c of differentialCases) {
    if (c.engineGap) continue;
    it(c.name, async () => {
      trace.on = false;
      const plain = await runSlipwayRender(c.args, fixtures);
      trace.on = true;
      trace.results = [];
      const traced = await runSlipwayRender(c.args, fixtures);
      trace.on = false;
      expect(traced).toEqual(plain);
      if (plain.ok) expect(trace.results.length).toBe(1);
      for (const result of trace.results) {
        const lines = templateLineCounts(result);
        for (const m of [...result.manifests, ...result.hooks]) {
          const own = lines.get(m.source);
          expect(own).toBeDefined();
          expect(m.templateLine).toBeGreaterThanOrEqual(1);
          expect(m.templateLines!.start).toBeLessThanOrEqual(m.templateLine!);
          expect(m.templateLines!.end).toBeLessThanOrEqual(own!);
          for (let l = m.startLine; l <= m.endLine; l++) {
            const at = m.sourceOf!(l);
            expect(lines.has(at.file), at.file).toBe(true);
            expect(at.line).toBeLessThanOrEqual(lines.get(at.file)!);
          }
        }
      }
    });
  }
  it('found the fixtures', () => {
    expect(readFileSync(`${fixtures}scaffold/Chart.yaml`, 'utf8')).toContain('name:');
  });
});

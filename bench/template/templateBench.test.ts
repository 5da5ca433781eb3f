import { describe, expect, it } from 'vitest';
import { renderCase } from '../../test/differential/chart/renderCase.js';
import { renderWithOracle } from '../../test/differential/chart/oracleClient.js';
import { largeChart, runTemplateBench } from './templateBench.js';

describe('bench/template', () => {
  it('renders the bench chart exactly as Helm does', async () => {
    const c = largeChart();
    const [expected] = await renderWithOracle([c]);
    expect(renderCase(c)).toEqual(expected);
  });

  it('prints slipway vs Go figures for a large template set', async () => {
    const report = await runTemplateBench(Number(process.env.SLIPWAY_BENCH_SECONDS ?? 5));
    console.log(report);
    expect(report).toContain('Go (helm v4');
  });
});

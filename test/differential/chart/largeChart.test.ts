import { describe, expect, it } from 'vitest';
import { largeChart } from '../../../bench/template/templateBench.js';
import { renderWithOracle } from './oracleClient.js';
import { renderCase } from './renderCase.js';

// The benchmark's large template set must render exactly as Helm renders it, or its figures mean nothing.
describe('the bench/template chart', () => {
  it('renders exactly as Helm does', async () => {
    const chart = largeChart();
    const [expected] = await renderWithOracle([chart]);
    expect(renderCase(chart)).toEqual(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { environmentUrl } from '../../../src/core/config/deployNames.js';
import { parseSlipwayConfig } from '../../../src/core/config/slipwayConfig.js';

const names = { project: 'shop', env: 'pr-7', release: 'shop-pr-7', namespace: 'shop-pr-7' };

describe('deploy.url', () => {
  it.each([
    ['https://{{env}}.shop.example.com', 'https://pr-7.shop.example.com'],
    ['http://{{release}}.{{namespace}}.svc:8080/health', 'http://shop-pr-7.shop-pr-7.svc:8080/health'],
    ['https://{{project}}.example.com/{{env}}/', 'https://shop.example.com/pr-7/'],
  ])('%s', (template, expected) => {
    const config = parseSlipwayConfig(`project: shop\ndeploy:\n  url: "${template}"\n`);
    expect(environmentUrl(config.deploy, names)).toBe(expected);
  });

  it('is undefined when slipway.yaml has none', () => {
    expect(environmentUrl(parseSlipwayConfig('project: shop\n').deploy, names)).toBeUndefined();
  });

  it.each([
    ['"{{envv}}.example.com"', /slipway\.yaml:3.*deploy\.url is not a valid template/s],
    ['"{{env}}.example.com"', /deploy\.url must give an http:\/\/ or https:\/\/ URL/],
    ['"https://{{#if}}"', /deploy\.url is not a valid template/],
  ])('refuses %s, naming the line', (value, message) => {
    let error: unknown;
    try {
      parseSlipwayConfig(`project: shop\ndeploy:\n  url: ${value}\n`);
    } catch (caught) {
      error = caught;
    }
    expect(error).toMatchObject({ where: { file: 'slipway.yaml', line: 3 } });
    expect(`${(error as { where: { file: string; line: number } }).where.file}:${(error as { where: { line: number } }).where.line} ${(error as Error).message}`).toMatch(message);
  });
});

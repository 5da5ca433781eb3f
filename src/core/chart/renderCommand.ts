/**
 * `slipway render` / `helm template` end to end: load the chart from disk, read the values flags, render,
 * and produce stdout text or output-dir files. File reading and writing happen here; render() is pure.
 */
import type { Warn } from './values/coalesce.js';
import { mkdirSync, readFileSync, writeFileSync, appendFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { SlipwayError } from '../errors/slipwayError.js';
import { loadChart } from './loader/loadChart.js';
import { render } from './render.js';
import { mergeValueOptions, type ValueOptions } from './values/valueOptions.js';
import { ShowOnlyError, formatTemplateOutput, templateOutputFiles } from './output/templateOutput.js';
import { decodeGoBytes } from './template/goBytes.js';

export interface RenderCommandInput {
  args: string[];
  namespace: string;
  values: ValueOptions;
  showOnly: string[];
  kubeVersion?: string;
  apiVersions: string[];
  includeCrds: boolean;
  outputDir?: string;
  isUpgrade: boolean;
  skipTests: boolean;
  noHooks: boolean;
  skipSchemaValidation: boolean;
  releaseNameInOutputDir: boolean;
  /** Where warnings go as they happen (so that a render that then fails still shows them, as helm does); else into `stderr`. */
  warn?: Warn;
}

const RELEASE_NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

function readValuesFile(path: string): string {
  try {
    return decodeGoBytes(path.trim() === '-' ? readFileSync(0) : readFileSync(path));
  } catch {
    throw new SlipwayError('values', `open ${path}: no such file or directory`, { where: { file: path }, hint: 'check the path given to -f/--values or --set-file' });
  }
}

/** Runs the command; returns what to print on stdout and stderr. */
export async function runRenderCommand(input: RenderCommandInput): Promise<{ stdout: string; stderr: string }> {
  if (input.args.length === 0) throw new SlipwayError('input', 'requires at least 1 argument: [RELEASE] CHART', { hint: 'slipway render [RELEASE] CHART' });
  if (input.args.length > 2) throw new SlipwayError('input', `expected at most two arguments, unexpected arguments: ${input.args.slice(2).join(', ')}`);
  const [releaseName, chartPath] = input.args.length === 2 ? [input.args[0]!, input.args[1]!] : ['release-name', input.args[0]!];
  if (releaseName === '' || releaseName.length > 53 || !RELEASE_NAME.test(releaseName)) {
    throw new SlipwayError('input', `release name check failed: release name "${releaseName}": invalid release name, must match regex ^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$ and the length must not be longer than 53`, { where: { input: 'RELEASE' } });
  }
  const values = mergeValueOptions(input.values, readValuesFile);
  const chart = loadChart(chartPath);
  const warnings: string[] = [];
  const result = await render(chart, values, {
    releaseName,
    namespace: input.namespace,
    isUpgrade: input.isUpgrade,
    capabilities: { ...(input.kubeVersion ? { kubeVersion: input.kubeVersion } : {}), apiVersions: input.apiVersions },
    skipSchemaValidation: input.skipSchemaValidation,
    warn: input.warn ?? ((m) => warnings.push(m)),
  });
  const stderr = warnings.map((w) => `${w}\n`).join('');
  const opts = { includeCrds: input.includeCrds, showOnly: input.showOnly, skipTests: input.skipTests, noHooks: input.noHooks };
  if (input.outputDir !== undefined) {
    const base = input.releaseNameInOutputDir ? join(input.outputDir, releaseName) : input.outputDir;
    let stdout = '';
    for (const f of templateOutputFiles(result, opts)) {
      const target = join(base, f.path);
      mkdirSync(dirname(target), { recursive: true });
      if (existsSync(target)) appendFileSync(target, f.content);
      else writeFileSync(target, f.content);
      stdout += `wrote ${target}\n`;
    }
    return { stdout: `${stdout}\n`, stderr };
  }
  try {
    return { stdout: formatTemplateOutput(result, opts), stderr };
  } catch (e) {
    if (e instanceof ShowOnlyError) throw new SlipwayError('input', e.message, { where: { input: '--show-only' }, hint: 'give a template path relative to the chart, e.g. templates/deployment.yaml' });
    throw e;
  }
}

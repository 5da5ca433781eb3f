/**
 * The filesystem edge of chart loading: a chart directory (walked in Go's lexical order, following
 * symlinks, filtered by .helmignore) or a .tgz archive, turned into a Chart. Errors are SlipwayErrors
 * naming the file and carrying Helm's message.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SlipwayError } from '../../errors/slipwayError.js';
import { compareGoStrings } from '../template/goValues.js';
import type { Chart, ChartFile } from './chart.js';
import { MAX_DECOMPRESSED_CHART_SIZE, isGzip, stripBom } from './chartArchive.js';
import { ChartLoadError, chartFromArchive, chartFromFiles, checkChartApiVersion } from './chartFromFiles.js';
import { HelmIgnoreError, defaultIgnoreRules, isIgnored, parseHelmIgnore, type IgnoreRule } from './helmIgnore.js';


function walkChartDirectory(top: string, rules: IgnoreRule[]): ChartFile[] {
  const files: ChartFile[] = [];
  let budget = MAX_DECOMPRESSED_CHART_SIZE;
  const walk = (dir: string, rel: string) => {
    for (const entry of readdirSync(dir).sort(compareGoStrings)) {
      const abs = join(dir, entry);
      const name = rel === '' ? entry : `${rel}/${entry}`;
      const st = statSync(abs); // follows symlinks, as Helm's sympath.Walk does
      if (st.isDirectory()) {
        if (!isIgnored(rules, name, true)) walk(abs, name);
        continue;
      }
      if (isIgnored(rules, name, false)) continue;
      if (!st.isFile()) throw new SlipwayError('chart', `cannot load irregular file ${abs} as it has file mode type bits set`, { where: { file: abs } });
      if (st.size > budget) throw new SlipwayError('chart', `chart exceeds maximum decompressed size of ${MAX_DECOMPRESSED_CHART_SIZE} bytes`, { where: { file: abs } });
      const data = readFileSync(abs);
      budget -= data.length;
      files.push({ name, data: stripBom(new Uint8Array(data.buffer, data.byteOffset, data.byteLength)) });
    }
  };
  walk(top, '');
  return files;
}

function loadError(e: unknown, base: string): never {
  if (e instanceof ChartLoadError) {
    throw new SlipwayError('chart', e.message, {
      where: { file: e.file === undefined ? base : join(base, e.file), ...(e.line === undefined ? {} : { line: e.line }) },
      hint: e.file?.endsWith('Chart.yaml') ? 'fix Chart.yaml: it needs apiVersion, name and a SemVer version' : undefined,
      cause: e,
    });
  }
  throw e;
}

export function loadChartDirectory(dir: string): Chart {
  const top = resolve(dir);
  const chartYaml = join(top, 'Chart.yaml');
  try {
    statSync(chartYaml);
  } catch {
    throw new SlipwayError('chart', `unable to detect chart at ${chartYaml}: open ${chartYaml}: no such file or directory`, {
      where: { file: chartYaml },
      hint: 'point at a chart directory (one containing Chart.yaml) or a packaged .tgz chart',
    });
  }
  let rules = defaultIgnoreRules();
  const ignoreFile = join(top, '.helmignore');
  let ignoreText: string | undefined;
  try {
    ignoreText = readFileSync(ignoreFile, 'utf8');
  } catch {
    ignoreText = undefined;
  }
  if (ignoreText !== undefined) {
    try {
      rules = [...parseHelmIgnore(ignoreText), ...rules];
    } catch (e) {
      if (e instanceof HelmIgnoreError) throw new SlipwayError('chart', e.message, { where: { file: ignoreFile, line: e.line } });
      throw e;
    }
  }
  try {
    const files = walkChartDirectory(top, rules);
    checkChartApiVersion(files);
    return chartFromFiles(files, top);
  } catch (e) {
    return loadError(e, top);
  }
}

export function loadChartArchive(file: string): Chart {
  const data = readFileSync(file);
  const bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  if (!isGzip(bytes)) {
    const msg = /\.ya?ml$/.test(file)
      ? `file '${file}' seems to be a YAML file, but expected a gzipped archive`
      : `file '${file}' does not appear to be a gzipped archive; got '${bytes.length === 0 ? 'text/plain; charset=utf-8' : 'application/octet-stream'}'`;
    throw new SlipwayError('chart', msg, { where: { file }, hint: 'pass a chart directory or a .tgz made by `helm package`' });
  }
  try {
    return chartFromArchive(bytes, file, true);
  } catch (e) {
    return loadError(e, file);
  }
}

/** Helm's loader.Load: a directory or an archive. */
export function loadChart(path: string): Chart {
  let st;
  try {
    st = statSync(path);
  } catch {
    throw new SlipwayError('chart', `path "${path}" not found`, {
      where: { file: path },
      hint: 'slipway renders local charts only: pass a chart directory or a .tgz archive',
    });
  }
  return st.isDirectory() ? loadChartDirectory(path) : loadChartArchive(path);
}

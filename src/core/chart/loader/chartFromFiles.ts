/**
 * Helm's loader.LoadFiles: sorts a chart's files into Chart.yaml metadata, values, schema, templates,
 * other files and subcharts (directories or archives under charts/), then validates the metadata.
 */
import type { ChartMetadata } from '../../release/helmRelease.js';
import { readValuesText, YamlValuesError, parseYamlDocument, isValuesMap } from '../values/goYamlValues.js';
import type { Chart, ChartFile } from './chart.js';
import { readChartArchive } from './chartArchive.js';
import { ChartDecodeError, decodeChartMetadata, validateChartMetadata } from './chartMetadata.js';
import { decodeGoBytes } from '../template/goBytes.js';

/** A load failure with Helm's message, the file it concerns (inside the chart) and a line when known. */
export class ChartLoadError extends Error {
  constructor(
    message: string,
    readonly file?: string,
    readonly line?: number,
  ) {
    super(message);
  }
}


function decode(data: Uint8Array): string {
  return decodeGoBytes(data);
}

function valuesError(prefix: string, file: string, e: unknown): never {
  if (e instanceof YamlValuesError) throw new ChartLoadError(`${prefix}: ${e.helmText}`, file, e.stage === 'syntax' || e.stage === 'read' ? e.fileLine : undefined);
  throw e;
}

export function chartFromFiles(files: ChartFile[], origin: string): Chart {
  let metadata: ChartMetadata | undefined;
  const c: Chart = { metadata: {}, templates: [], values: {}, files: [], raw: [], dependencies: [], origin };
  for (const f of files) {
    c.raw.push(f);
    if (f.name === 'Chart.yaml') {
      try {
        metadata = decodeChartMetadata(decode(f.data), metadata ?? {});
      } catch (e) {
        if (e instanceof ChartDecodeError) throw new ChartLoadError(`cannot load Chart.yaml: ${e.message}`, 'Chart.yaml');
        throw e;
      }
      if (!metadata.apiVersion) metadata.apiVersion = 'v1';
    }
  }
  const subcharts = new Map<string, ChartFile[]>();
  for (const f of files) {
    const name = f.name;
    if (name === 'Chart.yaml') continue;
    if (name === 'Chart.lock' || name === 'requirements.lock') {
      try {
        const lock = parseYamlDocument(decode(f.data));
        c.lock = isValuesMap(lock) ? lock : {};
      } catch (e) {
        throw new ChartLoadError(`cannot load ${name}: error converting YAML to JSON: yaml: ${(e as Error).message}`, name);
      }
      if (name === 'requirements.lock') {
        metadata ??= {};
        if (metadata.apiVersion === 'v1') c.files.push(f);
      }
    } else if (name === 'values.yaml') {
      try {
        c.values = readValuesText(decode(f.data));
      } catch (e) {
        valuesError('cannot load values.yaml', name, e);
      }
    } else if (name === 'values.schema.json') {
      c.schema = f.data;
    } else if (name === 'requirements.yaml') {
      metadata ??= {};
      try {
        metadata = decodeChartMetadata(decode(f.data), metadata);
      } catch (e) {
        if (e instanceof ChartDecodeError) throw new ChartLoadError(`cannot load requirements.yaml: ${e.message}`, name);
        throw e;
      }
      if (metadata.apiVersion === 'v1') c.files.push(f);
    } else if (name.startsWith('templates/')) {
      c.templates.push(f);
    } else if (name.startsWith('charts/')) {
      if (name.endsWith('.prov')) {
        c.files.push(f);
        continue;
      }
      const rest = name.slice('charts/'.length);
      const slash = rest.indexOf('/');
      const cname = slash < 0 ? rest : rest.slice(0, slash);
      let list = subcharts.get(cname);
      if (list === undefined) subcharts.set(cname, (list = []));
      list.push({ name: rest, data: f.data });
    } else {
      c.files.push(f);
    }
  }
  if (metadata === undefined) throw new ChartLoadError('Chart.yaml file is missing', 'Chart.yaml');
  c.metadata = metadata;
  const invalid = validateChartMetadata(metadata);
  if (invalid !== undefined) throw new ChartLoadError(`validation: ${invalid}`, 'Chart.yaml');

  for (const [n, list] of subcharts) {
    if (n.startsWith('_') || n.startsWith('.')) continue;
    let sub: Chart;
    try {
      if (n.endsWith('.tgz')) {
        const file = list[0]!;
        if (file.name !== n) throw new ChartLoadError(`error unpacking subchart tar in ${metadata.name}: expected ${n}, got ${file.name}`);
        sub = chartFromArchive(file.data, `${origin}/charts/${n}`);
      } else {
        const inner: ChartFile[] = [];
        for (const f of list) {
          const slash = f.name.indexOf('/');
          if (slash < 0) continue;
          inner.push({ name: f.name.slice(slash + 1), data: f.data });
        }
        sub = chartFromFiles(inner, `${origin}/charts/${n}`);
      }
    } catch (e) {
      if (e instanceof ChartLoadError && !e.message.startsWith('error unpacking subchart tar')) {
        throw new ChartLoadError(`error unpacking subchart ${n} in ${metadata.name}: ${e.message}`, e.file === undefined ? undefined : `charts/${n}/${e.file}`, e.line);
      }
      throw e;
    }
    sub.parent = c;
    c.dependencies.push(sub);
  }
  return c;
}

/** Helm's LoadArchive on bytes (a .tgz). */
/**
 * Helm's loader.Load picks the chart format from the top Chart.yaml's apiVersion before anything else:
 * v1, v2 or none load as Helm 3 charts; v3 charts load but `template`/`install` refuse them; any other
 * value is refused. (Subcharts are not checked: they load with their parent's loader.)
 */
export function checkChartApiVersion(files: ChartFile[]): void {
  const chartYaml = files.find((f) => f.name === 'Chart.yaml');
  if (chartYaml === undefined) return;
  let doc: unknown;
  try {
    doc = parseYamlDocument(decode(chartYaml.data));
  } catch {
    return; // the full load reports it
  }
  const raw = isValuesMap(doc) ? doc.apiVersion : undefined;
  const apiVersion = raw === undefined || raw === null ? '' : String(raw);
  if (apiVersion === 'v1' || apiVersion === 'v2' || apiVersion === '') return;
  throw new ChartLoadError(apiVersion === 'v3' ? 'invalid chart apiVersion' : 'unsupported chart version', 'Chart.yaml');
}

export function chartFromArchive(data: Uint8Array, origin: string, top = false): Chart {
  let files: ChartFile[];
  try {
    files = readChartArchive(data);
  } catch (e) {
    throw new ChartLoadError(`unable to load chart archive: ${(e as Error).message}`);
  }
  if (!files.some((f) => f.name === 'Chart.yaml')) throw new ChartLoadError('unable to detect chart version, no Chart.yaml found');
  if (top) checkChartApiVersion(files);
  return chartFromFiles(files, origin);
}

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chartFromArchive, chartFromFiles, ChartLoadError } from '../../../../src/core/chart/loader/chartFromFiles.js';

const enc = new TextEncoder();
const file = (name: string, text: string) => ({ name, data: enc.encode(text) });

describe('chart loading from files (Helm LoadFiles)', () => {
  it('decodes Chart.yaml scalars into strings the way sigs.k8s.io/yaml does', () => {
    const c = chartFromFiles([file('Chart.yaml', 'apiVersion: v2\nname: a\nversion: 1\nappVersion: 1.10\ndescription: 012\n')], 'a');
    expect(c.metadata).toMatchObject({ version: '1', appVersion: '1.1', description: '10' });
  });
  it('sorts files into templates, values, schema, subcharts and other files', () => {
    const c = chartFromFiles(
      [
        file('Chart.yaml', 'apiVersion: v2\nname: top\nversion: 0.1.0\n'),
        file('values.yaml', 'a: 1\n'),
        file('values.schema.json', '{}'),
        file('templates/x.yaml', 'x'),
        file('files/readme.txt', 'r'),
        file('charts/sub/Chart.yaml', 'name: sub\nversion: 1.0.0\n'),
        file('charts/sub/templates/y.yaml', 'y'),
        file('charts/_skipped/Chart.yaml', 'name: skipped\nversion: 1.0.0\n'),
      ],
      'top',
    );
    expect(c.values).toEqual({ a: 1 });
    expect(c.templates.map((t) => t.name)).toEqual(['templates/x.yaml']);
    expect(c.files.map((f) => f.name)).toEqual(['files/readme.txt']);
    expect(c.dependencies.map((d) => [d.metadata.name, d.metadata.apiVersion, d.parent === c])).toEqual([['sub', 'v1', true]]);
  });
  it('reports Helm validation and decoding errors', () => {
    expect(() => chartFromFiles([file('Chart.yaml', 'apiVersion: v2\nversion: 0.1.0\n')], 'x')).toThrow('validation: chart.metadata.name is required');
    expect(() => chartFromFiles([file('Chart.yaml', 'apiVersion: v2\nname: x\nversion: 0.1.0\nmaintainers: 3\n')], 'x')).toThrow(
      'cannot load Chart.yaml: error unmarshaling JSON: while decoding JSON: json: cannot unmarshal number into Go struct field Metadata.maintainers of type []*v2.Maintainer',
    );
    expect(() => chartFromFiles([file('Chart.yaml', 'apiVersion: v2\nname: x\nversion: 0.1.0\n'), file('values.yaml', 'a: [\n')], 'x')).toThrow(ChartLoadError);
  });
  it('reads a chart archive made by helm package (gzip + tar, top directory dropped)', () => {
    const tgz = readFileSync(new URL('../../../fixtures/charts/written/legacyapp/charts/metrics-0.2.0.tgz', import.meta.url));
    const c = chartFromArchive(new Uint8Array(tgz), 'metrics.tgz');
    expect(c.metadata.name).toBe('metrics');
    expect(c.templates.map((t) => t.name).sort()).toEqual(['templates/_port.tpl', 'templates/service.yaml']);
    expect(c.values).toMatchObject({ port: 9100 });
  });
});

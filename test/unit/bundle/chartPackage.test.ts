import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { packageChart } from '../../../src/core/bundle/chartPackage.js';
import { writeTar } from '../../../src/core/bundle/tarWriter.js';
import { readTarEntries } from '../../../src/core/chart/loader/tarEntries.js';
import { chartFromArchive } from '../../../src/core/chart/loader/chartFromFiles.js';
import { sha256Digest } from '../../../src/core/bundle/helmOciArtifact.js';

const enc = (s: string) => new TextEncoder().encode(s);
const files = [
  { name: 'values.yaml', data: enc('a: 1\n') },
  { name: 'templates/cm.yaml', data: enc('apiVersion: v1\nkind: ConfigMap\nmetadata: { name: x }\n') },
  { name: 'Chart.yaml', data: enc('apiVersion: v2\nname: demo\nversion: 0.1.0\n') },
  { name: `files/${'deep/'.repeat(30)}long-name.txt`, data: enc('long') },
  { name: `files/${'n'.repeat(120)}.txt`, data: enc('no slash fits') },
];

describe('packageChart: deterministic helm-package layout', () => {
  it('gives the same bytes for the same files and mtime, whatever their order', () => {
    const a = packageChart('demo', files, 1_700_000_000);
    const b = packageChart('demo', [...files].reverse(), 1_700_000_000);
    expect(sha256Digest(a)).toBe(sha256Digest(b));
    expect(sha256Digest(packageChart('demo', files, 1_700_000_001))).not.toBe(sha256Digest(a));
  });

  it('writes <name>/ entries, Chart.yaml first, then Go lexical order; long names via ustar prefix or PAX', () => {
    const entries = readTarEntries(gunzipSync(packageChart('demo', files, 0)));
    expect(entries.map((e) => e.name)).toEqual([
      'demo/Chart.yaml',
      `demo/files/${'deep/'.repeat(30)}long-name.txt`,
      `demo/files/${'n'.repeat(120)}.txt`,
      'demo/templates/cm.yaml',
      'demo/values.yaml',
    ]);
    expect(entries.every((e) => e.type === '0')).toBe(true);
  });

  it('is loaded by the chart loader (Helm archive rules)', () => {
    const chart = chartFromArchive(packageChart('demo', files, 0), 'test', true);
    expect(chart.metadata.name).toBe('demo');
    expect(chart.values).toEqual({ a: 1 });
    expect(chart.templates.map((t) => t.name)).toEqual(['templates/cm.yaml']);
  });

  it('writes ustar headers GNU tar and Go accept (checksum, magic, octal fields, fixed owner)', () => {
    const tar = writeTar([{ name: 'x/a.txt', data: enc('hello') }], 0o1234);
    expect(tar.length).toBe(512 * 4);
    const h = tar.subarray(0, 512);
    expect(h.subarray(257, 263).toString('latin1')).toBe('ustar\0');
    expect(h.subarray(100, 108).toString('latin1')).toBe('0000644\0');
    expect(h.subarray(124, 136).toString('latin1')).toBe('00000000005\0');
    expect(h.subarray(136, 148).toString('latin1')).toBe('00000001234\0');
    expect(h.subarray(265, 265 + 32).every((b) => b === 0)).toBe(true);
  });
});

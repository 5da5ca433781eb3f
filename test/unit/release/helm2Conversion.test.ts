import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeTillerRecord } from '../../../src/core/release/helm2/tillerRelease.js';
import { convertV2Release, timestampTime } from '../../../src/core/release/helm2/convertRelease.js';
import { convertTillerRecords } from '../../../src/core/release/helm2/migrateHelm2.js';
import { encodeRelease, decodeRelease } from '../../../src/core/release/releaseCodec.js';
import { tillerRecordData, type TillerReleaseSpec } from '../../support/tillerRecordWriter.js';

const spec = (version: number, status: number): TillerReleaseSpec => ({
  name: 'shop',
  namespace: 'shop-prod',
  version,
  status,
  description: version === 1 ? 'Install complete' : 'Upgrade complete',
  manifest: '---\n# Source: shop/templates/cm.yaml\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: shop\ndata:\n  v: "1"\n',
  chart: { name: 'shop', version: '0.1.0', appVersion: '1.0', templates: { 'templates/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\n' }, values: 'replicas: 1\nimage:\n  tag: v1\n', files: { 'README.md': '# shop' } },
  config: 'image:\n  tag: v2\n',
  hooks: [{ name: 'shop-migrate', kind: 'Job', path: 'shop/templates/job.yaml', manifest: 'kind: Job', events: [1, 5, 9], weight: -5, deletePolicies: [2, 0] }],
  notes: 'thanks',
  deployedSeconds: 1_600_000_000,
});

describe('Helm 2 release records → Helm 3 (as helm-2to3 CreateRelease)', () => {
  it('decodes the protobuf and maps status, chart, values, manifest and hooks', () => {
    const v2 = decodeTillerRecord(tillerRecordData(spec(2, 1)), 'ConfigMap kube-system/shop.v2');
    const v3 = convertV2Release(v2);
    expect(v3).toMatchObject({ name: 'shop', namespace: 'shop-prod', version: 2, manifest: spec(2, 1).manifest, config: { image: { tag: 'v2' } } });
    expect(v3.info).toEqual({ first_deployed: '2020-09-13T12:26:40Z', last_deployed: '2020-09-13T12:26:42.5Z', description: 'Upgrade complete', status: 'deployed', notes: 'thanks' });
    expect(v3.chart.metadata).toEqual({ name: 'shop', home: '', sources: [], version: '0.1.0', description: 'a Helm 2 chart', keywords: [], icon: '', apiVersion: 'v1', condition: '', tags: '', appVersion: '1.0', deprecated: false, annotations: { team: 'payments' }, kubeVersion: '', type: 'application' });
    expect(v3.chart.values).toEqual({ replicas: 1, image: { tag: 'v1' } });
    expect(v3.chart.templates).toEqual([{ name: 'templates/cm.yaml', data: Buffer.from('apiVersion: v1\nkind: ConfigMap\n').toString('base64') }]);
    expect(v3.chart.files).toEqual([{ name: 'README.md', data: Buffer.from('# shop').toString('base64') }]);
    expect(v3.chart).toMatchObject({ lock: null, schema: null });
    expect(v3.hooks).toEqual([{ name: 'shop-migrate', kind: 'Job', path: 'shop/templates/job.yaml', manifest: 'kind: Job', events: ['pre-install', 'pre-upgrade', 'test'], last_run: { phase: '' }, weight: -5, delete_policies: ['before-hook-creation', 'hook-succeeded'] }]);
    // Encodes as a Helm 3 record and reads back.
    expect(decodeRelease(encodeRelease(v3), 'x').info.status).toBe('deployed');
  });
  it('maps every v2 status as helm-2to3 does', () => {
    const names = [0, 1, 2, 3, 4, 5, 6, 7, 8].map((code) => convertV2Release(decodeTillerRecord(tillerRecordData(spec(1, code)), 'r')).info.status);
    expect(names).toEqual(['unknown', 'deployed', 'uninstalled', 'superseded', 'failed', 'uninstalling', 'pending-install', 'pending-upgrade', 'pending-rollback']);
  });
  it('converts all revisions oldest first', () => {
    const records = [spec(2, 1), spec(1, 3)].map((s) => ({ kind: 'ConfigMap' as const, name: `shop.v${s.version}`, namespace: 'kube-system', data: tillerRecordData(s) }));
    expect(convertTillerRecords(records, 'shop').map((r) => [r.version, r.info.status])).toEqual([[1, 'superseded'], [2, 'deployed']]);
  });
  it('a corrupt record is a clear error naming it, and nothing is converted', () => {
    const good = { kind: 'ConfigMap' as const, name: 'shop.v1', namespace: 'kube-system', data: tillerRecordData(spec(1, 3)) };
    const truncated = Buffer.from(tillerRecordData(spec(2, 1)), 'base64');
    const cut = gzipSync(gunzipSync(truncated).subarray(0, 40)).toString('base64');
    expect(() => convertTillerRecords([good, { ...good, name: 'shop.v2', data: cut }], 'shop')).toThrow(/^Helm 2 release record ConfigMap kube-system\/shop.v2 cannot be decoded: not a hapi.release.Release protobuf: field \d+ is \d+ bytes long but only \d+ remain/);
    expect(() => convertTillerRecords([{ ...good, data: 'not base64 !!' }], 'shop')).toThrow(/shop.v1 cannot be decoded: data.release is not base64/);
    expect(() => convertTillerRecords([{ ...good, data: Buffer.from('{"json": true}').toString('base64') }], 'shop')).toThrow(/shop.v1 cannot be decoded: not a hapi.release.Release protobuf/);
  });
  it('formats protobuf timestamps as Go RFC3339Nano', () => {
    expect(timestampTime({ seconds: 0n, nanos: 1 })).toBe('1970-01-01T00:00:00.000000001Z');
  });
});

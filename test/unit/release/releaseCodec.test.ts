import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeRelease, encodeRelease, goJson } from '../../../src/core/release/releaseCodec.js';
import { goTime, releaseRecordName, type HelmRelease } from '../../../src/core/release/helmRelease.js';

const release: HelmRelease = {
  namespace: 'shop',
  version: 3,
  name: 'web',
  manifest: '---\n# Source: web/templates/cm.yaml\napiVersion: v1\nkind: ConfigMap\n',
  config: { z: 1, a: { y: '<b>', b: true } },
  info: { status: 'deployed', description: 'Upgrade complete', first_deployed: '2024-01-01T00:00:00Z', last_deployed: '2024-01-02T00:00:00.5Z' },
  chart: { metadata: { version: '1.0.0', name: 'web', apiVersion: 'v2', annotations: { b: '1', a: '2' } } },
  hooks: [{ name: 'migrate', kind: 'Job', events: ['pre-upgrade'], last_run: { phase: 'Succeeded' }, weight: 0 }],
};

describe('release codec', () => {
  it('writes Go field order, sorted maps and HTML escapes', () => {
    const json = gunzipSync(Buffer.from(encodeRelease(release), 'base64')).toString('utf8');
    expect(json.startsWith('{"name":"web","info":{"first_deployed":"2024-01-01T00:00:00Z","last_deployed":"2024-01-02T00:00:00.5Z","description":"Upgrade complete","status":"deployed"},"chart":{"metadata":{"name":"web","version":"1.0.0","apiVersion":"v2","annotations":{"a":"2","b":"1"}},"lock":null,"templates":null,"values":null,"schema":null,"schemamodtime":"0001-01-01T00:00:00Z","files":null},"config":{"a":{"b":true,"y":"\\u003cb\\u003e"},"z":1}')).toBe(true);
    expect(json).toContain('"hooks":[{"name":"migrate","kind":"Job","events":["pre-upgrade"],"last_run":{"phase":"Succeeded"}}],"version":3,"namespace":"shop"}');
  });

  it('gzips at best compression (Go writes header byte XFL=2 for it too)', () => {
    const bytes = Buffer.from(encodeRelease(release), 'base64');
    expect([...bytes.subarray(0, 3)]).toEqual([0x1f, 0x8b, 0x08]);
  });

  it('round-trips and keeps unknown fields', () => {
    const withExtra = { ...release, future_field: { x: 1 } } as HelmRelease;
    const back = decodeRelease(encodeRelease(withExtra), 'x');
    expect(back.future_field).toEqual({ x: 1 });
    expect(back.config).toEqual(release.config);
  });

  it('reads uncompressed records of old Helm versions', () => {
    const plain = Buffer.from(JSON.stringify(release)).toString('base64');
    expect(decodeRelease(plain, 'x').name).toBe('web');
  });

  it('refuses garbage with the record name', () => {
    expect(() => decodeRelease('!!!', 'ns/sh.helm.release.v1.web.v1')).toThrow(/ns\/sh.helm.release.v1.web.v1 cannot be decoded/);
  });

  it('escapes like Go', () => {
    expect(goJson({ a: 'x<y>&\u2028' })).toBe('{"a":"x\\u003cy\\u003e\\u0026\\u2028"}');
  });

  it('names records and times as Helm does', () => {
    expect(releaseRecordName('web', 12)).toBe('sh.helm.release.v1.web.v12');
    expect(goTime(new Date('2024-05-01T10:00:00.000Z'))).toBe('2024-05-01T10:00:00Z');
    expect(goTime(new Date('2024-05-01T10:00:00.120Z'))).toBe('2024-05-01T10:00:00.12Z');
    expect(goTime(new Date('2024-05-01T10:00:10.000Z'))).toBe('2024-05-01T10:00:10Z');
  });
});

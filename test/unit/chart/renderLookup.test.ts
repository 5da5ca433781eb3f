import { describe, expect, it } from 'vitest';
import { chartFromFiles } from '../../../src/core/chart/loader/chartFromFiles.js';
import { render } from '../../../src/core/chart/render.js';
import { gvkString } from '../../../src/core/kube/clusterLookup.js';
import { resourcePath } from '../../../src/core/kube/restMapper.js';

const enc = (s: string) => new TextEncoder().encode(s);
function chart(template: string) {
  return chartFromFiles(
    [
      { name: 'Chart.yaml', data: enc('apiVersion: v2\nname: c\nversion: 0.1.0\n') },
      { name: 'templates/cm.yaml', data: enc(template) },
    ],
    'c',
  );
}

async function renderWith(template: string, objects: Record<string, unknown>, calls: string[] = []) {
  const result = await render(chart(template), {}, {
    releaseName: 'r',
    namespace: 'ns',
    clusterLookup: async (apiVersion, kind, namespace, name) => {
      calls.push(`${apiVersion} ${kind} ${namespace}/${name}`);
      if (apiVersion === 'bad/v1') throw new Error('unable to get apiresource from unstructured: bad/v1, Kind=X: the server could not find the requested resource');
      return (objects[`${kind}/${namespace}/${name}`] as Record<string, unknown>) ?? {};
    },
  });
  return result.manifests.map((m) => m.content).join('');
}

describe('render with cluster lookups', () => {
  it('runs again with the answers until no new lookup appears (a chain of two), each object read once', async () => {
    const calls: string[] = [];
    const out = await renderWith(
      'kind: ConfigMap\nmetadata:\n  name: x\ndata:\n  v: {{ (lookup "v1" "ConfigMap" "ns" (lookup "v1" "ConfigMap" "ns" "a").data.next).data.v | quote }}\n  n: {{ (lookup "v1" "ConfigMap" "ns" "a").data.n | typeOf | quote }}\n',
      { 'ConfigMap/ns/a': { data: { next: 'b', n: 7 } }, 'ConfigMap/ns/b': { data: { v: 'end' } } },
      calls,
    );
    expect(out).toContain('v: "end"');
    expect(out).toContain('n: "int64"');
    expect(calls.sort()).toEqual(['v1 ConfigMap ns/a', 'v1 ConfigMap ns/b']);
  });

  it('gives each lookup a fresh copy (a template changing one does not change the next)', async () => {
    const out = await renderWith('kind: ConfigMap\nmetadata:\n  name: x\ndata:\n  {{- $a := lookup "v1" "Secret" "ns" "s" }}{{ $_ := set $a "x" 1 }}\n  fresh: {{ hasKey (lookup "v1" "Secret" "ns" "s") "x" | quote }}\n', { 'Secret/ns/s': { kind: 'Secret' } });
    expect(out).toContain('fresh: "false"');
  });

  it('reports a failed read as Helm does, from the template that asked', async () => {
    await expect(renderWith('kind: ConfigMap\nmetadata:\n  name: x\ndata:\n  v: {{ lookup "bad/v1" "X" "" "y" }}\n', {})).rejects.toThrow(
      /error calling lookup: unable to get apiresource from unstructured: bad\/v1, Kind=X: the server could not find the requested resource/,
    );
  });

  it('does not fail a pass that only lacked answers (required on a field not read yet)', async () => {
    const out = await renderWith('kind: ConfigMap\nmetadata:\n  name: x\ndata:\n  v: {{ required "need it" (lookup "v1" "ConfigMap" "ns" "a").data.v | quote }}\n', { 'ConfigMap/ns/a': { data: { v: 'here' } } });
    expect(out).toContain('v: "here"');
  });
});

describe('lookup paths', () => {
  const mapping = (group: string, version: string, resource: string, namespaced: boolean) => ({ group, version, kind: 'K', resource, namespaced });
  it.each([
    [mapping('', 'v1', 'secrets', true), 'ns', 's', '/api/v1/namespaces/ns/secrets/s'],
    [mapping('', 'v1', 'secrets', true), undefined, 's', '/api/v1/secrets/s'],
    [mapping('apps', 'v1', 'deployments', true), 'ns', undefined, '/apis/apps/v1/namespaces/ns/deployments'],
    [mapping('', 'v1', 'namespaces', false), 'ignored', 'kube-system', '/api/v1/namespaces/kube-system'],
  ])('%j %s/%s → %s', (m, namespace, name, path) => {
    expect(resourcePath(m, namespace, name)).toBe(path);
  });
  it('names group-version-kinds as Go prints them', () => {
    expect(gvkString('v1', 'Secret')).toBe('/v1, Kind=Secret');
    expect(gvkString('apps/v1', 'Deployment')).toBe('apps/v1, Kind=Deployment');
  });

  it('loads a library a tpl reaches between lookup passes, and still reads each object once', async () => {
    const calls: string[] = [];
    const out = await renderWith(
      'kind: ConfigMap\nmetadata:\n  name: x\ndata:\n  {{- $a := lookup "v1" "ConfigMap" "ns" "a" }}\n  v: {{ tpl "{{ regexReplaceAll \\"[0-9]+\\" .n \\"N\\" }}" (dict "n" (toString $a.data.n)) | quote }}\n  b: {{ (lookup "v1" "ConfigMap" "ns" $a.data.next).data.v | quote }}\n',
      { 'ConfigMap/ns/a': { data: { next: 'b', n: 'x42y' } }, 'ConfigMap/ns/b': { data: { v: 'end' } } },
      calls,
    );
    expect(out).toContain('v: "xNy"');
    expect(out).toContain('b: "end"');
    expect(calls.sort()).toEqual(['v1 ConfigMap ns/a', 'v1 ConfigMap ns/b']);
  });
});

/**
 * Template lines of rendered documents (RenderOptions.templateLines): each document knows the line of its
 * template file that wrote its first line, the range of lines it spans, and the innermost file and line of
 * every rendered line (a define in _helpers.tpl for included text). Tracing never changes an output byte.
 */
import { describe, expect, it } from 'vitest';
import { chartFromFiles } from '../../../../src/core/chart/loader/chartFromFiles.js';
import { render, type RenderResult } from '../../../../src/core/chart/render.js';
import { formatTemplateOutput } from '../../../../src/core/chart/output/templateOutput.js';
import type { RenderedManifest } from '../../../../src/core/chart/output/manifestSort.js';
import { deployInputOf } from '../../../../src/core/converge/chartDeployInput.js';
import { parseDocuments } from '../../../../src/core/deploy/manifestResources.js';
import { formatError } from '../../../../src/core/errors/slipwayError.js';

const enc = new TextEncoder();
const chartOf = (templates: Record<string, string>, values = '') =>
  chartFromFiles(
    [
      { name: 'Chart.yaml', data: enc.encode('apiVersion: v2\nname: c\nversion: 0.1.0\n') },
      { name: 'values.yaml', data: enc.encode(values) },
      ...Object.entries(templates).map(([name, text]) => ({ name: `templates/${name}`, data: enc.encode(text) })),
    ],
    'c',
  );

async function traced(templates: Record<string, string>, values = ''): Promise<RenderResult> {
  const chart = chartOf(templates, values);
  const plain = await render(chart, {}, { releaseName: 'r', namespace: 'default' });
  const result = await render(chart, {}, { releaseName: 'r', namespace: 'default', templateLines: true });
  expect(formatTemplateOutput(result, {})).toBe(formatTemplateOutput(plain, {}));
  expect([...result.rendered]).toEqual([...plain.rendered]);
  return result;
}

/** Documents by name, in file order of their start lines. */
function byName(result: RenderResult): Map<string, RenderedManifest> {
  return new Map([...result.manifests, ...result.hooks].map((m) => [m.head.name, m]));
}

/** The template line of the document's line that contains `needle`. */
function sourceOfText(m: RenderedManifest, needle: string) {
  const k = m.content.split('\n').findIndex((l) => l.includes(needle));
  expect(k).toBeGreaterThanOrEqual(0);
  return m.sourceOf!(m.startLine + k);
}

describe('template lines of rendered documents', () => {
  it('gives literal documents after multi-line expansions their own template lines', async () => {
    const result = await traced(
      {
        'cm.yaml': [
          'apiVersion: v1', // 1
          'kind: ConfigMap', // 2
          'metadata:', // 3
          '  name: a', // 4
          'data:', // 5
          '  {{- toYaml .Values.data | nindent 2 }}', // 6
          '---', // 7
          '# a comment', // 8
          'apiVersion: v1', // 9
          'kind: ConfigMap', // 10
          'metadata:', // 11
          '  name: b', // 12
        ].join('\n'),
      },
      'data:\n  k1: v1\n  k2: v2\n  k3: v3\n',
    );
    const docs = byName(result);
    const a = docs.get('a')!;
    const b = docs.get('b')!;
    expect(a.templateLine).toBe(1);
    expect(a.templateLines).toEqual({ start: 1, end: 6 });
    expect(sourceOfText(a, 'k3: v3')).toEqual({ file: 'c/templates/cm.yaml', line: 6 });
    // The rendered output has two more lines than the template above b; its template lines do not.
    expect(b.startLine).toBe(10);
    expect(b.templateLine).toBe(8);
    expect(b.templateLines).toEqual({ start: 8, end: 12 });
    expect(sourceOfText(b, 'name: b')).toEqual({ file: 'c/templates/cm.yaml', line: 12 });
  });

  it('points every document of a range, with --- inside the range, at the range body', async () => {
    const result = await traced(
      {
        'svc.yaml': [
          '{{- range .Values.names }}', // 1
          '---', // 2
          'apiVersion: v1', // 3
          'kind: Service', // 4
          'metadata:', // 5
          '  name: {{ . }}', // 6
          '{{- end }}', // 7
          '---', // 8
          'apiVersion: v1', // 9
          'kind: Service', // 10
          'metadata:', // 11
          '  name: last', // 12
        ].join('\n'),
      },
      'names: [one, two, three]\n',
    );
    const docs = byName(result);
    for (const name of ['one', 'two', 'three']) {
      expect(docs.get(name)!.templateLine).toBe(3);
      expect(docs.get(name)!.templateLines).toEqual({ start: 3, end: 6 });
      expect(sourceOfText(docs.get(name)!, `name: ${name}`)).toEqual({ file: 'c/templates/svc.yaml', line: 6 });
    }
    expect(docs.get('last')!.templateLine).toBe(9);
    expect(docs.get('last')!.templateLines).toEqual({ start: 9, end: 12 });
  });

  it('traces included text to the define in _helpers.tpl, and the document to the include line', async () => {
    const result = await traced({
      '_helpers.tpl': [
        '{{/* labels */}}', // 1
        '{{- define "c.labels" -}}', // 2
        'app: {{ .Chart.Name }}', // 3
        'tier: web', // 4
        '{{- end }}', // 5
        '', // 6
        '{{- define "c.doc" -}}', // 7
        'apiVersion: v1', // 8
        'kind: ConfigMap', // 9
        'metadata:', // 10
        '  name: {{ .name }}', // 11
        '{{- end }}', // 12
      ].join('\n'),
      'cm.yaml': [
        'apiVersion: v1', // 1
        'kind: ConfigMap', // 2
        'metadata:', // 3
        '  name: labelled', // 4
        '  labels:', // 5
        '    {{- include "c.labels" . | nindent 4 }}', // 6
        '  annotations:', // 7
        '    {{- include "c.labels" . | trim | nindent 4 }}', // 8
        '---', // 9
        '{{ include "c.doc" (dict "name" "included") }}', // 10
        '---', // 11
        '{{ template "c.doc" (dict "name" "called") }}', // 12
      ].join('\n'),
    });
    const docs = byName(result);
    const labelled = docs.get('labelled')!;
    expect(labelled.templateLines).toEqual({ start: 1, end: 8 });
    expect(sourceOfText(labelled, 'app: c')).toEqual({ file: 'c/templates/_helpers.tpl', line: 3 });
    expect(sourceOfText(labelled, 'tier: web')).toEqual({ file: 'c/templates/_helpers.tpl', line: 4 });
    expect(sourceOfText(labelled, 'annotations:')).toEqual({ file: 'c/templates/cm.yaml', line: 7 });
    const included = docs.get('included')!;
    expect(included.templateLine).toBe(10);
    expect(included.templateLines).toEqual({ start: 10, end: 10 });
    expect(included.sourceOf!(included.startLine)).toEqual({ file: 'c/templates/_helpers.tpl', line: 8 });
    expect(sourceOfText(included, 'name: included')).toEqual({ file: 'c/templates/_helpers.tpl', line: 11 });
    const called = docs.get('called')!;
    expect(called.templateLine).toBe(12);
    expect(called.sourceOf!(called.startLine)).toEqual({ file: 'c/templates/_helpers.tpl', line: 8 });
    expect(sourceOfText(called, 'name: called')).toEqual({ file: 'c/templates/_helpers.tpl', line: 11 });
  });

  it('follows whitespace trimming on both sides of actions', async () => {
    const result = await traced(
      {
        'cm.yaml': [
          '{{- if true }}', // 1
          '', // 2
          '', // 3
          '{{- /* nothing */ -}}', // 4
          '', // 5
          'apiVersion: v1', // 6
          'kind: ConfigMap', // 7
          'metadata:', // 8
          '  name: trimmed', // 9
          '  {{- with .Values.extra }}', // 10
          '  extra: {{ . | quote -}}', // 11
          '', // 12
          '  {{- end }}', // 13
          'data: {}', // 14
          '{{- end }}', // 15
        ].join('\n'),
      },
      'extra: x\n',
    );
    const doc = byName(result).get('trimmed')!;
    expect(doc.startLine).toBe(1);
    expect(doc.templateLine).toBe(6);
    expect(sourceOfText(doc, 'extra:')).toEqual({ file: 'c/templates/cm.yaml', line: 11 });
    expect(sourceOfText(doc, 'data: {}')).toEqual({ file: 'c/templates/cm.yaml', line: 14 });
    expect(doc.templateLines).toEqual({ start: 6, end: 14 });
  });

  it('is absent unless asked for, and the deploy input takes the template line', async () => {
    const chart = chartOf({ 'cm.yaml': '{{ "\\n\\n" }}apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n' });
    const plain = await render(chart, {}, { releaseName: 'r', namespace: 'default' });
    expect(plain.manifests[0]!.templateLine).toBeUndefined();
    expect(plain.manifests[0]!.sourceOf).toBeUndefined();
    const result = await render(chart, {}, { releaseName: 'r', namespace: 'default', templateLines: true });
    const input = deployInputOf(result, chart, { release: 'r', namespace: 'default', config: {} });
    expect(input.documents).toEqual([{ source: 'c/templates/cm.yaml', content: result.manifests[0]!.content, line: 1 }]);
    expect(result.manifests[0]!.startLine).toBe(3);
  });

  it('makes deploy errors and invalid YAML point at the template line', async () => {
    const templates = {
      'cm.yaml': [
        '{{- toYaml .Values.first }}', // 1
        '---', // 2
        'apiVersion: v1', // 3
        'kind: ConfigMap', // 4
        'metadata:', // 5
        '  name: numbered', // 6
        '  labels:', // 7
        '    count: 1', // 8
      ].join('\n'),
    };
    const values = 'first:\n  apiVersion: v1\n  kind: ConfigMap\n  metadata:\n    name: first\n';
    const chart = chartOf(templates, values);
    const result = await render(chart, {}, { releaseName: 'r', namespace: 'default', templateLines: true });
    const input = deployInputOf(result, chart, { release: 'r', namespace: 'default', config: {} });
    let error: unknown;
    try {
      parseDocuments(input.documents);
    } catch (e) {
      error = e;
    }
    expect(formatError(error)).toMatch(/^c\/templates\/cm\.yaml:3, ConfigMap\/numbered: labels count of ConfigMap\/numbered is not a string/);
    const broken = chartOf({ 'cm.yaml': '{{ "a: 1\\nb: 2\\n" }}---\nkind: ConfigMap\nmetadata:\n  name: x\n   bad: indentation\n' });
    const failure = await render(broken, {}, { releaseName: 'r', namespace: 'default', templateLines: true }).catch((e: unknown) => e);
    expect((failure as { where: { file: string; line: number } }).where).toEqual({ file: 'c/templates/cm.yaml', line: 5 });
  });
});

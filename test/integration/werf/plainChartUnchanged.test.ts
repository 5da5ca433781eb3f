/**
 * werf compatibility never leaks into plain charts: a chart that defines its own `werf_image` helper and reads
 * `.Values.werf` / `.Values.global` (as charts shared between werf and Helm do) renders with `slipway render`
 * byte for byte as `helm template` renders it, and a call of werf's function is Helm's own parse error.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runHelmTemplate, runSlipwayRender } from '../../support/renderDifferential.js';
import { testbedVar } from '../../support/testbedEnv.js';

function chartDir(templates: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'werf-plain-'));
  mkdirSync(join(dir, 'c', 'templates'), { recursive: true });
  writeFileSync(join(dir, 'c', 'Chart.yaml'), 'apiVersion: v2\nname: c\nversion: 0.1.0\n');
  writeFileSync(join(dir, 'c', 'values.yaml'), 'werf:\n  image:\n    backend: fallback/backend:1\nglobal:\n  env: local\n');
  for (const [name, text] of Object.entries(templates)) writeFileSync(join(dir, 'c', 'templates', name), text);
  return dir;
}

describe('a plain chart renders as helm template renders it (no werf values, no werf functions)', () => {
  it('own werf_image helper and werf-named values', async () => {
    const dir = chartDir({
      '_helpers.tpl': '{{- define "werf_image" -}}{{ index .Values.werf.image (index . 0 | default "backend") }}{{- end -}}',
      'cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  image: {{ .Values.werf.image.backend | quote }}\n  env: {{ .Values.global.env | quote }}\n  values: {{ toJson .Values | quote }}\n  werf: {{ hasKey .Values.werf "repo" | quote }}\n',
    });
    const helm = testbedVar('SLIPWAY_HELM4');
    const want = runHelmTemplate(helm, ['r', 'c'], dir);
    const got = await runSlipwayRender(['r', 'c'], dir);
    expect(want.ok).toBe(true);
    expect(got.stdout).toBe(want.stdout);
    expect(got.stdout).toContain('fallback/backend:1');
  });
  it('calling werf_image in a plain chart is helm\'s parse error', async () => {
    const dir = chartDir({ 'cm.yaml': 'image: {{ tuple "backend" . | werf_image }}\n' });
    const want = runHelmTemplate(testbedVar('SLIPWAY_HELM4'), ['r', 'c'], dir);
    const got = await runSlipwayRender(['r', 'c'], dir);
    expect(want.ok).toBe(false);
    expect(got.ok).toBe(false);
    expect(got.error).toBe(want.error);
  });
});

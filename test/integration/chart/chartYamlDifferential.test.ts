/**
 * Chart.yaml variants against the real helm: what `.Chart` holds (every field through toJson, the typed
 * nil-able map of annotations) and which files helm refuses (apiVersion, name, version, type, library).
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runHelmTemplate, runSlipwayRender } from '../../support/renderDifferential.js';
import { testbedVar } from '../../support/testbedEnv.js';

const variants = [
  'apiVersion: v2\nname: c\nversion: 1.0.0\n',
  'apiVersion: v2\nname: c\nversion: 1.0\n',
  'apiVersion: v2\nname: c\nversion: v1.2.3\n',
  'apiVersion: v2\nname: c\nversion: 01.2.3\n',
  'apiVersion: v2\nname: c\nversion: 1.2.3-rc.1+build.5\n',
  'apiVersion: v2\nname: c\nversion: abc\n',
  'apiVersion: v2\nname: c\n',
  'name: c\nversion: 1.0.0\n',
  'apiVersion: v3\nname: c\nversion: 1.0.0\n',
  'apiVersion: foo\nname: c\nversion: 1.0.0\n',
  'apiVersion: 2\nname: c\nversion: 1.0.0\n',
  'apiVersion: v2\nname: c/d\nversion: 1.0.0\n',
  'apiVersion: v2\nname: c\nversion: 1.0.0\ntype: other\n',
  'apiVersion: v2\nname: c\nversion: 1.0.0\nappVersion: 1.10\n',
  'apiVersion: v2\nname: c\nversion: 1.0.0\nappVersion: 2\nkubeVersion: ">=1.20"\n',
  'apiVersion: v2\nname: c\nversion: 1.0.0\nannotations:\n  a: 1\n  b: text\n',
  'apiVersion: v2\nname: c\nversion: 1.0.0\nmaintainers:\n  - name: x\n    email: not-an-email\n  - email: a@b.c\n',
  'apiVersion: v2\nname: c\nversion: 1.0.0\nicon: not a url\ndeprecated: true\nkeywords: [a, 1, true]\n',
  'apiVersion: v2\nname: c\nversion: 1.0.0\nunknownField: x\nhome: https://x\nsources: [https://y]\ndescription: "multi\\nline"\n',
  'apiVersion: v1\nname: c\nversion: 1.0.0\ntype: library\n',
  'apiVersion: v2\nname: c\nversion: 1.0.0\nversion: 2.0.0\n',
  'apiVersion: v2\nname: "c"\nversion: "1.0.0"\nappVersion: "1.0"\n',
  'apiVersion: v2\nname: c\nversion: 1e3\nappVersion: 1.0.0e3\n',
];

const template = [
  'apiVersion: v1',
  'kind: ConfigMap',
  'metadata:',
  '  name: chart',
  'data:',
  '  chart: {{ toJson .Chart | quote }}',
  '  annotations: "{{ .Chart.Annotations }}|{{ toYaml .Chart.Annotations | b64enc }}|{{ len .Chart.Annotations }}|{{ typeOf .Chart.Annotations }}|{{ if .Chart.Annotations }}set{{ end }}"',
  '',
].join('\n');

describe('Chart.yaml read as helm reads it', () => {
  it.each(variants.map((v, i) => [i, v]))('variant %i', (i, chartYaml) => {
    const dir = mkdtempSync(join(tmpdir(), `slipway-chartyaml-${i}-`));
    mkdirSync(join(dir, 'templates'));
    writeFileSync(join(dir, 'Chart.yaml'), chartYaml);
    writeFileSync(join(dir, 'templates', 'chart.yaml'), template);
    const want = runHelmTemplate(testbedVar('SLIPWAY_HELM4'), [dir], dir);
    return runSlipwayRender([dir], dir).then((got) => {
      if (want.ok) {
        expect(got.error).toBe('');
        expect(got.stdout).toBe(want.stdout);
      } else {
        expect(got.ok, `helm refused: ${want.error}`).toBe(false);
        expect(got.error).toContain(want.error);
      }
    });
  });
});

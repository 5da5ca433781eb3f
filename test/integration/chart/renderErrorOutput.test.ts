/**
 * What `slipway render` prints when a chart fails, against `helm template` (helm v4 of the test bed): the
 * whole stderr (warnings in helm's log format, `Error: `, the message and helm's --debug advice), the exit
 * code, and for `--debug` the rendered material on stdout. Each case is a small chart named `tc`, written
 * here, covering one family of failure: template execution, parsing, helpers and includes, `tpl`,
 * invalid YAML output, chart and values problems that stop a render before any template runs.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runHelmTemplate, runSlipwayRender } from '../../support/renderDifferential.js';

const helm = process.env.SLIPWAY_HELM4 ?? `${process.env.HOME}/.cache/slipway/helm-v4.3.1/helm`;
const chartYaml = 'apiVersion: v2\nname: tc\nversion: 0.1.0\n';

interface ErrorCase {
  name: string;
  /** Files of the chart `tc`, by path inside it; Chart.yaml defaults to a plain one. */
  files: Record<string, string>;
  /** Extra arguments after the chart. */
  args?: string[];
  /** Files beside the chart (values files given with -f). */
  beside?: Record<string, string>;
}

const cases: ErrorCase[] = [
  { name: 'nil pointer in a field chain', files: { 'templates/out.yaml': 'a: 1\nb: {{ .Values.x.y.z }}\n' } },
  { name: 'fail', files: { 'templates/out.yaml': 'a: 1\n{{- if true }}\n  {{ fail "bad thing" }}\n{{- end }}\n' } },
  { name: 'required with a message', files: { 'templates/out.yaml': 'image: {{ required "image.repository is required" .Values.image.repository }}\n', 'values.yaml': 'image: {}\n' } },
  { name: 'field of a string', files: { 'templates/out.yaml': 'x: {{ .Values.name.first }}\n', 'values.yaml': 'name: plain\n' } },
  { name: 'index out of range', files: { 'templates/out.yaml': 'x: {{ index .Values.list 5 }}\n', 'values.yaml': 'list: [1, 2]\n' } },
  { name: 'range over a string', files: { 'templates/out.yaml': '{{ range .Values.s }}{{ . }}{{ end }}\n', 'values.yaml': 's: abc\n' } },
  { name: 'wrong argument type to a function', files: { 'templates/out.yaml': 'x: {{ trunc "x" .Values.s }}\n', 'values.yaml': 's: abc\n' } },
  { name: 'unclosed action (parse error)', files: { 'templates/out.yaml': 'a: {{ .Values.x\n' } },
  { name: 'unknown function (parse error)', files: { 'templates/out.yaml': 'a: {{ frobnicate .Values.x }}\n' } },
  { name: 'unexpected end (parse error in a helper)', files: { 'templates/_body.tpl': '{{ define "tc.body" }}\n{{ if .Values.x }}\nyes\n{{ end }}\n', 'templates/out.yaml': 'a: {{ include "tc.body" . }}\n' } },
  { name: 'include of a template that does not exist', files: { 'templates/out.yaml': 'a: {{ include "tc.missing" . }}\n' } },
  { name: 'failure inside an included helper', files: { 'templates/_helpers.tpl': '{{- define "tc.name" -}}\n{{ .Values.chart.name | trunc 63 }}\n{{- end }}\n', 'templates/out.yaml': 'name: {{ include "tc.name" . }}\n' } },
  { name: 'fail inside a nested include', files: { 'templates/_helpers.tpl': '{{- define "tc.outer" -}}\n{{ include "tc.inner" . }}\n{{- end }}\n{{- define "tc.inner" -}}\n{{ fail "inner failed" }}\n{{- end }}\n', 'templates/out.yaml': 'x: {{ include "tc.outer" . }}\n' } },
  { name: 'tpl of a broken string', files: { 'templates/out.yaml': 'x: {{ tpl .Values.t . }}\n', 'values.yaml': 't: "{{ .Values.nope.deeper }}"\n' } },
  { name: 'tpl of an unparsable string', files: { 'templates/out.yaml': 'x: {{ tpl .Values.t . }}\n', 'values.yaml': 't: "{{ if }}"\n' } },
  { name: 'invalid YAML output', files: { 'templates/out.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata:\n  a: b\n c: d\n' } },
  { name: 'invalid YAML from a value', files: { 'templates/out.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata:\n  a: {{ .Values.v }}\n', 'values.yaml': 'v: "[unclosed"\n' } },
  { name: 'a tab in the indentation of the output', files: { 'templates/out.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n\tname: x\n' } },
  { name: 'error in a subchart template', files: { 'charts/sub/Chart.yaml': 'apiVersion: v2\nname: sub\nversion: 0.2.0\n', 'charts/sub/templates/cm.yaml': 'x: {{ .Values.deep.er }}\n', 'templates/out.yaml': 'a: 1\n' } },
  { name: 'error in NOTES.txt', files: { 'templates/NOTES.txt': 'Visit {{ .Values.url.host }}\n', 'templates/out.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n' } },
  { name: 'kubeVersion the cluster does not meet', files: { 'Chart.yaml': `${chartYaml}kubeVersion: ">= 1.99.0"\n`, 'templates/out.yaml': 'a: 1\n' } },
  {
    name: 'values against the schema, with a deprecation warning first',
    files: {
      'Chart.yaml': `${chartYaml}deprecated: true\n`,
      'values.schema.json': '{"type":"object","properties":{"replicas":{"type":"integer","minimum":1}},"required":["replicas"]}',
      'values.yaml': 'replicas: 0\n',
      'templates/out.yaml': 'a: 1\n',
    },
  },
  { name: 'a values file that does not exist', files: { 'templates/out.yaml': 'a: 1\n' }, args: ['-f', 'missing-values.yaml'] },
  { name: 'a values file that is not YAML', files: { 'templates/out.yaml': 'a: 1\n' }, args: ['-f', 'broken.yaml'], beside: { 'broken.yaml': 'a: [1\n' } },
  { name: 'a --set that does not parse', files: { 'templates/out.yaml': 'a: 1\n' }, args: ['--set', 'a[x]=1'] },
  { name: 'Chart.yaml without a version', files: { 'Chart.yaml': 'apiVersion: v2\nname: tc\n', 'templates/out.yaml': 'a: 1\n' } },
  { name: 'a dependency missing from charts/', files: { 'Chart.yaml': `${chartYaml}dependencies:\n  - name: db\n    version: 1.0.0\n    repository: https://charts.example.com\n`, 'templates/out.yaml': 'a: 1\n' } },
  { name: '--show-only of a template the chart does not have', files: { 'templates/out.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n' }, args: ['--show-only', 'templates/nope.yaml'] },
  { name: 'a condition that is not a boolean, then a failure', files: { 'Chart.yaml': `${chartYaml}dependencies:\n  - name: sub\n    version: 0.2.0\n    condition: sub.enabled\n`, 'charts/sub/Chart.yaml': 'apiVersion: v2\nname: sub\nversion: 0.2.0\n', 'charts/sub/templates/cm.yaml': 'a: 1\n', 'values.yaml': 'sub:\n  enabled: "yes"\n', 'templates/out.yaml': '{{ fail "after the warning" }}\n' } },
  { name: 'a hook of an unknown type, then invalid YAML', files: { 'templates/hook.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: h\n  annotations:\n    "helm.sh/hook": crd-install\n', 'templates/out.yaml': 'a: b\n- c\n' } },
  { name: 'invalid YAML with --debug (what was rendered on stdout)', files: { 'templates/out.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata:\n  a: b\n c: d\n' }, args: ['--debug'] },
  { name: 'an execution error with --debug', files: { 'templates/out.yaml': 'a: {{ .Values.x.y }}\n' }, args: ['--debug'] },
];

function writeCase(c: ErrorCase): string {
  const dir = mkdtempSync(join(tmpdir(), 'slipway-render-error-'));
  const files = { 'Chart.yaml': chartYaml, ...c.files };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, 'tc', path)), { recursive: true });
    writeFileSync(join(dir, 'tc', path), text);
  }
  for (const [path, text] of Object.entries(c.beside ?? {})) writeFileSync(join(dir, path), text);
  return dir;
}

/** helm 4 --debug also logs its own debug lines; only the error is compared then. */
const withoutDebugLog = (stderr: string): string =>
  stderr
    .split('\n')
    .filter((line) => !line.startsWith('level=DEBUG'))
    .join('\n');

describe.skipIf(!existsSync(helm))('slipway render prints failures as helm template does', () => {
  for (const c of cases) {
    it(c.name, async () => {
      const dir = writeCase(c);
      const args = ['tc', ...(c.args ?? [])];
      const want = runHelmTemplate(helm, args, dir);
      const got = await runSlipwayRender(args, dir);
      expect(want.ok, 'helm refuses this chart').toBe(false);
      expect(got.ok).toBe(false);
      expect(withoutDebugLog(got.stderr)).toBe(withoutDebugLog(want.stderr));
      expect(got.stdout).toBe(want.stdout);
    });
  }

  it('the bundled CLI prints the same bytes and exits 1 as helm does', () => {
    const c = cases.find((x) => x.name === 'fail inside a nested include')!;
    const dir = writeCase(c);
    const wantRun = spawnSync(helm, ['template', 'tc'], { cwd: dir, encoding: 'utf8' });
    const cli = join(import.meta.dirname, '../../../dist/cli/index.js');
    const gotRun = spawnSync(process.env.SLIPWAY_NODE24 ?? process.execPath, [cli, 'render', 'tc'], { cwd: dir, encoding: 'utf8' });
    expect(gotRun.stderr).toBe(wantRun.stderr);
    expect([gotRun.status, wantRun.status]).toEqual([1, 1]);
  });
});

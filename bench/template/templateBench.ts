/**
 * bench/template: one large template set (60 files, deployments/services/configmaps with helpers,
 * toYaml, include, range, printf) rendered warm by Helm's engine in the Go oracle and by slipway
 * in-process, side by side. Run: npx vitest bench --run bench/template  (or see docs/chart-engine.md).
 */
import { helmFuncMap } from '../../src/core/chart/functions/helmFuncMap.js';
import { renderHelmTemplates } from '../../src/core/chart/template/helmEngine.js';
import { TemplateSet, executeTemplate, newRenderSession } from '../../src/core/chart/template/templateSet.js';
import { helmTopData } from '../../test/differential/chart/helmData.js';
import { benchOracle, type OracleCase } from '../../test/differential/chart/oracleClient.js';
import { loadAllFunctionLibraries } from '../../src/core/chart/functions/functionLibraries.js';

// The engine's synchronous API runs functions whose libraries render() would load on demand.
await loadAllFunctionLibraries();

export function largeChart(): OracleCase {
  const templates: Record<string, string> = {
    '_helpers.tpl': `{{- define "app.name" -}}{{ .Chart.Name | trunc 63 | trimSuffix "-" }}{{- end -}}
{{- define "app.fullname" -}}{{ printf "%s-%s" .Release.Name .Chart.Name | trunc 63 | trimSuffix "-" }}{{- end -}}
{{- define "app.labels" -}}
app.kubernetes.io/name: {{ include "app.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" }}
{{- end -}}`,
  };
  for (let i = 0; i < 20; i++) {
    templates[`deploy-${i}.yaml`] = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "app.fullname" . }}-${i}
  labels:
    {{- include "app.labels" . | nindent 4 }}
spec:
  replicas: {{ .Values.replicas | default 1 }}
  template:
    spec:
      containers:
      {{- range $name, $c := .Values.containers }}
        - name: {{ $name | quote }}
          image: "{{ $c.image }}:{{ $c.tag | default "latest" }}"
          env:
          {{- range $k, $v := $c.env }}
            - name: {{ $k | upper }}
              value: {{ $v | toString | quote }}
          {{- end }}
          resources:
            {{- toYaml $c.resources | nindent 12 }}
      {{- end }}
      {{- with .Values.nodeSelector }}
      nodeSelector:
        {{- toYaml . | nindent 8 }}
      {{- end }}
`;
    templates[`svc-${i}.yaml`] = `apiVersion: v1
kind: Service
metadata:
  name: {{ include "app.fullname" . }}-${i}
spec:
  ports:
  {{- range .Values.ports }}
    - port: {{ .port }}
      targetPort: {{ .target | default .port }}
      name: {{ printf "%s-%d" .name (int .port) }}
  {{- end }}
`;
    templates[`cm-${i}.yaml`] = `apiVersion: v1
kind: ConfigMap
metadata:
  name: {{ include "app.fullname" . }}-${i}
data:
  config.json: {{ toJson .Values.config | quote }}
  {{- range $k, $v := .Values.config }}
  {{ $k }}: {{ if kindIs "map" $v }}{{ toYaml $v | nindent 4 }}{{ else }}{{ $v | quote }}{{ end }}
  {{- end }}
`;
  }
  const containers: Record<string, unknown> = {};
  for (let c = 0; c < 4; c++) {
    containers[`c${c}`] = {
      image: `registry.example.com/app${c}`,
      tag: c % 2 ? 'v1.2.3' : null,
      env: Object.fromEntries(Array.from({ length: 8 }, (_, k) => [`var_${k}`, k % 3 ? `value ${k}` : k])),
      resources: { limits: { cpu: '500m', memory: '256Mi' }, requests: { cpu: 0.1, memory: '128Mi' } },
    };
  }
  return {
    templates,
    values: {
      replicas: 3,
      containers,
      nodeSelector: { 'kubernetes.io/os': 'linux' },
      ports: Array.from({ length: 6 }, (_, p) => ({ name: `p${p}`, port: 8000 + p })),
      config: Object.fromEntries(Array.from({ length: 10 }, (_, k) => [`key${k}`, k % 2 ? { nested: { a: k, b: [1, 2, 3] } } : `v${k}`])),
    },
  };
}

function timeLoop(seconds: number, fn: () => void): { renders: number; nsPerRender: number } {
  for (let i = 0; i < 20; i++) fn();
  const start = process.hrtime.bigint();
  const deadline = start + BigInt(Math.round(seconds * 1e9));
  let n = 0;
  let now = start;
  while (now < deadline) {
    fn();
    n++;
    now = process.hrtime.bigint();
  }
  return { renders: n, nsPerRender: Number(now - start) / n };
}

export async function runTemplateBench(seconds = 5): Promise<string> {
  const c = largeChart();
  const funcs = helmFuncMap();
  const top = helmTopData(c.values as Record<string, unknown>, {});
  const list = Object.entries(c.templates).map(([name, text]) => ({ name: `mychart/templates/${name}`, text }));
  const dataFor = (name: string) => {
    top.Template = { Name: name, BasePath: 'mychart/templates' };
    return top;
  };
  // Same work as Helm's engine.Render: parse every file, then execute every non-partial.
  const full = timeLoop(seconds, () => renderHelmTemplates(list, funcs, dataFor, { missingKey: 'zero' }));
  // slipway's design point: parse once, execute many times.
  const set = new TemplateSet(funcs);
  for (const t of list) set.addFile(t.name, t.text);
  const execOnly = timeLoop(seconds, () => {
    const session = newRenderSession({ missingKey: 'zero' });
    for (const t of list) if (!t.name.includes('/_')) executeTemplate(set, t.name, dataFor(t.name), session);
  });
  const go = await benchOracle(c, seconds);
  const ms = (ns: number) => (ns / 1e6).toFixed(3) + ' ms';
  return [
    `template set: ${list.length} files, warm, ${seconds}s each`,
    `Go (helm v4 pkg/engine Render: parse + execute): ${ms(go.nsPerRender)} per render (${go.renders} renders)`,
    `slipway parse + execute (same work as Helm):     ${ms(full.nsPerRender)} per render (${full.renders} renders)`,
    `slipway execute only (trees parsed once):        ${ms(execOnly.nsPerRender)} per render (${execOnly.renders} renders)`,
  ].join('\n');
}

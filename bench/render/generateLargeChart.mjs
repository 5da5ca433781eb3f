// bench/render: writes a large chart — 300 templates in the parent, 3 subcharts with 40 templates each, a
// helper library with include chains 12 deep, and values with a few hundred keys.
// Usage: node generateLargeChart.mjs <dir>
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = process.argv[2];
if (!root) throw new Error('usage: generateLargeChart.mjs <dir>');
const write = (path, text) => {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
};

function helpers(prefix, depth) {
  let text = `{{- define "${prefix}.name" -}}{{ default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}{{- end -}}\n`;
  text += `{{- define "${prefix}.fullname" -}}{{ printf "%s-%s" .Release.Name (include "${prefix}.name" .) | trunc 63 | trimSuffix "-" }}{{- end -}}\n`;
  text += `{{- define "${prefix}.labels" -}}\napp.kubernetes.io/name: {{ include "${prefix}.name" . }}\napp.kubernetes.io/instance: {{ .Release.Name }}\nhelm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version }}\n{{- with .Values.commonLabels }}\n{{ toYaml . }}\n{{- end }}\n{{- end -}}\n`;
  for (let i = 0; i < depth; i++) {
    const next = i + 1 < depth ? `{{ include "${prefix}.chain${i + 1}" . }}` : '{{ .Release.Namespace }}';
    text += `{{- define "${prefix}.chain${i}" -}}c${i}-${next}{{- end -}}\n`;
  }
  return text;
}

function values(n) {
  let text = 'nameOverride: ""\ncommonLabels:\n  team: bench\n  tier: backend\nservices:\n';
  for (let i = 0; i < n; i++) text += `  svc${i}:\n    enabled: true\n    replicas: ${(i % 5) + 1}\n    port: ${8000 + i}\n    image: registry.example.com/bench/svc${i}:1.${i}.0\n    env:\n      LOG_LEVEL: info\n      INDEX: "${i}"\n    resources:\n      limits: {cpu: 500m, memory: 256Mi}\n`;
  return text;
}

function template(prefix, i) {
  return `{{- $svc := index .Values.services "svc${i}" }}
{{- if $svc.enabled }}
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "${prefix}.fullname" . }}-svc${i}
  labels:
    {{- include "${prefix}.labels" . | nindent 4 }}
  annotations:
    chain: {{ include "${prefix}.chain0" . | quote }}
spec:
  replicas: {{ $svc.replicas }}
  selector:
    matchLabels:
      app: svc${i}
  template:
    metadata:
      labels:
        app: svc${i}
        {{- include "${prefix}.labels" . | nindent 8 }}
    spec:
      containers:
        - name: app
          image: {{ $svc.image | quote }}
          ports:
            - containerPort: {{ $svc.port }}
          env:
            {{- range $k, $v := $svc.env }}
            - name: {{ $k }}
              value: {{ $v | quote }}
            {{- end }}
          resources:
            {{- toYaml $svc.resources | nindent 12 }}
---
apiVersion: v1
kind: Service
metadata:
  name: {{ include "${prefix}.fullname" . }}-svc${i}
  labels:
    {{- include "${prefix}.labels" . | nindent 4 }}
spec:
  ports:
    - port: {{ $svc.port }}
      targetPort: {{ $svc.port }}
  selector:
    app: svc${i}
{{- end }}
`;
}

function chart(dir, name, count, deps) {
  write(join(dir, 'Chart.yaml'), `apiVersion: v2\nname: ${name}\nversion: 1.0.0\nappVersion: "1.0"\n${deps.length ? `dependencies:\n${deps.map((d) => `  - name: ${d}\n    version: 1.0.0\n    repository: file://charts/${d}\n`).join('')}` : ''}`);
  write(join(dir, 'values.yaml'), values(count));
  write(join(dir, 'templates/_helpers.tpl'), helpers(name, 12));
  for (let i = 0; i < count; i++) write(join(dir, `templates/svc${i}.yaml`), template(name, i));
}

const subs = ['alpha', 'beta', 'gamma'];
chart(root, 'large', 300, subs);
for (const s of subs) chart(join(root, 'charts', s), s, 40, []);
console.log(`large chart written to ${root}`);

// A corpus of realistic charts written for slipway (not copied from any public chart), in the shapes public
// charts have: a common helper library used by an application chart (bitnami style), CRD-heavy operators with
// webhooks and generated certificates, umbrella charts with several subcharts, aliases, conditions, tags and
// import-values, monitoring charts reading dashboards through .Files, and job/cron charts with hooks and tests.
// Five archetypes × six variants of different size = 30 charts, each with its own ci/ values files.
// Deterministic: the same arguments write the same bytes.
// Usage: node generateCorpus.mjs <dir>   (prints one line per chart: name and values files)
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const root = process.argv[2];
if (!root) throw new Error('usage: generateCorpus.mjs <dir>');

function write(path, text) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

/** A small seeded generator (mulberry32), so variants differ but every run writes the same corpus. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const chartYaml = (name, extra = '') => `apiVersion: v2\nname: ${name}\ndescription: ${name} (slipway render corpus)\ntype: application\nversion: 1.4.2\nappVersion: "2.7.0"\n${extra}`;

// ---------------------------------------------------------------------------------------------- common library
/** A library chart of helpers in the style of a shared "common" chart: names, labels, images, tplvalues, presets. */
function commonLibrary(dir, extraHelpers) {
  write(join(dir, 'Chart.yaml'), 'apiVersion: v2\nname: common\ntype: library\nversion: 2.3.0\n');
  let t = `{{/* Names */}}
{{- define "common.names.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- define "common.names.fullname" -}}
{{- if .Values.fullnameOverride -}}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- $name := default .Chart.Name .Values.nameOverride -}}
{{- if contains $name .Release.Name -}}
{{- .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}
{{- end -}}
{{- define "common.names.namespace" -}}
{{- default .Release.Namespace .Values.namespaceOverride | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- define "common.names.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{/* Labels */}}
{{- define "common.labels.standard" -}}
{{- if and (hasKey . "customLabels") (hasKey . "context") -}}
{{- $default := dict "app.kubernetes.io/name" (include "common.names.name" .context) "helm.sh/chart" (include "common.names.chart" .context) "app.kubernetes.io/instance" .context.Release.Name "app.kubernetes.io/managed-by" .context.Release.Service -}}
{{- with .context.Chart.AppVersion -}}
{{- $_ := set $default "app.kubernetes.io/version" . -}}
{{- end -}}
{{ template "common.tplvalues.merge" (dict "values" (list .customLabels $default) "context" .context) }}
{{- else -}}
app.kubernetes.io/name: {{ include "common.names.name" . }}
helm.sh/chart: {{ include "common.names.chart" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- with .Chart.AppVersion }}
app.kubernetes.io/version: {{ . | quote }}
{{- end -}}
{{- end -}}
{{- end -}}
{{- define "common.labels.matchLabels" -}}
{{- if and (hasKey . "customLabels") (hasKey . "context") -}}
{{ merge (pick (include "common.tplvalues.render" (dict "value" .customLabels "context" .context) | fromYaml) "app.kubernetes.io/name" "app.kubernetes.io/instance") (dict "app.kubernetes.io/name" (include "common.names.name" .context) "app.kubernetes.io/instance" .context.Release.Name) | toYaml }}
{{- else -}}
app.kubernetes.io/name: {{ include "common.names.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}
{{- end -}}
{{/* tplvalues */}}
{{- define "common.tplvalues.render" -}}
{{- $value := typeIs "string" .value | ternary .value (.value | toYaml) }}
{{- if contains "{{" (toJson .value) }}
  {{- if .scope }}
      {{- tpl (cat "{{- with $.RelativeScope -}}" $value "{{- end }}") (merge (dict "RelativeScope" .scope) .context) }}
  {{- else }}
    {{- tpl $value .context }}
  {{- end }}
{{- else }}
    {{- $value }}
{{- end }}
{{- end -}}
{{- define "common.tplvalues.merge" -}}
{{- $dst := dict -}}
{{- range .values -}}
{{- $dst = include "common.tplvalues.render" (dict "value" . "context" $.context "scope" $.scope) | fromYaml | merge $dst -}}
{{- end -}}
{{ $dst | toYaml }}
{{- end -}}
{{/* Images */}}
{{- define "common.images.image" -}}
{{- $registryName := default .imageRoot.registry ((.global).imageRegistry) -}}
{{- $repositoryName := .imageRoot.repository -}}
{{- $separator := ":" -}}
{{- $termination := .imageRoot.tag | toString -}}
{{- if .imageRoot.digest }}
    {{- $separator = "@" -}}
    {{- $termination = .imageRoot.digest | toString -}}
{{- end -}}
{{- if $registryName }}
    {{- printf "%s/%s%s%s" $registryName $repositoryName $separator $termination -}}
{{- else -}}
    {{- printf "%s%s%s"  $repositoryName $separator $termination -}}
{{- end -}}
{{- end -}}
{{- define "common.images.pullSecrets" -}}
{{- $pullSecrets := list }}
{{- range ((.global).imagePullSecrets) -}}
  {{- if kindIs "map" . -}}
    {{- $pullSecrets = append $pullSecrets .name -}}
  {{- else -}}
    {{- $pullSecrets = append $pullSecrets . -}}
  {{- end }}
{{- end -}}
{{- range .images -}}
  {{- range .pullSecrets -}}
    {{- if kindIs "map" . -}}
      {{- $pullSecrets = append $pullSecrets .name -}}
    {{- else -}}
      {{- $pullSecrets = append $pullSecrets . -}}
    {{- end -}}
  {{- end -}}
{{- end -}}
{{- if (not (empty $pullSecrets)) }}
imagePullSecrets:
  {{- range $pullSecrets | uniq }}
  - name: {{ . }}
  {{- end }}
{{- end }}
{{- end -}}
{{/* Capabilities */}}
{{- define "common.capabilities.kubeVersion" -}}
{{- default .Capabilities.KubeVersion.Version ((.Values.global).kubeVersion) -}}
{{- end -}}
{{- define "common.capabilities.policy.apiVersion" -}}
{{- if semverCompare "<1.21-0" (include "common.capabilities.kubeVersion" .) -}}
{{- print "policy/v1beta1" -}}
{{- else -}}
{{- print "policy/v1" -}}
{{- end -}}
{{- end -}}
{{- define "common.capabilities.hpa.apiVersion" -}}
{{- if semverCompare "<1.23-0" (include "common.capabilities.kubeVersion" .context) -}}
{{- print "autoscaling/v2beta2" -}}
{{- else -}}
{{- print "autoscaling/v2" -}}
{{- end -}}
{{- end -}}
{{/* Affinities */}}
{{- define "common.affinities.pods.soft" -}}
{{- $component := default "" .component -}}
{{- $extraLabels := default (dict) .extraLabels -}}
preferredDuringSchedulingIgnoredDuringExecution:
  - podAffinityTerm:
      labelSelector:
        matchLabels: {{- (include "common.labels.matchLabels" .context) | nindent 10 }}
          {{- if not (empty $component) }}
          {{ printf "app.kubernetes.io/component: %s" $component }}
          {{- end }}
          {{- range $key, $value := $extraLabels }}
          {{ $key }}: {{ $value | quote }}
          {{- end }}
      topologyKey: kubernetes.io/hostname
    weight: 1
{{- end -}}
{{- define "common.affinities.pods.hard" -}}
{{- $component := default "" .component -}}
requiredDuringSchedulingIgnoredDuringExecution:
  - labelSelector:
      matchLabels: {{- (include "common.labels.matchLabels" .context) | nindent 8 }}
        {{- if not (empty $component) }}
        {{ printf "app.kubernetes.io/component: %s" $component }}
        {{- end }}
    topologyKey: kubernetes.io/hostname
{{- end -}}
{{- define "common.affinities.pods" -}}
  {{- if eq .type "soft" }}
    {{- include "common.affinities.pods.soft" . -}}
  {{- else if eq .type "hard" -}}
    {{- include "common.affinities.pods.hard" . -}}
  {{- end -}}
{{- end -}}
{{/* Resources presets */}}
{{- define "common.resources.preset" -}}
{{- $presets := dict
  "nano" (dict "requests" (dict "cpu" "100m" "memory" "128Mi" "ephemeral-storage" "50Mi") "limits" (dict "cpu" "150m" "memory" "192Mi" "ephemeral-storage" "2Gi"))
  "micro" (dict "requests" (dict "cpu" "250m" "memory" "256Mi" "ephemeral-storage" "50Mi") "limits" (dict "cpu" "375m" "memory" "384Mi" "ephemeral-storage" "2Gi"))
  "small" (dict "requests" (dict "cpu" "500m" "memory" "512Mi" "ephemeral-storage" "50Mi") "limits" (dict "cpu" "750m" "memory" "768Mi" "ephemeral-storage" "2Gi"))
  "large" (dict "requests" (dict "cpu" "1.0" "memory" "2048Mi" "ephemeral-storage" "50Mi") "limits" (dict "cpu" "1.5" "memory" "3072Mi" "ephemeral-storage" "2Gi"))
 }}
{{- if hasKey $presets .type -}}
{{- index $presets .type | toYaml -}}
{{- else -}}
{{- printf "ERROR: Preset key '%s' invalid. Allowed values are %s" .type (join "," (keys $presets | sortAlpha)) | fail -}}
{{- end -}}
{{- end -}}
{{/* Secrets */}}
{{- define "common.secrets.passwords.manage" -}}
{{- $password := "" }}
{{- $providedPasswordValue := index .context.Values .providedValue }}
{{- if $providedPasswordValue }}
{{- $password = $providedPasswordValue | toString | b64enc | quote }}
{{- else }}
{{- $password = randAlphaNum (int (default 10 .length)) | b64enc | quote }}
{{- end }}
{{- printf "%s" $password -}}
{{- end -}}
{{- define "common.storage.class" -}}
{{- $storageClass := (.global).storageClass | default .persistence.storageClass | default (.global).defaultStorageClass | default "" -}}
{{- if $storageClass -}}
  {{- if (eq "-" $storageClass) -}}
      {{- printf "storageClassName: \\"\\"" -}}
  {{- else -}}
      {{- printf "storageClassName: %s" $storageClass -}}
  {{- end -}}
{{- end -}}
{{- end -}}
{{- define "common.ingress.backend" -}}
service:
  name: {{ .serviceName }}
  port:
    {{- if typeIs "string" .servicePort }}
    name: {{ .servicePort }}
    {{- else if or (typeIs "int" .servicePort) (typeIs "float64" .servicePort) }}
    number: {{ .servicePort | int }}
    {{- end }}
{{- end -}}
{{- define "common.warnings.rollingTag" -}}
{{- if and (contains "example/" .repository) (not (.tag | toString | regexFind "-r\\\\d+$|sha256:")) }}
WARNING: Rolling tag detected ({{ .repository }}:{{ .tag }}).
{{- end }}
{{- end -}}
`;
  for (let i = 0; i < extraHelpers; i++) {
    t += `{{- define "common.extra.h${i}" -}}
{{- $base := printf "%s-%d" (include "common.names.fullname" .) ${i} -}}
{{- if .Values.extraHelpersUpper -}}{{ upper $base | trunc 40 }}{{- else -}}{{ $base | trunc 40 | trimSuffix "-" }}{{- end -}}
{{- end -}}
`;
  }
  write(join(dir, 'templates', '_helpers.tpl'), t);
}

// ---------------------------------------------------------------------------------------------- A: application
function applicationChart(name, variant, rnd) {
  const dir = join(root, name);
  const extraHelpers = 10 + variant * 15;
  commonLibrary(join(dir, 'charts', 'common'), extraHelpers);
  write(join(dir, 'Chart.yaml'), chartYaml(name, 'dependencies:\n  - name: common\n    version: 2.x.x\n    repository: oci://registry.example.com/charts\n    tags: [library]\n'));
  const sidecars = 1 + (variant % 3);
  const envCount = 5 + variant * 12;
  let values = `global:
  imageRegistry: ""
  imagePullSecrets: []
  storageClass: ""
nameOverride: ""
fullnameOverride: ""
commonLabels: {}
commonAnnotations: {}
image:
  registry: docker.example.com
  repository: example/${name}
  tag: 2.7.0-debian-12-r${variant}
  digest: ""
  pullPolicy: IfNotPresent
  pullSecrets: []
kind: Deployment
replicaCount: ${1 + (variant % 3)}
auth:
  password: ""
  existingSecret: ""
containerPorts:
  http: 8080
  metrics: 9090
extraEnvVars:
`;
  for (let i = 0; i < envCount; i++) values += `  - name: SETTING_${i}\n    value: "${Math.floor(rnd() * 100000)}"\n`;
  values += `configuration: |
  server:
    port: {{ .Values.containerPorts.http }}
    name: {{ include "common.names.fullname" . }}
  cache:
    size: ${64 * (variant + 1)}
resourcesPreset: ${['nano', 'micro', 'small', 'large'][variant % 4]}
resources: {}
podAffinityPreset: ""
podAntiAffinityPreset: soft
podLabels: {}
podAnnotations: {}
podSecurityContext:
  enabled: true
  fsGroup: 1001
containerSecurityContext:
  enabled: true
  runAsUser: 1001
  runAsNonRoot: true
  readOnlyRootFilesystem: true
livenessProbe:
  enabled: true
  initialDelaySeconds: 30
  periodSeconds: 10
readinessProbe:
  enabled: true
  initialDelaySeconds: 5
sidecars:
`;
  for (let i = 0; i < sidecars; i++) values += `  - name: sidecar-${i}\n    image: docker.example.com/example/helper:1.${i}\n    args: ["--port={{ add 9100 ${i} }}"]\n`;
  values += `initContainers: []
service:
  type: ClusterIP
  ports:
    http: 80
  annotations: {}
ingress:
  enabled: false
  hostname: ${name}.local
  path: /
  pathType: ImplementationSpecific
  tls: false
  extraHosts: []
  annotations: {}
autoscaling:
  enabled: false
  minReplicas: 2
  maxReplicas: 11
  targetCPU: 50
pdb:
  create: true
  minAvailable: ""
  maxUnavailable: 1
persistence:
  enabled: false
  size: 8Gi
  accessModes: [ReadWriteOnce]
  storageClass: ""
serviceAccount:
  create: true
  name: ""
  automountServiceAccountToken: false
rbac:
  create: false
  rules: []
networkPolicy:
  enabled: true
  allowExternal: true
  extraIngress: []
metrics:
  enabled: false
extraDeploy: []
extraHelpersUpper: false
`;
  write(join(dir, 'values.yaml'), values);
  const t = (file, text) => write(join(dir, 'templates', file), text);
  t('_helpers.tpl', `{{- define "${name}.image" -}}
{{ include "common.images.image" (dict "imageRoot" .Values.image "global" .Values.global) }}
{{- end -}}
{{- define "${name}.serviceAccountName" -}}
{{- if .Values.serviceAccount.create -}}
    {{ default (include "common.names.fullname" .) .Values.serviceAccount.name }}
{{- else -}}
    {{ default "default" .Values.serviceAccount.name }}
{{- end -}}
{{- end -}}
{{- define "${name}.secretName" -}}
{{- if .Values.auth.existingSecret -}}{{ tpl .Values.auth.existingSecret $ }}{{- else -}}{{ include "common.names.fullname" . }}{{- end -}}
{{- end -}}
`);
  t('workload.yaml', `apiVersion: apps/v1
kind: {{ .Values.kind }}
metadata:
  name: {{ include "common.names.fullname" . }}
  namespace: {{ include "common.names.namespace" . | quote }}
  labels: {{- include "common.labels.standard" ( dict "customLabels" .Values.commonLabels "context" $ ) | nindent 4 }}
  {{- if .Values.commonAnnotations }}
  annotations: {{- include "common.tplvalues.render" ( dict "value" .Values.commonAnnotations "context" $ ) | nindent 4 }}
  {{- end }}
spec:
  {{- if not .Values.autoscaling.enabled }}
  replicas: {{ .Values.replicaCount }}
  {{- end }}
  {{- if eq .Values.kind "StatefulSet" }}
  serviceName: {{ include "common.names.fullname" . }}-headless
  {{- end }}
  {{- $podLabels := include "common.tplvalues.merge" ( dict "values" ( list .Values.podLabels .Values.commonLabels ) "context" . ) }}
  selector:
    matchLabels: {{- include "common.labels.matchLabels" ( dict "customLabels" $podLabels "context" $ ) | nindent 6 }}
  template:
    metadata:
      labels: {{- include "common.labels.standard" ( dict "customLabels" $podLabels "context" $ ) | nindent 8 }}
      annotations:
        checksum/configuration: {{ include (print $.Template.BasePath "/configmap.yaml") . | sha256sum }}
        {{- if .Values.podAnnotations }}
        {{- include "common.tplvalues.render" (dict "value" .Values.podAnnotations "context" $) | nindent 8 }}
        {{- end }}
    spec:
      serviceAccountName: {{ include "${name}.serviceAccountName" . }}
      automountServiceAccountToken: {{ .Values.serviceAccount.automountServiceAccountToken }}
      {{- include "common.images.pullSecrets" (dict "images" (list .Values.image) "global" .Values.global) | nindent 6 }}
      affinity:
        podAntiAffinity: {{- include "common.affinities.pods" (dict "type" .Values.podAntiAffinityPreset "component" "server" "context" $) | nindent 10 }}
      {{- if .Values.podSecurityContext.enabled }}
      securityContext: {{- omit .Values.podSecurityContext "enabled" | toYaml | nindent 8 }}
      {{- end }}
      {{- if .Values.initContainers }}
      initContainers: {{- include "common.tplvalues.render" (dict "value" .Values.initContainers "context" $) | nindent 8 }}
      {{- end }}
      containers:
        - name: {{ .Chart.Name }}
          image: {{ include "${name}.image" . }}
          imagePullPolicy: {{ .Values.image.pullPolicy }}
          {{- if .Values.containerSecurityContext.enabled }}
          securityContext: {{- omit .Values.containerSecurityContext "enabled" | toYaml | nindent 12 }}
          {{- end }}
          env:
            - name: APP_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: {{ include "${name}.secretName" . }}
                  key: password
            {{- if .Values.extraEnvVars }}
            {{- include "common.tplvalues.render" (dict "value" .Values.extraEnvVars "context" $) | nindent 12 }}
            {{- end }}
          ports:
            {{- range $portName, $port := .Values.containerPorts }}
            - name: {{ $portName }}
              containerPort: {{ $port }}
            {{- end }}
          {{- if .Values.resources }}
          resources: {{- toYaml .Values.resources | nindent 12 }}
          {{- else if ne .Values.resourcesPreset "none" }}
          resources: {{- include "common.resources.preset" (dict "type" .Values.resourcesPreset) | nindent 12 }}
          {{- end }}
          {{- if .Values.livenessProbe.enabled }}
          livenessProbe: {{- include "common.tplvalues.render" (dict "value" (omit .Values.livenessProbe "enabled") "context" $) | nindent 12 }}
            httpGet:
              path: /healthz
              port: http
          {{- end }}
          {{- if .Values.readinessProbe.enabled }}
          readinessProbe: {{- omit .Values.readinessProbe "enabled" | toYaml | nindent 12 }}
            tcpSocket:
              port: http
          {{- end }}
          volumeMounts:
            - name: config
              mountPath: /opt/app/conf
            - name: data
              mountPath: /data
        {{- if .Values.sidecars }}
        {{- include "common.tplvalues.render" ( dict "value" .Values.sidecars "context" $) | nindent 8 }}
        {{- end }}
      volumes:
        - name: config
          configMap:
            name: {{ include "common.names.fullname" . }}
        {{- if not .Values.persistence.enabled }}
        - name: data
          emptyDir: {}
        {{- end }}
  {{- if and .Values.persistence.enabled (eq .Values.kind "StatefulSet") }}
  volumeClaimTemplates:
    - metadata:
        name: data
      spec:
        accessModes:
        {{- range .Values.persistence.accessModes }}
          - {{ . | quote }}
        {{- end }}
        resources:
          requests:
            storage: {{ .Values.persistence.size | quote }}
        {{- include "common.storage.class" (dict "persistence" .Values.persistence "global" .Values.global) | nindent 8 }}
  {{- end }}
`);
  t('configmap.yaml', `apiVersion: v1
kind: ConfigMap
metadata:
  name: {{ include "common.names.fullname" . }}
  labels: {{- include "common.labels.standard" ( dict "customLabels" .Values.commonLabels "context" $ ) | nindent 4 }}
data:
  app.yaml: |
    {{- include "common.tplvalues.render" (dict "value" .Values.configuration "context" $) | nindent 4 }}
  helpers.txt: |
    {{- range $i, $e := until ${extraHelpers} }}
    {{ include (printf "common.extra.h%d" $i) $ }}
    {{- end }}
`);
  t('secret.yaml', `{{- if not .Values.auth.existingSecret }}
apiVersion: v1
kind: Secret
metadata:
  name: {{ include "common.names.fullname" . }}
  labels: {{- include "common.labels.standard" ( dict "customLabels" .Values.commonLabels "context" $ ) | nindent 4 }}
type: Opaque
data:
  password: {{ include "common.secrets.passwords.manage" (dict "providedValue" "auth" "length" 16 "context" $) | trimAll "\\"" | quote }}
  given: {{ .Values.auth.password | default "none" | b64enc | quote }}
{{- end }}
`);
  t('service.yaml', `apiVersion: v1
kind: Service
metadata:
  name: {{ include "common.names.fullname" . }}
  labels: {{- include "common.labels.standard" ( dict "customLabels" .Values.commonLabels "context" $ ) | nindent 4 }}
  {{- if or .Values.service.annotations .Values.commonAnnotations }}
  {{- $annotations := include "common.tplvalues.merge" ( dict "values" ( list .Values.service.annotations .Values.commonAnnotations ) "context" . ) }}
  annotations: {{- include "common.tplvalues.render" ( dict "value" $annotations "context" $) | nindent 4 }}
  {{- end }}
spec:
  type: {{ .Values.service.type }}
  ports:
    - name: http
      port: {{ .Values.service.ports.http }}
      targetPort: http
  selector: {{- include "common.labels.matchLabels" ( dict "customLabels" .Values.podLabels "context" $ ) | nindent 4 }}
{{- if eq .Values.kind "StatefulSet" }}
---
apiVersion: v1
kind: Service
metadata:
  name: {{ include "common.names.fullname" . }}-headless
spec:
  clusterIP: None
  publishNotReadyAddresses: true
  selector: {{- include "common.labels.matchLabels" ( dict "customLabels" .Values.podLabels "context" $ ) | nindent 4 }}
{{- end }}
`);
  t('ingress.yaml', `{{- if .Values.ingress.enabled }}
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: {{ include "common.names.fullname" . }}
  {{- with .Values.ingress.annotations }}
  annotations: {{- toYaml . | nindent 4 }}
  {{- end }}
spec:
  rules:
    - host: {{ .Values.ingress.hostname | quote }}
      http:
        paths:
          - path: {{ .Values.ingress.path }}
            pathType: {{ .Values.ingress.pathType }}
            backend: {{- include "common.ingress.backend" (dict "serviceName" (include "common.names.fullname" .) "servicePort" "http" "context" $) | nindent 14 }}
    {{- range .Values.ingress.extraHosts }}
    - host: {{ .name | quote }}
      http:
        paths:
          - path: {{ default "/" .path }}
            pathType: {{ default "ImplementationSpecific" .pathType }}
            backend: {{- include "common.ingress.backend" (dict "serviceName" (include "common.names.fullname" $) "servicePort" 80 "context" $) | nindent 14 }}
    {{- end }}
  {{- if .Values.ingress.tls }}
  tls:
    - hosts:
        - {{ .Values.ingress.hostname | quote }}
        {{- range .Values.ingress.extraHosts }}
        - {{ .name | quote }}
        {{- end }}
      secretName: {{ printf "%s-tls" .Values.ingress.hostname | trunc 63 }}
  {{- end }}
{{- end }}
`);
  t('hpa.yaml', `{{- if .Values.autoscaling.enabled }}
apiVersion: {{ include "common.capabilities.hpa.apiVersion" ( dict "context" $ ) }}
kind: HorizontalPodAutoscaler
metadata:
  name: {{ include "common.names.fullname" . }}
spec:
  scaleTargetRef:
    apiVersion: apps/v1
    kind: {{ .Values.kind }}
    name: {{ include "common.names.fullname" . }}
  minReplicas: {{ .Values.autoscaling.minReplicas }}
  maxReplicas: {{ .Values.autoscaling.maxReplicas }}
  metrics:
    {{- if .Values.autoscaling.targetCPU }}
    - type: Resource
      resource:
        name: cpu
        target:
          type: Utilization
          averageUtilization: {{ .Values.autoscaling.targetCPU }}
    {{- end }}
{{- end }}
`);
  t('pdb.yaml', `{{- if .Values.pdb.create }}
apiVersion: {{ include "common.capabilities.policy.apiVersion" . }}
kind: PodDisruptionBudget
metadata:
  name: {{ include "common.names.fullname" . }}
spec:
  {{- if .Values.pdb.minAvailable }}
  minAvailable: {{ .Values.pdb.minAvailable }}
  {{- end }}
  {{- if or .Values.pdb.maxUnavailable (not .Values.pdb.minAvailable) }}
  maxUnavailable: {{ .Values.pdb.maxUnavailable | default 1 }}
  {{- end }}
  selector:
    matchLabels: {{- include "common.labels.matchLabels" . | nindent 6 }}
{{- end }}
`);
  t('serviceaccount.yaml', `{{- if .Values.serviceAccount.create }}
apiVersion: v1
kind: ServiceAccount
metadata:
  name: {{ include "${name}.serviceAccountName" . }}
automountServiceAccountToken: {{ .Values.serviceAccount.automountServiceAccountToken }}
{{- end }}
{{- if .Values.rbac.create }}
---
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: {{ include "common.names.fullname" . }}
rules:
  - apiGroups: [""]
    resources: [pods, configmaps]
    verbs: [get, list, watch]
  {{- with .Values.rbac.rules }}
  {{- toYaml . | nindent 2 }}
  {{- end }}
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: {{ include "common.names.fullname" . }}
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: Role
  name: {{ include "common.names.fullname" . }}
subjects:
  - kind: ServiceAccount
    name: {{ include "${name}.serviceAccountName" . }}
    namespace: {{ include "common.names.namespace" . | quote }}
{{- end }}
`);
  t('networkpolicy.yaml', `{{- if .Values.networkPolicy.enabled }}
kind: NetworkPolicy
apiVersion: networking.k8s.io/v1
metadata:
  name: {{ include "common.names.fullname" . }}
spec:
  podSelector:
    matchLabels: {{- include "common.labels.matchLabels" . | nindent 6 }}
  policyTypes: [Ingress, Egress]
  egress:
    - {}
  ingress:
    - ports:
        {{- range $name, $port := .Values.containerPorts }}
        - port: {{ $port }}
        {{- end }}
      {{- if not .Values.networkPolicy.allowExternal }}
      from:
        - podSelector:
            matchLabels:
              {{ include "common.names.fullname" . }}-client: "true"
      {{- end }}
    {{- if .Values.networkPolicy.extraIngress }}
    {{- include "common.tplvalues.render" ( dict "value" .Values.networkPolicy.extraIngress "context" $ ) | nindent 4 }}
    {{- end }}
{{- end }}
`);
  t('extra-list.yaml', `{{- range .Values.extraDeploy }}
---
{{ include "common.tplvalues.render" (dict "value" . "context" $) }}
{{- end }}
`);
  t('NOTES.txt', `CHART NAME: {{ .Chart.Name }}
APP VERSION: {{ .Chart.AppVersion }}
{{ include "common.warnings.rollingTag" .Values.image }}
Reach the service at http://{{ include "common.names.fullname" . }}.{{ .Release.Namespace }}.svc:{{ .Values.service.ports.http }}
`);
  const ci = {
    'default-values.yaml': '# defaults\n',
    'ingress-tls-values.yaml': `ingress:\n  enabled: true\n  tls: true\n  annotations:\n    cert-manager.io/cluster-issuer: letsencrypt\n  extraHosts:\n    - name: www.${name}.local\n    - name: api.${name}.local\n      path: /api\n`,
    'statefulset-values.yaml': `kind: StatefulSet\npersistence:\n  enabled: true\n  storageClass: fast\nglobal:\n  storageClass: "-"\n  imageRegistry: mirror.example.com\n  imagePullSecrets: [regcred, {name: other}]\n`,
    'autoscaling-values.yaml': `autoscaling:\n  enabled: true\n  targetCPU: 70\npdb:\n  minAvailable: 1\nresources:\n  requests: {cpu: 200m, memory: 256Mi}\ncommonLabels:\n  team: "{{ .Release.Name }}-team"\ncommonAnnotations:\n  owner: platform\n`,
    'extras-values.yaml': `auth:\n  password: s3cr3t\n  existingSecret: "{{ .Release.Name }}-creds"\nrbac:\n  create: true\n  rules:\n    - apiGroups: [apps]\n      resources: [deployments]\n      verbs: [get]\nnetworkPolicy:\n  allowExternal: false\n  extraIngress:\n    - from:\n        - namespaceSelector:\n            matchLabels:\n              name: "{{ .Release.Namespace }}"\nextraDeploy:\n  - apiVersion: v1\n    kind: ConfigMap\n    metadata:\n      name: "{{ .Release.Name }}-extra"\n    data:\n      k: v\ninitContainers:\n  - name: init\n    image: "{{ .Values.image.registry }}/init:1"\nimage:\n  digest: sha256:${'a'.repeat(64)}\nextraHelpersUpper: true\npodAntiAffinityPreset: hard\n`,
  };
  for (const [file, text] of Object.entries(ci)) write(join(dir, 'ci', file), text);
  return { name, values: Object.keys(ci) };
}

// ---------------------------------------------------------------------------------------------- B: operator + CRDs
function crdSchema(rnd, depth, width) {
  const types = ['string', 'integer', 'boolean'];
  const props = {};
  for (let i = 0; i < width; i++) {
    const key = `field${i}${String.fromCharCode(97 + Math.floor(rnd() * 26))}`;
    if (depth > 0 && rnd() < 0.4) props[key] = { type: 'object', description: `Nested settings ${i}.`, properties: crdSchema(rnd, depth - 1, Math.max(2, width - 2)) };
    else if (rnd() < 0.2) props[key] = { type: 'array', items: { type: types[i % 3] }, description: `A list of ${types[i % 3]} values.` };
    else props[key] = { type: types[i % 3], description: `Field ${i}: what it sets, in a sentence long enough to look like a real description.` };
  }
  return props;
}

const toYamlText = (value, indent = 0) => {
  const pad = ' '.repeat(indent);
  if (Array.isArray(value)) return value.map((v) => (typeof v === 'object' ? `${pad}-\n${toYamlText(v, indent + 2)}` : `${pad}- ${v}`)).join('\n');
  return Object.entries(value)
    .map(([k, v]) => (v !== null && typeof v === 'object' ? `${pad}${k}:\n${toYamlText(v, indent + 2)}` : `${pad}${k}: ${typeof v === 'string' && /[:#]/.test(v) ? JSON.stringify(v) : v}`))
    .join('\n');
};

function operatorChart(name, variant, rnd) {
  const dir = join(root, name);
  write(join(dir, 'Chart.yaml'), chartYaml(name, 'kubeVersion: ">=1.22.0-0"\n'));
  const crdCount = 2 + variant * 2;
  const kinds = [];
  for (let i = 0; i < crdCount; i++) {
    const kind = `Widget${String.fromCharCode(65 + i)}${variant}`;
    kinds.push(kind);
    const crd = {
      apiVersion: 'apiextensions.k8s.io/v1',
      kind: 'CustomResourceDefinition',
      metadata: { name: `${kind.toLowerCase()}s.${name}.example.com` },
      spec: {
        group: `${name}.example.com`,
        names: { kind, listKind: `${kind}List`, plural: `${kind.toLowerCase()}s`, singular: kind.toLowerCase() },
        scope: 'Namespaced',
        versions: [{ name: 'v1', served: true, storage: true, schema: { openAPIV3Schema: { type: 'object', properties: { spec: { type: 'object', properties: crdSchema(rnd, 2 + (variant % 2), 6 + variant) }, status: { type: 'object', properties: crdSchema(rnd, 1, 4) } } } } }],
      },
    };
    // Half of the CRDs go in crds/ (installed as is), half in templates/ behind a value (cert-manager style).
    if (i % 2 === 0) write(join(dir, 'crds', `${kind.toLowerCase()}.yaml`), `${toYamlText(crd)}\n`);
    else
      write(
        join(dir, 'templates', 'crds', `${kind.toLowerCase()}.yaml`),
        `{{- if .Values.crds.enabled }}\n${toYamlText({ ...crd, metadata: { name: crd.metadata.name } }).replace(/^metadata:\n {2}name: (.*)$/m, 'metadata:\n  name: $1\n  labels:\n    {{- include "' + name + '.labels" . | nindent 4 }}\n  {{- if .Values.crds.keep }}\n  annotations:\n    helm.sh/resource-policy: keep\n  {{- end }}')}\n{{- end }}\n`,
      );
  }
  write(
    join(dir, 'values.yaml'),
    `crds:
  enabled: true
  keep: true
image:
  repository: registry.example.com/${name}/controller
  tag: ""
replicaCount: 1
leaderElection:
  namespace: kube-system
logLevel: 2
extraArgs: []
webhook:
  enabled: ${variant % 2 === 0}
  port: 10250
  timeoutSeconds: 10
  failurePolicy: Fail
  certValidityDays: 365
prometheus:
  enabled: true
  servicemonitor:
    enabled: false
    interval: 60s
watched:
${kinds.map((k) => `  - ${k}`).join('\n')}
featureGates: {}
`,
  );
  const t = (file, text) => write(join(dir, 'templates', file), text);
  t('_helpers.tpl', `{{- define "${name}.name" -}}{{ .Chart.Name | trunc 63 | trimSuffix "-" }}{{- end -}}
{{- define "${name}.fullname" -}}{{ printf "%s-%s" .Release.Name .Chart.Name | trunc 63 | trimSuffix "-" }}{{- end -}}
{{- define "${name}.labels" -}}
app.kubernetes.io/name: {{ include "${name}.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version }}
{{- end -}}
{{- define "${name}.image" -}}{{ .Values.image.repository }}:{{ .Values.image.tag | default (printf "v%s" .Chart.AppVersion) }}{{- end -}}
{{- define "${name}.featureGates" -}}
{{- $gates := list -}}
{{- range $k, $v := .Values.featureGates -}}{{- $gates = append $gates (printf "%s=%t" $k $v) -}}{{- end -}}
{{- join "," $gates -}}
{{- end -}}
`);
  t('deployment.yaml', `apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "${name}.fullname" . }}
  labels: {{- include "${name}.labels" . | nindent 4 }}
spec:
  replicas: {{ .Values.replicaCount }}
  selector:
    matchLabels:
      app.kubernetes.io/name: {{ include "${name}.name" . }}
      app.kubernetes.io/instance: {{ .Release.Name }}
  template:
    metadata:
      labels: {{- include "${name}.labels" . | nindent 8 }}
      {{- if .Values.prometheus.enabled }}
      annotations:
        prometheus.io/scrape: "true"
        prometheus.io/port: "9402"
      {{- end }}
    spec:
      serviceAccountName: {{ include "${name}.fullname" . }}
      containers:
        - name: controller
          image: {{ include "${name}.image" . | quote }}
          args:
            - --v={{ .Values.logLevel }}
            - --leader-election-namespace={{ .Values.leaderElection.namespace }}
            {{- with (include "${name}.featureGates" .) }}
            - --feature-gates={{ . }}
            {{- end }}
            {{- range .Values.extraArgs }}
            - {{ . }}
            {{- end }}
            - --watch={{ join "," .Values.watched | lower }}
          {{- if .Values.webhook.enabled }}
          ports:
            - name: https
              containerPort: {{ .Values.webhook.port }}
          volumeMounts:
            - name: certs
              mountPath: /tls
              readOnly: true
          {{- end }}
      {{- if .Values.webhook.enabled }}
      volumes:
        - name: certs
          secret:
            secretName: {{ include "${name}.fullname" . }}-webhook-tls
      {{- end }}
`);
  t('rbac.yaml', `apiVersion: v1
kind: ServiceAccount
metadata:
  name: {{ include "${name}.fullname" . }}
  labels: {{- include "${name}.labels" . | nindent 4 }}
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: {{ include "${name}.fullname" . }}
rules:
  {{- range .Values.watched }}
  - apiGroups: ["{{ $.Chart.Name }}.example.com"]
    resources: ["{{ lower . }}s", "{{ lower . }}s/status", "{{ lower . }}s/finalizers"]
    verbs: ["get", "list", "watch", "update", "patch"]
  {{- end }}
  - apiGroups: [""]
    resources: ["events"]
    verbs: ["create", "patch"]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: {{ include "${name}.fullname" . }}
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: {{ include "${name}.fullname" . }}
subjects:
  - kind: ServiceAccount
    name: {{ include "${name}.fullname" . }}
    namespace: {{ .Release.Namespace }}
`);
  t('webhook.yaml', `{{- if .Values.webhook.enabled }}
{{- $fullname := include "${name}.fullname" . }}
{{- $altNames := list (printf "%s-webhook" $fullname) (printf "%s-webhook.%s" $fullname .Release.Namespace) (printf "%s-webhook.%s.svc" $fullname .Release.Namespace) }}
{{- $ca := genCA (printf "%s-ca" $fullname) (int .Values.webhook.certValidityDays) }}
{{- $cert := genSignedCert (printf "%s-webhook" $fullname) nil $altNames (int .Values.webhook.certValidityDays) $ca }}
apiVersion: v1
kind: Secret
metadata:
  name: {{ $fullname }}-webhook-tls
type: kubernetes.io/tls
data:
  ca.crt: {{ $ca.Cert | b64enc }}
  tls.crt: {{ $cert.Cert | b64enc }}
  tls.key: {{ $cert.Key | b64enc }}
---
apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingWebhookConfiguration
metadata:
  name: {{ $fullname }}
webhooks:
  {{- range .Values.watched }}
  - name: {{ lower . }}.{{ $.Chart.Name }}.example.com
    admissionReviewVersions: ["v1"]
    sideEffects: None
    failurePolicy: {{ $.Values.webhook.failurePolicy }}
    timeoutSeconds: {{ $.Values.webhook.timeoutSeconds }}
    clientConfig:
      caBundle: {{ $ca.Cert | b64enc }}
      service:
        name: {{ $fullname }}-webhook
        namespace: {{ $.Release.Namespace }}
        path: /validate-{{ lower . }}
    rules:
      - apiGroups: ["{{ $.Chart.Name }}.example.com"]
        apiVersions: ["v1"]
        operations: ["CREATE", "UPDATE"]
        resources: ["{{ lower . }}s"]
  {{- end }}
---
apiVersion: v1
kind: Service
metadata:
  name: {{ $fullname }}-webhook
spec:
  ports:
    - port: 443
      targetPort: https
  selector:
    app.kubernetes.io/name: {{ include "${name}.name" . }}
{{- end }}
`);
  t('servicemonitor.yaml', `{{- if and .Values.prometheus.enabled .Values.prometheus.servicemonitor.enabled }}
apiVersion: monitoring.coreos.com/v1
kind: ServiceMonitor
metadata:
  name: {{ include "${name}.fullname" . }}
spec:
  endpoints:
    - port: metrics
      interval: {{ .Values.prometheus.servicemonitor.interval }}
  selector:
    matchLabels:
      app.kubernetes.io/name: {{ include "${name}.name" . }}
{{- end }}
`);
  const ci = {
    'default-values.yaml': '# defaults\n',
    'no-crds-values.yaml': 'crds:\n  enabled: false\nwebhook:\n  enabled: true\n  failurePolicy: Ignore\n',
    'tuned-values.yaml': `logLevel: 4\nextraArgs: [--enable-profiling, --max-concurrent-reconciles=8]\nfeatureGates:\n  AlphaThing: true\n  BetaThing: false\n  ZetaThing: true\nimage:\n  tag: v9.9.9\nprometheus:\n  servicemonitor:\n    enabled: true\n    interval: 15s\ncrds:\n  keep: false\n`,
  };
  for (const [file, text] of Object.entries(ci)) write(join(dir, 'ci', file), text);
  return { name, values: Object.keys(ci), includeCrds: true };
}

// ---------------------------------------------------------------------------------------------- C: umbrella
function serviceSubchart(dir, sub, withExports) {
  write(join(dir, 'Chart.yaml'), `apiVersion: v2\nname: ${sub}\nversion: 0.${sub.length}.1\nappVersion: "1.${sub.length}"\n`);
  write(
    join(dir, 'values.yaml'),
    `enabled: true\nreplicas: 1\nport: 8080\nimage: registry.example.com/shop/${sub}\ntag: latest\nenv: {}\nresources:\n  limits: {cpu: 250m, memory: 128Mi}\n${withExports ? `exports:\n  connection:\n    ${sub}Host: ${sub}.svc\n    ${sub}Port: 5432\n` : ''}`,
  );
  write(
    join(dir, 'templates', '_helpers.tpl'),
    `{{- define "${sub}.fullname" -}}{{ printf "%s-%s" .Release.Name .Chart.Name | trunc 63 | trimSuffix "-" }}{{- end -}}
{{- define "${sub}.selector" -}}
app: {{ .Chart.Name }}
release: {{ .Release.Name }}
{{- end -}}
{{- define "${sub}.registry" -}}{{ .Values.global.imageRegistry | default "docker.example.com" }}{{- end -}}
`,
  );
  write(
    join(dir, 'templates', 'deployment.yaml'),
    `apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "${sub}.fullname" . }}
  labels:
    {{- include "${sub}.selector" . | nindent 4 }}
    chart: {{ .Chart.Name }}-{{ .Chart.Version }}
    {{- with .Values.global.labels }}
    {{- toYaml . | nindent 4 }}
    {{- end }}
spec:
  replicas: {{ .Values.replicas }}
  selector:
    matchLabels: {{- include "${sub}.selector" . | nindent 6 }}
  template:
    metadata:
      labels: {{- include "${sub}.selector" . | nindent 8 }}
    spec:
      containers:
        - name: {{ .Chart.Name }}
          image: "{{ include "${sub}.registry" . }}/{{ .Values.image }}:{{ .Values.tag }}"
          ports:
            - containerPort: {{ .Values.port }}
          env:
            - name: ENVIRONMENT
              value: {{ .Values.global.environment | quote }}
            {{- range $k, $v := .Values.env }}
            - name: {{ $k | upper | replace "-" "_" }}
              value: {{ tpl (toString $v) $ | quote }}
            {{- end }}
          resources: {{- toYaml .Values.resources | nindent 12 }}
---
apiVersion: v1
kind: Service
metadata:
  name: {{ include "${sub}.fullname" . }}
spec:
  selector: {{- include "${sub}.selector" . | nindent 4 }}
  ports:
    - port: {{ .Values.port }}
`,
  );
}

function umbrellaChart(name, variant, rnd) {
  const dir = join(root, name);
  const subs = ['catalog', 'checkout', 'payments', 'search', 'notifier', 'gateway', 'ledger', 'reports'].slice(0, 3 + variant);
  let deps = 'dependencies:\n';
  for (const sub of subs) {
    serviceSubchart(join(dir, 'charts', sub), sub, sub === 'payments' || sub === 'ledger');
    deps += `  - name: ${sub}\n    version: ">=0.1.0"\n    condition: ${sub}.enabled\n    tags: [${sub.length % 2 === 0 ? 'core' : 'extra'}]\n`;
    if (sub === 'payments' || sub === 'ledger') deps += `    import-values:\n      - connection\n      - child: resources\n        parent: imported.${sub}Resources\n`;
  }
  // One subchart used twice under aliases.
  deps += `  - name: catalog\n    alias: catalog-replica\n    version: ">=0.1.0"\n    condition: catalog-replica.enabled\n`;
  write(join(dir, 'Chart.yaml'), chartYaml(name, deps));
  let values = `global:
  environment: staging
  imageRegistry: ""
  labels:
    part-of: ${name}
tags:
  core: true
  extra: true
catalog-replica:
  enabled: false
  replicas: 2
imported: {}
`;
  for (const sub of subs) values += `${sub}:\n  replicas: ${1 + Math.floor(rnd() * 3)}\n  env:\n    feature-${sub}: "on"\n    upstream: "{{ .Release.Name }}-${subs[0]}"\n`;
  write(join(dir, 'values.yaml'), values);
  write(
    join(dir, 'templates', 'summary.yaml'),
    `apiVersion: v1
kind: ConfigMap
metadata:
  name: {{ .Release.Name }}-summary
data:
  environment: {{ .Values.global.environment | quote }}
  {{- range $name, $sub := .Subcharts }}
  {{ $name }}.version: {{ $sub.Chart.Version | quote }}
  {{- end }}
  {{- with .Values.paymentsHost }}
  payments.host: {{ . | quote }}
  {{- end }}
  imported: {{ .Values.imported | toJson | quote }}
  enabled: {{ include "${name}.enabled" . | quote }}
`,
  );
  write(
    join(dir, 'templates', '_helpers.tpl'),
    `{{- define "${name}.enabled" -}}
{{- $on := list -}}
{{- range $k, $v := .Values -}}
{{- if and (kindIs "map" $v) (hasKey $v "enabled") $v.enabled -}}{{- $on = append $on $k -}}{{- end -}}
{{- end -}}
{{- $on | sortAlpha | join "," -}}
{{- end -}}
`,
  );
  const ci = {
    'default-values.yaml': '# defaults\n',
    'core-only-values.yaml': 'tags:\n  extra: false\nglobal:\n  environment: production\n  imageRegistry: mirror.example.com\n',
    'replica-values.yaml': `catalog-replica:\n  enabled: true\n  tag: "2.0"\n${subs[1]}:\n  enabled: false\n`,
    'overrides-values.yaml': `global:\n  labels:\n    team: shop\n    cost-center: "42"\n${subs.map((s) => `${s}:\n  resources:\n    limits: {cpu: "1", memory: 1Gi}\n`).join('')}`,
  };
  for (const [file, text] of Object.entries(ci)) write(join(dir, 'ci', file), text);
  return { name, values: Object.keys(ci) };
}

// ---------------------------------------------------------------------------------------------- D: monitoring
function monitoringChart(name, variant, rnd) {
  const dir = join(root, name);
  write(join(dir, 'Chart.yaml'), chartYaml(name));
  const dashboards = 2 + variant * 2;
  for (let d = 0; d < dashboards; d++) {
    const panels = [];
    for (let p = 0; p < 6 + variant * 3; p++) panels.push({ id: p, title: `Panel ${p} of dashboard ${d}`, type: p % 2 ? 'graph' : 'stat', targets: [{ expr: `sum(rate(http_requests_total{job="{{ .Release.Name }}",code=~"5.."}[5m])) by (instance) * ${p + 1}` }], gridPos: { x: (p % 4) * 6, y: Math.floor(p / 4) * 8, w: 6, h: 8 } });
    write(join(dir, 'dashboards', `dash-${d}.json`), `${JSON.stringify({ title: `Dashboard ${d}`, uid: `d${d}${Math.floor(rnd() * 1e6)}`, panels }, null, 2)}\n`);
  }
  write(join(dir, 'files', 'alertmanager.conf'), 'route:\n  receiver: default\n  group_by: [alertname]\nreceivers:\n  - name: default\n');
  write(join(dir, 'files', 'extra.properties'), 'a=1\nb=2\n');
  let rules = 'rules:\n';
  for (let r = 0; r < 10 + variant * 20; r++) rules += `  - alert: HighErrorRate${r}\n    expr: 'sum(rate(errors_total{service="{{ .Release.Name }}"}[5m])) > ${r / 10}'\n    for: ${r % 3 === 0 ? '5m' : '10m'}\n    labels:\n      severity: ${r % 2 ? 'warning' : 'critical'}\n    annotations:\n      summary: 'Error rate {{ $value }} above ${r / 10}'\n`;
  write(join(dir, 'values.yaml'), `grafana:\n  enabled: true\n  sidecarLabel: grafana_dashboard\nprometheusRules:\n  enabled: true\n  additionalLabels: {}\n${rules}alertmanager:\n  enabled: ${variant % 2 === 0}\n  config: {}\nscrapeConfigs: []\n`);
  const t = (file, text) => write(join(dir, 'templates', file), text);
  t('dashboards.yaml', `{{- if .Values.grafana.enabled }}
{{- range $path, $_ := .Files.Glob "dashboards/*.json" }}
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: {{ printf "%s-%s" $.Release.Name (base $path | trimSuffix ".json") | trunc 63 }}
  labels:
    {{ $.Values.grafana.sidecarLabel }}: "1"
data:
  {{ base $path }}: |-
{{ tpl ($.Files.Get $path) $ | indent 4 }}
{{- end }}
{{- end }}
`);
  t('rules.yaml', `{{- if .Values.prometheusRules.enabled }}
apiVersion: monitoring.coreos.com/v1
kind: PrometheusRule
metadata:
  name: {{ .Release.Name }}-rules
  labels:
    release: {{ .Release.Name }}
    {{- with .Values.prometheusRules.additionalLabels }}
    {{- toYaml . | nindent 4 }}
    {{- end }}
spec:
  groups:
    - name: {{ .Release.Name }}.rules
      rules:
        {{- range .Values.rules }}
        - alert: {{ .alert }}
          expr: {{ tpl .expr $ }}
          for: {{ .for }}
          labels: {{- toYaml .labels | nindent 12 }}
          annotations:
            {{- range $k, $v := .annotations }}
            {{ $k }}: {{ $v | quote }}
            {{- end }}
        {{- end }}
{{- end }}
`);
  t('alertmanager.yaml', `{{- if .Values.alertmanager.enabled }}
apiVersion: v1
kind: Secret
metadata:
  name: {{ .Release.Name }}-alertmanager
type: Opaque
data:
  {{- if .Values.alertmanager.config }}
  alertmanager.yaml: {{ toYaml .Values.alertmanager.config | b64enc | quote }}
  {{- else }}
  alertmanager.yaml: {{ .Files.Get "files/alertmanager.conf" | b64enc | quote }}
  {{- end }}
  web-password: {{ htpasswd "admin" (randAlphaNum 12) | b64enc | quote }}
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: {{ .Release.Name }}-files
data:
{{ (.Files.Glob "files/*").AsConfig | indent 2 }}
{{- end }}
`);
  t('scrape.yaml', `apiVersion: v1
kind: ConfigMap
metadata:
  name: {{ .Release.Name }}-scrape
data:
  prometheus.json: |-
    {{- $cfg := dict "global" (dict "scrape_interval" "30s") "scrape_configs" .Values.scrapeConfigs }}
{{ toPrettyJson $cfg | indent 4 }}
  rules-count: {{ len .Values.rules | quote }}
  severities: {{ .Values.rules | len | toString | quote }}
`);
  const ci = {
    'default-values.yaml': '# defaults\n',
    'custom-values.yaml': `alertmanager:\n  enabled: true\n  config:\n    route:\n      receiver: pager\n    receivers:\n      - name: pager\n        pagerduty_configs:\n          - service_key: abc\nprometheusRules:\n  additionalLabels:\n    prometheus: main\nscrapeConfigs:\n  - job_name: app\n    static_configs:\n      - targets: ["app:9090", "app2:9090"]\n`,
    'minimal-values.yaml': 'grafana:\n  enabled: false\nprometheusRules:\n  enabled: false\n',
  };
  for (const [file, text] of Object.entries(ci)) write(join(dir, 'ci', file), text);
  return { name, values: Object.keys(ci) };
}

// ---------------------------------------------------------------------------------------------- E: jobs and hooks
function jobsChart(name, variant, rnd) {
  const dir = join(root, name);
  write(join(dir, 'Chart.yaml'), chartYaml(name));
  let jobs = 'jobs:\n';
  for (let j = 0; j < 3 + variant * 3; j++) {
    jobs += `  job-${j}:\n    schedule: "${j % 60} ${j % 24} * * *"\n    command: ["/bin/task", "--name=job-${j}"]\n${j % 3 === 0 ? '    suspend: true\n' : ''}${j % 4 === 0 ? `    resources:\n      limits: {memory: ${128 * (j + 1)}Mi}\n` : ''}${j % 5 === 0 ? '    env:\n      MODE: full\n' : ''}`;
  }
  write(
    join(dir, 'values.yaml'),
    `defaults:
  image: registry.example.com/${name}/runner:${variant}.0
  concurrencyPolicy: Forbid
  backoffLimit: 2
  successfulJobsHistoryLimit: 3
  resources:
    requests: {cpu: 50m, memory: 64Mi}
    limits: {memory: 128Mi}
  env:
    LOG_FORMAT: json
${jobs}migrations:
  enabled: true
  weight: -5
  deletePolicy: before-hook-creation,hook-succeeded
tests:
  enabled: true
`,
  );
  const t = (file, text) => write(join(dir, 'templates', file), text);
  t('_helpers.tpl', `{{- define "${name}.cronApi" -}}
{{- if semverCompare ">=1.21-0" .Capabilities.KubeVersion.GitVersion -}}batch/v1{{- else -}}batch/v1beta1{{- end -}}
{{- end -}}
{{- define "${name}.job" -}}
{{- $job := mergeOverwrite (deepCopy .root.Values.defaults) .job -}}
containers:
  - name: {{ .name }}
    image: {{ $job.image }}
    command: {{- toYaml $job.command | nindent 6 }}
    env:
      {{- range $k, $v := $job.env }}
      - name: {{ $k }}
        value: {{ $v | quote }}
      {{- end }}
    resources: {{- toYaml $job.resources | nindent 6 }}
restartPolicy: OnFailure
{{- end -}}
`);
  t('cronjobs.yaml', `{{- range $name, $job := .Values.jobs }}
{{- $merged := mergeOverwrite (deepCopy $.Values.defaults) $job }}
---
apiVersion: {{ include "${name}.cronApi" $ }}
kind: CronJob
metadata:
  name: {{ printf "%s-%s" $.Release.Name $name | trunc 52 | trimSuffix "-" }}
  labels:
    app: {{ $.Chart.Name }}
    job: {{ $name }}
spec:
  schedule: {{ $merged.schedule | quote }}
  concurrencyPolicy: {{ $merged.concurrencyPolicy }}
  suspend: {{ $merged.suspend | default false }}
  successfulJobsHistoryLimit: {{ $merged.successfulJobsHistoryLimit }}
  jobTemplate:
    spec:
      backoffLimit: {{ $merged.backoffLimit }}
      template:
        spec:
          {{- include "${name}.job" (dict "root" $ "name" $name "job" $job) | nindent 10 }}
{{- end }}
`);
  t('migrations.yaml', `{{- if .Values.migrations.enabled }}
apiVersion: batch/v1
kind: Job
metadata:
  name: {{ .Release.Name }}-migrate-{{ .Release.Revision }}
  annotations:
    "helm.sh/hook": pre-install,pre-upgrade
    "helm.sh/hook-weight": {{ .Values.migrations.weight | quote }}
    "helm.sh/hook-delete-policy": {{ .Values.migrations.deletePolicy }}
spec:
  template:
    spec:
      {{- include "${name}.job" (dict "root" $ "name" "migrate" "job" (dict "command" (list "/bin/migrate" "up"))) | nindent 6 }}
---
apiVersion: batch/v1
kind: Job
metadata:
  name: {{ .Release.Name }}-seed
  annotations:
    "helm.sh/hook": post-install
    "helm.sh/hook-weight": "5"
spec:
  template:
    spec:
      {{- include "${name}.job" (dict "root" $ "name" "seed" "job" (dict "command" (list "/bin/seed"))) | nindent 6 }}
{{- end }}
`);
  t('tests/test-connection.yaml', `{{- if .Values.tests.enabled }}
apiVersion: v1
kind: Pod
metadata:
  name: "{{ .Release.Name }}-test"
  annotations:
    "helm.sh/hook": test
spec:
  containers:
    - name: check
      image: busybox
      command: ['sh', '-c', 'echo {{ len .Values.jobs }} jobs; echo {{ uuidv4 | len }}']
  restartPolicy: Never
{{- end }}
`);
  const ci = {
    'default-values.yaml': '# defaults\n',
    'no-hooks-values.yaml': 'migrations:\n  enabled: false\ntests:\n  enabled: false\ndefaults:\n  concurrencyPolicy: Replace\n',
    'override-values.yaml': `jobs:\n  job-0:\n    schedule: "@hourly"\n    suspend: false\n    env:\n      MODE: incremental\n      EXTRA: "1"\n  job-1: null\ndefaults:\n  env:\n    LOG_FORMAT: text\n    TZ: UTC\n`,
  };
  for (const [file, text] of Object.entries(ci)) write(join(dir, 'ci', file), text);
  return { name, values: Object.keys(ci) };
}

const archetypes = [
  ['webapp', applicationChart],
  ['operator', operatorChart],
  ['shop', umbrellaChart],
  ['observe', monitoringChart],
  ['batch', jobsChart],
];
const charts = [];
for (let variant = 0; variant < 6; variant++) {
  for (const [prefix, make] of archetypes) charts.push(make(`${prefix}${variant}`, variant, random(variant * 7919 + prefix.length)));
}
for (const c of charts) console.log(`${c.name}${c.includeCrds ? ' +crds' : ''} ${c.values.join(' ')}`);

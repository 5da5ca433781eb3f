/** Extra differential cases over the purpose-written charts (test/fixtures/charts/written): flags and values edge cases. */
export interface RenderCase {
  name: string;
  args: string[];
  /** Known to differ until the template engine supports it (reason given); runs as `it.fails`, so it turns red once fixed. */
  engineGap?: string;
  /** Warnings slipway must print (helm's go to its logger in another format); checked whether the render succeeds or fails. */
  stderr?: RegExp;
  /** Both must fail, but the wording differs from helm's (reason given); slipway's message must match this. */
  ownError?: { reason: string; pattern: RegExp };
}

export const renderCases: RenderCase[] = [
  { name: 'legacyapp ranging over .Files.Glob', args: ['written/legacyapp'] },
  { name: 'legacyapp v1 chart, requirements.yaml, packaged subchart, exports, tpl, parent define override', args: ['written/legacyapp', '--set', 'dashboards.enabled=false'] },
  { name: 'webstack crds included', args: ['shop', 'written/webstack', '--include-crds', '-n', 'shop-prod'] },
  { name: 'webstack condition turns the aliased subchart off', args: ['written/webstack', '--set', 'db.enabled=false'] },
  { name: 'webstack global condition used when the first path is absent', args: ['written/webstack', '--set', 'global.db.enabled=false'] },
  { name: 'webstack tag disables redis', args: ['written/webstack', '--set', 'tags.cache=false,redis.enabled=null'] },
  { name: 'webstack condition wins over tags', args: ['written/webstack', '--set', 'tags.cache=false'] },
  { name: 'webstack subchart values from the parent block', args: ['written/webstack', '--set', 'redis.architecture=replication,redis.replica.replicaCount=5,db.primary.persistence.size=20Gi'] },
  { name: 'webstack set edge cases', args: ['written/webstack', '--set', 'env.WORKERS=007,env.EMPTY=,env.QUOTED=a\\,b,extraEnv[1].name=X,extraEnv[1].value=y', '--set-string', 'env.PORT=8080', '--set-literal', 'env.RAW={a,b}=c'] },
  { name: 'webstack set-json list and set-file', args: ['written/webstack', '--set-json', 'tolerations=[{"key":"dedicated","operator":"Equal","value":"web","effect":"NoSchedule"}]', '--set-file', 'config.greeting=written/webstack/config/app.conf'] },
  { name: 'webstack null removes a default map', args: ['written/webstack', '--set', 'resources=null,podAnnotations=null'] },
  { name: 'webstack type mismatch is warned, default kept', args: ['written/webstack', '--set', 'resources=small'] },
  { name: 'webstack schema: minimum', args: ['written/webstack', '--set', 'replicaCount=0'] },
  { name: 'webstack schema: type', args: ['written/webstack', '--set', 'replicaCount=many'] },
  { name: 'webstack schema: enum', args: ['written/webstack', '--set', 'image.pullPolicy=Sometimes'] },
  { name: 'webstack schema: required', args: ['written/webstack', '--set', 'image=null'] },
  { name: 'webstack schema: exclusiveMaximum', args: ['written/webstack', '--set-json', 'ratio=1.5'] },
  { name: 'webstack schema skipped', args: ['written/webstack', '--set', 'replicaCount=0', '--skip-schema-validation'] },
  { name: 'webstack kubeVersion incompatible', args: ['written/webstack', '--kube-version', 'v1.21.0'] },
  { name: 'webstack show-only with a glob', args: ['written/webstack', '--show-only', 'templates/*.yaml'] },
  { name: 'webstack show-only subchart template', args: ['written/webstack', '-s', 'charts/redis/templates/deployment.yaml'] },
  { name: 'webstack no hooks', args: ['written/webstack', '--no-hooks'] },
  { name: 'webstack values files in order', args: ['written/webstack', '-f', 'values/webstack-a.yaml,values/webstack-b.yaml'] },
  {
    name: 'webstack unparsable values file',
    args: ['written/webstack', '-f', 'values/broken.yaml'],
    ownError: { reason: 'the YAML parser words syntax errors differently from libyaml', pattern: /^failed to parse values\/broken\.yaml: .*yaml: line \d+: / },
  },
  { name: 'webstack execution error trace through include (nil pointer)', args: ['written/webstack', '-f', 'values/webstack-a.yaml', '--set', 'db.enabled=false'] },
  { name: 'webstack bad --set', args: ['written/webstack', '--set', 'a[0]=1,a.b=2'] },
  ...['', '1.30', 'v1.30', '1.30.2', 'v1.29.3-gke.1+abc', '1.2.3.4', '1.030', '1.30abc', '01.30', '1', 'x1.30', '99999999999999999999.1'].map((kv) => ({
    name: `capabilities with --kube-version ${JSON.stringify(kv)} (struct printing, ParseGeneric normalization and errors)`,
    args: ['written/capabilities', ...(kv ? ['--kube-version', kv] : []), '--api-versions', 'gateway.networking.k8s.io/v1'],
  })),
  { name: 'observability with a live-looking API set and namespace', args: ['obs', 'written/observability', '-n', 'monitoring', '--api-versions', 'policy/v1/PodDisruptionBudget'] },
  { name: 'observability image digest, global registry, set-string', args: ['written/observability', '--set', 'prometheus.image.digest=sha256:abc,global.imageRegistry=reg.local', '--set-string', 'prometheus.retentionSize=10GB'] },
  { name: 'observability null route (else with), continue in range, escaped dot key', args: ['written/observability', '--set', 'prometheus.ingress.enabled=false,alertmanager.config.route=null,rules.groups.node.enabled=true', '--set', 'prometheus.extraArgs.log\\.level=debug'] },
  { name: 'observability fullnameOverride truncated', args: ['written/observability', '--set', 'fullnameOverride=custom-name-that-is-very-long-and-goes-beyond-sixty-three-characters-total'] },
  { name: 'observability kubeVersion constraint', args: ['written/observability', '--kube-version', '1.20.0'] },
  { name: 'observability float formatting from set-json', args: ['written/observability', '--set-json', 'prometheus.thresholds={"cpu":1,"memory":0.123456789,"bigNumber":1e21,"scientific":5e-7}'] },
  { name: 'operator with CRDs, release name and namespace', args: ['rel', 'written/operator', '-n', 'cert-system', '--include-crds'] },
  { name: 'operator without RBAC aggregation or service account, replicas as a string', args: ['written/operator', '--set', 'installCRDs=true,global.rbac.aggregateClusterRoles=false,serviceAccount.create=false', '--set-string', 'replicaCount=3'] },
  { name: 'operator feature gates set, common labels, numbers in exponent form', args: ['written/operator', '--set', 'featureGates=B=true\\,A=false', '--set', 'global.commonLabels.team=sec', '--set', 'config.ratio=1e-7', '--set', 'config.kubernetesAPIQPS=1e21'] },
  { name: 'operator strategy and no network policy', args: ['written/operator', '--set', 'strategy.type=RollingUpdate,strategy.rollingUpdate.maxSurge=0', '--set', 'webhook.networkPolicy.enabled=false'] },
  { name: 'logstack (loki/argo-cd style): tpl config merged with mergeOverwrite, one subchart under two aliases, binary file', args: ['written/logstack'] },
  { name: 'logstack tag turns the second alias on', args: ['logs', 'written/logstack', '--set', 'tags.internal=true', '-n', 'logs'] },
  { name: 'logstack condition turns the first alias off', args: ['written/logstack', '--set', 'gateway-public.enabled=false'] },
  { name: 'logstack image tag and float replicas from set', args: ['written/logstack', '--set', 'components.write.replicas=5,loki.image.tag=2.9.1', '--set-string', 'components.read.maxUnavailable=2'] },
  { name: 'binaryfiles: bytes that are not UTF-8 kept through Files.Get, b64enc, sha256sum, len, quote, printf, toJson, toYaml, substr', args: ['written/binaryfiles'] },
  { name: 'binaryfiles: a binary --set-file value keeps its bytes', args: ['written/binaryfiles', '--set-file', 'bin=written/binaryfiles/files/blob.bin'] },
  { name: 'binaryfiles: control characters in a rendered manifest (libyaml reader error)', args: ['written/binaryfiles', '--set', 'squote=true'] },
  { name: 'binaryfiles: bytes that are not UTF-8 in a rendered manifest (libyaml reader error)', args: ['written/binaryfiles', '--set', 'raw=true'] },
  { name: 'values file with a control character', args: ['written/binaryfiles', '-f', 'values/reader-control.yaml'] },
  { name: 'values file ending inside a UTF-8 sequence', args: ['written/binaryfiles', '-f', 'values/reader-incomplete-utf8.yaml'] },
  { name: 'values file with an invalid UTF-8 byte in its second document', args: ['written/binaryfiles', '-f', 'values/reader-invalid-utf8-second-document.yaml'] },
  { name: 'layered: three levels, library chart, import-values from a grandchild, exports, null deletes defaults, top define overrides the library', args: ['written/layered'] },
  { name: 'layered: nulls in set delete defaults at two levels', args: ['written/layered', '--set', 'global.nullMe=null,mid.nested.keep=null,mid.leaf.sizes=null'] },
  { name: 'layered: set-json null inside a subchart block', args: ['written/layered', '--set-json', 'mid.leaf={"color":null}'] },
  { name: 'layered: the middle chart disabled', args: ['written/layered', '--set', 'mid.enabled=false'] },
  { name: 'layered: the leaf disabled (missing import table, then a nil pointer through .Subcharts)', args: ['written/layered', '--set', 'mid.leaf.enabled=false'], stderr: /^ImportValues missing table from chart chart=mid error="exported" is not a table$/m },
  { name: 'schemed: draft-07 parent and 2020-12 subchart schemas pass', args: ['written/schemed'] },
  { name: 'schemed: numbers in schema errors grouped as x/text prints them (maximum 70,000)', args: ['written/schemed', '--set', 'service.port=70000'] },
  // One failing property per object in each case: Helm walks an object's properties in Go map order, so the
  // order of errors under two different properties varies from run to run.
  { name: 'schemed: subchart exclusiveMinimum', args: ['written/schemed', '--set', 'db.port=80'] },
  { name: 'schemed: subchart maxLength', args: ['written/schemed', '--set', 'db.auth.username=averyveryverylongname'] },
  { name: 'schemed: uniqueItems reported before the items errors, items in index order', args: ['written/schemed', '--set-json', 'ingress.hosts=[{"host":"a","paths":["x"]},{"host":"a","paths":["x"]}]'] },
  { name: 'schemed: if/then minItems', args: ['written/schemed', '--set', 'ingress.enabled=true'] },
  { name: 'schemed: enum', args: ['written/schemed', '--set', 'image.pullPolicy=Sometimes'] },
  { name: 'schemed: integer type from --set string', args: ['written/schemed', '--set', 'replicaCount=1.5'] },
  { name: 'schemed: additional property in a subchart object, missing property at the root', args: ['written/schemed', '--set', 'db.auth.extra=1,image=null'] },
  {
    name: 'missing chart',
    args: ['written/does-not-exist'],
    ownError: { reason: 'helm falls back to a repository lookup ("repo written not found"); slipway renders local charts only and says so', pattern: /^path "written\/does-not-exist" not found/ },
  },
];

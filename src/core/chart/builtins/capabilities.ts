/**
 * `.Capabilities` as Helm v4.3.1 builds it: offline defaults (Kubernetes version derived from Helm's
 * client-go, v1.37.0; the API versions of client-go's scheme plus apiextensions), overridable by
 * --kube-version and extended by --api-versions; or the live cluster's version and discovery.
 */
import { goQuote } from '../template/goQuote.js';
import { GoObject, type MethodSignature, type UnderlyingCollection } from '../template/goValues.js';

/** chartutil.DefaultVersionSet of helm v4.3.1, in Helm's order (printed by `helm template` from `.Capabilities.APIVersions`). */
export const DEFAULT_API_VERSIONS: readonly string[] = [
  'v1', 'admissionregistration.k8s.io/v1', 'admissionregistration.k8s.io/v1alpha1', 'admissionregistration.k8s.io/v1beta1',
  'internal.apiserver.k8s.io/v1alpha1', 'apps/v1', 'apps/v1beta1', 'apps/v1beta2', 'authentication.k8s.io/v1',
  'authentication.k8s.io/v1alpha1', 'authentication.k8s.io/v1beta1', 'authorization.k8s.io/v1', 'authorization.k8s.io/v1beta1',
  'autoscaling/v1', 'autoscaling/v2', 'batch/v1', 'batch/v1beta1', 'certificates.k8s.io/v1', 'certificates.k8s.io/v1beta1',
  'certificates.k8s.io/v1alpha1', 'coordination.k8s.io/v1alpha2', 'coordination.k8s.io/v1beta1', 'coordination.k8s.io/v1',
  'discovery.k8s.io/v1', 'discovery.k8s.io/v1beta1', 'events.k8s.io/v1', 'events.k8s.io/v1beta1', 'extensions/v1beta1',
  'flowcontrol.apiserver.k8s.io/v1', 'flowcontrol.apiserver.k8s.io/v1beta1', 'flowcontrol.apiserver.k8s.io/v1beta2',
  'flowcontrol.apiserver.k8s.io/v1beta3', 'lifecycle.k8s.io/v1alpha1', 'networking.k8s.io/v1', 'networking.k8s.io/v1beta1',
  'node.k8s.io/v1', 'node.k8s.io/v1alpha1', 'node.k8s.io/v1beta1', 'policy/v1', 'policy/v1beta1', 'rbac.authorization.k8s.io/v1',
  'rbac.authorization.k8s.io/v1beta1', 'rbac.authorization.k8s.io/v1alpha1', 'resource.k8s.io/v1', 'resource.k8s.io/v1beta2',
  'resource.k8s.io/v1beta1', 'resource.k8s.io/v1alpha3', 'scheduling.k8s.io/v1alpha3', 'scheduling.k8s.io/v1beta1',
  'scheduling.k8s.io/v1', 'storage.k8s.io/v1beta1', 'storage.k8s.io/v1', 'storage.k8s.io/v1alpha1', 'storagemigration.k8s.io/v1',
  'storagemigration.k8s.io/v1beta1', 'apiextensions.k8s.io/v1beta1', 'apiextensions.k8s.io/v1',
];

export const DEFAULT_KUBE_VERSION = 'v1.37.0';

/** The Helm version slipway renders as (what charts see in `.Capabilities.HelmVersion`). */
export const HELM_BUILD_INFO = { Version: 'v4.3.1', GitCommit: '', GitTreeState: '', GoVersion: 'go1.26.8', KubeClientVersion: 'v1.37' };

export class KubeVersion extends GoObject {
  Version: string;
  // Unexported in Go: printed by %v of the struct, not reachable from templates.
  private readonly normalizedVersion: string;
  Major: string;
  Minor: string;
  constructor(version: string, normalized: string, major: string, minor: string) {
    super();
    this.Version = version;
    this.normalizedVersion = normalized;
    this.Major = major;
    this.Minor = minor;
  }
  goType(): string {
    return 'common.KubeVersion';
  }
  override goString(): string {
    return this.String();
  }
  override pointerStringer(): boolean {
    return true;
  }
  String(): string {
    return this.normalizedVersion !== '' ? this.normalizedVersion : this.Version;
  }
  GitVersion(): string {
    return this.Version;
  }
}

export class KubeVersionError extends Error {}

/** common.ParseKubeVersion (k8s.io/apimachinery ParseGeneric: at least major.minor, suffixes kept in Version). */
/**
 * common.ParseKubeVersion: k8s.io/apimachinery's ParseGeneric (at least two numeric components, anything
 * after them ignored), the input kept as the version (with a "v"), the components as the normalized one.
 */
export function parseKubeVersion(text: string): KubeVersion {
  // Go's \s is [\t\n\f\r ] and its "." stops at \n only.
  const m = /^[\t\n\f\r ]*v?([0-9]+(?:\.[0-9]+)*)([^\n]*)$/.exec(text);
  if (m === null) throw new KubeVersionError(`could not parse ${goQuote(text)} as version`);
  const components = m[1]!.split('.');
  if (components.length < 2) throw new KubeVersionError(`illegal version string ${goQuote(text)}`);
  const numbers = components.map((c, i) => {
    if (i === 0 && c.startsWith('0') && c !== '0') throw new KubeVersionError(`illegal zero-prefixed version component ${goQuote(c)} in ${goQuote(text)}`);
    const n = BigInt(c);
    if (n > 0xffffffffffffffffn) {
      throw new KubeVersionError(`illegal non-numeric version component ${goQuote(c)} in ${goQuote(text)}: strconv.ParseUint: parsing ${goQuote(c)}: value out of range`);
    }
    return n.toString();
  });
  const version = text.startsWith('v') ? text : `v${text}`;
  return new KubeVersion(version, `v${numbers.join('.')}`, numbers[0]!, numbers[1]!);
}

/** common.VersionSet, a []string with a Has method. */
export class VersionSet extends GoObject {
  constructor(readonly versions: readonly string[]) {
    super();
  }
  goType(): string {
    return 'common.VersionSet';
  }
  override methodSignature(name: string): MethodSignature | undefined {
    return name === 'Has' ? { params: ['string'] } : undefined;
  }
  override underlying(): UnderlyingCollection {
    return { value: this.versions as unknown[], zero: '' };
  }
  Has(apiVersion: string): boolean {
    return this.versions.includes(apiVersion);
  }
}

export class Capabilities extends GoObject {
  constructor(
    readonly KubeVersion: KubeVersion,
    readonly APIVersions: VersionSet,
    readonly HelmVersion: BuildInfo,
  ) {
    super();
  }
  goType(): string {
    return '*common.Capabilities';
  }
}

export class BuildInfo extends GoObject {
  Version = HELM_BUILD_INFO.Version;
  GitCommit = HELM_BUILD_INFO.GitCommit;
  GitTreeState = HELM_BUILD_INFO.GitTreeState;
  GoVersion = HELM_BUILD_INFO.GoVersion;
  KubeClientVersion = HELM_BUILD_INFO.KubeClientVersion;
  goType(): string {
    return 'version.BuildInfo';
  }
}

export interface CapabilitiesOptions {
  /** --kube-version, or the live cluster's GitVersion. */
  kubeVersion?: string;
  /** --api-versions appended to the defaults (offline), or the live cluster's full list. */
  apiVersions?: readonly string[];
  /** True when apiVersions is the cluster's discovery list (replaces the defaults instead of extending them). */
  fromCluster?: boolean;
  /** The live server version: Helm takes its GitVersion, Major and Minor as they are (e.g. Minor "29+"). */
  clusterVersion?: { gitVersion: string; major: string; minor: string };
}

export function buildCapabilities(opts: CapabilitiesOptions = {}): Capabilities {
  const kv = opts.clusterVersion
    ? new KubeVersion(opts.clusterVersion.gitVersion, '', opts.clusterVersion.major, opts.clusterVersion.minor)
    : opts.kubeVersion
      ? parseKubeVersion(opts.kubeVersion)
      : new KubeVersion(DEFAULT_KUBE_VERSION, DEFAULT_KUBE_VERSION, '1', '37');
  const apis = opts.fromCluster ? [...(opts.apiVersions ?? [])] : [...DEFAULT_API_VERSIONS, ...(opts.apiVersions ?? [])];
  return new Capabilities(kv, new VersionSet(apis), new BuildInfo());
}

/**
 * The values werf sets for a chart ("service values"), as werf v2 (pkg/deploy/helm/chart_extender/helpers/
 * service_values.go, GetServiceValues) and werf v1.1 (pkg/deploy/service_values.go) set them, merged: a chart
 * written for either reads what it expects. Pure.
 *
 * v2:   werf.{name, repo, env, namespace, commit.{hash, date.{human, unix}}, image.<n>, tag.<n>}
 *       global.env, global.werf.{…same, images.<n>.{registry, repository, tag, digest, ref, …}}
 * v1.1: global.namespace, global.env, global.werf.{name, repo, ci.*, is_nameless_image,
 *       image.<n>.{docker_image, docker_tag}}
 * Not set: `werf.version` (there is no werf), `dockerconfigjson` (werf's --set-docker-config-json-value).
 */

import { GoInt } from '../chart/template/goValues.js';

export interface WerfImage {
  name: string;
  /** `registry/path:tag`. */
  reference: string;
  tag: string;
  /** Registry manifest digest (sha256:…), '' when unknown. */
  digest: string;
}

export interface WerfServiceValuesInput {
  project: string;
  repo: string;
  env: string;
  namespace: string;
  commit: { hash: string; date: Date };
  images: WerfImage[];
}

/** go-containerregistry's name.NewTag for a `registry/path:tag` reference: registry and repository parts. */
export function splitImageReference(reference: string): { registry: string; repository: string; tag: string } {
  const at = reference.indexOf('@');
  const withoutDigest = at >= 0 ? reference.slice(0, at) : reference;
  const colon = withoutDigest.lastIndexOf(':');
  const hasTag = colon > withoutDigest.lastIndexOf('/');
  const name = hasTag ? withoutDigest.slice(0, colon) : withoutDigest;
  const tag = hasTag ? withoutDigest.slice(colon + 1) : 'latest';
  const slash = name.indexOf('/');
  const first = slash >= 0 ? name.slice(0, slash) : '';
  if (slash >= 0 && (first.includes('.') || first.includes(':') || first === 'localhost')) return { registry: first, repository: name.slice(slash + 1), tag };
  // Docker Hub, as go-containerregistry names it.
  return { registry: 'index.docker.io', repository: slash >= 0 ? name : `library/${name}`, tag };
}

function dirname(path: string): string {
  const i = path.lastIndexOf('/');
  return i <= 0 ? '.' : path.slice(0, i);
}

function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** werf v2's image.BuildImageValuesMap: `.Values.global.werf.images.<name>`. */
export function werfImageDetails(image: WerfImage): Record<string, string> {
  const { registry, repository, tag } = splitImageReference(image.reference);
  const name = basename(repository);
  const digest = image.digest;
  return {
    registry,
    namespace: dirname(repository),
    name,
    tag,
    digest,
    tag_digest: `${tag}@${digest}`,
    image: `${registry}/${repository}`,
    repository,
    ref: `${image.reference}@${digest}`,
    ref_tag: image.reference,
    repository_ref: `${repository}:${tag}@${digest}`,
    repository_tag: `${repository}:${tag}`,
    name_ref: `${name}:${tag}@${digest}`,
    name_tag: `${name}:${tag}`,
  };
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** Go's time.Time.String() of a UTC time: `2006-01-02 15:04:05 +0000 UTC` (fractional seconds only when non-zero). */
export function goTimeString(date: Date): string {
  const ms = date.getUTCMilliseconds();
  const fraction = ms === 0 ? '' : `.${pad(ms, 3).replace(/0+$/, '')}`;
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}${fraction} +0000 UTC`;
}

/** v1.1's TemplateEmptyValue: what its ci.* strings hold when there is no Git branch or tag tagging. */
const TEMPLATE_EMPTY_VALUE = '"-"';

export function werfServiceValues(input: WerfServiceValuesInput): Record<string, unknown> {
  const image: Record<string, string> = {};
  const tag: Record<string, string> = {};
  const images: Record<string, Record<string, string>> = {};
  const legacyImages: Record<string, Record<string, string>> = {};
  for (const entry of input.images) {
    image[entry.name] = entry.reference;
    tag[entry.name] = entry.tag;
    images[entry.name] = werfImageDetails(entry);
    legacyImages[entry.name] = { docker_image: entry.reference, docker_tag: entry.tag };
  }
  const info = () => ({
    name: input.project,
    repo: input.repo,
    commit: { hash: input.commit.hash, date: { human: goTimeString(input.commit.date), unix: new GoInt('int64', BigInt(Math.floor(input.commit.date.getTime() / 1000))) } },
    ...(input.namespace !== '' ? { namespace: input.namespace } : {}),
    ...(input.env !== '' ? { env: input.env } : {}),
  });
  return {
    werf: { ...info(), image, tag },
    global: {
      ...(input.env !== '' ? { env: input.env } : {}),
      namespace: input.namespace,
      werf: {
        ...info(),
        images,
        // werf v1.1: images by name with docker_image/docker_tag; tags are by content (its stages-signature strategy).
        image: legacyImages,
        is_nameless_image: false,
        ci: { is_tag: false, is_branch: false, is_custom: false, branch: TEMPLATE_EMPTY_VALUE, tag: TEMPLATE_EMPTY_VALUE, ref: TEMPLATE_EMPTY_VALUE, is_tag_by_stages_signatures: true },
      },
    },
  };
}

/** The values as a release record holds them (JSON): werf's int64 commit time becomes a JSON number. */
export function jsonSafeValues(v: unknown): unknown {
  if (v instanceof GoInt) return Number(v.value);
  if (typeof v === 'bigint') return Number(v);
  if (Array.isArray(v)) return v.map(jsonSafeValues);
  if (v !== null && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[k] = jsonSafeValues(x);
    return out;
  }
  return v;
}

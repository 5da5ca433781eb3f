import { SlipwayError } from '../errors/slipwayError.js';
import { installOrder } from './kindOrder.js';
import { describeObject, type ManifestResource } from './manifestResources.js';

/** `werf.io/deploy-dependency-<id>: state=ready,kind=Deployment,name=db[,namespace=x][,group=apps]`. */
export interface DeployDependency {
  id: string;
  state: 'present' | 'ready';
  kind: string;
  name: string;
  namespace?: string;
  group?: string;
}

export interface Stage {
  /** Resources applied together, in parallel. */
  resources: ManifestResource[];
  /** Resources (of earlier stages) that must be ready before this stage starts. */
  waitFor: ManifestResource[];
  /** Dependencies on objects outside the release, waited for before this stage. */
  external: DeployDependency[];
}

export function weightOf(resource: ManifestResource): number {
  const raw = resource.object.metadata.annotations?.['werf.io/weight'];
  if (raw === undefined) return 0;
  if (!/^[-+]?\d+$/.test(raw.trim())) {
    throw new SlipwayError('chart', `werf.io/weight "${raw}" is not an integer`, { where: { file: resource.source, resource: describeObject(resource.object) }, hint: 'use an integer such as "-10" or "5"' });
  }
  return Number.parseInt(raw, 10);
}

export function dependenciesOf(resource: ManifestResource): DeployDependency[] {
  const out: DeployDependency[] = [];
  for (const [key, value] of Object.entries(resource.object.metadata.annotations ?? {})) {
    const m = /^werf\.io\/deploy-dependency-(.+)$/.exec(key);
    if (!m) continue;
    const fields = Object.fromEntries(value.split(',').map((kv) => kv.split('=').map((s) => s.trim()) as [string, string]));
    const state = fields.state ?? 'present';
    if (!fields.kind || !fields.name || (state !== 'present' && state !== 'ready')) {
      throw new SlipwayError('chart', `${key} must name kind and name and state present|ready`, {
        where: { file: resource.source, resource: describeObject(resource.object) },
        hint: 'write it as "state=ready,kind=Deployment,name=db" (optionally namespace=… and group=…)',
      });
    }
    out.push({ id: m[1]!, state, kind: fields.kind, name: fields.name, ...(fields.namespace ? { namespace: fields.namespace } : {}), ...(fields.group ? { group: fields.group } : {}) });
  }
  return out;
}

const kindRank = (kind: string): number => {
  const i = (installOrder as readonly string[]).indexOf(kind);
  return i < 0 ? installOrder.length : i;
};

/**
 * Orders a release's resources into stages: by `werf.io/weight` (lower first), then by Helm's kind
 * order (so Namespaces, CRDs, ServiceAccounts and ConfigMaps exist before what uses them); everything in
 * a stage goes in parallel. A weight group starts only when all lower weights are ready (werf's
 * semantics); a resource with a deploy dependency on another release resource moves after it, and waits
 * for its readiness when the dependency says state=ready.
 */
export function planStages(resources: readonly ManifestResource[], namespaceOf: (r: ManifestResource) => string | undefined): Stage[] {
  const keyOf = (kind: string, name: string, namespace: string | undefined) => `${kind}/${namespace ?? ''}/${name}`;
  const byKey = new Map(resources.map((r) => [keyOf(r.object.kind, r.object.metadata.name, namespaceOf(r)), r]));
  const weights = new Map(resources.map((r) => [r, weightOf(r)]));
  const groups = [...new Set(resources.map((r) => `${weights.get(r)}\u0000${kindRank(r.object.kind)}`))].sort((a, b) => {
    const [wa, ka] = a.split('\u0000').map(Number) as [number, number];
    const [wb, kb] = b.split('\u0000').map(Number) as [number, number];
    return wa - wb || ka - kb;
  });
  const level = new Map<ManifestResource, number>(resources.map((r) => [r, groups.indexOf(`${weights.get(r)}\u0000${kindRank(r.object.kind)}`) * 2]));
  const deps = new Map(resources.map((r) => [r, dependenciesOf(r)]));
  const internal = (r: ManifestResource) =>
    deps.get(r)!.flatMap((d) => {
      const target = byKey.get(keyOf(d.kind, d.name, d.namespace ?? namespaceOf(r)));
      return target && target !== r ? [{ d, target }] : [];
    });
  // Levels are even per group; a dependent lands on an odd level right after its target's.
  for (let round = 0; ; round++) {
    let moved = false;
    for (const r of resources) {
      for (const { target } of internal(r)) {
        const needed = level.get(target)! + 1;
        if (level.get(r)! < needed) {
          level.set(r, needed);
          moved = true;
        }
      }
    }
    if (!moved) break;
    if (round > resources.length) {
      const r = resources.find((x) => internal(x).length > 0)!;
      throw new SlipwayError('chart', 'werf.io/deploy-dependency annotations form a cycle', { where: { file: r.source, resource: describeObject(r.object) }, hint: 'remove one of the dependencies in the cycle' });
    }
  }
  const levels = [...new Set(level.values())].sort((a, b) => a - b);
  const stages: Stage[] = [];
  for (const l of levels) {
    const members = resources.filter((r) => level.get(r) === l);
    const minWeight = Math.min(...members.map((r) => weights.get(r)!));
    const waitFor = new Set<ManifestResource>();
    for (const earlier of resources) if (level.get(earlier)! < l && weights.get(earlier)! < minWeight) waitFor.add(earlier);
    for (const r of members) for (const { d, target } of internal(r)) if (d.state === 'ready') waitFor.add(target);
    const external = members.flatMap((r) => deps.get(r)!.filter((d) => !byKey.has(keyOf(d.kind, d.name, d.namespace ?? namespaceOf(r)))).map((d) => ({ ...d, namespace: d.namespace ?? namespaceOf(r) })));
    stages.push({ resources: members, waitFor: [...waitFor], external: external as DeployDependency[] });
  }
  return stages;
}

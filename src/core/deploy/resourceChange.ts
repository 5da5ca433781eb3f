import { isDeepStrictEqual } from 'node:util';

/** What a deploy does to one object. */
export type ChangeAction = 'create' | 'update' | 'unchanged' | 'recreate' | 'delete' | 'keep';

export const fieldManager = 'slipway';

/** Managers whose fields slipway takes over: Helm 3 and 4 client-side apply ("helm", Update), Helm 4 server-side apply ("helm", Apply), kubectl apply. */
const takenOverManagers = new Set(['helm', 'kubectl-client-side-apply']);

interface ManagedFieldsEntry {
  manager?: string;
  operation?: string;
  apiVersion?: string;
  time?: string;
  fieldsType?: string;
  fieldsV1?: Record<string, unknown>;
  subresource?: string;
}

/** Fields the apiserver changes on every write (or that only describe the write): ignored when comparing. */
function comparable(object: any): unknown {
  if (!object || typeof object !== 'object') return object;
  const { metadata = {}, ...rest } = object;
  const { managedFields: _m, resourceVersion: _r, generation: _g, ...meta } = metadata;
  return { ...rest, metadata: meta };
}

/**
 * Decides create / update / unchanged from the live object and the server-side dry-run of applying the
 * desired one: equal apart from bookkeeping means applying would change nothing, so nothing is written.
 * An object whose fields still belong to Helm's or kubectl's client-side apply is updated once, so that
 * slipway becomes their manager and can later remove fields that leave the chart.
 */
export function classifyChange(live: unknown | undefined, dryRun: unknown): 'create' | 'update' | 'unchanged' {
  if (live === undefined) return 'create';
  if (needsFieldTakeover((live as any)?.metadata?.managedFields)) return 'update';
  return isDeepStrictEqual(comparable(live), comparable(dryRun)) ? 'unchanged' : 'update';
}

export function needsFieldTakeover(managedFields: ManagedFieldsEntry[] | undefined): boolean {
  return (managedFields ?? []).some((e) => e.manager !== undefined && takenOverManagers.has(e.manager) && !e.subresource);
}

function unionFields(a: Record<string, unknown>, b: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...a };
  for (const [key, value] of Object.entries(b)) {
    const existing = out[key];
    out[key] = existing && typeof existing === 'object' && value && typeof value === 'object' ? unionFields(existing as Record<string, unknown>, value as Record<string, unknown>) : value;
  }
  return out;
}

/**
 * managedFields with Helm's and kubectl's entries (same apiVersion, main resource) folded into one
 * `slipway` Apply entry — what `kubectl apply --server-side` migration (csaupgrade) and Helm 4's
 * client-side → server-side upgrade do. Returns undefined when there is nothing to take over.
 */
export function takeOverManagedFields(managedFields: ManagedFieldsEntry[] | undefined, apiVersion: string, now: string): ManagedFieldsEntry[] | undefined {
  const entries = managedFields ?? [];
  const taken = entries.filter((e) => e.manager !== undefined && takenOverManagers.has(e.manager) && !e.subresource && e.apiVersion === apiVersion && e.fieldsV1);
  if (taken.length === 0) return undefined;
  const ours = entries.find((e) => e.manager === fieldManager && e.operation === 'Apply' && !e.subresource && e.apiVersion === apiVersion);
  let fields: Record<string, unknown> = ours?.fieldsV1 ?? {};
  for (const e of taken) fields = unionFields(fields, e.fieldsV1!);
  const merged: ManagedFieldsEntry = { manager: fieldManager, operation: 'Apply', apiVersion, time: now, fieldsType: 'FieldsV1', fieldsV1: fields };
  return [...entries.filter((e) => e !== ours && !taken.includes(e)), merged];
}

export const managedByLabel = 'app.kubernetes.io/managed-by';
export const releaseNameAnnotation = 'meta.helm.sh/release-name';
export const releaseNamespaceAnnotation = 'meta.helm.sh/release-namespace';

/**
 * Helm's adoption rule (pkg/action/validate.go): an existing object that the release did not deploy
 * before may be taken only if it carries this release's ownership metadata. Returns what is wrong.
 */
export function ownershipProblem(live: { metadata?: { labels?: Record<string, string>; annotations?: Record<string, string> } }, release: string, namespace: string): string | undefined {
  const labels = live.metadata?.labels ?? {};
  const annotations = live.metadata?.annotations ?? {};
  const problems: string[] = [];
  if (labels[managedByLabel] !== 'Helm') problems.push(`label ${managedByLabel} is ${labels[managedByLabel] === undefined ? 'missing' : `"${labels[managedByLabel]}"`} (must be "Helm")`);
  const owner = annotations[releaseNameAnnotation];
  if (owner !== release) problems.push(owner === undefined ? `annotation ${releaseNameAnnotation} is missing` : `it belongs to release "${owner}"`);
  const ownerNs = annotations[releaseNamespaceAnnotation];
  if (ownerNs !== namespace && owner === release) problems.push(`annotation ${releaseNamespaceAnnotation} is ${ownerNs === undefined ? 'missing' : `"${ownerNs}"`} (must be "${namespace}")`);
  return problems.length ? problems.join('; ') : undefined;
}

/** The object as applied: Helm's ownership metadata, the namespace, and the global labels and annotations. */
export function objectToApply(
  object: { metadata: { namespace?: string; labels?: Record<string, string>; annotations?: Record<string, string> } & Record<string, unknown> } & Record<string, unknown>,
  options: { release: string; releaseNamespace: string; namespace: string | undefined; owned: boolean; addLabels: Record<string, string>; addAnnotations: Record<string, string> },
): Record<string, unknown> {
  const labels = { ...(object.metadata.labels ?? {}), ...options.addLabels, ...(options.owned ? { [managedByLabel]: 'Helm' } : {}) };
  const annotations = {
    ...(object.metadata.annotations ?? {}),
    ...options.addAnnotations,
    ...(options.owned ? { [releaseNameAnnotation]: options.release, [releaseNamespaceAnnotation]: options.releaseNamespace } : {}),
  };
  const metadata: Record<string, unknown> = { ...object.metadata, labels, annotations };
  if (options.namespace === undefined) delete metadata.namespace;
  else metadata.namespace = options.namespace;
  return { ...object, metadata };
}

/** `helm.sh/resource-policy: keep` on the object leaves it in the cluster when the release stops rendering it. */
export function isKept(object: { metadata?: { annotations?: Record<string, string> } } | undefined): boolean {
  return object?.metadata?.annotations?.['helm.sh/resource-policy']?.trim().toLowerCase() === 'keep';
}

/** An immutable-field rejection of a dry-run apply (422 Invalid with "field is immutable"). */
export function isImmutableFieldError(status: number, message: string): boolean {
  return status === 422 && /field is immutable|may not be changed|is immutable/i.test(message);
}

/** Recreating is safe for Jobs (their spec is immutable by design) and for objects that ask for it. */
export function mayRecreate(object: { kind?: string; metadata?: { annotations?: Record<string, string> } }): boolean {
  const annotations = object.metadata?.annotations ?? {};
  return object.kind === 'Job' || annotations['slipway.io/recreate'] === 'true' || annotations['werf.io/replace-on-immutable-change'] === 'true';
}

import { parseAllDocuments } from 'yaml';
import { SlipwayError } from '../errors/slipwayError.js';
import type { HookDeletePolicy, HookEvent } from '../release/helmRelease.js';
import type { RenderedDocument } from './deployInput.js';
import { sortByKind } from './kindOrder.js';

export interface KubeObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string>; annotations?: Record<string, string>; [k: string]: unknown };
  [field: string]: unknown;
}

export interface HookSpec {
  events: HookEvent[];
  weight: number;
  deletePolicies: HookDeletePolicy[];
  outputLogPolicies: string[];
}

/** One rendered object with where it came from. */
export interface ManifestResource {
  source: string;
  line?: number;
  /** The document text as rendered (what the release record stores). */
  content: string;
  object: KubeObject;
  hook?: HookSpec;
}

const hookEvents: readonly HookEvent[] = ['pre-install', 'post-install', 'pre-delete', 'post-delete', 'pre-upgrade', 'post-upgrade', 'pre-rollback', 'post-rollback', 'test'];

/** `Kind/namespace/name` (or `Kind/name`) for messages. */
export function describeObject(object: { kind?: string; metadata?: { name?: string; namespace?: string } }, namespace?: string): string {
  const ns = object.metadata?.namespace ?? namespace;
  return `${object.kind ?? '?'}/${ns ? `${ns}/` : ''}${object.metadata?.name ?? '?'}`;
}

/** Identity that survives an apiVersion change (apps/v1beta2 → apps/v1 is the same object). */
export function objectKey(object: { apiVersion?: string; kind?: string; metadata?: { name?: string; namespace?: string } }, namespace: string | undefined): string {
  const group = object.apiVersion?.includes('/') ? object.apiVersion.split('/')[0] : '';
  return `${group}/${object.kind}/${namespace ?? ''}/${object.metadata?.name}`;
}

/** Helm's hook annotations (pkg/release/v1/util/manifest_sorter.go); undefined for an ordinary resource or an unknown event. */
export function hookSpec(annotations: Record<string, string> | undefined): HookSpec | undefined {
  const raw = annotations?.['helm.sh/hook'];
  if (raw === undefined) return undefined;
  const events: HookEvent[] = [];
  for (const part of raw.split(',')) {
    const event = part.trim().toLowerCase() as HookEvent;
    if (!hookEvents.includes(event)) return undefined; // Helm skips hooks with an unknown event.
    events.push(event);
  }
  const weight = Number.parseInt(annotations?.['helm.sh/hook-weight'] ?? '', 10);
  const list = (name: string) => (annotations?.[name] === undefined ? [] : annotations[name]!.split(',').map((p) => p.trim().toLowerCase()));
  return {
    events,
    weight: Number.isNaN(weight) || !/^[-+]?\d+$/.test((annotations?.['helm.sh/hook-weight'] ?? '').trim()) ? 0 : weight,
    deletePolicies: list('helm.sh/hook-delete-policy') as HookDeletePolicy[],
    outputLogPolicies: list('helm.sh/hook-output-log-policy'),
  };
}

/** Helm's SplitManifests: documents separated by lines starting with `---`, left-trimmed. */
export function splitYamlStream(text: string): string[] {
  return text
    .trimStart()
    .split(/^---[ \t]*/m)
    .filter((d) => d.trim() !== '')
    .map((d) => d.trimStart());
}

function fail(document: RenderedDocument, message: string, hint: string, resource?: string): never {
  throw new SlipwayError('chart', message, { where: { file: document.source, ...(document.line ? { line: document.line } : {}), ...(resource ? { resource } : {}) }, hint });
}

/**
 * Parses rendered documents into objects (YAML 1.1, as Helm's sigs.k8s.io/yaml reads them), rejecting
 * what can never be applied with the template file named; hooks are recognised by their annotation.
 */
export function parseDocuments(documents: readonly RenderedDocument[]): ManifestResource[] {
  const resources: ManifestResource[] = [];
  for (const document of documents) {
    for (const content of splitYamlStream(document.content)) {
      const parsed = parseAllDocuments(content, { version: '1.1', uniqueKeys: false });
      const docs = Array.isArray(parsed) ? parsed : [parsed];
      const yamlDoc = docs[0];
      if (!yamlDoc) continue;
      if (yamlDoc.errors.length > 0) {
        const first = yamlDoc.errors[0]!;
        const line = first.linePos?.[0]?.line;
        fail({ ...document, ...(line !== undefined ? { line: (document.line ?? 1) + line - 1 } : {}) }, `invalid YAML: ${first.message.split('\n')[0]}`, 'fix the template so that it renders valid YAML');
      }
      const object = yamlDoc.toJS({ maxAliasCount: 1000 }) as unknown;
      if (object === null || object === undefined) continue; // a document of comments only
      if (typeof object !== 'object' || Array.isArray(object)) fail(document, 'a rendered document is not a mapping', 'each document must be one Kubernetes object');
      const o = object as Partial<KubeObject>;
      if (typeof o.apiVersion !== 'string' || o.apiVersion === '') fail(document, 'object has no apiVersion', 'set apiVersion (e.g. v1, apps/v1)', describeObject(o));
      if (typeof o.kind !== 'string' || o.kind === '') fail(document, 'object has no kind', 'set kind (e.g. ConfigMap)', describeObject(o));
      if (typeof o.metadata !== 'object' || o.metadata === null || typeof o.metadata.name !== 'string' || o.metadata.name === '') {
        fail(document, `${o.kind} has no metadata.name`, 'set metadata.name (generateName is not supported for release resources)', describeObject(o));
      }
      const metadata = o.metadata;
      for (const field of ['labels', 'annotations'] as const) {
        const map = metadata[field];
        if (map === undefined || map === null) continue;
        for (const [key, value] of Object.entries(map)) {
          if (typeof value !== 'string') fail(document, `${field} ${key} of ${describeObject(o)} is not a string`, `quote the value: ${key}: "${String(value)}"`, describeObject(o));
        }
      }
      if (metadata.name.length > 253) fail(document, `name of ${o.kind} is ${metadata.name.length} characters long (at most 253)`, 'shorten metadata.name', describeObject(o));
      const hook = hookSpec(metadata.annotations ?? undefined);
      resources.push({ source: document.source, ...(document.line ? { line: document.line } : {}), content, object: o as KubeObject, ...(hook ? { hook } : {}) });
    }
  }
  return resources;
}

/** Rejects two documents naming the same object. */
export function requireUnique(resources: readonly ManifestResource[], namespace: string): void {
  const seen = new Map<string, ManifestResource>();
  for (const r of resources) {
    const key = objectKey(r.object, r.object.metadata.namespace ?? namespace);
    const earlier = seen.get(key);
    if (earlier) {
      throw new SlipwayError('chart', `${describeObject(r.object, namespace)} is rendered twice (also by ${earlier.source})`, {
        where: { file: r.source, resource: describeObject(r.object, namespace) },
        hint: 'give the objects different names, or render one of them conditionally',
      });
    }
    seen.set(key, r);
  }
}

/**
 * The manifest text Helm stores in a release: resources (not hooks) sorted by template path then kind,
 * each as `---\n# Source: <path>\n<content>\n` (pkg/action/action.go renderResources).
 */
export function releaseManifestText(resources: readonly ManifestResource[]): string {
  const byPath = [...resources].map((r, i) => ({ r, i })).sort((a, b) => (a.r.source < b.r.source ? -1 : a.r.source > b.r.source ? 1 : a.i - b.i)).map((x) => x.r);
  return sortByKind(byPath, (r) => r.object.kind)
    .map((r) => `---\n# Source: ${r.source}\n${r.content}\n`)
    .join('');
}

/** Splits a stored release manifest back into documents with their sources. */
export function documentsOfManifest(manifest: string): RenderedDocument[] {
  const documents: RenderedDocument[] = [];
  for (const chunk of splitYamlStream(manifest)) {
    const m = /^# Source: (.*)\n/.exec(chunk);
    // Helm writes `%s\n` after each document: drop exactly that newline so text round-trips.
    const body = (m ? chunk.slice(m[0].length) : chunk).replace(/\n$/, '');
    documents.push({ source: m ? m[1]! : 'manifest', content: body });
  }
  return documents;
}

/** `helm template` output split into documents (tests and bundles feed the engine this way). */
export function documentsOfHelmOutput(output: string): { documents: RenderedDocument[]; crds: RenderedDocument[] } {
  const documents: RenderedDocument[] = [];
  const crds: RenderedDocument[] = [];
  for (const d of documentsOfManifest(output)) (/(^|\/)crds\//.test(d.source) ? crds : documents).push(d);
  return { documents, crds };
}

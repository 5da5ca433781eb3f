import { parseDocument } from 'yaml';
import { documentsOfManifest } from './manifestResources.js';

export const redactedValue = '***';

/** A Secret object with every data/stringData value replaced (keys stay, so a reader sees what is there). */
export function redactSecretObject<T>(object: T): T {
  const o = object as { kind?: string; data?: Record<string, unknown>; stringData?: Record<string, unknown> };
  if (!o || o.kind !== 'Secret') return object;
  const copy: any = { ...o };
  for (const field of ['data', 'stringData'] as const) {
    if (o[field] && typeof o[field] === 'object') copy[field] = Object.fromEntries(Object.keys(o[field]!).map((k) => [k, redactedValue]));
  }
  if (copy.metadata?.annotations?.['kubectl.kubernetes.io/last-applied-configuration']) {
    copy.metadata = { ...copy.metadata, annotations: { ...copy.metadata.annotations, 'kubectl.kubernetes.io/last-applied-configuration': redactedValue } };
  }
  return copy as T;
}

/** A release manifest as text with Secret values redacted; other documents are printed as recorded. */
export function redactManifest(manifest: string): string {
  return documentsOfManifest(manifest)
    .map((d) => {
      let content = d.content;
      try {
        const doc = parseDocument(d.content, { version: '1.1' });
        const object = doc.toJS();
        if (object?.kind === 'Secret') {
          for (const field of ['data', 'stringData']) {
            const map = doc.get(field);
            if (map && typeof map === 'object' && 'items' in (map as object)) for (const item of (map as { items: { value: unknown }[] }).items) item.value = doc.createNode(redactedValue);
          }
          content = doc.toString().replace(/\n$/, '');
        }
      } catch {
        content = '# (document could not be parsed; not shown because it may hold secrets)';
      }
      return `---\n# Source: ${d.source}\n${content}\n`;
    })
    .join('');
}

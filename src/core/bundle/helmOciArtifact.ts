import { createHash } from 'node:crypto';
import type { ChartMetadata } from '../release/helmRelease.js';
import { goJson, orderChartMetadata } from '../release/releaseCodec.js';

/** Helm's reserved media types (pkg/registry/constants.go). */
export const helmConfigMediaType = 'application/vnd.cncf.helm.config.v1+json';
export const helmChartLayerMediaType = 'application/vnd.cncf.helm.chart.content.v1.tar+gzip';
export const helmLegacyChartLayerMediaType = 'application/tar+gzip';
export const helmProvenanceMediaType = 'application/vnd.cncf.helm.chart.provenance.v1.prov';
export const ociManifestMediaType = 'application/vnd.oci.image.manifest.v1+json';

export interface OciDescriptor {
  mediaType: string;
  digest: string;
  size: number;
  annotations?: Record<string, string>;
}

export interface OciManifest {
  schemaVersion: number;
  mediaType?: string;
  artifactType?: string;
  config: OciDescriptor;
  layers: OciDescriptor[];
  annotations?: Record<string, string>;
}

export const sha256Digest = (data: Uint8Array): string => `sha256:${createHash('sha256').update(data).digest('hex')}`;

export const descriptorOf = (mediaType: string, data: Uint8Array): OciDescriptor => ({ mediaType, digest: sha256Digest(data), size: data.length });

/** The config blob: chart.Metadata as Go's json.Marshal writes it (field order, omitempty). */
export function chartConfigBlob(metadata: ChartMetadata): Buffer {
  return Buffer.from(goJson(orderChartMetadata(metadata)), 'utf8');
}

const nonEmpty = (value: string | undefined): value is string => value !== undefined && value.trim() !== '';

/**
 * Helm's generateOCIAnnotations: description, title, version, url, created, source and authors from
 * Chart.yaml, then the chart's own annotations (never overriding title or version). `created` is given
 * (Helm uses the push time; slipway the commit time, so the same commit gives the same digest).
 */
export function chartOciAnnotations(metadata: ChartMetadata, created: string): Record<string, string> {
  const out: Record<string, string> = {};
  const add = (key: string, value: string | undefined) => {
    if (nonEmpty(value)) out[key] = value;
  };
  add('org.opencontainers.image.description', metadata.description);
  add('org.opencontainers.image.title', metadata.name);
  add('org.opencontainers.image.version', metadata.version);
  add('org.opencontainers.image.url', metadata.home);
  add('org.opencontainers.image.created', created);
  add('org.opencontainers.image.source', metadata.sources?.[0]);
  if (metadata.maintainers && metadata.maintainers.length > 0) {
    add('org.opencontainers.image.authors', metadata.maintainers.map((m) => `${m.name ?? ''}${m.email ? ` (${m.email})` : ''}`).join(', '));
  }
  for (const [key, value] of Object.entries(metadata.annotations ?? {})) {
    if (key === 'org.opencontainers.image.version' || key === 'org.opencontainers.image.title') continue;
    out[key] = value;
  }
  return out;
}

/** A descriptor as ocispec.Descriptor marshals: mediaType, digest, size, annotations (sorted keys). */
function orderedDescriptor(d: OciDescriptor): Record<string, unknown> {
  return { mediaType: d.mediaType, digest: d.digest, size: d.size, ...(d.annotations && Object.keys(d.annotations).length > 0 ? { annotations: sortedRecord(d.annotations) } : {}) };
}

function sortedRecord(record: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of Object.keys(record).sort()) out[key] = record[key]!;
  return out;
}

/**
 * The manifest as Helm's tagManifest marshals ocispec.Manifest: schemaVersion 2, no mediaType field,
 * config, layers, annotations (Go sorts map keys). Its bytes are what the digest is taken of.
 */
export function chartManifestBlob(config: OciDescriptor, layers: readonly OciDescriptor[], annotations: Record<string, string>): Buffer {
  const manifest = {
    schemaVersion: 2,
    config: orderedDescriptor(config),
    layers: layers.map(orderedDescriptor),
    ...(Object.keys(annotations).length > 0 ? { annotations: sortedRecord(annotations) } : {}),
  };
  return Buffer.from(goJson(manifest), 'utf8');
}

/** Why a manifest is not a Helm chart, or undefined when it is one: the chart layer is returned. */
export function chartLayerOf(manifest: OciManifest): { layer: OciDescriptor } | { problem: string } {
  if (manifest.config?.mediaType !== helmConfigMediaType) {
    return { problem: `its config media type is ${manifest.config?.mediaType ? `"${manifest.config.mediaType}"` : 'missing'}, not Helm's ${helmConfigMediaType}` };
  }
  const layers = (manifest.layers ?? []).filter((l) => l.mediaType === helmChartLayerMediaType || l.mediaType === helmLegacyChartLayerMediaType);
  if (layers.length !== 1) return { problem: `it has ${layers.length} chart layers (${helmChartLayerMediaType}); a Helm chart has exactly one` };
  return { layer: layers[0]! };
}

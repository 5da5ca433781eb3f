/**
 * Helm 2's release record (hapi.release.Release, helm/helm dev-v2 _proto/hapi) from a Tiller storage object:
 * data.release is base64 of gzip'd protobuf (gzip only when the magic header is there, as Helm 2's
 * decodeRelease). Only the fields helm-2to3 converts are read.
 */
import { gunzipSync } from 'node:zlib';
import { ProtobufError, WireMessage } from './protobufWire.js';

export interface Timestamp {
  seconds: bigint;
  nanos: number;
}

export interface V2Metadata {
  name: string;
  home: string;
  sources: string[];
  version: string;
  description: string;
  keywords: string[];
  maintainers: { name: string; email: string; url: string }[];
  engine: string;
  icon: string;
  apiVersion: string;
  condition: string;
  tags: string;
  appVersion: string;
  deprecated: boolean;
  tillerVersion: string;
  annotations: Record<string, string>;
  kubeVersion: string;
}

export interface V2Chart {
  metadata?: V2Metadata;
  templates: { name: string; data: Uint8Array }[];
  dependencies: V2Chart[];
  /** Config.raw (the values YAML) when the chart has a values message. */
  values?: string;
  /** google.protobuf.Any: type_url is the file name, value its bytes. */
  files: { name: string; data: Uint8Array }[];
}

export interface V2TestRun {
  name: string;
  status: number;
  startedAt?: Timestamp;
  completedAt?: Timestamp;
}

export interface V2Hook {
  name: string;
  kind: string;
  path: string;
  manifest: string;
  events: number[];
  weight: number;
  deletePolicies: number[];
}

export interface V2Release {
  name: string;
  info?: {
    status?: { code: number; notes: string; lastTestSuiteRun?: V2TestRun[] };
    firstDeployed?: Timestamp;
    lastDeployed?: Timestamp;
    deleted?: Timestamp;
    description: string;
  };
  chart?: V2Chart;
  config?: string;
  manifest: string;
  hooks: V2Hook[];
  version: number;
  namespace: string;
}

function timestamp(m: WireMessage | undefined): Timestamp | undefined {
  return m ? { seconds: m.int64(1), nanos: m.int32(2) } : undefined;
}

function metadata(m: WireMessage): V2Metadata {
  const annotations: Record<string, string> = {};
  for (const entry of m.messages(16)) annotations[entry.string(1)] = entry.string(2);
  return {
    name: m.string(1),
    home: m.string(2),
    sources: m.strings(3),
    version: m.string(4),
    description: m.string(5),
    keywords: m.strings(6),
    maintainers: m.messages(7).map((x) => ({ name: x.string(1), email: x.string(2), url: x.string(3) })),
    engine: m.string(8),
    icon: m.string(9),
    apiVersion: m.string(10),
    condition: m.string(11),
    tags: m.string(12),
    appVersion: m.string(13),
    deprecated: m.bool(14),
    tillerVersion: m.string(15),
    annotations,
    kubeVersion: m.string(17),
  };
}

function chart(m: WireMessage): V2Chart {
  const meta = m.message(1);
  const values = m.message(4);
  return {
    ...(meta ? { metadata: metadata(meta) } : {}),
    templates: m.messages(2).map((t) => ({ name: t.string(1), data: t.bytes(2) })),
    dependencies: m.messages(3).map(chart),
    ...(values ? { values: values.string(1) } : {}),
    files: m.messages(5).map((a) => ({ name: a.string(1), data: a.bytes(2) })),
  };
}

export function decodeV2ReleaseMessage(bytes: Uint8Array): V2Release {
  const m = new WireMessage(bytes);
  const info = m.message(2);
  const status = info?.message(1);
  const suite = status?.message(5);
  const chartMessage = m.message(3);
  const config = m.message(4);
  return {
    name: m.string(1),
    ...(info
      ? {
          info: {
            ...(status
              ? { status: { code: status.int32(1), notes: status.string(4), ...(suite ? { lastTestSuiteRun: suite.messages(3).map((r) => ({ name: r.string(1), status: r.int32(2), ...(r.has(4) ? { startedAt: timestamp(r.message(4))! } : {}), ...(r.has(5) ? { completedAt: timestamp(r.message(5))! } : {}) })) } : {}) } }
              : {}),
            ...(info.has(2) ? { firstDeployed: timestamp(info.message(2))! } : {}),
            ...(info.has(3) ? { lastDeployed: timestamp(info.message(3))! } : {}),
            ...(info.has(4) ? { deleted: timestamp(info.message(4))! } : {}),
            description: info.string(5),
          },
        }
      : {}),
    ...(chartMessage ? { chart: chart(chartMessage) } : {}),
    ...(config ? { config: config.string(1) } : {}),
    manifest: m.string(5),
    hooks: m.messages(6).map((h) => ({ name: h.string(1), kind: h.string(2), path: h.string(3), manifest: h.string(4), events: h.enums(5), weight: h.int32(7), deletePolicies: h.enums(8) })),
    version: m.int32(7),
    namespace: m.string(8),
  };
}

export class TillerRecordError extends Error {
  constructor(
    readonly record: string,
    message: string,
  ) {
    super(`Helm 2 release record ${record} cannot be decoded: ${message}`);
    this.name = 'TillerRecordError';
  }
}

/** data.release of a Tiller ConfigMap (or the decoded data.release of a Secret) → the release. */
export function decodeTillerRecord(data: string, record: string): V2Release {
  let bytes: Uint8Array;
  try {
    const raw = Buffer.from(data, 'base64');
    if (raw.length === 0 || raw.toString('base64').replace(/=+$/, '') !== data.replace(/\s/g, '').replace(/=+$/, '')) throw new Error('data.release is not base64');
    bytes = raw[0] === 0x1f && raw[1] === 0x8b && raw[2] === 0x08 ? gunzipSync(raw) : raw;
  } catch (e) {
    throw new TillerRecordError(record, (e as Error).message);
  }
  try {
    const release = decodeV2ReleaseMessage(bytes);
    if (release.name === '' || release.version <= 0) throw new ProtobufError('no release name or version (not a hapi.release.Release)');
    return release;
  } catch (e) {
    throw new TillerRecordError(record, e instanceof ProtobufError ? `not a hapi.release.Release protobuf: ${e.message}` : (e as Error).message);
  }
}

/**
 * Writes Helm 2 (Tiller) release records for tests, from Helm 2's .proto definitions (helm/helm dev-v2
 * _proto/hapi: release.proto, info.proto, status.proto, hook.proto, chart/*.proto, google Timestamp/Any):
 * protobuf wire format, gzip (Helm 2 used BestCompression), base64 — pkg/storage/driver/util.go encodeRelease.
 */
import { gzipSync, constants } from 'node:zlib';

type Field = [number, 'varint', bigint | number | boolean] | [number, 'bytes', Uint8Array | string] | [number, 'message', Field[]];

function varint(value: bigint): number[] {
  let v = BigInt.asUintN(64, value);
  const out: number[] = [];
  do {
    let b = Number(v & 0x7fn);
    v >>= 7n;
    if (v !== 0n) b |= 0x80;
    out.push(b);
  } while (v !== 0n);
  return out;
}

export function encodeMessage(fields: Field[]): Uint8Array {
  const out: number[] = [];
  for (const [field, type, value] of fields) {
    if (type === 'varint') {
      out.push(...varint(BigInt(field << 3)), ...varint(typeof value === 'boolean' ? (value ? 1n : 0n) : BigInt(value)));
    } else {
      const bytes = type === 'message' ? encodeMessage(value) : typeof value === 'string' ? Buffer.from(value, 'utf8') : value;
      out.push(...varint(BigInt((field << 3) | 2)), ...varint(BigInt(bytes.length)), ...bytes);
    }
  }
  return Uint8Array.from(out);
}

export interface TillerReleaseSpec {
  name: string;
  namespace: string;
  version: number;
  /** hapi.release.Status.Code: 1 DEPLOYED, 3 SUPERSEDED, 4 FAILED… */
  status: number;
  description: string;
  manifest: string;
  chart: { name: string; version: string; appVersion?: string; templates: Record<string, string>; values: string; files?: Record<string, string> };
  config: string;
  hooks?: { name: string; kind: string; path: string; manifest: string; events: number[]; weight: number; deletePolicies: number[] }[];
  notes?: string;
  deployedSeconds: number;
}

const ts = (seconds: number, nanos = 0): Field[] => [[1, 'varint', seconds], ...(nanos ? ([[2, 'varint', nanos]] as Field[]) : [])];

export function tillerReleaseMessage(r: TillerReleaseSpec): Uint8Array {
  const packed = (values: number[]) => Uint8Array.from(values.flatMap((v) => varint(BigInt(v))));
  return encodeMessage([
    [1, 'bytes', r.name],
    [2, 'message', [[1, 'message', [[1, 'varint', r.status], ...(r.notes ? ([[4, 'bytes', r.notes]] as Field[]) : [])]], [2, 'message', ts(r.deployedSeconds)], [3, 'message', ts(r.deployedSeconds + r.version, 500_000_000)], [5, 'bytes', r.description]]],
    [
      3,
      'message',
      [
        [1, 'message', [[1, 'bytes', r.chart.name], [4, 'bytes', r.chart.version], [5, 'bytes', 'a Helm 2 chart'], [10, 'bytes', 'v1'], ...(r.chart.appVersion ? ([[13, 'bytes', r.chart.appVersion]] as Field[]) : []), [16, 'message', [[1, 'bytes', 'team'], [2, 'bytes', 'payments']]]]],
        ...Object.entries(r.chart.templates).map(([name, text]): Field => [2, 'message', [[1, 'bytes', name], [2, 'bytes', Buffer.from(text)]]]),
        [4, 'message', [[1, 'bytes', r.chart.values]]],
        ...Object.entries(r.chart.files ?? {}).map(([name, text]): Field => [5, 'message', [[1, 'bytes', name], [2, 'bytes', Buffer.from(text)]]]),
      ],
    ],
    [4, 'message', [[1, 'bytes', r.config]]],
    [5, 'bytes', r.manifest],
    ...(r.hooks ?? []).map((h): Field => [6, 'message', [[1, 'bytes', h.name], [2, 'bytes', h.kind], [3, 'bytes', h.path], [4, 'bytes', h.manifest], [5, 'bytes', packed(h.events)], [7, 'varint', h.weight], [8, 'bytes', packed(h.deletePolicies)]]]),
    [7, 'varint', r.version],
    [8, 'bytes', r.namespace],
  ]);
}

/** data.release of a Tiller ConfigMap. */
export function tillerRecordData(r: TillerReleaseSpec): string {
  return gzipSync(tillerReleaseMessage(r), { level: constants.Z_BEST_COMPRESSION }).toString('base64');
}

const statusName = ['UNKNOWN', 'DEPLOYED', 'DELETED', 'SUPERSEDED', 'FAILED'];

/** The ConfigMap Tiller wrote (pkg/storage/driver/cfgmaps.go newConfigMapsObject). */
export function tillerConfigMap(r: TillerReleaseSpec, data = tillerRecordData(r)): Record<string, unknown> {
  return {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name: `${r.name}.v${r.version}`, labels: { NAME: r.name, OWNER: 'TILLER', STATUS: statusName[r.status] ?? 'UNKNOWN', VERSION: String(r.version) } },
    data: { release: data },
  };
}

/**
 * The top-level data Helm's engine gives each template in the oracle's chart (test/oracle/main.go):
 * Chart metadata map, Release, Capabilities, Files, Values, Template, Subcharts. Capabilities and Files
 * are small Go-like objects so method calls (`.Capabilities.APIVersions.Has`, `.Files.Get`) are exercised.
 */
import { GoObject, type MethodSignature, typedSlice } from '../../../src/core/chart/template/goValues.js';

class KubeVersion extends GoObject {
  constructor(
    readonly Version: string,
    readonly Major: string,
    readonly Minor: string,
  ) {
    super();
  }
  override goType(): string {
    return 'common.KubeVersion';
  }
  override goString(): string {
    return this.Version;
  }
  String(): string {
    return this.Version;
  }
  GitVersion(): string {
    return this.Version;
  }
}

class VersionSet extends GoObject {
  constructor(private readonly versions: string[]) {
    super();
  }
  override goType(): string {
    return 'common.VersionSet';
  }
  override goString(): string {
    return '[' + this.versions.join(' ') + ']';
  }
  override methodSignature(name: string): MethodSignature | undefined {
    return name === 'Has' ? { params: ['string'] } : undefined;
  }
  Has(v: string): boolean {
    return this.versions.includes(v);
  }
}

class Capabilities extends GoObject {
  readonly KubeVersion = new KubeVersion('v1.31.0', '1', '31');
  readonly APIVersions = new VersionSet(['v1', 'apps/v1', 'batch/v1', 'networking.k8s.io/v1']);
  override goType(): string {
    return '*common.Capabilities';
  }
}

class Files extends GoObject {
  constructor(private readonly files: Record<string, string>) {
    super();
  }
  override goType(): string {
    return 'engine.files';
  }
  override methodSignature(name: string): MethodSignature | undefined {
    return ['Get', 'GetBytes', 'Lines'].includes(name) ? { params: ['string'] } : undefined;
  }
  Get(name: string): string {
    return this.files[name] ?? '';
  }
  GetBytes(name: string): Uint8Array {
    return new Uint8Array(Buffer.from(this.files[name] ?? '', 'utf8'));
  }
  Lines(path: string): string[] {
    let s = this.files[path];
    if (s === undefined) return typedSlice([], '[]string');
    if (s.endsWith('\n')) s = s.slice(0, -1);
    return typedSlice(s.split('\n'), '[]string');
  }
}

export function helmTopData(values: Record<string, unknown>, files: Record<string, string>): Record<string, unknown> {
  return {
    Chart: {
      APIVersion: 'v2',
      Annotations: null,
      AppVersion: '',
      Condition: '',
      Dependencies: [],
      Deprecated: false,
      Description: '',
      Home: '',
      Icon: '',
      IsRoot: true,
      Keywords: typedSlice([], '[]string'),
      KubeVersion: '',
      Maintainers: [],
      Name: 'mychart',
      Sources: typedSlice([], '[]string'),
      Tags: '',
      Type: '',
      Version: '0.1.0',
    },
    Files: new Files(files),
    Release: { Name: 'rel', Namespace: 'default', Service: 'Helm', IsInstall: true, IsUpgrade: false, Revision: 1n },
    Capabilities: new Capabilities(),
    Values: values,
    Subcharts: {},
  };
}

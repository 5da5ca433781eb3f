/**
 * The top-level data Helm's engine gives each template in the oracle's chart (test/oracle/main.go):
 * Chart metadata map, Release, Capabilities, Files, Values, Template, Subcharts. Capabilities and Files
 * are Go-like objects so method calls (`.Capabilities.APIVersions.Has`, `.Files.Get`) are exercised; `.Files` and
 * `.Capabilities.APIVersions` are slipway's own (a named map and a named slice with methods).
 */
import { ChartFilesObject, toYamlFromFuncs } from '../../../src/core/chart/builtins/chartFilesObject.js';
import { VersionSet } from '../../../src/core/chart/builtins/capabilities.js';
import { helmFuncMap } from '../../../src/core/chart/functions/helmFuncMap.js';
import { GoObject, typedSlice } from '../../../src/core/chart/template/goValues.js';

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

class Capabilities extends GoObject {
  readonly KubeVersion = new KubeVersion('v1.31.0', '1', '31');
  readonly APIVersions = new VersionSet(['v1', 'apps/v1', 'batch/v1', 'networking.k8s.io/v1']);
  override goType(): string {
    return '*common.Capabilities';
  }
}

const toYaml = toYamlFromFuncs(helmFuncMap());

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
    Files: ChartFilesObject.of(
      Object.entries(files).map(([name, text]) => ({ name, data: new Uint8Array(Buffer.from(text, 'utf8')) })),
      toYaml,
    ),
    Release: { Name: 'rel', Namespace: 'default', Service: 'Helm', IsInstall: true, IsUpgrade: false, Revision: 1n },
    Capabilities: new Capabilities(),
    Values: values,
    Subcharts: {},
  };
}

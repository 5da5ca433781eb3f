import type { Command } from 'commander';
import { addValuesFlags, type ValuesFlags } from '../flags.js';
import { valueOptionsOf } from '../../core/chart/values/valuesFlags.js';
import { goStringBytes, holdsRawBytes } from '../../core/chart/template/goBytes.js';
import { TemplateRenderError } from '../../core/chart/templateRenderError.js';
import { slogText } from '../../core/chart/helmLogRecord.js';
import { SlipwayError } from '../../core/errors/slipwayError.js';
import { PrintedFailure } from '../printedFailure.js';

interface RenderFlags extends ValuesFlags {
  namespace: string;
  showOnly: string[];
  kubeVersion?: string;
  apiVersions: string[];
  includeCrds?: boolean;
  outputDir?: string;
  isUpgrade?: boolean;
  skipTests?: boolean;
  noHooks?: boolean;
  skipSchemaValidation?: boolean;
  releaseName?: boolean;
  debug?: boolean;
}

const collect = (v: string, p: string[]) => [...p, v];
const collectCommaSeparated = (v: string, p: string[]) => [...p, ...v.split(',').filter((x) => x !== '')];

/** Where the command writes; tests pass their own to capture output. */
export interface RenderIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

const processIo: RenderIo = {
  // Bytes a template kept from invalid UTF-8 (NOTES of a binary file) are written as the bytes, as helm does.
  stdout: (t) => void process.stdout.write(holdsRawBytes(t) ? goStringBytes(t) : t),
  stderr: (t) => void process.stderr.write(t),
};

export function registerRender(program: Command, io: RenderIo = processIo): void {
  const command = program
    .command('render')
    .description('render a chart as `helm template` does')
    .argument('[args...]', '[RELEASE] CHART')
    .option('-n, --namespace <namespace>', 'namespace of the release', 'default')
    .option('-s, --show-only <path>', 'only show manifests rendered from the given templates (can repeat)', collect, [] as string[])
    .option('--kube-version <version>', 'Kubernetes version used for Capabilities.KubeVersion')
    .option('-a, --api-versions <version>', 'Kubernetes api versions used for Capabilities.APIVersions (can repeat, or comma-separate)', collectCommaSeparated, [] as string[])
    .option('--include-crds', 'include CRDs in the templated output')
    .option('--output-dir <dir>', 'write each template to a file in this directory instead of stdout')
    .option('--release-name', 'use the release name in the output-dir path')
    .option('--is-upgrade', 'set .Release.IsUpgrade instead of .Release.IsInstall')
    .option('--skip-tests', 'skip tests from templated output')
    .option('--no-hooks', 'leave hooks out of the output')
    .option('--skip-schema-validation', 'do not validate values against values.schema.json')
    .option('--debug', 'on a render error, print what the templates rendered (invalid YAML included) before the error');
  addValuesFlags(command);
  command.action(async (args: string[], flags: RenderFlags) => {
    try {
      await renderAction(args, flags, io);
    } catch (error) {
      if (!(error instanceof SlipwayError)) throw error;
      // helm template's words: cobra's "Error: ", the message, and for an error out of rendering (Helm
      // returns a partial release) its --debug advice, or with --debug what was rendered, on stdout first.
      const rendered = error instanceof TemplateRenderError;
      if (rendered && flags.debug && flags.showOnly.length === 0) io.stdout(debugManifests(error.renderedFiles));
      io.stderr(`Error: ${error.message}${rendered && !flags.debug ? '\n\nUse --debug flag to render out invalid YAML' : ''}\n`);
      throw new PrintedFailure(error);
    }
  });
}

/** What `helm template --debug` prints of a failed render: every non-blank rendered file, as Helm joins them. */
export function debugManifests(files: ReadonlyMap<string, string> | undefined): string {
  // Helm walks a Go map (random order); sorted here so the output is stable.
  const blob = [...(files ?? new Map<string, string>())]
    .filter(([, content]) => content.trim() !== '')
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, content]) => `---\n# Source: ${name}\n${content}\n`)
    .join('');
  return `${blob.trim()}\n`;
}

async function renderAction(args: string[], flags: RenderFlags, io: RenderIo): Promise<void> {
  // Loaded only when rendering, so other commands start without the chart engine.
  const { runRenderCommand } = await import('../../core/chart/renderCommand.js');
  const out = await runRenderCommand({
    args,
    namespace: flags.namespace,
    values: valueOptionsOf(flags),
    showOnly: flags.showOnly,
    ...(flags.kubeVersion ? { kubeVersion: flags.kubeVersion } : {}),
    apiVersions: flags.apiVersions,
    includeCrds: flags.includeCrds ?? false,
    ...(flags.outputDir ? { outputDir: flags.outputDir } : {}),
    isUpgrade: flags.isUpgrade ?? false,
    skipTests: flags.skipTests ?? false,
    // commander turns --no-hooks into hooks: false
    noHooks: (flags as { hooks?: boolean }).hooks === false,
    skipSchemaValidation: flags.skipSchemaValidation ?? false,
    releaseNameInOutputDir: flags.releaseName ?? false,
    // As helm 4 logs them (slog's text format), so the command's stderr is helm's.
    warn: (message, record) => io.stderr(`${record ? slogText(record) : message}\n`),
  });
  if (out.stderr) io.stderr(out.stderr);
  io.stdout(out.stdout);
}

import type { Command } from 'commander';
import { addValuesFlags, type ValuesFlags } from '../flags.js';
import { notAvailableYet } from '../../core/errors/notAvailableYet.js';

interface RenderFlags extends ValuesFlags {
  namespace?: string;
  showOnly: string[];
  kubeVersion?: string;
  apiVersions: string[];
  includeCrds?: boolean;
  outputDir?: string;
}

export function registerRender(program: Command): void {
  const command = program
    .command('render')
    .description('render a chart as `helm template` does')
    .argument('[args...]', '[RELEASE] CHART')
    .option('-n, --namespace <namespace>', 'namespace of the release', 'default')
    .option('-s, --show-only <path>', 'only show manifests rendered from the given templates (can repeat)', (v: string, p: string[]) => [...p, v], [] as string[])
    .option('--kube-version <version>', 'Kubernetes version used for Capabilities.KubeVersion')
    .option('-a, --api-versions <version>', 'Kubernetes api versions used for Capabilities.APIVersions (can repeat)', (v: string, p: string[]) => [...p, v], [] as string[])
    .option('--include-crds', 'include CRDs in the templated output')
    .option('--output-dir <dir>', 'write each template to a file in this directory instead of stdout');
  addValuesFlags(command);
  command.action((_args: string[], _flags: RenderFlags) => {
    notAvailableYet("'slipway render'", 'the chart engine is being built');
  });
}

import { Option, type Command } from 'commander';
import { addGlobalMetadataFlags, addKubeFlags, addValuesFlags, addWerfFlags, type KubeFlags, type ValuesFlags, type WerfFlags } from '../flags.js';
import { requireDnsLabel } from '../../core/names.js';

interface PlanFlags extends ValuesFlags, KubeFlags, WerfFlags {
  env?: string;
  release?: string;
  repo?: string;
  dev?: boolean;
  commit?: string;
  rendered?: string;
  output: 'text' | 'json';
  releaseStorageNamespace?: string;
  releaseStorageType: 'secret' | 'configmap';
  addAnnotation: string[];
  addLabel: string[];
}

export function registerPlan(program: Command): void {
  const command = program
    .command('plan')
    .description('show what converge would change (server-side dry-run diff); exit 2 when changes exist, 0 when none')
    .option('--env <env>', 'environment name (release, namespace and chart from slipway.yaml)')
    .option('--release <name>', 'release name (default from slipway.yaml deploy.release)')
    .option('--repo <registry/path>', 'image repository (default $SLIPWAY_REPO)')
    .option('--dev', 'read configuration and chart from the working tree instead of the commit')
    .option('--commit <rev>', 'commit to plan (default HEAD)')
    .option('--rendered <file>', 'plan already rendered manifests (a YAML stream with "# Source:" comments, "-" for stdin) instead of rendering; needs --release')
    .addOption(new Option('-o, --output <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('--release-storage-namespace <namespace>', 'namespace holding the release records (default: the release namespace)')
    .addOption(new Option('--release-storage-type <type>', 'release record type').choices(['secret', 'configmap']).default('secret'));
  addValuesFlags(command);
  addWerfFlags(command);
  addKubeFlags(command);
  addGlobalMetadataFlags(command);
  command.action(async (flags: PlanFlags) => {
    if (flags.env !== undefined) requireDnsLabel(flags.env, 'environment', { input: '--env' });
    const { runPlan } = await import('../planCommand.js');
    await runPlan(flags);
  });
}

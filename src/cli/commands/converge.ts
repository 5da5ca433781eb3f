import { Option, type Command } from 'commander';
import { addGlobalMetadataFlags, addKubeFlags, addValuesFlags, type KubeFlags, type ValuesFlags } from '../flags.js';
import { parseDuration } from '../../core/duration.js';
import { requireDnsLabel } from '../../core/names.js';
import { notAvailableYet } from '../../core/errors/notAvailableYet.js';

interface ConvergeFlags extends ValuesFlags, KubeFlags {
  env: string;
  release?: string;
  repo?: string;
  timeout: string;
  dev?: boolean;
  commit?: string;
  skipBuild?: boolean;
  autoRollback?: boolean;
  waitForLock?: boolean;
  releaseStorageNamespace?: string;
  releaseStorageType: string;
}

export function registerConverge(program: Command): void {
  const command = program
    .command('converge')
    .description('build missing images, deploy the chart and track every resource until it is ready')
    .requiredOption('--env <env>', 'environment name (names the release and namespace: <project>-<env>)')
    .option('--release <name>', 'release name (default from slipway.yaml deploy.release)')
    .option('--repo <registry/path>', 'image repository (default $SLIPWAY_REPO)')
    .option('--timeout <duration>', 'time to wait for the whole deploy', '5m')
    .option('--dev', 'read configuration and chart from the working tree instead of the commit')
    .option('--commit <rev>', 'commit to deploy (default HEAD)')
    .option('--skip-build', 'never build; fail if an image is missing from the registry')
    .option('--auto-rollback', 'roll back to the previous deployed revision when the deploy fails')
    .option('--wait-for-lock', 'wait for another deploy of this release instead of failing fast')
    .option('--release-storage-namespace <namespace>', 'namespace holding the release records (default: the release namespace)')
    .addOption(new Option('--release-storage-type <type>', 'release record type').choices(['secret', 'configmap']).default('secret'));
  addValuesFlags(command);
  addKubeFlags(command);
  addGlobalMetadataFlags(command);
  command.action((flags: ConvergeFlags) => {
    requireDnsLabel(flags.env, 'environment', { input: '--env' });
    if (flags.namespace !== undefined) requireDnsLabel(flags.namespace, 'namespace', { input: '--namespace' });
    parseDuration(flags.timeout, { input: '--timeout' });
    notAvailableYet("'slipway converge'", 'the deploy engine is being built');
  });
}

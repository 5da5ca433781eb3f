import { Option, type Command } from 'commander';
import { addGlobalMetadataFlags, addKubeFlags, addValuesFlags, addWerfFlags, addHelm2Flags, type Helm2Flags, type KubeFlags, type ValuesFlags, type WerfFlags } from '../flags.js';
import { parseDuration } from '../../core/duration.js';
import { requireDnsLabel } from '../../core/names.js';
import { environmentOrCiDefault } from '../ciEnvironmentName.js';

interface ConvergeFlags extends ValuesFlags, KubeFlags, WerfFlags, Helm2Flags {
  env?: string;
  release?: string;
  repo?: string;
  timeout: string;
  dev?: boolean;
  commit?: string;
  skipBuild?: boolean;
  autoRollback?: boolean;
  waitForLock?: boolean;
  releaseStorageNamespace?: string;
  releaseStorageType: 'secret' | 'configmap';
  historyMax: string;
  keepFailedInstall?: boolean;
  addAnnotation: string[];
  addLabel: string[];
  reportPath?: string;
  dotenvPath?: string;
  annotationsPath?: string;
  codeQualityPath?: string;
}

export function registerConverge(program: Command): void {
  const command = program
    .command('converge')
    .description('build missing images, deploy the chart and track every resource until it is ready')
    .option('--env <env>', 'environment name (names the release and namespace: <project>-<env>); default in CI: pr-<number> / mr-<iid> for a pull or merge request, the GitLab environment slug')
    .option('--release <name>', 'release name (default from slipway.yaml deploy.release)')
    .option('--repo <registry/path>', 'image repository (default $SLIPWAY_REPO)')
    .option('--timeout <duration>', 'time to wait for the whole deploy', '5m')
    .option('--dev', 'read configuration and chart from the working tree instead of the commit')
    .option('--commit <rev>', 'commit to deploy (default HEAD)')
    .option('--skip-build', 'never build; fail if an image is missing from the registry')
    .option('--auto-rollback', 'roll back to the previous deployed revision when the deploy fails')
    .option('--wait-for-lock', 'wait for another deploy of this release instead of failing fast')
    .option('--history-max <n>', 'revisions kept per release (0: no limit)', '10')
    .option('--keep-failed-install', 'keep what a failed first install created (default: remove it)')
    .option('--report-path <file>', 'write the JSON deploy report (resources, failures, logs, timings) to this file')
    .option('--dotenv-path <file>', 'write the outcome (SLIPWAY_RELEASE, _NAMESPACE, _REVISION, _STATUS, _ENVIRONMENT_URL) as a dotenv file, e.g. for a GitLab dotenv report')
    .option('--annotations-path <file>', 'write a GitLab annotations report (links to the environment and to each failed resource\'s template line)')
    .option('--code-quality-path <file>', 'write a GitLab Code Quality report: each failure at its template file and line')
    .option('--release-storage-namespace <namespace>', 'namespace holding the release records (default: the release namespace)')
    .addOption(new Option('--release-storage-type <type>', 'release record type').choices(['secret', 'configmap']).default('secret'));
  addValuesFlags(command);
  addKubeFlags(command);
  addGlobalMetadataFlags(command);
  addWerfFlags(command);
  addHelm2Flags(command);
  command.action(async (given: ConvergeFlags) => {
    const flags = { ...given, env: await environmentOrCiDefault(given.env) };
    requireDnsLabel(flags.env, 'environment', { input: '--env' });
    if (flags.namespace !== undefined) requireDnsLabel(flags.namespace, 'namespace', { input: '--namespace' });
    const timeoutMs = parseDuration(flags.timeout, { input: '--timeout' });
    const maxHistory = Number(flags.historyMax);
    if (!Number.isInteger(maxHistory) || maxHistory < 0) {
      const { SlipwayError } = await import('../../core/errors/slipwayError.js');
      throw new SlipwayError('input', `--history-max must be a whole number, not "${flags.historyMax}"`, { where: { input: '--history-max' } });
    }
    const { runConverge } = await import('../convergeCommand.js');
    await runConverge(flags, { timeoutMs, maxHistory });
  });
}

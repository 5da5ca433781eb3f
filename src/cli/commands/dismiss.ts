import type { Command } from 'commander';
import { addKubeFlags, type KubeFlags } from '../flags.js';
import { parseDuration } from '../../core/duration.js';
import { requireDnsLabel } from '../../core/names.js';
import { SlipwayError } from '../../core/errors/slipwayError.js';
import { notAvailableYet } from '../../core/errors/notAvailableYet.js';

interface DismissFlags extends KubeFlags {
  env?: string;
  release?: string;
  withNamespace?: boolean;
  keepHistory?: boolean;
  timeout: string;
}

export function registerDismiss(program: Command): void {
  const command = program
    .command('dismiss')
    .description('remove an environment: its release, resources and optionally its namespace')
    .option('--env <env>', 'environment name (release and namespace from slipway.yaml)')
    .option('--release <name>', 'release name (instead of --env)')
    .option('--with-namespace', 'delete the namespace too and wait until it is gone')
    .option('--keep-history', 'keep the release records, marked uninstalled')
    .option('--timeout <duration>', 'time to wait for deletion', '5m');
  addKubeFlags(command);
  command.action((flags: DismissFlags) => {
    if (flags.env === undefined && flags.release === undefined) {
      throw new SlipwayError('input', 'either --env or --release is required', { where: { input: '--env' }, hint: 'name the environment (--env pr-12) or the release (--release shop-pr-12)' });
    }
    if (flags.env !== undefined) requireDnsLabel(flags.env, 'environment', { input: '--env' });
    parseDuration(flags.timeout, { input: '--timeout' });
    notAvailableYet("'slipway dismiss'", 'the deploy engine is being built');
  });
}

import type { Command } from 'commander';
import { addKubeFlags, addValuesFlags, type KubeFlags, type ValuesFlags } from '../flags.js';
import { requireDnsLabel } from '../../core/names.js';
import { notAvailableYet } from '../../core/errors/notAvailableYet.js';

interface PlanFlags extends ValuesFlags, KubeFlags {
  env: string;
  release?: string;
  dev?: boolean;
  commit?: string;
}

export function registerPlan(program: Command): void {
  const command = program
    .command('plan')
    .description('show what converge would change (server-side dry-run diff); exit 2 when changes exist')
    .requiredOption('--env <env>', 'environment name')
    .option('--release <name>', 'release name (default from slipway.yaml deploy.release)')
    .option('--dev', 'read configuration and chart from the working tree instead of the commit')
    .option('--commit <rev>', 'commit to plan (default HEAD)');
  addValuesFlags(command);
  addKubeFlags(command);
  command.action((flags: PlanFlags) => {
    requireDnsLabel(flags.env, 'environment', { input: '--env' });
    notAvailableYet("'slipway plan'", 'the deploy engine is being built');
  });
}

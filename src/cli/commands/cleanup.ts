import type { Command } from 'commander';
import { addKubeFlags, type KubeFlags } from '../flags.js';
import { notAvailableYet } from '../../core/errors/notAvailableYet.js';

interface CleanupFlags extends KubeFlags {
  repo?: string;
  dryRun?: boolean;
}

export function registerCleanup(program: Command): void {
  const command = program
    .command('cleanup')
    .description('delete registry images that Git history and the running clusters no longer need')
    .option('--repo <registry/path>', 'image repository (default $SLIPWAY_REPO)')
    .option('--dry-run', 'print what would be deleted and delete nothing');
  addKubeFlags(command);
  command.action((_flags: CleanupFlags) => {
    notAvailableYet("'slipway cleanup'", 'registry cleanup is planned after the deploy engine');
  });
}

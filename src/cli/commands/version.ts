import type { Command } from 'commander';
import { slipwayVersion } from '../../core/version.js';

export function registerVersion(program: Command): void {
  program
    .command('version')
    .description('print the slipway version')
    .option('--short', 'print only the version number')
    .action((options: { short?: boolean }) => {
      process.stdout.write(options.short ? `v${slipwayVersion}\n` : `slipway v${slipwayVersion} (node ${process.version})\n`);
    });
}

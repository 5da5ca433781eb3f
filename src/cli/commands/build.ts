import { Option, type Command } from 'commander';
import { notAvailableYet } from '../../core/errors/notAvailableYet.js';

interface BuildFlags {
  repo?: string;
  builder: string;
  dev?: boolean;
  commit?: string;
}

export function registerBuild(program: Command): void {
  program
    .command('build')
    .description('build and push the images of a commit that the registry does not have yet')
    .argument('[images...]', 'only these images (default: all)')
    .option('--repo <registry/path>', 'image repository (default $SLIPWAY_REPO)')
    .addOption(new Option('--builder <builder>', 'image builder').choices(['auto', 'docker', 'buildah']).default('auto'))
    .option('--dev', 'read configuration and build contexts from the working tree instead of the commit')
    .option('--commit <rev>', 'commit to build (default HEAD)')
    .action((_images: string[], _flags: BuildFlags) => {
      notAvailableYet("'slipway build'", 'image builds are being built');
    });
}

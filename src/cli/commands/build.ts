import { Option, type Command } from 'commander';
import type { BuildFlags } from '../buildCommand.js';


export function registerBuild(program: Command): void {
  program
    .command('build')
    .description('build and push the images of a commit that the registry does not have yet')
    .argument('[images...]', 'only these images (default: all)')
    .option('--repo <registry/path>', 'image repository (default $SLIPWAY_REPO)')
    .addOption(new Option('--builder <builder>', 'image builder').choices(['auto', 'docker', 'buildah']).default('auto'))
    .option('--dev', 'read configuration and build contexts from the working tree instead of the commit')
    .option('--commit <rev>', 'commit to build (default HEAD)')
    .option('--config <file>', 'configuration file in the repository (default slipway.yaml, else werf.yaml)')
    .option('--report <file>', 'write the JSON build report here')
    .option('--dotenv <file>', 'write a dotenv report (SLIPWAY_IMAGE_<NAME>=reference) here')
    .option('--parallel <n>', 'independent images built at once', '2')
    .option('--network <mode>', 'network for RUN steps (e.g. host; default $SLIPWAY_BUILD_NETWORK)')
    .option('--cache-repo <registry/path>', 'registry layer cache repository for the builder')
    .option('--insecure-registry', 'use plain HTTP / skip TLS verification for the registry')
    .option('--require-built-images', 'never build: fail if an image is missing from the registry')
    .action(async (images: string[], flags: BuildFlags) => {
      const { runBuildCommand } = await import('../buildCommand.js');
      await runBuildCommand(images, flags);
    });
}

import { SlipwayError } from '../../errors/slipwayError.js';
import { buildahBuilder } from './buildahBuilder.js';
import { dockerBuilder } from './dockerBuilder.js';
import type { ImageBuilder } from './imageBuilder.js';
import { commandSucceeds } from './runBuilderCommand.js';

export type BuilderChoice = 'auto' | 'docker' | 'buildah';

/**
 * The builder to use: the one asked for, or (auto) Docker when its daemon answers, else Buildah.
 * Docker uses buildx when the plugin exists, else the BuildKit built into the docker CLI (before Docker
 * 23 it needs no plugin), else the classic builder.
 */
export async function chooseBuilder(choice: BuilderChoice): Promise<ImageBuilder> {
  const docker = async (): Promise<ImageBuilder | undefined> => {
    if (!(await commandSucceeds('docker', ['version', '--format', '{{.Server.Version}}']))) return undefined;
    if (await commandSucceeds('docker', ['buildx', 'version'])) return dockerBuilder('buildx');
    // A docker CLI of version 23 or later refuses DOCKER_BUILDKIT=1 without buildx, even for --help.
    if (await commandSucceeds('docker', ['build', '--help'], { DOCKER_BUILDKIT: '1' })) return dockerBuilder('buildkit');
    return dockerBuilder('legacy');
  };
  const buildah = async (): Promise<ImageBuilder | undefined> => ((await commandSucceeds('buildah', ['--version'])) ? buildahBuilder() : undefined);
  if (choice === 'docker') {
    const found = await docker();
    if (!found) throw new SlipwayError('build', 'docker is not available (no docker CLI, or its daemon does not answer)', { where: { input: '--builder' }, hint: 'start dockerd / set DOCKER_HOST, or use --builder buildah' });
    return found;
  }
  if (choice === 'buildah') {
    const found = await buildah();
    if (!found) throw new SlipwayError('build', 'buildah is not installed', { where: { input: '--builder' }, hint: 'install buildah, or use --builder docker' });
    return found;
  }
  const found = (await docker()) ?? (await buildah());
  if (!found) throw new SlipwayError('build', 'no image builder found: neither a running Docker daemon nor buildah', { hint: 'install docker or buildah' });
  return found;
}

import { SlipwayError } from '../../errors/slipwayError.js';
import { cliInputNames, inputLabel, type InputNames } from '../../errors/inputNames.js';
import { buildahSettings } from './buildahSettings.js';
import { readBuilderHostFacts } from './builderHostFacts.js';
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
export async function chooseBuilder(
  choice: BuilderChoice,
  options: { env?: Readonly<Record<string, string | undefined>>; log?: (line: string) => void; inputNames?: InputNames } = {},
): Promise<ImageBuilder> {
  const builderInput = (options.inputNames ?? cliInputNames).builder;
  const docker = async (): Promise<ImageBuilder | undefined> => {
    if (!(await commandSucceeds('docker', ['version', '--format', '{{.Server.Version}}']))) return undefined;
    if (await commandSucceeds('docker', ['buildx', 'version'])) return dockerBuilder('buildx');
    // A docker CLI of version 23 or later refuses DOCKER_BUILDKIT=1 without buildx, even for --help.
    if (await commandSucceeds('docker', ['build', '--help'], { DOCKER_BUILDKIT: '1' })) return dockerBuilder('buildkit');
    return dockerBuilder('legacy');
  };
  const buildah = async (): Promise<ImageBuilder | undefined> => {
    if (!(await commandSucceeds('buildah', ['--version']))) return undefined;
    const env = options.env ?? process.env;
    const settings = buildahSettings(readBuilderHostFacts(env), env);
    if (settings.reason) options.log?.(settings.reason);
    return buildahBuilder(settings.env);
  };
  if (choice === 'docker') {
    const found = await docker();
    if (!found) throw new SlipwayError('build', 'docker is not available (no docker CLI, or its daemon does not answer)', { where: { input: builderInput }, hint: `start dockerd / set DOCKER_HOST, or set ${inputLabel(builderInput)} to buildah` });
    return found;
  }
  if (choice === 'buildah') {
    const found = await buildah();
    if (!found) throw new SlipwayError('build', 'buildah is not installed', { where: { input: builderInput }, hint: `install buildah, or set ${inputLabel(builderInput)} to docker` });
    return found;
  }
  const found = (await docker()) ?? (await buildah());
  if (!found) throw new SlipwayError('build', 'no image builder found: neither a running Docker daemon nor buildah', { hint: 'install docker or buildah' });
  return found;
}

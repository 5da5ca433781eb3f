import { dirname } from 'node:path';
import { SlipwayError } from '../../errors/slipwayError.js';
import type { BuilderCommand, ImageBuilder, ImageBuildRequest } from './imageBuilder.js';
import { runBuilderCommand } from './runBuilderCommand.js';

/**
 * buildx: `docker buildx build` (secrets, registry cache, multi-platform). buildkit: `docker build` with the
 * BuildKit built into older docker CLIs (secrets, inline cache; one platform). legacy: the classic builder.
 */
export type DockerFlavour = 'buildx' | 'buildkit' | 'legacy';

/** The environment for docker commands: a private DOCKER_CONFIG when slipway holds the credentials. */
function dockerEnv(request: ImageBuildRequest, extra: Record<string, string> = {}): Record<string, string> {
  return { ...(request.authFile ? { DOCKER_CONFIG: dirname(request.authFile) } : {}), ...extra };
}

/** The docker build command of a flavour. Pure. */
export function dockerBuildCommand(request: ImageBuildRequest, flavour: DockerFlavour): BuilderCommand {
  const args = flavour === 'buildx' ? ['buildx', 'build', '--progress=plain'] : flavour === 'buildkit' ? ['build', '--progress=plain'] : ['build'];
  args.push('--file', request.dockerfile, '--tag', request.reference);
  if (request.target) args.push('--target', request.target);
  for (const [key, value] of Object.entries(request.args)) args.push('--build-arg', `${key}=${value}`);
  for (const [key, value] of Object.entries(request.labels)) args.push('--label', `${key}=${value}`);
  if (request.network) args.push('--network', request.network);
  if (request.platforms.length > 0) args.push('--platform', request.platforms.join(','));
  if (flavour !== 'legacy') {
    for (const secret of request.secrets) {
      args.push('--secret', secret.env !== undefined ? `id=${secret.id},env=${secret.env}` : `id=${secret.id},src=${secret.src}`);
    }
  } else if (request.secrets.length > 0) {
    throw new SlipwayError('build', `image "${request.image}" uses build secrets, which need BuildKit, not available with this docker`, {
      hint: 'install the docker buildx plugin, or use --builder buildah',
    });
  }
  if (flavour !== 'buildx' && request.platforms.length > 1) {
    throw new SlipwayError('build', `image "${request.image}" is multi-platform, which needs docker buildx`, { hint: 'install docker buildx, or use --builder buildah' });
  }
  if (flavour === 'buildx') {
    if (request.cacheRepository) {
      args.push('--cache-from', `type=registry,ref=${request.cacheRepository}:${request.image}`);
      args.push('--cache-to', 'type=inline');
    }
    args.push(request.platforms.length > 1 ? '--push' : '--load');
  } else if (request.cacheRepository) {
    args.push('--cache-from', `${request.cacheRepository}:${request.image}`);
    // BuildKit writes its cache into the image only when asked; the classic builder reads any image.
    if (flavour === 'buildkit') args.push('--build-arg', 'BUILDKIT_INLINE_CACHE=1');
  }
  args.push(request.contextDir);
  return { program: 'docker', args, env: dockerEnv(request, flavour === 'legacy' ? { DOCKER_BUILDKIT: '0' } : flavour === 'buildkit' ? { DOCKER_BUILDKIT: '1' } : {}) };
}

export function dockerPushCommand(request: ImageBuildRequest): BuilderCommand {
  return { program: 'docker', args: ['push', request.reference], env: dockerEnv(request) };
}

/** `docker push` ends with "<tag>: digest: sha256:… size: N". */
export function digestFromDockerPush(output: string): string | undefined {
  return /digest: (sha256:[0-9a-f]{64})/.exec(output)?.[1];
}

export function dockerBuilder(flavour: DockerFlavour): ImageBuilder {
  return {
    name: 'docker',
    async build(request, onOutput) {
      await runBuilderCommand(dockerBuildCommand(request, flavour), onOutput, `docker build of image "${request.image}"`);
    },
    async push(request, onOutput) {
      if (flavour === 'buildx' && request.platforms.length > 1) return undefined; // pushed by the build
      const output = await runBuilderCommand(dockerPushCommand(request), onOutput, `docker push of image "${request.image}"`);
      return digestFromDockerPush(output);
    },
  };
}

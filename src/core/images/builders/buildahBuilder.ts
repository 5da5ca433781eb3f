import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BuilderCommand, ImageBuilder, ImageBuildRequest } from './imageBuilder.js';
import { runBuilderCommand } from './runBuilderCommand.js';

/** `buildah build` with the request's options (isolation and storage come from BUILDAH_ISOLATION / STORAGE_DRIVER). Pure. */
export function buildahBuildCommand(request: ImageBuildRequest, env: Record<string, string> = {}): BuilderCommand {
  const args = ['build', '--file', request.dockerfile, '--tag', request.reference, '--layers'];
  if (request.target) args.push('--target', request.target);
  for (const [key, value] of Object.entries(request.args)) args.push('--build-arg', `${key}=${value}`);
  for (const [key, value] of Object.entries(request.labels)) args.push('--label', `${key}=${value}`);
  if (request.network) args.push('--network', request.network);
  for (const platform of request.platforms) args.push('--platform', platform);
  for (const secret of request.secrets) {
    args.push('--secret', secret.env !== undefined ? `id=${secret.id},env=${secret.env}` : `id=${secret.id},src=${secret.src}`);
  }
  if (request.cacheRepository) args.push('--cache-from', request.cacheRepository, '--cache-to', request.cacheRepository);
  if (request.insecureRegistry) args.push('--tls-verify=false');
  if (request.authFile) args.push('--authfile', request.authFile);
  args.push(request.contextDir);
  return { program: 'buildah', args, ...(Object.keys(env).length > 0 ? { env } : {}) };
}

export function buildahPushCommand(request: ImageBuildRequest, digestFile: string, env: Record<string, string> = {}): BuilderCommand {
  const args = ['push', '--digestfile', digestFile];
  if (request.insecureRegistry) args.push('--tls-verify=false');
  if (request.authFile) args.push('--authfile', request.authFile);
  args.push(request.reference, `docker://${request.reference}`);
  return { program: 'buildah', args, ...(Object.keys(env).length > 0 ? { env } : {}) };
}

/** `env`: isolation and storage chosen for this host (buildahSettings), the same for build and push. */
export function buildahBuilder(env: Record<string, string> = {}): ImageBuilder {
  return {
    name: 'buildah',
    async build(request, onOutput) {
      await runBuilderCommand(buildahBuildCommand(request, env), onOutput, `buildah build of image "${request.image}"`);
    },
    async push(request, onOutput) {
      const dir = await mkdtemp(join(tmpdir(), 'slipway-push-'));
      try {
        const digestFile = join(dir, 'digest');
        await runBuilderCommand(buildahPushCommand(request, digestFile, env), onOutput, `buildah push of image "${request.image}"`);
        return (await readFile(digestFile, 'utf8')).trim() || undefined;
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  };
}

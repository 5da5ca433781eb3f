import type { ImageDeleter } from '../../core/cleanup/runCleanup.js';
import { SlipwayError } from '../../core/errors/slipwayError.js';
import { boundedParallel } from '../../core/kube/boundedParallel.js';
import type { ImageRepository } from '../../core/registry/imageRepository.js';
import type { SecretValue } from '../../core/secretValue.js';

/**
 * GitLab's container registry through GitLab's REST API: the project's registry repository is found by its
 * location, then each tag is deleted (`DELETE /projects/:id/registry/repositories/:rid/tags/:tag`); GitLab's
 * garbage collection removes the untagged manifests. Used in GitLab CI for the project's own registry
 * ($CI_REGISTRY) when SLIPWAY_GITLAB_TOKEN holds a token with the api scope (the job token may not delete).
 * Other registries get undefined (the distribution API is used).
 */
export function gitlabRegistryDeleter(token: SecretValue, env: NodeJS.ProcessEnv): (repository: ImageRepository) => ImageDeleter | undefined {
  return (repository) => {
    const apiUrl = env.CI_API_V4_URL?.replace(/\/+$/, '');
    const projectId = env.CI_PROJECT_ID;
    if (!apiUrl || !projectId || !env.CI_REGISTRY || repository.registry !== env.CI_REGISTRY) return undefined;
    const headers = { 'PRIVATE-TOKEN': token.reveal(), Accept: 'application/json' };
    const project = `${apiUrl}/projects/${encodeURIComponent(projectId)}`;
    const refused = (status: number, doing: string): SlipwayError =>
      status === 401 || status === 403
        ? new SlipwayError('registry', `GitLab refused to ${doing} (HTTP ${status})`, { hint: 'SLIPWAY_GITLAB_TOKEN must be a project or personal access token with the api scope and at least the Developer role (the job token cannot delete registry tags)' })
        : new SlipwayError('registry', `GitLab answered HTTP ${status} when asked to ${doing}`);
    let repositoryId: Promise<number> | undefined;
    const findRepository = (): Promise<number> =>
      (repositoryId ??= (async () => {
        for (let page = 1; page <= 50; page++) {
          const response = await fetch(`${project}/registry/repositories?per_page=100&page=${page}`, { headers });
          if (!response.ok) throw refused(response.status, `list the registry repositories of project ${projectId}`);
          const list = (await response.json()) as { id: number; path?: string; location?: string }[];
          const found = list.find((entry) => entry.location === repository.name || entry.path === repository.path);
          if (found) return found.id;
          if (list.length < 100) break;
        }
        throw new SlipwayError('registry', `project ${projectId} on GitLab has no registry repository ${repository.name}`, { hint: 'check --repo (it must be this project\'s registry, $CI_REGISTRY_IMAGE or below it)' });
      })());
    return {
      async deleteImages(images, onDeleted) {
        if (images.length === 0) return;
        const id = await findRepository();
        await boundedParallel(images, 4, async (image) => {
          let outcome: 'deleted' | 'gone' = 'gone';
          for (const tag of image.tags) {
            const response = await fetch(`${project}/registry/repositories/${id}/tags/${encodeURIComponent(tag)}`, { method: 'DELETE', headers });
            await response.body?.cancel();
            if (response.status === 404) continue;
            if (!response.ok) throw refused(response.status, `delete tag ${tag} of ${repository.name}`);
            outcome = 'deleted';
          }
          onDeleted(image.digest, outcome);
        });
      },
    };
  };
}

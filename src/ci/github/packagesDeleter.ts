import { Octokit } from '@octokit/rest';
import type { ImageDeleter } from '../../core/cleanup/runCleanup.js';
import { boundedParallel } from '../../core/kube/boundedParallel.js';
import { SlipwayError } from '../../core/errors/slipwayError.js';
import type { ImageRepository } from '../../core/registry/imageRepository.js';
import type { SecretValue } from '../../core/secretValue.js';

interface PackageVersion {
  id: number;
  name: string;
}

/**
 * ghcr.io refuses manifest DELETE on the registry API: images are deleted as package versions through the
 * GitHub REST API (a version is a manifest digest, with all its tags). The package is the repository path
 * after the owner; the owner is an organization or a user. Without the permission to delete, the error names
 * it (delete:packages, or admin on the package for GITHUB_TOKEN). Other registries get undefined (the
 * distribution API is used).
 */
export function githubPackagesDeleter(token: SecretValue, env: NodeJS.ProcessEnv = process.env): (repository: ImageRepository) => ImageDeleter | undefined {
  return (repository) => {
    if (repository.registry !== 'ghcr.io' && !env.SLIPWAY_GITHUB_PACKAGES_REGISTRY?.split(',').includes(repository.registry)) return undefined;
    const [owner, ...rest] = repository.path.split('/');
    const packageName = rest.join('/');
    if (!owner || !packageName) {
      throw new SlipwayError('input', `repository ${repository.name} names no package: GitHub Packages repositories are ghcr.io/<owner>/<package>`, { where: { input: '--repo' } });
    }
    const octokit = new Octokit({
      auth: token.reveal(),
      baseUrl: env.SLIPWAY_GITHUB_API_URL ?? env.GITHUB_API_URL ?? 'https://api.github.com',
      userAgent: 'slipway',
      log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
    });
    const where = `package ${owner}/${packageName} on GitHub`;
    const explain = (error: unknown, doing: string): SlipwayError => {
      const status = (error as { status?: number }).status;
      if (status === 401) return new SlipwayError('registry', `GitHub rejected the token while ${doing} ${where} (HTTP 401)`, { hint: 'pass a valid token (github-token input, $GITHUB_TOKEN or $SLIPWAY_GITHUB_TOKEN)' });
      if (status === 403) {
        return new SlipwayError('registry', `the GitHub token may not ${doing === 'listing the versions of' ? 'read' : 'delete'} ${where} (HTTP 403)`, {
          hint: 'the token needs read:packages and delete:packages (a classic PAT), or for GITHUB_TOKEN "permissions: packages: write" and admin access of the workflow repository to the package',
        });
      }
      return new SlipwayError('registry', `${doing} ${where} failed: ${(error as Error).message}`);
    };
    let owned: Promise<{ kind: 'org' | 'user'; versions: Map<string, number> }> | undefined;
    const versions = (): Promise<{ kind: 'org' | 'user'; versions: Map<string, number> }> =>
      (owned ??= (async () => {
        for (const kind of ['org', 'user'] as const) {
          try {
            const list: PackageVersion[] =
              kind === 'org'
                ? await octokit.paginate(octokit.rest.packages.getAllPackageVersionsForPackageOwnedByOrg, { package_type: 'container', package_name: packageName, org: owner, per_page: 100 })
                : await octokit.paginate(octokit.rest.packages.getAllPackageVersionsForPackageOwnedByUser, { package_type: 'container', package_name: packageName, username: owner, per_page: 100 });
            return { kind, versions: new Map(list.map((version) => [version.name, version.id])) };
          } catch (error) {
            if ((error as { status?: number }).status === 404) continue;
            throw explain(error, 'listing the versions of');
          }
        }
        throw new SlipwayError('registry', `${where} was not found (neither an organization's nor a user's package)`, { hint: 'check --repo, and that the token can read the package (read:packages)' });
      })());
    return {
      async deleteImages(images, onDeleted) {
        if (images.length === 0) return;
        const digests = images.map((image) => image.digest);
        const { kind, versions: byDigest } = await versions();
        await boundedParallel(digests, 4, async (digest) => {
          const id = byDigest.get(digest);
          if (id === undefined) {
            onDeleted(digest, 'gone');
            return;
          }
          try {
            if (kind === 'org') await octokit.rest.packages.deletePackageVersionForOrg({ package_type: 'container', package_name: packageName, org: owner, package_version_id: id });
            else await octokit.rest.packages.deletePackageVersionForUser({ package_type: 'container', package_name: packageName, username: owner, package_version_id: id });
            onDeleted(digest, 'deleted');
          } catch (error) {
            if ((error as { status?: number }).status === 404) onDeleted(digest, 'gone');
            else throw explain(error, 'deleting a version of');
          }
        });
      },
    };
  };
}

import type { ErrorLocation } from '../errors/slipwayError.js';
import { parseImageRepository } from '../registry/imageRepository.js';
import { RegistryClient } from '../registry/registryClient.js';
import { findRegistryCredentials } from '../registry/registryCredentials.js';
import type { SecretValue } from '../secretValue.js';
import { RegistryStore } from './artifactStore.js';

/** Registry credentials the edge read (flags, action inputs, CI variables); Docker's config.json otherwise. */
export interface RegistryAccess {
  username?: string;
  password?: SecretValue;
  insecure?: boolean;
}

/** The registry repository `text` names (`oci://` accepted, as Helm writes it), ready to read and write. */
export async function openBundleRepository(text: string, access: RegistryAccess, where: ErrorLocation): Promise<RegistryStore> {
  const repository = parseImageRepository(text, where);
  const credentials = await findRegistryCredentials(repository.registry, {
    ...(access.username !== undefined ? { username: access.username } : {}),
    ...(access.password !== undefined ? { password: access.password } : {}),
  });
  const client = new RegistryClient({ host: repository.apiHost, ...(credentials ? { credentials } : {}), ...(access.insecure ? { insecure: true } : {}) });
  return new RegistryStore(repository, client);
}

import { choiceInput, listInput, stringInput } from '../ci/github/actionInputs.js';
import { notAvailableYet } from '../core/errors/notAvailableYet.js';

export async function buildImagesAction(): Promise<void> {
  stringInput('repo', { required: true });
  choiceInput('builder', ['auto', 'docker', 'buildah'] as const, 'auto');
  listInput('images', { commas: true });
  notAvailableYet('the build-images action', 'image builds are being built');
}

import dockerignoreModule from '@balena/dockerignore';
import { posix } from 'node:path';
import type { TreeFile } from '../git/gitRepository.js';

// The package is CommonJS with `factory.default = factory`; its typings only describe `.default`.
const ignore = dockerignoreModule.default;

/**
 * The files of a build context as the builder will see them: files under `context` (paths made
 * relative to it) that survive the `.dockerignore` rules, Docker's semantics. Pure.
 */
export function contextFiles(files: readonly TreeFile[], context: string, dockerignore: string | undefined): TreeFile[] {
  const prefix = context === '.' ? '' : `${context}/`;
  const matcher = dockerignore === undefined ? undefined : ignore().add(dockerignoreLines(dockerignore));
  const result: TreeFile[] = [];
  for (const file of files) {
    if (!file.path.startsWith(prefix)) continue;
    const path = file.path.slice(prefix.length);
    if (matcher && matcher.ignores(path)) continue;
    result.push({ path, mode: file.mode, id: file.id });
  }
  return result;
}

/** Docker strips comments and blank lines; the library takes the remaining patterns. */
function dockerignoreLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

/**
 * The ignore files BuildKit consults, first match wins: `<Dockerfile>.dockerignore` next to the
 * Dockerfile, then `<context>/.dockerignore`.
 */
export function dockerignoreCandidates(context: string, dockerfile: string): string[] {
  return [`${dockerfile}.dockerignore`, context === '.' ? '.dockerignore' : posix.join(context, '.dockerignore')];
}

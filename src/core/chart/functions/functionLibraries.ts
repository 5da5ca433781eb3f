/**
 * The heavy code a few template functions need (RE2, the `yaml` parser, bcrypt, node-forge's certificates), loaded
 * only for a render whose templates call those functions. Template functions are synchronous, but every template
 * is parsed before anything executes, so the functions a render can call are known up front. `tpl` parses text at
 * run time: a function it reaches whose library is not loaded throws LibraryNotLoaded, and the render loads that
 * library and executes again (rare: most `tpl` strings call none of these). The dynamic imports make the bundler
 * put each library in its own chunk, which `slipway render` of an ordinary chart never reads.
 */
import type { FuncMap, GoFunc } from '../template/funcTypes.js';

type CertificatesModule = typeof import('./certificates.js');
type Re2jsModule = typeof import('re2js');
type YamlModule = typeof import('yaml');
type BcryptModule = typeof import('bcryptjs');

const loaded: { re2js?: Re2jsModule; yaml?: YamlModule; bcryptjs?: BcryptModule; certificates?: CertificatesModule } = {};

const importers = {
  re2js: async () => {
    loaded.re2js ??= await import('re2js');
  },
  yaml: async () => {
    loaded.yaml ??= await import('yaml');
  },
  bcryptjs: async () => {
    // A CommonJS module: its exports are the default export of the namespace.
    loaded.bcryptjs ??= ((await import('bcryptjs')) as unknown as { default: BcryptModule }).default;
  },
  certificates: async () => {
    loaded.certificates ??= await import('./certificates.js');
  },
};

export type FunctionLibrary = keyof typeof importers;

const LIBRARIES = Object.keys(importers) as FunctionLibrary[];

/** Marks template functions whose bodies use `library` (read by prepareFunctionLibraries). */
export function usingLibrary<T extends Record<string, GoFunc>>(library: FunctionLibrary, functions: T): T {
  for (const fn of Object.values(functions)) fn.libraries = [...(fn.libraries ?? []), library];
  return functions;
}

/** Loads the libraries the functions named in `used` need (every parsed template's calls). */
export async function prepareFunctionLibraries(funcs: FuncMap, used: Iterable<string>): Promise<void> {
  const needed = new Set<string>();
  for (const name of used) for (const library of funcs.get(name)?.libraries ?? []) needed.add(library);
  await Promise.all(LIBRARIES.filter((l) => needed.has(l)).map((l) => importers[l]()));
}

/**
 * A function needed a library no parsed template announced (it came through `tpl`): not a template error — the
 * engine lets it through, and `executeLoadingLibraries` loads the library and runs the templates again.
 */
export class LibraryNotLoaded extends Error {
  constructor(readonly library: FunctionLibrary) {
    super(`internal error: template function library "${library}" used before prepareFunctionLibraries loaded it`);
    this.name = 'LibraryNotLoaded';
  }
}

/** Runs `execute` until no function is missing its library, loading each as it is found missing. */
export async function executeLoadingLibraries<T>(execute: () => T | Promise<T>): Promise<T> {
  for (;;) {
    try {
      return await execute();
    } catch (e) {
      if (!(e instanceof LibraryNotLoaded) || loaded[e.library] !== undefined) throw e;
      await importers[e.library]();
    }
  }
}

/** Loads every library (tests and benches that call the engine's synchronous API directly). */
export async function loadAllFunctionLibraries(): Promise<void> {
  await Promise.all(LIBRARIES.map((l) => importers[l]()));
}

function notPrepared(library: FunctionLibrary): never {
  throw new LibraryNotLoaded(library);
}

export const re2jsLibrary = (): Re2jsModule => loaded.re2js ?? notPrepared('re2js');
export const yamlLibrary = (): YamlModule => loaded.yaml ?? notPrepared('yaml');
export const bcryptLibrary = (): BcryptModule => loaded.bcryptjs ?? notPrepared('bcryptjs');
export const certificatesLibrary = (): CertificatesModule => loaded.certificates ?? notPrepared('certificates');

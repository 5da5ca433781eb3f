/**
 * The single entry of the ncc bundle (dist/index.js, CommonJS). The thin files dist/cli/index.js and
 * dist/actions/<name>/index.js require it and call one of these. Both load their code lazily, so the
 * CLI never loads the GitHub toolkit and an action never loads the CLI framework.
 */
import { homedir } from 'node:os';
import { installCodeCache, type BundleIdentity } from './cli/codeCache.js';

/** `bundle` is given by the generated CLI entry: the chunks it loads are then compiled from a V8 code cache. */
export async function runCli(argv: string[], bundle?: BundleIdentity): Promise<number> {
  loadPunycodeQuietly();
  if (bundle) {
    installCodeCache({ env: process.env, homedir: safeHomedir(), nodeVersion: process.version, arch: process.arch, execArgv: process.execArgv, bundle, argv });
  }
  return (await import('./cli/program.js')).runCli(argv);
}

export async function runAction(name: import('./actions/runAction.js').ActionName): Promise<void> {
  loadPunycodeQuietly();
  return (await import('./actions/runAction.js')).runAction(name);
}

/** Every action's `runs.post` (dist/actions/<name>/post.js). */
export async function runActionPost(): Promise<void> {
  return (await import('./actions/runAction.js')).runActionPost();
}

/**
 * @kubernetes/client-node's node-fetch@2 → whatwg-url@5 → tr46@0.0.3 requires Node's deprecated built-in
 * `punycode`, and Node prints DEP0040 into every command's output. Loading it first with deprecations
 * muted silences only that one (a built-in warns once, when first loaded); every other warning still shows.
 */
function loadPunycodeQuietly(): void {
  const muted = process.noDeprecation;
  process.noDeprecation = true;
  try {
    process.getBuiltinModule?.('punycode');
  } finally {
    process.noDeprecation = muted;
  }
}

function safeHomedir(): string {
  try {
    return homedir();
  } catch {
    return '';
  }
}

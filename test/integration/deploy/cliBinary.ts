import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

const root = resolve(import.meta.dirname, '../../..');

/**
 * The CLI as a separate program (for tests that SIGKILL it mid-deploy): src/cli/program.ts bundled by
 * esbuild into node_modules/.cache (so its packages resolve from node_modules), run with this node.
 */
export async function buildCliForTests(): Promise<string> {
  const dir = join(root, 'node_modules/.cache/slipway-deploy-tests');
  mkdirSync(dir, { recursive: true });
  const entry = join(dir, 'entry.ts');
  writeFileSync(entry, `import { runCli } from ${JSON.stringify(join(root, 'src/cli/program.ts'))};\nprocess.exitCode = await runCli(process.argv.slice(2));\n`);
  const out = join(dir, 'cli.mjs');
  await build({ entryPoints: [entry], outfile: out, bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', logLevel: 'error' });
  return out;
}

/** deployRunnerEntry.ts as a program: `node <it> input.json` runs one deploy. */
export async function buildDeployRunner(): Promise<string> {
  const dir = join(root, 'node_modules/.cache/slipway-deploy-tests');
  mkdirSync(dir, { recursive: true });
  const out = join(dir, 'deployRunner.mjs');
  await build({ entryPoints: [join(root, 'test/integration/deploy/deployRunnerEntry.ts')], outfile: out, bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', logLevel: 'error' });
  return out;
}

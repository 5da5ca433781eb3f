/** Builds (once, cached outside the repo) and runs the Go oracle that renders with Helm's own engine. */
import { execFileSync, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export interface OracleCase {
  templates: Record<string, string>;
  files?: Record<string, string>;
  values?: Record<string, unknown>;
  strict?: boolean;
}

export interface OracleResult {
  output?: Record<string, string>;
  error?: string;
}

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

let binary: string | undefined;

/** Path of the oracle binary, building it if its sources changed (scripts/build-oracle.sh). */
export function oracleBinary(): string {
  binary ??= execFileSync('bash', [`${repoRoot}scripts/build-oracle.sh`], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim();
  return binary;
}

function runOracle(args: string[], input: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(oracleBinary(), args, { stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`oracle exited ${code}: ${Buffer.concat(err).toString()}`));
      else resolve(Buffer.concat(out).toString('utf8'));
    });
    child.stdin.end(input);
  });
}

/** Renders many cases in one oracle process. */
export async function renderWithOracle(cases: OracleCase[]): Promise<OracleResult[]> {
  return JSON.parse(await runOracle([], JSON.stringify(cases))) as OracleResult[];
}

/** Renders one case repeatedly in the oracle for `seconds` (warm) and returns ns per render. */
export async function benchOracle(c: OracleCase, seconds: number): Promise<{ renders: number; nsPerRender: number }> {
  return JSON.parse(await runOracle(['-bench', String(seconds)], JSON.stringify([c])));
}

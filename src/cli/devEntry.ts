/** Runs the CLI from sources (`npx tsx src/cli/devEntry.ts …`), for development without rebuilding dist/. */
import { runCli } from './program.js';

process.exitCode = await runCli(process.argv.slice(2));

import { execFile } from 'node:child_process';
import { SlipwayError } from '../errors/slipwayError.js';

/** Runs `git <args>` in `repoDir` (an argument array, never a shell string) and returns stdout. */
export function runGit(repoDir: string, args: readonly string[], options: { allowFailure?: boolean } = {}): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      ['-c', 'core.quotepath=off', ...args],
      { cwd: repoDir, encoding: 'buffer', maxBuffer: 1024 * 1024 * 1024, env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' } },
      (error, stdout, stderr) => {
        if (error && !options.allowFailure) {
          const message = stderr.toString('utf8').trim() || error.message;
          reject(new SlipwayError('git', `git ${args[0]} failed: ${message}`, { where: { file: repoDir } }));
          return;
        }
        resolve(stdout);
      },
    );
  });
}

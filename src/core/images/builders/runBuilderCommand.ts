import { spawn } from 'node:child_process';
import { SlipwayError } from '../../errors/slipwayError.js';
import type { BuilderCommand } from './imageBuilder.js';
import { buildahFailureHint } from './buildahSettings.js';

/**
 * Runs a builder command (argument array, no shell), streaming its output line by line. On failure
 * the error carries the last lines of output. Returns the whole output.
 */
export function runBuilderCommand(command: BuilderCommand, onOutput: (line: string) => void, what: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command.program, command.args, { env: { ...process.env, ...command.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    const tail: string[] = [];
    let all = '';
    let partial = '';
    const onData = (chunk: Buffer): void => {
      const text = partial + chunk.toString('utf8');
      const lines = text.split(/\r?\n|\r/);
      partial = lines.pop() ?? '';
      for (const line of lines) emit(line);
    };
    const emit = (line: string): void => {
      all += `${line}\n`;
      tail.push(line);
      if (tail.length > 30) tail.shift();
      onOutput(line);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', (error) => {
      reject(new SlipwayError('build', `cannot run ${command.program}: ${error.message}`, { hint: `install ${command.program} or choose another builder` }));
    });
    child.on('close', (code, signal) => {
      if (partial !== '') emit(partial);
      if (code === 0) resolve(all);
      else {
        reject(
          new SlipwayError('build', `${what} failed (${command.program} exited with ${code ?? signal}):\n${tail.map((line) => `    ${line}`).join('\n')}`, {
            hint: (command.program === 'buildah' ? buildahFailureHint(tail) : undefined) ?? 'the builder output above shows the failing step',
          }),
        );
      }
    });
  });
}

/** True when `program args` runs and exits 0 (tool detection). */
export function commandSucceeds(program: string, args: string[], env: Record<string, string> = {}): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn(program, args, { stdio: 'ignore', env: { ...process.env, ...env } });
    child.on('error', () => resolve(false));
    child.on('close', (code) => resolve(code === 0));
  });
}

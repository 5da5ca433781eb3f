import * as core from '@actions/core';
import { resolve } from 'node:path';
import { SlipwayError } from '../../core/errors/slipwayError.js';

/**
 * Typed readers of GitHub Action inputs. Every error names the input, so a workflow author knows
 * which `with:` line to fix.
 */
export function stringInput(name: string, options: { required?: boolean } = {}): string | undefined {
  const value = core.getInput(name).trim();
  if (value === '') {
    if (options.required) {
      throw new SlipwayError('input', `input '${name}' is required`, { where: { input: name }, hint: `add '${name}:' under 'with:' in the workflow step` });
    }
    return undefined;
  }
  return value;
}

/** A list input: one item per line (and, for convenience, comma-separated on a line when `commas`). */
export function listInput(name: string, options: { commas?: boolean } = {}): string[] {
  const lines = core.getMultilineInput(name).map((line) => line.trim()).filter((line) => line !== '' && !line.startsWith('#'));
  return options.commas ? lines.flatMap((line) => line.split(',').map((item) => item.trim()).filter((item) => item !== '')) : lines;
}

/** A boolean input with YAML 1.2 core schema words, as @actions/core accepts them. */
export function booleanInput(name: string, defaultValue: boolean): boolean {
  const raw = core.getInput(name).trim();
  if (raw === '') return defaultValue;
  if (['true', 'True', 'TRUE'].includes(raw)) return true;
  if (['false', 'False', 'FALSE'].includes(raw)) return false;
  throw new SlipwayError('input', `input '${name}' is "${raw}", not a boolean`, { where: { input: name }, hint: 'use true or false' });
}

/** An input restricted to a fixed set of words. */
export function choiceInput<T extends string>(name: string, choices: readonly T[], defaultValue: T): T {
  const raw = core.getInput(name).trim();
  if (raw === '') return defaultValue;
  if ((choices as readonly string[]).includes(raw)) return raw as T;
  throw new SlipwayError('input', `input '${name}' is "${raw}"; expected one of ${choices.join(', ')}`, { where: { input: name } });
}

/** The project directory: input `working-directory`, relative to the checkout ($GITHUB_WORKSPACE). */
export function workingDirectoryInput(): string {
  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
  return resolve(workspace, stringInput('working-directory') ?? '.');
}

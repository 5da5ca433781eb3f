/**
 * .helmignore rules exactly as Helm's pkg/ignore applies them, quirks included: no `**`, a rule with `/`
 * matches the whole path, one without matches the base name, a trailing `/` means directories only, and a
 * `!` rule ignores everything it does not match.
 */
import { compileGoPattern, goPathMatch } from './goPathMatch.js';

export interface IgnoreRule {
  raw: string;
  negate: boolean;
  mustDir: boolean;
  match: (path: string) => boolean;
}

export class HelmIgnoreError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

export function parseIgnoreRule(line: string): IgnoreRule | undefined {
  let rule = line.trim();
  if (rule === '' || rule.startsWith('#')) return undefined;
  if (rule.includes('**')) throw new Error('double-star (**) syntax is not supported');
  if (compileGoPattern(rule) === null) throw new Error('syntax error in pattern');
  const raw = rule;
  let negate = false;
  let mustDir = false;
  if (rule.startsWith('!')) {
    negate = true;
    rule = rule.slice(1);
  }
  if (rule.endsWith('/')) {
    mustDir = true;
    rule = rule.slice(0, -1);
  }
  let match: (path: string) => boolean;
  if (rule.startsWith('/')) {
    const anchored = rule.slice(1);
    match = (n) => goPathMatch(anchored, n);
  } else if (rule.includes('/')) {
    const whole = rule;
    match = (n) => goPathMatch(whole, n);
  } else {
    const base = rule;
    match = (n) => goPathMatch(base, n.slice(n.lastIndexOf('/') + 1));
  }
  return { raw, negate, mustDir, match };
}

/** Parses a .helmignore file (a UTF-8 BOM on the first line is dropped). */
export function parseHelmIgnore(text: string): IgnoreRule[] {
  const rules: IgnoreRule[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((line, i) => {
    try {
      const r = parseIgnoreRule(line);
      if (r) rules.push(r);
    } catch (e) {
      throw new HelmIgnoreError((e as Error).message, i + 1);
    }
  });
  return rules;
}

/** Helm's AddDefaults: dotfiles inside templates/ are never templates. */
export function defaultIgnoreRules(): IgnoreRule[] {
  return [parseIgnoreRule('templates/.?*')!];
}

export function isIgnored(rules: IgnoreRule[], path: string, isDir: boolean): boolean {
  if (path === '' || path === '.' || path === './') return false;
  for (const p of rules) {
    if (p.negate) {
      if (p.mustDir && !isDir) return true;
      if (!p.match(path)) return true;
      continue;
    }
    if (p.mustDir && !isDir) continue;
    if (p.match(path)) return true;
  }
  return false;
}

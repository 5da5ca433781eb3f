import { existsSync, readFileSync } from 'node:fs';
import type { BuilderHostFacts } from './buildahSettings.js';

/** Reads what buildahSettings decides from (Linux /proc; anything unreadable counts as "not known"). */
export function readBuilderHostFacts(env: Readonly<Record<string, string | undefined>>): BuilderHostFacts {
  return {
    inContainer: existsSync('/.dockerenv') || existsSync('/run/.containerenv') || Boolean(env.container),
    cgroups: cgroupLayout(readText('/proc/self/mountinfo')),
    sysAdmin: hasSysAdmin(readText('/proc/self/status')),
  };
}

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

/** Field 9 of a mountinfo line (after " - ") is the file system type. */
export function cgroupLayout(mountinfo: string): BuilderHostFacts['cgroups'] {
  let v1 = false;
  let v2 = false;
  for (const line of mountinfo.split('\n')) {
    const type = line.split(' - ')[1]?.split(' ')[0];
    if (type === 'cgroup') v1 = true;
    else if (type === 'cgroup2') v2 = true;
  }
  if (v1 && v2) return 'hybrid';
  if (v2) return 'unified';
  if (v1) return 'legacy';
  return 'unknown';
}

/** CAP_SYS_ADMIN is bit 21 of CapEff. */
export function hasSysAdmin(status: string): boolean {
  const hex = /^CapEff:\s*([0-9a-f]+)/m.exec(status)?.[1];
  if (hex === undefined) return false;
  return ((BigInt(`0x${hex}`) >> 21n) & 1n) === 1n;
}

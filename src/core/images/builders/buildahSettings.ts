/**
 * Buildah's isolation and storage for the machine it runs on. Inside an unprivileged CI container (GitLab's
 * Kubernetes executor, a docker-in-docker-less runner) Buildah's default OCI isolation needs cgroups it
 * cannot have and fails with `cgroups in hybrid mode not supported`, and overlay storage on the
 * container's own overlay root fails to mount; chroot isolation and vfs storage work there. Pure.
 */
export interface BuilderHostFacts {
  /** /.dockerenv, /run/.containerenv or a `container` variable: a container, not a VM or bare host. */
  inContainer: boolean;
  /** From /proc/self/mountinfo: cgroup v2 only, v1 only, or both (hybrid). */
  cgroups: 'unified' | 'hybrid' | 'legacy' | 'unknown';
  /** CAP_SYS_ADMIN in the effective set (a privileged container has it). */
  sysAdmin: boolean;
}

export interface BuildahSettings {
  /** Variables to add to buildah's environment (empty: Buildah's defaults are fine here). */
  env: Record<string, string>;
  /** Why, in one line for the build log; undefined when nothing was changed. */
  reason?: string;
}

export function buildahSettings(facts: BuilderHostFacts, env: Readonly<Record<string, string | undefined>>): BuildahSettings {
  if (!facts.inContainer) return { env: {} };
  const why: string[] = [];
  if (facts.cgroups === 'hybrid' || facts.cgroups === 'legacy') why.push(`cgroups ${facts.cgroups === 'hybrid' ? 'in hybrid mode' : 'v1 only'}`);
  if (!facts.sysAdmin) why.push('no CAP_SYS_ADMIN');
  if (why.length === 0) return { env: {} };
  const chosen: Record<string, string> = {};
  // What the user set wins: they may know their runner better (e.g. rootless with fuse-overlayfs).
  if (!env.BUILDAH_ISOLATION) chosen.BUILDAH_ISOLATION = 'chroot';
  if (!env.STORAGE_DRIVER) chosen.STORAGE_DRIVER = 'vfs';
  if (Object.keys(chosen).length === 0) return { env: {} };
  return {
    env: chosen,
    reason: `buildah runs in a container (${why.join(', ')}): using ${Object.entries(chosen).map(([k, v]) => `${k}=${v}`).join(' ')}`,
  };
}

/** A hint for a failed buildah command whose output shows the unprivileged-container failures, else undefined. */
export function buildahFailureHint(output: readonly string[]): string | undefined {
  const text = output.join('\n');
  if (/cgroups in hybrid mode not supported|error creating cgroup|cannot set up namespace|unshare\(.*\): operation not permitted|mount .*: (permission denied|operation not permitted)|overlay.*not supported/i.test(text)) {
    return 'buildah cannot use its default isolation or storage in this container: set BUILDAH_ISOLATION=chroot and STORAGE_DRIVER=vfs in the job (or run the job privileged)';
  }
  return undefined;
}

import { describe, expect, it } from 'vitest';
import { buildahFailureHint, buildahSettings } from '../../../src/core/images/builders/buildahSettings.js';
import { cgroupLayout, hasSysAdmin } from '../../../src/core/images/builders/builderHostFacts.js';

describe('buildahSettings', () => {
  it.each([
    ['bare host', { inContainer: false, cgroups: 'hybrid', sysAdmin: true }, {}, {}],
    ['privileged container, cgroup v2', { inContainer: true, cgroups: 'unified', sysAdmin: true }, {}, {}],
    ['container with hybrid cgroups (measured: cgroups in hybrid mode not supported)', { inContainer: true, cgroups: 'hybrid', sysAdmin: true }, {}, { BUILDAH_ISOLATION: 'chroot', STORAGE_DRIVER: 'vfs' }],
    ['unprivileged Kubernetes executor pod', { inContainer: true, cgroups: 'unified', sysAdmin: false }, {}, { BUILDAH_ISOLATION: 'chroot', STORAGE_DRIVER: 'vfs' }],
    ['the user chose isolation and storage', { inContainer: true, cgroups: 'hybrid', sysAdmin: false }, { BUILDAH_ISOLATION: 'rootless', STORAGE_DRIVER: 'overlay' }, {}],
    ['the user chose only storage', { inContainer: true, cgroups: 'legacy', sysAdmin: true }, { STORAGE_DRIVER: 'overlay' }, { BUILDAH_ISOLATION: 'chroot' }],
  ] as const)('%s', (_, facts, env, expected) => {
    const settings = buildahSettings(facts, env);
    expect(settings.env).toEqual(expected);
    expect(settings.reason === undefined).toBe(Object.keys(expected).length === 0);
  });

  it('explains the unprivileged-container failures and nothing else', () => {
    expect(buildahFailureHint(['STEP 2/3: RUN echo hi', 'error running container: cgroups in hybrid mode not supported'])).toMatch(/BUILDAH_ISOLATION=chroot and STORAGE_DRIVER=vfs/);
    expect(buildahFailureHint(["Error: mount /var/lib/containers/storage/overlay: permission denied"])).toMatch(/STORAGE_DRIVER=vfs/);
    expect(buildahFailureHint(['COPY failed: file not found in build context'])).toBeUndefined();
  });
});

describe('builder host facts', () => {
  it.each([
    ['hybrid', '31 23 0:28 / /sys/fs/cgroup rw - tmpfs tmpfs rw\n32 31 0:29 / /sys/fs/cgroup/cpu rw - cgroup cgroup rw,cpu\n41 31 0:38 / /sys/fs/cgroup/unified rw - cgroup2 cgroup2 rw'],
    ['unified', '30 23 0:26 / /sys/fs/cgroup rw - cgroup2 cgroup2 rw'],
    ['legacy', '32 31 0:29 / /sys/fs/cgroup/cpu rw - cgroup cgroup rw,cpu'],
    ['unknown', ''],
  ])('cgroups %s', (expected, mountinfo) => expect(cgroupLayout(mountinfo)).toBe(expected));
  it('reads CAP_SYS_ADMIN from CapEff', () => {
    expect(hasSysAdmin('CapEff:\t000001fffeffffff\n')).toBe(true);
    expect(hasSysAdmin('CapEff:\t00000000a80425fb\n')).toBe(false);
    expect(hasSysAdmin('')).toBe(false);
  });
});

import { Option, type Command } from 'commander';
import { addGlobalMetadataFlags, addKubeFlags, addReportFlags, addValuesFlags } from '../flags.js';
import type { BundleApplyFlags, BundleCopyFlags, BundlePublishFlags, BundleRenderFlags } from '../bundleCommand.js';

const collectCommaSeparated = (v: string, p: string[]) => [...p, ...v.split(',').filter((x) => x !== '')];

/** `slipway bundle publish|apply|copy|render`: a chart and its image references as one Helm OCI artifact. */
export function registerBundle(program: Command): void {
  const bundle = program.command('bundle').description('publish a release as a Helm OCI chart with its images baked in, and deploy it later without the Git checkout');

  const publish = bundle
    .command('publish')
    .description('build the images of the commit, bake their references into the chart and push it as a Helm OCI chart')
    .option('--repo <registry/path>', 'image and bundle repository (default $SLIPWAY_REPO)')
    .option('--tag <tag>', 'bundle tag: latest or a semver version', 'latest')
    .option('--env <env>', 'bake .Values.slipway.env / .Values.werf.env')
    .option('--dev', 'read configuration and chart from the working tree instead of the commit')
    .option('--commit <rev>', 'commit to publish (default HEAD)')
    .option('--skip-build', 'never build; fail if an image is missing from the registry');
  addValuesFlags(publish);
  addGlobalMetadataFlags(publish);
  publish.action(async (flags: BundlePublishFlags) => (await import('../bundleCommand.js')).runBundlePublish(flags));

  const apply = bundle
    .command('apply')
    .description('pull a bundle, verify it and deploy it with the full deploy engine (no repository needed)')
    .requiredOption('--repo <registry/path>', 'bundle repository')
    .option('--tag <tag|constraint>', 'tag or semver constraint (^1.2, ~1.2.3, >=1 <2)', 'latest')
    .option('--digest <sha256:…>', 'refuse to deploy unless the tag points at this manifest digest')
    .requiredOption('--release <name>', 'release name')
    .option('--timeout <duration>', 'time to wait for the whole deploy', '5m')
    .option('--auto-rollback', 'roll back to the previous deployed revision when the deploy fails')
    .option('--wait-for-lock', 'wait for another deploy of this release instead of failing fast')
    .option('--history-max <n>', 'revisions kept per release (0: no limit)', '10')
    .option('--keep-failed-install', 'keep what a failed first install created (default: remove it)')
    .option('--release-storage-namespace <namespace>', 'namespace holding the release records (default: the release namespace)')
    .addOption(new Option('--release-storage-type <type>', 'release record type').choices(['secret', 'configmap']).default('secret'));
  addValuesFlags(apply);
  addKubeFlags(apply);
  addGlobalMetadataFlags(apply);
  addReportFlags(apply);
  apply.action(async (flags: BundleApplyFlags) => (await import('../bundleCommand.js')).runBundleApply(flags));

  const render = bundle
    .command('render')
    .description('print what `bundle apply` would deploy, as `render` prints it')
    .requiredOption('--repo <registry/path>', 'bundle repository, or archive:<file.tgz>')
    .option('--tag <tag|constraint>', 'tag or semver constraint', 'latest')
    .option('--digest <sha256:…>', 'refuse unless the tag points at this manifest digest')
    .option('--release <name>', 'release name', 'release-name')
    .option('-n, --namespace <namespace>', 'namespace of the release', 'default')
    .option('--kube-version <version>', 'Kubernetes version used for Capabilities.KubeVersion')
    .option('-a, --api-versions <version>', 'Kubernetes api versions used for Capabilities.APIVersions', collectCommaSeparated, [] as string[])
    .option('--include-crds', 'include CRDs in the output');
  addValuesFlags(render);
  render.action(async (flags: BundleRenderFlags) => (await import('../bundleCommand.js')).runBundleRender(flags));

  bundle
    .command('copy')
    .description('copy a bundle between registries, or to and from a .tgz archive (archive:<file>), optionally with its images')
    .requiredOption('--from <registry/path|archive:file>', 'source')
    .requiredOption('--to <registry/path|archive:file>', 'destination')
    .option('--tag <tag|constraint>', 'tag or semver constraint to copy', 'latest')
    .option('--to-tag <tag>', 'tag in the destination (default: the source tag)')
    .option('--with-images', 'copy the images the bundle refers to as well (by digest)')
    .action(async (flags: BundleCopyFlags) => (await import('../bundleCommand.js')).runBundleCopy(flags));
}

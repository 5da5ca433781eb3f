import { Option, type Command } from 'commander';
import { addKubeFlags } from '../flags.js';

function addStorageFlags(command: Command): Command {
  return addKubeFlags(command)
    .option('--release-storage-namespace <namespace>', 'namespace holding the release records (default: the release namespace)')
    .addOption(new Option('--release-storage-type <type>', 'release record type').choices(['secret', 'configmap']).default('secret'));
}

export function registerReleases(program: Command): void {
  const releases = program.command('releases').description('list and inspect Helm-compatible releases (Helm 3 and 4 see the same records)');
  addStorageFlags(releases.command('list').description('list releases (as helm list --all)'))
    .option('-A, --all-namespaces', 'list releases of every namespace')
    .addOption(new Option('-o, --output <format>', 'output format').choices(['table', 'json']).default('table'))
    .action(async (flags) => (await import('../releasesCommand.js')).listReleases(flags));
  addStorageFlags(releases.command('history <release>').description('show the revisions of a release'))
    .addOption(new Option('-o, --output <format>', 'output format').choices(['table', 'json']).default('table'))
    .action(async (release: string, flags) => (await import('../releasesCommand.js')).releaseHistory(release, flags));
  addStorageFlags(releases.command('get <release>').description('show the manifest, values, hooks and notes of a revision (Secret values redacted)'))
    .option('--revision <n>', 'revision to show (default: the latest)')
    .addOption(new Option('--show <part>', 'what to show').choices(['all', 'manifest', 'values', 'notes', 'hooks']).default('all'))
    .addOption(new Option('-o, --output <format>', 'values format').choices(['yaml', 'json']).default('yaml'))
    .action(async (release: string, flags) => (await import('../releasesCommand.js')).getRelease(release, flags));
  addStorageFlags(releases.command('rollback <release> [revision]').description('deploy an earlier revision again as a new revision (default: the previous one)'))
    .option('--timeout <duration>', 'time to wait for the rollback', '5m')
    .option('--wait-for-lock', 'wait for another deploy of this release instead of failing fast')
    .action(async (release: string, revision: string | undefined, flags) => (await import('../releasesCommand.js')).rollbackCommand(release, revision, flags));
  addStorageFlags(releases.command('migrate2to3 <release>').description("convert a Helm 2 release (Tiller's records) to Helm 3 records, as helm 2to3 convert"))
    .option('--helm2-storage-namespace <namespace>', "namespace of Tiller's records", 'kube-system')
    .option('--cleanup-helm2', "delete Tiller's records once converted (default: keep them)")
    .option('--dry-run', 'decode and convert, print the revisions, write nothing')
    .action(async (release: string, flags) => (await import('../releasesCommand.js')).migrate2to3Command(release, flags));
}

import type { Command } from 'commander';
import { addKubeFlags } from '../flags.js';
import { notAvailableYet } from '../../core/errors/notAvailableYet.js';

export function registerReleases(program: Command): void {
  const releases = program.command('releases').description('list and inspect Helm-compatible releases');
  addKubeFlags(releases.command('list').description('list releases')).action(() => notAvailableYet("'slipway releases list'", 'release storage is being built'));
  addKubeFlags(releases.command('history <release>').description('show the revisions of a release')).action(() =>
    notAvailableYet("'slipway releases history'", 'release storage is being built'),
  );
  addKubeFlags(releases.command('get <release>').description('show the manifest, values and notes of a release')).action(() =>
    notAvailableYet("'slipway releases get'", 'release storage is being built'),
  );
  addKubeFlags(releases.command('rollback <release> [revision]').description('roll back to an earlier revision')).action(() =>
    notAvailableYet("'slipway releases rollback'", 'the deploy engine is being built'),
  );
}

import { Option, type Command } from 'commander';
import { addKubeFlags, type KubeFlags } from '../flags.js';
import { parseDuration } from '../../core/duration.js';
import { requireDnsLabel } from '../../core/names.js';
import { SlipwayError } from '../../core/errors/slipwayError.js';

interface DismissFlags extends KubeFlags {
  env?: string;
  release?: string;
  withNamespace?: boolean;
  keepHistory?: boolean;
  timeout: string;
  dev?: boolean;
  waitForLock?: boolean;
  releaseStorageNamespace?: string;
  releaseStorageType: 'secret' | 'configmap';
}

export function registerDismiss(program: Command): void {
  const command = program
    .command('dismiss')
    .description('remove an environment: its release, resources and optionally its namespace')
    .option('--env <env>', 'environment name (release and namespace from slipway.yaml)')
    .option('--release <name>', 'release name (instead of --env; no checkout needed)')
    .option('--with-namespace', 'delete the namespace too and wait until it is gone')
    .option('--keep-history', 'keep the release records, marked uninstalled')
    .option('--timeout <duration>', 'time to wait for deletion', '5m')
    .option('--dev', 'read slipway.yaml from the working tree instead of the commit')
    .option('--wait-for-lock', 'wait for a running deploy of this release instead of failing fast')
    .option('--release-storage-namespace <namespace>', 'namespace holding the release records (default: the release namespace)')
    .addOption(new Option('--release-storage-type <type>', 'release record type').choices(['secret', 'configmap']).default('secret'));
  addKubeFlags(command);
  command.action(async (flags: DismissFlags) => {
    if (flags.env === undefined && flags.release === undefined) {
      throw new SlipwayError('input', 'either --env or --release is required', { where: { input: '--env' }, hint: 'name the environment (--env pr-12) or the release (--release shop-pr-12)' });
    }
    if (flags.env !== undefined) requireDnsLabel(flags.env, 'environment', { input: '--env' });
    if (flags.namespace !== undefined) requireDnsLabel(flags.namespace, 'namespace', { input: '--namespace' });
    const timeoutMs = parseDuration(flags.timeout, { input: '--timeout' });
    const { kubeTarget } = await import('../kubeTarget.js');
    const { interruptSignal } = await import('../interruptSignal.js');
    const { environmentNames } = await import('../../core/deploy/environmentNames.js');
    const { dismiss } = await import('../../core/deploy/dismiss.js');
    const { cliDeliveryReporting } = await import('../cliReporting.js');
    const { client, namespace: contextNamespace } = kubeTarget(flags);
    const interrupt = interruptSignal();
    const reporting = await cliDeliveryReporting();
    let failure: unknown;
    try {
      const names = await environmentNames(flags, contextNamespace);
      const result = await dismiss(names.release, names.namespace, {
        client,
        timeoutMs,
        keepHistory: flags.keepHistory ?? false,
        withNamespace: flags.withNamespace ?? false,
        waitForLock: flags.waitForLock ?? false,
        storageType: flags.releaseStorageType,
        ...(flags.releaseStorageNamespace ? { storageNamespace: flags.releaseStorageNamespace } : {}),
        signal: interrupt.signal,
        emit: reporting.emit,
      });
      await reporting.finish({ action: 'dismiss', command: 'slipway dismiss', ...(flags.env !== undefined ? { envName: flags.env } : {}) });
      const lines = [
        result.found ? `release ${result.release} uninstalled from ${result.namespace}: ${result.deleted} resources deleted` : `release ${result.release} not found in ${result.namespace}: nothing to uninstall`,
        ...result.kept.map((k) => `kept ${k} (helm.sh/resource-policy: keep)`),
        ...(result.namespaceDeleted ? [`namespace ${result.namespace} deleted`] : []),
      ];
      for (const line of lines) process.stdout.write(`${line}\n`);
    } catch (error) {
      failure = error;
      throw error;
    } finally {
      await reporting.finish({ action: 'dismiss', command: 'slipway dismiss', ...(flags.env !== undefined ? { envName: flags.env } : {}), ...(failure !== undefined ? { failure } : {}) });
      interrupt.dispose();
      client.close();
    }
  });
}

import { Option, type Command } from 'commander';
import type { CleanupFlags } from '../cleanupCommand.js';

function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), ...value.split(',').map((v) => v.trim()).filter((v) => v !== '')];
}

export function registerCleanup(program: Command): void {
  program
    .command('cleanup')
    .description('delete registry images that Git history and the running clusters no longer need (never one in use)')
    .option('--repo <registry/path>', 'image repository (default $SLIPWAY_REPO)')
    .option('--dry-run', 'compute and print the plan, delete nothing')
    .addOption(new Option('--kube-context <context>', 'kube context whose running images are kept (repeat for several; default: every context of the kubeconfig)').argParser(collect).default([]))
    .option('--kubeconfig <path>', 'path to the kubeconfig file (default: $KUBECONFIG or ~/.kube/config)')
    .option('--without-kube', 'do not read any cluster (images running there are then NOT protected)')
    .option('--fetch', "fetch origin's branches and tags (with pruning) before reading Git history")
    .addOption(new Option('--keep <tag|/regex/>', 'never delete these tags (repeatable)').argParser(collect).default([]))
    .option('--keep-built-within-hours <n>', 'keep images built within the last N hours (default from the config: 2; 0 disables)')
    .option('--config <file>', 'configuration file in the repository (default slipway.yaml, else werf.yaml)')
    .option('--report <file>', 'write the JSON cleanup report here')
    .option('--insecure-registry', 'use plain HTTP / skip TLS verification for the registry')
    .option('--parallel <n>', 'registry requests at once', '8')
    .option('--github-token <token>', 'for ghcr.io: delete through the GitHub Packages API (default $SLIPWAY_GITHUB_TOKEN, $GITHUB_TOKEN)')
    .action(async (flags: CleanupFlags) => {
      const { runCleanupCommand } = await import('../cleanupCommand.js');
      await runCleanupCommand(flags);
    });
}

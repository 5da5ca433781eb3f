import { Option, type Command } from 'commander';

/** Repeatable flag: every occurrence is kept, in order (Helm's StringArray). */
function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

/** Repeatable and comma-separated flag (Helm's StringSlice, as for `-f a.yaml,b.yaml`). */
function collectCommaSeparated(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), ...value.split(',').filter((v) => v !== '')];
}

export type { ValuesFlags } from '../core/chart/values/valuesFlags.js';

export interface KubeFlags {
  namespace?: string;
  kubeContext?: string;
  kubeconfig?: string;
}

/** Helm's values flags, named and repeatable exactly as in `helm install` / `helm template`. */
export function addValuesFlags(command: Command): Command {
  return command
    .addOption(new Option('-f, --values <file>', 'values file or URL (can repeat, or comma-separate)').argParser(collectCommaSeparated).default([]))
    .addOption(new Option('--set <key=value>', 'set values on the command line (can repeat: a=1,b=2)').argParser(collect).default([]))
    .addOption(new Option('--set-string <key=value>', 'set STRING values on the command line').argParser(collect).default([]))
    .addOption(new Option('--set-file <key=path>', 'set values from files on the command line').argParser(collect).default([]))
    .addOption(new Option('--set-json <key=json>', 'set JSON values on the command line').argParser(collect).default([]))
    .addOption(new Option('--set-literal <key=value>', 'set a literal STRING value on the command line').argParser(collect).default([]));
}

/** Cluster selection flags, as Helm names them. */
export function addKubeFlags(command: Command): Command {
  return command
    .option('-n, --namespace <namespace>', 'namespace scope for this request')
    .option('--kube-context <context>', 'name of the kubeconfig context to use')
    .option('--kubeconfig <path>', 'path to the kubeconfig file (default: $KUBECONFIG or ~/.kube/config)');
}

/** Global annotations and labels added to every deployed resource. */
export function addGlobalMetadataFlags(command: Command): Command {
  return command
    .addOption(new Option('--add-annotation <key=value>', 'add an annotation to every resource (can repeat)').argParser(collect).default([]))
    .addOption(new Option('--add-label <key=value>', 'add a label to every resource (can repeat)').argParser(collect).default([]));
}

/** The report files a deploying command can write besides its log (the JSON report, GitLab's report artifacts). */
export function addReportFlags(command: Command): Command {
  return command
    .option('--report-path <file>', 'write the JSON deploy report (resources, failures, logs, timings) to this file')
    .option('--annotations-path <file>', "write a GitLab annotations report (links to the environment and to each failed resource's template line)")
    .option('--code-quality-path <file>', 'write a GitLab Code Quality report: each failure at its template file and line');
}

/** Coming from werf: werf's service values, functions and secrets for a slipway.yaml project (werf.yaml projects always have them). */
export interface WerfFlags {
  werf?: boolean;
  secretValues: string[];
}

export function addWerfFlags(command: Command): Command {
  return command
    .option('--werf', "werf compatibility for a slipway.yaml project: werf's service values, werf_image, werf secrets (always on for werf.yaml)")
    .addOption(new Option('--secret-values <file>', "werf secret values file, decrypted with $WERF_SECRET_KEY (can repeat, or comma-separate)").argParser(collectCommaSeparated).default([]));
}

export { werfSecretKeyFromEnvironment } from '../ci/werfSecretKeyEnvironment.js';

/** Helm 2 releases: where Tiller kept its records, and whether to delete them once converted. */
export interface Helm2Flags {
  helm2StorageNamespace: string;
  cleanupHelm2?: boolean;
}

export function addHelm2Flags(command: Command): Command {
  return command
    .option('--helm2-storage-namespace <namespace>', "namespace of Tiller's Helm 2 release records (converted to Helm 3 when the release has no Helm 3 record)", 'kube-system')
    .option('--cleanup-helm2', "delete Tiller's records of the release once converted (default: keep them)");
}

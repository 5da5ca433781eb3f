import { existsSync } from 'node:fs';
import { KubeConfig } from '@kubernetes/client-node';
import { SlipwayError } from '../errors/slipwayError.js';
import { cliInputNames, inputLabel, type InputNames } from '../errors/inputNames.js';

/** Where the cluster credentials come from; the first that is set wins, in this order. */
export interface KubeConnectionOptions {
  /** A whole kubeconfig, base64-encoded (a CI secret such as KUBE_CONFIG_BASE64). */
  kubeconfigBase64?: string;
  /** A kubeconfig file path (`--kubeconfig`); otherwise $KUBECONFIG, ~/.kube/config, then in-cluster. */
  kubeconfigPath?: string;
  /** `--kube-context`. */
  context?: string;
  /** What errors call the edge's inputs (default: the CLI's flags). */
  inputNames?: InputNames;
}

/**
 * Loads a KubeConfig the way kubectl and Helm look for one. Errors name the flag or input to fix and
 * never echo kubeconfig contents (they hold credentials).
 */
export function loadKubeConfig(options: KubeConnectionOptions, env: NodeJS.ProcessEnv = process.env): KubeConfig {
  const config = new KubeConfig();
  const names = options.inputNames ?? cliInputNames;
  if (options.kubeconfigBase64 !== undefined && options.kubeconfigBase64.trim() !== '') {
    const text = Buffer.from(options.kubeconfigBase64.trim(), 'base64').toString('utf8');
    try {
      config.loadFromString(text);
    } catch {
      throw new SlipwayError('kube', 'the base64 kubeconfig data is not a kubeconfig', {
        where: { input: 'kubeconfig-base64' },
        hint: 'encode the whole kubeconfig file: base64 -w0 ~/.kube/config',
      });
    }
    if (config.getContexts().length === 0) {
      throw new SlipwayError('kube', 'the base64 kubeconfig data has no contexts', { where: { input: 'kubeconfig-base64' }, hint: 'encode the whole kubeconfig file: base64 -w0 ~/.kube/config' });
    }
  } else if (options.kubeconfigPath !== undefined) {
    if (!existsSync(options.kubeconfigPath)) {
      throw new SlipwayError('kube', `kubeconfig file ${options.kubeconfigPath} does not exist`, { where: { input: names.kubeconfig }, hint: 'pass an existing kubeconfig path' });
    }
    loadFile(config, options.kubeconfigPath, names.kubeconfig);
  } else if (env.KUBECONFIG) {
    const paths = env.KUBECONFIG.split(':').filter((p) => p !== '' && existsSync(p));
    if (paths.length === 0) throw new SlipwayError('kube', `no file named in $KUBECONFIG exists (${env.KUBECONFIG})`, { where: { input: 'KUBECONFIG' }, hint: 'point KUBECONFIG at your kubeconfig file' });
    loadFile(config, paths[0]!, 'KUBECONFIG');
    for (const extra of paths.slice(1)) {
      const more = new KubeConfig();
      loadFile(more, extra, 'KUBECONFIG');
      config.mergeConfig(more, true);
    }
  } else if (env.HOME && existsSync(`${env.HOME}/.kube/config`)) {
    loadFile(config, `${env.HOME}/.kube/config`, names.kubeconfig);
  } else if (env.KUBERNETES_SERVICE_HOST) {
    config.loadFromCluster();
  } else {
    throw new SlipwayError('kube', 'no Kubernetes configuration found', {
      where: { input: names.kubeconfig },
      hint: `${names.kubeconfig.startsWith('-') ? 'pass' : 'set'} ${inputLabel(names.kubeconfig)}, set $KUBECONFIG, create ~/.kube/config, or run inside a cluster`,
    });
  }
  if (options.context !== undefined) {
    if (!config.getContexts().some((c) => c.name === options.context)) {
      const known = config.getContexts().map((c) => c.name);
      throw new SlipwayError('kube', `kube context "${options.context}" does not exist in the kubeconfig`, {
        where: { input: names.kubeContext },
        hint: known.length ? `known contexts: ${known.join(', ')}` : 'the kubeconfig has no contexts',
      });
    }
    config.setCurrentContext(options.context);
  }
  if (!config.getCurrentCluster()) {
    throw new SlipwayError('kube', `the kubeconfig's current context "${config.getCurrentContext()}" names no cluster`, {
      where: { input: names.kubeContext },
      hint: `choose a context with ${inputLabel(names.kubeContext)}, or fix current-context in the kubeconfig`,
    });
  }
  return config;
}

function loadFile(config: KubeConfig, path: string, input: string): void {
  try {
    config.loadFromFile(path);
  } catch {
    throw new SlipwayError('kube', `${path} is not a valid kubeconfig`, { where: { input }, hint: 'check the file with kubectl config view' });
  }
}

/**
 * The names of the user-facing inputs a core error can point at. The core does not know whether it runs
 * under the CLI (`--timeout`) or an action (input `timeout`): each edge passes its own names, so an error
 * names the line the user has to change.
 */
export interface InputNames {
  env: string;
  release: string;
  namespace: string;
  repo: string;
  commit: string;
  timeout: string;
  builder: string;
  kubeconfig: string;
  kubeContext: string;
}

/** The CLI's flags (the default: the core is used as the CLI uses it unless told otherwise). */
export const cliInputNames: InputNames = {
  env: '--env',
  release: '--release',
  namespace: '--namespace',
  repo: '--repo',
  commit: '--commit',
  timeout: '--timeout',
  builder: '--builder',
  kubeconfig: '--kubeconfig',
  kubeContext: '--kube-context',
};

/** The inputs of the GitHub actions and GitLab templates (`with:` / `inputs:` keys). */
export const actionInputNames: InputNames = {
  env: 'env',
  release: 'release',
  namespace: 'namespace',
  repo: 'repo',
  commit: 'commit',
  timeout: 'timeout',
  builder: 'builder',
  kubeconfig: 'kubeconfig',
  kubeContext: 'kube-context',
};

/** How a hint refers to an input: the flag as typed (`--timeout`), or `input 'timeout'`. */
export function inputLabel(name: string): string {
  return name.startsWith('-') ? name : `input '${name}'`;
}

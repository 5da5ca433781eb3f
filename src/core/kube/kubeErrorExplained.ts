import { SlipwayError } from '../errors/slipwayError.js';
import { KubeApiError, KubeUnreachableError } from './kubeApiError.js';

/**
 * Turns an apiserver failure that reached the top of an operation into a SlipwayError that says what to
 * do. SlipwayErrors pass through; anything else is a bug and stays as it is.
 */
export function explainKubeError(error: unknown, what: string): unknown {
  if (error instanceof SlipwayError) return error;
  if (error instanceof KubeUnreachableError) {
    return new SlipwayError('kube', `${what}: ${error.message}`, {
      where: { input: '--kube-context' },
      hint: 'check the cluster address in the kubeconfig, the network path to it (VPN, firewall) and the chosen --kube-context',
      cause: error,
    });
  }
  if (error instanceof KubeApiError) {
    if (error.status === 401) return new SlipwayError('kube', `${what}: the cluster rejected the credentials (401 Unauthorized)`, { where: { input: '--kubeconfig' }, hint: 'refresh the token or certificate in the kubeconfig', cause: error });
    if (error.status === 403) return new SlipwayError('kube', `${what}: forbidden: ${error.message}`, { hint: 'grant the deploying identity the RBAC permission named above', cause: error });
    return new SlipwayError('kube', `${what}: the Kubernetes API answered ${error.status} ${error.reason}: ${error.message}`, { hint: 'see the API message above', cause: error });
  }
  return error;
}

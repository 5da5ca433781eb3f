import { SlipwayError, type ErrorLocation } from './errors/slipwayError.js';

/** An RFC 1123 DNS label: what Kubernetes requires of namespaces and what slipway requires of env names. */
const dnsLabel = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

export function isDnsLabel(name: string): boolean {
  return name.length <= 63 && dnsLabel.test(name);
}

/** Rejects a name that is not a DNS label, naming where it came from. */
export function requireDnsLabel(name: string, what: string, where: ErrorLocation): string {
  if (!isDnsLabel(name)) {
    throw new SlipwayError('input', `${what} "${name}" is not a valid name`, {
      where,
      hint: 'use at most 63 lowercase letters, digits and "-", starting and ending with a letter or digit',
    });
  }
  return name;
}

import { load } from 'js-yaml';

/**
 * The strings of a kubeconfig that must never appear in a log: every user's token, password, client key
 * and certificate (the *-data fields as given and decoded, line by line: a runner masks a secret one line
 * at a time, so a PEM masked whole would still print), auth-provider tokens and exec credentials' env
 * values. Pure; unparseable text gives its own lines, so nothing slips through on a typo.
 */
export function kubeconfigSecrets(text: string): string[] {
  let doc: unknown;
  try {
    doc = load(text);
  } catch {
    return secretLines(text);
  }
  const secrets: string[] = [];
  const users = (doc as { users?: Array<{ user?: Record<string, unknown> }> } | null)?.users;
  const clusters = (doc as { clusters?: Array<{ cluster?: Record<string, unknown> }> } | null)?.clusters;
  for (const entry of Array.isArray(users) ? users : []) {
    const user = entry?.user ?? {};
    for (const key of ['token', 'password']) if (typeof user[key] === 'string') secrets.push(...secretLines(user[key] as string));
    for (const key of ['client-key-data', 'client-certificate-data']) {
      if (typeof user[key] === 'string') secrets.push(...secretLines(user[key] as string), ...secretLines(Buffer.from(user[key] as string, 'base64').toString('utf8')));
    }
    const provider = (user['auth-provider'] as { config?: Record<string, unknown> } | undefined)?.config ?? {};
    for (const key of ['id-token', 'refresh-token', 'access-token', 'client-secret']) if (typeof provider[key] === 'string') secrets.push(...secretLines(provider[key] as string));
    const execEnv = (user.exec as { env?: Array<{ value?: unknown }> } | undefined)?.env;
    for (const variable of Array.isArray(execEnv) ? execEnv : []) if (typeof variable?.value === 'string') secrets.push(...secretLines(variable.value));
  }
  for (const entry of Array.isArray(clusters) ? clusters : []) {
    const data = entry?.cluster?.['certificate-authority-data'];
    if (typeof data === 'string') secrets.push(...secretLines(data), ...secretLines(Buffer.from(data, 'base64').toString('utf8')));
  }
  return [...new Set(secrets)];
}

/**
 * The lines of a secret worth masking: PEM armour lines and very short lines are common text, and a
 * mask on them would blank unrelated log lines without protecting anything.
 */
export function secretLines(value: string): string[] {
  const lines = value.split(/\r?\n/).map((line) => line.trim());
  return lines.filter((line) => line.length >= 4 && !/^-----(BEGIN|END) [A-Z0-9 ]+-----$/.test(line));
}

export type KubeconfigInput = { kind: 'path'; path: string } | { kind: 'content'; text: string } | { kind: 'invalid' };

/**
 * What a `kubeconfig` input holds: a file path, base64 of a kubeconfig (a repository secret), or the
 * kubeconfig YAML itself. Pure (the caller says whether the value names an existing file).
 */
export function classifyKubeconfigInput(value: string, isFile: (path: string) => boolean): KubeconfigInput {
  const trimmed = value.trim();
  if (!trimmed.includes('\n') && isFile(trimmed)) return { kind: 'path', path: trimmed };
  if (looksLikeKubeconfig(trimmed)) return { kind: 'content', text: trimmed };
  if (/^[A-Za-z0-9+/=\s]+$/.test(trimmed)) {
    const decoded = Buffer.from(trimmed.replace(/\s+/g, ''), 'base64').toString('utf8');
    if (looksLikeKubeconfig(decoded)) return { kind: 'content', text: decoded };
  }
  return { kind: 'invalid' };
}

function looksLikeKubeconfig(text: string): boolean {
  return /^(apiVersion|kind|clusters|contexts|users|current-context)\s*:/m.test(text);
}

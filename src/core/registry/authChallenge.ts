/** A parsed `WWW-Authenticate` challenge. */
export interface AuthChallenge {
  scheme: 'basic' | 'bearer' | 'other';
  params: Record<string, string>;
}

/**
 * Parses `Bearer realm="https://auth/token",service="registry",scope="repository:a:pull"` (or Basic).
 * Quoted values may contain commas. Pure.
 */
export function parseAuthChallenge(header: string | null): AuthChallenge | undefined {
  if (!header) return undefined;
  const match = /^\s*([A-Za-z]+)\s*(.*)$/s.exec(header);
  if (!match) return undefined;
  const schemeName = match[1]!.toLowerCase();
  const params: Record<string, string> = {};
  const param = /([A-Za-z_]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^,\s]*))\s*,?\s*/g;
  for (let m = param.exec(match[2]!); m; m = param.exec(match[2]!)) {
    params[m[1]!.toLowerCase()] = m[2] !== undefined ? m[2].replace(/\\(.)/g, '$1') : m[3]!;
  }
  return { scheme: schemeName === 'basic' ? 'basic' : schemeName === 'bearer' ? 'bearer' : 'other', params };
}

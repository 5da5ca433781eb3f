/**
 * The outputs of a command as a dotenv file in the form GitLab's `artifacts:reports:dotenv` accepts
 * (KEY=value lines, one line each, no quoting; GitLab drops a file with a multi-line value). Pure.
 */
export function dotenvText(values: Readonly<Record<string, string | number | undefined>>): string {
  const lines: string[] = [];
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined) continue;
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(key)) throw new Error(`dotenv key "${key}" is not a variable name`);
    const text = String(value);
    if (/[\r\n]/.test(text)) throw new Error(`dotenv value of ${key} spans lines`);
    lines.push(`${key}=${text}`);
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

/** The converge outputs every CI reads, under the names the GitLab templates use (environment:url: $SLIPWAY_ENVIRONMENT_URL). */
export function convergeDotenv(outputs: { release: string; namespace: string; revision?: number; status: string; url?: string }): string {
  return dotenvText({
    SLIPWAY_RELEASE: outputs.release,
    SLIPWAY_NAMESPACE: outputs.namespace,
    SLIPWAY_REVISION: outputs.revision,
    SLIPWAY_STATUS: outputs.status,
    SLIPWAY_ENVIRONMENT_URL: outputs.url,
  });
}

/**
 * GitHub Actions workflow commands (`::error file=…,line=…,title=…::message`), escaped as the runner
 * unescapes them (actions/toolkit's command.ts: `%`, CR and LF in data; also `:` and `,` in properties).
 */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function workflowCommand(command: string, properties: Record<string, string | number | undefined>, message: string): string {
  const props = Object.entries(properties)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined && entry[1] !== '')
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(',');
  return `::${command}${props ? ` ${props}` : ''}::${escapeData(message)}`;
}

/**
 * A line the runner must not read as a command: pod logs and build output are printed through this, so a
 * container printing `::add-mask::` or `::stop-commands::` cannot steer the job.
 */
export function inertLine(line: string): string {
  return /^\s*::/.test(line) ? line.replace('::', ':\u200b:') : line;
}

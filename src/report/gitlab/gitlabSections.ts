/**
 * GitLab CI's collapsible log sections: `section_start:<unix>:<name>[collapsed=true]` and
 * `section_end:<unix>:<name>` after an erase-line escape, as GitLab's log parser reads them (the job log shows
 * the header, a fold and the section's duration from the two timestamps).
 */
export function sectionName(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9_.-]+/g, '_').replace(/^_+|_+$/g, '') || 'section';
}

export function sectionStart(name: string, header: string, atMs: number, collapsed: boolean): string {
  return `\x1b[0Ksection_start:${Math.floor(atMs / 1000)}:${sectionName(name)}${collapsed ? '[collapsed=true]' : ''}\r\x1b[0K${header.replace(/[\r\n]+/g, ' ')}`;
}

export function sectionEnd(name: string, atMs: number): string {
  return `\x1b[0Ksection_end:${Math.floor(atMs / 1000)}:${sectionName(name)}\r\x1b[0K`;
}

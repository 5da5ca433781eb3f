/**
 * A small synchronous reader of tar streams already in memory (chart archives are at most 100 MiB, read
 * whole): ustar and old-GNU headers, the ustar name prefix, PAX extended headers (`path`, `size`) and GNU
 * long names. Directories, links and devices are reported with their type so callers can skip them.
 */
export interface TarEntry {
  name: string;
  /** '0' regular file, '5' directory, 'x'/'g' already applied, others as in the header. */
  type: string;
  data: Uint8Array;
}

export class TarError extends Error {}

const decoder = new TextDecoder('utf-8');

function cString(buf: Uint8Array, start: number, len: number): string {
  let end = start;
  while (end < start + len && buf[end] !== 0) end++;
  return decoder.decode(buf.subarray(start, end));
}

function octal(buf: Uint8Array, start: number, len: number): number {
  // GNU base-256 encoding for large sizes.
  if ((buf[start]! & 0x80) !== 0) {
    let n = buf[start]! & 0x7f;
    for (let i = start + 1; i < start + len; i++) n = n * 256 + buf[i]!;
    return n;
  }
  const s = cString(buf, start, len).trim();
  if (s === '') return 0;
  if (!/^[0-7]+$/.test(s)) throw new TarError(`archive/tar: invalid tar header`);
  return parseInt(s, 8);
}

function isZeroBlock(buf: Uint8Array, at: number): boolean {
  for (let i = at; i < at + 512; i++) if (buf[i] !== 0) return false;
  return true;
}

function checksumOk(buf: Uint8Array, at: number): boolean {
  const stored = octal(buf, at + 148, 8);
  let sum = 0;
  for (let i = 0; i < 512; i++) sum += i >= 148 && i < 156 ? 0x20 : buf[at + i]!;
  return sum === stored;
}

function parsePax(data: Uint8Array): Map<string, string> {
  const out = new Map<string, string>();
  const text = decoder.decode(data);
  let i = 0;
  while (i < text.length) {
    const space = text.indexOf(' ', i);
    if (space < 0) break;
    const len = parseInt(text.slice(i, space), 10);
    if (!(len > 0)) throw new TarError('archive/tar: invalid tar header');
    // Lengths count bytes; records are ASCII in practice, and the record ends with a newline.
    const record = decoder.decode(new TextEncoder().encode(text.slice(i)).subarray(0, len));
    const body = record.slice(space - i + 1, record.endsWith('\n') ? -1 : undefined);
    const eq = body.indexOf('=');
    if (eq > 0) out.set(body.slice(0, eq), body.slice(eq + 1));
    i += record.length;
  }
  return out;
}

export function readTarEntries(tar: Uint8Array): TarEntry[] {
  const entries: TarEntry[] = [];
  let at = 0;
  let paxPath: string | undefined;
  let paxSize: number | undefined;
  let longName: string | undefined;
  while (at + 512 <= tar.length) {
    if (isZeroBlock(tar, at)) break;
    if (!checksumOk(tar, at)) throw new TarError('archive/tar: invalid tar header');
    const type = String.fromCharCode(tar[at + 156]! || 0x30);
    let size = octal(tar, at + 124, 12);
    if (paxSize !== undefined && type !== 'x' && type !== 'g') size = paxSize;
    const magic = cString(tar, at + 257, 6);
    let name = cString(tar, at, 100);
    if (magic === 'ustar') {
      const prefix = cString(tar, at + 345, 155);
      if (prefix !== '') name = `${prefix}/${name}`;
    }
    const dataStart = at + 512;
    if (dataStart + size > tar.length) throw new TarError('unexpected EOF');
    const data = tar.subarray(dataStart, dataStart + size);
    at = dataStart + Math.ceil(size / 512) * 512;
    if (type === 'x') {
      const pax = parsePax(data);
      paxPath = pax.get('path');
      const s = pax.get('size');
      paxSize = s === undefined ? undefined : Number(s);
      continue;
    }
    if (type === 'g') continue;
    if (type === 'L') {
      longName = cString(data, 0, data.length);
      continue;
    }
    if (paxPath !== undefined) name = paxPath;
    else if (longName !== undefined) name = longName;
    paxPath = paxSize = longName = undefined;
    entries.push({ name, type: type === '\0' || type === '7' ? '0' : type, data });
  }
  return entries;
}

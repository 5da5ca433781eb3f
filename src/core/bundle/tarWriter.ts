/**
 * Writes a tar stream of regular files with fixed headers (mode 0644, uid/gid 0, no user or group
 * names, one given mtime), so the same files always give the same bytes. Names that do not fit the
 * ustar name/prefix fields get a PAX `path` record, which Helm's loader and GNU tar read.
 */
export interface TarFile {
  name: string;
  data: Uint8Array;
}

const BLOCK = 512;

function writeString(block: Buffer, offset: number, length: number, text: string): void {
  block.write(text, offset, Math.min(length, Buffer.byteLength(text)), 'utf8');
}

function writeOctal(block: Buffer, offset: number, length: number, value: number): void {
  // length-1 octal digits and a NUL, as Go's archive/tar writes numeric fields.
  writeString(block, offset, length, `${value.toString(8).padStart(length - 1, '0')}\0`);
}

function header(name: string, prefix: string, size: number, mtime: number, type: string): Buffer {
  const block = Buffer.alloc(BLOCK);
  writeString(block, 0, 100, name);
  writeOctal(block, 100, 8, 0o644);
  writeOctal(block, 108, 8, 0);
  writeOctal(block, 116, 8, 0);
  writeOctal(block, 124, 12, size);
  writeOctal(block, 136, 12, mtime);
  block.fill(0x20, 148, 156);
  writeString(block, 156, 1, type);
  writeString(block, 257, 6, 'ustar\0');
  writeString(block, 263, 2, '00');
  writeString(block, 345, 155, prefix);
  let sum = 0;
  for (const byte of block) sum += byte;
  writeString(block, 148, 8, `${sum.toString(8).padStart(6, '0')}\0 `);
  return block;
}

/** Splits a name into ustar prefix and name fields, or undefined when it needs a PAX record. */
function ustarName(name: string): { name: string; prefix: string } | undefined {
  const bytes = Buffer.byteLength(name);
  if (bytes <= 100) return { name, prefix: '' };
  for (let i = name.indexOf('/'); i >= 0; i = name.indexOf('/', i + 1)) {
    const prefix = name.slice(0, i);
    const rest = name.slice(i + 1);
    if (Buffer.byteLength(prefix) <= 155 && Buffer.byteLength(rest) <= 100 && rest !== '') return { name: rest, prefix };
  }
  return undefined;
}

/** One PAX record: "<length> path=<name>\n", the length counting itself. */
function paxRecord(key: string, value: string): Buffer {
  const body = ` ${key}=${value}\n`;
  let length = Buffer.byteLength(body) + 1;
  while (String(length).length + Buffer.byteLength(body) !== length) length = String(length).length + Buffer.byteLength(body);
  return Buffer.from(`${length}${body}`, 'utf8');
}

const padding = (size: number): Buffer => Buffer.alloc((BLOCK - (size % BLOCK)) % BLOCK);

/** The tar stream of `files` in the given order, ended by two zero blocks. */
export function writeTar(files: readonly TarFile[], mtimeSeconds: number): Buffer {
  const parts: Buffer[] = [];
  for (const file of files) {
    let fields = ustarName(file.name);
    if (!fields) {
      const record = paxRecord('path', file.name);
      parts.push(header('PaxHeaders/' + file.name.slice(-80).replace(/^\/+/, ''), '', record.length, mtimeSeconds, 'x'), record, padding(record.length));
      fields = { name: file.name.slice(0, 100), prefix: '' };
    }
    parts.push(header(fields.name, fields.prefix, file.data.length, mtimeSeconds, '0'), Buffer.from(file.data.buffer, file.data.byteOffset, file.data.byteLength), padding(file.data.length));
  }
  parts.push(Buffer.alloc(BLOCK * 2));
  return Buffer.concat(parts);
}

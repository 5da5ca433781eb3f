/** Go strings are bytes; slipway's are Unicode. The bridge for bytes that are not valid UTF-8. */

/**
 * Bytes to a JS string. Valid UTF-8 decodes as usual; each byte of an invalid sequence becomes U+FFFD,
 * which is what Go's encoders (JSON, and so YAML) write for a string holding invalid UTF-8.
 */
export function decodeGoBytes(b: Uint8Array): string {
  const s = Buffer.from(b).toString('utf8');
  if (!s.includes('\ufffd')) return s;
  let out = '';
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    const need = c < 0x80 ? 1 : c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
    if (need === 0 || i + need > b.length) {
      out += '\ufffd';
      i++;
      continue;
    }
    const chunk = Buffer.from(b.subarray(i, i + need)).toString('utf8');
    if (!Buffer.from(chunk, 'utf8').equals(b.subarray(i, i + need))) {
      out += '\ufffd';
      i++;
      continue;
    }
    out += chunk;
    i += need;
  }
  return out;
}

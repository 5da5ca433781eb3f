/**
 * The input checks of libyaml's reader (go-yaml's readerc.go), which every YAML Helm parses goes through before
 * any syntax: the bytes must be UTF-8 and every character printable. Its errors carry no line (`yaml: control
 * characters are not allowed`). js-yaml words these differently or, for bytes that are not UTF-8, cannot see
 * them at all (slipway keeps such bytes as described in template/goBytes.ts).
 */
import { goStringBytes } from '../template/goBytes.js';

/** Characters outside libyaml's printable set, and kept bytes of invalid UTF-8 (lone surrogates). */
const SUSPECT = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff]/;

/** libyaml's reader problem for a Go string, or undefined when the reader accepts it. */
export function yamlReaderProblem(text: string): string | undefined {
  if (!SUSPECT.test(text)) return undefined;
  const b = goStringBytes(text);
  // A UTF-8 byte order mark starts the stream without being part of it.
  let i = b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? 3 : 0;
  while (i < b.length) {
    const lead = b[i]!;
    const width = (lead & 0x80) === 0 ? 1 : (lead & 0xe0) === 0xc0 ? 2 : (lead & 0xf0) === 0xe0 ? 3 : (lead & 0xf8) === 0xf0 ? 4 : 0;
    if (width === 0) return 'invalid leading UTF-8 octet';
    if (i + width > b.length) return 'incomplete UTF-8 octet sequence';
    let value = width === 1 ? lead & 0x7f : width === 2 ? lead & 0x1f : width === 3 ? lead & 0x0f : lead & 0x07;
    for (let k = 1; k < width; k++) {
      const octet = b[i + k]!;
      if ((octet & 0xc0) !== 0x80) return 'invalid trailing UTF-8 octet';
      value = (value << 6) + (octet & 0x3f);
    }
    if (!(width === 1 || (width === 2 && value >= 0x80) || (width === 3 && value >= 0x800) || (width === 4 && value >= 0x10000))) {
      return 'invalid length of a UTF-8 sequence';
    }
    if ((value >= 0xd800 && value <= 0xdfff) || value > 0x10ffff) return 'invalid Unicode character';
    const printable =
      value === 0x09 ||
      value === 0x0a ||
      value === 0x0d ||
      (value >= 0x20 && value <= 0x7e) ||
      value === 0x85 ||
      (value >= 0xa0 && value <= 0xd7ff) ||
      (value >= 0xe000 && value <= 0xfffd) ||
      (value >= 0x10000 && value <= 0x10ffff);
    if (!printable) return 'control characters are not allowed';
    i += width;
  }
  return undefined;
}

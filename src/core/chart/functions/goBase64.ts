/** encoding/base64.StdEncoding.DecodeString: Go's quantum-by-quantum decoding and its CorruptInputError offsets. */
import { GoError } from '../template/goErrors.js';
import { goStringBytes } from '../template/goBytes.js';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DECODE = new Map([...ALPHABET].map((c, i) => [c.charCodeAt(0), i]));

/** The decoded bytes, or the input offset Go reports as illegal. */
export function decodeBase64Std(text: string): Buffer | number {
  const src = goStringBytes(text);
  const out: number[] = [];
  const isNewline = (b: number | undefined) => b === 0x0a || b === 0x0d;
  let si = 0;
  while (si < src.length) {
    const dbuf = [0, 0, 0, 0];
    let dlen = 4;
    for (let j = 0; j < 4; j++) {
      if (si === src.length) {
        if (j === 0) return Buffer.from(out);
        return si - j;
      }
      const c = src[si++]!;
      const v = DECODE.get(c);
      if (v !== undefined) {
        dbuf[j] = v;
        continue;
      }
      if (isNewline(c)) {
        j--;
        continue;
      }
      if (c !== 0x3d || j < 2) return si - 1;
      if (j === 2) {
        while (si < src.length && isNewline(src[si])) si++;
        if (si === src.length) return src.length;
        if (src[si] !== 0x3d) return si - 1;
        si++;
      }
      while (si < src.length && isNewline(src[si])) si++;
      if (si < src.length) return si;
      dlen = j;
      break;
    }
    const n = (dbuf[0]! << 18) | (dbuf[1]! << 12) | (dbuf[2]! << 6) | dbuf[3]!;
    const bytes = [(n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff];
    out.push(...bytes.slice(0, dlen - 1));
    if (dlen < 4) return Buffer.from(out);
  }
  return Buffer.from(out);
}

/** Decodes or throws Go's `illegal base64 data at input byte N`. */
export function decodeBase64OrThrow(text: string): Buffer {
  const r = decodeBase64Std(text);
  if (typeof r === 'number') throw new GoError(`illegal base64 data at input byte ${r}`);
  return r;
}

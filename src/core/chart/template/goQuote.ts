/** strconv.Quote / QuoteRune and unicode.IsPrint as Go defines them. */
import { decodeGoBytes, rawByteOf } from './goBytes.js';

const PRINTABLE = /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u;

export function isGoPrint(cp: number): boolean {
  if (cp < 0x20 || cp === 0x7f) return false;
  if (cp < 0x7f) return true;
  return PRINTABLE.test(String.fromCodePoint(cp));
}

function escapeRune(cp: number, quote: number, out: string[]): void {
  if (cp === quote || cp === 0x5c) {
    out.push('\\', String.fromCodePoint(cp));
    return;
  }
  if (isGoPrint(cp)) {
    out.push(String.fromCodePoint(cp));
    return;
  }
  switch (cp) {
    case 7:
      out.push('\\a');
      return;
    case 8:
      out.push('\\b');
      return;
    case 12:
      out.push('\\f');
      return;
    case 10:
      out.push('\\n');
      return;
    case 13:
      out.push('\\r');
      return;
    case 9:
      out.push('\\t');
      return;
    case 11:
      out.push('\\v');
      return;
  }
  if (cp < 0x20 || cp === 0x7f) out.push('\\x' + cp.toString(16).padStart(2, '0'));
  else if (rawByteOf(cp) >= 0) out.push('\\x' + rawByteOf(cp).toString(16).padStart(2, '0'));
  else if (cp >= 0xd800 && cp <= 0xdfff) out.push('\\ufffd');
  else if (cp < 0x10000) out.push('\\u' + cp.toString(16).padStart(4, '0'));
  else out.push('\\U' + cp.toString(16).padStart(8, '0'));
}

/** strconv.Quote. */
export function goQuote(s: string): string {
  // Fast path: plain printable ASCII without quotes or backslashes.
  if (/^[\x20-\x21\x23-\x5b\x5d-\x7e]*$/.test(s)) return '"' + s + '"';
  const out: string[] = ['"'];
  for (const ch of s) escapeRune(ch.codePointAt(0)!, 0x22, out);
  out.push('"');
  return out.join('');
}

/** strconv.QuoteToASCII. */
export function goQuoteASCII(s: string): string {
  const out: string[] = ['"'];
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80 || rawByteOf(cp) >= 0) escapeRune(cp, 0x22, out);
    else if (cp < 0x10000) out.push('\\u' + cp.toString(16).padStart(4, '0'));
    else out.push('\\U' + cp.toString(16).padStart(8, '0'));
  }
  out.push('"');
  return out.join('');
}

/** strconv.QuoteRune. */
export function goQuoteRune(cp: number): string {
  if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff) || cp < 0) cp = 0xfffd;
  const out: string[] = ["'"];
  escapeRune(cp, 0x27, out);
  out.push("'");
  return out.join('');
}

/** strconv.Unquote for the literal forms the template lexer produces ("…", `…`, '…'). */
export function goUnquote(text: string): string {
  const q = text[0];
  if (q === '`') {
    if (text.length < 2 || text[text.length - 1] !== '`') throw new Error('invalid syntax');
    return text.slice(1, -1).replace(/\r/g, '');
  }
  if (text.length < 2 || text[text.length - 1] !== q) throw new Error('invalid syntax');
  const body = text.slice(1, -1);
  if (!body.includes('\\')) {
    if (q === "'" && [...body].length !== 1) throw new Error('invalid syntax');
    return body;
  }
  let out = '';
  let i = 0;
  let runes = 0;
  const bytes: number[] = [];
  const flushBytes = () => {
    if (bytes.length) {
      out += decodeGoBytes(Uint8Array.from(bytes));
      bytes.length = 0;
    }
  };
  while (i < body.length) {
    const c = body[i]!;
    runes++;
    if (c !== '\\') {
      flushBytes();
      if (c === q && q === "'") throw new Error('invalid syntax');
      const cp = body.codePointAt(i)!;
      out += String.fromCodePoint(cp);
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    const e = body[i + 1];
    i += 2;
    const simple: Record<string, string> = { a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\' };
    if (e !== undefined && simple[e] !== undefined) {
      flushBytes();
      out += simple[e];
      continue;
    }
    if (e === q) {
      flushBytes();
      out += q;
      continue;
    }
    if (e === 'x' || e === 'u' || e === 'U') {
      const n = e === 'x' ? 2 : e === 'u' ? 4 : 8;
      const hex = body.slice(i, i + n);
      if (hex.length !== n || !/^[0-9a-fA-F]+$/.test(hex)) throw new Error('invalid syntax');
      i += n;
      const v = parseInt(hex, 16);
      if (e === 'x') {
        if (q === "'") {
          flushBytes();
          out += String.fromCodePoint(v);
        } else bytes.push(v);
      } else {
        if (v > 0x10ffff || (v >= 0xd800 && v < 0xe000)) throw new Error('invalid syntax');
        flushBytes();
        out += String.fromCodePoint(v);
      }
      continue;
    }
    if (e !== undefined && e >= '0' && e <= '7') {
      const oct = body.slice(i - 1, i + 2);
      if (!/^[0-7]{3}$/.test(oct)) throw new Error('invalid syntax');
      i += 2;
      const v = parseInt(oct, 8);
      if (v > 255) throw new Error('invalid syntax');
      if (q === "'") {
        flushBytes();
        out += String.fromCodePoint(v);
      } else bytes.push(v);
      continue;
    }
    throw new Error('invalid syntax');
  }
  flushBytes();
  if (q === "'" && runes !== 1) throw new Error('invalid syntax');
  return out;
}

import { describe, expect, it } from 'vitest';
import { decodeGoBytes, goRuneText, goStringByteLength, goStringBytes, holdsRawBytes } from '../../../../src/core/chart/template/goBytes.js';

const bytes = (...b: number[]) => Uint8Array.from(b);

describe('Go strings holding bytes that are not UTF-8', () => {
  // Each row: input bytes, how many bytes are kept as raw bytes (Go's utf8.DecodeRune gives RuneError of size 1 for each).
  const cases: [string, Uint8Array, number][] = [
    ['ASCII', bytes(0x61, 0x62), 0],
    ['two- three- and four-byte characters', Buffer.from('é€😀'), 0],
    ['a lone continuation byte', bytes(0x61, 0x80, 0x62), 1],
    ['0xff', bytes(0xff), 1],
    ['a three-byte sequence cut short (each byte on its own, as Go)', bytes(0xe2, 0x82, 0x20), 2],
    ['an overlong two-byte form', bytes(0xc0, 0xaf), 2],
    ['an overlong three-byte form', bytes(0xe0, 0x80, 0xaf), 3],
    ['an encoded surrogate', bytes(0xed, 0xa0, 0x80), 3],
    ['beyond U+10FFFF', bytes(0xf4, 0x90, 0x80, 0x80), 4],
    ['a valid sequence right after an invalid lead', bytes(0xe2, 0xc3, 0xa9), 1],
    ['a sequence at the very end', bytes(0x61, 0xf0, 0x9f, 0x98), 3],
  ];
  it.each(cases)('%s: decoded and encoded back to the same bytes', (_name, input, kept) => {
    const s = decodeGoBytes(input);
    expect(goStringBytes(s)).toEqual(Buffer.from(input));
    expect(goStringByteLength(s)).toBe(input.length);
    expect(holdsRawBytes(s)).toBe(kept > 0);
    expect([...goRuneText(s)].filter((c) => c === '\ufffd')).toHaveLength(kept);
  });

  it('leaves text with real surrogate pairs and U+FFFD alone', () => {
    const s = 'a\ufffd😀\udcff';
    expect(holdsRawBytes('a\ufffd😀')).toBe(false);
    // A lone U+DCFF is a kept byte 0xff; the pair of 😀 (whose low half is U+DE00) is text.
    expect(goStringBytes(s)).toEqual(Buffer.concat([Buffer.from('a\ufffd😀'), bytes(0xff)]));
    expect(goRuneText(s)).toBe('a\ufffd😀\ufffd');
  });

  it('decodes a subarray at an offset of a larger buffer', () => {
    const whole = Buffer.from([0x78, 0x61, 0xff, 0x62, 0x79]);
    expect(goStringBytes(decodeGoBytes(whole.subarray(1, 4)))).toEqual(Buffer.from([0x61, 0xff, 0x62]));
  });
});

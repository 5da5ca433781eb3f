/**
 * sha1sum / sha256sum / sha512sum: pure-JS digests below 256 KiB, node:crypto from there on; both give what
 * Go's crypto gives for the string's bytes (raw bytes a template kept from invalid UTF-8 included).
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { encodingFunctions } from '../../../../src/core/chart/functions/encoding.js';
import { goStringBytes, decodeGoBytes } from '../../../../src/core/chart/template/goBytes.js';

const call = (name: string, text: string) => encodingFunctions[name]!.call(undefined as never, [text]) as string;

describe('digest functions', () => {
  const texts = [
    '',
    'abc',
    'a'.repeat(55),
    'a'.repeat(56),
    'a'.repeat(64),
    'café ☕ 𝄞',
    decodeGoBytes(new Uint8Array([0xff, 0x00, 0xc3, 0x28, 0x41])),
    'x'.repeat(256 * 1024 - 1),
    'y'.repeat(256 * 1024),
    'z'.repeat(300 * 1024 + 7),
  ];
  for (const [name, algorithm] of [
    ['sha1sum', 'sha1'],
    ['sha256sum', 'sha256'],
    ['sha512sum', 'sha512'],
  ] as const) {
    it(`${name} equals node:crypto's ${algorithm} of the Go bytes, on both sides of 256 KiB`, () => {
      for (const text of texts) expect(call(name, text), `${name} of ${text.length} chars`).toBe(createHash(algorithm).update(goStringBytes(text)).digest('hex'));
    });
  }
});

/** Sprig's encodings and digests, and the JSON functions of Sprig and Helm (Helm's error-swallowing forms). */
import { sha1 } from '@noble/hashes/legacy.js';
import { sha256, sha512 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { GoError } from '../template/goErrors.js';
import type { GoFunc } from '../template/funcTypes.js';
import { PartialJSONError, marshalJSON, unmarshalJSON, unmarshalJSONInto } from './goJson.js';
import { def } from './define.js';
import { decodeGoBytes, goStringBytes } from '../template/goBytes.js';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** Go's base64.StdEncoding / base32.StdEncoding DecodeString: strict padding, newlines ignored, error byte offsets. */
function decodeStrict(s: string, alphabet: string, bitsPerChar: number): Buffer {
  const bytes = goStringBytes(s);
  const quantum = bitsPerChar === 6 ? 4 : 8;
  const out: number[] = [];
  let bits = 0;
  let acc = 0;
  let seen: number[] = []; // input offsets of the current quantum's characters
  let padStart = -1;
  let i = 0;
  const corrupt = (at: number): never => {
    throw new GoError(`illegal ${bitsPerChar === 6 ? 'base64' : 'base32'} data at input byte ${at}`);
  };
  for (; i < bytes.length; i++) {
    const c = bytes[i]!;
    if (c === 0x0a || c === 0x0d) continue;
    if (c === 0x3d) {
      if (seen.length < 2 && bitsPerChar === 6) corrupt(i);
      padStart = i;
      break;
    }
    const v = alphabet.indexOf(String.fromCharCode(c));
    if (v < 0) corrupt(i);
    seen.push(i);
    acc = (acc << bitsPerChar) | v;
    bits += bitsPerChar;
    if (bits >= 8) {
      bits -= 8;
      out.push((acc >> bits) & 0xff);
    }
    if (seen.length === quantum) {
      seen = [];
      bits = 0;
      acc = 0;
    }
  }
  if (padStart >= 0) {
    // the rest of the quantum must be '=' (newlines allowed), then nothing but newlines
    let need = quantum - seen.length;
    let j = padStart;
    while (need > 0) {
      if (j >= bytes.length) corrupt(bytes.length);
      const c = bytes[j]!;
      if (c === 0x0a || c === 0x0d) {
        j++;
        continue;
      }
      if (c !== 0x3d) corrupt(padStart);
      need--;
      j++;
    }
    for (; j < bytes.length; j++) if (bytes[j] !== 0x0a && bytes[j] !== 0x0d) corrupt(j);
    if (bitsPerChar === 5 && ![2, 4, 5, 7].includes(seen.length)) corrupt(padStart);
  } else if (seen.length > 0) {
    corrupt(bytes.length - (bytes.length - (seen[0] ?? bytes.length)) + 0 === seen[0] ? seen[0]! : seen[0]!);
  }
  return Buffer.from(out);
}

function b64dec(s: string): string {
  try {
    return decodeGoBytes(decodeStrict(s, B64, 6));
  } catch (e) {
    return (e as Error).message;
  }
}

function b32enc(s: string): string {
  const b = goStringBytes(s);
  let out = '';
  let bits = 0;
  let acc = 0;
  for (const x of b) {
    acc = (acc << 8) | x;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += B32[(acc >> bits) & 31];
    }
    acc &= (1 << bits) - 1;
  }
  if (bits > 0) out += B32[(acc << (5 - bits)) & 31];
  while (out.length % 8 !== 0) out += '=';
  return out;
}

function b32dec(s: string): string {
  try {
    return decodeGoBytes(decodeStrict(s, B32, 5));
  } catch (e) {
    return (e as Error).message;
  }
}

function adler32(s: string): bigint {
  let a = 1;
  let b = 0;
  for (const x of goStringBytes(s)) {
    a = (a + x) % 65521;
    b = (b + a) % 65521;
  }
  return BigInt((b << 16) | a) & 0xffffffffn;
}

// Pure-JS digests (@noble/hashes) for what charts usually hash (a rendered config for a checksum annotation):
// loading node:crypto costs 5–9 ms on Node 24. From 256 KiB on (noble: about 17 ms a MiB) native is cheaper.
const NATIVE_FROM = 256 * 1024;
const hash = (digest: (bytes: Uint8Array) => Uint8Array, algorithm: string) => (s: string) => {
  const bytes = goStringBytes(s);
  if (bytes.length >= NATIVE_FROM) return process.getBuiltinModule('node:crypto').createHash(algorithm).update(bytes).digest('hex');
  return bytesToHex(digest(bytes));
};

function swallow<T>(f: () => T, fallback: T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof GoError) return fallback;
    throw e;
  }
}

export const encodingFunctions: Record<string, GoFunc> = {
  b64enc: def(['string'], (s: string) => goStringBytes(s).toString('base64')),
  b64dec: def(['string'], b64dec),
  b32enc: def(['string'], b32enc),
  b32dec: def(['string'], b32dec),
  sha1sum: def(['string'], hash(sha1, 'sha1')),
  sha256sum: def(['string'], hash(sha256, 'sha256')),
  sha512sum: def(['string'], hash(sha512, 'sha512')),
  adler32sum: def(['string'], (s: string) => String(adler32(s))),
  // Helm's toJson swallows errors (""), mustToJson fails the render.
  toJson: def(['any'], (v: unknown) => swallow(() => marshalJSON(v), '')),
  mustToJson: def(['any'], (v: unknown) => marshalJSON(v)),
  toPrettyJson: def(['any'], (v: unknown) => swallow(() => marshalJSON(v, { indent: '  ' }), '')),
  mustToPrettyJson: def(['any'], (v: unknown) => marshalJSON(v, { indent: '  ' })),
  toRawJson: def(['any'], (v: unknown) => marshalJSON(v, { escapeHTML: false })),
  mustToRawJson: def(['any'], (v: unknown) => marshalJSON(v, { escapeHTML: false })),
  // Helm's fromJson: errors go into the map's "Error" key.
  fromJson: def(['string'], (s: string) => {
    try {
      return unmarshalJSONInto(s, 'map');
    } catch (e) {
      if (e instanceof PartialJSONError) return { ...(e.partial as object), Error: e.message };
      if (e instanceof GoError) return { Error: e.message };
      throw e;
    }
  }),
  fromJsonArray: def(['string'], (s: string) => {
    try {
      return unmarshalJSONInto(s, 'slice');
    } catch (e) {
      if (e instanceof GoError) return [e.message];
      throw e;
    }
  }),
  mustFromJson: def(['string'], (s: string) => unmarshalJSON(s)),
};

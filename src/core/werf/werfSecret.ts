/**
 * werf's secret encoding, as github.com/werf/common-go/pkg/secret (aes_encoder.go) writes it: the key is
 * hex (32, 48 or 64 hex digits: AES-128/192/256); a value is hex( uint16le(16) ‖ IV(16) ‖ AES-CBC(PKCS#7
 * padded plaintext) ). `werf helm secret generate-secret-key` prints 16 random bytes as hex.
 *
 * One difference, on purpose: werf's unpad only checks the last byte, so a wrong key usually "decrypts" to
 * garbage; here the whole padding must be valid, which turns a wrong key into an error (valid data decrypts
 * to the same bytes).
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const BLOCK = 16;
const HEX = /^(?:[0-9a-fA-F]{2})*$/;

export class WerfSecretError extends Error {
  constructor(
    message: string,
    readonly reason: 'key' | 'data' | 'wrong-key',
  ) {
    super(message);
    this.name = 'WerfSecretError';
  }
}

export function generateWerfSecretKey(): string {
  return randomBytes(16).toString('hex');
}

function keyBytes(key: string): Buffer {
  const k = key.trim();
  if (!HEX.test(k)) throw new WerfSecretError('the secret key is not a hex string (werf keys are 32 or 64 hex digits, from werf helm secret generate-secret-key)', 'key');
  const bytes = Buffer.from(k, 'hex');
  if (![16, 24, 32].includes(bytes.length)) throw new WerfSecretError(`the secret key has ${bytes.length} bytes; AES needs 16, 24 or 32 (32, 48 or 64 hex digits)`, 'key');
  return bytes;
}

function algorithm(key: Buffer): string {
  return `aes-${key.length * 8}-cbc`;
}

export function encryptWerfSecret(key: string, plaintext: Uint8Array, iv: Uint8Array = randomBytes(BLOCK)): string {
  const k = keyBytes(key);
  const cipher = createCipheriv(algorithm(k), k, iv);
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  const ivSize = Buffer.alloc(2);
  ivSize.writeUInt16LE(BLOCK);
  return Buffer.concat([ivSize, iv, body]).toString('hex');
}

export function decryptWerfSecret(key: string, encoded: string): Buffer {
  const k = keyBytes(key);
  if (encoded.length === 0) return Buffer.alloc(0);
  if (encoded.length % 2 !== 0) throw new WerfSecretError('encoding/hex: odd length hex string', 'data');
  if (!HEX.test(encoded)) throw new WerfSecretError('the value is not a werf secret (not a hex string)', 'data');
  const data = Buffer.from(encoded, 'hex');
  const minimal = 2 + BLOCK + BLOCK;
  if (data.length < minimal) throw new WerfSecretError(`minimum required data length: '${minimal * 2}'`, 'data');
  const iv = data.subarray(2, 2 + BLOCK);
  const body = data.subarray(2 + BLOCK);
  if (body.length % BLOCK !== 0) throw new WerfSecretError("data isn't a multiple of the block size", 'data');
  const decipher = createDecipheriv(algorithm(k), k, iv);
  decipher.setAutoPadding(false);
  const plain = Buffer.concat([decipher.update(body), decipher.final()]);
  const pad = plain[plain.length - 1]!;
  if (pad < 1 || pad > BLOCK || !plain.subarray(plain.length - pad).every((b) => b === pad)) {
    throw new WerfSecretError('the value does not decrypt with this key (inconsistent padding): wrong secret key, or a corrupt value', 'wrong-key');
  }
  return plain.subarray(0, plain.length - pad);
}

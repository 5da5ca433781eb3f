/**
 * Sprig's encryptAES/decryptAES: AES-256-CBC with the password copied into a zeroed 32-byte key, PKCS#7-style
 * padding, a random IV in front, base64. decryptAES reproduces Go's panics on malformed input as errors.
 */
import { GoError } from '../template/goErrors.js';
import { decodeGoBytes, goStringBytes } from '../template/goBytes.js';
import { decodeBase64OrThrow } from './goBase64.js';

function keyOf(password: string): Buffer {
  const key = Buffer.alloc(32);
  goStringBytes(password).copy(key, 0, 0, 32);
  return key;
}

export function encryptAES(password: string, plaintext: string): string {
  if (plaintext === '') return '';
  const content = goStringBytes(plaintext);
  const padding = 16 - (content.length % 16);
  const padded = Buffer.concat([content, Buffer.alloc(padding, padding)]);
  const { createCipheriv, randomBytes } = process.getBuiltinModule('node:crypto');
  const iv = randomBytes(16);
  const cipher = createCipheriv('aes-256-cbc', keyOf(password), iv).setAutoPadding(false);
  return Buffer.concat([iv, cipher.update(padded), cipher.final()]).toString('base64');
}

export function decryptAES(password: string, crypt64: string): string {
  if (crypt64 === '') return '';
  const crypt = decodeBase64OrThrow(crypt64);
  if (crypt.length < 16) throw new GoError(`runtime error: slice bounds out of range [:16] with capacity ${crypt.length}`);
  const body = crypt.subarray(16);
  if (body.length % 16 !== 0) throw new GoError('crypto/cipher: input not full blocks');
  const { createDecipheriv } = process.getBuiltinModule('node:crypto');
  const decipher = createDecipheriv('aes-256-cbc', keyOf(password), crypt.subarray(0, 16)).setAutoPadding(false);
  const decrypted = Buffer.concat([decipher.update(body), decipher.final()]);
  if (decrypted.length === 0) throw new GoError('runtime error: index out of range [-1]');
  const end = decrypted.length - decrypted[decrypted.length - 1]!;
  if (end < 0) throw new GoError(`runtime error: slice bounds out of range [:${end}]`);
  return decodeGoBytes(decrypted.subarray(0, end));
}

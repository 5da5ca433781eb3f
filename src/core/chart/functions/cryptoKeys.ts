/**
 * Private keys as Sprig writes and reads them: genPrivateKey's PEM forms (RSA 4096 PKCS#1, DSA L2048N256 in
 * Go's own ASN.1 layout, ECDSA P-256 SEC1, Ed25519 PKCS#8) and parsePrivateKeyPEM's accepted types and errors.
 */
import { type KeyObject, createPrivateKey, createPublicKey, generateKeyPairSync } from 'node:crypto';
import forge from 'node-forge';

const asn1 = forge.asn1;

/** A parsed private key: a Node key for the types Go can sign with, or a DSA key (Go cannot sign with DSA). */
export type PrivateKey = { kind: 'rsa' | 'ecdsa' | 'ed25519'; key: KeyObject; pem: string } | { kind: 'dsa'; pem: string };

export class KeyError extends Error {}

function pemEncode(type: string, der: Buffer): string {
  const b64 = der.toString('base64').replace(/.{64}/g, '$&\n').replace(/\n$/, '');
  return `-----BEGIN ${type}-----\n${b64}\n-----END ${type}-----\n`;
}

function bigFromBytes(bytes: string): bigint {
  return bytes.length === 0 ? 0n : BigInt('0x' + forge.util.bytesToHex(bytes));
}

function modPow(base: bigint, exp: bigint, mod: bigint): bigint {
  let r = 1n;
  base %= mod;
  while (exp > 0n) {
    if (exp & 1n) r = (r * base) % mod;
    base = (base * base) % mod;
    exp >>= 1n;
  }
  return r;
}

function derInteger(n: bigint): forge.asn1.Asn1 {
  let hex = n.toString(16);
  if (hex.length % 2) hex = '0' + hex;
  if (parseInt(hex.slice(0, 2), 16) >= 0x80) hex = '00' + hex;
  return asn1.create(asn1.Class.UNIVERSAL, asn1.Type.INTEGER, false, forge.util.hexToBytes(hex));
}

/** Go's DSAKeyFormat {Version, P, Q, G, Y, X} from a Node DSA key (PKCS#8: params in the algorithm, X inside). */
function dsaPem(key: KeyObject): string {
  const der = key.export({ type: 'pkcs8', format: 'der' });
  const p8 = asn1.fromDer(forge.util.createBuffer(der.toString('binary')));
  const params = ((p8.value as forge.asn1.Asn1[])[1]!.value as forge.asn1.Asn1[])[1]!.value as forge.asn1.Asn1[];
  const [p, q, g] = params.map((x) => bigFromBytes(x.value as string)) as [bigint, bigint, bigint];
  const xOctets = (p8.value as forge.asn1.Asn1[])[2]!.value as string;
  const x = bigFromBytes(asn1.fromDer(forge.util.createBuffer(xOctets)).value as string);
  const y = modPow(g, x, p);
  const seq = asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, true, [derInteger(0n), derInteger(p), derInteger(q), derInteger(g), derInteger(y), derInteger(x)]);
  return pemEncode('DSA PRIVATE KEY', Buffer.from(asn1.toDer(seq).getBytes(), 'binary'));
}

/** Sprig's genPrivateKey. */
export function generatePrivateKey(typ: string): string {
  switch (typ) {
    case '':
    case 'rsa':
      return generateKeyPairSync('rsa', { modulusLength: 4096 }).privateKey.export({ type: 'pkcs1', format: 'pem' }) as string;
    case 'dsa':
      return dsaPem(generateKeyPairSync('dsa', { modulusLength: 2048, divisorLength: 256 }).privateKey);
    case 'ecdsa':
      return generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).privateKey.export({ type: 'sec1', format: 'pem' }) as string;
    case 'ed25519':
      return generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;
    default:
      return 'Unknown type ' + typ;
  }
}

/** A fresh RSA 2048 key, as genCA/genSelfSignedCert/genSignedCert make for themselves. */
export function generateRsa2048(): PrivateKey {
  const key = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
  return { kind: 'rsa', key, pem: key.export({ type: 'pkcs1', format: 'pem' }) as string };
}

/** encoding/pem.Decode's first block: type and bytes, or undefined when there is none. */
export function decodePem(text: string): { type: string; der: Buffer } | undefined {
  const re = /(?:^|\n)-----BEGIN ([^\n]*)-----[ \t]*\r?\n([\s\S]*?)\n-----END ([^\n]*)-----/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[1] !== m[3]) continue;
    // Headers ("Proc-Type: …") precede a blank line; the body is base64 with line breaks.
    const body = m[2]!.includes(':') ? m[2]!.slice(m[2]!.search(/\r?\n\r?\n/) + 1) : m[2]!;
    const b64 = body.replace(/[\r\n \t]/g, '');
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(b64) || b64.length % 4 !== 0) continue;
    return { type: m[1]!, der: Buffer.from(b64, 'base64') };
  }
  return undefined;
}

/** Sprig's parsePrivateKeyPEM with Go's error texts for the common mistakes. */
export function parsePrivateKeyPem(text: string): PrivateKey {
  const block = decodePem(text);
  if (block === undefined) throw new KeyError('no PEM data in input');
  const load = (type: 'pkcs8' | 'pkcs1' | 'sec1', what: string): KeyObject => {
    try {
      return createPrivateKey({ key: block.der, format: 'der', type });
    } catch {
      throw new KeyError(`${what}: asn1: structure error`);
    }
  };
  const known = (key: KeyObject): PrivateKey => {
    const t = key.asymmetricKeyType;
    if (t === 'rsa' || t === 'ed25519') return { kind: t, key, pem: text };
    if (t === 'ec') return { kind: 'ecdsa', key, pem: text };
    if (t === 'dsa') return { kind: 'dsa', pem: text };
    throw new KeyError(`decoding PEM as PKCS#8: x509: PKCS#8 wrapping contained private key with unknown algorithm`);
  };
  if (block.type === 'PRIVATE KEY') return known(load('pkcs8', 'decoding PEM as PKCS#8'));
  if (!block.type.endsWith(' PRIVATE KEY')) throw new KeyError(`no private key data in PEM block of type ${block.type}`);
  switch (block.type.slice(0, -12)) {
    case 'RSA':
      return known(load('pkcs1', 'parsing RSA private key from PEM'));
    case 'EC':
      return known(load('sec1', 'parsing EC private key from PEM'));
    case 'DSA':
      try {
        asn1.fromDer(forge.util.createBuffer(block.der.toString('binary')));
      } catch {
        throw new KeyError('parsing DSA private key from PEM: asn1: structure error');
      }
      return { kind: 'dsa', pem: text };
    default:
      throw new KeyError(`invalid private key type ${block.type}`);
  }
}

/** The PEM Sprig writes back for a key it was given (pemBlockForKey re-marshals it). */
export function pemForKey(k: PrivateKey): string {
  switch (k.kind) {
    case 'rsa':
      return k.key.export({ type: 'pkcs1', format: 'pem' }) as string;
    case 'ecdsa':
      return k.key.export({ type: 'sec1', format: 'pem' }) as string;
    case 'ed25519':
      return k.key.export({ type: 'pkcs8', format: 'pem' }) as string;
    case 'dsa':
      return k.pem;
  }
}

/** SubjectPublicKeyInfo DER of a key. */
export function publicKeyDer(k: PrivateKey & { key: KeyObject }): Buffer {
  return createPublicKey(k.key).export({ type: 'spki', format: 'der' });
}

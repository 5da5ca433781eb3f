/**
 * Sprig's certificate functions: x509 certificates built as Go's x509.CreateCertificate builds them from
 * Sprig's template (CN subject, IP/DNS SANs, validity in days, key usages, server+client auth, basic
 * constraints, subject/authority key ids), DER-encoded with node-forge's ASN.1 and signed with Node's crypto.
 */
import { X509Certificate, createHash, randomBytes, sign } from 'node:crypto';
import { isIP } from 'node:net';
import forge from 'node-forge';
import { GoError } from '../template/goErrors.js';
import { GoObject } from '../template/goValues.js';
import { formatValue } from '../template/goFormat.js';
import { decodeBase64Std } from './goBase64.js';
import { KeyError, type PrivateKey, decodePem, generatePrivateKey, generateRsa2048, parsePrivateKeyPem, pemForKey, publicKeyDer } from './cryptoKeys.js';

const asn1 = forge.asn1;
type Asn1 = forge.asn1.Asn1;
const U = asn1.Class.UNIVERSAL;
const T = asn1.Type;

/** Sprig's `certificate` struct: templates read `.Cert` and `.Key`. */
export class SprigCertificate extends GoObject {
  constructor(
    public Cert: string,
    public Key: string,
  ) {
    super();
  }
  goType(): string {
    return 'sprig.certificate';
  }
}

const seq = (items: Asn1[]) => asn1.create(U, T.SEQUENCE, true, items);
const oid = (o: string) => asn1.create(U, T.OID, false, asn1.oidToDer(o).getBytes());
const octets = (bytes: string) => asn1.create(U, T.OCTETSTRING, false, bytes);
const fromDer = (b: Buffer) => asn1.fromDer(forge.util.createBuffer(b.toString('binary')));
const toDer = (a: Asn1) => Buffer.from(asn1.toDer(a).getBytes(), 'binary');

function positiveInteger(bytes: Buffer): Asn1 {
  let i = 0;
  while (i < bytes.length - 1 && bytes[i] === 0) i++;
  let b = bytes.subarray(i);
  if (b[0]! >= 0x80) b = Buffer.concat([Buffer.from([0]), b]);
  return asn1.create(U, T.INTEGER, false, b.toString('binary'));
}

/** encoding/asn1's string choice: PrintableString when every character allows it, else UTF8String. */
function directoryString(s: string): Asn1 {
  const printable = /^[A-Za-z0-9 '()+,\-./:=?*]*$/.test(s);
  return asn1.create(U, printable ? T.PRINTABLESTRING : T.UTF8, false, printable ? s : forge.util.encodeUtf8(s));
}

function subjectName(cn: string): Asn1 {
  if (cn === '') return seq([]);
  return seq([asn1.create(U, T.SET, true, [seq([oid('2.5.4.3'), directoryString(cn)])])]);
}

/** x509 validity times: UTCTime before 2050, GeneralizedTime after, to the second. */
function certTime(d: Date): Asn1 {
  if (d.getUTCFullYear() >= 1950 && d.getUTCFullYear() < 2050) return asn1.create(U, T.UTCTIME, false, asn1.dateToUtcTime(d));
  return asn1.create(U, T.GENERALIZEDTIME, false, asn1.dateToGeneralizedTime(d).replace(/\.\d+Z$/, 'Z'));
}

function extension(id: string, critical: boolean, value: Asn1): Asn1 {
  const parts = [oid(id)];
  if (critical) parts.push(asn1.create(U, T.BOOLEAN, false, '\xff'));
  parts.push(octets(asn1.toDer(value).getBytes()));
  return seq(parts);
}

/** Go's marshalKeyUsage: bit n of the usage set is bit n of the BIT STRING, trailing zeros not counted. */
function keyUsage(bits: number[]): Asn1 {
  let byte = 0;
  for (const b of bits) byte |= 0x80 >> b;
  const length = Math.max(...bits) + 1;
  return asn1.create(U, T.BITSTRING, false, String.fromCharCode(8 - length) + String.fromCharCode(byte));
}

interface SignerInfo {
  algorithm: Asn1;
  sign(data: Buffer): Buffer;
}

function signerFor(k: PrivateKey): SignerInfo {
  if (k.kind === 'dsa') throw new GoError('error creating certificate: x509: certificate private key does not implement crypto.Signer');
  const key = k.key;
  if (k.kind === 'rsa') return { algorithm: seq([oid('1.2.840.113549.1.1.11'), asn1.create(U, T.NULL, false, '')]), sign: (d) => sign('sha256', d, key) };
  if (k.kind === 'ed25519') return { algorithm: seq([oid('1.3.101.112')]), sign: (d) => sign(null, d, key) };
  const curve = key.asymmetricKeyDetails?.namedCurve;
  const [hash, alg] = curve === 'secp384r1' ? ['sha384', '1.2.840.10045.4.3.3'] : curve === 'secp521r1' ? ['sha512', '1.2.840.10045.4.3.4'] : ['sha256', '1.2.840.10045.4.3.2'];
  return { algorithm: seq([oid(alg)]), sign: (d) => sign(hash, d, key) };
}

/** net.ParseIP: the address bytes (4 for IPv4, 16 for IPv6) or undefined. */
function parseIP(s: string): Buffer | undefined {
  const v = isIP(s);
  if (v === 4) {
    if (s.split('.').some((p) => p.length > 1 && p[0] === '0')) return undefined;
    return Buffer.from(s.split('.').map(Number));
  }
  if (v !== 6 || s.includes('%')) return undefined;
  const [head, tail] = s.includes('::') ? s.split('::') : [s, undefined];
  const groups = (part: string | undefined) => (part ? part.split(':') : []);
  const expand = (gs: string[]) =>
    gs.flatMap((g) => (g.includes('.') ? [...parseIP(g)!].reduce<number[]>((a, b, i) => (i % 2 ? [...a.slice(0, -1), a[a.length - 1]! * 256 + b] : [...a, b]), []) : [parseInt(g, 16)]));
  const h = expand(groups(head));
  const t = expand(groups(tail));
  const words = tail === undefined ? h : [...h, ...new Array(8 - h.length - t.length).fill(0), ...t];
  const out = Buffer.alloc(16);
  words.forEach((w, i) => out.writeUInt16BE(w, i * 2));
  // An IPv4-mapped address is written as its 4 bytes (net.IP.To4).
  if (out.subarray(0, 10).every((b) => b === 0) && out[10] === 0xff && out[11] === 0xff) return out.subarray(12);
  return out;
}

function ipAddresses(ips: unknown[] | null): Buffer[] {
  return (ips ?? []).map((ip) => {
    if (typeof ip !== 'string') throw new GoError(`error parsing ip: ${formatValue(ip ?? null)} is not a string`);
    const b = parseIP(ip);
    if (b === undefined) throw new GoError(`error parsing ip: ${ip}`);
    return b;
  });
}

function dnsNames(names: unknown[] | null): string[] {
  return (names ?? []).map((n) => {
    if (typeof n !== 'string') throw new GoError(`error processing alternate dns name: ${formatValue(n ?? null)} is not a string`);
    return n;
  });
}

interface Issuer {
  name: Asn1;
  nameDer: Buffer;
  subjectKeyId?: Buffer;
  key: PrivateKey;
}

function createCertificate(cn: string, ips: Buffer[], dns: string[], daysValid: bigint, isCA: boolean, subjectKey: PrivateKey, issuer: Issuer | 'self'): string {
  // Go checks the signing key first (crypto.Signer), then marshals the subject's public key.
  const signer = signerFor(issuer === 'self' ? subjectKey : issuer.key);
  if (subjectKey.kind === 'dsa') throw new GoError('error creating certificate: x509: unsupported public key type: *dsa.PublicKey');
  const spkiDer = publicKeyDer(subjectKey);
  const spki = fromDer(spkiDer);
  const subject = subjectName(cn);
  const subjectDer = toDer(subject);
  const issuerName = issuer === 'self' ? subject : issuer.name;
  const now = new Date(Math.floor(Date.now() / 1000) * 1000);
  const notAfter = new Date(now.getTime() + Number(daysValid) * 86400_000);

  const extensions: Asn1[] = [
    extension('2.5.29.15', true, keyUsage(isCA ? [0, 2, 5] : [0, 2])),
    extension('2.5.29.37', false, seq([oid('1.3.6.1.5.5.7.3.1'), oid('1.3.6.1.5.5.7.3.2')])),
    extension('2.5.29.19', true, seq(isCA ? [asn1.create(U, T.BOOLEAN, false, '\xff')] : [])),
  ];
  if (isCA) {
    // Go derives a missing CA subject key id from the public key: the first 160 bits of its SHA-256.
    const bits = (spki.value as Asn1[])[1]!.value as string;
    const skid = createHash('sha256').update(Buffer.from(bits.slice(1), 'binary')).digest().subarray(0, 20);
    extensions.push(extension('2.5.29.14', false, octets(skid.toString('binary'))));
  }
  if (issuer !== 'self' && issuer.subjectKeyId !== undefined && !issuer.nameDer.equals(subjectDer)) {
    extensions.push(extension('2.5.29.35', false, seq([asn1.create(asn1.Class.CONTEXT_SPECIFIC, 0, false, issuer.subjectKeyId.toString('binary'))])));
  }
  if (dns.length > 0 || ips.length > 0) {
    const names = [
      ...dns.map((d) => asn1.create(asn1.Class.CONTEXT_SPECIFIC, 2, false, d)),
      ...ips.map((ip) => asn1.create(asn1.Class.CONTEXT_SPECIFIC, 7, false, ip.toString('binary'))),
    ];
    extensions.push(extension('2.5.29.17', cn === '', seq(names)));
  }

  const tbs = seq([
    asn1.create(asn1.Class.CONTEXT_SPECIFIC, 0, true, [asn1.create(U, T.INTEGER, false, '\x02')]),
    positiveInteger(randomBytes(16)),
    signer.algorithm,
    issuerName,
    seq([certTime(now), certTime(notAfter)]),
    subject,
    spki,
    asn1.create(asn1.Class.CONTEXT_SPECIFIC, 3, true, [seq(extensions)]),
  ]);
  const tbsDer = toDer(tbs);
  const signature = signer.sign(tbsDer);
  const cert = seq([tbs, signer.algorithm, asn1.create(U, T.BITSTRING, false, '\x00' + signature.toString('binary'))]);
  const b64 = toDer(cert).toString('base64').replace(/.{64}/g, '$&\n').replace(/\n$/, '');
  return `-----BEGIN CERTIFICATE-----\n${b64}\n-----END CERTIFICATE-----\n`;
}

function keyFromPem(pem: string): PrivateKey {
  try {
    return parsePrivateKeyPem(pem);
  } catch (e) {
    if (e instanceof KeyError) throw new GoError(`parsing private key: ${e.message}`);
    throw e;
  }
}

function issuerFromCA(ca: SprigCertificate): Issuer {
  const block = decodePem(ca.Cert);
  if (block === undefined) throw new GoError('unable to decode certificate');
  let tbs: Asn1[];
  try {
    new X509Certificate(block.der);
    tbs = (fromDer(block.der).value as Asn1[])[0]!.value as Asn1[];
  } catch {
    throw new GoError('error parsing certificate: decodedSignerCert.Bytes: x509: malformed certificate');
  }
  let key: PrivateKey;
  try {
    key = parsePrivateKeyPem(ca.Key);
  } catch (e) {
    if (e instanceof KeyError) throw new GoError(`error parsing private key: ${e.message}`);
    throw e;
  }
  const hasVersion = tbs[0]!.tagClass === asn1.Class.CONTEXT_SPECIFIC;
  const name = tbs[hasVersion ? 5 : 4]!;
  let subjectKeyId: Buffer | undefined;
  const extWrapper = tbs.find((x) => x.tagClass === asn1.Class.CONTEXT_SPECIFIC && x.type === 3);
  for (const ext of ((extWrapper?.value as Asn1[] | undefined)?.[0]?.value as Asn1[] | undefined) ?? []) {
    const parts = ext.value as Asn1[];
    if (asn1.derToOid(forge.util.createBuffer(parts[0]!.value as string)) === '2.5.29.14') {
      const inner = asn1.fromDer(forge.util.createBuffer(parts[parts.length - 1]!.value as string));
      subjectKeyId = Buffer.from(inner.value as string, 'binary');
    }
  }
  return { name, nameDer: toDer(name), ...(subjectKeyId ? { subjectKeyId } : {}), key };
}

function certificate(cn: string, ips: unknown[] | null, dns: unknown[] | null, days: bigint, isCA: boolean, key: PrivateKey, issuer: SprigCertificate | 'self'): SprigCertificate {
  const ipBytes = ipAddresses(ips);
  const names = dnsNames(dns);
  const signerInfo = issuer === 'self' ? 'self' : issuerFromCA(issuer);
  return new SprigCertificate(createCertificate(cn, ipBytes, names, days, isCA, key, signerInfo), pemForKey(key));
}

export const certificateFunctions = {
  genPrivateKey: generatePrivateKey,
  genCA: (cn: string, days: bigint) => certificate(cn, null, null, days, true, generateRsa2048(), 'self'),
  genCAWithKey: (cn: string, days: bigint, pem: string) => certificate(cn, null, null, days, true, keyFromPem(pem), 'self'),
  genSelfSignedCert: (cn: string, ips: unknown[] | null, dns: unknown[] | null, days: bigint) => certificate(cn, ips, dns, days, false, generateRsa2048(), 'self'),
  genSelfSignedCertWithKey: (cn: string, ips: unknown[] | null, dns: unknown[] | null, days: bigint, pem: string) =>
    certificate(cn, ips, dns, days, false, keyFromPem(pem), 'self'),
  genSignedCert: (cn: string, ips: unknown[] | null, dns: unknown[] | null, days: bigint, ca: SprigCertificate) =>
    certificate(cn, ips, dns, days, false, generateRsa2048(), ca),
  genSignedCertWithKey: (cn: string, ips: unknown[] | null, dns: unknown[] | null, days: bigint, ca: SprigCertificate, pem: string) =>
    certificate(cn, ips, dns, days, false, keyFromPem(pem), ca),
  buildCustomCert: (b64cert: string, b64key: string) => {
    const cert = decodeStdBase64(b64cert);
    if (cert === undefined) throw new GoError('unable to decode base64 certificate');
    const key = decodeStdBase64(b64key);
    if (key === undefined) throw new GoError('unable to decode base64 private key');
    const block = decodePem(cert);
    if (block === undefined) throw new GoError('unable to decode certificate');
    try {
      new X509Certificate(block.der);
    } catch {
      throw new GoError('error parsing certificate: decodedCert.Bytes: x509: malformed certificate');
    }
    try {
      parsePrivateKeyPem(key);
    } catch (e) {
      if (e instanceof KeyError) throw new GoError(`error parsing private key: ${e.message}`);
      throw e;
    }
    return new SprigCertificate(cert, key);
  },
};

function decodeStdBase64(s: string): string | undefined {
  const r = decodeBase64Std(s);
  return typeof r === 'number' ? undefined : r.toString('utf8');
}

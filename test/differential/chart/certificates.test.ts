/**
 * Sprig's certificate and AES functions against Helm's: random output, so compared by shape. Each certificate
 * is parsed with Node's X509Certificate and its subject, issuer, SANs, validity, CA flag, key type/size, usages
 * and signature are compared between Go and slipway. AES is checked across engines (each decrypts the other's).
 */
import { X509Certificate, createPrivateKey } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { renderWithOracle, type OracleCase } from './oracleClient.js';
import { renderCase } from './renderCase.js';

interface CertShape {
  subject: string;
  issuer: string;
  san: string | undefined;
  days: number;
  ca: boolean;
  keyType: string | undefined;
  keyBits: number | undefined;
  curve: string | undefined;
  extKeyUsage: string[] | undefined;
  signedByIssuer: boolean;
  keyMatches: boolean;
  keyPemType: string;
}

function shape(certPem: string, keyPem: string, issuerPem: string | undefined): CertShape {
  const c = new X509Certificate(certPem);
  const issuer = new X509Certificate(issuerPem ?? certPem);
  const key = createPrivateKey(keyPem);
  return {
    subject: c.subject,
    issuer: c.issuer,
    san: c.subjectAltName,
    days: Math.round((Date.parse(c.validTo) - Date.parse(c.validFrom)) / 86400_000),
    ca: c.ca,
    keyType: c.publicKey.asymmetricKeyType,
    keyBits: c.publicKey.asymmetricKeyDetails?.modulusLength,
    curve: c.publicKey.asymmetricKeyDetails?.namedCurve,
    extKeyUsage: c.keyUsage,
    // OpenSSL's issuer check wants keyCertSign, which a self-signed leaf lacks: there only the signature is checked.
    signedByIssuer: c.verify(issuer.publicKey) && (issuerPem === undefined || c.checkIssued(issuer)),
    keyMatches: c.checkPrivateKey(key),
    keyPemType: /-----BEGIN ([A-Z ]+)-----/.exec(keyPem)![1]!,
  };
}

/** Templates printing JSON {cert, key, issuer?}. */
const certCases: Record<string, string> = {
  'genCA': '{{ $ca := genCA "my-ca" 365 }}{{ dict "cert" $ca.Cert "key" $ca.Key | toJson }}',
  'genCA unicode CN, negative days': '{{ $ca := genCA "Ünïcode CA" -3 }}{{ dict "cert" $ca.Cert "key" $ca.Key | toJson }}',
  'genSelfSignedCert with SANs': '{{ $c := genSelfSignedCert "svc.ns" (list "10.0.0.1" "::1" "2001:db8::5" "::ffff:1.2.3.4") (list "svc" "svc.ns.svc") 30 }}{{ dict "cert" $c.Cert "key" $c.Key | toJson }}',
  'genSelfSignedCert without SANs': '{{ $c := genSelfSignedCert "plain" nil nil 1 }}{{ dict "cert" $c.Cert "key" $c.Key | toJson }}',
  'genSignedCert': '{{ $ca := genCA "root" 100 }}{{ $c := genSignedCert "leaf" (list "192.168.1.1") (list "leaf.example.com" "*.example.com") 10 $ca }}{{ dict "cert" $c.Cert "key" $c.Key "issuer" $ca.Cert | toJson }}',
  'genSignedCert same CN as CA': '{{ $ca := genCA "same" 100 }}{{ $c := genSignedCert "same" nil nil 10 $ca }}{{ dict "cert" $c.Cert "key" $c.Key "issuer" $ca.Cert | toJson }}',
  'genCAWithKey ecdsa': '{{ $ca := genCAWithKey "ec-ca" 20 (genPrivateKey "ecdsa") }}{{ dict "cert" $ca.Cert "key" $ca.Key | toJson }}',
  'genCAWithKey ed25519': '{{ $ca := genCAWithKey "ed-ca" 20 (genPrivateKey "ed25519") }}{{ dict "cert" $ca.Cert "key" $ca.Key | toJson }}',
  'genSelfSignedCertWithKey rsa 4096': '{{ $c := genSelfSignedCertWithKey "big" nil (list "big") 2 (genPrivateKey "rsa") }}{{ dict "cert" $c.Cert "key" $c.Key | toJson }}',
  'genSignedCertWithKey ecdsa leaf, ed25519 CA': '{{ $ca := genCAWithKey "ed-root" 9 (genPrivateKey "ed25519") }}{{ $c := genSignedCertWithKey "ec-leaf" nil (list "x") 3 $ca (genPrivateKey "ecdsa") }}{{ dict "cert" $c.Cert "key" $c.Key "issuer" $ca.Cert | toJson }}',
  'genSignedCert from buildCustomCert CA': '{{ $ca := genCA "custom" 9 }}{{ $b := buildCustomCert (b64enc $ca.Cert) (b64enc $ca.Key) }}{{ $c := genSignedCert "l" nil nil 3 $b }}{{ dict "cert" $c.Cert "key" $c.Key "issuer" $ca.Cert | toJson }}',
  'long validity (GeneralizedTime after 2049)': '{{ $c := genSelfSignedCert "long" nil nil 36500 }}{{ dict "cert" $c.Cert "key" $c.Key | toJson }}',
};

const oneCase = (tpl: string): OracleCase => ({ templates: { 't.yaml': tpl } });

function parsed(r: { output?: Record<string, string>; error?: string }): CertShape {
  expect(r.error).toBeUndefined();
  const j = JSON.parse(r.output!['t.yaml']!) as { cert: string; key: string; issuer?: string };
  return shape(j.cert, j.key, j.issuer);
}

describe('certificate functions against Helm (by shape)', () => {
  it('generate certificates of the same shape as Go', async () => {
    const names = Object.keys(certCases);
    const expected = await renderWithOracle(names.map((n) => oneCase(certCases[n]!)));
    names.forEach((name, i) => {
      const go = parsed(expected[i]!);
      const ts = parsed(renderCase(oneCase(certCases[name]!)));
      expect({ name, ...ts }).toEqual({ name, ...go });
      expect({ name, signed: go.signedByIssuer, keyMatches: go.keyMatches }).toEqual({ name, signed: true, keyMatches: true });
    });
  }, 300_000);

  it('genPrivateKey writes the same key types and sizes as Go', async () => {
    const types = ['rsa', 'ecdsa', 'ed25519', 'dsa'];
    const tpl = (t: string) => oneCase(`{{ genPrivateKey "${t}" }}`);
    const expected = await renderWithOracle(types.map(tpl));
    const describeKey = (pem: string) => {
      const type = /-----BEGIN ([A-Z ]+)-----/.exec(pem)![1]!;
      if (type === 'DSA PRIVATE KEY') return { type, bytes: Math.round(Buffer.from(pem.replace(/-----[^-]+-----|\n/g, ''), 'base64').length / 100) };
      const k = createPrivateKey(pem);
      return { type, alg: k.asymmetricKeyType, details: k.asymmetricKeyDetails };
    };
    types.forEach((t, i) => {
      expect(describeKey(renderCase(tpl(t)).output!['t.yaml']!)).toEqual(describeKey(expected[i]!.output!['t.yaml']!));
    });
  }, 300_000);

  it('encryptAES output decrypts in the other engine', async () => {
    const plain = ['hello', 'exactly 16 bytes', 'ünïcødé ✓', 'x'.repeat(100)];
    const enc = (p: string) => oneCase(`{{ encryptAES "pass-word" ${JSON.stringify(p)} }}`);
    const dec = (c: string) => oneCase(`{{ decryptAES "pass-word" ${JSON.stringify(c)} }}`);
    const fromGo = (await renderWithOracle(plain.map(enc))).map((r) => r.output!['t.yaml']!);
    const fromTs = plain.map((p) => renderCase(enc(p)).output!['t.yaml']!);
    const goDecryptsTs = (await renderWithOracle(fromTs.map(dec))).map((r) => r.output!['t.yaml']);
    const tsDecryptsGo = fromGo.map((c) => renderCase(dec(c)).output!['t.yaml']);
    expect(goDecryptsTs).toEqual(plain);
    expect(tsDecryptsGo).toEqual(plain);
  });
});

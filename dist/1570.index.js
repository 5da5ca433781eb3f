"use strict";
exports.id = 1570;
exports.ids = [1570];
exports.modules = {

/***/ 31570:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  SprigCertificate: () => (/* binding */ SprigCertificate),
  certificateFunctions: () => (/* binding */ certificateFunctions)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(77030);
// EXTERNAL MODULE: ./node_modules/node-forge/lib/index.js
var lib = __webpack_require__(8542);
var lib_default = /*#__PURE__*/__webpack_require__.n(lib);
// EXTERNAL MODULE: ./src/core/chart/template/goErrors.ts
var goErrors = __webpack_require__(34402);
// EXTERNAL MODULE: ./src/core/chart/template/goValues.ts
var goValues = __webpack_require__(11787);
// EXTERNAL MODULE: ./src/core/chart/template/goFormat.ts
var goFormat = __webpack_require__(17350);
// EXTERNAL MODULE: ./src/core/chart/functions/goBase64.ts
var goBase64 = __webpack_require__(55577);
;// CONCATENATED MODULE: ./src/core/chart/functions/cryptoKeys.ts
/**
 * Private keys as Sprig writes and reads them: genPrivateKey's PEM forms (RSA 4096 PKCS#1, DSA L2048N256 in
 * Go's own ASN.1 layout, ECDSA P-256 SEC1, Ed25519 PKCS#8) and parsePrivateKeyPEM's accepted types and errors.
 */


const asn1 = (lib_default()).asn1;
class KeyError extends Error {
}
function pemEncode(type, der) {
    const b64 = der.toString('base64').replace(/.{64}/g, '$&\n').replace(/\n$/, '');
    return `-----BEGIN ${type}-----\n${b64}\n-----END ${type}-----\n`;
}
function bigFromBytes(bytes) {
    return bytes.length === 0 ? 0n : BigInt('0x' + lib_default().util.bytesToHex(bytes));
}
function modPow(base, exp, mod) {
    let r = 1n;
    base %= mod;
    while (exp > 0n) {
        if (exp & 1n)
            r = (r * base) % mod;
        base = (base * base) % mod;
        exp >>= 1n;
    }
    return r;
}
function derInteger(n) {
    let hex = n.toString(16);
    if (hex.length % 2)
        hex = '0' + hex;
    if (parseInt(hex.slice(0, 2), 16) >= 0x80)
        hex = '00' + hex;
    return asn1.create(asn1.Class.UNIVERSAL, asn1.Type.INTEGER, false, lib_default().util.hexToBytes(hex));
}
/** Go's DSAKeyFormat {Version, P, Q, G, Y, X} from a Node DSA key (PKCS#8: params in the algorithm, X inside). */
function dsaPem(key) {
    const der = key.export({ type: 'pkcs8', format: 'der' });
    const p8 = asn1.fromDer(lib_default().util.createBuffer(der.toString('binary')));
    const params = p8.value[1].value[1].value;
    const [p, q, g] = params.map((x) => bigFromBytes(x.value));
    const xOctets = p8.value[2].value;
    const x = bigFromBytes(asn1.fromDer(lib_default().util.createBuffer(xOctets)).value);
    const y = modPow(g, x, p);
    const seq = asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, true, [derInteger(0n), derInteger(p), derInteger(q), derInteger(g), derInteger(y), derInteger(x)]);
    return pemEncode('DSA PRIVATE KEY', Buffer.from(asn1.toDer(seq).getBytes(), 'binary'));
}
/** Sprig's genPrivateKey. */
function generatePrivateKey(typ) {
    switch (typ) {
        case '':
        case 'rsa':
            return (0,external_node_crypto_.generateKeyPairSync)('rsa', { modulusLength: 4096 }).privateKey.export({ type: 'pkcs1', format: 'pem' });
        case 'dsa':
            return dsaPem((0,external_node_crypto_.generateKeyPairSync)('dsa', { modulusLength: 2048, divisorLength: 256 }).privateKey);
        case 'ecdsa':
            return (0,external_node_crypto_.generateKeyPairSync)('ec', { namedCurve: 'prime256v1' }).privateKey.export({ type: 'sec1', format: 'pem' });
        case 'ed25519':
            return (0,external_node_crypto_.generateKeyPairSync)('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' });
        default:
            return 'Unknown type ' + typ;
    }
}
/** A fresh RSA 2048 key, as genCA/genSelfSignedCert/genSignedCert make for themselves. */
function generateRsa2048() {
    const key = (0,external_node_crypto_.generateKeyPairSync)('rsa', { modulusLength: 2048 }).privateKey;
    return { kind: 'rsa', key, pem: key.export({ type: 'pkcs1', format: 'pem' }) };
}
/** encoding/pem.Decode's first block: type and bytes, or undefined when there is none. */
function decodePem(text) {
    const re = /(?:^|\n)-----BEGIN ([^\n]*)-----[ \t]*\r?\n([\s\S]*?)\n-----END ([^\n]*)-----/g;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
        if (m[1] !== m[3])
            continue;
        // Headers ("Proc-Type: …") precede a blank line; the body is base64 with line breaks.
        const body = m[2].includes(':') ? m[2].slice(m[2].search(/\r?\n\r?\n/) + 1) : m[2];
        const b64 = body.replace(/[\r\n \t]/g, '');
        if (!/^[A-Za-z0-9+/]*={0,2}$/.test(b64) || b64.length % 4 !== 0)
            continue;
        return { type: m[1], der: Buffer.from(b64, 'base64') };
    }
    return undefined;
}
/** Sprig's parsePrivateKeyPEM with Go's error texts for the common mistakes. */
function parsePrivateKeyPem(text) {
    const block = decodePem(text);
    if (block === undefined)
        throw new KeyError('no PEM data in input');
    const load = (type, what) => {
        try {
            return (0,external_node_crypto_.createPrivateKey)({ key: block.der, format: 'der', type });
        }
        catch {
            throw new KeyError(`${what}: asn1: structure error`);
        }
    };
    const known = (key) => {
        const t = key.asymmetricKeyType;
        if (t === 'rsa' || t === 'ed25519')
            return { kind: t, key, pem: text };
        if (t === 'ec')
            return { kind: 'ecdsa', key, pem: text };
        if (t === 'dsa')
            return { kind: 'dsa', pem: text };
        throw new KeyError(`decoding PEM as PKCS#8: x509: PKCS#8 wrapping contained private key with unknown algorithm`);
    };
    if (block.type === 'PRIVATE KEY')
        return known(load('pkcs8', 'decoding PEM as PKCS#8'));
    if (!block.type.endsWith(' PRIVATE KEY'))
        throw new KeyError(`no private key data in PEM block of type ${block.type}`);
    switch (block.type.slice(0, -12)) {
        case 'RSA':
            return known(load('pkcs1', 'parsing RSA private key from PEM'));
        case 'EC':
            return known(load('sec1', 'parsing EC private key from PEM'));
        case 'DSA':
            try {
                asn1.fromDer(lib_default().util.createBuffer(block.der.toString('binary')));
            }
            catch {
                throw new KeyError('parsing DSA private key from PEM: asn1: structure error');
            }
            return { kind: 'dsa', pem: text };
        default:
            throw new KeyError(`invalid private key type ${block.type}`);
    }
}
/** The PEM Sprig writes back for a key it was given (pemBlockForKey re-marshals it). */
function pemForKey(k) {
    switch (k.kind) {
        case 'rsa':
            return k.key.export({ type: 'pkcs1', format: 'pem' });
        case 'ecdsa':
            return k.key.export({ type: 'sec1', format: 'pem' });
        case 'ed25519':
            return k.key.export({ type: 'pkcs8', format: 'pem' });
        case 'dsa':
            return k.pem;
    }
}
/** SubjectPublicKeyInfo DER of a key. */
function publicKeyDer(k) {
    return (0,external_node_crypto_.createPublicKey)(k.key).export({ type: 'spki', format: 'der' });
}

;// CONCATENATED MODULE: ./src/core/chart/functions/certificates.ts
/**
 * Sprig's certificate functions: x509 certificates built as Go's x509.CreateCertificate builds them from
 * Sprig's template (CN subject, IP/DNS SANs, validity in days, key usages, server+client auth, basic
 * constraints, subject/authority key ids), DER-encoded with node-forge's ASN.1 and signed with Node's crypto.
 */








const certificates_asn1 = (lib_default()).asn1;
const U = certificates_asn1.Class.UNIVERSAL;
const T = certificates_asn1.Type;
/** Sprig's `certificate` struct: templates read `.Cert` and `.Key`. */
class SprigCertificate extends goValues/* GoObject */.MV {
    Cert;
    Key;
    constructor(Cert, Key) {
        super();
        this.Cert = Cert;
        this.Key = Key;
    }
    goType() {
        return 'sprig.certificate';
    }
}
const seq = (items) => certificates_asn1.create(U, T.SEQUENCE, true, items);
const oid = (o) => certificates_asn1.create(U, T.OID, false, certificates_asn1.oidToDer(o).getBytes());
const octets = (bytes) => certificates_asn1.create(U, T.OCTETSTRING, false, bytes);
const fromDer = (b) => certificates_asn1.fromDer(lib_default().util.createBuffer(b.toString('binary')));
const toDer = (a) => Buffer.from(certificates_asn1.toDer(a).getBytes(), 'binary');
function positiveInteger(bytes) {
    let i = 0;
    while (i < bytes.length - 1 && bytes[i] === 0)
        i++;
    let b = bytes.subarray(i);
    if (b[0] >= 0x80)
        b = Buffer.concat([Buffer.from([0]), b]);
    return certificates_asn1.create(U, T.INTEGER, false, b.toString('binary'));
}
/** encoding/asn1's string choice: PrintableString when every character allows it, else UTF8String. */
function directoryString(s) {
    const printable = /^[A-Za-z0-9 '()+,\-./:=?*]*$/.test(s);
    return certificates_asn1.create(U, printable ? T.PRINTABLESTRING : T.UTF8, false, printable ? s : lib_default().util.encodeUtf8(s));
}
function subjectName(cn) {
    if (cn === '')
        return seq([]);
    return seq([certificates_asn1.create(U, T.SET, true, [seq([oid('2.5.4.3'), directoryString(cn)])])]);
}
/** x509 validity times: UTCTime before 2050, GeneralizedTime after, to the second. */
function certTime(d) {
    if (d.getUTCFullYear() >= 1950 && d.getUTCFullYear() < 2050)
        return certificates_asn1.create(U, T.UTCTIME, false, certificates_asn1.dateToUtcTime(d));
    return certificates_asn1.create(U, T.GENERALIZEDTIME, false, certificates_asn1.dateToGeneralizedTime(d).replace(/\.\d+Z$/, 'Z'));
}
function extension(id, critical, value) {
    const parts = [oid(id)];
    if (critical)
        parts.push(certificates_asn1.create(U, T.BOOLEAN, false, '\xff'));
    parts.push(octets(certificates_asn1.toDer(value).getBytes()));
    return seq(parts);
}
/** Go's marshalKeyUsage: bit n of the usage set is bit n of the BIT STRING, trailing zeros not counted. */
function keyUsage(bits) {
    let byte = 0;
    for (const b of bits)
        byte |= 0x80 >> b;
    const length = Math.max(...bits) + 1;
    return certificates_asn1.create(U, T.BITSTRING, false, String.fromCharCode(8 - length) + String.fromCharCode(byte));
}
function signerFor(k) {
    if (k.kind === 'dsa')
        throw new goErrors/* GoError */.nY('error creating certificate: x509: certificate private key does not implement crypto.Signer');
    const key = k.key;
    if (k.kind === 'rsa')
        return { algorithm: seq([oid('1.2.840.113549.1.1.11'), certificates_asn1.create(U, T.NULL, false, '')]), sign: (d) => (0,external_node_crypto_.sign)('sha256', d, key) };
    if (k.kind === 'ed25519')
        return { algorithm: seq([oid('1.3.101.112')]), sign: (d) => (0,external_node_crypto_.sign)(null, d, key) };
    const curve = key.asymmetricKeyDetails?.namedCurve;
    const [hash, alg] = curve === 'secp384r1' ? ['sha384', '1.2.840.10045.4.3.3'] : curve === 'secp521r1' ? ['sha512', '1.2.840.10045.4.3.4'] : ['sha256', '1.2.840.10045.4.3.2'];
    return { algorithm: seq([oid(alg)]), sign: (d) => (0,external_node_crypto_.sign)(hash, d, key) };
}
/** net.ParseIP: the address bytes (4 for IPv4, 16 for IPv6) or undefined. */
function parseIP(s) {
    const v = (0,external_node_net_.isIP)(s);
    if (v === 4) {
        if (s.split('.').some((p) => p.length > 1 && p[0] === '0'))
            return undefined;
        return Buffer.from(s.split('.').map(Number));
    }
    if (v !== 6 || s.includes('%'))
        return undefined;
    const [head, tail] = s.includes('::') ? s.split('::') : [s, undefined];
    const groups = (part) => (part ? part.split(':') : []);
    const expand = (gs) => gs.flatMap((g) => (g.includes('.') ? [...parseIP(g)].reduce((a, b, i) => (i % 2 ? [...a.slice(0, -1), a[a.length - 1] * 256 + b] : [...a, b]), []) : [parseInt(g, 16)]));
    const h = expand(groups(head));
    const t = expand(groups(tail));
    const words = tail === undefined ? h : [...h, ...new Array(8 - h.length - t.length).fill(0), ...t];
    const out = Buffer.alloc(16);
    words.forEach((w, i) => out.writeUInt16BE(w, i * 2));
    // An IPv4-mapped address is written as its 4 bytes (net.IP.To4).
    if (out.subarray(0, 10).every((b) => b === 0) && out[10] === 0xff && out[11] === 0xff)
        return out.subarray(12);
    return out;
}
function ipAddresses(ips) {
    return (ips ?? []).map((ip) => {
        if (typeof ip !== 'string')
            throw new goErrors/* GoError */.nY(`error parsing ip: ${(0,goFormat/* formatValue */.Fl)(ip ?? null)} is not a string`);
        const b = parseIP(ip);
        if (b === undefined)
            throw new goErrors/* GoError */.nY(`error parsing ip: ${ip}`);
        return b;
    });
}
function dnsNames(names) {
    return (names ?? []).map((n) => {
        if (typeof n !== 'string')
            throw new goErrors/* GoError */.nY(`error processing alternate dns name: ${(0,goFormat/* formatValue */.Fl)(n ?? null)} is not a string`);
        return n;
    });
}
function createCertificate(cn, ips, dns, daysValid, isCA, subjectKey, issuer) {
    // Go checks the signing key first (crypto.Signer), then marshals the subject's public key.
    const signer = signerFor(issuer === 'self' ? subjectKey : issuer.key);
    if (subjectKey.kind === 'dsa')
        throw new goErrors/* GoError */.nY('error creating certificate: x509: unsupported public key type: *dsa.PublicKey');
    const spkiDer = publicKeyDer(subjectKey);
    const spki = fromDer(spkiDer);
    const subject = subjectName(cn);
    const subjectDer = toDer(subject);
    const issuerName = issuer === 'self' ? subject : issuer.name;
    const now = new Date(Math.floor(Date.now() / 1000) * 1000);
    const notAfter = new Date(now.getTime() + Number(daysValid) * 86400_000);
    const extensions = [
        extension('2.5.29.15', true, keyUsage(isCA ? [0, 2, 5] : [0, 2])),
        extension('2.5.29.37', false, seq([oid('1.3.6.1.5.5.7.3.1'), oid('1.3.6.1.5.5.7.3.2')])),
        extension('2.5.29.19', true, seq(isCA ? [certificates_asn1.create(U, T.BOOLEAN, false, '\xff')] : [])),
    ];
    if (isCA) {
        // Go derives a missing CA subject key id from the public key: the first 160 bits of its SHA-256.
        const bits = spki.value[1].value;
        const skid = (0,external_node_crypto_.createHash)('sha256').update(Buffer.from(bits.slice(1), 'binary')).digest().subarray(0, 20);
        extensions.push(extension('2.5.29.14', false, octets(skid.toString('binary'))));
    }
    if (issuer !== 'self' && issuer.subjectKeyId !== undefined && !issuer.nameDer.equals(subjectDer)) {
        extensions.push(extension('2.5.29.35', false, seq([certificates_asn1.create(certificates_asn1.Class.CONTEXT_SPECIFIC, 0, false, issuer.subjectKeyId.toString('binary'))])));
    }
    if (dns.length > 0 || ips.length > 0) {
        const names = [
            ...dns.map((d) => certificates_asn1.create(certificates_asn1.Class.CONTEXT_SPECIFIC, 2, false, d)),
            ...ips.map((ip) => certificates_asn1.create(certificates_asn1.Class.CONTEXT_SPECIFIC, 7, false, ip.toString('binary'))),
        ];
        extensions.push(extension('2.5.29.17', cn === '', seq(names)));
    }
    const tbs = seq([
        certificates_asn1.create(certificates_asn1.Class.CONTEXT_SPECIFIC, 0, true, [certificates_asn1.create(U, T.INTEGER, false, '\x02')]),
        positiveInteger((0,external_node_crypto_.randomBytes)(16)),
        signer.algorithm,
        issuerName,
        seq([certTime(now), certTime(notAfter)]),
        subject,
        spki,
        certificates_asn1.create(certificates_asn1.Class.CONTEXT_SPECIFIC, 3, true, [seq(extensions)]),
    ]);
    const tbsDer = toDer(tbs);
    const signature = signer.sign(tbsDer);
    const cert = seq([tbs, signer.algorithm, certificates_asn1.create(U, T.BITSTRING, false, '\x00' + signature.toString('binary'))]);
    const b64 = toDer(cert).toString('base64').replace(/.{64}/g, '$&\n').replace(/\n$/, '');
    return `-----BEGIN CERTIFICATE-----\n${b64}\n-----END CERTIFICATE-----\n`;
}
function keyFromPem(pem) {
    try {
        return parsePrivateKeyPem(pem);
    }
    catch (e) {
        if (e instanceof KeyError)
            throw new goErrors/* GoError */.nY(`parsing private key: ${e.message}`);
        throw e;
    }
}
function issuerFromCA(ca) {
    const block = decodePem(ca.Cert);
    if (block === undefined)
        throw new goErrors/* GoError */.nY('unable to decode certificate');
    let tbs;
    try {
        new external_node_crypto_.X509Certificate(block.der);
        tbs = fromDer(block.der).value[0].value;
    }
    catch {
        throw new goErrors/* GoError */.nY('error parsing certificate: decodedSignerCert.Bytes: x509: malformed certificate');
    }
    let key;
    try {
        key = parsePrivateKeyPem(ca.Key);
    }
    catch (e) {
        if (e instanceof KeyError)
            throw new goErrors/* GoError */.nY(`error parsing private key: ${e.message}`);
        throw e;
    }
    const hasVersion = tbs[0].tagClass === certificates_asn1.Class.CONTEXT_SPECIFIC;
    const name = tbs[hasVersion ? 5 : 4];
    let subjectKeyId;
    const extWrapper = tbs.find((x) => x.tagClass === certificates_asn1.Class.CONTEXT_SPECIFIC && x.type === 3);
    for (const ext of extWrapper?.value?.[0]?.value ?? []) {
        const parts = ext.value;
        if (certificates_asn1.derToOid(lib_default().util.createBuffer(parts[0].value)) === '2.5.29.14') {
            const inner = certificates_asn1.fromDer(lib_default().util.createBuffer(parts[parts.length - 1].value));
            subjectKeyId = Buffer.from(inner.value, 'binary');
        }
    }
    return { name, nameDer: toDer(name), ...(subjectKeyId ? { subjectKeyId } : {}), key };
}
function certificate(cn, ips, dns, days, isCA, key, issuer) {
    const ipBytes = ipAddresses(ips);
    const names = dnsNames(dns);
    const signerInfo = issuer === 'self' ? 'self' : issuerFromCA(issuer);
    return new SprigCertificate(createCertificate(cn, ipBytes, names, days, isCA, key, signerInfo), pemForKey(key));
}
const certificateFunctions = {
    genPrivateKey: generatePrivateKey,
    genCA: (cn, days) => certificate(cn, null, null, days, true, generateRsa2048(), 'self'),
    genCAWithKey: (cn, days, pem) => certificate(cn, null, null, days, true, keyFromPem(pem), 'self'),
    genSelfSignedCert: (cn, ips, dns, days) => certificate(cn, ips, dns, days, false, generateRsa2048(), 'self'),
    genSelfSignedCertWithKey: (cn, ips, dns, days, pem) => certificate(cn, ips, dns, days, false, keyFromPem(pem), 'self'),
    genSignedCert: (cn, ips, dns, days, ca) => certificate(cn, ips, dns, days, false, generateRsa2048(), ca),
    genSignedCertWithKey: (cn, ips, dns, days, ca, pem) => certificate(cn, ips, dns, days, false, keyFromPem(pem), ca),
    buildCustomCert: (b64cert, b64key) => {
        const cert = decodeStdBase64(b64cert);
        if (cert === undefined)
            throw new goErrors/* GoError */.nY('unable to decode base64 certificate');
        const key = decodeStdBase64(b64key);
        if (key === undefined)
            throw new goErrors/* GoError */.nY('unable to decode base64 private key');
        const block = decodePem(cert);
        if (block === undefined)
            throw new goErrors/* GoError */.nY('unable to decode certificate');
        try {
            new external_node_crypto_.X509Certificate(block.der);
        }
        catch {
            throw new goErrors/* GoError */.nY('error parsing certificate: decodedCert.Bytes: x509: malformed certificate');
        }
        try {
            parsePrivateKeyPem(key);
        }
        catch (e) {
            if (e instanceof KeyError)
                throw new goErrors/* GoError */.nY(`error parsing private key: ${e.message}`);
            throw e;
        }
        return new SprigCertificate(cert, key);
    },
};
function decodeStdBase64(s) {
    const r = (0,goBase64/* decodeBase64Std */.x)(s);
    return typeof r === 'number' ? undefined : r.toString('utf8');
}


/***/ })

};
;
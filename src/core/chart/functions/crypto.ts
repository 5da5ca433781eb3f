/**
 * Sprig's crypto functions: bcrypt/htpasswd (bcryptjs, cost 10 = Go's DefaultCost, "$2a$" as
 * golang.org/x/crypto/bcrypt writes), randBytes, uuidv4, derivePassword, encryptAES/decryptAES, genPrivateKey and
 * the certificate generators. Random output is compared with Go's by shape.
 */
import { GoError } from '../template/goErrors.js';
import type { GoFunc } from '../template/funcTypes.js';
import { def } from './define.js';
import { decryptAES, encryptAES } from './aesCbc.js';
import { bcryptLibrary, certificatesLibrary, usingLibrary } from './functionLibraries.js';
import { derivePassword } from './derivePassword.js';
import { GoInt } from '../template/goValues.js';
import { goStringByteLength } from '../template/goBytes.js';

function bcrypt(input: string): string {
  if (goStringByteLength(input) > 72) return 'failed to encrypt string with bcrypt: bcrypt: password length exceeds 72 bytes';
  // bcryptjs writes $2b$; Go writes $2a$. For passwords up to 72 bytes the two compute the same hash.
  const bcryptjs = bcryptLibrary();
  return bcryptjs.hashSync(input, bcryptjs.genSaltSync(10)).replace(/^\$2b\$/, '$2a$');
}

type Certs = ReturnType<typeof certificatesLibrary>['certificateFunctions'];

export const cryptoFunctions: Record<string, GoFunc> = {
  ...usingLibrary('bcryptjs', {
    bcrypt: def(['string'], bcrypt),
    htpasswd: def(['string', 'string'], (user: string, password: string) =>
      user.includes(':') ? `invalid username: ${user}` : `${user}:${bcrypt(password)}`,
    ),
  }),
  randBytes: def(['int'], (count: bigint) => {
    if (count < 0n) throw new GoError(`runtime error: makeslice: len out of range`);
    return process.getBuiltinModule('node:crypto').randomBytes(Number(count)).toString('base64');
  }),
  // node:crypto is loaded on first use (here and in aesCbc, derivePassword): it costs a few ms of start-up.
  uuidv4: def([], () => process.getBuiltinModule('node:crypto').randomUUID()),
  derivePassword: def(['uint32', 'string', 'string', 'string', 'string'], (counter: GoInt | bigint, type: string, password: string, user: string, site: string) =>
    derivePassword(Number(typeof counter === 'bigint' ? counter : counter.value), type, password, user, site),
  ),
  encryptAES: def(['string', 'string'], encryptAES),
  decryptAES: def(['string', 'string'], decryptAES),
  // The key and certificate generators run in node-forge's chunk, loaded only for charts that call them.
  ...usingLibrary('certificates', {
    genPrivateKey: def(['string'], (t: string) => certificatesLibrary().certificateFunctions.genPrivateKey(t)),
    buildCustomCert: def(['string', 'string'], (...a: Parameters<Certs['buildCustomCert']>) => certificatesLibrary().certificateFunctions.buildCustomCert(...a)),
    genCA: def(['string', 'int'], (...a: Parameters<Certs['genCA']>) => certificatesLibrary().certificateFunctions.genCA(...a)),
    genCAWithKey: def(['string', 'int', 'string'], (...a: Parameters<Certs['genCAWithKey']>) => certificatesLibrary().certificateFunctions.genCAWithKey(...a)),
    genSelfSignedCert: def(['string', 'slice', 'slice', 'int'], (...a: Parameters<Certs['genSelfSignedCert']>) => certificatesLibrary().certificateFunctions.genSelfSignedCert(...a)),
    genSelfSignedCertWithKey: def(['string', 'slice', 'slice', 'int', 'string'], (...a: Parameters<Certs['genSelfSignedCertWithKey']>) =>
      certificatesLibrary().certificateFunctions.genSelfSignedCertWithKey(...a),
    ),
    genSignedCert: def(['string', 'slice', 'slice', 'int', 'sprig.certificate'], (...a: Parameters<Certs['genSignedCert']>) => certificatesLibrary().certificateFunctions.genSignedCert(...a)),
    genSignedCertWithKey: def(['string', 'slice', 'slice', 'int', 'sprig.certificate', 'string'], (...a: Parameters<Certs['genSignedCertWithKey']>) =>
      certificatesLibrary().certificateFunctions.genSignedCertWithKey(...a),
    ),
  }),
};

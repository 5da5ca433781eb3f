/**
 * Sprig's crypto functions implemented so far: bcrypt/htpasswd (bcryptjs, cost 10 = Go's DefaultCost, "$2a$"
 * as golang.org/x/crypto/bcrypt writes), randBytes, uuidv4. Output is random; it is compared by shape.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import bcryptjs from 'bcryptjs';
import { GoError } from '../template/goErrors.js';
import type { GoFunc } from '../template/funcTypes.js';
import { def } from './define.js';

function bcrypt(input: string): string {
  if (Buffer.byteLength(input) > 72) return 'failed to encrypt string with bcrypt: bcrypt: password length exceeds 72 bytes';
  // bcryptjs writes $2b$; Go writes $2a$. For passwords up to 72 bytes the two compute the same hash.
  return bcryptjs.hashSync(input, bcryptjs.genSaltSync(10)).replace(/^\$2b\$/, '$2a$');
}

export const cryptoFunctions: Record<string, GoFunc> = {
  bcrypt: def(['string'], bcrypt),
  htpasswd: def(['string', 'string'], (user: string, password: string) =>
    user.includes(':') ? `invalid username: ${user}` : `${user}:${bcrypt(password)}`,
  ),
  randBytes: def(['int'], (count: bigint) => {
    if (count < 0n) throw new GoError(`runtime error: makeslice: len out of range`);
    return randomBytes(Number(count)).toString('base64');
  }),
  uuidv4: def([], () => randomUUID()),
};

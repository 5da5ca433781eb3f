/** Sprig's math: int64 arithmetic with Go's wrapping and panics; float helpers through shopspring/decimal-like exact steps. */
import { GoError } from '../template/goErrors.js';
import { INT64_MAX, INT64_MIN, int64 as mkInt64 } from '../template/goValues.js';
import type { GoFunc } from '../template/funcTypes.js';
import { castInt64, toFloat64, toInt64 } from './goConvert.js';
import { def, defVariadic } from './define.js';
import { formatFloat } from '../template/goFloat.js';
import { formatValue } from '../template/goFormat.js';

const i64 = (v: unknown) => BigInt.asIntN(64, toInt64(v));

function div(a: bigint, b: bigint): bigint {
  if (b === 0n) throw new GoError('runtime error: integer divide by zero');
  return a / b;
}
function mod(a: bigint, b: bigint): bigint {
  if (b === 0n) throw new GoError('runtime error: integer divide by zero');
  return a % b;
}

/** shopspring/decimal arithmetic on the shortest decimal forms of float64s, then back to float64. */
function decimalOf(f: number): { m: bigint; e: number } {
  const s = formatFloat(f, 'e', -1); // d.ddde±x
  const [mant, exp] = s.split('e') as [string, string];
  const neg = mant.startsWith('-');
  const digits = mant.replace('-', '').replace('.', '');
  const fracLen = mant.includes('.') ? mant.length - mant.indexOf('.') - 1 : 0;
  return { m: (neg ? -1n : 1n) * BigInt(digits), e: Number(exp) - fracLen };
}
function decimalToFloat(m: bigint, e: number): number {
  return Number(`${m}e${e}`);
}
function decOp(a: number, b: number, op: '+' | '-' | '*' | '/'): number {
  if (!Number.isFinite(a) || !Number.isFinite(b)) {
    throw new GoError(`Cannot create a Decimal from ${!Number.isFinite(a) ? formatFloat(a, 'g', -1) : formatFloat(b, 'g', -1)}`);
  }
  const x = decimalOf(a);
  const y = decimalOf(b);
  const e = Math.min(x.e, y.e);
  const xm = x.m * 10n ** BigInt(x.e - e);
  const ym = y.m * 10n ** BigInt(y.e - e);
  switch (op) {
    case '+':
      return decimalToFloat(xm + ym, e);
    case '-':
      return decimalToFloat(xm - ym, e);
    case '*':
      return decimalToFloat(x.m * y.m, x.e + y.e);
    case '/': {
      if (y.m === 0n) throw new GoError('decimal division by 0');
      // DivisionPrecision = 16 digits after the point, rounded half away from zero.
      const prec = 16;
      const num = x.m * 10n ** BigInt(prec + 1 + Math.max(0, y.e - x.e));
      let q = num / y.m;
      const shift = x.e - y.e - (prec + 1 + Math.max(0, y.e - x.e));
      // round the last extra digit
      const neg = q < 0n;
      if (neg) q = -q;
      const last = q % 10n;
      q = q / 10n + (last >= 5n ? 1n : 0n);
      return decimalToFloat(neg ? -q : q, shift + 1);
    }
  }
}
function execDecimalOp(a: unknown, rest: unknown[], op: '+' | '-' | '*' | '/'): number {
  let acc = toFloat64(a);
  for (const b of rest) acc = decOp(acc, toFloat64(b), op);
  return acc;
}

function round(a: unknown, p: bigint, rOpt: number[]): number {
  const roundOn = rOpt.length > 0 ? rOpt[0]! : 0.5;
  const val = toFloat64(a);
  const pow = Math.pow(10, Number(p));
  const digit = pow * val;
  const frac = digit - Math.trunc(digit);
  const r = frac >= roundOn ? Math.ceil(digit) : Math.floor(digit);
  return r / pow;
}

function toDecimal(v: unknown): bigint {
  const s = formatValue(v === undefined ? null : v);
  if (!/^[+-]?[0-7]+$/.test(s)) return 0n;
  const n = BigInt((s.startsWith('-') ? '-' : '') + '0o' + s.replace(/^[+-]/, ''));
  return BigInt.asIntN(64, n) === n ? n : 0n;
}

export const mathFunctions: Record<string, GoFunc> = {
  atoi: def(['string'], (s: string) => {
    const m = /^[+-]?\d+$/.exec(s);
    if (!m) return 0n;
    // strconv.Atoi returns the clamped value with its range error; Sprig ignores the error.
    const n = BigInt(s);
    return n > INT64_MAX ? INT64_MAX : n < INT64_MIN ? INT64_MIN : n;
  }),
  int64: def(['any'], (v: unknown) => mkInt64(i64(v))),
  int: def(['any'], (v: unknown) => i64(v)),
  float64: def(['any'], (v: unknown) => toFloat64(v)),
  toDecimal: def(['any'], (v: unknown) => mkInt64(toDecimal(v))),
  add1: def(['any'], (v: unknown) => mkInt64(i64(v) + 1n)),
  add: defVariadic([], 'any', (xs: unknown[]) => mkInt64(xs.reduce<bigint>((a, b) => BigInt.asIntN(64, a + i64(b)), 0n))),
  sub: def(['any', 'any'], (a: unknown, b: unknown) => mkInt64(i64(a) - i64(b))),
  div: def(['any', 'any'], (a: unknown, b: unknown) => mkInt64(div(i64(a), i64(b)))),
  mod: def(['any', 'any'], (a: unknown, b: unknown) => mkInt64(mod(i64(a), i64(b)))),
  mul: defVariadic(['any'], 'any', (a: unknown, xs: unknown[]) => mkInt64(xs.reduce<bigint>((acc, b) => BigInt.asIntN(64, acc * i64(b)), i64(a)))),
  randInt: def(['int', 'int'], (min: bigint, max: bigint) => {
    const span = max - min;
    if (span <= 0n) throw new GoError('invalid argument to Intn');
    return min + BigInt(Math.floor(Math.random() * Number(span)));
  }),
  add1f: def(['any'], (v: unknown) => execDecimalOp(v, [1n], '+')),
  addf: defVariadic([], 'any', (xs: unknown[]) => execDecimalOp(0, xs, '+')),
  subf: defVariadic(['any'], 'any', (a: unknown, xs: unknown[]) => execDecimalOp(a, xs, '-')),
  divf: defVariadic(['any'], 'any', (a: unknown, xs: unknown[]) => execDecimalOp(a, xs, '/')),
  mulf: defVariadic(['any'], 'any', (a: unknown, xs: unknown[]) => execDecimalOp(a, xs, '*')),
  biggest: defVariadic(['any'], 'any', (a: unknown, xs: unknown[]) => mkInt64(xs.reduce<bigint>((m, b) => (i64(b) > m ? i64(b) : m), i64(a)))),
  max: defVariadic(['any'], 'any', (a: unknown, xs: unknown[]) => mkInt64(xs.reduce<bigint>((m, b) => (i64(b) > m ? i64(b) : m), i64(a)))),
  min: defVariadic(['any'], 'any', (a: unknown, xs: unknown[]) => mkInt64(xs.reduce<bigint>((m, b) => (i64(b) < m ? i64(b) : m), i64(a)))),
  maxf: defVariadic(['any'], 'any', (a: unknown, xs: unknown[]) => xs.reduce<number>((m, b) => goMax(m, toFloat64(b)), toFloat64(a))),
  minf: defVariadic(['any'], 'any', (a: unknown, xs: unknown[]) => xs.reduce<number>((m, b) => goMin(m, toFloat64(b)), toFloat64(a))),
  ceil: def(['any'], (a: unknown) => Math.ceil(toFloat64(a))),
  floor: def(['any'], (a: unknown) => Math.floor(toFloat64(a))),
  round: defVariadic(['any', 'int'], 'float64', round),
};

function goMax(a: number, b: number): number {
  if (Number.isNaN(a) || Number.isNaN(b)) return NaN;
  if (a === 0 && b === 0) return Object.is(a, -0) ? b : a;
  return a > b ? a : b;
}
function goMin(a: number, b: number): number {
  if (Number.isNaN(a) || Number.isNaN(b)) return NaN;
  if (a === 0 && b === 0) return Object.is(a, -0) ? a : b;
  return a < b ? a : b;
}

void castInt64;

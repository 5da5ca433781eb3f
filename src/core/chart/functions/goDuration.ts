/** Go's time.Duration: int64 nanoseconds, ParseDuration and String() with Go's exact forms and errors. */
import { GoError } from '../template/goErrors.js';
import { GoInt, GoObject, type MethodSignature } from '../template/goValues.js';

const SECOND = 1_000_000_000n;
const MINUTE = 60n * SECOND;
const HOUR = 60n * MINUTE;
export const MIN_DURATION = -(1n << 63n);
export const MAX_DURATION = (1n << 63n) - 1n;

/** time package's quote: non-ASCII and control bytes as \xNN, quotes and backslashes escaped. */
export function timeQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp >= 0x80 || cp < 0x20) {
      for (const b of Buffer.from(ch, 'utf8')) out += '\\x' + b.toString(16).padStart(2, '0');
    } else {
      if (ch === '"' || ch === '\\') out += '\\';
      out += ch;
    }
  }
  return out + '"';
}

/** Digits of v/10^prec after the point, trailing zeros dropped (Go's fmtFrac). */
function fraction(v: bigint, prec: number): [string, bigint] {
  let digits = '';
  let print = false;
  for (let i = 0; i < prec; i++) {
    const digit = v % 10n;
    print ||= digit !== 0n;
    if (print) digits = digit.toString() + digits;
    v /= 10n;
  }
  return [print ? '.' + digits : '', v];
}

export function formatDuration(d: bigint): string {
  const neg = d < 0n;
  let u = neg ? -d : d;
  let out: string;
  if (u < SECOND) {
    if (u === 0n) return '0s';
    let unit: string;
    let prec: number;
    if (u < 1000n) [unit, prec] = ['ns', 0];
    else if (u < 1_000_000n) [unit, prec] = ['µs', 3];
    else [unit, prec] = ['ms', 6];
    const [frac, whole] = fraction(u, prec);
    out = whole.toString() + frac + unit;
  } else {
    const [frac, secs] = fraction(u, 9);
    u = secs;
    out = (u % 60n).toString() + frac + 's';
    u /= 60n;
    if (u > 0n) {
      out = (u % 60n).toString() + 'm' + out;
      u /= 60n;
      if (u > 0n) out = u.toString() + 'h' + out;
    }
  }
  return neg ? '-' + out : out;
}

const UNITS: Record<string, bigint> = {
  ns: 1n,
  us: 1000n,
  'µs': 1000n, // U+00B5
  'μs': 1000n, // U+03BC
  ms: 1_000_000n,
  s: SECOND,
  m: MINUTE,
  h: HOUR,
};

const LIMIT = 1n << 63n;

/** time.ParseDuration: the nanoseconds or Go's error text. */
export function parseDurationE(orig: string): bigint | string {
  let s = orig;
  let d = 0n;
  let neg = false;
  const invalid = `time: invalid duration ${timeQuote(orig)}`;
  if (s !== '' && (s[0] === '-' || s[0] === '+')) {
    neg = s[0] === '-';
    s = s.slice(1);
  }
  if (s === '0') return 0n;
  if (s === '') return invalid;
  while (s !== '') {
    if (!(s[0] === '.' || (s[0]! >= '0' && s[0]! <= '9'))) return invalid;
    let i = 0;
    let v = 0n;
    while (i < s.length && s[i]! >= '0' && s[i]! <= '9') {
      if (v > LIMIT / 10n) return invalid;
      v = v * 10n + BigInt(s.charCodeAt(i) - 48);
      if (v > LIMIT) return invalid;
      i++;
    }
    const pre = i > 0;
    s = s.slice(i);
    let post = false;
    let f = 0n;
    let scale = 1;
    if (s !== '' && s[0] === '.') {
      s = s.slice(1);
      let j = 0;
      let overflow = false;
      while (j < s.length && s[j]! >= '0' && s[j]! <= '9') {
        if (!overflow) {
          if (f > (LIMIT - 1n) / 10n) overflow = true;
          else {
            const y = f * 10n + BigInt(s.charCodeAt(j) - 48);
            if (y > LIMIT) overflow = true;
            else {
              f = y;
              scale *= 10;
            }
          }
        }
        j++;
      }
      post = j > 0;
      s = s.slice(j);
    }
    if (!pre && !post) return invalid;
    let k = 0;
    while (k < s.length && !(s[k] === '.' || (s[k]! >= '0' && s[k]! <= '9'))) k++;
    if (k === 0) return `time: missing unit in duration ${timeQuote(orig)}`;
    const u = s.slice(0, k);
    s = s.slice(k);
    const unit = UNITS[u];
    if (unit === undefined) return `time: unknown unit ${timeQuote(u)} in duration ${timeQuote(orig)}`;
    if (v > LIMIT / unit) return invalid;
    v *= unit;
    if (f > 0n) {
      // Go computes the fraction in float64 and truncates: uint64(float64(f) * (float64(unit) / scale)).
      v += BigInt(Math.trunc(Number(f) * (Number(unit) / scale)));
      if (v > LIMIT) return invalid;
    }
    d += v;
    if (d > LIMIT) return invalid;
  }
  if (neg) return BigInt.asIntN(64, -d);
  if (d > MAX_DURATION) return invalid;
  return d;
}

/** Duration.Round. */
export function roundDuration(d: bigint, m: bigint): bigint {
  if (m <= 0n) return d;
  let r = d % m;
  const lessThanHalf = (x: bigint, y: bigint) => BigInt.asUintN(64, x + x) < BigInt.asUintN(64, y);
  if (d < 0n) {
    r = -r;
    if (lessThanHalf(r, m)) return d + r;
    const d1 = d - m + r;
    return d1 < d && d1 >= MIN_DURATION ? d1 : MIN_DURATION;
  }
  if (lessThanHalf(r, m)) return d - r;
  const d1 = d + m - r;
  return d1 > d && d1 <= MAX_DURATION ? d1 : MAX_DURATION;
}

export function truncateDuration(d: bigint, m: bigint): bigint {
  return m <= 0n ? d : d - (d % m);
}

/** A time.Duration value in a template: prints as String(), encodes to JSON as its integer. */
export class GoDuration extends GoObject {
  constructor(readonly ns: bigint) {
    super();
  }
  goType(): string {
    return 'time.Duration';
  }
  override goString(): string {
    return formatDuration(this.ns);
  }
  override isTruthy(): boolean {
    return this.ns !== 0n;
  }
  override methodSignature(name: string): MethodSignature | undefined {
    if (name === 'Round' || name === 'Truncate') return { params: ['time.Duration'] };
    return undefined;
  }
  marshalJSON(): string {
    return this.ns.toString();
  }
  String(): string {
    return formatDuration(this.ns);
  }
  Nanoseconds(): GoInt {
    return new GoInt('int64', this.ns);
  }
  Microseconds(): GoInt {
    return new GoInt('int64', this.ns / 1000n);
  }
  Milliseconds(): GoInt {
    return new GoInt('int64', this.ns / 1_000_000n);
  }
  Seconds(): number {
    return Number(this.ns / SECOND) + Number(this.ns % SECOND) / 1e9;
  }
  Minutes(): number {
    return Number(this.ns / MINUTE) + Number(this.ns % MINUTE) / (60 * 1e9);
  }
  Hours(): number {
    return Number(this.ns / HOUR) + Number(this.ns % HOUR) / (60 * 60 * 1e9);
  }
  Round(m: GoDuration): GoDuration {
    return new GoDuration(roundDuration(this.ns, m.ns));
  }
  Truncate(m: GoDuration): GoDuration {
    return new GoDuration(truncateDuration(this.ns, m.ns));
  }
  Abs(): GoDuration {
    if (this.ns >= 0n) return this;
    return new GoDuration(this.ns === MIN_DURATION ? MAX_DURATION : -this.ns);
  }
}

export function parseDuration(s: string): GoDuration {
  const d = parseDurationE(s);
  if (typeof d === 'string') throw new GoError(d);
  return new GoDuration(d);
}

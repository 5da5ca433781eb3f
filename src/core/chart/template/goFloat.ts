/** strconv.FormatFloat for float64, exact: shortest digits from V8 (also shortest round-trip), fixed precision by exact decimal expansion with Go's round-half-even. */

interface Decimal {
  digits: string; // no leading zeros; "" for zero
  dp: number; // decimal point position: value = 0.digits × 10^dp
  neg: boolean;
}

const f64 = new Float64Array(1);
const u64 = new BigUint64Array(f64.buffer);

/** Exact decimal expansion of a finite double. */
function exactDecimal(f: number): Decimal {
  f64[0] = f;
  const bits = u64[0];
  const neg = bits >> 63n === 1n;
  const expBits = Number((bits >> 52n) & 0x7ffn);
  let mant = bits & ((1n << 52n) - 1n);
  let exp: number;
  if (expBits === 0) exp = -1074;
  else {
    mant |= 1n << 52n;
    exp = expBits - 1075;
  }
  if (mant === 0n) return { digits: '', dp: 0, neg };
  let digits: string;
  let dp: number;
  if (exp >= 0) {
    digits = (mant << BigInt(exp)).toString();
    dp = digits.length;
  } else {
    digits = (mant * 5n ** BigInt(-exp)).toString();
    dp = digits.length + exp;
  }
  digits = digits.replace(/0+$/, '');
  return { digits, dp, neg };
}

/** Shortest round-trip digits. */
function shortestDecimal(f: number): Decimal {
  const neg = f < 0 || Object.is(f, -0);
  if (f === 0) return { digits: '', dp: 0, neg };
  const s = Math.abs(f).toExponential(); // d.ddddde±x, shortest
  const e = s.indexOf('e');
  const digits = (s[0] + s.slice(2, e)).replace(/0+$/, '');
  return { digits, dp: Number(s.slice(e + 1)) + 1, neg };
}

/** Rounds to `nd` significant digits, half to even on exact ties (the digit string is exact). */
function roundDecimal(d: Decimal, nd: number): Decimal {
  if (nd < 0) return { digits: '', dp: d.dp, neg: d.neg };
  if (d.digits.length <= nd) return d;
  const next = d.digits.charCodeAt(nd) - 48;
  let up: boolean;
  if (next > 5) up = true;
  else if (next < 5) up = false;
  else if (d.digits.length > nd + 1) up = true; // anything after the 5 makes it more than half
  else up = nd > 0 && (d.digits.charCodeAt(nd - 1) - 48) % 2 === 1;
  let digits = d.digits.slice(0, nd);
  let dp = d.dp;
  if (up) {
    const arr = digits.split('');
    let i = arr.length - 1;
    while (i >= 0 && arr[i] === '9') {
      arr[i] = '0';
      i--;
    }
    if (i < 0) {
      arr.unshift('1');
      dp++;
      arr.pop();
    } else arr[i] = String.fromCharCode(arr[i]!.charCodeAt(0) + 1);
    digits = arr.join('');
    if (nd === 0) {
      digits = '1';
      dp++;
    }
  }
  return { digits: digits.replace(/0+$/, ''), dp, neg: d.neg };
}

function fmtE(d: Decimal, prec: number, upper: boolean): string {
  let out = d.digits.length > 0 ? d.digits[0]! : '0';
  if (prec > 0) {
    out += '.';
    let rest = d.digits.slice(1, 1 + prec);
    while (rest.length < prec) rest += '0';
    out += rest;
  }
  let exp = d.digits.length > 0 ? d.dp - 1 : 0;
  const sign = exp < 0 ? '-' : '+';
  if (exp < 0) exp = -exp;
  return out + (upper ? 'E' : 'e') + sign + (exp < 10 ? '0' : '') + String(exp);
}

function fmtF(d: Decimal, prec: number): string {
  let out = '';
  if (d.dp > 0) {
    let m = Math.min(d.digits.length, d.dp);
    out += d.digits.slice(0, m);
    for (; m < d.dp; m++) out += '0';
  } else out = '0';
  if (prec > 0) {
    out += '.';
    for (let i = 1; i <= prec; i++) {
      const j = d.dp + i - 1;
      out += j >= 0 && j < d.digits.length ? d.digits[j] : '0';
    }
  }
  return out;
}

/** strconv.FormatFloat(f, fmt, prec, 64) for fmt in e, E, f, g, G. */
export function formatFloat(f: number, fmt: 'e' | 'E' | 'f' | 'g' | 'G', prec: number): string {
  if (Number.isNaN(f)) return 'NaN';
  if (f === Infinity) return '+Inf';
  if (f === -Infinity) return '-Inf';
  const shortest = prec < 0;
  let d: Decimal;
  if (shortest) {
    d = shortestDecimal(f);
    switch (fmt) {
      case 'e':
      case 'E':
        prec = Math.max(d.digits.length - 1, 0);
        break;
      case 'f':
        prec = Math.max(d.digits.length - d.dp, 0);
        break;
      default:
        prec = d.digits.length;
    }
  } else {
    const exact = exactDecimal(f);
    switch (fmt) {
      case 'e':
      case 'E':
        d = roundDecimal(exact, 1 + prec);
        break;
      case 'f':
        d = roundDecimal(exact, exact.dp + prec);
        break;
      default:
        if (prec === 0) prec = 1;
        d = roundDecimal(exact, prec);
    }
  }
  const sign = d.neg ? '-' : '';
  switch (fmt) {
    case 'e':
    case 'E':
      return sign + fmtE(d, prec, fmt === 'E');
    case 'f':
      return sign + fmtF(d, prec);
  }
  let eprec = prec;
  if (eprec > d.digits.length && d.digits.length >= d.dp) eprec = d.digits.length;
  if (shortest) eprec = 6;
  const exp = d.dp - 1;
  if (d.digits.length > 0 && (exp < -4 || exp >= eprec)) {
    if (prec > d.digits.length) prec = d.digits.length;
    return sign + fmtE(d, prec - 1, fmt === 'G');
  }
  if (d.digits.length === 0) return sign + '0';
  if (prec > d.dp) prec = d.digits.length;
  return sign + fmtF(d, Math.max(prec - d.dp, 0));
}

/** encoding/json's float64 format (ES6 number-to-string with Go's exponent cleanup). */
export function formatJSONFloat(f: number): string {
  const abs = Math.abs(f);
  let fmt: 'f' | 'e' = 'f';
  if (abs !== 0 && (abs < 1e-6 || abs >= 1e21)) fmt = 'e';
  let s = formatFloat(f, fmt, -1);
  if (fmt === 'e') {
    // clean up e-09 to e-9
    const n = s.length;
    if (n >= 4 && s[n - 4] === 'e' && s[n - 3] === '-' && s[n - 2] === '0') s = s.slice(0, n - 2) + s.slice(n - 1);
  }
  return s;
}

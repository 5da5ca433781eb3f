/** strconv.ParseInt / ParseUint / ParseFloat with base 0 (Go literal syntax), as the template parser uses them. */

function lower(c: string): string {
  return c.toLowerCase();
}

/** strconv's underscoreOK: underscores must separate digits (or follow a base prefix). */
export function underscoreOK(s: string): boolean {
  let saw = '^';
  let i = 0;
  if (s.length >= 1 && (s[0] === '-' || s[0] === '+')) s = s.slice(1);
  let hex = false;
  if (s.length >= 2 && s[0] === '0' && 'box'.includes(lower(s[1]!))) {
    i = 2;
    saw = '0';
    hex = lower(s[1]!) === 'x';
  }
  for (; i < s.length; i++) {
    const c = s[i]!;
    if ((c >= '0' && c <= '9') || (hex && /[a-fA-F]/.test(c))) {
      saw = '0';
      continue;
    }
    if (c === '_') {
      if (saw !== '0') return false;
      saw = '_';
      continue;
    }
    if (saw === '_') return false;
    saw = '!';
  }
  return saw !== '_';
}

/** Parses an unsigned magnitude in base 0; undefined on syntax error. */
function parseMagnitude(s: string): bigint | undefined {
  if (s.length === 0) return undefined;
  const s0 = s;
  let base = 10;
  if (s[0] === '0') {
    if (s.length >= 3 && lower(s[1]!) === 'b') {
      base = 2;
      s = s.slice(2);
    } else if (s.length >= 3 && lower(s[1]!) === 'o') {
      base = 8;
      s = s.slice(2);
    } else if (s.length >= 3 && lower(s[1]!) === 'x') {
      base = 16;
      s = s.slice(2);
    } else {
      base = 8;
      s = s.slice(1);
    }
  }
  let n = 0n;
  const b = BigInt(base);
  let underscores = false;
  for (const c of s) {
    if (c === '_') {
      underscores = true;
      continue;
    }
    const d = parseInt(c, 36);
    if (Number.isNaN(d) || d >= base) return undefined;
    n = n * b + BigInt(d);
  }
  if (underscores && !underscoreOK(s0)) return undefined;
  return n;
}

export function parseGoUint(s: string): bigint | undefined {
  if (s.startsWith('+') || s.startsWith('-')) return undefined;
  const n = parseMagnitude(s);
  if (n === undefined || n > 0xffffffffffffffffn) return undefined;
  return n;
}

export function parseGoInt(s: string): bigint | undefined {
  let neg = false;
  if (s[0] === '+' || s[0] === '-') {
    neg = s[0] === '-';
    s = s.slice(1);
  }
  let n = parseMagnitude(s);
  if (n === undefined) return undefined;
  if (neg) n = -n;
  if (n > 0x7fffffffffffffffn || n < -0x8000000000000000n) return undefined;
  return n;
}

/** strconv.ParseFloat(s, 64) for Go literal syntax (decimal, hex with p exponent, underscores, inf/nan). */
export function parseGoFloat(s: string): number | undefined {
  const lowerS = s.toLowerCase();
  // A sign may precede "inf"/"infinity" but not "nan" (strconv's special()).
  if (lowerS === 'nan') return NaN;
  const m = /^([+-]?)(inf|infinity)$/.exec(lowerS);
  if (m) return m[1] === '-' ? -Infinity : Infinity;
  if (s.includes('_')) {
    if (!underscoreOK(s)) return undefined;
    s = s.replace(/_/g, '');
  }
  const hex = /^([+-]?)0[xX]([0-9a-fA-F]*)(?:\.([0-9a-fA-F]*))?[pP]([+-]?\d+)$/.exec(s);
  if (hex) {
    const intPart = hex[2] ?? '';
    const frac = hex[3] ?? '';
    if (intPart.length + frac.length === 0) return undefined;
    const mant = BigInt('0x' + (intPart + frac || '0'));
    const exp = Number(hex[4]) - 4 * frac.length;
    const v = Number(mant) * Math.pow(2, exp);
    // Out of float64 range is ErrRange: callers treat it as a failed parse.
    if (!Number.isFinite(v)) return undefined;
    return hex[1] === '-' ? -v : v;
  }
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(s)) return undefined;
  const v = Number(s);
  return Number.isFinite(v) ? v : undefined;
}

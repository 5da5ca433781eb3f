/**
 * go-yaml v2's view of a plain scalar (what sigs.k8s.io/yaml resolves `yes`, `0x1F`, `1e3`… to) and how
 * sigs.k8s.io/yaml prints a float as text. Shared by the full YAML reader, the block reader and the
 * manifest head scanner.
 */
const RESOLVED: ReadonlyMap<string, unknown> = new Map<string, unknown>([
  ...['y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON'].map((s) => [s, true] as const),
  ...['n', 'N', 'no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF'].map((s) => [s, false] as const),
  ...['', '~', 'null', 'Null', 'NULL'].map((s) => [s, null] as const),
  ...['.nan', '.NaN', '.NAN'].map((s) => [s, NaN] as const),
  ...['.inf', '.Inf', '.INF', '+.inf', '+.Inf', '+.INF'].map((s) => [s, Infinity] as const),
  ...['-.inf', '-.Inf', '-.INF'].map((s) => [s, -Infinity] as const),
]);
const YAML_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
const DOT_FLOAT = /^\.[0-9]+([eE][-+]?[0-9]+)?$/;
const GO_INT = /^[-+]?(0[bB][01]+|0[oO][0-7]+|0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)$/;

/** A YAML integer as go-yaml decodes it (kept exact), distinct from a float. */
export class YamlInt {
  constructor(readonly value: bigint) {}
  /** Map keys are stringified by the parser; an int key becomes its decimal text, as in Go. */
  toString(): string {
    return String(this.value);
  }
}

/**
 * go-yaml v2's resolve() of a plain scalar: null, bool, YamlInt (Go's ParseInt/ParseUint with base
 * prefixes and leading-zero octal, underscores dropped), float (number) or the string itself.
 */
export function resolvePlainScalar(text: string): unknown {
  const c = text.length === 0 ? 0 : text.charCodeAt(0);
  const digitOrSign = (c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2d;
  const hinted = text.length === 0 || digitOrSign || c === 0x2e || 'yYnNtTfFoO~'.includes(text[0]!);
  if (!hinted) return text;
  if (RESOLVED.has(text)) return RESOLVED.get(text);
  if (c === 0x2e) return DOT_FLOAT.test(text) ? Number(text) : text;
  if (!digitOrSign) return text;
  const plain = text.replaceAll('_', '');
  if (GO_INT.test(plain)) {
    const n = goParseInt(plain);
    if (n !== undefined) return new YamlInt(n);
  }
  if (YAML_FLOAT.test(plain)) return Number(plain);
  return text;
}

function goParseInt(s: string): bigint | undefined {
  let negative = false;
  let body = s;
  if (body[0] === '+' || body[0] === '-') {
    negative = body[0] === '-';
    body = body.slice(1);
  }
  let value: bigint;
  if (/^0[bB]/.test(body)) value = BigInt('0b' + body.slice(2));
  else if (/^0[oO]/.test(body)) value = BigInt('0o' + body.slice(2));
  else if (/^0[xX]/.test(body)) value = BigInt('0x' + body.slice(2));
  else if (body.length > 1 && body[0] === '0') value = BigInt('0o' + body.slice(1));
  else value = BigInt(body);
  const signed = negative ? -value : value;
  // ParseInt (int64) or, for non-negative values, ParseUint (uint64); otherwise the text is tried as a float.
  if (signed < -(1n << 63n) || signed > (1n << 64n) - 1n) return undefined;
  return signed;
}

/** strconv.FormatFloat(f, 'g', -1, 32): how sigs.k8s.io/yaml turns a float key or string field into text. */
export function formatFloat32G(f: number): string {
  if (Number.isNaN(f)) return 'NaN';
  if (f === Infinity) return '+Inf';
  if (f === -Infinity) return '-Inf';
  if (f === 0) return Object.is(f, -0) ? '-0' : '0';
  const target = Math.fround(f);
  let exp = '';
  for (let p = 1; p <= 9; p++) {
    exp = target.toExponential(p - 1);
    if (Math.fround(Number(exp)) === target) break;
  }
  const [mant, e] = exp.split('e') as [string, string];
  const digits = mant.replace('-', '').replace('.', '');
  const x = Number(e);
  const sign = target < 0 ? '-' : '';
  if (x < -4 || x >= 6) {
    const m = digits.length > 1 ? digits[0] + '.' + digits.slice(1) : digits;
    return `${sign}${m}e${x < 0 ? '-' : '+'}${String(Math.abs(x)).padStart(2, '0')}`;
  }
  if (x < 0) return `${sign}0.${'0'.repeat(-x - 1)}${digits}`;
  if (digits.length <= x + 1) return sign + digits + '0'.repeat(x + 1 - digits.length);
  return `${sign}${digits.slice(0, x + 1)}.${digits.slice(x + 1)}`;
}

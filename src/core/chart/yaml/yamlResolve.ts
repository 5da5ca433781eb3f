/** go-yaml v2's resolve(): which plain scalars would read back as something other than a string. */

const NON_STRING = new Set([
  'y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON',
  'n', 'N', 'no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF',
  '', '~', 'null', 'Null', 'NULL', '.nan', '.NaN', '.NAN', '.inf', '.Inf', '.INF',
  '+.inf', '+.Inf', '+.INF', '-.inf', '-.Inf', '-.INF',
]);

const YAML_STYLE_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
const BASE60_FLOAT = /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/;

function isGoInt(s: string, base0: boolean): boolean {
  // strconv.ParseInt/ParseUint(s, 0, 64) syntax and range
  const m = /^([+-]?)(0[xX][0-9a-fA-F_]+|0[oO][0-7_]+|0[bB][01_]+|0[0-7_]*|[1-9][0-9_]*)$/.exec(s);
  if (!m) return false;
  if (!base0) return true;
  let body = m[2]!.replace(/_/g, '');
  let v: bigint;
  try {
    if (/^0[oO]/.test(body)) body = '0o' + body.slice(2);
    else if (/^0[0-7]+$/.test(body)) body = '0o' + body.slice(1);
    v = BigInt(body);
  } catch {
    return false;
  }
  if (m[1] === '-') return v <= 1n << 63n;
  return v <= (1n << 64n) - 1n;
}

function isTimestamp(s: string): boolean {
  if (!/^\d{4}-/.test(s)) return false;
  const date = '(\\d{4})-(\\d{1,2})-(\\d{1,2})';
  const time = '(\\d{1,2}):(\\d{1,2}):(\\d{1,2})(\\.\\d+)?';
  const forms = [new RegExp(`^${date}[Tt]${time}(Z|[+-]\\d{2}:\\d{2})$`), new RegExp(`^${date} ${time}$`), new RegExp(`^${date}$`)];
  for (const re of forms) {
    const m = re.exec(s);
    if (!m) continue;
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (mo < 1 || mo > 12) continue;
    const dim = new Date(Date.UTC(y, mo, 0)).getUTCDate();
    if (d < 1 || d > dim) continue;
    if (m[4] !== undefined && (Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6]) > 59)) continue;
    return true;
  }
  return false;
}

/** True when go-yaml v2 would resolve the plain scalar `s` to a string (so it may be written unquoted). */
export function resolvesToString(s: string): boolean {
  if (NON_STRING.has(s)) return false;
  const c = s[0];
  if (c === undefined) return false;
  if (c === '.') return !isParseFloat(s);
  if (c === '+' || c === '-' || (c >= '0' && c <= '9')) {
    if (isTimestamp(s)) return false;
    const plain = s.replace(/_/g, '');
    if (isGoInt(plain, true)) return false;
    if (YAML_STYLE_FLOAT.test(plain)) return false;
    if (/^-?0b[01]+$/.test(plain)) return false;
    return true;
  }
  return true;
}

function isParseFloat(s: string): boolean {
  return /^\.[0-9]+([eE][-+]?[0-9]+)?$/.test(s);
}

export function isBase60Float(s: string): boolean {
  const c = s[0];
  if (c === undefined || !(c === '+' || c === '-' || (c >= '0' && c <= '9')) || !s.includes(':')) return false;
  return BASE60_FLOAT.test(s);
}

/** The YAML scalar go-yaml v2 reads from a JSON number literal: int, uint or float. */
export function resolveJSONNumber(text: string): { kind: 'int'; value: bigint } | { kind: 'float'; value: number } {
  if (/^-?\d+$/.test(text)) {
    const v = BigInt(text);
    if (v >= -(1n << 63n) && v <= (1n << 64n) - 1n) return { kind: 'int', value: v };
  }
  return { kind: 'float', value: Number(text) };
}

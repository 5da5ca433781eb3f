/**
 * The tree go-yaml v3's encoder builds straight from a Go value (Helm's toYamlPretty has no JSON round trip,
 * so ints stay ints, times are RFC 3339 and NaN or Inf are written rather than refused).
 */
import { GoDuration } from '../functions/goDuration.js';
import { GoTime } from '../functions/goTime.js';
import { formatTime } from '../functions/goTimeLayout.js';
import { SemverValue } from '../functions/semver.js';
import { GoError } from '../template/goErrors.js';
import { formatFloat } from '../template/goFloat.js';
import { GoInt, GoObject, goTypeName, isGoMap } from '../template/goValues.js';
import { sortYamlKeys, type YamlNode } from './yamlNode.js';
import { goStringBytes, holdsRawBytes } from '../template/goBytes.js';

const RFC3339_NANO = '2006-01-02T15:04:05.999999999Z07:00';

/** encoder.floatv: strconv 'g' form, with YAML's spellings of the infinities and NaN. */
function floatScalar(f: number): string {
  const s = formatFloat(f, 'g', -1);
  return s === '+Inf' ? '.inf' : s === '-Inf' ? '-.inf' : s === 'NaN' ? '.nan' : s;
}

/** encodeBase64 of go-yaml v3: lines of 70 characters, each ended by a newline once there are two or more. */
function binaryNode(b64: string): YamlNode {
  if (b64.length < 70) return { t: 'plain', v: b64, tag: '!!binary' };
  let lines = '';
  for (let i = 0; i < b64.length; i += 70) lines += b64.slice(i, i + 70) + '\n';
  return { t: 'str', v: lines, tag: '!!binary' };
}

/** encoder.marshal for the values a template can hold; a Go struct without a YAML form is a GoError (toYamlPretty then returns ""). */
export function goValueYamlNode(v: unknown): YamlNode {
  if (v === null || v === undefined) return { t: 'plain', v: 'null' };
  switch (typeof v) {
    case 'string':
      // go-yaml v3 cannot write bytes that are not UTF-8 as text: it tags them !!binary, base64-encoded.
      if (holdsRawBytes(v)) return binaryNode(goStringBytes(v).toString('base64'));
      return { t: 'str', v };
    case 'boolean':
      return { t: 'plain', v: v ? 'true' : 'false' };
    case 'number':
      return { t: 'plain', v: floatScalar(v) };
    case 'bigint':
      return { t: 'plain', v: v.toString() };
  }
  if (v instanceof GoInt) return { t: 'plain', v: v.value.toString() };
  if (Array.isArray(v)) return { t: 'seq', items: v.map(goValueYamlNode) };
  // []byte is a slice of uint8 to reflect: a sequence of numbers.
  if (v instanceof Uint8Array) return { t: 'seq', items: [...v].map((b) => ({ t: 'plain', v: String(b) })) };
  if (isGoMap(v)) return { t: 'map', entries: sortYamlKeys(Object.keys(v), 'v3').map((k) => [k, goValueYamlNode(v[k])]) };
  if (v instanceof GoTime) return { t: 'plain', v: formatTime(v, RFC3339_NANO) };
  if (v instanceof GoDuration) return { t: 'str', v: v.String() };
  // semver.Version is an encoding.TextMarshaler: its text is the version string.
  if (v instanceof SemverValue) return { t: 'str', v: v.String() };
  if (v instanceof GoObject) {
    const u = v.underlying();
    if (u !== undefined) return goValueYamlNode(u.value);
  }
  throw new GoError(`yaml: cannot marshal type: ${goTypeName(v)}`);
}

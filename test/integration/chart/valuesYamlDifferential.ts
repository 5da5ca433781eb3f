/**
 * Seeded random values files in the YAML people write (block and flow collections, every scalar form go-yaml
 * v2 resolves, quoting, block scalars, anchors, aliases and merge keys, comments, several documents, odd
 * keys) for the values differential: slipway must read each exactly as `helm template -f` does.
 * A lone quote as a value opens a multi-line quoted scalar, and usually invalid YAML: go-yaml's verdict and words
 * (yaml/goYamlSyntax.ts) must be Helm's there. Left out, as a known difference (docs/render.md): a lone `-` (in
 * `- -` followed by `- x`, js-yaml puts x in the inner sequence, libyaml in the outer one).
 */

const PLAIN = [
  '1', '-1', '+1', '0', '-0', '007', '0755', '0o17', '0x1F', '0b101', '1_000', '1.5', '.5', '-.5', '1e3', '1E-3', '6.02e+23', '1.', '12345678901234567890',
  '9007199254740993', '0x7fffffffffffffff', '-9223372036854775808', '.inf', '-.Inf', '.nan', 'true', 'False', 'yes', 'No', 'on', 'OFF', 'y', 'n', '~', 'null', 'NULL',
  '2024-01-15', '2001-12-14t21:59:43.10-05:00', '12:30:00', '1:20', 'v1.2.3', 'abc', 'hello world', 'a#b', 'x:y', 'http://example.com:8080/p?q=1', '-dash', '@', '%',
  'café', "it's", '=', '<<', '"', "'", '0.1.2', '1e', '0x', '+', '.', '..', '1,000', '[x]', '{y}', 'a b # trailing comment',
];
const KEYS = ['name', 'replicas', 'image', 'on', 'yes', 'y', 'n', '1', '2.5', 'true', 'key with spaces', '"quoted key"', "'single'", 'a.b', 'a-b', 'A_B', '$schema', 'url', 'enabled', 'port'];
/** Null keys make helm refuse the whole file: rare, so most files test what they hold. */
const NULL_KEYS = ['null', '~', 'NULL'];

function scalar(rnd: () => number): string {
  const r = rnd();
  const p = PLAIN[Math.floor(rnd() * PLAIN.length)]!;
  if (r < 0.55) return p;
  if (r < 0.7) return JSON.stringify(p);
  if (r < 0.8) return `'${p.replaceAll("'", "''")}'`;
  if (r < 0.85) return `"${p}\\t\\u00e9\\x41\\\\"`;
  if (r < 0.9) return `!!str ${p.replace(/[#'"\[\]{},&*!|>%@`]/g, '')}`;
  if (r < 0.93) return '!!binary aGVsbG8gd29ybGQ=';
  return `${p} # comment`;
}

function key(rnd: () => number): string {
  if (rnd() < 0.01) return NULL_KEYS[Math.floor(rnd() * NULL_KEYS.length)]!;
  return KEYS[Math.floor(rnd() * KEYS.length)]!;
}

function block(rnd: () => number, indent: number, depth: number, out: string[], anchors: string[]): void {
  const pad = ' '.repeat(indent);
  const entries = 1 + Math.floor(rnd() * 4);
  for (let i = 0; i < entries; i++) {
    const k = key(rnd);
    const r = rnd();
    if (depth < 3 && r < 0.25) {
      const anchor = rnd() < 0.2 ? ` &a${anchors.length}` : '';
      if (anchor) anchors.push(`a${anchors.length}`);
      out.push(`${pad}${k}:${anchor}`);
      block(rnd, indent + 2, depth + 1, out, anchors);
    } else if (depth < 3 && r < 0.4) {
      out.push(`${pad}${k}:`);
      const compact = rnd() < 0.4;
      const items = 1 + Math.floor(rnd() * 3);
      for (let j = 0; j < items; j++) {
        if (rnd() < 0.3) {
          out.push(`${compact ? pad : pad + '  '}- ${key(rnd)}: ${scalar(rnd)}`);
          out.push(`${compact ? pad : pad + '  '}  ${key(rnd)}: ${scalar(rnd)}`);
        } else out.push(`${compact ? pad : pad + '  '}- ${scalar(rnd)}`);
      }
    } else if (r < 0.5) {
      const n = Math.floor(rnd() * 3);
      const items = Array.from({ length: n }, () => PLAIN[Math.floor(rnd() * 20)]!);
      out.push(rnd() < 0.5 ? `${pad}${k}: [${items.join(', ')}]` : `${pad}${k}: {${items.map((x, j) => `k${j}: ${x}`).join(', ')}}`);
    } else if (r < 0.58) {
      const style = ['|', '|-', '|+', '>', '>-'][Math.floor(rnd() * 5)]!;
      out.push(`${pad}${k}: ${style}`);
      out.push(`${pad}  line one: ${scalar(rnd)}`);
      if (rnd() < 0.5) out.push('');
      out.push(`${pad}    more indented`);
      out.push(`${pad}  last`);
      if (rnd() < 0.3) out.push('');
    } else if (r < 0.63 && anchors.length > 0) {
      const a = anchors[Math.floor(rnd() * anchors.length)]!;
      out.push(rnd() < 0.5 ? `${pad}${k}: *${a}` : `${pad}<<: *${a}`);
    } else if (r < 0.66) {
      out.push(`${pad}# a comment line`);
      out.push(`${pad}${k}: ${scalar(rnd)}`);
    } else if (r < 0.7) {
      out.push(`${pad}${k}:`);
    } else out.push(`${pad}${k}: ${scalar(rnd)}`);
  }
}

/** One values file; a few are several documents or not a map at all. */
export function valuesFile(rnd: () => number): string {
  const out: string[] = [];
  const anchors: string[] = [];
  const r = rnd();
  if (r < 0.03) return `- ${scalar(rnd)}\n`;
  if (r < 0.05) return `${scalar(rnd)}\n`;
  block(rnd, 0, 0, out, anchors);
  if (rnd() < 0.1) {
    out.push('---');
    block(rnd, 0, 1, out, []);
  }
  return `${out.join('\n')}\n`;
}

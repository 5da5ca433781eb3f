/**
 * gobwas/glob patterns compiled with `/` as separator, as Helm's .Files.Glob uses them: `*` within a path
 * segment, `**` across segments, `?`, `[abc]`, `[!abc]`, `[a-z]`, `{a,b}` alternatives and `\` escapes.
 * An invalid pattern falls back to `**` (match everything), as Helm does.
 */
const cache = new Map<string, RegExp>();

function esc(c: string): string {
  return /[\\^$.*+?()[\]{}|/-]/.test(c) ? `\\${c}` : c;
}

function compile(p: string): RegExp | null {
  let re = '';
  let depth = 0;
  const chars = [...p];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if (c === '\\') {
      if (i + 1 >= chars.length) return null;
      re += esc(chars[++i]!);
    } else if (c === '*') {
      if (chars[i + 1] === '*') {
        re += '.*';
        i++;
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const close = chars.indexOf(']', i + 1);
      if (close < 0) return null;
      let body = chars.slice(i + 1, close).join('');
      let neg = false;
      if (body.startsWith('!')) {
        neg = true;
        body = body.slice(1);
      }
      if (body === '') return null;
      const cls = [...body].map((ch, j, all) => (ch === '-' && j > 0 && j < all.length - 1 ? '-' : esc(ch))).join('');
      re += neg ? `[^/${cls}]` : `[${cls}]`;
      i = close;
    } else if (c === '{') {
      depth++;
      re += '(?:';
    } else if (c === '}' && depth > 0) {
      depth--;
      re += ')';
    } else if (c === ',' && depth > 0) re += '|';
    else re += esc(c);
  }
  if (depth !== 0) return null;
  return new RegExp(`^${re}$`, 's');
}

export function compileGlob(pattern: string): RegExp {
  let re = cache.get(pattern);
  if (re === undefined) {
    re = compile(pattern) ?? /^.*$/s;
    cache.set(pattern, re);
  }
  return re;
}

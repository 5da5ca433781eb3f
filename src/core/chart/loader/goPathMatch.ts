/**
 * Go's path/filepath.Match on `/`-separated paths: `*` and `?` never cross `/`, `[...]` classes with `^`
 * negation and ranges, `\` escapes. Compiled once per pattern; a malformed pattern is reported, as Go's
 * ErrBadPattern is.
 */
const cache = new Map<string, RegExp | null>();

function escapeChar(c: string): string {
  return /[\\^$.*+?()[\]{}|/-]/.test(c) ? `\\${c}` : c;
}

/** The pattern as a RegExp, or null when Go reports ErrBadPattern. */
export function compileGoPattern(pattern: string): RegExp | null {
  const hit = cache.get(pattern);
  if (hit !== undefined) return hit;
  let re = '^';
  let ok = true;
  const chars = [...pattern];
  for (let i = 0; i < chars.length && ok; i++) {
    const c = chars[i]!;
    if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '\\') {
      if (i + 1 >= chars.length) ok = false;
      else re += escapeChar(chars[++i]!);
    } else if (c === '[') {
      let j = i + 1;
      let cls = '[';
      if (chars[j] === '^') {
        cls += '^';
        j++;
      }
      let count = 0;
      let closed = false;
      while (j < chars.length) {
        let lo = chars[j]!;
        if (lo === ']' && count > 0) {
          closed = true;
          break;
        }
        if (lo === '-' || lo === ']') {
          ok = false;
          break;
        }
        if (lo === '\\') {
          j++;
          if (j >= chars.length) {
            ok = false;
            break;
          }
          lo = chars[j]!;
        }
        j++;
        let range = escapeChar(lo);
        if (chars[j] === '-') {
          j++;
          let hi = chars[j];
          if (hi === undefined || hi === ']') {
            ok = false;
            break;
          }
          if (hi === '\\') {
            j++;
            hi = chars[j];
            if (hi === undefined) {
              ok = false;
              break;
            }
          }
          j++;
          range += '-' + escapeChar(hi);
        }
        cls += range;
        count++;
      }
      if (!ok || !closed) {
        ok = false;
        break;
      }
      // A negated class must not match `/` either.
      re += cls.startsWith('[^') ? `(?![/])${cls}]` : `${cls}]`;
      i = j;
    } else re += escapeChar(c);
  }
  const compiled = ok ? new RegExp(re + '$', 'u') : null;
  cache.set(pattern, compiled);
  return compiled;
}

/** filepath.Match; false for a malformed pattern (Helm logs and treats it as no match). */
export function goPathMatch(pattern: string, name: string): boolean {
  const re = compileGoPattern(pattern);
  return re !== null && re.test(name);
}

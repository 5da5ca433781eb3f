/** Sprig's regular expression functions with Go's RE2 semantics (re2js) and Go's match/replace/split loops. */
import type { RE2JS } from 're2js';
import { GoError } from '../template/goErrors.js';
import { typedSlice } from '../template/goValues.js';
import type { GoFunc } from '../template/funcTypes.js';
import { def } from './define.js';
import { re2jsLibrary, usingLibrary } from './functionLibraries.js';

/** Compiled patterns are cached: templates call these with constant patterns on every render. */
const cache = new Map<string, RE2JS | GoError>();

function compile(pattern: string): RE2JS {
  let re = cache.get(pattern);
  if (re === undefined) {
    // Outside the try: a library not prepared is an internal error, never a pattern error to cache.
    const { RE2JS: re2 } = re2jsLibrary();
    try {
      re = re2.compile(pattern);
    } catch (e) {
      re = new GoError((e as Error).message);
    }
    if (cache.size > 1000) cache.clear();
    cache.set(pattern, re);
  }
  if (re instanceof GoError) throw re;
  return re;
}

/** regexp.MustCompile's panic text. */
function mustCompile(pattern: string): RE2JS {
  try {
    return compile(pattern);
  } catch (e) {
    // Only a pattern error is Go's panic; a library still to load must reach the render (it loads it and reruns).
    if (!(e instanceof GoError)) throw e;
    throw new GoError(`regexp: Compile(${goBackquote(pattern)}): ${e.message}`);
  }
}

function goBackquote(s: string): string {
  // regexp.quote: strconv.CanBackquote ? "`"+s+"`" : strconv.Quote(s)
  if (!s.includes('`') && !/[\x00-\x08\x0a-\x1f\x7f\ufeff]/.test(s)) return '`' + s + '`';
  return JSON.stringify(s);
}

/** Go's allMatches: every match as [start, end, g1s, g1e, …] in UTF-16 indices, skipping empty matches adjacent to the previous. */
function allMatches(re: RE2JS, s: string, n: number): number[][] {
  if (n < 0) n = s.length + 1;
  const out: number[][] = [];
  const m = re.matcher(s);
  const groups = m.groupCount();
  let pos = 0;
  let prevMatchEnd = -1;
  while (out.length < n && pos <= s.length) {
    if (!m.find(pos)) break;
    const a0 = m.start();
    const a1 = m.end();
    let accept = true;
    if (a1 === pos) {
      if (a0 === prevMatchEnd) accept = false;
      if (pos < s.length) {
        const c = s.charCodeAt(pos);
        pos += c >= 0xd800 && c <= 0xdbff && pos + 1 < s.length ? 2 : 1;
      } else pos = s.length + 1;
    } else pos = a1;
    prevMatchEnd = a1;
    if (accept) {
      const g = [a0, a1];
      for (let i = 1; i <= groups; i++) g.push(m.start(i), m.end(i));
      out.push(g);
    }
  }
  return out;
}

/** Go's Regexp.expand for $1, ${1}, $name, ${name}, $$. */
function expand(template: string, s: string, match: number[], names: Record<string, number>): string {
  let out = '';
  let i = 0;
  while (i < template.length) {
    const d = template.indexOf('$', i);
    if (d < 0) {
      out += template.slice(i);
      break;
    }
    out += template.slice(i, d);
    i = d + 1;
    if (template[i] === '$') {
      out += '$';
      i++;
      continue;
    }
    let name = '';
    let brace = false;
    let j = i;
    if (template[j] === '{') {
      brace = true;
      j++;
    }
    const st = j;
    while (j < template.length && /[A-Za-z0-9_]/.test(template[j]!)) j++;
    name = template.slice(st, j);
    if (name === '' || (brace && template[j] !== '}')) {
      out += '$';
      continue;
    }
    if (brace) j++;
    i = j;
    let num = -1;
    if (/^\d+$/.test(name)) {
      num = Number(name);
      if (name.length > 8) num = -1;
    } else if (Object.hasOwn(names, name)) num = names[name]!;
    if (num >= 0 && 2 * num < match.length && match[2 * num]! >= 0) out += s.slice(match[2 * num], match[2 * num + 1]);
  }
  return out;
}

function groupNames(re: RE2JS): Record<string, number> {
  return (re as unknown as { namedGroups(): Record<string, number> }).namedGroups?.() ?? {};
}

function replaceAll(re: RE2JS, src: string, repl: (m: number[]) => string): string {
  let out = '';
  let lastMatchEnd = 0;
  let searchPos = 0;
  const m = re.matcher(src);
  const groups = m.groupCount();
  while (searchPos <= src.length) {
    if (!m.find(searchPos)) break;
    const a = [m.start(), m.end()];
    for (let i = 1; i <= groups; i++) a.push(m.start(i), m.end(i));
    out += src.slice(lastMatchEnd, a[0]);
    if (a[1]! > lastMatchEnd || a[0] === 0) out += repl(a);
    lastMatchEnd = a[1]!;
    let width = 1;
    if (searchPos < src.length) {
      const c = src.charCodeAt(searchPos);
      width = c >= 0xd800 && c <= 0xdbff && searchPos + 1 < src.length ? 2 : 1;
    }
    if (searchPos + width > a[1]!) searchPos += width;
    else if (searchPos + 1 > a[1]!) searchPos++;
    else searchPos = a[1]!;
  }
  return out + src.slice(lastMatchEnd);
}

function split(re: RE2JS, pattern: string, s: string, n: number): string[] {
  if (n === 0) return typedSlice([], '[]string');
  if (pattern.length > 0 && s.length === 0) return typedSlice([''], '[]string');
  const matches = allMatches(re, s, n);
  const out: string[] = [];
  let beg = 0;
  let end = 0;
  for (const m of matches) {
    if (n > 0 && out.length === n - 1) break;
    end = m[0]!;
    if (m[1] !== 0) out.push(s.slice(beg, end));
    beg = m[1]!;
  }
  if (end !== s.length) out.push(s.slice(beg));
  return typedSlice(out, '[]string');
}

function findAll(re: RE2JS, s: string, n: bigint): string[] {
  const ms = allMatches(re, s, Number(n));
  return typedSlice(ms.map((m) => s.slice(m[0], m[1])), '[]string');
}

function find(re: RE2JS, s: string): string {
  const m = re.matcher(s);
  return m.find() ? s.slice(m.start(), m.end()) : '';
}

function quoteMeta(s: string): string {
  return s.replace(/[\\.+*?()|[\]{}^$]/g, '\\$&');
}

type Compiler = (p: string) => RE2JS;

function family(c: Compiler) {
  return {
    match: (p: string, s: string) => c(p).matcher(s).find(),
    findAll: (p: string, s: string, n: bigint) => findAll(c(p), s, n),
    find: (p: string, s: string) => find(c(p), s),
    replaceAll: (p: string, s: string, r: string) => {
      const re = c(p);
      const names = groupNames(re);
      return replaceAll(re, s, (m) => expand(r, s, m, names));
    },
    replaceAllLiteral: (p: string, s: string, r: string) => replaceAll(c(p), s, () => r),
    split: (p: string, s: string, n: bigint) => split(c(p), p, s, Number(n)),
  };
}

const lenient = family(mustCompile);
const strict = family(compile);

export const regexFunctions: Record<string, GoFunc> = usingLibrary('re2js', {
  regexMatch: def(['string', 'string'], (p: string, s: string) => {
    try {
      return strict.match(p, s);
    } catch (e) {
      if (e instanceof GoError) return false;
      throw e;
    }
  }),
  mustRegexMatch: def(['string', 'string'], strict.match),
  regexFindAll: def(['string', 'string', 'int'], lenient.findAll),
  mustRegexFindAll: def(['string', 'string', 'int'], strict.findAll),
  regexFind: def(['string', 'string'], lenient.find),
  mustRegexFind: def(['string', 'string'], strict.find),
  regexReplaceAll: def(['string', 'string', 'string'], lenient.replaceAll),
  mustRegexReplaceAll: def(['string', 'string', 'string'], strict.replaceAll),
  regexReplaceAllLiteral: def(['string', 'string', 'string'], lenient.replaceAllLiteral),
  mustRegexReplaceAllLiteral: def(['string', 'string', 'string'], strict.replaceAllLiteral),
  regexSplit: def(['string', 'string', 'int'], lenient.split),
  mustRegexSplit: def(['string', 'string', 'int'], strict.split),
  regexQuoteMeta: def(['string'], quoteMeta),
});

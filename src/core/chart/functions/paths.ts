/** Sprig's path (path and path/filepath on Linux) and URL functions. */
import { GoError } from '../template/goErrors.js';
import type { GoFunc } from '../template/funcTypes.js';
import { queryEscape } from '../template/builtins.js';
import { def } from './define.js';

/** path.Clean. */
export function cleanPath(p: string): string {
  if (p === '') return '.';
  const rooted = p.startsWith('/');
  const parts = p.split('/');
  const out: string[] = [];
  for (const part of parts) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (!rooted) out.push('..');
      continue;
    }
    out.push(part);
  }
  const s = (rooted ? '/' : '') + out.join('/');
  return s === '' ? '.' : s;
}

function base(p: string): string {
  if (p === '') return '.';
  p = p.replace(/\/+$/, '');
  if (p === '') return '/';
  return p.slice(p.lastIndexOf('/') + 1);
}

function dir(p: string): string {
  const i = p.lastIndexOf('/');
  return cleanPath(p.slice(0, i + 1));
}

function ext(p: string): string {
  for (let i = p.length - 1; i >= 0 && p[i] !== '/'; i--) if (p[i] === '.') return p.slice(i);
  return '';
}

/** url.Parse into Sprig's map (scheme, host, hostname, path, query, opaque, fragment, userinfo). */
function urlParse(v: string): Record<string, unknown> {
  const m = /^(?:([a-zA-Z][a-zA-Z0-9+.-]*):)?(?:\/\/([^/?#]*))?([^?#]*)(?:\?([^#]*))?(?:#(.*))?$/.exec(v);
  if (!m) throw new GoError(`unable to parse url: parse ${JSON.stringify(v)}: invalid URI`);
  const scheme = (m[1] ?? '').toLowerCase();
  const authority = m[2];
  let userinfo = '';
  let host = '';
  if (authority !== undefined) {
    const at = authority.lastIndexOf('@');
    if (at >= 0) {
      userinfo = authority.slice(0, at);
      host = authority.slice(at + 1);
    } else host = authority;
  }
  let path = m[3] ?? '';
  let opaque = '';
  if (scheme !== '' && authority === undefined && !path.startsWith('/')) {
    opaque = path;
    path = '';
  }
  let hostname = host;
  if (hostname.startsWith('[')) hostname = hostname.slice(1, hostname.indexOf(']'));
  else if (hostname.includes(':')) hostname = hostname.slice(0, hostname.lastIndexOf(':'));
  return {
    scheme,
    host,
    hostname,
    path: decodeURIComponent(path),
    query: m[4] ?? '',
    opaque,
    fragment: m[5] !== undefined ? decodeURIComponent(m[5]) : '',
    userinfo,
  };
}

function urlJoin(d: Record<string, unknown> | null): string {
  const g = (k: string) => {
    const v = d?.[k];
    if (v === undefined || v === null) return '';
    if (typeof v !== 'string') throw new GoError(`unable to parse ${k} field: interface conversion: interface {} is ${typeof v}, not string`);
    return v;
  };
  let out = '';
  const scheme = g('scheme');
  if (scheme !== '') out += scheme + ':';
  const opaque = g('opaque');
  if (opaque !== '') out += opaque;
  else {
    const host = g('host');
    const userinfo = g('userinfo');
    if (scheme !== '' || host !== '' || userinfo !== '') {
      if (host !== '' || g('path') !== '' || userinfo !== '') out += '//';
      if (userinfo !== '') out += userinfo + '@';
      out += host;
    }
    const path = g('path');
    if (path !== '' && path[0] !== '/' && host !== '') out += '/';
    out += path.replace(/[^A-Za-z0-9\-._~!$&'()*+,;=:@/]/g, (c) => encodeURIComponent(c));
  }
  const query = g('query');
  if (query !== '') out += '?' + query;
  const fragment = g('fragment');
  if (fragment !== '') out += '#' + fragment.replace(/[^A-Za-z0-9\-._~!$&'()*+,;=:@/?]/g, (c) => encodeURIComponent(c));
  return out;
}

export const pathFunctions: Record<string, GoFunc> = {
  base: def(['string'], base),
  dir: def(['string'], dir),
  clean: def(['string'], cleanPath),
  ext: def(['string'], ext),
  isAbs: def(['string'], (p: string) => p.startsWith('/')),
  osBase: def(['string'], base),
  osDir: def(['string'], dir),
  osClean: def(['string'], cleanPath),
  osExt: def(['string'], ext),
  osIsAbs: def(['string'], (p: string) => p.startsWith('/')),
  urlParse: def(['string'], urlParse),
  urlJoin: def(['map'], urlJoin),
};

void queryEscape;

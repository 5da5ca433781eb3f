/**
 * Masterminds/semver v3 (v3.5.0, as helm v4.3.1 pins it): version parsing and constraint checks, for chart
 * version validation, dependency matching (IsCompatibleRange), kubeVersion checks and Sprig's semver functions.
 */
import { goQuote } from '../template/goQuote.js';

/** NewVersion coerces (CoerceNewVersion is true by default): leading zeros are accepted, as is a missing minor/patch. */
const LOOSE_VERSION = /^v?([0-9]+)(\.[0-9]+)?(\.[0-9]+)?(-([0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*))?(\+([0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*))?$/;
const MAX_VERSION_LEN = 256;

export interface SemVersion {
  major: bigint;
  minor: bigint;
  patch: bigint;
  pre: string;
  metadata: string;
  /** The text it was parsed from (Version.Original). */
  original: string;
}

const UINT64_MAX = (1n << 64n) - 1n;

/** The result of semver.NewVersion: a version or Go's error text. */
export type SemverParse = { version: SemVersion } | { error: string };

function parseSegment(digits: string): bigint | string {
  const n = BigInt(digits);
  if (n > UINT64_MAX) return `error parsing version segment: strconv.ParseUint: parsing "${digits}": value out of range`;
  return n;
}

function validatePrerelease(pre: string): string | undefined {
  for (const part of pre.split('.')) {
    if (part === '') return 'invalid prerelease string';
    if (/^[0-9]+$/.test(part) && part.length > 1 && part[0] === '0') return 'version segment starts with 0';
  }
  return undefined;
}

/** semver.NewVersion with its error texts. */
export function parseSemverE(v: string): SemverParse {
  if (Buffer.byteLength(v) > MAX_VERSION_LEN) return { error: `version string is too long (max ${MAX_VERSION_LEN} bytes)` };
  const m = LOOSE_VERSION.exec(v);
  if (m === null) return { error: 'invalid semantic version' };
  const parts = [m[1]!, (m[2] ?? '.0').slice(1), (m[3] ?? '.0').slice(1)].map(parseSegment);
  for (const p of parts) if (typeof p === 'string') return { error: p };
  const pre = m[5] ?? '';
  const metadata = m[8] ?? '';
  if (pre !== '') {
    const err = validatePrerelease(pre);
    if (err !== undefined) return { error: err };
  }
  const [major, minor, patch] = parts as bigint[];
  return { version: { major: major!, minor: minor!, patch: patch!, pre, metadata, original: v } };
}

/** semver.NewVersion; undefined when invalid. */
export function parseSemver(v: string): SemVersion | undefined {
  const r = parseSemverE(v);
  return 'version' in r ? r.version : undefined;
}

/** Version.String(): the canonical form (no "v", zero-filled). */
export function formatSemver(v: SemVersion): string {
  return `${v.major}.${v.minor}.${v.patch}${v.pre !== '' ? `-${v.pre}` : ''}${v.metadata !== '' ? `+${v.metadata}` : ''}`;
}

function cmp(a: bigint, b: bigint): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function comparePrePart(s: string, o: string): number {
  if (s === o) return 0;
  if (s === '') return o !== '' ? -1 : 1;
  if (o === '') return s !== '' ? 1 : -1;
  const on = /^\d+$/.test(o) && BigInt(o) <= UINT64_MAX;
  const sn = /^\d+$/.test(s) && BigInt(s) <= UINT64_MAX;
  if (!on && !sn) return s > o ? 1 : -1;
  if (!on) return -1;
  if (!sn) return 1;
  return cmp(BigInt(s), BigInt(o)) > 0 ? 1 : -1;
}

function comparePrerelease(v: string, o: string): number {
  const sp = v.split('.');
  const op = o.split('.');
  const l = Math.max(sp.length, op.length);
  for (let i = 0; i < l; i++) {
    const d = comparePrePart(sp[i] ?? '', op[i] ?? '');
    if (d !== 0) return d;
  }
  return 0;
}

export function compareSemver(v: SemVersion, o: SemVersion): number {
  const d = cmp(v.major, o.major) || cmp(v.minor, o.minor) || cmp(v.patch, o.patch);
  if (d !== 0) return d;
  if (v.pre === '' && o.pre === '') return 0;
  if (v.pre === '') return 1;
  if (o.pre === '') return -1;
  return comparePrerelease(v.pre, o.pre);
}

const CV = 'v?([0-9|x|X|\\*]+)(\\.[0-9|x|X|\\*]+)?(\\.[0-9|x|X|\\*]+)?(-([0-9A-Za-z\\-]+(\\.[0-9A-Za-z\\-]+)*))?(\\+([0-9A-Za-z\\-]+(\\.[0-9A-Za-z\\-]+)*))?';
const OPS = '=||!=|>|<|>=|=>|<=|=<|~|~>|\\^';
const CONSTRAINT = new RegExp(`^\\s*(${OPS})\\s*(${CV})\\s*$`);
const RANGE = new RegExp(`\\s*(${CV})\\s+-\\s+(${CV})\\s*`, 'g');
const FIND = new RegExp(`(${OPS})\\s*(${CV})`, 'g');
const VALID = new RegExp(`^(\\s*(${OPS})\\s*(${CV})\\s*)((?:\\s+|,\\s*)(${OPS})\\s*(${CV})\\s*)*$`);

interface Constraint {
  con: SemVersion;
  orig: string;
  op: string;
  dirty: boolean;
  minorDirty: boolean;
  patchDirty: boolean;
}

const isX = (x: string) => x === 'x' || x === '*' || x === 'X';

function parseConstraint(c: string): Constraint | string {
  if (c.length === 0) return { con: parseSemver('0.0.0')!, orig: c, op: '', dirty: true, minorDirty: false, patchDirty: false };
  const m = CONSTRAINT.exec(c);
  if (m === null) return `improper constraint: ${goQuote(c)}`;
  const [, op = '', orig = '', major = '', minorPart = '', patchPart = '', pre = ''] = m;
  let ver = orig;
  let dirty = false;
  let minorDirty = false;
  let patchDirty = false;
  if (isX(major) || major === '') {
    ver = `0.0.0${pre}`;
    dirty = true;
  } else if (isX(minorPart.replace(/^\./, '')) || minorPart === '') {
    minorDirty = dirty = true;
    ver = `${major}.0.0${pre}`;
  } else if (isX(patchPart.replace(/^\./, '')) || patchPart === '') {
    patchDirty = dirty = true;
    ver = `${major}${minorPart}.0${pre}`;
  }
  const con = parseSemver(ver);
  if (con === undefined) return 'constraint parser error';
  return { con, orig, op, dirty, minorDirty, patchDirty };
}

function check(v: SemVersion, c: Constraint, includePre: boolean): boolean {
  if (v.pre !== '' && !includePre) return false;
  const n = c.con;
  switch (c.op) {
    case '':
    case '=':
      return c.dirty ? tilde(v, c) : compareSemver(v, n) === 0;
    case '!=':
      if (c.dirty) {
        if (n.major !== v.major) return true;
        if (n.minor !== v.minor && !c.minorDirty) return true;
        if (c.minorDirty) return false;
        if (n.patch !== v.patch && !c.patchDirty) return true;
        if (c.patchDirty) return (v.pre !== '' || n.pre !== '') && comparePrerelease(v.pre, n.pre) !== 0;
      }
      return compareSemver(v, n) !== 0;
    case '>':
      if (!c.dirty) return compareSemver(v, n) === 1;
      if (v.major > n.major) return true;
      if (v.major < n.major || c.minorDirty) return false;
      if (c.patchDirty) return v.minor > n.minor;
      return compareSemver(v, n) === 1;
    case '<':
      return compareSemver(v, n) < 0;
    case '>=':
    case '=>':
      return compareSemver(v, n) >= 0;
    case '<=':
    case '=<':
      if (!c.dirty) return compareSemver(v, n) <= 0;
      if (v.major > n.major) return false;
      return !(v.major === n.major && v.minor > n.minor && !c.minorDirty);
    case '~':
    case '~>':
      return tilde(v, c);
    case '^':
      if (compareSemver(v, n) < 0) return false;
      if (n.major > 0n || c.minorDirty) return v.major === n.major;
      if (v.major > 0n) return false;
      if (n.minor > 0n || c.patchDirty) return v.minor === n.minor;
      if (v.minor > 0n) return false;
      return n.patch === v.patch;
  }
  return false;
}

function tilde(v: SemVersion, c: Constraint): boolean {
  const n = c.con;
  if (compareSemver(v, n) < 0) return false;
  if (n.major === 0n && n.minor === 0n && n.patch === 0n && !c.minorDirty && !c.patchDirty) return true;
  if (v.major !== n.major) return false;
  return !(v.minor !== n.minor && !c.minorDirty);
}

export interface SemverConstraints {
  groups: Constraint[][];
  hasPre: boolean[];
}

const MAX_CONSTRAINT_LEN = 512;
const MAX_CONSTRAINT_GROUPS = 32;

/** semver.NewConstraint: the constraints or Go's error text. */
export function parseConstraintsE(text: string): SemverConstraints | string {
  if (Buffer.byteLength(text) > MAX_CONSTRAINT_LEN) return `constraint string is too long (max ${MAX_CONSTRAINT_LEN} bytes)`;
  const rewritten = text.replace(RANGE, (_all, from: string, ...rest: string[]) => `>= ${from}, <= ${rest[9]} `);
  const ors = rewritten.split('||');
  if (ors.length > MAX_CONSTRAINT_GROUPS) return `too many constraint groups (max ${MAX_CONSTRAINT_GROUPS})`;
  const groups: Constraint[][] = [];
  const hasPre: boolean[] = [];
  for (const or of ors) {
    if (!VALID.test(or)) return `improper constraint: ${goQuote(or)}`;
    const found = or.match(FIND) ?? [or];
    const group: Constraint[] = [];
    let pre = false;
    for (const s of found) {
      const c = parseConstraint(s);
      if (typeof c === 'string') return c;
      if (c.con.pre !== '') pre = true;
      group.push(c);
    }
    groups.push(group);
    hasPre.push(pre);
  }
  return { groups, hasPre };
}

/** semver.NewConstraint; undefined when the constraint is improper. */
export function parseConstraints(text: string): SemverConstraints | undefined {
  const r = parseConstraintsE(text);
  return typeof r === 'string' ? undefined : r;
}

export function constraintsAllow(cs: SemverConstraints, v: SemVersion): boolean {
  return cs.groups.some((group, i) => group.every((c) => check(v, c, cs.hasPre[i]!)));
}

/** Helm's IsCompatibleRange: false when either side does not parse. */
export function isCompatibleRange(constraint: string, version: string): boolean {
  const v = parseSemver(version);
  if (v === undefined) return false;
  const cs = parseConstraints(constraint);
  return cs !== undefined && constraintsAllow(cs, v);
}

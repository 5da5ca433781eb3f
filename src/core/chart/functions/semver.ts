/**
 * Sprig's semver functions over Masterminds/semver v3: `semver` returns a *semver.Version whose methods
 * templates call (`.Major`, `.Compare`, `.IncPatch`…), `semverCompare` checks a constraint.
 */
import { GoError } from '../template/goErrors.js';
import type { GoFunc } from '../template/funcTypes.js';
import { GoInt, GoObject, type MethodSignature } from '../template/goValues.js';
import { encodeJSONString } from './goJson.js';
import {
  compareSemver,
  constraintsAllow,
  formatSemver,
  parseConstraintsE,
  parseSemverE,
  type SemVersion,
} from '../loader/semverRange.js';
import { def } from './define.js';

const UINT64_MAX = (1n << 64n) - 1n;

/** semver.Version as a value (what IncPatch/SetPrerelease return): only the value-receiver methods. */
export class SemverValue extends GoObject {
  constructor(readonly v: SemVersion) {
    super();
  }
  goType(): string {
    return 'semver.Version';
  }
  override goString(): string {
    return formatSemver(this.v);
  }
  override methodSignature(name: string): MethodSignature | undefined {
    if (name === 'SetPrerelease' || name === 'SetMetadata') return { params: ['string'] };
    return undefined;
  }
  /** Go's %v of the struct when no Stringer applies is never reached: String() exists for every verb fmt asks. */
  marshalJSON(): string {
    return encodeJSONString(formatSemver(this.v), true);
  }
  String(): string {
    return formatSemver(this.v);
  }
  Major(): GoInt {
    return new GoInt('uint64', this.v.major);
  }
  Minor(): GoInt {
    return new GoInt('uint64', this.v.minor);
  }
  Patch(): GoInt {
    return new GoInt('uint64', this.v.patch);
  }
  Prerelease(): string {
    return this.v.pre;
  }
  Metadata(): string {
    return this.v.metadata;
  }
  MarshalJSON(): Uint8Array {
    return new Uint8Array(Buffer.from(this.marshalJSON()));
  }
  MarshalText(): Uint8Array {
    return new Uint8Array(Buffer.from(formatSemver(this.v)));
  }
  Value(): string {
    return formatSemver(this.v);
  }
  IncPatch(): SemverValue {
    if (this.v.pre !== '') return this.next({ pre: '', metadata: '' });
    if (this.v.patch === UINT64_MAX) throw new GoError('patch version increment would overflow uint64');
    return this.next({ pre: '', metadata: '', patch: this.v.patch + 1n });
  }
  IncMinor(): SemverValue {
    if (this.v.minor === UINT64_MAX) throw new GoError('minor version increment would overflow uint64');
    return this.next({ pre: '', metadata: '', patch: 0n, minor: this.v.minor + 1n });
  }
  IncMajor(): SemverValue {
    if (this.v.major === UINT64_MAX) throw new GoError('major version increment would overflow uint64');
    return this.next({ pre: '', metadata: '', patch: 0n, minor: 0n, major: this.v.major + 1n });
  }
  SetPrerelease(pre: string): SemverValue {
    if (pre !== '') {
      const err = validateIdentifiers(pre, 'invalid prerelease string', true);
      if (err !== undefined) throw new GoError(err);
    }
    return this.next({ pre });
  }
  SetMetadata(metadata: string): SemverValue {
    if (metadata !== '') {
      const err = validateIdentifiers(metadata, 'invalid metadata string', false);
      if (err !== undefined) throw new GoError(err);
    }
    return this.next({ metadata });
  }
  /** A copy with changed fields; Original keeps a leading "v" as Masterminds does. */
  private next(change: Partial<SemVersion>): SemverValue {
    const n = { ...this.v, ...change };
    const vPrefix = this.v.original.startsWith('v') ? 'v' : '';
    return new SemverValue({ ...n, original: vPrefix + formatSemver(n) });
  }
}

function validateIdentifiers(s: string, invalid: string, numericLeadingZero: boolean): string | undefined {
  for (const part of s.split('.')) {
    if (part === '') return invalid;
    if (/^[0-9]+$/.test(part)) {
      if (numericLeadingZero && part.length > 1 && part[0] === '0') return 'version segment starts with 0';
    } else if (!/^[0-9A-Za-z-]+$/.test(part)) return invalid;
  }
  return undefined;
}

/** *semver.Version, what `semver` returns: the value methods plus the pointer-receiver ones. */
export class SemverPointer extends SemverValue {
  override goType(): string {
    return '*semver.Version';
  }
  override methodSignature(name: string): MethodSignature | undefined {
    if (['LessThan', 'LessThanEqual', 'GreaterThan', 'GreaterThanEqual', 'Equal', 'Compare'].includes(name)) return { params: ['*semver.Version'] };
    return super.methodSignature(name);
  }
  Original(): string {
    return this.v.original;
  }
  Compare(o: SemverPointer | null): bigint {
    if (o === null) throw new GoError('runtime error: invalid memory address or nil pointer dereference');
    return BigInt(compareSemver(this.v, o.v));
  }
  LessThan(o: SemverPointer | null): boolean {
    return this.Compare(o) < 0n;
  }
  LessThanEqual(o: SemverPointer | null): boolean {
    return this.Compare(o) <= 0n;
  }
  GreaterThan(o: SemverPointer | null): boolean {
    return this.Compare(o) > 0n;
  }
  GreaterThanEqual(o: SemverPointer | null): boolean {
    return this.Compare(o) >= 0n;
  }
  Equal(o: SemverPointer | null): boolean {
    if (o === this) return true;
    if (o === null) return false;
    return this.Compare(o) === 0n;
  }
}

function newVersion(text: string): SemverPointer {
  const r = parseSemverE(text);
  if ('error' in r) throw new GoError(r.error);
  return new SemverPointer(r.version);
}

export const semverFunctions: Record<string, GoFunc> = {
  semver: def(['string'], newVersion),
  semverCompare: def(['string', 'string'], (constraint: string, version: string) => {
    const cs = parseConstraintsE(constraint);
    if (typeof cs === 'string') throw new GoError(cs);
    const v = parseSemverE(version);
    if ('error' in v) throw new GoError(v.error);
    return constraintsAllow(cs, v.version);
  }),
};

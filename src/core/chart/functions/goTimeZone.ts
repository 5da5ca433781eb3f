/**
 * Go's time.Location: zones read from the system's TZif files (as Go's LoadLocation reads them, so zone
 * abbreviations such as CET or JST match), the POSIX TZ rule in the file's footer for times after the last
 * transition, UTC, fixed zones, and Local (TZ, else /etc/localtime).
 */
import { readFileSync } from 'node:fs';

interface Zone {
  name: string;
  offset: number;
  isDST: boolean;
}

interface Transition {
  when: number;
  index: number;
}

export interface ZoneLookup {
  name: string;
  offset: number;
  start: number;
  end: number;
  isDST: boolean;
}

const ALPHA = -Number.MAX_VALUE;
const OMEGA = Number.MAX_VALUE;
const DAY = 86400;

export class GoLocation {
  constructor(
    readonly name: string,
    private readonly zones: Zone[],
    private readonly tx: Transition[],
    private readonly extend: string,
  ) {}

  static fixed(name: string, offset: number): GoLocation {
    return new GoLocation(name, [{ name, offset, isDST: false }], [{ when: ALPHA, index: 0 }], '');
  }

  lookup(sec: number): ZoneLookup {
    if (this.zones.length === 0) return { name: 'UTC', offset: 0, start: ALPHA, end: OMEGA, isDST: false };
    const tx = this.tx;
    if (tx.length === 0 || sec < tx[0]!.when) {
      const z = this.zones[this.firstZone()]!;
      return { name: z.name, offset: z.offset, start: ALPHA, end: tx.length > 0 ? tx[0]!.when : OMEGA, isDST: z.isDST };
    }
    let lo = 0;
    let hi = tx.length;
    let end = OMEGA;
    while (hi - lo > 1) {
      const m = (lo + hi) >>> 1;
      if (sec < tx[m]!.when) {
        end = tx[m]!.when;
        hi = m;
      } else lo = m;
    }
    const z = this.zones[tx[lo]!.index]!;
    const start = tx[lo]!.when;
    if (lo === tx.length - 1 && this.extend !== '') {
      const r = posixRule(this.extend, start, sec);
      if (r !== undefined) return r;
    }
    return { name: z.name, offset: z.offset, start, end, isDST: z.isDST };
  }

  /** The zone for times before the first transition: the first standard-time zone, as Go picks it. */
  private firstZone(): number {
    if (!this.tx.some((t) => t.index === 0)) return 0;
    if (this.tx.length > 0 && this.zones[this.tx[0]!.index]!.isDST) {
      for (let zi = this.tx[0]!.index - 1; zi >= 0; zi--) if (!this.zones[zi]!.isDST) return zi;
    }
    const zi = this.zones.findIndex((z) => !z.isDST);
    return zi >= 0 ? zi : 0;
  }

  /** Location.lookupName: the offset of a zone abbreviation in effect near `unix`. */
  lookupName(name: string, unix: number): number | undefined {
    for (const z of this.zones) if (z.name === name && this.lookup(unix - z.offset).name === z.name) return z.offset;
    for (const z of this.zones) if (z.name === name) return z.offset;
    return undefined;
  }
}

export const UTC = new GoLocation('UTC', [], [], '');

/** Parses a TZif file (version 2+ data when present), as Go's LoadLocationFromTZData does. */
function parseTZif(name: string, data: Buffer): GoLocation | undefined {
  if (data.length < 44 || data.toString('latin1', 0, 4) !== 'TZif') return undefined;
  const version = data[4]!;
  const counts = (at: number) => [0, 1, 2, 3, 4, 5].map((i) => data.readUInt32BE(at + 20 + i * 4));
  let [isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt] = counts(0) as [number, number, number, number, number, number];
  let p = 44;
  let timeSize = 4;
  if (version !== 0) {
    // Skip the 32-bit block; the 64-bit header and data follow it.
    p += timecnt * 4 + timecnt + typecnt * 6 + charcnt + leapcnt * 8 + isstdcnt + isutcnt;
    [isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt] = counts(p) as [number, number, number, number, number, number];
    p += 44;
    timeSize = 8;
  }
  const times: number[] = [];
  for (let i = 0; i < timecnt; i++) times.push(timeSize === 8 ? Number(data.readBigInt64BE(p + i * 8)) : data.readInt32BE(p + i * 4));
  p += timecnt * timeSize;
  const idx = [...data.subarray(p, p + timecnt)];
  p += timecnt;
  const types: [number, boolean, number][] = [];
  for (let i = 0; i < typecnt; i++) types.push([data.readInt32BE(p + i * 6), data[p + i * 6 + 4] !== 0, data[p + i * 6 + 5]!]);
  p += typecnt * 6;
  const chars = data.subarray(p, p + charcnt);
  p += charcnt + leapcnt * (timeSize + 4) + isstdcnt + isutcnt;
  const abbr = (i: number) => {
    let e = i;
    while (e < chars.length && chars[e] !== 0) e++;
    return chars.toString('latin1', i, e);
  };
  const zones = types.map(([offset, isDST, ai]) => ({ name: abbr(ai), offset, isDST }));
  const tx = times.map((when, i) => ({ when, index: idx[i]! }));
  if (tx.length === 0) tx.push({ when: ALPHA, index: 0 });
  let extend = '';
  if (version !== 0 && p < data.length && data[p] === 0x0a) {
    const e = data.indexOf(0x0a, p + 1);
    if (e > p) extend = data.toString('latin1', p + 1, e);
  }
  return new GoLocation(name, zones, tx, extend);
}

const ZONE_DIRS = ['/usr/share/zoneinfo/', '/usr/share/lib/zoneinfo/', '/usr/lib/locale/TZ/', '/etc/zoneinfo/'];

function readZoneFile(name: string, dirs: string[]): GoLocation | undefined {
  for (const dir of dirs) {
    let data: Buffer;
    try {
      data = readFileSync(dir + name);
    } catch {
      continue;
    }
    const loc = parseTZif(name, data);
    if (loc !== undefined) return loc;
  }
  return undefined;
}

let local: GoLocation | undefined;

/** time.Local, initialised as Go does from TZ (unset: /etc/localtime; empty: UTC). */
export function localLocation(): GoLocation {
  if (local !== undefined) return local;
  const tz = process.env.TZ;
  let loc: GoLocation | undefined;
  if (tz === undefined) loc = readZoneFile('/etc/localtime', ['']);
  else if (tz !== '') {
    const t = tz.startsWith(':') ? tz.slice(1) : tz;
    if (t.startsWith('/')) loc = readZoneFile(t, ['']);
    else if (t !== '' && t !== 'UTC') loc = readZoneFile(t, zoneDirs());
  }
  local = loc === undefined ? new GoLocation('UTC', [], [], '') : renamed(loc, 'Local');
  return local;
}

function renamed(l: GoLocation, name: string): GoLocation {
  return Object.assign(Object.create(GoLocation.prototype) as GoLocation, l, { name });
}

function zoneDirs(): string[] {
  const zi = process.env.ZONEINFO;
  return zi ? [zi.endsWith('/') ? zi : zi + '/', ...ZONE_DIRS] : ZONE_DIRS;
}

const cache = new Map<string, GoLocation | undefined>();

/** time.LoadLocation; undefined where Go returns an error. */
export function loadLocation(name: string): GoLocation | undefined {
  if (name === '' || name === 'UTC') return UTC;
  if (name === 'Local') return localLocation();
  if (name.includes('..') || name.startsWith('/') || name.startsWith('\\')) return undefined;
  if (!cache.has(name)) cache.set(name, readZoneFile(name, zoneDirs()));
  return cache.get(name);
}

// ---- POSIX TZ rules (the TZif footer), with Go's tzset semantics ----

interface Rule {
  kind: 'J' | 'N' | 'M';
  day: number;
  week: number;
  mon: number;
  time: number;
}

function tzNum(s: string, min: number, max: number): [number, string] | undefined {
  let i = 0;
  let n = 0;
  while (i < s.length && s[i]! >= '0' && s[i]! <= '9') {
    n = n * 10 + (s.charCodeAt(i) - 48);
    if (n > max) return undefined;
    i++;
  }
  if (i === 0 || n < min) return undefined;
  return [n, s.slice(i)];
}

function tzName(s: string): [string, string] | undefined {
  if (s === '') return undefined;
  if (s[0] === '<') {
    const e = s.indexOf('>');
    return e < 0 ? undefined : [s.slice(1, e), s.slice(e + 1)];
  }
  const m = /[0-9,+-]/.exec(s);
  if (m === null) return s.length < 3 ? undefined : [s, ''];
  return m.index < 3 ? undefined : [s.slice(0, m.index), s.slice(m.index)];
}

function tzOffset(s: string): [number, string] | undefined {
  if (s === '') return undefined;
  let neg = false;
  if (s[0] === '+' || s[0] === '-') {
    neg = s[0] === '-';
    s = s.slice(1);
  }
  const h = tzNum(s, 0, 24 * 7);
  if (h === undefined) return undefined;
  let off = h[0] * 3600;
  s = h[1];
  for (const mult of [60, 1]) {
    if (s[0] !== ':') break;
    const n = tzNum(s.slice(1), 0, 59);
    if (n === undefined) return undefined;
    off += n[0] * mult;
    s = n[1];
  }
  return [neg ? -off : off, s];
}

function tzRule(s: string): [Rule, string] | undefined {
  const r: Rule = { kind: 'N', day: 0, week: 0, mon: 0, time: 2 * 3600 };
  if (s[0] === 'J') {
    const n = tzNum(s.slice(1), 1, 365);
    if (n === undefined) return undefined;
    [r.kind, r.day, s] = ['J', n[0], n[1]];
  } else if (s[0] === 'M') {
    const mon = tzNum(s.slice(1), 1, 12);
    if (mon === undefined || mon[1][0] !== '.') return undefined;
    const week = tzNum(mon[1].slice(1), 1, 5);
    if (week === undefined || week[1][0] !== '.') return undefined;
    const day = tzNum(week[1].slice(1), 0, 6);
    if (day === undefined) return undefined;
    [r.kind, r.mon, r.week, r.day, s] = ['M', mon[0], week[0], day[0], day[1]];
  } else {
    const n = tzNum(s, 0, 365);
    if (n === undefined) return undefined;
    [r.day, s] = [n[0], n[1]];
  }
  if (s[0] !== '/') return [r, s];
  const off = tzOffset(s.slice(1));
  if (off === undefined) return undefined;
  r.time = off[0];
  return [r, off[1]];
}

export function isLeap(y: number): boolean {
  return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
}

const DAYS_BEFORE = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365];

export function daysIn(month: number, year: number): number {
  if (month === 2 && isLeap(year)) return 29;
  return DAYS_BEFORE[month]! - DAYS_BEFORE[month - 1]!;
}

/** Seconds from the start of `year` (UTC) at which the rule fires, for a zone at offset `off`. */
function ruleTime(year: number, r: Rule, off: number): number {
  let s = 0;
  if (r.kind === 'J') s = (r.day - 1) * DAY + (isLeap(year) && r.day >= 60 ? DAY : 0);
  else if (r.kind === 'N') s = r.day * DAY;
  else {
    // Zeller's congruence for the weekday of the month's first day.
    const m1 = ((r.mon + 9) % 12) + 1;
    const yy0 = r.mon <= 2 ? year - 1 : year;
    const yy1 = Math.trunc(yy0 / 100);
    const yy2 = yy0 % 100;
    let dow = (Math.trunc((26 * m1 - 2) / 10) + 1 + yy2 + Math.trunc(yy2 / 4) + Math.trunc(yy1 / 4) - 2 * yy1) % 7;
    if (dow < 0) dow += 7;
    let d = r.day - dow;
    if (d < 0) d += 7;
    for (let i = 1; i < r.week; i++) {
      if (d + 7 >= daysIn(r.mon, year)) break;
      d += 7;
    }
    d += DAYS_BEFORE[r.mon - 1]!;
    if (isLeap(year) && r.mon > 2) d++;
    s = d * DAY;
  }
  return s + r.time - off;
}

function posixRule(spec: string, lastTxSec: number, sec: number): ZoneLookup | undefined {
  const std = tzName(spec);
  if (std === undefined) return undefined;
  const stdOff = tzOffset(std[1]);
  if (stdOff === undefined) return undefined;
  let stdName = std[0];
  let stdOffset = -stdOff[0];
  let s = stdOff[1];
  if (s === '' || s[0] === ',') return { name: stdName, offset: stdOffset, start: lastTxSec, end: OMEGA, isDST: false };
  const dst = tzName(s);
  if (dst === undefined) return undefined;
  let dstName = dst[0];
  let dstOffset: number;
  s = dst[1];
  if (s === '' || s[0] === ',') dstOffset = stdOffset + 3600;
  else {
    const o = tzOffset(s);
    if (o === undefined) return undefined;
    dstOffset = -o[0];
    s = o[1];
  }
  if (s === '') s = ',M3.2.0,M11.1.0';
  if (s[0] !== ',' && s[0] !== ';') return undefined;
  const startR = tzRule(s.slice(1));
  if (startR === undefined || startR[1][0] !== ',') return undefined;
  const endR = tzRule(startR[1].slice(1));
  if (endR === undefined || endR[1] !== '') return undefined;

  const { year, yday } = civilFromUnix(sec);
  const ysec = (yday - 1) * DAY + (((sec % DAY) + DAY) % DAY);
  const ystart = sec - ysec;
  let startSec = ruleTime(year, startR[0], stdOffset);
  let endSec = ruleTime(year, endR[0], dstOffset);
  let dstIsDST = true;
  let stdIsDST = false;
  if (endSec < startSec) {
    [startSec, endSec] = [endSec, startSec];
    [stdName, dstName] = [dstName, stdName];
    [stdOffset, dstOffset] = [dstOffset, stdOffset];
    [stdIsDST, dstIsDST] = [dstIsDST, stdIsDST];
  }
  if (ysec < startSec) return { name: stdName, offset: stdOffset, start: ystart, end: startSec + ystart, isDST: stdIsDST };
  if (ysec >= endSec) return { name: stdName, offset: stdOffset, start: endSec + ystart, end: ystart + 365 * DAY, isDST: stdIsDST };
  return { name: dstName, offset: dstOffset, start: startSec + ystart, end: endSec + ystart, isDST: dstIsDST };
}

/** Proleptic Gregorian date of a day count from 1970-01-01 (Hinnant's civil_from_days). */
export function civilFromDays(days: number): { year: number; month: number; day: number } {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Days from 1970-01-01 to a Gregorian date (month may be any integer; it is normalised into the year). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** UTC year and day of year (1-based) of a Unix second. */
export function civilFromUnix(sec: number): { year: number; yday: number } {
  const days = Math.floor(sec / DAY);
  const { year } = civilFromDays(days);
  return { year, yday: days - daysFromCivil(year, 1, 1) + 1 };
}

/**
 * Go's time.Time in templates: an instant (Unix seconds + nanoseconds) in a location, printed as Go prints it
 * (`2006-01-02 15:04:05.999999999 -0700 MST`, plus ` m=+…` for time.Now's monotonic reading), with the
 * methods charts call (`.Format`, `.Unix`, `.Year`, `.Add`, `.UTC`…).
 */
import { GoError } from '../template/goErrors.js';
import { GoInt, GoObject, type MethodSignature } from '../template/goValues.js';
import { encodeJSONString } from './goJson.js';
import { GoDuration, MAX_DURATION, MIN_DURATION } from './goDuration.js';
import { GoLocation, UTC, civilFromDays, daysFromCivil, localLocation } from './goTimeZone.js';
import { LONG_DAYS, LONG_MONTHS, formatTime } from './goTimeLayout.js';

const DAY = 86400;
const NS = 1_000_000_000;

/** Go's zero Time: January 1, year 1, 00:00:00 UTC. */
const ZERO_SEC = -62135596800;

/** time.Month and time.Weekday: integers that print as names. */
class GoNamedInt extends GoObject {
  constructor(
    private readonly type: string,
    readonly n: number,
    private readonly names: string[],
    private readonly first: number,
  ) {
    super();
  }
  goType(): string {
    return this.type;
  }
  override goString(): string {
    return this.names[this.n - this.first] ?? `%!${this.type.slice(5)}(${this.n})`;
  }
  marshalJSON(): string {
    return String(this.n);
  }
  String(): string {
    return this.goString();
  }
}

export interface TimeFields {
  year: number;
  month: number;
  day: number;
  yday: number;
  weekday: number;
  hour: number;
  minute: number;
  second: number;
}

export class GoTime extends GoObject {
  constructor(
    /** Unix seconds. */
    readonly sec: number,
    readonly nsec: number,
    readonly loc: GoLocation,
    /** Nanoseconds since process start, for time.Now's monotonic clock reading. */
    readonly mono?: bigint,
  ) {
    super();
  }
  goType(): string {
    return 'time.Time';
  }
  override goString(): string {
    return this.String();
  }
  override methodSignature(name: string): MethodSignature | undefined {
    switch (name) {
      case 'Format':
        return { params: ['string'] };
      case 'Add':
      case 'Truncate':
      case 'Round':
        return { params: ['time.Duration'] };
      case 'AddDate':
        return { params: ['int', 'int', 'int'] };
      case 'Sub':
      case 'Before':
      case 'After':
      case 'Equal':
      case 'Compare':
        return { params: ['time.Time'] };
    }
    return undefined;
  }
  zone(): { name: string; offset: number } {
    return this.loc.lookup(this.sec);
  }
  fields(): TimeFields {
    const local = this.sec + this.zone().offset;
    const days = Math.floor(local / DAY);
    const secOfDay = local - days * DAY;
    const { year, month, day } = civilFromDays(days);
    return {
      year,
      month,
      day,
      yday: days - daysFromCivil(year, 1, 1) + 1,
      weekday: (((days + 4) % 7) + 7) % 7,
      hour: Math.floor(secOfDay / 3600),
      minute: Math.floor(secOfDay / 60) % 60,
      second: secOfDay % 60,
    };
  }
  marshalJSON(): string {
    const y = this.fields().year;
    if (y < 0 || y > 9999) throw new GoError('Time.MarshalJSON: year outside of range [0,9999]');
    return encodeJSONString(formatTime(this, '2006-01-02T15:04:05.999999999Z07:00'), false);
  }
  String(): string {
    let s = formatTime(this, '2006-01-02 15:04:05.999999999 -0700 MST');
    if (this.mono !== undefined) {
      const m = this.mono;
      const sign = m < 0n ? '-' : '+';
      const a = m < 0n ? -m : m;
      s += ` m=${sign}${a / 1_000_000_000n}.${(a % 1_000_000_000n).toString().padStart(9, '0')}`;
    }
    return s;
  }
  Format(layout: string): string {
    return formatTime(this, layout);
  }
  Unix(): GoInt {
    return new GoInt('int64', BigInt(this.sec));
  }
  UnixMilli(): GoInt {
    return new GoInt('int64', BigInt.asIntN(64, BigInt(this.sec) * 1000n + BigInt(Math.floor(this.nsec / 1e6))));
  }
  UnixNano(): GoInt {
    return new GoInt('int64', BigInt.asIntN(64, BigInt(this.sec) * 1_000_000_000n + BigInt(this.nsec)));
  }
  Year(): bigint {
    return BigInt(this.fields().year);
  }
  Month(): GoNamedInt {
    return new GoNamedInt('time.Month', this.fields().month, LONG_MONTHS, 1);
  }
  Day(): bigint {
    return BigInt(this.fields().day);
  }
  YearDay(): bigint {
    return BigInt(this.fields().yday);
  }
  Weekday(): GoNamedInt {
    return new GoNamedInt('time.Weekday', this.fields().weekday, LONG_DAYS, 0);
  }
  Hour(): bigint {
    return BigInt(this.fields().hour);
  }
  Minute(): bigint {
    return BigInt(this.fields().minute);
  }
  Second(): bigint {
    return BigInt(this.fields().second);
  }
  Nanosecond(): bigint {
    return BigInt(this.nsec);
  }
  IsZero(): boolean {
    return this.sec === ZERO_SEC && this.nsec === 0;
  }
  UTC(): GoTime {
    return new GoTime(this.sec, this.nsec, UTC);
  }
  Local(): GoTime {
    return new GoTime(this.sec, this.nsec, localLocation());
  }
  Add(d: GoDuration): GoTime {
    return addDuration(this, d.ns);
  }
  AddDate(years: bigint, months: bigint, days: bigint): GoTime {
    const f = this.fields();
    const secOfDay = f.hour * 3600 + f.minute * 60 + f.second;
    return timeFromDate(f.year + Number(years), f.month + Number(months), f.day + Number(days), 0, 0, secOfDay, this.nsec, this.loc);
  }
  Sub(u: GoTime): GoDuration {
    return new GoDuration(subTimes(this, u));
  }
  Before(u: GoTime): boolean {
    return this.sec < u.sec || (this.sec === u.sec && this.nsec < u.nsec);
  }
  After(u: GoTime): boolean {
    return this.sec > u.sec || (this.sec === u.sec && this.nsec > u.nsec);
  }
  Equal(u: GoTime): boolean {
    return this.sec === u.sec && this.nsec === u.nsec;
  }
  Compare(u: GoTime): bigint {
    return this.Before(u) ? -1n : this.After(u) ? 1n : 0n;
  }
}

export function addDuration(t: GoTime, d: bigint): GoTime {
  let sec = t.sec + Number(d / 1_000_000_000n);
  let nsec = t.nsec + Number(d % 1_000_000_000n);
  if (nsec >= NS) {
    sec++;
    nsec -= NS;
  } else if (nsec < 0) {
    sec--;
    nsec += NS;
  }
  return new GoTime(sec, nsec, t.loc, t.mono === undefined ? undefined : t.mono + d);
}

/** Time.Sub, saturating at the Duration range as Go does. */
export function subTimes(t: GoTime, u: GoTime): bigint {
  if (t.mono !== undefined && u.mono !== undefined) return t.mono - u.mono;
  const d = (BigInt(t.sec) - BigInt(u.sec)) * 1_000_000_000n + BigInt(t.nsec - u.nsec);
  return d > MAX_DURATION ? MAX_DURATION : d < MIN_DURATION ? MIN_DURATION : d;
}

/** time.Date: fields normalised (month 13 is next January…), then the zone offset that applies is removed. */
export function timeFromDate(year: number, month: number, day: number, hour: number, min: number, sec: number, nsec: number, loc: GoLocation): GoTime {
  const m0 = month - 1;
  year += Math.floor(m0 / 12);
  month = (((m0 % 12) + 12) % 12) + 1;
  sec += Math.floor(nsec / NS);
  nsec = ((nsec % NS) + NS) % NS;
  let unix = (daysFromCivil(year, month, 1) + day - 1) * DAY + hour * 3600 + min * 60 + sec;
  const z = loc.lookup(unix);
  if (z.offset !== 0) {
    const utc = unix - z.offset;
    const offset = utc < z.start || utc >= z.end ? loc.lookup(utc).offset : z.offset;
    unix -= offset;
  }
  return new GoTime(unix, nsec, loc);
}

const processStart = process.hrtime.bigint();
// Go's monotonic reading starts near 1ns at process start; ours counts from module load.
const MONO_BASE = 1n;

/** time.Now: wall clock in Local with a monotonic reading. */
export function timeNow(): GoTime {
  const ns = BigInt(Date.now()) * 1_000_000n + (process.hrtime.bigint() % 1_000_000n);
  const sec = Number(ns / 1_000_000_000n);
  return new GoTime(sec, Number(ns % 1_000_000_000n), localLocation(), process.hrtime.bigint() - processStart + MONO_BASE);
}

export function timeUnix(sec: bigint): GoTime {
  return new GoTime(Number(sec), 0, localLocation());
}

export const ZERO_TIME = new GoTime(ZERO_SEC, 0, UTC);

/** Time.In: the same instant in another location (setLoc drops the monotonic reading). */
export function timeIn(t: GoTime, loc: GoLocation): GoTime {
  return new GoTime(t.sec, t.nsec, loc);
}

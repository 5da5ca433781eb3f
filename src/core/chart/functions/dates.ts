/**
 * Sprig's date functions (now, date, dateInZone, dateModify, toDate, ago, duration, durationRound…) and
 * Helm's duration helpers (mustToDuration, durationSeconds…, durationRoundTo, durationTruncateTo).
 */
import { GoError } from '../template/goErrors.js';
import type { GoFunc } from '../template/funcTypes.js';
import { GoInt, goTypeName, int64 } from '../template/goValues.js';
import { goQuote } from '../template/goQuote.js';
import { formatValue } from '../template/goFormat.js';
import { parseGoFloat } from '../template/goNumbers.js';
import { isSpaceRune } from './goConvert.js';
import { GoDuration, formatDuration, parseDurationE, roundDuration, truncateDuration } from './goDuration.js';
import { GoTime, addDuration, subTimes, timeIn, timeNow, timeUnix, ZERO_TIME } from './goTime.js';
import { TimeParseError, formatTime, parseTime } from './goTimeLayout.js';
import { UTC, loadLocation, localLocation } from './goTimeZone.js';
import { def } from './define.js';

/** The time Sprig's date helpers take from interface{}: Time, int64/int/int32 Unix seconds, anything else now. */
function dateArg(v: unknown, acceptInt32: boolean): GoTime {
  if (v instanceof GoTime) return v;
  if (typeof v === 'bigint') return timeUnix(v);
  if (v instanceof GoInt && (v.kind === 'int64' || (acceptInt32 && v.kind === 'int32'))) return timeUnix(v.value);
  return timeNow();
}

function dateInZone(layout: string, date: unknown, zone: string): string {
  const loc = loadLocation(zone) ?? UTC;
  return formatTime(timeIn(dateArg(date, true), loc), layout);
}

function dateModify(modifier: string, date: GoTime): GoTime {
  const d = parseDurationE(modifier);
  return typeof d === 'string' ? date : addDuration(date, d);
}

function mustDateModify(modifier: string, date: GoTime): GoTime {
  const d = parseDurationE(modifier);
  if (typeof d === 'string') throw new GoError(d);
  return addDuration(date, d);
}

function toDate(layout: string, value: string): GoTime {
  try {
    return parseTime(layout, value, localLocation());
  } catch (e) {
    if (e instanceof TimeParseError) return ZERO_TIME;
    throw e;
  }
}

function since(t: GoTime): bigint {
  return subTimes(timeNow(), t);
}

/** strconv.ParseInt(s, 10, 64) as Sprig's `duration` uses it: the clamped value on overflow, 0 on bad syntax. */
function parseInt10(s: string): bigint {
  if (!/^[+-]?[0-9]+$/.test(s)) return 0n;
  const n = BigInt(s);
  const max = (1n << 63n) - 1n;
  return n > max ? max : n < -max - 1n ? -max - 1n : n;
}

const YEAR = 365n * 24n * 3_600_000_000_000n;
const MONTH = 30n * 24n * 3_600_000_000_000n;
const DAY_NS = 24n * 3_600_000_000_000n;
const HOUR = 3_600_000_000_000n;
const MINUTE = 60_000_000_000n;
const SECOND = 1_000_000_000n;

function durationRound(v: unknown): string {
  let d = 0n;
  if (typeof v === 'string') {
    const p = parseDurationE(v);
    d = typeof p === 'string' ? 0n : p;
  } else if (v instanceof GoInt && v.kind === 'int64') d = v.value;
  else if (v instanceof GoTime) d = since(v);
  const u = BigInt.asUintN(64, d < 0n ? -d : d);
  if (u > YEAR) return `${u / YEAR}y`;
  if (u > MONTH) return `${u / MONTH}mo`;
  if (u > DAY_NS) return `${u / DAY_NS}d`;
  if (u > HOUR) return `${u / HOUR}h`;
  if (u > MINUTE) return `${u / MINUTE}m`;
  if (u > SECOND) return `${u / SECOND}s`;
  return '0s';
}

// ---- Helm's asDuration ----

const MAX_SECONDS = ((1n << 63n) - 1n) / SECOND;
const MIN_SECONDS = -(1n << 63n) / SECOND;
const MAX_SECONDS_FLOAT = 9223372036854775807 / 1e9;
const MIN_SECONDS_FLOAT = -9223372036854775808 / 1e9;

function fromSecondsFloat(seconds: number): bigint {
  if (Number.isNaN(seconds) || !Number.isFinite(seconds)) throw new GoError(`invalid duration seconds: ${formatValue(seconds)}`);
  if (seconds > MAX_SECONDS_FLOAT || seconds < MIN_SECONDS_FLOAT) throw new GoError(`duration seconds overflow: ${formatValue(seconds)}`);
  const nanos = seconds * 1e9;
  if (nanos > 9223372036854775807 || nanos < -9223372036854775808) throw new GoError(`duration nanoseconds overflow: ${formatValue(nanos)}`);
  // float64 → int64 conversion: 2^63 itself wraps to MinInt64 on amd64.
  if (nanos >= 9223372036854775808) return -(1n << 63n);
  return BigInt(Math.trunc(nanos));
}

function trimSpace(s: string): string {
  const cps = [...s];
  let a = 0;
  let b = cps.length;
  while (a < b && isSpaceRune(cps[a]!.codePointAt(0)!)) a++;
  while (b > a && isSpaceRune(cps[b - 1]!.codePointAt(0)!)) b--;
  return cps.slice(a, b).join('');
}

function asDuration(v: unknown): bigint {
  if (v instanceof GoDuration) return v.ns;
  if (typeof v === 'string') {
    const s = trimSpace(v);
    if (s === '') throw new GoError('empty duration');
    const d = parseDurationE(s);
    if (typeof d !== 'string') return d;
    const f = parseGoFloat(s);
    if (f !== undefined) return fromSecondsFloat(f);
    throw new GoError(`could not parse duration ${goQuote(v)}`);
  }
  if (v === null || v === undefined) throw new GoError('invalid duration');
  if (typeof v === 'bigint' || (v instanceof GoInt && !v.kind.startsWith('uint'))) {
    const n = typeof v === 'bigint' ? v : v.value;
    if (n > MAX_SECONDS || n < MIN_SECONDS) throw new GoError(`duration seconds overflow: ${n}`);
    return n * SECOND;
  }
  if (v instanceof GoInt) {
    if (v.value > MAX_SECONDS) throw new GoError(`duration seconds overflow: ${v.value}`);
    return v.value * SECOND;
  }
  if (typeof v === 'number') return fromSecondsFloat(v);
  throw new GoError(`unsupported duration type ${goTypeName(v)}`);
}

function durationOr<T>(v: unknown, f: (d: bigint) => T, zero: T): T {
  try {
    return f(asDuration(v));
  } catch (e) {
    if (e instanceof GoError) return zero;
    throw e;
  }
}

const seconds = (d: bigint) => new GoDuration(d).Seconds();

export const dateFunctions: Record<string, GoFunc> = {
  now: def([], timeNow),
  date: def(['string', 'any'], (layout: string, date: unknown) => dateInZone(layout, date, 'Local')),
  dateInZone: def(['string', 'any', 'string'], dateInZone),
  date_in_zone: def(['string', 'any', 'string'], dateInZone),
  htmlDate: def(['any'], (date: unknown) => dateInZone('2006-01-02', date, 'Local')),
  htmlDateInZone: def(['any', 'string'], (date: unknown, zone: string) => dateInZone('2006-01-02', date, zone)),
  dateModify: def(['string', 'time.Time'], dateModify),
  date_modify: def(['string', 'time.Time'], dateModify),
  mustDateModify: def(['string', 'time.Time'], mustDateModify),
  must_date_modify: def(['string', 'time.Time'], mustDateModify),
  toDate: def(['string', 'string'], toDate),
  mustToDate: def(['string', 'string'], (layout: string, value: string) => {
    try {
      return parseTime(layout, value, localLocation());
    } catch (e) {
      if (e instanceof TimeParseError) throw new GoError(e.message);
      throw e;
    }
  }),
  unixEpoch: def(['time.Time'], (t: GoTime) => String(t.sec)),
  ago: def(['any'], (date: unknown) => {
    const t = date instanceof GoTime ? date : typeof date === 'bigint' || (date instanceof GoInt && date.kind === 'int64') ? timeUnix(typeof date === 'bigint' ? date : date.value) : timeNow();
    return formatDuration(roundDuration(since(t), SECOND));
  }),
  duration: def(['any'], (sec: unknown) => {
    let n = 0n;
    if (typeof sec === 'string') n = parseInt10(sec);
    else if (sec instanceof GoInt && sec.kind === 'int64') n = sec.value;
    return formatDuration(BigInt.asIntN(64, n * SECOND));
  }),
  durationRound: def(['any'], durationRound),

  mustToDuration: def(['any'], (v: unknown) => new GoDuration(asDuration(v))),
  durationSeconds: def(['any'], (v: unknown) => durationOr(v, seconds, 0)),
  durationMilliseconds: def(['any'], (v: unknown) => int64(durationOr(v, (d) => d / 1_000_000n, 0n))),
  durationMicroseconds: def(['any'], (v: unknown) => int64(durationOr(v, (d) => d / 1000n, 0n))),
  durationNanoseconds: def(['any'], (v: unknown) => int64(durationOr(v, (d) => d, 0n))),
  durationMinutes: def(['any'], (v: unknown) => durationOr(v, (d) => new GoDuration(d).Minutes(), 0)),
  durationHours: def(['any'], (v: unknown) => durationOr(v, (d) => new GoDuration(d).Hours(), 0)),
  durationDays: def(['any'], (v: unknown) => durationOr(v, (d) => new GoDuration(d).Hours() / 24, 0)),
  durationWeeks: def(['any'], (v: unknown) => durationOr(v, (d) => new GoDuration(d).Hours() / 24 / 7, 0)),
  durationRoundTo: def(['any', 'any'], (v: unknown, m: unknown) =>
    new GoDuration(durationOr(v, (d) => durationOr(m, (mul) => roundDuration(d, mul), d), 0n)),
  ),
  durationTruncateTo: def(['any', 'any'], (v: unknown, m: unknown) =>
    new GoDuration(durationOr(v, (d) => durationOr(m, (mul) => truncateDuration(d, mul), d), 0n)),
  ),
};

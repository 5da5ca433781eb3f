/**
 * Go's time layouts (reference time Mon Jan 2 15:04:05 MST 2006): splitting a layout into elements, formatting
 * and parsing with them, and time.ParseError's texts.
 */
import { timeQuote } from './goDuration.js';
import { GoLocation, UTC, daysIn, isLeap } from './goTimeZone.js';
import { GoTime, timeFromDate } from './goTime.js';

const enum Std {
  None,
  LongMonth,
  Month,
  NumMonth,
  ZeroMonth,
  LongWeekDay,
  WeekDay,
  Day,
  UnderDay,
  ZeroDay,
  UnderYearDay,
  ZeroYearDay,
  Hour,
  Hour12,
  ZeroHour12,
  Minute,
  ZeroMinute,
  Second,
  ZeroSecond,
  LongYear,
  Year,
  PM,
  pm,
  TZ,
  ISO8601TZ,
  ISO8601SecondsTZ,
  ISO8601ShortTZ,
  ISO8601ColonTZ,
  ISO8601ColonSecondsTZ,
  NumTZ,
  NumSecondsTz,
  NumShortTZ,
  NumColonTZ,
  NumColonSecondsTZ,
  FracSecond0,
  FracSecond9,
}

interface Chunk {
  prefix: string;
  std: Std;
  /** Digits of a fractional-second element and its separator ('.' or ','). */
  digits: number;
  sep: string;
  /** The layout text of the element (for parse errors). */
  text: string;
  suffix: string;
}

const ZERO_X = [Std.ZeroMonth, Std.ZeroDay, Std.ZeroHour12, Std.ZeroMinute, Std.ZeroSecond, Std.Year];

const startsWithLower = (s: string) => s.length > 0 && s[0]! >= 'a' && s[0]! <= 'z';
const isDigitAt = (s: string, i: number) => i < s.length && s[i]! >= '0' && s[i]! <= '9';

/** The next layout element: text before it, its kind, and the rest (Go's nextStdChunk). */
function nextChunk(layout: string): Chunk {
  const mk = (i: number, std: Std, len: number, digits = 0, sep = ''): Chunk => ({
    prefix: layout.slice(0, i),
    std,
    digits,
    sep,
    text: layout.slice(i, i + len),
    suffix: layout.slice(i + len),
  });
  const at = (i: number, s: string) => layout.startsWith(s, i);
  for (let i = 0; i < layout.length; i++) {
    switch (layout[i]) {
      case 'J':
        if (at(i, 'Jan')) {
          if (at(i, 'January')) return mk(i, Std.LongMonth, 7);
          if (!startsWithLower(layout.slice(i + 3))) return mk(i, Std.Month, 3);
        }
        break;
      case 'M':
        if (at(i, 'Mon')) {
          if (at(i, 'Monday')) return mk(i, Std.LongWeekDay, 6);
          if (!startsWithLower(layout.slice(i + 3))) return mk(i, Std.WeekDay, 3);
        }
        if (at(i, 'MST')) return mk(i, Std.TZ, 3);
        break;
      case '0': {
        const n = layout[i + 1];
        if (n !== undefined && n >= '1' && n <= '6') return mk(i, ZERO_X[n.charCodeAt(0) - 49]!, 2);
        if (at(i, '002')) return mk(i, Std.ZeroYearDay, 3);
        break;
      }
      case '1':
        if (at(i, '15')) return mk(i, Std.Hour, 2);
        return mk(i, Std.NumMonth, 1);
      case '2':
        if (at(i, '2006')) return mk(i, Std.LongYear, 4);
        return mk(i, Std.Day, 1);
      case '_':
        if (layout[i + 1] === '2') {
          // "_2006" is a literal underscore followed by the long year.
          if (at(i + 1, '2006')) return { ...mk(i + 1, Std.LongYear, 4), prefix: layout.slice(0, i + 1) };
          return mk(i, Std.UnderDay, 2);
        }
        if (at(i, '__2')) return mk(i, Std.UnderYearDay, 3);
        break;
      case '3':
        return mk(i, Std.Hour12, 1);
      case '4':
        return mk(i, Std.Minute, 1);
      case '5':
        return mk(i, Std.Second, 1);
      case 'P':
        if (layout[i + 1] === 'M') return mk(i, Std.PM, 2);
        break;
      case 'p':
        if (layout[i + 1] === 'm') return mk(i, Std.pm, 2);
        break;
      case '-':
        if (at(i, '-070000')) return mk(i, Std.NumSecondsTz, 7);
        if (at(i, '-07:00:00')) return mk(i, Std.NumColonSecondsTZ, 9);
        if (at(i, '-0700')) return mk(i, Std.NumTZ, 5);
        if (at(i, '-07:00')) return mk(i, Std.NumColonTZ, 6);
        if (at(i, '-07')) return mk(i, Std.NumShortTZ, 3);
        break;
      case 'Z':
        if (at(i, 'Z070000')) return mk(i, Std.ISO8601SecondsTZ, 7);
        if (at(i, 'Z07:00:00')) return mk(i, Std.ISO8601ColonSecondsTZ, 9);
        if (at(i, 'Z0700')) return mk(i, Std.ISO8601TZ, 5);
        if (at(i, 'Z07:00')) return mk(i, Std.ISO8601ColonTZ, 6);
        if (at(i, 'Z07')) return mk(i, Std.ISO8601ShortTZ, 3);
        break;
      case '.':
      case ',': {
        const ch = layout[i + 1];
        if (ch === '0' || ch === '9') {
          let j = i + 1;
          while (j < layout.length && layout[j] === ch) j++;
          // Only a run of digits that ends here is a fractional second.
          if (!isDigitAt(layout, j)) return mk(i, ch === '0' ? Std.FracSecond0 : Std.FracSecond9, j - i, j - (i + 1), layout[i]!);
        }
        break;
      }
    }
  }
  return { prefix: layout, std: Std.None, digits: 0, sep: '', text: '', suffix: '' };
}

const LONG_DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const LONG_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const SHORT_DAYS = LONG_DAYS.map((d) => d.slice(0, 3));
const SHORT_MONTHS = LONG_MONTHS.map((m) => m.slice(0, 3));
export { LONG_DAYS, LONG_MONTHS };

/** Go's appendInt: a '-' then the magnitude zero-padded to `width`. */
function pad(x: number, width: number): string {
  const s = Math.abs(x).toString().padStart(width, '0');
  return x < 0 ? '-' + s : s;
}

function isTZElement(std: Std): boolean {
  return std >= Std.ISO8601TZ && std <= Std.NumColonSecondsTZ;
}
const isISO = (std: Std) => std >= Std.ISO8601TZ && std <= Std.ISO8601ColonSecondsTZ;

export function formatTime(t: GoTime, layout: string): string {
  const { name, offset } = t.zone();
  const f = t.fields();
  let out = '';
  while (layout !== '') {
    const c = nextChunk(layout);
    out += c.prefix;
    if (c.std === Std.None) break;
    layout = c.suffix;
    switch (c.std) {
      case Std.Year:
        out += pad(Math.abs(f.year) % 100, 2);
        break;
      case Std.LongYear:
        out += pad(f.year, 4);
        break;
      case Std.Month:
        out += SHORT_MONTHS[f.month - 1];
        break;
      case Std.LongMonth:
        out += LONG_MONTHS[f.month - 1];
        break;
      case Std.NumMonth:
        out += f.month;
        break;
      case Std.ZeroMonth:
        out += pad(f.month, 2);
        break;
      case Std.WeekDay:
        out += SHORT_DAYS[f.weekday];
        break;
      case Std.LongWeekDay:
        out += LONG_DAYS[f.weekday];
        break;
      case Std.Day:
        out += f.day;
        break;
      case Std.UnderDay:
        out += (f.day < 10 ? ' ' : '') + f.day;
        break;
      case Std.ZeroDay:
        out += pad(f.day, 2);
        break;
      case Std.UnderYearDay:
        out += (f.yday < 100 ? (f.yday < 10 ? '  ' : ' ') : '') + f.yday;
        break;
      case Std.ZeroYearDay:
        out += pad(f.yday, 3);
        break;
      case Std.Hour:
        out += pad(f.hour, 2);
        break;
      case Std.Hour12:
        out += f.hour % 12 === 0 ? 12 : f.hour % 12;
        break;
      case Std.ZeroHour12:
        out += pad(f.hour % 12 === 0 ? 12 : f.hour % 12, 2);
        break;
      case Std.Minute:
        out += f.minute;
        break;
      case Std.ZeroMinute:
        out += pad(f.minute, 2);
        break;
      case Std.Second:
        out += f.second;
        break;
      case Std.ZeroSecond:
        out += pad(f.second, 2);
        break;
      case Std.PM:
        out += f.hour >= 12 ? 'PM' : 'AM';
        break;
      case Std.pm:
        out += f.hour >= 12 ? 'pm' : 'am';
        break;
      case Std.TZ:
        if (name !== '') out += name;
        else {
          const z = Math.trunc(offset / 60);
          out += (z < 0 ? '-' : '+') + pad(Math.trunc(Math.abs(z) / 60), 2) + pad(Math.abs(z) % 60, 2);
        }
        break;
      case Std.FracSecond0:
      case Std.FracSecond9:
        out += fractionText(t.nsec, c);
        break;
      default:
        if (isTZElement(c.std)) out += offsetText(offset, c.std);
    }
  }
  return out;
}

function offsetText(offset: number, std: Std): string {
  if (offset === 0 && isISO(std)) return 'Z';
  let zone = Math.trunc(offset / 60);
  let abs = offset;
  let out = '+';
  if (zone < 0) {
    out = '-';
    zone = -zone;
    abs = -abs;
  }
  out += pad(Math.trunc(zone / 60), 2);
  const colon = std === Std.ISO8601ColonTZ || std === Std.NumColonTZ || std === Std.ISO8601ColonSecondsTZ || std === Std.NumColonSecondsTZ;
  if (colon) out += ':';
  if (std !== Std.NumShortTZ && std !== Std.ISO8601ShortTZ) out += pad(zone % 60, 2);
  if (std === Std.ISO8601SecondsTZ || std === Std.NumSecondsTz || std === Std.NumColonSecondsTZ || std === Std.ISO8601ColonSecondsTZ) {
    if (std === Std.NumColonSecondsTZ || std === Std.ISO8601ColonSecondsTZ) out += ':';
    out += pad(abs % 60, 2);
  }
  return out;
}

function fractionText(nsec: number, c: Chunk): string {
  const trim = c.std === Std.FracSecond9;
  if (trim && (c.digits === 0 || nsec === 0)) return '';
  let s = pad(nsec, 9).slice(0, Math.min(c.digits, 9));
  if (trim) s = s.replace(/0+$/, '');
  return s === '' ? '' : c.sep + s;
}

// ---- parsing ----

class Bad extends Error {}

function getnum(s: string, fixed: boolean): [number, string] {
  if (!isDigitAt(s, 0)) throw new Bad();
  if (!isDigitAt(s, 1)) {
    if (fixed) throw new Bad();
    return [s.charCodeAt(0) - 48, s.slice(1)];
  }
  return [(s.charCodeAt(0) - 48) * 10 + (s.charCodeAt(1) - 48), s.slice(2)];
}

function getnum3(s: string, fixed: boolean): [number, string] {
  let n = 0;
  let i = 0;
  for (; i < 3 && isDigitAt(s, i); i++) n = n * 10 + (s.charCodeAt(i) - 48);
  if (i === 0 || (fixed && i !== 3)) throw new Bad();
  return [n, s.slice(i)];
}

/** Case-insensitive (ASCII letters only) prefix match against a name table. */
function lookupName(tab: string[], val: string): [number, string] {
  for (let i = 0; i < tab.length; i++) {
    const v = tab[i]!;
    if (val.length >= v.length && sameLetters(val.slice(0, v.length), v)) return [i, val.slice(v.length)];
  }
  throw new Bad();
}

function sameLetters(a: string, b: string): boolean {
  for (let i = 0; i < a.length; i++) {
    let c1 = a.charCodeAt(i);
    let c2 = b.charCodeAt(i);
    if (c1 !== c2) {
      c1 |= 0x20;
      c2 |= 0x20;
      if (c1 !== c2 || c1 < 0x61 || c1 > 0x7a) return false;
    }
  }
  return true;
}

/** Strips `prefix` from `value`; a space in the layout matches any run of spaces (at least one if present). */
function skip(value: string, prefix: string): string | undefined {
  while (prefix.length > 0) {
    if (prefix[0] === ' ') {
      if (value.length > 0 && value[0] !== ' ') return undefined;
      prefix = prefix.replace(/^ +/, '');
      value = value.replace(/^ +/, '');
      continue;
    }
    if (value.length === 0 || value[0] !== prefix[0]) return undefined;
    prefix = prefix.slice(1);
    value = value.slice(1);
  }
  return value;
}

function leadingInt(s: string): [number, string] | undefined {
  let i = 0;
  let x = 0;
  for (; i < s.length && isDigitAt(s, i); i++) {
    x = x * 10 + (s.charCodeAt(i) - 48);
    if (x > 2 ** 63) return undefined;
  }
  return [x, s.slice(i)];
}

function signedOffsetLen(value: string): number {
  if (value[0] !== '-' && value[0] !== '+') return 0;
  const r = leadingInt(value.slice(1));
  if (r === undefined || r[1] === value.slice(1) || r[0] > 23) return 0;
  return value.length - r[1].length;
}

/** Length of a zone abbreviation at the start of value, or 0 (Go's parseTimeZone). */
function timeZoneLen(value: string): number {
  if (value.length < 3) return 0;
  if (value.startsWith('ChST') || value.startsWith('MeST')) return 4;
  if (value.startsWith('GMT')) return 3 + (value.length > 3 ? signedOffsetLen(value.slice(3)) : 0);
  if (value[0] === '+' || value[0] === '-') return signedOffsetLen(value);
  let n = 0;
  while (n < 6 && n < value.length && value[n]! >= 'A' && value[n]! <= 'Z') n++;
  if (n === 3) return 3;
  if (n === 4 && (value[3] === 'T' || value.startsWith('WITA'))) return 4;
  if (n === 5 && value[4] === 'T') return 5;
  return 0;
}

function parseNanos(value: string, nbytes: number): [number, string] {
  if (value[0] !== '.' && value[0] !== ',') throw new Bad();
  if (nbytes > 10) nbytes = 10;
  const digits = value.slice(1, nbytes);
  if (!/^[0-9]*$/.test(digits) || digits === '') throw new Bad();
  return [Number(digits) * 10 ** (10 - nbytes), ''];
}

export class TimeParseError extends Error {}

function parseError(layout: string, value: string, layoutElem: string, valueElem: string, message: string): TimeParseError {
  if (message === '') return new TimeParseError(`parsing time ${timeQuote(value)} as ${timeQuote(layout)}: cannot parse ${timeQuote(valueElem)} as ${timeQuote(layoutElem)}`);
  return new TimeParseError(`parsing time ${timeQuote(value)}${message}`);
}

/** time.ParseInLocation(layout, value, loc) (Go's parse with defaultLocation = local = loc). */
export function parseTime(layout: string, value: string, loc: GoLocation): GoTime {
  const alayout = layout;
  const avalue = value;
  let rangeErr = '';
  let amSet = false;
  let pmSet = false;
  let year = 0;
  let month = -1;
  let day = -1;
  let yday = -1;
  let hour = 0;
  let min = 0;
  let sec = 0;
  let nsec = 0;
  let z: GoLocation | undefined;
  let zoneOffset = -1;
  let zoneName = '';
  for (;;) {
    const c = nextChunk(layout);
    const v = skip(value, c.prefix);
    if (v === undefined) throw parseError(alayout, avalue, c.prefix, value, '');
    value = v;
    if (c.std === Std.None) {
      if (value.length !== 0) throw parseError(alayout, avalue, '', value, `: extra text: ${timeQuote(value)}`);
      break;
    }
    layout = c.suffix;
    const hold = value;
    try {
      switch (c.std) {
        case Std.Year: {
          if (value.length < 2) throw new Bad();
          const p = value.slice(0, 2);
          value = value.slice(2);
          if (!/^[0-9]{2}$/.test(p)) throw new Bad();
          year = Number(p);
          year += year >= 69 ? 1900 : 2000;
          break;
        }
        case Std.LongYear: {
          if (value.length < 4 || !isDigitAt(value, 0)) throw new Bad();
          const p = value.slice(0, 4);
          value = value.slice(4);
          if (!/^[0-9]{4}$/.test(p)) throw new Bad();
          year = Number(p);
          break;
        }
        case Std.Month:
          [month, value] = lookupName(SHORT_MONTHS, value);
          month++;
          break;
        case Std.LongMonth:
          [month, value] = lookupName(LONG_MONTHS, value);
          month++;
          break;
        case Std.NumMonth:
        case Std.ZeroMonth:
          [month, value] = getnum(value, c.std === Std.ZeroMonth);
          if (month <= 0 || month > 12) rangeErr = 'month';
          break;
        case Std.WeekDay:
          value = lookupName(SHORT_DAYS, value)[1];
          break;
        case Std.LongWeekDay:
          value = lookupName(LONG_DAYS, value)[1];
          break;
        case Std.Day:
        case Std.UnderDay:
        case Std.ZeroDay:
          if (c.std === Std.UnderDay && value[0] === ' ') value = value.slice(1);
          [day, value] = getnum(value, c.std === Std.ZeroDay);
          break;
        case Std.UnderYearDay:
        case Std.ZeroYearDay:
          for (let i = 0; i < 2; i++) if (c.std === Std.UnderYearDay && value[0] === ' ') value = value.slice(1);
          [yday, value] = getnum3(value, c.std === Std.ZeroYearDay);
          break;
        case Std.Hour:
          [hour, value] = getnum(value, false);
          if (hour < 0 || hour >= 24) rangeErr = 'hour';
          break;
        case Std.Hour12:
        case Std.ZeroHour12:
          [hour, value] = getnum(value, c.std === Std.ZeroHour12);
          if (hour < 0 || hour > 12) rangeErr = 'hour';
          break;
        case Std.Minute:
        case Std.ZeroMinute:
          [min, value] = getnum(value, c.std === Std.ZeroMinute);
          if (min < 0 || min >= 60) rangeErr = 'minute';
          break;
        case Std.Second:
        case Std.ZeroSecond: {
          [sec, value] = getnum(value, c.std === Std.ZeroSecond);
          if (sec < 0 || sec >= 60) {
            rangeErr = 'second';
            break;
          }
          // A fractional second after the seconds is accepted even when the layout has none.
          if (value.length >= 2 && (value[0] === '.' || value[0] === ',') && isDigitAt(value, 1)) {
            const next = nextChunk(layout).std;
            if (next === Std.FracSecond0 || next === Std.FracSecond9) break;
            let n = 2;
            while (n < value.length && isDigitAt(value, n)) n++;
            nsec = parseNanos(value, n)[0];
            value = value.slice(n);
          }
          break;
        }
        case Std.PM:
        case Std.pm: {
          if (value.length < 2) throw new Bad();
          const p = value.slice(0, 2);
          value = value.slice(2);
          const [am, pmText] = c.std === Std.PM ? ['AM', 'PM'] : ['am', 'pm'];
          if (p === pmText) pmSet = true;
          else if (p === am) amSet = true;
          else throw new Bad();
          break;
        }
        case Std.TZ: {
          if (value.startsWith('UTC')) {
            z = UTC;
            value = value.slice(3);
            break;
          }
          const n = timeZoneLen(value);
          if (n === 0) throw new Bad();
          zoneName = value.slice(0, n);
          value = value.slice(n);
          break;
        }
        case Std.FracSecond0: {
          const ndigit = 1 + c.digits;
          if (value.length < ndigit) throw new Bad();
          nsec = parseNanos(value, ndigit)[0];
          value = value.slice(ndigit);
          break;
        }
        case Std.FracSecond9: {
          if (value.length < 2 || (value[0] !== '.' && value[0] !== ',') || !isDigitAt(value, 1)) break;
          let i = 0;
          while (i + 1 < value.length && isDigitAt(value, i + 1)) i++;
          nsec = parseNanos(value, 1 + i)[0];
          value = value.slice(1 + i);
          break;
        }
        default: {
          if (isISO(c.std) && value[0] === 'Z') {
            value = value.slice(1);
            z = UTC;
            break;
          }
          let sign: string;
          let hh: string;
          let mm = '00';
          let ss = '00';
          if (c.std === Std.ISO8601ColonTZ || c.std === Std.NumColonTZ) {
            if (value.length < 6 || value[3] !== ':') throw new Bad();
            [sign, hh, mm, value] = [value[0]!, value.slice(1, 3), value.slice(4, 6), value.slice(6)];
          } else if (c.std === Std.NumShortTZ || c.std === Std.ISO8601ShortTZ) {
            if (value.length < 3) throw new Bad();
            [sign, hh, value] = [value[0]!, value.slice(1, 3), value.slice(3)];
          } else if (c.std === Std.ISO8601ColonSecondsTZ || c.std === Std.NumColonSecondsTZ) {
            if (value.length < 9 || value[3] !== ':' || value[6] !== ':') throw new Bad();
            [sign, hh, mm, ss, value] = [value[0]!, value.slice(1, 3), value.slice(4, 6), value.slice(7, 9), value.slice(9)];
          } else if (c.std === Std.ISO8601SecondsTZ || c.std === Std.NumSecondsTz) {
            if (value.length < 7) throw new Bad();
            [sign, hh, mm, ss, value] = [value[0]!, value.slice(1, 3), value.slice(3, 5), value.slice(5, 7), value.slice(7)];
          } else {
            if (value.length < 5) throw new Bad();
            [sign, hh, mm, value] = [value[0]!, value.slice(1, 3), value.slice(3, 5), value.slice(5)];
          }
          const hr = getnum(hh, true)[0];
          const mi = getnum(mm, true)[0];
          const se = getnum(ss, true)[0];
          if (hr > 24) rangeErr = 'time zone offset hour';
          if (mi > 60) rangeErr = 'time zone offset minute';
          if (se > 60) rangeErr = 'time zone offset second';
          zoneOffset = (hr * 60 + mi) * 60 + se;
          if (sign === '-') zoneOffset = -zoneOffset;
          else if (sign !== '+') throw new Bad();
        }
      }
    } catch (e) {
      if (!(e instanceof Bad)) throw e;
      if (rangeErr !== '') throw parseError(alayout, avalue, c.text, value, `: ${rangeErr} out of range`);
      throw parseError(alayout, avalue, c.text, hold, '');
    }
    if (rangeErr !== '') throw parseError(alayout, avalue, c.text, value, `: ${rangeErr} out of range`);
  }
  if (pmSet && hour < 12) hour += 12;
  else if (amSet && hour === 12) hour = 0;

  if (yday >= 0) {
    let d = 0;
    let m = 0;
    if (isLeap(year)) {
      if (yday === 31 + 29) {
        m = 2;
        d = 29;
      } else if (yday > 31 + 29) yday--;
    }
    if (yday < 1 || yday > 365) throw parseError(alayout, avalue, '', value, ': day-of-year out of range');
    if (m === 0) {
      m = Math.floor((yday - 1) / 31) + 1;
      if (daysBeforeMonth(m + 1) < yday) m++;
      d = yday - daysBeforeMonth(m);
    }
    if (month >= 0 && month !== m) throw parseError(alayout, avalue, '', value, ': day-of-year does not match month');
    month = m;
    if (day >= 0 && day !== d) throw parseError(alayout, avalue, '', value, ': day-of-year does not match day');
    day = d;
  } else {
    if (month < 0) month = 1;
    if (day < 0) day = 1;
  }
  if (day < 1 || day > daysIn(month, year)) throw parseError(alayout, avalue, '', value, ': day out of range');

  if (z !== undefined) return timeFromDate(year, month, day, hour, min, sec, nsec, z);
  if (zoneOffset !== -1) {
    const t = timeFromDate(year, month, day, hour, min, sec, nsec, UTC);
    const unix = t.sec - zoneOffset;
    const l = loc.lookup(unix);
    if (l.offset === zoneOffset && (zoneName === '' || l.name === zoneName)) return new GoTime(unix, nsec, loc);
    return new GoTime(unix, nsec, GoLocation.fixed(zoneName, zoneOffset));
  }
  if (zoneName !== '') {
    const t = timeFromDate(year, month, day, hour, min, sec, nsec, UTC);
    const offset = loc.lookupName(zoneName, t.sec);
    if (offset !== undefined) return new GoTime(t.sec - offset, nsec, loc);
    let off = 0;
    if (zoneName.length > 3 && zoneName.startsWith('GMT')) off = Number.parseInt(zoneName.slice(3), 10) * 3600;
    return new GoTime(t.sec, nsec, GoLocation.fixed(zoneName, off));
  }
  return timeFromDate(year, month, day, hour, min, sec, nsec, loc);
}

const DAYS_BEFORE = [0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365];
function daysBeforeMonth(m: number): number {
  return DAYS_BEFORE[m]!;
}

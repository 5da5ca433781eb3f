/**
 * TOML as github.com/BurntSushi/toml v1.6.0's Encoder writes it (the version helm v4.3.1 pins, used by
 * toToml): plain values before tables, keys sorted bytewise, two-space indentation per table level, inline
 * tables inside arrays, `[[array]]` for a slice whose elements are all tables, nil map values left out.
 */
import { GoDuration } from '../functions/goDuration.js';
import { GoTime, timeIn } from '../functions/goTime.js';
import { formatTime } from '../functions/goTimeLayout.js';
import { UTC } from '../functions/goTimeZone.js';
import { SemverValue } from '../functions/semver.js';
import { GoError } from '../template/goErrors.js';
import { formatFloat } from '../template/goFloat.js';
import { GoInt, GoObject, compareGoStrings, goTypeName, isGoMap } from '../template/goValues.js';
import { LOCAL_DATE, LOCAL_DATETIME, LOCAL_TIME } from './tomlLocalTime.js';

/** An error the encoder returns (Helm's toToml writes its text, mustToToml fails with it). */
export class TomlEncodeError extends Error {}

type TomlType = 'Integer' | 'Float' | 'String' | 'Bool' | 'Datetime' | 'Array' | 'Hash' | 'ArrayHash';

const INDENT = '  ';

/** The encoder's dblQuotedReplacer: quotes, backslashes and control bytes; everything else as is. */
function escape(s: string): string {
  return s.replace(/["\\\x00-\x1f\x7f]/g, (c) => {
    switch (c) {
      case '"':
        return '\\"';
      case '\\':
        return '\\\\';
      case '\b':
        return '\\b';
      case '\t':
        return '\\t';
      case '\n':
        return '\\n';
      case '\f':
        return '\\f';
      case '\r':
        return '\\r';
    }
    return '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0');
  });
}

function quoted(s: string): string {
  return `"${escape(s)}"`;
}

/** One key piece: bare when every character is A-Za-z0-9_-, else quoted; "" for the empty key. */
function keyPiece(k: string): string {
  if (k === '') return '""';
  return /^[A-Za-z0-9_-]+$/.test(k) ? k : quoted(k);
}

function keyString(key: string[]): string {
  return key.map(keyPiece).join('.');
}

/** reflect sees a named map or slice as its underlying collection. */
function reflected(v: unknown): unknown {
  if (v instanceof GoObject) {
    const u = v.underlying();
    if (u !== undefined) return u.value;
  }
  return v;
}

/** Types with MarshalText (or time.Time, handled first by the encoder): written as one value, never as a table. */
function isMarshaler(v: unknown): boolean {
  return v instanceof GoTime || v instanceof SemverValue;
}

function isArray(v: unknown): v is ArrayLike<unknown> {
  return Array.isArray(v) || v instanceof Uint8Array;
}

function unsupported(v: unknown): never {
  throw new GoError(`toml: encoding a Go struct (${goTypeName(v)}) is not supported by slipway`);
}

/** tomlTypeOfGo; undefined for nil. */
function tomlType(raw: unknown): TomlType | undefined {
  const v = reflected(raw);
  if (v === null || v === undefined) return undefined;
  if (v instanceof GoTime) return 'Datetime';
  if (isMarshaler(v)) return 'String';
  switch (typeof v) {
    case 'boolean':
      return 'Bool';
    case 'bigint':
      return 'Integer';
    case 'number':
      return 'Float';
    case 'string':
      return 'String';
  }
  if (v instanceof GoInt || v instanceof GoDuration) return 'Integer';
  if (isArray(v)) return isTableArray(v) ? 'ArrayHash' : 'Array';
  if (isGoMap(v)) return 'Hash';
  return unsupported(v);
}

function isTableArray(arr: ArrayLike<unknown>): boolean {
  if (arr.length === 0) return false;
  let all = true;
  for (let i = 0; i < arr.length; i++) {
    const t = tomlType(arr[i]);
    if (t === undefined) throw new TomlEncodeError('toml: cannot encode array with nil element');
    if (t !== 'Hash') all = false;
  }
  return all;
}

function isTable(t: TomlType | undefined): boolean {
  return t === 'Hash' || t === 'ArrayHash';
}

/** RFC 3339 with nanoseconds; TOML's local date-times, dates and times (from fromToml) in their own forms. */
function datetime(t: GoTime): string {
  switch (t.loc) {
    case LOCAL_DATETIME:
      return formatTime(timeIn(t, UTC), '2006-01-02T15:04:05.999999999');
    case LOCAL_DATE:
      return formatTime(timeIn(t, UTC), '2006-01-02');
    case LOCAL_TIME:
      return formatTime(timeIn(t, UTC), '15:04:05.999999999');
  }
  return formatTime(t, '2006-01-02T15:04:05.999999999Z07:00');
}

/** strconv 'g' with ".0" added when it has neither a point nor an exponent. */
function float(f: number): string {
  if (Number.isNaN(f)) return 'nan';
  if (f === Infinity) return 'inf';
  if (f === -Infinity) return '-inf';
  const s = formatFloat(f, 'g', -1);
  return /[.e]/.test(s) ? s : s + '.0';
}

class Encoder {
  out = '';
  private written = false;

  private write(s: string): void {
    this.out += s;
    this.written = true;
  }
  private newline(): void {
    if (this.written) this.write('\n');
  }
  private indent(key: string[]): string {
    return INDENT.repeat(key.length - 1);
  }

  encode(key: string[], raw: unknown): void {
    if (isMarshaler(raw)) return this.keyValue(key, raw, false);
    const v = reflected(raw);
    // Only the top-level value can be nil here (map entries that are nil are skipped): reflect panics on it.
    if (v === undefined || v === null) throw new GoError('reflect: call of reflect.Value.Type on zero Value');
    if (isArray(v)) {
      if (tomlType(v) === 'ArrayHash') this.arrayOfTables(key, v);
      else this.keyValue(key, v, false);
      return;
    }
    if (isGoMap(v)) return this.table(key, v);
    if (typeof v === 'object' && !(v instanceof GoInt) && !(v instanceof GoDuration)) unsupported(v);
    this.keyValue(key, v, false);
  }

  private element(raw: unknown): void {
    const v = reflected(raw);
    if (v instanceof GoTime) return this.write(datetime(v));
    if (v instanceof SemverValue || v instanceof GoDuration) return this.write(quoted(v.String()));
    switch (typeof v) {
      case 'string':
        return this.write(quoted(v));
      case 'boolean':
        return this.write(v ? 'true' : 'false');
      case 'bigint':
        return this.write(v.toString());
      case 'number':
        return this.write(float(v));
    }
    if (v instanceof GoInt) return this.write(v.value.toString());
    if (isArray(v)) {
      this.write('[');
      for (let i = 0; i < v.length; i++) {
        this.element(v[i]);
        if (i !== v.length - 1) this.write(', ');
      }
      return this.write(']');
    }
    if (isGoMap(v)) return this.map([], v, true);
    if (v === null || v === undefined) throw new GoError('reflect: call of reflect.Value.Interface on zero Value');
    unsupported(v);
  }

  private arrayOfTables(key: string[], arr: ArrayLike<unknown>): void {
    if (key.length === 0) throw new TomlEncodeError('toml: top-level values must be Go maps or structs');
    for (let i = 0; i < arr.length; i++) {
      const t = reflected(arr[i]) as Record<string, unknown>;
      this.newline();
      this.write(`${this.indent(key)}[[${keyString(key)}]]`);
      this.newline();
      this.map(key, t, false);
    }
  }

  private table(key: string[], m: Record<string, unknown>): void {
    if (key.length === 1) this.newline();
    if (key.length > 0) {
      this.write(`${this.indent(key)}[${keyString(key)}]`);
      this.newline();
    }
    this.map(key, m, false);
  }

  private map(key: string[], m: Record<string, unknown>, inline: boolean): void {
    const direct: string[] = [];
    const sub: string[] = [];
    for (const k of Object.keys(m)) (isTable(tomlType(m[k])) ? sub : direct).push(k);
    const writeKeys = (keys: string[], trailingComma: boolean) => {
      keys.sort(compareGoStrings);
      keys.forEach((k, i) => {
        const val = m[k];
        if (reflected(val) === null || reflected(val) === undefined) return;
        if (inline) {
          this.keyValue([k], val, true);
          if (trailingComma || i !== keys.length - 1) this.write(', ');
        } else this.encode([...key, k], val);
      });
    };
    if (inline) this.write('{');
    writeKeys(direct, sub.length > 0);
    writeKeys(sub, false);
    if (inline) this.write('}');
  }

  private keyValue(key: string[], v: unknown, inline: boolean): void {
    if (key.length === 0) return this.element(v);
    this.write(`${this.indent(key)}${keyPiece(key[key.length - 1]!)} = `);
    this.element(v);
    if (!inline) this.newline();
  }
}

/** toml.NewEncoder(w).Encode(v): the text, or a TomlEncodeError; Go runtime panics stay GoErrors. */
export function encodeToml(v: unknown): string {
  const e = new Encoder();
  e.encode([], v);
  return e.out;
}

/**
 * TOML to the Go values BurntSushi/toml v1.6.0 produces when decoding into map[string]any (Helm's fromToml):
 * int64 integers, float64 floats, time.Time date-times (local ones in the datetime-local/date-local/time-local
 * zones), []any arrays, map[string]any tables and []map[string]any arrays of tables. Errors carry the
 * decoder's `toml: line N (last key "k"): message` form for the common mistakes.
 */
import { GoTime, timeFromDate } from '../functions/goTime.js';
import { GoLocation, localLocation } from '../functions/goTimeZone.js';
import { goQuote, goQuoteRune } from '../template/goQuote.js';
import { GoInt, isGoMap, typedSlice } from '../template/goValues.js';
import { LOCAL_DATE, LOCAL_DATETIME, LOCAL_TIME } from './tomlLocalTime.js';

export class TomlDecodeError extends Error {}

type Table = Record<string, unknown>;

const BARE = /[A-Za-z0-9_-]/;
const INT64_MAX = (1n << 63n) - 1n;
/** A number, boolean or date-time as it starts at the parser's position (sticky, so large documents are not copied). */
const SCALAR_WORD = /[A-Za-z0-9_:.+-]+(?:[ T][0-9:.+Z-]+)?/y;

/** Key.String(): pieces joined by dots, quoted when not bare. */
function keyText(key: string[]): string {
  return key.map((k) => (k === '' ? '""' : /^[A-Za-z0-9_-]+$/.test(k) ? k : `"${k.replace(/["\\]/g, (c) => '\\' + c)}"`)).join('.');
}

class Parser {
  private pos = 0;
  private context: string[] = [];
  private currentKey = '';
  readonly root: Table = {};
  private current: Table = this.root;
  /** Tables and keys that were defined (not just created implicitly by a dotted path), by full dotted name. */
  private readonly defined = new Set<string>();
  private readonly arrayTables = new Set<unknown>();
  private readonly inline = new Set<unknown>();

  constructor(private readonly src: string) {}

  private lineAt(pos: number): number {
    let n = 1;
    for (let i = 0; i < pos && i < this.src.length; i++) if (this.src[i] === '\n') n++;
    return n;
  }

  private lastKey(): string {
    if (this.currentKey === '') return keyText(this.context);
    if (this.context.length === 0) return this.currentKey;
    return `${keyText(this.context)}.${this.currentKey}`;
  }

  private fail(message: string, at = this.pos, afterRune = false): never {
    let line = this.lineAt(at);
    // At EOF the lexer reports the previous line when the input ends with a newline.
    if (!afterRune && at >= this.src.length && this.src.endsWith('\n')) line--;
    const k = this.lastKey();
    throw new TomlDecodeError(k === '' ? `toml: line ${line}: ${message}` : `toml: line ${line} (last key ${goQuote(k)}): ${message}`);
  }

  private peek(off = 0): string | undefined {
    return this.src[this.pos + off];
  }
  private eof(): boolean {
    return this.pos >= this.src.length;
  }
  private skipSpace(): void {
    while (this.peek() === ' ' || this.peek() === '\t') this.pos++;
  }
  private skipComment(): void {
    if (this.peek() !== '#') return;
    while (!this.eof() && this.peek() !== '\n') this.pos++;
  }
  private isNewline(): boolean {
    return this.peek() === '\n' || (this.peek() === '\r' && this.peek(1) === '\n');
  }
  private skipNewline(): void {
    this.pos += this.peek() === '\r' ? 2 : 1;
  }
  /** Whitespace, newlines and comments (inside arrays). */
  private skipAll(): void {
    for (;;) {
      this.skipSpace();
      this.skipComment();
      if (this.isNewline()) this.skipNewline();
      else return;
    }
  }
  /** The offending rune as the lexer quotes it (NUL at EOF). */
  private foundRune(): string {
    return goQuoteRune(this.src.codePointAt(this.pos) ?? 0);
  }
  /** The lexer reports a rune it has consumed, so a newline's error is on the next line. */
  private failFound(message: string): never {
    return this.eof() ? this.fail(message) : this.fail(message, this.pos + 1, true);
  }

  parse(): Table {
    for (;;) {
      this.skipAll();
      if (this.eof()) return this.root;
      if (this.peek() === '[') this.tableHeader();
      else {
        const context = this.context;
        this.keyValue(this.current);
        const key = this.currentKey;
        this.context = context;
        this.currentKey = '';
        this.skipSpace();
        this.skipComment();
        if (this.peek() === '\r' && !this.isNewline()) {
          this.currentKey = key;
          this.controlCheck('\r');
        }
        if (!this.eof() && !this.isNewline()) this.failFound(`expected a top-level item to end with a newline, comment, or EOF, but got ${this.foundRune()} instead`);
      }
    }
  }

  private key(inTableName = false): string[] {
    const parts: string[] = [];
    for (;;) {
      this.skipSpace();
      const c = this.peek();
      if (inTableName && (c === ']' || c === undefined)) this.fail('unexpected end of table name (table names cannot be empty)');
      if (inTableName && c === '.') this.fail('unexpected table separator (table names cannot be empty)');
      // Any other character ends an empty bare name, which the table name's end refuses.
      if (inTableName && c !== '"' && c !== "'" && !BARE.test(c!)) this.failFound(`expected '.' or ']' to end table name, but got ${this.foundRune()} instead`);
      if (c === '"') parts.push(this.basicString());
      else if (c === "'") parts.push(this.literalString());
      else if (c !== undefined && BARE.test(c)) {
        const start = this.pos;
        while (this.peek() !== undefined && BARE.test(this.peek()!)) this.pos++;
        parts.push(this.src.slice(start, this.pos));
      } else if (parts.length === 0 && (c === undefined || c === '=')) this.fail("unexpected '=': key name appears blank");
      else if (parts.length === 0 && c === '.') this.fail("unexpected '.': keys cannot start with a '.'");
      else if (c === undefined || c === '=') this.fail("unexpected '='");
      else if (c === '.') this.fail("unexpected '.'");
      // Any other character ends an empty bare name; the key's end then refuses it (a newline on its own line).
      else if (c === '\n') this.fail(`expected '.' or '=', but got ${this.foundRune()} instead`);
      else this.failFound(`expected '.' or '=', but got ${this.foundRune()} instead`);
      this.skipSpace();
      if (this.peek() !== '.') return parts;
      this.pos++;
    }
  }

  /** Parses `key = value` into `table`; the key stays the parser's last key, as the decoder's errors report it. */
  private keyValue(table: Table): void {
    const key = this.key();
    if (this.eof()) this.fail("unexpected EOF; expected key separator '='");
    if (this.peek() !== '=') this.fail(`expected '.' or '=', but got ${this.foundRune()} instead`);
    this.pos++;
    const outerContext = this.context;
    this.context = [...this.context, ...key.slice(0, -1)];
    this.currentKey = key[key.length - 1]!;
    let t = table;
    for (const k of key.slice(0, -1)) t = this.subTable(t, k);
    this.skipSpace();
    const v = this.value();
    const full = [...this.context, this.currentKey].join('\0');
    if (Object.hasOwn(t, this.currentKey)) this.fail(`Key '${keyText([...this.context, this.currentKey])}' has already been defined.`);
    t[this.currentKey] = v;
    this.defined.add(full);
  }

  private subTable(t: Table, k: string): Table {
    const v = t[k];
    if (v === undefined) return (t[k] = {}) as Table;
    // BurntSushi lets a dotted key add to an inline table defined earlier.
    if (!isGoMap(v)) this.fail(`Key '${keyText([...this.context])}' has already been defined.`);
    return v as Table;
  }

  private tableHeader(): void {
    this.pos++;
    const isArray = this.peek() === '[';
    if (isArray) this.pos++;
    this.skipSpace();
    const key = this.key(true);
    if (this.peek() !== ']') this.failFound(`expected '.' or ']' to end table name, but got ${this.foundRune()} instead`);
    this.pos++;
    if (isArray) {
      if (this.peek() !== ']') this.failFound(`expected end of table array name delimiter ']', but got ${this.foundRune()} instead`);
      this.pos++;
    }
    this.currentKey = '';
    let t = this.root;
    for (const k of key.slice(0, -1)) {
      let v = t[k];
      if (v === undefined) v = t[k] = {};
      if (Array.isArray(v) && this.arrayTables.has(v)) v = v[v.length - 1];
      if (!isGoMap(v) || this.inline.has(v)) this.fail(`Key '${keyText(key)}' has already been defined.`);
      t = v as Table;
    }
    const last = key[key.length - 1]!;
    const full = key.join('\0');
    if (isArray) {
      let arr = t[last];
      if (arr === undefined) {
        arr = typedSlice([], '[]map[string]interface {}');
        this.arrayTables.add(arr);
        t[last] = arr;
      } else if (!Array.isArray(arr) || !this.arrayTables.has(arr)) {
        this.context = [];
        this.fail(isGoMap(arr) ? `Key '${keyText(key)}' was already created as a hash.` : `Key '${keyText(key)}' was already created and cannot be used as an array.`);
      }
      const tbl: Table = {};
      (arr as Table[]).push(tbl);
      this.current = tbl;
    } else {
      const v = t[last];
      if (v === undefined) t[last] = {};
      else if (this.defined.has(full) || !isGoMap(v) || this.inline.has(v)) {
        // A redefined table is found after the context moved to it; a key in the way, while still in the old one.
        if (isGoMap(v) || this.arrayTables.has(v)) this.context = [];
        this.fail(`Key '${keyText(key)}' has already been defined.`);
      }
      this.defined.add(full);
      this.current = t[last] as Table;
    }
    this.context = key;
    this.skipSpace();
    this.skipComment();
    if (!this.eof() && !this.isNewline()) this.failFound(`expected a top-level item to end with a newline, comment, or EOF, but got ${this.foundRune()} instead`);
  }

  private value(): unknown {
    const c = this.peek();
    if (c === undefined) this.fail('unexpected EOF; expected value');
    if (c === '\n' || c === '\r') this.fail(`expected value but found ${this.foundRune()} instead`, this.pos - 1);
    if (c === '"') return this.src.startsWith('"""', this.pos) ? this.multilineBasic() : this.basicString();
    if (c === "'") return this.src.startsWith("'''", this.pos) ? this.multilineLiteral() : this.literalString();
    if (c === '[') return this.array();
    if (c === '{') return this.inlineTable();
    SCALAR_WORD.lastIndex = this.pos;
    const m = SCALAR_WORD.exec(this.src);
    const word = m ? m[0] : '';
    if (word === '') this.fail(`expected value but found ${this.foundRune()} instead`);
    return this.scalar(word);
  }

  private scalar(raw: string): unknown {
    const start = this.pos;
    const partial = /^\d{4}-\d{2}-\d{2}[Tt](?![0-9])/.exec(raw);
    if (partial) this.fail(`invalid datetime: ${goQuote(partial[0])}`, start);
    const datetime = /^\d{4}-\d{2}-\d{2}(?:[Tt ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:[Zz]|[+-]\d{2}:\d{2})?)?|^\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?/.exec(raw);
    if (datetime) {
      this.pos += datetime[0].length;
      return this.datetime(datetime[0], start);
    }
    const word = /^[A-Za-z0-9_.+-]+/.exec(raw)![0];
    this.pos += word.length;
    if (word === 'true') return true;
    if (word === 'false') return false;
    if (/^[+-]?(inf|nan)$/.test(word)) return word.endsWith('inf') ? (word.startsWith('-') ? -Infinity : Infinity) : NaN;
    if (/^[+-]$/.test(word) || /^[+-][^0-9a-z]/.test(word)) this.fail(`expected a digit but got ${goQuoteRune(this.src.codePointAt(start + 1) ?? 0)}`, start);
    let m = /^([+-]?)0([xob])([0-9A-Za-z_]+)$/.exec(word);
    if (m) {
      if (m[1]) this.fail(`cannot use sign with non-decimal numbers: '${word.slice(0, 3)}'`, start);
      const digits = m[3]!;
      const digit = m[2] === 'x' ? /[0-9A-Fa-f_]/ : m[2] === 'o' ? /[0-7_]/ : /[01_]/;
      const bad = [...digits].findIndex((c) => !digit.test(c));
      if (bad >= 0) {
        const name = m[2] === 'x' ? 'a hexadecimal' : m[2] === 'o' ? 'an octal' : 'a binary';
        this.fail(`not ${name} number: '${word.slice(0, 2 + bad + 1)}'`, start);
      }
      const valid = m[2] === 'x' ? /^[0-9A-Fa-f]+(_[0-9A-Fa-f]+)*$/ : m[2] === 'o' ? /^[0-7]+(_[0-7]+)*$/ : /^[01]+(_[01]+)*$/;
      if (!valid.test(digits)) this.fail(`Invalid integer ${goQuote(word)}: underscores must be surrounded by digits`, start);
      const n = BigInt('0' + m[2] + digits.replace(/_/g, ''));
      if (n > INT64_MAX) this.fail(`${word} is out of range for int64`, start);
      return new GoInt('int64', n);
    }
    m = /^[+-]?[0-9_]+$/.exec(word);
    if (m) {
      if (!/^[+-]?\d+(_\d+)*$/.test(word)) this.fail(`Invalid integer ${goQuote(word)}: underscores must be surrounded by digits`, start);
      if (/^[+-]?0\d/.test(word)) this.fail(`Invalid integer ${goQuote(word)}: cannot have leading zeroes`, start);
      const n = BigInt(word.replace(/_/g, ''));
      if (n > INT64_MAX || n < -INT64_MAX - 1n) this.fail(`${word} is out of range for int64`, start);
      return new GoInt('int64', n);
    }
    if (/^[+-]?[0-9_]+(\.[0-9_]+)?([eE][+-]?[0-9_]+)?$/.test(word) && /[.eE]/.test(word)) {
      const parts = word.replace(/^[+-]/, '').split(/[.eE][+-]?/);
      if (parts.some((p) => !/^\d+(_\d+)*$/.test(p))) this.fail(`Invalid float ${goQuote(word)}: underscores must be surrounded by digits`, start);
      if (/^0\d/.test(parts[0]!)) this.fail(`Invalid float ${goQuote(word)}: cannot have leading zeroes`, start);
      const f = Number(word.replace(/_/g, ''));
      if (!Number.isFinite(f)) this.fail(`${word} is out of range for float64`, start);
      return f;
    }
    if (/^[+-]?\d[0-9_]*(\.\d[0-9_]*)?[eE][+-]$/.test(word)) this.fail(`Invalid float ${goQuote(word)}: underscores must be surrounded by digits`, start);
    if (/^[+-]?\d[0-9_]*(\.\d[0-9_]*)?[eE]$/.test(word)) this.fail(`Invalid float value: ${goQuote(word)}`, start);
    if (/^[+-]?\d[0-9_]*\.($|[eE])/.test(word)) this.fail(`Invalid float ${goQuote(word)}: '.' must be followed by one or more digits`, start);
    if (word.startsWith('.')) this.fail("floats must start with a digit, not '.'", start);
    this.pos = start;
    return this.fail(`expected value but found ${goQuote(word)} instead`);
  }

  private datetime(text: string, start: number): GoTime {
    const m = /^(?:(\d{4})-(\d{2})-(\d{2}))?(?:[Tt ]?(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?([Zz]|[+-]\d{2}:\d{2})?$/.exec(text)!;
    const hasDate = m[1] !== undefined;
    const hasTime = m[4] !== undefined;
    let loc: GoLocation = hasDate && hasTime ? LOCAL_DATETIME : hasDate ? LOCAL_DATE : LOCAL_TIME;
    let offset = 0;
    if (m[8] !== undefined) {
      if (m[8].toUpperCase() === 'Z') loc = localLocation();
      else {
        offset = (m[8][0] === '-' ? -1 : 1) * (Number(m[8].slice(1, 3)) * 3600 + Number(m[8].slice(4, 6)) * 60);
        loc = localLocation();
      }
    }
    const [y, mo, d] = hasDate ? [Number(m[1]), Number(m[2]), Number(m[3])] : [0, 1, 1];
    const [h, mi, s] = hasTime ? [Number(m[4]), Number(m[5]), Number(m[6] ?? 0)] : [0, 0, 0];
    const ns = m[7] !== undefined ? Number(m[7].slice(0, 9).padEnd(9, '0')) : 0;
    const dim = new Date(Date.UTC(y, mo, 0)).getUTCDate();
    if (mo < 1 || mo > 12 || d < 1 || d > dim || h > 23 || mi > 59 || s > 59) this.fail(`invalid datetime: ${goQuote(text)}`, start);
    if (m[8] === undefined) return timeFromDate(y, mo, d, h, mi, s, ns, loc);
    // An explicit offset: time.Parse keeps the local zone when its offset matches, else a fixed unnamed zone.
    const sec = Date.UTC(y, mo - 1, d, h, mi, s) / 1000 - offset;
    const local = localLocation().lookup(sec);
    if (local.offset === offset) return new GoTime(sec, ns, localLocation());
    return new GoTime(sec, ns, fixedZone(offset));
  }

  /** Control characters other than tab are refused inside strings (and a lone CR anywhere). */
  private controlCheck(c: string): void {
    const cp = c.charCodeAt(0);
    if ((cp < 0x20 && cp !== 0x09) || cp === 0x7f) this.fail(`TOML files cannot contain control characters: '0x${cp.toString(16).padStart(2, '0')}'`);
  }

  private basicString(): string {
    this.pos++;
    let out = '';
    for (;;) {
      const c = this.peek();
      if (c === undefined) this.fail(`unexpected EOF; expected '"'`);
      if (c === '\n') this.fail('strings cannot contain newlines');
      this.controlCheck(c);
      this.pos++;
      if (c === '"') return out;
      if (c === '\\') out += this.escape();
      else out += c;
    }
  }

  private escape(): string {
    const c = this.peek();
    this.pos++;
    const simple: Record<string, string> = { b: '\b', t: '\t', n: '\n', f: '\f', r: '\r', e: '\x1b', '"': '"', '\\': '\\' };
    if (c !== undefined && simple[c] !== undefined) return simple[c]!;
    const width = c === 'x' ? 2 : c === 'u' ? 4 : c === 'U' ? 8 : 0;
    if (width > 0) {
      const hex = this.src.slice(this.pos, this.pos + width);
      if (!new RegExp(`^[0-9A-Fa-f]{${width}}$`).test(hex)) {
        const names: Record<number, string> = { 2: 'two', 4: 'four', 8: 'eight' };
        this.fail(`expected ${names[width]} hexadecimal digits after '\\${c}', but got ${goQuote(this.src.slice(this.pos - 2, this.pos + width))} instead`);
      }
      this.pos += width;
      return String.fromCodePoint(parseInt(hex, 16));
    }
    return this.fail(`invalid escape in string '\\${c ?? ''}'`);
  }

  private multilineBasic(): string {
    this.pos += 3;
    if (this.isNewline()) this.skipNewline();
    let out = '';
    for (;;) {
      if (this.eof()) this.fail(`unexpected EOF; expected '"""'`);
      if (this.src.startsWith('"""', this.pos)) {
        let n = 3;
        while (this.peek(n) === '"' && n < 5) n++;
        out += '"'.repeat(n - 3);
        this.pos += n;
        return out;
      }
      const c = this.peek()!;
      this.pos++;
      if (c !== '\\') {
        out += c;
        continue;
      }
      // A line-ending backslash trims the newline and the whitespace after it.
      let i = this.pos;
      while (this.src[i] === ' ' || this.src[i] === '\t') i++;
      if (this.src[i] === '\n' || (this.src[i] === '\r' && this.src[i + 1] === '\n')) {
        this.pos = i;
        while (this.peek() === ' ' || this.peek() === '\t' || this.peek() === '\n' || this.peek() === '\r') this.pos++;
      } else out += this.escape();
    }
  }

  private literalString(): string {
    this.pos++;
    const start = this.pos;
    for (;;) {
      const c = this.peek();
      if (c === undefined) this.fail(`unexpected EOF; expected "'"`);
      if (c === '\n') this.fail('strings cannot contain newlines');
      this.controlCheck(c);
      this.pos++;
      if (c === "'") return this.src.slice(start, this.pos - 1);
    }
  }

  private multilineLiteral(): string {
    this.pos += 3;
    if (this.isNewline()) this.skipNewline();
    const start = this.pos;
    const end = this.src.indexOf("'''", this.pos);
    if (end < 0) {
      this.pos = this.src.length;
      this.fail(`unexpected EOF; expected "'''"`);
    }
    let n = 3;
    while (this.src[end + n] === "'" && n < 5) n++;
    this.pos = end + n;
    return this.src.slice(start, end) + "'".repeat(n - 3);
  }

  private array(): unknown[] {
    this.pos++;
    const out: unknown[] = [];
    for (;;) {
      this.skipAll();
      if (this.peek() === ']') {
        this.pos++;
        return out;
      }
      if (this.peek() === ',') this.fail('unexpected comma');
      out.push(this.value());
      this.skipAll();
      const c = this.peek();
      if (c === ',') this.pos++;
      else if (c !== ']') this.fail(`expected a comma (',') or array terminator (']'), but got ${c === undefined ? 'end of file' : this.foundRune()}`);
    }
  }

  private inlineTable(): Table {
    this.pos++;
    const t: Table = {};
    const outerContext = this.context;
    const outerKey = this.currentKey;
    this.context = [...this.context, this.currentKey];
    this.currentKey = '';
    for (;;) {
      this.skipAll();
      if (this.peek() === '}') {
        this.pos++;
        break;
      }
      if (this.peek() === ',') this.fail('unexpected comma');
      this.keyValue(t);
      this.skipAll();
      const c = this.peek();
      if (c === ',') this.pos++;
      else if (c !== '}') this.fail(`expected a comma or an inline table terminator '}', but got ${c === undefined ? 'end of file' : this.foundRune()} instead`);
    }
    this.context = outerContext;
    this.currentKey = outerKey;
    this.inline.add(t);
    return t;
  }
}

/** time.Parse gives an offset that is not the local zone's a fixed zone without a name. */
function fixedZone(offset: number): GoLocation {
  return GoLocation.fixed('', offset);
}

/** toml.Unmarshal into a map[string]any; a TomlDecodeError with the decoder's text on failure. */
export function decodeToml(text: string): Table {
  const src = text.startsWith('\ufeff') ? text.slice(1) : text;
  if (src.slice(0, 6).includes('\0')) throw new TomlDecodeError('toml: line 1: files cannot contain NULL bytes; probably using UTF-16; TOML files must be UTF-8');
  return new Parser(src).parse();
}

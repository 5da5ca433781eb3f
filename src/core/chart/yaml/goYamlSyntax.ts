/**
 * The syntax checks of go-yaml v2 (the libyaml port under sigs.k8s.io/yaml, which Helm decodes values, rendered
 * manifests and `fromYaml` with), reimplemented to find the first error exactly where and as go-yaml reports it:
 * `line 5: did not find expected key`. Only the scanner's tokens and the parser's states are modelled, not values;
 * like yaml.Unmarshal, only the first document is read. slipway reads YAML with js-yaml and calls this when js-yaml
 * fails, to word the error as Helm does (js-yaml's own words differ: `bad indentation of a mapping entry`).
 */

interface Mark {
  index: number;
  line: number;
  column: number;
}

const enum T {
  StreamStart,
  StreamEnd,
  VersionDirective,
  TagDirective,
  DocumentStart,
  DocumentEnd,
  BlockSequenceStart,
  BlockMappingStart,
  BlockEnd,
  FlowSequenceStart,
  FlowSequenceEnd,
  FlowMappingStart,
  FlowMappingEnd,
  BlockEntry,
  FlowEntry,
  Key,
  Value,
  Alias,
  Anchor,
  Tag,
  Scalar,
}

interface Token {
  typ: T;
  start: Mark;
  end: Mark;
  /** Anchor or alias name; tag handle; a plain scalar's text (enough to tell a `<<` merge key). */
  value?: string;
  plain?: boolean;
  major?: number;
  minor?: number;
}

interface SimpleKey {
  possible: boolean;
  required: boolean;
  tokenNumber: number;
  mark: Mark;
}

/** A go-yaml error: which stage raised it and its marks, for decode.go's `line N:` rule. */
class YamlSyntaxFailure extends Error {
  constructor(
    readonly scanner: boolean,
    readonly problem: string,
    readonly problemMark: Mark | undefined,
    readonly contextMark: Mark | undefined,
  ) {
    super(problem);
  }
}

/** A failure decode.go raises itself (failf): its text has no line. */
class DecodeFailure extends Error {}

const isBlank = (c: string) => c === ' ' || c === '\t';
const isBreak = (c: string) => c === '\r' || c === '\n' || c === '\u0085' || c === '\u2028' || c === '\u2029';
const isAlpha = (c: string) => /^[0-9A-Za-z_-]$/.test(c);
const isHex = (c: string) => /^[0-9A-Fa-f]$/.test(c);
const isDigit = (c: string) => c >= '0' && c <= '9';

class Scanner {
  private pos = 0;
  private mark: Mark = { index: 0, line: 0, column: 0 };
  tokens: Token[] = [];
  head = 0;
  parsed = 0;
  private available = false;
  streamEndProduced = false;
  private streamStartProduced = false;
  private indent = -1;
  private indents: number[] = [];
  private flowLevel = 0;
  private simpleKeyAllowed = false;
  private simpleKeys: SimpleKey[] = [];
  private simpleKeysByToken = new Map<number, number>();

  constructor(private readonly s: string) {}

  // Characters past the end read as NUL, as libyaml's zero-padded buffer does.
  private at(k = 0): string {
    return this.s[this.pos + k] ?? '\0';
  }
  private isZ(k = 0): boolean {
    return this.pos + k >= this.s.length;
  }
  private isBreakZ(k = 0): boolean {
    return this.isZ(k) || isBreak(this.at(k));
  }
  private isBlankZ(k = 0): boolean {
    return isBlank(this.at(k)) || this.isBreakZ(k);
  }
  private copyMark(): Mark {
    return { ...this.mark };
  }
  private skip(): void {
    this.mark.index++;
    this.mark.column++;
    this.pos++;
  }
  private skipLine(): void {
    if (this.at() === '\r' && this.at(1) === '\n') {
      this.mark.index += 2;
      this.pos += 2;
    } else if (isBreak(this.at())) {
      this.mark.index++;
      this.pos++;
    } else return;
    this.mark.column = 0;
    this.mark.line++;
  }
  private fail(problem: string, contextMark?: Mark): never {
    throw new YamlSyntaxFailure(true, problem, this.copyMark(), contextMark);
  }

  private insert(at: number, token: Token): void {
    if (at < 0) this.tokens.push(token);
    else this.tokens.splice(this.head + at, 0, token);
  }

  peek(): Token {
    if (!this.available) this.fetchMoreTokens();
    return this.tokens[this.head]!;
  }
  skipToken(): void {
    this.available = false;
    this.parsed++;
    this.streamEndProduced = this.tokens[this.head]!.typ === T.StreamEnd;
    this.head++;
  }

  private fetchMoreTokens(): void {
    for (;;) {
      if (this.head !== this.tokens.length) {
        const i = this.simpleKeysByToken.get(this.parsed);
        if (i === undefined) break;
        if (!this.simpleKeyIsValid(this.simpleKeys[i]!)) break;
      }
      this.fetchNextToken();
    }
    this.available = true;
  }

  private simpleKeyIsValid(k: SimpleKey): boolean {
    if (!k.possible) return false;
    if (k.mark.line < this.mark.line || k.mark.index + 1024 < this.mark.index) {
      if (k.required) throw new YamlSyntaxFailure(true, "could not find expected ':'", this.copyMark(), k.mark);
      k.possible = false;
      return false;
    }
    return true;
  }

  private saveSimpleKey(): void {
    const required = this.flowLevel === 0 && this.indent === this.mark.column;
    if (!this.simpleKeyAllowed) return;
    const key: SimpleKey = { possible: true, required, tokenNumber: this.parsed + (this.tokens.length - this.head), mark: this.copyMark() };
    this.removeSimpleKey();
    this.simpleKeys[this.simpleKeys.length - 1] = key;
    this.simpleKeysByToken.set(key.tokenNumber, this.simpleKeys.length - 1);
  }

  private removeSimpleKey(): void {
    const k = this.simpleKeys[this.simpleKeys.length - 1]!;
    if (k.possible) {
      if (k.required) throw new YamlSyntaxFailure(true, "could not find expected ':'", this.copyMark(), k.mark);
      k.possible = false;
      this.simpleKeysByToken.delete(k.tokenNumber);
    }
  }

  private increaseFlowLevel(): void {
    this.simpleKeys.push({ possible: false, required: false, tokenNumber: this.parsed + (this.tokens.length - this.head), mark: this.copyMark() });
    this.flowLevel++;
    if (this.flowLevel > 10000) throw new YamlSyntaxFailure(true, 'exceeded max depth of 10000', this.copyMark(), this.simpleKeys[this.simpleKeys.length - 1]!.mark);
  }

  private decreaseFlowLevel(): void {
    if (this.flowLevel > 0) {
      this.flowLevel--;
      const last = this.simpleKeys.pop()!;
      this.simpleKeysByToken.delete(last.tokenNumber);
    }
  }

  private rollIndent(column: number, number: number, typ: T, mark: Mark): void {
    if (this.flowLevel > 0) return;
    if (this.indent < column) {
      this.indents.push(this.indent);
      this.indent = column;
      if (this.indents.length > 10000) throw new YamlSyntaxFailure(true, 'exceeded max depth of 10000', this.copyMark(), this.simpleKeys[this.simpleKeys.length - 1]!.mark);
      this.insert(number > -1 ? number - this.parsed : -1, { typ, start: mark, end: mark });
    }
  }

  private unrollIndent(column: number): void {
    if (this.flowLevel > 0) return;
    while (this.indent > column) {
      this.insert(-1, { typ: T.BlockEnd, start: this.copyMark(), end: this.copyMark() });
      this.indent = this.indents.pop()!;
    }
  }

  private simple(typ: T): void {
    const start = this.copyMark();
    this.skip();
    this.insert(-1, { typ, start, end: this.copyMark() });
  }

  private fetchNextToken(): void {
    if (!this.streamStartProduced) {
      this.indent = -1;
      this.simpleKeys.push({ possible: false, required: false, tokenNumber: 0, mark: this.copyMark() });
      this.simpleKeyAllowed = true;
      this.streamStartProduced = true;
      this.insert(-1, { typ: T.StreamStart, start: this.copyMark(), end: this.copyMark() });
      return;
    }
    this.scanToNextToken();
    this.unrollIndent(this.mark.column);
    if (this.isZ()) {
      if (this.mark.column !== 0) {
        this.mark.column = 0;
        this.mark.line++;
      }
      this.unrollIndent(-1);
      this.removeSimpleKey();
      this.simpleKeyAllowed = false;
      this.insert(-1, { typ: T.StreamEnd, start: this.copyMark(), end: this.copyMark() });
      return;
    }
    const c = this.at();
    if (this.mark.column === 0 && c === '%') return this.fetchDirective();
    if (this.mark.column === 0 && ((c === '-' && this.at(1) === '-' && this.at(2) === '-') || (c === '.' && this.at(1) === '.' && this.at(2) === '.')) && this.isBlankZ(3)) {
      this.unrollIndent(-1);
      this.removeSimpleKey();
      this.simpleKeyAllowed = false;
      const start = this.copyMark();
      this.skip();
      this.skip();
      this.skip();
      this.insert(-1, { typ: c === '-' ? T.DocumentStart : T.DocumentEnd, start, end: this.copyMark() });
      return;
    }
    if (c === '[' || c === '{') {
      this.saveSimpleKey();
      this.increaseFlowLevel();
      this.simpleKeyAllowed = true;
      return this.simple(c === '[' ? T.FlowSequenceStart : T.FlowMappingStart);
    }
    if (c === ']' || c === '}') {
      this.removeSimpleKey();
      this.decreaseFlowLevel();
      this.simpleKeyAllowed = false;
      return this.simple(c === ']' ? T.FlowSequenceEnd : T.FlowMappingEnd);
    }
    if (c === ',') {
      this.removeSimpleKey();
      this.simpleKeyAllowed = true;
      return this.simple(T.FlowEntry);
    }
    if (c === '-' && this.isBlankZ(1)) {
      if (this.flowLevel === 0) {
        if (!this.simpleKeyAllowed) this.fail('block sequence entries are not allowed in this context');
        this.rollIndent(this.mark.column, -1, T.BlockSequenceStart, this.copyMark());
      }
      this.removeSimpleKey();
      this.simpleKeyAllowed = true;
      return this.simple(T.BlockEntry);
    }
    if (c === '?' && (this.flowLevel > 0 || this.isBlankZ(1))) {
      if (this.flowLevel === 0) {
        if (!this.simpleKeyAllowed) this.fail('mapping keys are not allowed in this context');
        this.rollIndent(this.mark.column, -1, T.BlockMappingStart, this.copyMark());
      }
      this.removeSimpleKey();
      this.simpleKeyAllowed = this.flowLevel === 0;
      return this.simple(T.Key);
    }
    if (c === ':' && (this.flowLevel > 0 || this.isBlankZ(1))) return this.fetchValue();
    if (c === '*' || c === '&') {
      this.saveSimpleKey();
      this.simpleKeyAllowed = false;
      return this.scanAnchor(c === '*' ? T.Alias : T.Anchor);
    }
    if (c === '!') {
      this.saveSimpleKey();
      this.simpleKeyAllowed = false;
      return this.scanTag();
    }
    if ((c === '|' || c === '>') && this.flowLevel === 0) {
      this.removeSimpleKey();
      this.simpleKeyAllowed = true;
      return this.scanBlockScalar();
    }
    if (c === "'" || c === '"') {
      this.saveSimpleKey();
      this.simpleKeyAllowed = false;
      return this.scanFlowScalar(c === "'");
    }
    if (
      !(this.isBlankZ() || '-?:,[]{}#&*!|>\'"%@`'.includes(c)) ||
      (c === '-' && !isBlank(this.at(1))) ||
      (this.flowLevel === 0 && (c === '?' || c === ':') && !this.isBlankZ(1))
    ) {
      this.saveSimpleKey();
      this.simpleKeyAllowed = false;
      return this.scanPlainScalar();
    }
    this.fail('found character that cannot start any token', this.copyMark());
  }

  private fetchValue(): void {
    const k = this.simpleKeys[this.simpleKeys.length - 1]!;
    if (this.simpleKeyIsValid(k)) {
      this.insert(k.tokenNumber - this.parsed, { typ: T.Key, start: k.mark, end: k.mark });
      this.rollIndent(k.mark.column, k.tokenNumber, T.BlockMappingStart, k.mark);
      k.possible = false;
      this.simpleKeysByToken.delete(k.tokenNumber);
      this.simpleKeyAllowed = false;
    } else {
      if (this.flowLevel === 0) {
        if (!this.simpleKeyAllowed) this.fail('mapping values are not allowed in this context');
        this.rollIndent(this.mark.column, -1, T.BlockMappingStart, this.copyMark());
      }
      this.simpleKeyAllowed = this.flowLevel === 0;
    }
    this.simple(T.Value);
  }

  private scanToNextToken(): void {
    for (;;) {
      if (this.mark.column === 0 && this.at() === '\ufeff') this.skip();
      while (this.at() === ' ' || ((this.flowLevel > 0 || !this.simpleKeyAllowed) && this.at() === '\t')) this.skip();
      if (this.at() === '#') while (!this.isBreakZ()) this.skip();
      if (!this.isZ() && isBreak(this.at())) {
        this.skipLine();
        if (this.flowLevel === 0) this.simpleKeyAllowed = true;
      } else break;
    }
  }

  private fetchDirective(): void {
    this.unrollIndent(-1);
    this.removeSimpleKey();
    this.simpleKeyAllowed = false;
    const start = this.copyMark();
    this.skip();
    let name = '';
    while (isAlpha(this.at())) {
      name += this.at();
      this.skip();
    }
    if (name === '') this.fail('could not find expected directive name', start);
    if (!this.isBlankZ()) this.fail('found unexpected non-alphabetical character', start);
    let token: Token;
    if (name === 'YAML') {
      while (isBlank(this.at())) this.skip();
      const major = this.versionNumber(start);
      if (this.at() !== '.') this.fail('did not find expected digit or \'.\' character', start);
      this.skip();
      const minor = this.versionNumber(start);
      token = { typ: T.VersionDirective, start, end: this.copyMark(), major, minor };
    } else if (name === 'TAG') {
      while (isBlank(this.at())) this.skip();
      const handle = this.tagHandle(true, start);
      if (!isBlank(this.at())) this.fail('did not find expected whitespace', start);
      while (isBlank(this.at())) this.skip();
      this.tagUri(true, '', start);
      if (!this.isBlankZ()) this.fail('did not find expected whitespace or line break', start);
      token = { typ: T.TagDirective, start, end: this.copyMark(), value: handle };
    } else {
      this.fail('found unknown directive name', start);
    }
    while (isBlank(this.at())) this.skip();
    if (this.at() === '#') while (!this.isBreakZ()) this.skip();
    if (!this.isBreakZ()) this.fail('did not find expected comment or line break', start);
    if (!this.isZ()) this.skipLine();
    this.insert(-1, token);
  }

  private versionNumber(start: Mark): number {
    let value = 0;
    let length = 0;
    while (isDigit(this.at())) {
      if (++length > 9) this.fail('found extremely long version number', start);
      value = value * 10 + Number(this.at());
      this.skip();
    }
    if (length === 0) this.fail('did not find expected version number', start);
    return value;
  }

  private scanAnchor(typ: T): void {
    const start = this.copyMark();
    this.skip();
    let name = '';
    while (isAlpha(this.at())) {
      name += this.at();
      this.skip();
    }
    const end = this.copyMark();
    if (name === '' || !(this.isBlankZ() || '?:,]}%@`'.includes(this.at()))) {
      this.fail('did not find expected alphabetic or numeric character', start);
    }
    this.insert(-1, { typ, start, end, value: name });
  }

  private scanTag(): void {
    const start = this.copyMark();
    let handle = '';
    if (this.at(1) === '<') {
      this.skip();
      this.skip();
      this.tagUri(false, '', start);
      if (this.at() !== '>') this.fail("did not find the expected '>'", start);
      this.skip();
    } else {
      handle = this.tagHandle(false, start);
      if (handle[0] === '!' && handle.length > 1 && handle.endsWith('!')) this.tagUri(false, '', start);
      else {
        const suffix = this.tagUri(false, handle, start);
        handle = suffix === '' ? '' : '!';
      }
    }
    if (!this.isBlankZ()) this.fail('did not find expected whitespace or line break', start);
    this.insert(-1, { typ: T.Tag, start, end: this.copyMark(), value: handle });
  }

  private tagHandle(directive: boolean, start: Mark): string {
    if (this.at() !== '!') this.fail('did not find expected \'!\'', start);
    let s = '!';
    this.skip();
    while (isAlpha(this.at())) {
      s += this.at();
      this.skip();
    }
    if (this.at() === '!') {
      s += '!';
      this.skip();
    } else if (directive && s !== '!') this.fail('did not find expected \'!\'', start);
    return s;
  }

  /** The URI's characters; `head` (a handle without its closing '!') counts as part of it. */
  private tagUri(directive: boolean, head: string, start: Mark): string {
    let s = head.length > 1 ? head.slice(1) : '';
    let hasTag = head.length > 0;
    while (isAlpha(this.at()) || ";/?:@&=+$,.!~*'()[]%".includes(this.at())) {
      if (this.at() === '%') s += this.uriEscapes(directive, start);
      else {
        s += this.at();
        this.skip();
      }
      hasTag = true;
    }
    if (!hasTag) this.fail('did not find expected tag URI', start);
    return s;
  }

  private uriEscapes(directive: boolean, start: Mark): string {
    let w = 1024;
    while (w > 0) {
      if (!(this.at() === '%' && isHex(this.at(1)) && isHex(this.at(2)))) this.fail('did not find URI escaped octet', start);
      const octet = parseInt(this.at(1) + this.at(2), 16);
      if (w === 1024) {
        w = (octet & 0x80) === 0 ? 1 : (octet & 0xe0) === 0xc0 ? 2 : (octet & 0xf0) === 0xe0 ? 3 : (octet & 0xf8) === 0xf0 ? 4 : 0;
        if (w === 0) this.fail('found an incorrect leading UTF-8 octet', start);
      } else if ((octet & 0xc0) !== 0x80) this.fail('found an incorrect trailing UTF-8 octet', start);
      this.skip();
      this.skip();
      this.skip();
      w--;
    }
    return '%';
  }

  private scanBlockScalar(): void {
    const start = this.copyMark();
    this.skip();
    let increment = 0;
    if (this.at() === '+' || this.at() === '-') {
      this.skip();
      if (isDigit(this.at())) {
        if (this.at() === '0') this.fail('found an indentation indicator equal to 0', start);
        increment = Number(this.at());
        this.skip();
      }
    } else if (isDigit(this.at())) {
      if (this.at() === '0') this.fail('found an indentation indicator equal to 0', start);
      increment = Number(this.at());
      this.skip();
      if (this.at() === '+' || this.at() === '-') this.skip();
    }
    while (isBlank(this.at())) this.skip();
    if (this.at() === '#') while (!this.isBreakZ()) this.skip();
    if (!this.isBreakZ()) this.fail('did not find expected comment or line break', start);
    if (!this.isZ()) this.skipLine();
    let end = this.copyMark();
    let indent = increment > 0 ? (this.indent >= 0 ? this.indent + increment : increment) : 0;
    const breaks = (): void => {
      end = this.copyMark();
      let maxIndent = 0;
      for (;;) {
        while ((indent === 0 || this.mark.column < indent) && this.at() === ' ') this.skip();
        if (this.mark.column > maxIndent) maxIndent = this.mark.column;
        if ((indent === 0 || this.mark.column < indent) && this.at() === '\t') this.fail('found a tab character where an indentation space is expected', start);
        if (this.isZ() || !isBreak(this.at())) break;
        this.skipLine();
        end = this.copyMark();
      }
      if (indent === 0) {
        indent = Math.max(maxIndent, this.indent + 1, 1);
      }
    };
    breaks();
    while (this.mark.column === indent && !this.isZ()) {
      while (!this.isBreakZ()) this.skip();
      if (!this.isZ()) this.skipLine();
      breaks();
    }
    this.insert(-1, { typ: T.Scalar, start, end });
  }

  private scanFlowScalar(single: boolean): void {
    const start = this.copyMark();
    this.skip();
    for (;;) {
      const c0 = this.at();
      if (this.mark.column === 0 && ((c0 === '-' && this.at(1) === '-' && this.at(2) === '-') || (c0 === '.' && this.at(1) === '.' && this.at(2) === '.')) && this.isBlankZ(3)) {
        this.fail('found unexpected document indicator', start);
      }
      if (this.isZ()) this.fail('found unexpected end of stream', start);
      let leadingBlanks = false;
      while (!this.isBlankZ()) {
        const c = this.at();
        if (single && c === "'" && this.at(1) === "'") {
          this.skip();
          this.skip();
        } else if (single && c === "'") break;
        else if (!single && c === '"') break;
        else if (!single && c === '\\' && !this.isZ(1) && isBreak(this.at(1))) {
          this.skip();
          this.skipLine();
          leadingBlanks = true;
          break;
        } else if (!single && c === '\\') {
          const e = this.at(1);
          const length = e === 'x' ? 2 : e === 'u' ? 4 : e === 'U' ? 8 : 0;
          if (length === 0 && !'0abt\tnvfre "\'\\N_LP'.includes(e)) this.fail('found unknown escape character', start);
          this.skip();
          this.skip();
          if (length > 0) {
            let value = 0;
            for (let k = 0; k < length; k++) {
              if (!isHex(this.at(k))) this.fail('did not find expected hexdecimal number', start);
              value = value * 16 + parseInt(this.at(k), 16);
            }
            if ((value >= 0xd800 && value <= 0xdfff) || value > 0x10ffff) this.fail('found invalid Unicode character escape code', start);
            for (let k = 0; k < length; k++) this.skip();
          }
        } else this.skip();
      }
      if (single ? this.at() === "'" : this.at() === '"') break;
      while (isBlank(this.at()) || (!this.isZ() && isBreak(this.at()))) {
        if (isBlank(this.at())) this.skip();
        else this.skipLine();
      }
    }
    this.skip();
    this.insert(-1, { typ: T.Scalar, start, end: this.copyMark() });
  }

  private scanPlainScalar(): void {
    const start = this.copyMark();
    let end = this.copyMark();
    const indent = this.indent + 1;
    let leadingBlanks = false;
    for (;;) {
      const c0 = this.at();
      if (this.mark.column === 0 && ((c0 === '-' && this.at(1) === '-' && this.at(2) === '-') || (c0 === '.' && this.at(1) === '.' && this.at(2) === '.')) && this.isBlankZ(3)) break;
      if (this.at() === '#') break;
      while (!this.isBlankZ()) {
        const c = this.at();
        if ((c === ':' && this.isBlankZ(1)) || (this.flowLevel > 0 && ',?[]{}'.includes(c))) break;
        leadingBlanks = false;
        this.skip();
        end = this.copyMark();
      }
      if (!(isBlank(this.at()) || (!this.isZ() && isBreak(this.at())))) break;
      while (isBlank(this.at()) || (!this.isZ() && isBreak(this.at()))) {
        if (isBlank(this.at())) {
          if (leadingBlanks && this.mark.column < indent && this.at() === '\t') this.fail('found a tab character that violates indentation', start);
          this.skip();
        } else {
          this.skipLine();
          leadingBlanks = true;
        }
      }
      if (this.flowLevel === 0 && this.mark.column < indent) break;
    }
    this.insert(-1, { typ: T.Scalar, start, end, plain: true, value: this.s.slice(start.index, end.index) });
    if (leadingBlanks) this.simpleKeyAllowed = true;
  }
}

const enum S {
  StreamStart,
  ImplicitDocumentStart,
  DocumentStart,
  DocumentContent,
  DocumentEnd,
  BlockNode,
  BlockNodeOrIndentlessSequence,
  FlowNode,
  BlockSequenceFirstEntry,
  BlockSequenceEntry,
  IndentlessSequenceEntry,
  BlockMappingFirstKey,
  BlockMappingKey,
  BlockMappingValue,
  FlowSequenceFirstEntry,
  FlowSequenceEntry,
  FlowSequenceEntryMappingKey,
  FlowSequenceEntryMappingValue,
  FlowSequenceEntryMappingEnd,
  FlowMappingFirstKey,
  FlowMappingKey,
  FlowMappingValue,
  FlowMappingEmptyValue,
  End,
}

/** What the parser produced at one step, as far as decode.go cares. */
const enum E {
  None,
  StreamStart,
  StreamEnd,
  DocumentStart,
  DocumentEnd,
  Alias,
  Scalar,
  SequenceStart,
  SequenceEnd,
  MappingStart,
  MappingEnd,
}

class Parser {
  private state = S.StreamStart;
  private states: S[] = [];
  private marks: Mark[] = [];
  private tagHandles = new Set<string>();
  /** The anchor or alias name of the last event. */
  name = '';
  /** The last scalar event is the implicit `<<` key of a merge. */
  mergeKey = false;

  constructor(private readonly sc: Scanner) {}

  private error(problem: string, problemMark: Mark, contextMark?: Mark): never {
    throw new YamlSyntaxFailure(false, problem, problemMark, contextMark);
  }
  private pop(): S {
    return this.states.pop()!;
  }

  next(): E {
    if (this.sc.streamEndProduced || this.state === S.End) return E.None;
    this.name = '';
    this.mergeKey = false;
    const sc = this.sc;
    switch (this.state) {
      case S.StreamStart: {
        const t = sc.peek();
        if (t.typ !== T.StreamStart) this.error('did not find expected <stream-start>', t.start);
        this.state = S.ImplicitDocumentStart;
        sc.skipToken();
        return E.StreamStart;
      }
      case S.ImplicitDocumentStart:
      case S.DocumentStart: {
        const implicit = this.state === S.ImplicitDocumentStart;
        let t = sc.peek();
        if (!implicit) {
          while (t.typ === T.DocumentEnd) {
            sc.skipToken();
            t = sc.peek();
          }
        }
        if (implicit && t.typ !== T.VersionDirective && t.typ !== T.TagDirective && t.typ !== T.DocumentStart && t.typ !== T.StreamEnd) {
          this.directives();
          this.states.push(S.DocumentEnd);
          this.state = S.BlockNode;
          return E.DocumentStart;
        }
        if (t.typ !== T.StreamEnd) {
          this.directives();
          t = sc.peek();
          if (t.typ !== T.DocumentStart) this.error('did not find expected <document start>', t.start);
          this.states.push(S.DocumentEnd);
          this.state = S.DocumentContent;
          sc.skipToken();
          return E.DocumentStart;
        }
        this.state = S.End;
        sc.skipToken();
        return E.StreamEnd;
      }
      case S.DocumentContent: {
        const t = sc.peek();
        if (t.typ === T.VersionDirective || t.typ === T.TagDirective || t.typ === T.DocumentStart || t.typ === T.DocumentEnd || t.typ === T.StreamEnd) {
          this.state = this.pop();
          return E.Scalar;
        }
        return this.node(true, false);
      }
      case S.DocumentEnd: {
        const t = sc.peek();
        if (t.typ === T.DocumentEnd) sc.skipToken();
        this.tagHandles.clear();
        this.state = S.DocumentStart;
        return E.DocumentEnd;
      }
      case S.BlockNode:
        return this.node(true, false);
      case S.BlockNodeOrIndentlessSequence:
        return this.node(true, true);
      case S.FlowNode:
        return this.node(false, false);
      case S.BlockSequenceFirstEntry:
      case S.BlockSequenceEntry: {
        if (this.state === S.BlockSequenceFirstEntry) {
          this.marks.push(sc.peek().start);
          sc.skipToken();
        }
        let t = sc.peek();
        if (t.typ === T.BlockEntry) {
          sc.skipToken();
          t = sc.peek();
          if (t.typ !== T.BlockEntry && t.typ !== T.BlockEnd) {
            this.states.push(S.BlockSequenceEntry);
            return this.node(true, false);
          }
          this.state = S.BlockSequenceEntry;
          return E.Scalar;
        }
        if (t.typ === T.BlockEnd) {
          this.state = this.pop();
          this.marks.pop();
          sc.skipToken();
          return E.SequenceEnd;
        }
        this.error("did not find expected '-' indicator", t.start, this.marks.pop());
        break;
      }
      case S.IndentlessSequenceEntry: {
        let t = sc.peek();
        if (t.typ === T.BlockEntry) {
          sc.skipToken();
          t = sc.peek();
          if (t.typ !== T.BlockEntry && t.typ !== T.Key && t.typ !== T.Value && t.typ !== T.BlockEnd) {
            this.states.push(S.IndentlessSequenceEntry);
            return this.node(true, false);
          }
          this.state = S.IndentlessSequenceEntry;
          return E.Scalar;
        }
        this.state = this.pop();
        return E.SequenceEnd;
      }
      case S.BlockMappingFirstKey:
      case S.BlockMappingKey: {
        if (this.state === S.BlockMappingFirstKey) {
          this.marks.push(sc.peek().start);
          sc.skipToken();
        }
        let t = sc.peek();
        if (t.typ === T.Key) {
          sc.skipToken();
          t = sc.peek();
          if (t.typ !== T.Key && t.typ !== T.Value && t.typ !== T.BlockEnd) {
            this.states.push(S.BlockMappingValue);
            return this.node(true, true);
          }
          this.state = S.BlockMappingValue;
          return E.Scalar;
        }
        if (t.typ === T.BlockEnd) {
          this.state = this.pop();
          this.marks.pop();
          sc.skipToken();
          return E.MappingEnd;
        }
        this.error('did not find expected key', t.start, this.marks.pop());
        break;
      }
      case S.BlockMappingValue: {
        let t = sc.peek();
        if (t.typ === T.Value) {
          sc.skipToken();
          t = sc.peek();
          if (t.typ !== T.Key && t.typ !== T.Value && t.typ !== T.BlockEnd) {
            this.states.push(S.BlockMappingKey);
            return this.node(true, true);
          }
        }
        this.state = S.BlockMappingKey;
        return E.Scalar;
      }
      case S.FlowSequenceFirstEntry:
      case S.FlowSequenceEntry: {
        const first = this.state === S.FlowSequenceFirstEntry;
        if (first) {
          this.marks.push(sc.peek().start);
          sc.skipToken();
        }
        let t = sc.peek();
        if (t.typ !== T.FlowSequenceEnd) {
          if (!first) {
            if (t.typ === T.FlowEntry) {
              sc.skipToken();
              t = sc.peek();
            } else this.error("did not find expected ',' or ']'", t.start, this.marks.pop());
          }
          if (t.typ === T.Key) {
            this.state = S.FlowSequenceEntryMappingKey;
            sc.skipToken();
            return E.MappingStart;
          }
          if (t.typ !== T.FlowSequenceEnd) {
            this.states.push(S.FlowSequenceEntry);
            return this.node(false, false);
          }
        }
        this.state = this.pop();
        this.marks.pop();
        sc.skipToken();
        return E.SequenceEnd;
      }
      case S.FlowSequenceEntryMappingKey: {
        const t = sc.peek();
        if (t.typ !== T.Value && t.typ !== T.FlowEntry && t.typ !== T.FlowSequenceEnd) {
          this.states.push(S.FlowSequenceEntryMappingValue);
          return this.node(false, false);
        }
        sc.skipToken();
        this.state = S.FlowSequenceEntryMappingValue;
        return E.Scalar;
      }
      case S.FlowSequenceEntryMappingValue: {
        const t = sc.peek();
        if (t.typ === T.Value) {
          sc.skipToken();
          const u = sc.peek();
          if (u.typ !== T.FlowEntry && u.typ !== T.FlowSequenceEnd) {
            this.states.push(S.FlowSequenceEntryMappingEnd);
            return this.node(false, false);
          }
        }
        this.state = S.FlowSequenceEntryMappingEnd;
        return E.Scalar;
      }
      case S.FlowSequenceEntryMappingEnd:
        sc.peek();
        this.state = S.FlowSequenceEntry;
        return E.MappingEnd;
      case S.FlowMappingFirstKey:
      case S.FlowMappingKey: {
        const first = this.state === S.FlowMappingFirstKey;
        if (first) {
          this.marks.push(sc.peek().start);
          sc.skipToken();
        }
        let t = sc.peek();
        if (t.typ !== T.FlowMappingEnd) {
          if (!first) {
            if (t.typ === T.FlowEntry) {
              sc.skipToken();
              t = sc.peek();
            } else this.error("did not find expected ',' or '}'", t.start, this.marks.pop());
          }
          if (t.typ === T.Key) {
            sc.skipToken();
            t = sc.peek();
            if (t.typ !== T.Value && t.typ !== T.FlowEntry && t.typ !== T.FlowMappingEnd) {
              this.states.push(S.FlowMappingValue);
              return this.node(false, false);
            }
            this.state = S.FlowMappingValue;
            return E.Scalar;
          }
          if (t.typ !== T.FlowMappingEnd) {
            this.states.push(S.FlowMappingEmptyValue);
            return this.node(false, false);
          }
        }
        this.state = this.pop();
        this.marks.pop();
        sc.skipToken();
        return E.MappingEnd;
      }
      case S.FlowMappingValue:
      case S.FlowMappingEmptyValue: {
        const t = sc.peek();
        if (this.state === S.FlowMappingEmptyValue) {
          this.state = S.FlowMappingKey;
          return E.Scalar;
        }
        if (t.typ === T.Value) {
          sc.skipToken();
          const u = sc.peek();
          if (u.typ !== T.FlowEntry && u.typ !== T.FlowMappingEnd) {
            this.states.push(S.FlowMappingKey);
            return this.node(false, false);
          }
        }
        this.state = S.FlowMappingKey;
        return E.Scalar;
      }
    }
    return E.None;
  }

  private directives(): void {
    const sc = this.sc;
    let t = sc.peek();
    let version = false;
    while (t.typ === T.VersionDirective || t.typ === T.TagDirective) {
      if (t.typ === T.VersionDirective) {
        if (version) this.error('found duplicate %YAML directive', t.start);
        if (t.major !== 1 || t.minor !== 1) this.error('found incompatible YAML document', t.start);
        version = true;
      } else {
        if (this.tagHandles.has(t.value!)) this.error('found duplicate %TAG directive', t.start);
        this.tagHandles.add(t.value!);
      }
      sc.skipToken();
      t = sc.peek();
    }
    this.tagHandles.add('!');
    this.tagHandles.add('!!');
  }

  private node(block: boolean, indentlessSequence: boolean): E {
    const sc = this.sc;
    let t = sc.peek();
    if (t.typ === T.Alias) {
      this.state = this.pop();
      this.name = t.value!;
      sc.skipToken();
      return E.Alias;
    }
    let start = t.start;
    let tagHandle: string | undefined;
    let tagMark = t.start;
    let hasProperties = false;
    if (t.typ === T.Anchor) {
      this.name = t.value!;
      hasProperties = true;
      sc.skipToken();
      t = sc.peek();
      if (t.typ === T.Tag) {
        tagHandle = t.value!;
        tagMark = t.start;
        sc.skipToken();
        t = sc.peek();
      }
    } else if (t.typ === T.Tag) {
      tagHandle = t.value!;
      start = t.start;
      tagMark = t.start;
      hasProperties = true;
      sc.skipToken();
      t = sc.peek();
      if (t.typ === T.Anchor) {
        this.name = t.value!;
        sc.skipToken();
        t = sc.peek();
      }
    }
    if (tagHandle !== undefined && tagHandle !== '' && !this.tagHandles.has(tagHandle)) {
      this.error('found undefined tag handle', tagMark, start);
    }
    if (indentlessSequence && t.typ === T.BlockEntry) {
      this.state = S.IndentlessSequenceEntry;
      return E.SequenceStart;
    }
    if (t.typ === T.Scalar) {
      this.state = this.pop();
      this.mergeKey = t.plain === true && t.value === '<<' && (tagHandle === undefined || tagHandle === '');
      sc.skipToken();
      return E.Scalar;
    }
    if (t.typ === T.FlowSequenceStart) {
      this.state = S.FlowSequenceFirstEntry;
      return E.SequenceStart;
    }
    if (t.typ === T.FlowMappingStart) {
      this.state = S.FlowMappingFirstKey;
      return E.MappingStart;
    }
    if (block && t.typ === T.BlockSequenceStart) {
      this.state = S.BlockSequenceFirstEntry;
      return E.SequenceStart;
    }
    if (block && t.typ === T.BlockMappingStart) {
      this.state = S.BlockMappingFirstKey;
      return E.MappingStart;
    }
    if (hasProperties) {
      this.state = this.pop();
      return E.Scalar;
    }
    this.error('did not find expected node content', t.start, start);
  }
}

/** go-yaml's error text after `yaml: `, and the one-based line of the problem in the text (not in the message). */
export interface GoYamlError {
  message: string;
  line?: number;
}

/**
 * decode.go's fail(): the line of the problem (scanner errors one-based, parser errors zero-based, as go-yaml
 * counts them), else of the context; none when that is 0.
 */
function failText(f: YamlSyntaxFailure): GoYamlError {
  let line = 0;
  if (f.problemMark !== undefined && f.problemMark.line !== 0) line = f.problemMark.line + (f.scanner ? 1 : 0);
  else if (f.contextMark !== undefined && f.contextMark.line !== 0) line = f.contextMark.line;
  const at = f.problemMark ?? f.contextMark;
  return { message: line !== 0 ? `line ${line}: ${f.problem}` : f.problem, ...(at !== undefined ? { line: at.line + 1 } : {}) };
}

interface YamlNode {
  kind: 'scalar' | 'mapping' | 'sequence' | 'alias';
  children: YamlNode[];
  mergeKey: boolean;
  name: string;
  target?: YamlNode;
}

/**
 * decode.go's unmarshal walk over the parsed document for the errors it raises itself: a merge value that is not a
 * mapping (or a sequence of them) and an alias inside its own anchor.
 */
function checkDecode(root: YamlNode | undefined): void {
  const activeAliases = new Set<YamlNode>();
  const wantMap = (): never => {
    throw new DecodeFailure('map merge requires map or sequence of maps as the value');
  };
  const merge = (n: YamlNode): void => {
    if (n.kind === 'mapping') return unmarshal(n);
    if (n.kind === 'alias') {
      if (n.target !== undefined && n.target.kind !== 'mapping') wantMap();
      return unmarshal(n);
    }
    if (n.kind === 'sequence') {
      for (let i = n.children.length - 1; i >= 0; i--) {
        const c = n.children[i]!;
        if (c.kind === 'alias') {
          if (c.target !== undefined && c.target.kind !== 'mapping') wantMap();
        } else if (c.kind !== 'mapping') wantMap();
        unmarshal(c);
      }
      return;
    }
    wantMap();
  };
  const unmarshal = (n: YamlNode): void => {
    switch (n.kind) {
      case 'alias':
        if (activeAliases.has(n)) throw new DecodeFailure(`anchor '${n.name}' value contains itself`);
        activeAliases.add(n);
        if (n.target !== undefined) unmarshal(n.target);
        activeAliases.delete(n);
        return;
      case 'sequence':
        for (const c of n.children) unmarshal(c);
        return;
      case 'mapping':
        for (let i = 0; i + 1 < n.children.length; i += 2) {
          if (n.children[i]!.mergeKey) merge(n.children[i + 1]!);
          else {
            unmarshal(n.children[i]!);
            unmarshal(n.children[i + 1]!);
          }
        }
    }
  };
  if (root !== undefined) unmarshal(root);
}

/**
 * go-yaml v2's error for the first document of `text` as yaml.Unmarshal words it after `yaml: ` (`line 3: did not
 * find expected key`, `unknown anchor 'a' referenced`), or undefined when it reads the document without one.
 * The reader's own checks (encoding, control characters) are yamlReader.ts's; sigs.k8s.io/yaml's conversion of the
 * result to JSON (map keys, NaN) comes after and is goYamlValues.ts's.
 */
export function goYamlSyntaxError(text: string): GoYamlError | undefined {
  const parser = new Parser(new Scanner(text));
  const anchors = new Map<string, YamlNode>();
  const open: YamlNode[] = [];
  let root: YamlNode | undefined;
  const add = (n: YamlNode): void => {
    if (open.length > 0) open[open.length - 1]!.children.push(n);
    else root = n;
  };
  try {
    for (;;) {
      const e = parser.next();
      if (e === E.None || e === E.StreamEnd) return undefined;
      if (e === E.DocumentEnd) {
        checkDecode(root);
        return undefined;
      }
      if (e === E.Alias) {
        const target = anchors.get(parser.name);
        if (target === undefined) throw new DecodeFailure(`unknown anchor '${parser.name}' referenced`);
        add({ kind: 'alias', children: [], mergeKey: false, name: parser.name, target });
      } else if (e === E.Scalar || e === E.SequenceStart || e === E.MappingStart) {
        const n: YamlNode = { kind: e === E.Scalar ? 'scalar' : e === E.SequenceStart ? 'sequence' : 'mapping', children: [], mergeKey: parser.mergeKey, name: parser.name };
        if (parser.name !== '') anchors.set(parser.name, n);
        add(n);
        if (e !== E.Scalar) open.push(n);
      } else if (e === E.SequenceEnd || e === E.MappingEnd) open.pop();
    }
  } catch (e) {
    if (e instanceof YamlSyntaxFailure) return failText(e);
    if (e instanceof DecodeFailure) return { message: e.message };
    throw e;
  }
}

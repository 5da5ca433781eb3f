/** The lexer of Go's text/template (text/template/parse/lex.go), over JS strings. */
import { goQuote, isGoPrint } from './goQuote.js';

export const enum ItemType {
  Error,
  Bool,
  Char,
  CharConstant,
  Comment,
  Complex,
  Assign,
  Declare,
  EOF,
  Field,
  Identifier,
  LeftDelim,
  LeftParen,
  Number,
  Pipe,
  RawString,
  RightDelim,
  RightParen,
  Space,
  String,
  Text,
  Variable,
  Keyword, // delimits keywords
  Block,
  Break,
  Continue,
  Dot,
  Define,
  Else,
  End,
  If,
  Nil,
  Range,
  Template,
  With,
}

export interface Item {
  typ: ItemType;
  pos: number;
  val: string;
  line: number;
}

const KEYWORDS: Record<string, ItemType> = {
  '.': ItemType.Dot,
  block: ItemType.Block,
  break: ItemType.Break,
  continue: ItemType.Continue,
  define: ItemType.Define,
  else: ItemType.Else,
  end: ItemType.End,
  if: ItemType.If,
  range: ItemType.Range,
  nil: ItemType.Nil,
  template: ItemType.Template,
  with: ItemType.With,
};

const EOF = -1;
const LEFT = '{{';
const RIGHT = '}}';

function isSpace(r: number): boolean {
  return r === 0x20 || r === 0x09 || r === 0x0d || r === 0x0a;
}

const LETTER_OR_DIGIT = /^[\p{L}\p{Nd}]$/u;
function isAlphaNumeric(r: number): boolean {
  if (r === 0x5f) return true;
  if (r < 0x80) return (r >= 0x30 && r <= 0x39) || (r >= 0x41 && r <= 0x5a) || (r >= 0x61 && r <= 0x7a);
  if (r === EOF) return false;
  return LETTER_OR_DIGIT.test(String.fromCodePoint(r));
}

function hasLeftTrimMarker(s: string, at: number): boolean {
  return s.length - at >= 2 && s.charCodeAt(at) === 0x2d && isSpace(s.charCodeAt(at + 1));
}
function hasRightTrimMarker(s: string, at: number): boolean {
  return s.length - at >= 2 && isSpace(s.charCodeAt(at)) && s.charCodeAt(at + 1) === 0x2d;
}

function countNewlines(s: string, from: number, to: number): number {
  let n = 0;
  if (to - from < 32) {
    for (let i = from; i < to; i++) if (s.charCodeAt(i) === 10) n++;
    return n;
  }
  // Text between actions is most of a template: indexOf jumps from line to line natively. On a slice
  // (no copy in V8), so the search never runs past `to` (a long single-line template stays linear).
  const part = s.slice(from, to);
  for (let i = part.indexOf('\n'); i !== -1; i = part.indexOf('\n', i + 1)) n++;
  return n;
}

function isSpaceChar(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0d || c === 0x0a;
}

/** Go's %#U of a rune, used in "bad character" errors. */
function formatRuneU(r: number): string {
  const hex = 'U+' + r.toString(16).toUpperCase().padStart(4, '0');
  return isGoPrint(r) ? `${hex} '${String.fromCodePoint(r)}'` : hex;
}

type StateFn = ((l: Lexer) => StateFn) | null;

const enum RightDelim {
  None,
  Plain,
  Trim,
}

export class Lexer {
  private input: string;
  private pos = 0;
  private start = 0;
  private atEOF = false;
  private parenDepth = 0;
  private line = 1;
  private startLine = 1;
  private item: Item = { typ: ItemType.EOF, pos: 0, val: 'EOF', line: 1 };
  private insideAction = false;
  breakOK = true;
  continueOK = true;

  constructor(input: string) {
    this.input = input;
  }

  nextItem(): Item {
    // Every state path ends in emit/emitItem/errorf, which set this.item.
    let state: StateFn = this.insideAction ? lexInsideAction : lexText;
    while (state !== null) state = state(this);
    return this.item;
  }

  next(): number {
    if (this.pos >= this.input.length) {
      this.atEOF = true;
      return EOF;
    }
    const r = this.input.codePointAt(this.pos)!;
    this.pos += r > 0xffff ? 2 : 1;
    if (r === 10) this.line++;
    return r;
  }

  peek(): number {
    if (this.pos >= this.input.length) return EOF;
    return this.input.codePointAt(this.pos)!;
  }

  backup(): void {
    if (!this.atEOF && this.pos > 0) {
      const c = this.input.charCodeAt(this.pos - 1);
      this.pos -= c >= 0xdc00 && c <= 0xdfff && this.pos > 1 ? 2 : 1;
      if (c === 10) this.line--;
    }
  }

  thisItem(t: ItemType): Item {
    const i = { typ: t, pos: this.start, val: this.input.slice(this.start, this.pos), line: this.startLine };
    this.start = this.pos;
    this.startLine = this.line;
    return i;
  }

  emit(t: ItemType): StateFn {
    this.item = this.thisItem(t);
    return null;
  }

  emitItem(i: Item): StateFn {
    this.item = i;
    return null;
  }

  ignore(): void {
    this.line += countNewlines(this.input, this.start, this.pos);
    this.start = this.pos;
    this.startLine = this.line;
  }

  accept(valid: string): boolean {
    const r = this.next();
    if (r !== EOF && valid.includes(String.fromCodePoint(r))) return true;
    this.backup();
    return false;
  }

  acceptRun(valid: string): void {
    for (;;) {
      const r = this.next();
      if (r === EOF || !valid.includes(String.fromCodePoint(r))) break;
    }
    this.backup();
  }

  errorf(msg: string): StateFn {
    this.item = { typ: ItemType.Error, pos: this.start, val: msg, line: this.startLine };
    this.start = 0;
    this.pos = 0;
    this.input = '';
    return null;
  }

  /** Whether a right delimiter starts here: NO_DELIM, DELIM, or TRIM_DELIM (` -}}`). A number, not a pair: called per token. */
  atRightDelim(): RightDelim {
    if (hasRightTrimMarker(this.input, this.pos) && this.input.startsWith(RIGHT, this.pos + 2)) return RightDelim.Trim;
    if (this.input.startsWith(RIGHT, this.pos)) return RightDelim.Plain;
    return RightDelim.None;
  }

  /** Space, `.` `,` `|` `:` `(` `)`, the right delimiter or the end: every terminator is ASCII. */
  atTerminator(): boolean {
    return isAsciiTerminatorAt(this.input, this.pos);
  }

  scanNumber(): boolean {
    this.accept('+-');
    let digits = '0123456789_';
    if (this.accept('0')) {
      if (this.accept('xX')) digits = '0123456789abcdefABCDEF_';
      else if (this.accept('oO')) digits = '01234567_';
      else if (this.accept('bB')) digits = '01_';
    }
    this.acceptRun(digits);
    if (this.accept('.')) this.acceptRun(digits);
    if (digits.length === 11 && this.accept('eE')) {
      this.accept('+-');
      this.acceptRun('0123456789_');
    }
    if (digits.length === 23 && this.accept('pP')) {
      this.accept('+-');
      this.acceptRun('0123456789_');
    }
    this.accept('i');
    if (isAlphaNumeric(this.peek())) {
      this.next();
      return false;
    }
    return true;
  }

  // state accessors for the state functions below
  get src(): string {
    return this.input;
  }
  get p(): number {
    return this.pos;
  }
  set p(v: number) {
    this.pos = v;
  }
  get s(): number {
    return this.start;
  }
  addLines(n: number): void {
    this.line += n;
  }
  setInsideAction(v: boolean): void {
    this.insideAction = v;
  }
  resetParen(): void {
    this.parenDepth = 0;
  }
  get depth(): number {
    return this.parenDepth;
  }
  set depth(v: number) {
    this.parenDepth = v;
  }
}

function rightTrimLength(s: string, from: number, to: number): number {
  let i = to;
  while (i > from && isSpaceChar(s.charCodeAt(i - 1))) i--;
  return to - i;
}
function leftTrimLength(s: string, from: number): number {
  let i = from;
  while (i < s.length && isSpaceChar(s.charCodeAt(i))) i++;
  return i - from;
}

function lexText(l: Lexer): StateFn {
  const input = l.src;
  const x = input.indexOf(LEFT, l.p);
  if (x >= 0) {
    if (x > l.p) {
      l.p = x;
      let trimLength = 0;
      const delimEnd = l.p + LEFT.length;
      if (hasLeftTrimMarker(input, delimEnd)) trimLength = rightTrimLength(input, l.s, l.p);
      l.p -= trimLength;
      l.addLines(countNewlines(input, l.s, l.p));
      const i = l.thisItem(ItemType.Text);
      l.p += trimLength;
      l.ignore();
      if (i.val.length > 0) return l.emitItem(i);
    }
    return lexLeftDelim;
  }
  l.p = input.length;
  if (l.p > l.s) {
    l.addLines(countNewlines(input, l.s, l.p));
    return l.emit(ItemType.Text);
  }
  return l.emit(ItemType.EOF);
}

function lexLeftDelim(l: Lexer): StateFn {
  l.p += LEFT.length;
  const trimSpace = hasLeftTrimMarker(l.src, l.p);
  const afterMarker = trimSpace ? 2 : 0;
  if (l.src.startsWith('/*', l.p + afterMarker)) {
    l.p += afterMarker;
    l.ignore();
    return lexComment;
  }
  const i = l.thisItem(ItemType.LeftDelim);
  l.setInsideAction(true);
  l.p += afterMarker;
  l.ignore();
  l.resetParen();
  return l.emitItem(i);
}

function lexComment(l: Lexer): StateFn {
  l.p += 2;
  const x = l.src.indexOf('*/', l.p);
  if (x < 0) return l.errorf('unclosed comment');
  l.p = x + 2;
  const delim = l.atRightDelim();
  if (delim === RightDelim.None) return l.errorf('comment ends before closing delimiter');
  const trimSpace = delim === RightDelim.Trim;
  l.addLines(countNewlines(l.src, l.s, l.p));
  l.thisItem(ItemType.Comment);
  if (trimSpace) l.p += 2;
  l.p += RIGHT.length;
  if (trimSpace) l.p += leftTrimLength(l.src, l.p);
  l.ignore();
  return lexText;
}

function lexRightDelim(l: Lexer): StateFn {
  const trimSpace = l.atRightDelim() === RightDelim.Trim;
  if (trimSpace) {
    l.p += 2;
    l.ignore();
  }
  l.p += RIGHT.length;
  const i = l.thisItem(ItemType.RightDelim);
  if (trimSpace) {
    l.p += leftTrimLength(l.src, l.p);
    l.ignore();
  }
  l.setInsideAction(false);
  return l.emitItem(i);
}

/** ASCII letters, digits and `_`: the characters of identifiers, fields and variables in practice. */
function isAsciiWordChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f;
}

/** Whether a token may end before `at`: a space, `.` `,` `|` `:` `(` `)`, `}}` or the end of input. */
function isAsciiTerminatorAt(src: string, at: number): boolean {
  if (at >= src.length) return true;
  const c = src.charCodeAt(at);
  switch (c) {
    case 0x20:
    case 0x09:
    case 0x0d:
    case 0x0a:
    case 0x2e: // .
    case 0x2c: // ,
    case 0x7c: // |
    case 0x3a: // :
    case 0x29: // )
    case 0x28: // (
      return true;
    case 0x7d: // }
      return src.charCodeAt(at + 1) === 0x7d;
  }
  return false;
}

/**
 * The tokens that make up almost every action (spaces, identifiers, fields, variables, strings) read with
 * plain loops over char codes instead of next()/peek()/backup() per character: most renders run this code
 * cold, where every call costs. Anything unusual (non-ASCII, numbers, errors) returns undefined and takes
 * the character-by-character path, which defines the behaviour; both give the same tokens.
 */
function lexCommonToken(l: Lexer): StateFn | undefined {
  const src = l.src;
  const p = l.p;
  const n = src.length;
  const c = src.charCodeAt(p);
  if (c === 0x20 || c === 0x09 || c === 0x0d || c === 0x0a) {
    let j = p;
    let newlines = 0;
    for (; j < n; j++) {
      const d = src.charCodeAt(j);
      if (d === 0x0a) newlines++;
      else if (d !== 0x20 && d !== 0x09 && d !== 0x0d) break;
    }
    // ` -}}`: the last space belongs to the trim marker.
    if (src.charCodeAt(j) === 0x2d && src.charCodeAt(j + 1) === 0x7d && src.charCodeAt(j + 2) === 0x7d) {
      if (src.charCodeAt(j - 1) === 0x0a) newlines--;
      l.p = j - 1;
      l.addLines(newlines);
      return j - 1 === p ? lexRightDelim : l.emit(ItemType.Space);
    }
    l.p = j;
    l.addLines(newlines);
    return l.emit(ItemType.Space);
  }
  if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f) {
    let j = p + 1;
    while (j < n && isAsciiWordChar(src.charCodeAt(j))) j++;
    if (!isAsciiTerminatorAt(src, j)) return undefined;
    l.p = j;
    const word = src.slice(p, j);
    const kw = KEYWORDS[word];
    if (kw !== undefined && kw > ItemType.Keyword) {
      if ((kw === ItemType.Break && !l.breakOK) || (kw === ItemType.Continue && !l.continueOK)) return l.emit(ItemType.Identifier);
      return l.emit(kw);
    }
    if (word === 'true' || word === 'false') return l.emit(ItemType.Bool);
    return l.emit(ItemType.Identifier);
  }
  if (c === 0x2e /* . */ || c === 0x24 /* $ */) {
    const first = src.charCodeAt(p + 1);
    // `.` then a digit is a number; `.` or `$` alone is left to the full path.
    if (!((first >= 0x61 && first <= 0x7a) || (first >= 0x41 && first <= 0x5a) || first === 0x5f || (c === 0x24 && first >= 0x30 && first <= 0x39))) return undefined;
    let j = p + 2;
    while (j < n && isAsciiWordChar(src.charCodeAt(j))) j++;
    if (!isAsciiTerminatorAt(src, j)) return undefined;
    l.p = j;
    return l.emit(c === 0x2e ? ItemType.Field : ItemType.Variable);
  }
  if (c === 0x22 /* " */) {
    for (let j = p + 1; j < n; j++) {
      const d = src.charCodeAt(j);
      if (d === 0x5c) {
        const e = src.charCodeAt(j + 1);
        if (j + 1 >= n || e === 0x0a) return undefined;
        j++;
        continue;
      }
      if (d === 0x0a) return undefined;
      if (d === 0x22) {
        l.p = j + 1;
        return l.emit(ItemType.String);
      }
    }
    return undefined;
  }
  return undefined;
}

function lexInsideAction(l: Lexer): StateFn {
  if (l.atRightDelim() !== RightDelim.None) {
    if (l.depth === 0) return lexRightDelim;
    return l.errorf('unclosed left paren');
  }
  const fast = lexCommonToken(l);
  if (fast !== undefined) return fast;
  const r = l.next();
  if (r === EOF) return l.errorf('unclosed action');
  if (isSpace(r)) {
    l.backup();
    return lexSpace;
  }
  switch (r) {
    case 0x3d: // =
      return l.emit(ItemType.Assign);
    case 0x3a: // :
      if (l.next() !== 0x3d) return l.errorf('expected :=');
      return l.emit(ItemType.Declare);
    case 0x7c:
      return l.emit(ItemType.Pipe);
    case 0x22:
      return lexQuote;
    case 0x60:
      return lexRawQuote;
    case 0x24:
      return lexVariable;
    case 0x27:
      return lexChar;
    case 0x28:
      l.depth++;
      return l.emit(ItemType.LeftParen);
    case 0x29:
      l.depth--;
      if (l.depth < 0) return l.errorf('unexpected right paren');
      return l.emit(ItemType.RightParen);
  }
  if (r === 0x2e) {
    if (l.p < l.src.length) {
      const c = l.src.charCodeAt(l.p);
      if (c < 0x30 || c > 0x39) return lexField;
    }
    l.backup();
    return lexNumber;
  }
  if (r === 0x2b || r === 0x2d || (r >= 0x30 && r <= 0x39)) {
    l.backup();
    return lexNumber;
  }
  if (isAlphaNumeric(r)) {
    l.backup();
    return lexIdentifier;
  }
  if (r <= 0x7f && isGoPrint(r)) return l.emit(ItemType.Char);
  return l.errorf(`unrecognized character in action: ${formatRuneU(r)}`);
}

function lexSpace(l: Lexer): StateFn {
  let numSpaces = 0;
  for (;;) {
    const r = l.peek();
    if (!isSpace(r)) break;
    l.next();
    numSpaces++;
  }
  if (hasRightTrimMarker(l.src, l.p - 1) && l.src.startsWith(RIGHT, l.p - 1 + 2)) {
    l.backup();
    if (numSpaces === 1) return lexRightDelim;
  }
  return l.emit(ItemType.Space);
}

function lexIdentifier(l: Lexer): StateFn {
  for (;;) {
    const r = l.next();
    if (isAlphaNumeric(r)) continue;
    l.backup();
    const word = l.src.slice(l.s, l.p);
    if (!l.atTerminator()) return l.errorf(`bad character ${formatRuneU(r)}`);
    const kw = KEYWORDS[word];
    if (kw !== undefined && kw > ItemType.Keyword) {
      if ((kw === ItemType.Break && !l.breakOK) || (kw === ItemType.Continue && !l.continueOK)) return l.emit(ItemType.Identifier);
      return l.emit(kw);
    }
    if (word[0] === '.') return l.emit(ItemType.Field);
    if (word === 'true' || word === 'false') return l.emit(ItemType.Bool);
    return l.emit(ItemType.Identifier);
  }
}

function lexField(l: Lexer): StateFn {
  return lexFieldOrVariable(l, ItemType.Field);
}

function lexVariable(l: Lexer): StateFn {
  if (l.atTerminator()) return l.emit(ItemType.Variable);
  return lexFieldOrVariable(l, ItemType.Variable);
}

function lexFieldOrVariable(l: Lexer, typ: ItemType): StateFn {
  if (l.atTerminator()) return l.emit(typ === ItemType.Variable ? ItemType.Variable : ItemType.Dot);
  let r: number;
  for (;;) {
    r = l.next();
    if (!isAlphaNumeric(r)) {
      l.backup();
      break;
    }
  }
  if (!l.atTerminator()) return l.errorf(`bad character ${formatRuneU(r)}`);
  return l.emit(typ);
}

function lexChar(l: Lexer): StateFn {
  for (;;) {
    let r = l.next();
    if (r === 0x5c) {
      r = l.next();
      if (r !== EOF && r !== 10) continue;
      return l.errorf('unterminated character constant');
    }
    if (r === EOF || r === 10) return l.errorf('unterminated character constant');
    if (r === 0x27) break;
  }
  return l.emit(ItemType.CharConstant);
}

function lexNumber(l: Lexer): StateFn {
  if (!l.scanNumber()) return l.errorf(`bad number syntax: ${goQuote(l.src.slice(l.s, l.p))}`);
  const sign = l.peek();
  if (sign === 0x2b || sign === 0x2d) {
    if (!l.scanNumber() || l.src[l.p - 1] !== 'i') return l.errorf(`bad number syntax: ${goQuote(l.src.slice(l.s, l.p))}`);
    return l.emit(ItemType.Complex);
  }
  return l.emit(ItemType.Number);
}

function lexQuote(l: Lexer): StateFn {
  for (;;) {
    let r = l.next();
    if (r === 0x5c) {
      r = l.next();
      if (r !== EOF && r !== 10) continue;
      return l.errorf('unterminated quoted string');
    }
    if (r === EOF || r === 10) return l.errorf('unterminated quoted string');
    if (r === 0x22) break;
  }
  return l.emit(ItemType.String);
}

function lexRawQuote(l: Lexer): StateFn {
  for (;;) {
    const r = l.next();
    if (r === EOF) return l.errorf('unterminated raw quoted string');
    if (r === 0x60) break;
  }
  return l.emit(ItemType.RawString);
}

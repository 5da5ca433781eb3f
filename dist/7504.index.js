"use strict";
exports.id = 7504;
exports.ids = [7504];
exports.modules = {

/***/ 97504:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  render: () => (/* binding */ render)
});

// EXTERNAL MODULE: ./src/core/errors/slipwayError.ts
var slipwayError = __webpack_require__(16602);
// EXTERNAL MODULE: ./src/core/chart/templateRenderError.ts
var templateRenderError = __webpack_require__(31328);
// EXTERNAL MODULE: ./src/core/chart/template/goErrors.ts
var goErrors = __webpack_require__(34402);
// EXTERNAL MODULE: ./src/core/chart/template/goValues.ts
var goValues = __webpack_require__(11787);
// EXTERNAL MODULE: ./src/core/chart/template/goQuote.ts
var goQuote = __webpack_require__(12889);
;// CONCATENATED MODULE: ./src/core/chart/template/goNumbers.ts
/** strconv.ParseInt / ParseUint / ParseFloat with base 0 (Go literal syntax), as the template parser uses them. */
function lower(c) {
    return c.toLowerCase();
}
/** strconv's underscoreOK: underscores must separate digits (or follow a base prefix). */
function underscoreOK(s) {
    let saw = '^';
    let i = 0;
    if (s.length >= 1 && (s[0] === '-' || s[0] === '+'))
        s = s.slice(1);
    let hex = false;
    if (s.length >= 2 && s[0] === '0' && 'box'.includes(lower(s[1]))) {
        i = 2;
        saw = '0';
        hex = lower(s[1]) === 'x';
    }
    for (; i < s.length; i++) {
        const c = s[i];
        if ((c >= '0' && c <= '9') || (hex && /[a-fA-F]/.test(c))) {
            saw = '0';
            continue;
        }
        if (c === '_') {
            if (saw !== '0')
                return false;
            saw = '_';
            continue;
        }
        if (saw === '_')
            return false;
        saw = '!';
    }
    return saw !== '_';
}
/** Parses an unsigned magnitude in base 0; undefined on syntax error. */
function parseMagnitude(s) {
    if (s.length === 0)
        return undefined;
    const s0 = s;
    let base = 10;
    if (s[0] === '0') {
        if (s.length >= 3 && lower(s[1]) === 'b') {
            base = 2;
            s = s.slice(2);
        }
        else if (s.length >= 3 && lower(s[1]) === 'o') {
            base = 8;
            s = s.slice(2);
        }
        else if (s.length >= 3 && lower(s[1]) === 'x') {
            base = 16;
            s = s.slice(2);
        }
        else {
            base = 8;
            s = s.slice(1);
        }
    }
    let n = 0n;
    const b = BigInt(base);
    let underscores = false;
    for (const c of s) {
        if (c === '_') {
            underscores = true;
            continue;
        }
        const d = parseInt(c, 36);
        if (Number.isNaN(d) || d >= base)
            return undefined;
        n = n * b + BigInt(d);
    }
    if (underscores && !underscoreOK(s0))
        return undefined;
    return n;
}
function parseGoUint(s) {
    if (s.startsWith('+') || s.startsWith('-'))
        return undefined;
    const n = parseMagnitude(s);
    if (n === undefined || n > 0xffffffffffffffffn)
        return undefined;
    return n;
}
function parseGoInt(s) {
    let neg = false;
    if (s[0] === '+' || s[0] === '-') {
        neg = s[0] === '-';
        s = s.slice(1);
    }
    let n = parseMagnitude(s);
    if (n === undefined)
        return undefined;
    if (neg)
        n = -n;
    if (n > 0x7fffffffffffffffn || n < -0x8000000000000000n)
        return undefined;
    return n;
}
/** strconv.ParseFloat(s, 64) for Go literal syntax (decimal, hex with p exponent, underscores, inf/nan). */
function parseGoFloat(s) {
    const lowerS = s.toLowerCase();
    // A sign may precede "inf"/"infinity" but not "nan" (strconv's special()).
    if (lowerS === 'nan')
        return NaN;
    const m = /^([+-]?)(inf|infinity)$/.exec(lowerS);
    if (m)
        return m[1] === '-' ? -Infinity : Infinity;
    if (s.includes('_')) {
        if (!underscoreOK(s))
            return undefined;
        s = s.replace(/_/g, '');
    }
    const hex = /^([+-]?)0[xX]([0-9a-fA-F]*)(?:\.([0-9a-fA-F]*))?[pP]([+-]?\d+)$/.exec(s);
    if (hex) {
        const intPart = hex[2] ?? '';
        const frac = hex[3] ?? '';
        if (intPart.length + frac.length === 0)
            return undefined;
        const mant = BigInt('0x' + (intPart + frac || '0'));
        const exp = Number(hex[4]) - 4 * frac.length;
        const v = Number(mant) * Math.pow(2, exp);
        // Out of float64 range is ErrRange: callers treat it as a failed parse.
        if (!Number.isFinite(v))
            return undefined;
        return hex[1] === '-' ? -v : v;
    }
    if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(s))
        return undefined;
    const v = Number(s);
    return Number.isFinite(v) ? v : undefined;
}

;// CONCATENATED MODULE: ./src/core/chart/template/lexer.ts
/** The lexer of Go's text/template (text/template/parse/lex.go), over JS strings. */

var ItemType;
(function (ItemType) {
    ItemType[ItemType["Error"] = 0] = "Error";
    ItemType[ItemType["Bool"] = 1] = "Bool";
    ItemType[ItemType["Char"] = 2] = "Char";
    ItemType[ItemType["CharConstant"] = 3] = "CharConstant";
    ItemType[ItemType["Comment"] = 4] = "Comment";
    ItemType[ItemType["Complex"] = 5] = "Complex";
    ItemType[ItemType["Assign"] = 6] = "Assign";
    ItemType[ItemType["Declare"] = 7] = "Declare";
    ItemType[ItemType["EOF"] = 8] = "EOF";
    ItemType[ItemType["Field"] = 9] = "Field";
    ItemType[ItemType["Identifier"] = 10] = "Identifier";
    ItemType[ItemType["LeftDelim"] = 11] = "LeftDelim";
    ItemType[ItemType["LeftParen"] = 12] = "LeftParen";
    ItemType[ItemType["Number"] = 13] = "Number";
    ItemType[ItemType["Pipe"] = 14] = "Pipe";
    ItemType[ItemType["RawString"] = 15] = "RawString";
    ItemType[ItemType["RightDelim"] = 16] = "RightDelim";
    ItemType[ItemType["RightParen"] = 17] = "RightParen";
    ItemType[ItemType["Space"] = 18] = "Space";
    ItemType[ItemType["String"] = 19] = "String";
    ItemType[ItemType["Text"] = 20] = "Text";
    ItemType[ItemType["Variable"] = 21] = "Variable";
    ItemType[ItemType["Keyword"] = 22] = "Keyword";
    ItemType[ItemType["Block"] = 23] = "Block";
    ItemType[ItemType["Break"] = 24] = "Break";
    ItemType[ItemType["Continue"] = 25] = "Continue";
    ItemType[ItemType["Dot"] = 26] = "Dot";
    ItemType[ItemType["Define"] = 27] = "Define";
    ItemType[ItemType["Else"] = 28] = "Else";
    ItemType[ItemType["End"] = 29] = "End";
    ItemType[ItemType["If"] = 30] = "If";
    ItemType[ItemType["Nil"] = 31] = "Nil";
    ItemType[ItemType["Range"] = 32] = "Range";
    ItemType[ItemType["Template"] = 33] = "Template";
    ItemType[ItemType["With"] = 34] = "With";
})(ItemType || (ItemType = {}));
const KEYWORDS = {
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
function isSpace(r) {
    return r === 0x20 || r === 0x09 || r === 0x0d || r === 0x0a;
}
const LETTER_OR_DIGIT = /^[\p{L}\p{Nd}]$/u;
function isAlphaNumeric(r) {
    if (r === 0x5f)
        return true;
    if (r < 0x80)
        return (r >= 0x30 && r <= 0x39) || (r >= 0x41 && r <= 0x5a) || (r >= 0x61 && r <= 0x7a);
    if (r === EOF)
        return false;
    return LETTER_OR_DIGIT.test(String.fromCodePoint(r));
}
function hasLeftTrimMarker(s, at) {
    return s.length - at >= 2 && s.charCodeAt(at) === 0x2d && isSpace(s.charCodeAt(at + 1));
}
function hasRightTrimMarker(s, at) {
    return s.length - at >= 2 && isSpace(s.charCodeAt(at)) && s.charCodeAt(at + 1) === 0x2d;
}
function countNewlines(s, from, to) {
    let n = 0;
    if (to - from < 32) {
        for (let i = from; i < to; i++)
            if (s.charCodeAt(i) === 10)
                n++;
        return n;
    }
    // Text between actions is most of a template: indexOf jumps from line to line natively. On a slice
    // (no copy in V8), so the search never runs past `to` (a long single-line template stays linear).
    const part = s.slice(from, to);
    for (let i = part.indexOf('\n'); i !== -1; i = part.indexOf('\n', i + 1))
        n++;
    return n;
}
function isSpaceChar(c) {
    return c === 0x20 || c === 0x09 || c === 0x0d || c === 0x0a;
}
/** Go's %#U of a rune, used in "bad character" errors. */
function formatRuneU(r) {
    const hex = 'U+' + r.toString(16).toUpperCase().padStart(4, '0');
    return (0,goQuote/* isGoPrint */.aL)(r) ? `${hex} '${String.fromCodePoint(r)}'` : hex;
}
var RightDelim;
(function (RightDelim) {
    RightDelim[RightDelim["None"] = 0] = "None";
    RightDelim[RightDelim["Plain"] = 1] = "Plain";
    RightDelim[RightDelim["Trim"] = 2] = "Trim";
})(RightDelim || (RightDelim = {}));
class Lexer {
    input;
    pos = 0;
    start = 0;
    atEOF = false;
    parenDepth = 0;
    line = 1;
    startLine = 1;
    item = { typ: ItemType.EOF, pos: 0, val: 'EOF', line: 1 };
    insideAction = false;
    breakOK = true;
    continueOK = true;
    constructor(input) {
        this.input = input;
    }
    nextItem() {
        // Every state path ends in emit/emitItem/errorf, which set this.item.
        let state = this.insideAction ? lexInsideAction : lexText;
        while (state !== null)
            state = state(this);
        return this.item;
    }
    next() {
        if (this.pos >= this.input.length) {
            this.atEOF = true;
            return EOF;
        }
        const r = this.input.codePointAt(this.pos);
        this.pos += r > 0xffff ? 2 : 1;
        if (r === 10)
            this.line++;
        return r;
    }
    peek() {
        if (this.pos >= this.input.length)
            return EOF;
        return this.input.codePointAt(this.pos);
    }
    backup() {
        if (!this.atEOF && this.pos > 0) {
            const c = this.input.charCodeAt(this.pos - 1);
            this.pos -= c >= 0xdc00 && c <= 0xdfff && this.pos > 1 ? 2 : 1;
            if (c === 10)
                this.line--;
        }
    }
    thisItem(t) {
        const i = { typ: t, pos: this.start, val: this.input.slice(this.start, this.pos), line: this.startLine };
        this.start = this.pos;
        this.startLine = this.line;
        return i;
    }
    emit(t) {
        this.item = this.thisItem(t);
        return null;
    }
    emitItem(i) {
        this.item = i;
        return null;
    }
    ignore() {
        this.line += countNewlines(this.input, this.start, this.pos);
        this.start = this.pos;
        this.startLine = this.line;
    }
    accept(valid) {
        const r = this.next();
        if (r !== EOF && valid.includes(String.fromCodePoint(r)))
            return true;
        this.backup();
        return false;
    }
    acceptRun(valid) {
        for (;;) {
            const r = this.next();
            if (r === EOF || !valid.includes(String.fromCodePoint(r)))
                break;
        }
        this.backup();
    }
    errorf(msg) {
        this.item = { typ: ItemType.Error, pos: this.start, val: msg, line: this.startLine };
        this.start = 0;
        this.pos = 0;
        this.input = '';
        return null;
    }
    /** Whether a right delimiter starts here: NO_DELIM, DELIM, or TRIM_DELIM (` -}}`). A number, not a pair: called per token. */
    atRightDelim() {
        if (hasRightTrimMarker(this.input, this.pos) && this.input.startsWith(RIGHT, this.pos + 2))
            return RightDelim.Trim;
        if (this.input.startsWith(RIGHT, this.pos))
            return RightDelim.Plain;
        return RightDelim.None;
    }
    /** Space, `.` `,` `|` `:` `(` `)`, the right delimiter or the end: every terminator is ASCII. */
    atTerminator() {
        return isAsciiTerminatorAt(this.input, this.pos);
    }
    scanNumber() {
        this.accept('+-');
        let digits = '0123456789_';
        if (this.accept('0')) {
            if (this.accept('xX'))
                digits = '0123456789abcdefABCDEF_';
            else if (this.accept('oO'))
                digits = '01234567_';
            else if (this.accept('bB'))
                digits = '01_';
        }
        this.acceptRun(digits);
        if (this.accept('.'))
            this.acceptRun(digits);
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
    get src() {
        return this.input;
    }
    get p() {
        return this.pos;
    }
    set p(v) {
        this.pos = v;
    }
    get s() {
        return this.start;
    }
    addLines(n) {
        this.line += n;
    }
    setInsideAction(v) {
        this.insideAction = v;
    }
    resetParen() {
        this.parenDepth = 0;
    }
    get depth() {
        return this.parenDepth;
    }
    set depth(v) {
        this.parenDepth = v;
    }
}
function rightTrimLength(s, from, to) {
    let i = to;
    while (i > from && isSpaceChar(s.charCodeAt(i - 1)))
        i--;
    return to - i;
}
function leftTrimLength(s, from) {
    let i = from;
    while (i < s.length && isSpaceChar(s.charCodeAt(i)))
        i++;
    return i - from;
}
function lexText(l) {
    const input = l.src;
    const x = input.indexOf(LEFT, l.p);
    if (x >= 0) {
        if (x > l.p) {
            l.p = x;
            let trimLength = 0;
            const delimEnd = l.p + LEFT.length;
            if (hasLeftTrimMarker(input, delimEnd))
                trimLength = rightTrimLength(input, l.s, l.p);
            l.p -= trimLength;
            l.addLines(countNewlines(input, l.s, l.p));
            const i = l.thisItem(ItemType.Text);
            l.p += trimLength;
            l.ignore();
            if (i.val.length > 0)
                return l.emitItem(i);
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
function lexLeftDelim(l) {
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
function lexComment(l) {
    l.p += 2;
    const x = l.src.indexOf('*/', l.p);
    if (x < 0)
        return l.errorf('unclosed comment');
    l.p = x + 2;
    const delim = l.atRightDelim();
    if (delim === RightDelim.None)
        return l.errorf('comment ends before closing delimiter');
    const trimSpace = delim === RightDelim.Trim;
    l.addLines(countNewlines(l.src, l.s, l.p));
    l.thisItem(ItemType.Comment);
    if (trimSpace)
        l.p += 2;
    l.p += RIGHT.length;
    if (trimSpace)
        l.p += leftTrimLength(l.src, l.p);
    l.ignore();
    return lexText;
}
function lexRightDelim(l) {
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
function isAsciiWordChar(c) {
    return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f;
}
/** Whether a token may end before `at`: a space, `.` `,` `|` `:` `(` `)`, `}}` or the end of input. */
function isAsciiTerminatorAt(src, at) {
    if (at >= src.length)
        return true;
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
function lexCommonToken(l) {
    const src = l.src;
    const p = l.p;
    const n = src.length;
    const c = src.charCodeAt(p);
    if (c === 0x20 || c === 0x09 || c === 0x0d || c === 0x0a) {
        let j = p;
        let newlines = 0;
        for (; j < n; j++) {
            const d = src.charCodeAt(j);
            if (d === 0x0a)
                newlines++;
            else if (d !== 0x20 && d !== 0x09 && d !== 0x0d)
                break;
        }
        // ` -}}`: the last space belongs to the trim marker.
        if (src.charCodeAt(j) === 0x2d && src.charCodeAt(j + 1) === 0x7d && src.charCodeAt(j + 2) === 0x7d) {
            if (src.charCodeAt(j - 1) === 0x0a)
                newlines--;
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
        while (j < n && isAsciiWordChar(src.charCodeAt(j)))
            j++;
        if (!isAsciiTerminatorAt(src, j))
            return undefined;
        l.p = j;
        const word = src.slice(p, j);
        const kw = KEYWORDS[word];
        if (kw !== undefined && kw > ItemType.Keyword) {
            if ((kw === ItemType.Break && !l.breakOK) || (kw === ItemType.Continue && !l.continueOK))
                return l.emit(ItemType.Identifier);
            return l.emit(kw);
        }
        if (word === 'true' || word === 'false')
            return l.emit(ItemType.Bool);
        return l.emit(ItemType.Identifier);
    }
    if (c === 0x2e /* . */ || c === 0x24 /* $ */) {
        const first = src.charCodeAt(p + 1);
        // `.` then a digit is a number; `.` or `$` alone is left to the full path.
        if (!((first >= 0x61 && first <= 0x7a) || (first >= 0x41 && first <= 0x5a) || first === 0x5f || (c === 0x24 && first >= 0x30 && first <= 0x39)))
            return undefined;
        let j = p + 2;
        while (j < n && isAsciiWordChar(src.charCodeAt(j)))
            j++;
        if (!isAsciiTerminatorAt(src, j))
            return undefined;
        l.p = j;
        return l.emit(c === 0x2e ? ItemType.Field : ItemType.Variable);
    }
    if (c === 0x22 /* " */) {
        for (let j = p + 1; j < n; j++) {
            const d = src.charCodeAt(j);
            if (d === 0x5c) {
                const e = src.charCodeAt(j + 1);
                if (j + 1 >= n || e === 0x0a)
                    return undefined;
                j++;
                continue;
            }
            if (d === 0x0a)
                return undefined;
            if (d === 0x22) {
                l.p = j + 1;
                return l.emit(ItemType.String);
            }
        }
        return undefined;
    }
    return undefined;
}
function lexInsideAction(l) {
    if (l.atRightDelim() !== RightDelim.None) {
        if (l.depth === 0)
            return lexRightDelim;
        return l.errorf('unclosed left paren');
    }
    const fast = lexCommonToken(l);
    if (fast !== undefined)
        return fast;
    const r = l.next();
    if (r === EOF)
        return l.errorf('unclosed action');
    if (isSpace(r)) {
        l.backup();
        return lexSpace;
    }
    switch (r) {
        case 0x3d: // =
            return l.emit(ItemType.Assign);
        case 0x3a: // :
            if (l.next() !== 0x3d)
                return l.errorf('expected :=');
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
            if (l.depth < 0)
                return l.errorf('unexpected right paren');
            return l.emit(ItemType.RightParen);
    }
    if (r === 0x2e) {
        if (l.p < l.src.length) {
            const c = l.src.charCodeAt(l.p);
            if (c < 0x30 || c > 0x39)
                return lexField;
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
    if (r <= 0x7f && (0,goQuote/* isGoPrint */.aL)(r))
        return l.emit(ItemType.Char);
    return l.errorf(`unrecognized character in action: ${formatRuneU(r)}`);
}
function lexSpace(l) {
    let numSpaces = 0;
    for (;;) {
        const r = l.peek();
        if (!isSpace(r))
            break;
        l.next();
        numSpaces++;
    }
    if (hasRightTrimMarker(l.src, l.p - 1) && l.src.startsWith(RIGHT, l.p - 1 + 2)) {
        l.backup();
        if (numSpaces === 1)
            return lexRightDelim;
    }
    return l.emit(ItemType.Space);
}
function lexIdentifier(l) {
    for (;;) {
        const r = l.next();
        if (isAlphaNumeric(r))
            continue;
        l.backup();
        const word = l.src.slice(l.s, l.p);
        if (!l.atTerminator())
            return l.errorf(`bad character ${formatRuneU(r)}`);
        const kw = KEYWORDS[word];
        if (kw !== undefined && kw > ItemType.Keyword) {
            if ((kw === ItemType.Break && !l.breakOK) || (kw === ItemType.Continue && !l.continueOK))
                return l.emit(ItemType.Identifier);
            return l.emit(kw);
        }
        if (word[0] === '.')
            return l.emit(ItemType.Field);
        if (word === 'true' || word === 'false')
            return l.emit(ItemType.Bool);
        return l.emit(ItemType.Identifier);
    }
}
function lexField(l) {
    return lexFieldOrVariable(l, ItemType.Field);
}
function lexVariable(l) {
    if (l.atTerminator())
        return l.emit(ItemType.Variable);
    return lexFieldOrVariable(l, ItemType.Variable);
}
function lexFieldOrVariable(l, typ) {
    if (l.atTerminator())
        return l.emit(typ === ItemType.Variable ? ItemType.Variable : ItemType.Dot);
    let r;
    for (;;) {
        r = l.next();
        if (!isAlphaNumeric(r)) {
            l.backup();
            break;
        }
    }
    if (!l.atTerminator())
        return l.errorf(`bad character ${formatRuneU(r)}`);
    return l.emit(typ);
}
function lexChar(l) {
    for (;;) {
        let r = l.next();
        if (r === 0x5c) {
            r = l.next();
            if (r !== EOF && r !== 10)
                continue;
            return l.errorf('unterminated character constant');
        }
        if (r === EOF || r === 10)
            return l.errorf('unterminated character constant');
        if (r === 0x27)
            break;
    }
    return l.emit(ItemType.CharConstant);
}
function lexNumber(l) {
    if (!l.scanNumber())
        return l.errorf(`bad number syntax: ${(0,goQuote/* goQuote */.dg)(l.src.slice(l.s, l.p))}`);
    const sign = l.peek();
    if (sign === 0x2b || sign === 0x2d) {
        if (!l.scanNumber() || l.src[l.p - 1] !== 'i')
            return l.errorf(`bad number syntax: ${(0,goQuote/* goQuote */.dg)(l.src.slice(l.s, l.p))}`);
        return l.emit(ItemType.Complex);
    }
    return l.emit(ItemType.Number);
}
function lexQuote(l) {
    for (;;) {
        let r = l.next();
        if (r === 0x5c) {
            r = l.next();
            if (r !== EOF && r !== 10)
                continue;
            return l.errorf('unterminated quoted string');
        }
        if (r === EOF || r === 10)
            return l.errorf('unterminated quoted string');
        if (r === 0x22)
            break;
    }
    return l.emit(ItemType.String);
}
function lexRawQuote(l) {
    for (;;) {
        const r = l.next();
        if (r === EOF)
            return l.errorf('unterminated raw quoted string');
        if (r === 0x60)
            break;
    }
    return l.emit(ItemType.RawString);
}

;// CONCATENATED MODULE: ./src/core/chart/template/nodes.ts
/** Parse tree of a template (text/template/parse/node.go), with Go's String() forms for error context. */

/** Go's Node.String(). */
function nodeString(n) {
    switch (n.type) {
        case 'list':
            return n.nodes.map(nodeString).join('');
        case 'text':
            return n.text;
        case 'comment':
            return '{{' + n.text + '}}';
        case 'action':
            return '{{' + nodeString(n.pipe) + '}}';
        case 'pipe': {
            let s = '';
            if (n.decl.length > 0) {
                s = n.decl.map(nodeString).join(', ') + (n.isAssign ? ' = ' : ' := ');
            }
            return s + n.cmds.map(nodeString).join(' | ');
        }
        case 'command':
            return n.args.map((a) => (a.type === 'pipe' ? '(' + nodeString(a) + ')' : nodeString(a))).join(' ');
        case 'identifier':
            return n.ident;
        case 'variable':
            return n.ident.join('.');
        case 'dot':
            return '.';
        case 'nil':
            return 'nil';
        case 'field':
            return n.ident.map((i) => '.' + i).join('');
        case 'chain':
            return (n.node.type === 'pipe' ? '(' + nodeString(n.node) + ')' : nodeString(n.node)) + n.field.map((f) => '.' + f).join('');
        case 'bool':
            return n.value ? 'true' : 'false';
        case 'number':
            return n.text;
        case 'string':
            return n.quoted;
        case 'if':
        case 'range':
        case 'with':
            return ('{{' +
                n.type +
                ' ' +
                nodeString(n.pipe) +
                '}}' +
                nodeString(n.list) +
                (n.elseList ? '{{else}}' + nodeString(n.elseList) : '') +
                '{{end}}');
        case 'break':
            return '{{break}}';
        case 'continue':
            return '{{continue}}';
        case 'template':
            return '{{template ' + (0,goQuote/* goQuote */.dg)(n.name) + (n.pipe ? ' ' + nodeString(n.pipe) : '') + '}}';
        case 'end':
            return '{{end}}';
        case 'else':
            return '{{else}}';
    }
}
/** parse.IsEmptyTree. */
function isEmptyTree(n) {
    if (n === null)
        return true;
    switch (n.type) {
        case 'comment':
            return true;
        case 'list':
            return n.nodes.every(isEmptyTree);
        case 'text':
            return /^[\s\u0085]*$/.test(n.text);
        default:
            return false;
    }
}
/** `file:line:col` of a node and its String(), as Tree.ErrorContext reports them (column in bytes). */
function errorContext(n) {
    const tree = n.tree;
    const text = tree.text.slice(0, n.pos);
    const nl = text.lastIndexOf('\n');
    const col = Buffer.byteLength(nl === -1 ? text : text.slice(nl + 1), 'utf8');
    let line = 1;
    for (let i = 0; i < text.length; i++)
        if (text.charCodeAt(i) === 10)
            line++;
    return [`${tree.parseName}:${line}:${col}`, nodeString(n)];
}

;// CONCATENATED MODULE: ./src/core/chart/template/parser.ts
/** The parser of Go's text/template (text/template/parse/parse.go). */




/** A parse failure; `message` is Go's text, e.g. `template: x.yaml:3: unexpected "}" in operand`. */
class TemplateParseError extends Error {
    constructor(message) {
        super(message);
        this.name = 'TemplateParseError';
    }
}
const MAX_STACK_DEPTH = 10000;
const SMALL_DECIMAL = /^(?:0|[1-9][0-9]{0,14})$/;
function itemString(i) {
    if (i.typ === ItemType.EOF)
        return 'EOF';
    if (i.typ === ItemType.Error)
        return i.val;
    if (i.typ > ItemType.Keyword)
        return `<${i.val}>`;
    const runes = [...i.val];
    if (runes.length > 10)
        return (0,goQuote/* goQuote */.dg)(runes.slice(0, 10).join('')) + '...';
    return (0,goQuote/* goQuote */.dg)(i.val);
}
class TreeParser {
    st;
    tree;
    token = [undefined, undefined, undefined];
    peekCount = 0;
    vars = ['$'];
    actionLine = 0;
    rangeDepth = 0;
    stackDepth = 0;
    constructor(st, name) {
        this.st = st;
        this.tree = { name, parseName: st.parseName, root: null, text: st.text };
    }
    next() {
        if (this.peekCount > 0)
            this.peekCount--;
        else
            this.token[0] = this.st.lex.nextItem();
        return this.token[this.peekCount];
    }
    backup() {
        this.peekCount++;
    }
    backup2(t1) {
        this.token[1] = t1;
        this.peekCount = 2;
    }
    backup3(t2, t1) {
        this.token[1] = t1;
        this.token[2] = t2;
        this.peekCount = 3;
    }
    peek() {
        if (this.peekCount > 0)
            return this.token[this.peekCount - 1];
        this.peekCount = 1;
        this.token[0] = this.st.lex.nextItem();
        return this.token[0];
    }
    nextNonSpace() {
        let token;
        do
            token = this.next();
        while (token.typ === ItemType.Space);
        return token;
    }
    peekNonSpace() {
        const token = this.nextNonSpace();
        this.backup();
        return token;
    }
    errorf(msg) {
        throw new TemplateParseError(`template: ${this.tree.parseName}:${this.token[0].line}: ${msg}`);
    }
    expect(expected, context) {
        const token = this.nextNonSpace();
        if (token.typ !== expected)
            this.unexpected(token, context);
        return token;
    }
    expectOneOf(e1, e2, context) {
        const token = this.nextNonSpace();
        if (token.typ !== e1 && token.typ !== e2)
            this.unexpected(token, context);
        return token;
    }
    unexpected(token, context) {
        if (token.typ === ItemType.Error) {
            let extra = '';
            if (this.actionLine !== 0 && this.actionLine !== token.line) {
                extra = ` in action started at ${this.tree.parseName}:${this.actionLine}`;
                if (token.val.endsWith(' action'))
                    extra = extra.slice(' in action'.length);
            }
            this.errorf(`${itemString(token)}${extra}`);
        }
        this.errorf(`unexpected ${itemString(token)} in ${context}`);
    }
    newList(pos) {
        return { type: 'list', nodes: [], pos: pos, tree: this.tree };
    }
    /** Parses a whole file: top-level text and actions, and `define`d templates into the tree set. */
    parse() {
        this.tree.root = this.newList(this.peek().pos);
        while (this.peek().typ !== ItemType.EOF) {
            if (this.peek().typ === ItemType.LeftDelim) {
                const delim = this.next();
                if (this.nextNonSpace().typ === ItemType.Define) {
                    const newT = new TreeParser(this.st, 'definition');
                    newT.parseDefinition();
                    continue;
                }
                this.backup2(delim);
            }
            const n = this.textOrAction();
            if (n.type === 'end' || n.type === 'else')
                this.errorf(`unexpected ${nodeString(n)}`);
            this.tree.root.nodes.push(n);
        }
    }
    add() {
        const existing = this.st.treeSet.get(this.tree.name);
        if (existing === undefined || isEmptyTree(existing.root)) {
            this.st.treeSet.set(this.tree.name, this.tree);
            return;
        }
        if (!isEmptyTree(this.tree.root))
            this.errorf(`template: multiple definition of template ${(0,goQuote/* goQuote */.dg)(this.tree.name)}`);
    }
    parseDefinition() {
        const context = 'define clause';
        const name = this.expectOneOf(ItemType.String, ItemType.RawString, context);
        try {
            this.tree.name = (0,goQuote/* goUnquote */.M7)(name.val);
        }
        catch (e) {
            this.errorf(e.message);
        }
        this.expect(ItemType.RightDelim, context);
        const [list, end] = this.itemList();
        this.tree.root = list;
        if (end.type !== 'end')
            this.errorf(`unexpected ${nodeString(end)} in ${context}`);
        this.add();
    }
    itemList() {
        const list = this.newList(this.peekNonSpace().pos);
        while (this.peekNonSpace().typ !== ItemType.EOF) {
            const n = this.textOrAction();
            if (n.type === 'end' || n.type === 'else')
                return [list, n];
            list.nodes.push(n);
        }
        this.errorf('unexpected EOF');
    }
    textOrAction() {
        const token = this.nextNonSpace();
        switch (token.typ) {
            case ItemType.Text:
                return { type: 'text', text: token.val, pos: token.pos, tree: this.tree };
            case ItemType.LeftDelim:
                this.actionLine = token.line;
                try {
                    return this.action();
                }
                finally {
                    this.actionLine = 0;
                }
            case ItemType.Comment:
                return { type: 'comment', text: token.val, pos: token.pos, tree: this.tree };
        }
        this.unexpected(token, 'input');
    }
    action() {
        const token = this.nextNonSpace();
        switch (token.typ) {
            case ItemType.Block:
                return this.blockControl();
            case ItemType.Break:
                return this.breakControl(token.pos, token.line);
            case ItemType.Continue:
                return this.continueControl(token.pos, token.line);
            case ItemType.Else:
                return this.elseControl();
            case ItemType.End:
                return { type: 'end', pos: this.expect(ItemType.RightDelim, 'end').pos, tree: this.tree };
            case ItemType.If:
                return this.branch('if');
            case ItemType.Range:
                return this.branch('range');
            case ItemType.Template:
                return this.templateControl();
            case ItemType.With:
                return this.branch('with');
        }
        this.backup();
        const t = this.peek();
        return { type: 'action', line: t.line, pipe: this.pipeline('command', ItemType.RightDelim), pos: t.pos, tree: this.tree };
    }
    breakControl(pos, line) {
        const token = this.nextNonSpace();
        if (token.typ !== ItemType.RightDelim)
            this.unexpected(token, '{{break}}');
        if (this.rangeDepth === 0)
            this.errorf('{{break}} outside {{range}}');
        return { type: 'break', line, pos: pos, tree: this.tree };
    }
    continueControl(pos, line) {
        const token = this.nextNonSpace();
        if (token.typ !== ItemType.RightDelim)
            this.unexpected(token, '{{continue}}');
        if (this.rangeDepth === 0)
            this.errorf('{{continue}} outside {{range}}');
        return { type: 'continue', line, pos: pos, tree: this.tree };
    }
    newVariable(pos, ident) {
        return { type: 'variable', ident: ident.split('.'), pos: pos, tree: this.tree };
    }
    pipeline(context, end) {
        const token = this.peekNonSpace();
        const pipe = { type: 'pipe', line: token.line, isAssign: false, decl: [], cmds: [], pos: token.pos, tree: this.tree };
        decls: for (;;) {
            const v = this.peekNonSpace();
            if (v.typ === ItemType.Variable) {
                this.next();
                const tokenAfterVariable = this.peek();
                const next = this.peekNonSpace();
                if (next.typ === ItemType.Assign || next.typ === ItemType.Declare) {
                    pipe.isAssign = next.typ === ItemType.Assign;
                    this.nextNonSpace();
                    pipe.decl.push(this.newVariable(v.pos, v.val));
                    this.vars.push(v.val);
                }
                else if (next.typ === ItemType.Char && next.val === ',') {
                    this.nextNonSpace();
                    pipe.decl.push(this.newVariable(v.pos, v.val));
                    this.vars.push(v.val);
                    if (context === 'range' && pipe.decl.length < 2) {
                        const p = this.peekNonSpace().typ;
                        if (p === ItemType.Variable || p === ItemType.RightDelim || p === ItemType.RightParen)
                            continue decls;
                        this.errorf('range can only initialize variables');
                    }
                    this.errorf(`too many declarations in ${context}`);
                }
                else if (tokenAfterVariable.typ === ItemType.Space) {
                    this.backup3(v, tokenAfterVariable);
                }
                else {
                    this.backup2(v);
                }
            }
            break;
        }
        for (;;) {
            const token = this.nextNonSpace();
            switch (token.typ) {
                case end:
                    this.checkPipeline(pipe, context);
                    return pipe;
                case ItemType.Bool:
                case ItemType.CharConstant:
                case ItemType.Complex:
                case ItemType.Dot:
                case ItemType.Field:
                case ItemType.Identifier:
                case ItemType.Number:
                case ItemType.Nil:
                case ItemType.RawString:
                case ItemType.String:
                case ItemType.Variable:
                case ItemType.LeftParen:
                    this.backup();
                    pipe.cmds.push(this.command());
                    break;
                default:
                    this.unexpected(token, context);
            }
        }
    }
    checkPipeline(pipe, context) {
        if (pipe.cmds.length === 0)
            this.errorf(`missing value for ${context}`);
        for (let i = 1; i < pipe.cmds.length; i++) {
            const t = pipe.cmds[i].args[0].type;
            if (t === 'bool' || t === 'dot' || t === 'nil' || t === 'number' || t === 'string') {
                this.errorf(`non executable command in pipeline stage ${i + 1}`);
            }
        }
    }
    branch(context) {
        const mark = this.vars.length;
        try {
            const pipe = this.pipeline(context, ItemType.RightDelim);
            if (context === 'range')
                this.rangeDepth++;
            let [list, next] = this.itemList();
            if (context === 'range')
                this.rangeDepth--;
            let elseList = null;
            if (next.type === 'else') {
                if (context === 'if' && this.peek().typ === ItemType.If) {
                    this.next();
                    elseList = this.newList(next.pos);
                    elseList.nodes.push(this.branch('if'));
                }
                else if (context === 'with' && this.peek().typ === ItemType.With) {
                    this.next();
                    elseList = this.newList(next.pos);
                    elseList.nodes.push(this.branch('with'));
                }
                else {
                    [elseList, next] = this.itemList();
                    if (next.type !== 'end')
                        this.errorf(`expected end; found ${nodeString(next)}`);
                }
            }
            return { type: context, line: pipe.line, pipe, list, elseList, pos: pipe.pos, tree: this.tree };
        }
        finally {
            this.vars.length = mark;
        }
    }
    elseControl() {
        const peek = this.peekNonSpace();
        if (peek.typ === ItemType.If || peek.typ === ItemType.With)
            return { type: 'else', line: peek.line, pos: peek.pos, tree: this.tree };
        const token = this.expect(ItemType.RightDelim, 'else');
        return { type: 'else', line: token.line, pos: token.pos, tree: this.tree };
    }
    blockControl() {
        const context = 'block clause';
        const token = this.nextNonSpace();
        const name = this.parseTemplateName(token, context);
        const pipe = this.pipeline(context, ItemType.RightDelim);
        const block = new TreeParser(this.st, name);
        const [list, end] = block.itemList();
        block.tree.root = list;
        if (end.type !== 'end')
            this.errorf(`unexpected ${nodeString(end)} in ${context}`);
        block.add();
        return { type: 'template', line: token.line, name, pipe, pos: token.pos, tree: this.tree };
    }
    templateControl() {
        const context = 'template clause';
        const token = this.nextNonSpace();
        const name = this.parseTemplateName(token, context);
        let pipe = null;
        if (this.nextNonSpace().typ !== ItemType.RightDelim) {
            this.backup();
            pipe = this.pipeline(context, ItemType.RightDelim);
        }
        return { type: 'template', line: token.line, name, pipe, pos: token.pos, tree: this.tree };
    }
    parseTemplateName(token, context) {
        if (token.typ === ItemType.String || token.typ === ItemType.RawString) {
            try {
                return (0,goQuote/* goUnquote */.M7)(token.val);
            }
            catch (e) {
                this.errorf(e.message);
            }
        }
        this.unexpected(token, context);
    }
    command() {
        const cmd = { type: 'command', args: [], pos: this.peekNonSpace().pos, tree: this.tree };
        for (;;) {
            this.peekNonSpace();
            const operand = this.operand();
            if (operand !== null)
                cmd.args.push(operand);
            const token = this.next();
            if (token.typ === ItemType.Space)
                continue;
            if (token.typ === ItemType.RightDelim || token.typ === ItemType.RightParen)
                this.backup();
            else if (token.typ !== ItemType.Pipe)
                this.unexpected(token, 'operand');
            break;
        }
        if (cmd.args.length === 0)
            this.errorf('empty command');
        return cmd;
    }
    operand() {
        let node = this.term();
        if (node === null)
            return null;
        if (this.peek().typ === ItemType.Field) {
            const pos = this.peek().pos;
            const fields = [];
            while (this.peek().typ === ItemType.Field)
                fields.push(this.next().val.slice(1));
            switch (node.type) {
                case 'field':
                    node = { type: 'field', ident: [...node.ident, ...fields], pos: pos, tree: this.tree };
                    break;
                case 'variable':
                    node = { type: 'variable', ident: [...node.ident, ...fields], pos: pos, tree: this.tree };
                    break;
                case 'bool':
                case 'string':
                case 'number':
                case 'nil':
                case 'dot':
                    this.errorf(`unexpected . after term ${(0,goQuote/* goQuote */.dg)(nodeString(node))}`);
                    break;
                default:
                    node = { type: 'chain', node, field: fields, pos: pos, tree: this.tree };
            }
        }
        return node;
    }
    term() {
        const token = this.nextNonSpace();
        switch (token.typ) {
            case ItemType.Identifier:
                if (!this.st.hasFunction(token.val))
                    this.errorf(`function ${(0,goQuote/* goQuote */.dg)(token.val)} not defined`);
                return { type: 'identifier', ident: token.val, pos: token.pos, tree: this.tree };
            case ItemType.Dot:
                return { type: 'dot', pos: token.pos, tree: this.tree };
            case ItemType.Nil:
                return { type: 'nil', pos: token.pos, tree: this.tree };
            case ItemType.Variable:
                return this.useVar(token.pos, token.val);
            case ItemType.Field:
                return { type: 'field', ident: token.val.slice(1).split('.'), pos: token.pos, tree: this.tree };
            case ItemType.Bool:
                return { type: 'bool', value: token.val === 'true', pos: token.pos, tree: this.tree };
            case ItemType.CharConstant:
            case ItemType.Complex:
            case ItemType.Number:
                return this.newNumber(token.pos, token.val, token.typ);
            case ItemType.LeftParen: {
                if (this.stackDepth >= MAX_STACK_DEPTH)
                    this.errorf('max expression depth exceeded');
                this.stackDepth++;
                try {
                    return this.pipeline('parenthesized pipeline', ItemType.RightParen);
                }
                finally {
                    this.stackDepth--;
                }
            }
            case ItemType.String:
            case ItemType.RawString: {
                let s;
                try {
                    s = (0,goQuote/* goUnquote */.M7)(token.val);
                }
                catch (e) {
                    this.errorf(e.message);
                }
                return { type: 'string', quoted: token.val, text: s, pos: token.pos, tree: this.tree };
            }
        }
        this.backup();
        return null;
    }
    useVar(pos, name) {
        const v = this.newVariable(pos, name);
        if (this.vars.includes(v.ident[0]))
            return v;
        this.errorf(`undefined variable ${(0,goQuote/* goQuote */.dg)(v.ident[0])}`);
    }
    newNumber(pos, text, typ) {
        const n = {
            type: 'number',
            text,
            isInt: false,
            isUint: false,
            isFloat: false,
            isComplex: false,
            int64: 0n,
            uint64: 0n,
            float64: 0,
            pos: pos, tree: this.tree,
        };
        if (typ === ItemType.CharConstant) {
            let r;
            try {
                r = (0,goQuote/* goUnquote */.M7)(text);
            }
            catch {
                this.errorf(`malformed character constant: ${text}`);
            }
            const cp = BigInt(r.codePointAt(0));
            n.isInt = n.isUint = n.isFloat = true;
            n.int64 = n.uint64 = cp;
            n.float64 = Number(cp);
            return n;
        }
        if (typ === ItemType.Number && SMALL_DECIMAL.test(text)) {
            // The common literal (0, 1, 63, 8080): exactly representable everywhere, no base or sign rules.
            n.isInt = n.isUint = n.isFloat = true;
            n.int64 = n.uint64 = BigInt(text);
            n.float64 = Number(text);
            return n;
        }
        if (typ === ItemType.Complex || text.endsWith('i')) {
            this.errorf(`complex constants are not supported: ${text}`);
        }
        const u = parseGoUint(text);
        if (u !== undefined) {
            n.isUint = true;
            n.uint64 = u;
        }
        const i = parseGoInt(text);
        if (i !== undefined) {
            n.isInt = true;
            n.int64 = i;
            if (i === 0n) {
                n.isUint = true;
                n.uint64 = u ?? 0n;
            }
        }
        if (n.isInt) {
            n.isFloat = true;
            n.float64 = Number(n.int64);
        }
        else if (n.isUint) {
            n.isFloat = true;
            n.float64 = Number(n.uint64);
        }
        else {
            const f = parseGoFloat(text);
            if (f !== undefined) {
                if (!/[.eEpP]/.test(text))
                    this.errorf(`integer overflow: ${(0,goQuote/* goQuote */.dg)(text)}`);
                n.isFloat = true;
                n.float64 = f;
                if (Number.isInteger(f) && f >= -9223372036854775808 && f < 9223372036854775808) {
                    n.isInt = true;
                    n.int64 = BigInt(f);
                }
                if (Number.isInteger(f) && f >= 0 && f < 18446744073709551616) {
                    n.isUint = true;
                    n.uint64 = BigInt(f);
                }
            }
        }
        if (!n.isInt && !n.isUint && !n.isFloat)
            this.errorf(`illegal number syntax: ${(0,goQuote/* goQuote */.dg)(text)}`);
        return n;
    }
}
/**
 * Parses one template file: returns the trees it defines (the file's own tree under `name`, plus every
 * `define` and `block`). Throws TemplateParseError with Go's message.
 */
function parseFile(name, text, hasFunction) {
    const lex = new Lexer(text);
    lex.breakOK = !hasFunction('break');
    lex.continueOK = !hasFunction('continue');
    const treeSet = new Map();
    const st = { lex, text, parseName: name, hasFunction, treeSet };
    const p = new TreeParser(st, name);
    p.parse();
    p.add();
    return treeSet;
}

;// CONCATENATED MODULE: ./src/core/chart/template/funcTypes.ts
function goTypeOfParam(p) {
    switch (p) {
        case 'any':
            return 'interface {}';
        case 'value':
            return 'reflect.Value';
        case 'slice':
            return '[]interface {}';
        case 'strings':
            return '[]string';
        case 'map':
            return 'map[string]interface {}';
        case 'bytes':
            return '[]uint8';
        default:
            return p;
    }
}

// EXTERNAL MODULE: ./src/core/chart/template/goFormat.ts
var goFormat = __webpack_require__(17350);
;// CONCATENATED MODULE: ./src/core/chart/template/evaluator.ts
/** Executes parse trees as Go's text/template does (text/template/exec.go), without re-parsing. */






const MISSING = Symbol('missingVal');
const MAX_EXEC_DEPTH = 100000;
var Flow;
(function (Flow) {
    Flow[Flow["Normal"] = 0] = "Normal";
    Flow[Flow["Break"] = 1] = "Break";
    Flow[Flow["Continue"] = 2] = "Continue";
})(Flow || (Flow = {}));
function doublePercent(s) {
    return s.replaceAll('%', '%%');
}
function paramAccepts(p, v) {
    switch (p) {
        case 'any':
        case 'value':
            return true;
        case 'string':
            return typeof v === 'string';
        case 'int':
            return typeof v === 'bigint';
        case 'int64':
        case 'uint32':
            return v instanceof goValues/* GoInt */.ov && v.kind === p;
        case 'float64':
            return typeof v === 'number';
        case 'bool':
            return typeof v === 'boolean';
        case 'slice':
            return Array.isArray(v) && v[goValues/* SLICE_TYPE */.gS] === undefined;
        case 'strings':
            return Array.isArray(v) && v[goValues/* SLICE_TYPE */.gS] === '[]string';
        case 'map':
            return (0,goValues/* isGoMap */.Rb)(v);
        case 'bytes':
            return v instanceof Uint8Array;
        default:
            return v instanceof goValues/* GoObject */.MV && v.goType() === p;
    }
}
function canBeNil(p) {
    return p === 'any' || p === 'value' || p === 'slice' || p === 'strings' || p === 'map' || p === 'bytes' || p === '*semver.Version';
}
/** The value a template literal number stands for (idealConstant). */
function isHexInt(s) {
    return s.length > 2 && s[0] === '0' && (s[1] === 'x' || s[1] === 'X') && !/[pP]/.test(s);
}
class ExecState {
    set;
    tmplName;
    ctx;
    options;
    sources;
    includedBase;
    vars;
    node = null;
    depth = 0;
    out = '';
    constructor(set, tmplName, ctx, options, dot, 
    /** Set when the caller wants to know which node wrote each output chunk (outputSources.ts). */
    sources = null, 
    /** Where this execution's pending `include` outputs start in the session's list. */
    includedBase = 0) {
        this.set = set;
        this.tmplName = tmplName;
        this.ctx = ctx;
        this.options = options;
        this.sources = sources;
        this.includedBase = includedBase;
        this.vars = [{ name: '$', value: dot, iface: false }];
    }
    errorf(msg, wrapped) {
        const name = doublePercent(this.tmplName);
        let text;
        if (this.node === null)
            text = `template: ${name}: ${msg}`;
        else {
            const [location, context] = errorContext(this.node);
            text = `template: ${location}: executing ${(0,goQuote/* goQuote */.dg)(name)} at <${doublePercent(context)}>: ${msg}`;
        }
        // Go formats the final text with fmt: undo the %% doubling it applied to names.
        throw new goErrors/* TemplateExecError */.cz(this.tmplName, text.replaceAll('%%', '%'), wrapped);
    }
    run(root, dot) {
        this.walk(dot, false, root);
    }
    at(n) {
        this.node = n;
    }
    mark() {
        return this.vars.length;
    }
    pop(mark) {
        this.vars.length = mark;
    }
    setVar(name, value, iface) {
        for (let i = this.vars.length - 1; i >= 0; i--) {
            const v = this.vars[i];
            if (v.name === name) {
                v.value = value;
                v.iface = iface;
                return;
            }
        }
        this.errorf(`undefined variable: ${name}`);
    }
    setTopVar(n, value, iface) {
        const v = this.vars[this.vars.length - n];
        v.value = value;
        v.iface = iface;
    }
    varEntry(name) {
        for (let i = this.vars.length - 1; i >= 0; i--)
            if (this.vars[i].name === name)
                return this.vars[i];
        this.errorf(`undefined variable: ${name}`);
    }
    walk(dot, dotIface, node) {
        this.at(node);
        switch (node.type) {
            case 'action': {
                const val = this.evalPipeline(dot, dotIface, node.pipe);
                if (node.pipe.decl.length === 0)
                    this.printValue(node, val);
                return Flow.Normal;
            }
            case 'break':
                return Flow.Break;
            case 'continue':
                return Flow.Continue;
            case 'comment':
                return Flow.Normal;
            case 'if':
            case 'with':
                return this.walkIfOrWith(dot, dotIface, node);
            case 'list': {
                const nodes = node.nodes;
                for (let i = 0; i < nodes.length; i++) {
                    const n = nodes[i];
                    if (n.type === 'text') {
                        if (this.sources !== null)
                            this.sources.text(this.out.length, n);
                        this.out += n.text;
                        continue;
                    }
                    const f = this.walk(dot, dotIface, n);
                    if (f !== Flow.Normal)
                        return f;
                }
                return Flow.Normal;
            }
            case 'range':
                return this.walkRange(dot, dotIface, node);
            case 'template':
                this.walkTemplate(dot, dotIface, node);
                return Flow.Normal;
            case 'text':
                if (this.sources !== null)
                    this.sources.text(this.out.length, node);
                this.out += node.text;
                return Flow.Normal;
        }
        this.errorf(`unknown node: ${nodeString(node)}`);
    }
    walkIfOrWith(dot, dotIface, node) {
        const mark = this.mark();
        try {
            const val = this.evalPipeline(dot, dotIface, node.pipe);
            if (val instanceof goValues/* GoObject */.MV && typeof val === 'function')
                this.errorf(`if/with can't use ${(0,goFormat/* formatValue */.Fl)(val)}`);
            if ((0,goValues/* isTrue */.Hn)(val)) {
                return node.type === 'with' ? this.walk(val, false, node.list) : this.walk(dot, dotIface, node.list);
            }
            else if (node.elseList !== null) {
                return this.walk(dot, dotIface, node.elseList);
            }
            return Flow.Normal;
        }
        finally {
            this.pop(mark);
        }
    }
    walkRange(dot, dotIface, r) {
        this.at(r);
        const outerMark = this.mark();
        try {
            const piped = this.evalPipeline(dot, dotIface, r.pipe);
            // A named map or slice ranges as its underlying collection; its elements are not interface{}.
            const named = piped instanceof goValues/* GoObject */.MV ? piped.underlying() : undefined;
            const val = named === undefined ? piped : named.value;
            const mark = this.mark();
            const decl = r.pipe.decl;
            const one = (index, elem, elemIface) => {
                if (decl.length > 0) {
                    if (r.pipe.isAssign) {
                        if (decl.length > 1)
                            this.setVar(decl[0].ident[0], index, false);
                        else
                            this.setVar(decl[0].ident[0], elem, elemIface);
                    }
                    else
                        this.setTopVar(1, elem, elemIface);
                }
                if (decl.length > 1) {
                    if (r.pipe.isAssign)
                        this.setVar(decl[1].ident[0], elem, elemIface);
                    else
                        this.setTopVar(2, index, false);
                }
                const f = this.walk(elem, elemIface, r.list);
                this.pop(mark);
                return f;
            };
            if (typeof val === 'bigint' || val instanceof goValues/* GoInt */.ov) {
                if (decl.length > 1)
                    this.errorf(`can't use ${(0,goFormat/* formatValue */.Fl)(val)} to iterate over more than one variable`);
                const n = typeof val === 'bigint' ? val : val.value;
                if (n > 0n) {
                    for (let i = 0n; i < n; i++) {
                        const elem = typeof val === 'bigint' ? i : new goValues/* GoInt */.ov(val.kind, i);
                        if (one(undefined, elem, false) === Flow.Break)
                            break;
                    }
                    return Flow.Normal;
                }
            }
            else if (Array.isArray(val)) {
                if (val.length > 0) {
                    const iface = named === undefined && val[goValues/* SLICE_TYPE */.gS] === undefined;
                    for (let i = 0; i < val.length; i++) {
                        if (one(BigInt(i), val[i], iface) === Flow.Break)
                            break;
                    }
                    return Flow.Normal;
                }
            }
            else if (val instanceof Uint8Array) {
                if (val.length > 0) {
                    for (let i = 0; i < val.length; i++) {
                        if (one(BigInt(i), new goValues/* GoInt */.ov('uint8', BigInt(val[i])), false) === Flow.Break)
                            break;
                    }
                    return Flow.Normal;
                }
            }
            else if ((0,goValues/* isGoMap */.Rb)(val)) {
                const keys = (0,goValues/* sortedKeys */.Mf)(val);
                if (keys.length > 0) {
                    for (const k of keys) {
                        if (one(k, val[k], named === undefined) === Flow.Break)
                            break;
                    }
                    return Flow.Normal;
                }
            }
            else if (val !== undefined && val !== null) {
                this.errorf(`range can't iterate over ${(0,goFormat/* formatValue */.Fl)(val)}`);
            }
            if (r.elseList !== null)
                return this.walk(dot, dotIface, r.elseList);
            return Flow.Normal;
        }
        finally {
            this.pop(outerMark);
        }
    }
    walkTemplate(dot, dotIface, t) {
        this.at(t);
        const tree = this.set.lookup(t.name);
        if (tree === undefined)
            this.errorf(`template ${(0,goQuote/* goQuote */.dg)(t.name)} not defined`);
        if (this.depth === MAX_EXEC_DEPTH)
            this.errorf(`exceeded maximum template depth (${MAX_EXEC_DEPTH})`);
        const newDot = this.evalPipeline(dot, dotIface, t.pipe);
        const saved = { vars: this.vars, tmplName: this.tmplName, node: this.node };
        const savedSite = this.sources?.site ?? -1;
        if (this.sources !== null && this.depth === 0)
            this.sources.site = t.pos;
        this.depth++;
        this.tmplName = t.name;
        this.vars = [{ name: '$', value: newDot, iface: false }];
        try {
            this.walk(newDot, false, tree.root);
        }
        finally {
            this.depth--;
            if (this.sources !== null)
                this.sources.site = savedSite;
            this.vars = saved.vars;
            this.tmplName = saved.tmplName;
            this.node = saved.node;
        }
    }
    /** Result iface-ness of the last evaluation (side channel, avoids allocating pairs). */
    lastIface = false;
    evalPipeline(dot, dotIface, pipe) {
        if (pipe === null)
            return undefined;
        this.at(pipe);
        let value = MISSING;
        const cmds = pipe.cmds;
        for (let i = 0; i < cmds.length; i++) {
            value = this.evalCommand(dot, dotIface, cmds[i], value);
            // A nil interface{} result becomes "no value", as Go's value.Elem() does.
            if (value === null)
                value = undefined;
        }
        this.lastIface = false;
        const decl = pipe.decl;
        for (let i = 0; i < decl.length; i++) {
            const name = decl[i].ident[0];
            if (pipe.isAssign)
                this.setVar(name, value, false);
            else
                this.vars.push({ name, value, iface: false });
        }
        return value;
    }
    notAFunction(args, final) {
        if (args.length > 1 || final !== MISSING)
            this.errorf(`can't give argument to non-function ${nodeString(args[0])}`);
    }
    evalCommand(dot, dotIface, cmd, final) {
        const first = cmd.args[0];
        switch (first.type) {
            case 'field':
                return this.evalFieldNode(dot, dotIface, first, cmd.args, final);
            case 'chain':
                return this.evalChainNode(dot, dotIface, first, cmd.args, final);
            case 'identifier':
                return this.evalFunction(dot, dotIface, first, cmd, cmd.args, final);
            case 'pipe':
                this.notAFunction(cmd.args, final);
                return this.evalPipeline(dot, dotIface, first);
            case 'variable':
                return this.evalVariableNode(dot, dotIface, first, cmd.args, final);
        }
        this.at(first);
        this.notAFunction(cmd.args, final);
        switch (first.type) {
            case 'bool':
                return first.value;
            case 'dot':
                this.lastIface = dotIface;
                return dot;
            case 'nil':
                this.errorf('nil is not a command');
            // falls through (errorf throws)
            case 'number':
                return this.idealConstant(first);
            case 'string':
                return first.text;
        }
    }
    idealConstant(c) {
        this.at(c);
        if (c.isFloat && !isHexInt(c.text) && c.text[0] !== "'" && /[.eEpP]/.test(c.text))
            return c.float64;
        if (c.isInt)
            return c.int64;
        if (c.isUint)
            this.errorf(`${c.text} overflows int`);
        return undefined;
    }
    evalFieldNode(dot, dotIface, field, args, final) {
        this.at(field);
        return this.evalFieldChain(dot, dotIface, dot, dotIface, field, field.ident, args, final);
    }
    evalChainNode(dot, dotIface, chain, args, final) {
        this.at(chain);
        if (chain.node.type === 'nil')
            this.errorf(`indirection through explicit nil in ${nodeString(chain)}`);
        const pipe = this.evalArg(dot, dotIface, null, chain.node);
        return this.evalFieldChain(dot, dotIface, pipe, this.lastIface, chain, chain.field, args, final);
    }
    evalVariableNode(dot, dotIface, variable, args, final) {
        this.at(variable);
        const entry = this.varEntry(variable.ident[0]);
        if (variable.ident.length === 1) {
            if (args !== null)
                this.notAFunction(args, final);
            this.lastIface = entry.iface;
            return entry.value;
        }
        return this.evalFieldChain(dot, dotIface, entry.value, entry.iface, variable, variable.ident, args, final, 1);
    }
    evalFieldChain(dot, dotIface, receiver, receiverIface, node, ident, args, final, from = 0) {
        // `from` skips a variable's name ($x.a.b) without copying the identifier list on every evaluation.
        const n = ident.length;
        for (let i = from; i < n - 1; i++) {
            receiver = this.evalField(dot, dotIface, ident[i], node, null, MISSING, receiver, receiverIface);
            receiverIface = this.lastIface;
        }
        return this.evalField(dot, dotIface, ident[n - 1], node, args, final, receiver, receiverIface);
    }
    evalField(dot, dotIface, fieldName, node, args, final, receiver, receiverIface) {
        if (receiver === undefined) {
            if (this.options.missingKey === 'error')
                this.errorf(`nil data; no entry for key ${(0,goQuote/* goQuote */.dg)(fieldName)}`);
            this.lastIface = false;
            return undefined;
        }
        const typ = receiverIface ? 'interface {}' : (0,goValues/* goTypeName */.O4)(receiver);
        if (receiver === null)
            this.errorf(`nil pointer evaluating ${typ}.${fieldName}`);
        if (receiver instanceof goValues/* GoObject */.MV) {
            const member = receiver[fieldName];
            const first = fieldName.charCodeAt(0);
            const exported = first >= 0x41 && first <= 0x5a;
            if (typeof member === 'function' && exported) {
                const sig = receiver.methodSignature(fieldName) ?? { params: [] };
                const fn = {
                    params: sig.params,
                    ...(sig.variadic ? { variadic: sig.variadic } : {}),
                    call: (_ctx, a) => member.apply(receiver, a),
                };
                return this.evalCall(dot, dotIface, fn, false, node, fieldName, args, final);
            }
            const named = receiver.underlying();
            if (named !== undefined && !Array.isArray(named.value))
                return this.mapEntry(named.value, fieldName, args, final, false, named.zero);
            if (exported && Object.hasOwn(receiver, fieldName)) {
                if ((args !== null && args.length > 1) || final !== MISSING)
                    this.errorf(`${fieldName} has arguments but cannot be invoked as function`);
                this.lastIface = false;
                return member;
            }
            this.errorf(`can't evaluate field ${fieldName} in type ${typ}`);
        }
        if ((0,goValues/* isGoMap */.Rb)(receiver))
            return this.mapEntry(receiver, fieldName, args, final, true, null);
        this.errorf(`can't evaluate field ${fieldName} in type ${typ}`);
    }
    /** `.key` on a map: the entry, or (missingkey=zero) the element type's zero value. */
    mapEntry(m, fieldName, args, final, iface, zero) {
        if ((args !== null && args.length > 1) || final !== MISSING)
            this.errorf(`${fieldName} is not a method but has arguments`);
        this.lastIface = iface;
        if (Object.hasOwn(m, fieldName)) {
            const v = m[fieldName];
            return v === undefined ? null : v;
        }
        if (this.options.missingKey === 'error')
            this.errorf(`map has no entry for key ${(0,goQuote/* goQuote */.dg)(fieldName)}`);
        return zero;
    }
    evalFunction(dot, dotIface, node, cmd, args, final) {
        this.at(node);
        const name = node.ident;
        const fn = this.set.funcs.get(name);
        if (fn === undefined)
            this.errorf(`${(0,goQuote/* goQuote */.dg)(name)} is not a defined function`);
        return this.evalCall(dot, dotIface, fn, true, cmd, name, args, final);
    }
    evalCall(dot, dotIface, fn, isFunc, node, name, argNodes, final) {
        // argNodes[0] is the function or field itself; its arguments follow (read in place, not copied).
        const nArgs = argNodes === null ? 0 : argNodes.length - 1;
        const params = fn.params;
        let numIn = nArgs;
        if (final !== MISSING)
            numIn++;
        let numFixed = nArgs;
        if (fn.variadic !== undefined) {
            numFixed = params.length;
            if (numIn < numFixed)
                this.errorf(`wrong number of args for ${name}: want at least ${params.length} got ${nArgs}`);
        }
        else if (numIn !== params.length) {
            this.errorf(`wrong number of args for ${name}: want ${params.length} got ${numIn}`);
        }
        if (isFunc && (name === 'and' || name === 'or') && fn.shortCircuit) {
            let v = undefined;
            for (let k = 1; k <= nArgs; k++) {
                v = this.evalArg(dot, dotIface, 'value', argNodes[k]);
                if (v === null)
                    v = undefined;
                if ((0,goValues/* isTrue */.Hn)(v) === (name === 'or'))
                    return v;
            }
            if (final !== MISSING)
                v = this.validateType(final, 'value');
            return v;
        }
        const argv = new Array(numIn);
        let i = 0;
        for (; i < numFixed && i < nArgs; i++)
            argv[i] = this.evalArg(dot, dotIface, params[i], argNodes[i + 1]);
        if (fn.variadic !== undefined) {
            for (; i < nArgs; i++)
                argv[i] = this.evalArg(dot, dotIface, fn.variadic, argNodes[i + 1]);
        }
        if (final !== MISSING) {
            let t = params[params.length - 1];
            if (fn.variadic !== undefined)
                t = numIn - 1 < numFixed ? params[numIn - 1] : fn.variadic;
            argv[i] = this.validateType(final, t);
        }
        let result;
        try {
            result = fn.call(this.ctx, argv);
        }
        catch (e) {
            if (e instanceof goErrors/* GoError */.nY) {
                this.at(node);
                this.errorf(`error calling ${name}: ${e.message}`, e);
            }
            if (e instanceof RangeError && /call stack/.test(e.message)) {
                this.at(node);
                this.errorf(`error calling ${name}: runtime: goroutine stack exceeds limit`, new goErrors/* GoError */.nY('stack overflow'));
            }
            throw e;
        }
        this.lastIface = false;
        return result;
    }
    validateType(value, typ) {
        if (value === undefined) {
            if (typ === null)
                return undefined;
            if (typ === 'value')
                return undefined;
            if (canBeNil(typ))
                return null;
            this.errorf(`invalid value; expected ${goTypeOfParam(typ)}`);
        }
        if (typ === null || typ === 'value' || typ === 'any')
            return value;
        if (value === null) {
            if (typ === 'slice' || typ === 'map' || typ === 'strings' || typ === 'bytes')
                this.errorf(`wrong type for value; expected ${goTypeOfParam(typ)}; got interface {}`);
            this.errorf(`wrong type for value; expected ${goTypeOfParam(typ)}; got interface {}`);
        }
        if (!paramAccepts(typ, value))
            this.errorf(`wrong type for value; expected ${goTypeOfParam(typ)}; got ${(0,goValues/* goTypeName */.O4)(value)}`);
        return value;
    }
    evalArg(dot, dotIface, typ, n) {
        this.at(n);
        switch (n.type) {
            case 'dot':
                this.lastIface = dotIface;
                return this.validateType(dot, typ);
            case 'nil':
                if (typ === null || canBeNil(typ))
                    return typ === 'value' ? undefined : null;
                this.errorf(`cannot assign nil to ${goTypeOfParam(typ)}`);
            // falls through
            case 'field':
                return this.validateType(this.evalFieldNode(dot, dotIface, n, [n], MISSING), typ);
            case 'variable':
                return this.validateType(this.evalVariableNode(dot, dotIface, n, null, MISSING), typ);
            case 'pipe': {
                const v = this.validateType(this.evalPipeline(dot, dotIface, n), typ);
                this.lastIface = false;
                return v;
            }
            case 'identifier':
                return this.validateType(this.evalFunction(dot, dotIface, n, n, null, MISSING), typ);
            case 'chain':
                return this.validateType(this.evalChainNode(dot, dotIface, n, null, MISSING), typ);
        }
        this.lastIface = false;
        switch (typ) {
            case 'bool':
                if (n.type === 'bool')
                    return n.value;
                this.errorf(`expected bool; found ${nodeString(n)}`);
            // falls through
            case 'float64':
                if (n.type === 'number' && n.isFloat)
                    return n.float64;
                this.errorf(`expected float; found ${nodeString(n)}`);
            // falls through
            case 'int':
                if (n.type === 'number' && n.isInt)
                    return n.int64;
                this.errorf(`expected integer; found ${nodeString(n)}`);
            // falls through
            case 'int64':
                if (n.type === 'number' && n.isInt)
                    return new goValues/* GoInt */.ov('int64', n.int64);
                this.errorf(`expected integer; found ${nodeString(n)}`);
            // falls through
            case 'uint32':
                if (n.type === 'number' && n.isUint)
                    return new goValues/* GoInt */.ov('uint32', BigInt.asUintN(32, n.uint64));
                this.errorf(`expected unsigned integer; found ${nodeString(n)}`);
            // falls through
            case null:
            case 'any':
            case 'value':
                return this.evalEmptyInterface(n);
            case 'string':
                if (n.type === 'string')
                    return n.text;
                this.errorf(`expected string; found ${nodeString(n)}`);
        }
        this.errorf(`can't handle ${nodeString(n)} for arg of type ${goTypeOfParam(typ)}`);
    }
    evalEmptyInterface(n) {
        this.at(n);
        switch (n.type) {
            case 'bool':
                return n.value;
            case 'number':
                return this.idealConstant(n);
            case 'string':
                return n.text;
        }
        this.errorf(`can't handle assignment of ${nodeString(n)} to empty interface argument`);
    }
    printValue(n, v) {
        this.at(n);
        if (this.sources !== null)
            this.noteAction(n, v);
        if (v === undefined || v === null) {
            this.out += '<no value>';
            return;
        }
        if (typeof v === 'string') {
            this.out += v;
            return;
        }
        if (typeof v === 'function')
            this.errorf(`can't print ${nodeString(n)} of type func`);
        if (v instanceof goValues/* GoObject */.MV) {
            // text/template's printableValue takes the address of an addressable value whose pointer is a Stringer.
            const text = v.goString();
            if (text !== undefined) {
                this.out += text;
                return;
            }
        }
        this.out += (0,goFormat/* formatValue */.Fl)(v);
    }
    /** Records the action about to print; `include` outputs called since the last print may be part of its value. */
    noteAction(n, v) {
        const pending = this.ctx.session.includedOutputs;
        const included = pending !== undefined && pending.length > this.includedBase ? pending.splice(this.includedBase) : [];
        this.sources.action(this.out.length, n, typeof v === 'string' ? v : undefined, included);
    }
}

;// CONCATENATED MODULE: ./src/core/chart/template/outputSources.ts
/**
 * An `include` result waiting for the action that prints it. Its line sources are resolved only if a line
 * of the printed value starts inside it: an include of a name in the middle of a line costs no resolving.
 */
class IncludedOutput {
    text;
    recorder;
    tree;
    resolved;
    constructor(text, recorder, tree) {
        this.text = text;
        this.recorder = recorder;
        this.tree = tree;
    }
    get sources() {
        this.resolved ??= lineSourceList(this.recorder.resolve(this.text, this.tree));
        return this.resolved;
    }
}
var ChunkKind;
(function (ChunkKind) {
    /** A text node: output character k is template character pos + k. */
    ChunkKind[ChunkKind["Text"] = 0] = "Text";
    /** An action's printed value: every line is the action's line, unless an included output matched it. */
    ChunkKind[ChunkKind["Action"] = 1] = "Action";
})(ChunkKind || (ChunkKind = {}));
/** Line starts of each tree's text (the trees of one file share the text; indexing it per tree is cheap enough). */
const lineStartsCache = new WeakMap();
function lineStartsOf(tree) {
    let starts = lineStartsCache.get(tree);
    if (starts === undefined) {
        const list = [0];
        const text = tree.text;
        for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
            list.push(i + 1);
        starts = Uint32Array.from(list);
        lineStartsCache.set(tree, starts);
    }
    return starts;
}
/** 1-based line of character `pos` of `tree`'s text. */
function lineOf(tree, pos) {
    const starts = lineStartsOf(tree);
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= pos)
            lo = mid;
        else
            hi = mid - 1;
    }
    return lo + 1;
}
/** Sources of the lines of `printed` that are lines of the included outputs (in call order, indentation allowed). */
function matchIncluded(printed, included) {
    const lines = printed.split('\n');
    const wanted = [];
    for (const inc of included) {
        const incLines = inc.text.split('\n');
        const sources = inc.sources;
        for (let k = 0; k < incLines.length; k++)
            wanted.push({ text: incLines[k], source: sources[k] });
    }
    const out = new Array(lines.length);
    let j = 0;
    for (let i = 0; i < lines.length && j < wanted.length; i++) {
        const line = lines[i];
        const want = wanted[j].text;
        // indent/nindent prefix spaces; trim/nindent may drop or add whole lines, which then stay the action's.
        if (line.endsWith(want) && /^[ \t]*$/.test(line.slice(0, line.length - want.length)))
            out[i] = wanted[j++].source;
        else if (want.trim() !== '' && line.trim() === want.trim())
            out[i] = wanted[j++].source;
    }
    return out;
}
/** Records, for one template execution, which node wrote each output chunk. */
class OutputSourceRecorder {
    offsets = [];
    kinds = [];
    nodes = [];
    /** Position in the executed template of the `template` call a chunk was written under (-1: the chunk's own). */
    sites = [];
    /** Chunks printing values that may hold `include` outputs, matched against them when resolving. */
    printed = new Map();
    /** Position of the outermost `template` call being executed, -1 outside one. */
    site = -1;
    text(offset, node) {
        this.offsets.push(offset);
        this.kinds.push(ChunkKind.Text);
        this.nodes.push(node);
        this.sites.push(this.site);
    }
    /** An action prints `value` at `offset`; lines of pending `include` outputs found in it keep their sources. */
    action(offset, node, value, included) {
        if (value !== undefined && included.length > 0 && value.length > 0)
            this.printed.set(this.offsets.length, { value, included });
        this.offsets.push(offset);
        this.kinds.push(ChunkKind.Action);
        this.nodes.push(node);
        this.sites.push(this.site);
    }
    /**
     * The source of every line of `out` (the output this recorder watched; replacing `<no value>` afterwards
     * keeps lines in place). `root` is the executed template's tree.
     */
    resolve(out, root) {
        const files = [];
        const fileIds = new Map();
        const fileId = (name) => {
            let id = fileIds.get(name);
            if (id === undefined) {
                id = files.length;
                files.push(name);
                fileIds.set(name, id);
            }
            return id;
        };
        const lineStarts = [0];
        for (let i = out.indexOf('\n'); i !== -1; i = out.indexOf('\n', i + 1))
            lineStarts.push(i + 1);
        const n = lineStarts.length;
        const result = { files, fileIndex: new Uint32Array(n), line: new Uint32Array(n), siteLine: new Uint32Array(n) };
        const rootFile = fileId(root.parseName);
        let e = -1;
        let chunk = -1;
        let chunkLine = 0;
        let matched = [];
        for (let l = 0; l < n; l++) {
            const start = lineStarts[l];
            // The chunk this line starts in: the last one recorded at or before its first character.
            while (e + 1 < this.offsets.length && this.offsets[e + 1] <= start)
                e++;
            if (e < 0) {
                result.fileIndex[l] = rootFile;
                result.line[l] = result.siteLine[l] = 1;
                continue;
            }
            const node = this.nodes[e];
            let file = node.tree.parseName;
            let line;
            let ownLine;
            if (this.kinds[e] === ChunkKind.Text)
                line = ownLine = lineOf(node.tree, node.pos + (start - this.offsets[e]));
            else {
                line = ownLine = lineOf(node.tree, node.pos);
                const printed = this.printed.get(e);
                if (printed !== undefined) {
                    // The index of this line within the printed value: counted once per chunk, then one per line.
                    if (chunk !== e) {
                        chunk = e;
                        chunkLine = 0;
                        for (let i = out.indexOf('\n', this.offsets[e]); i !== -1 && i < start; i = out.indexOf('\n', i + 1))
                            chunkLine++;
                        matched = matchIncluded(printed.value, printed.included);
                    }
                    else
                        chunkLine++;
                    const source = matched[chunkLine];
                    if (source !== undefined) {
                        file = source.file;
                        line = source.line;
                    }
                }
            }
            const site = this.sites[e];
            result.fileIndex[l] = fileId(file);
            result.line[l] = line;
            // Outside a `template` call the node is the executed template's own, and so is its line.
            result.siteLine[l] = site === -1 ? ownLine : lineOf(root, site);
        }
        return result;
    }
}
/** The sources of output lines as a list (what an `include` result carries to the action printing it). */
function lineSourceList(sources) {
    const list = new Array(sources.line.length);
    for (let i = 0; i < list.length; i++)
        list[i] = { file: sources.files[sources.fileIndex[i]], line: sources.line[i] };
    return list;
}

;// CONCATENATED MODULE: ./src/core/chart/template/templateSet.ts






class TemplateSet {
    funcs;
    rootName;
    parent;
    trees = new Map();
    /** Every function name the parsed templates call (what a render must prepare before executing). */
    usedFunctions = new Set();
    /**
     * @param funcs every function templates may call (builtins included), checked at parse time
     * @param rootName the name of the set's root template, used in "no template … associated with" errors
     * @param parent a set this one extends (tpl: a clone that sees the parent's defines)
     */
    constructor(funcs, rootName = 'gotpl', parent) {
        this.funcs = funcs;
        this.rootName = rootName;
        this.parent = parent;
    }
    lookup(name) {
        return this.trees.get(name) ?? this.parent?.lookup(name);
    }
    /** Parses one file and adds its trees; a later non-empty definition replaces an earlier one. Throws TemplateParseError. */
    addFile(name, text) {
        const trees = parseFile(name, text, (fn) => {
            if (!this.funcs.has(fn))
                return false;
            this.usedFunctions.add(fn);
            return true;
        });
        for (const [treeName, tree] of trees) {
            // Go's associate: an empty definition never replaces an existing one.
            if (isEmptyTree(tree.root) && this.lookup(treeName) !== undefined)
                continue;
            this.trees.set(treeName, tree);
        }
        return trees.get(name);
    }
    /** A child set that sees this set's templates and can add its own (Go's Clone for tpl). */
    extend() {
        return new TemplateSet(this.funcs, this.rootName, this);
    }
}
/** Parses files in order into one set (later files' definitions win, as with Go's repeated Parse). */
function parseTemplates(files, funcs) {
    const set = new TemplateSet(funcs);
    for (const f of files)
        set.addFile(f.name, f.text);
    return set;
}
function newRenderSession(options) {
    return { options, includedNames: new Map() };
}
function callContext(set, session) {
    return {
        set,
        options: session.options,
        includedNames: session.includedNames,
        session,
    };
}
/**
 * Executes template `name` of `set` with `data` as dot and returns the output. Throws
 * TemplateExecError (Go's text) for execution errors, GoError for a missing template.
 */
function executeTemplate(set, name, data, session) {
    const tree = set.lookup(name);
    if (tree === undefined)
        throw new goErrors/* GoError */.nY(`template: no template ${(0,goQuote/* goQuote */.dg)(name)} associated with template ${(0,goQuote/* goQuote */.dg)(set.rootName)}`);
    const pending = session.includedOutputs;
    if (pending === undefined) {
        const state = new ExecState(set, name, callContext(set, session), session.options, data);
        state.run(tree.root, data);
        return state.out;
    }
    // An include while tracing: its own outputs' sources are resolved, then offered to the action printing it.
    const base = pending.length;
    const recorder = new OutputSourceRecorder();
    const state = new ExecState(set, name, callContext(set, session), session.options, data, recorder, base);
    state.run(tree.root, data);
    pending.length = base;
    pending.push(new IncludedOutput(state.out, recorder, tree));
    return state.out;
}
/** Executes template `name` and tells, for every line of its output, the template line that wrote it. */
function executeTemplateWithSources(set, name, data, session) {
    const tree = set.lookup(name);
    if (tree === undefined)
        throw new goErrors/* GoError */.nY(`template: no template ${(0,goQuote/* goQuote */.dg)(name)} associated with template ${(0,goQuote/* goQuote */.dg)(set.rootName)}`);
    session.includedOutputs = [];
    const recorder = new OutputSourceRecorder();
    const state = new ExecState(set, name, callContext(set, session), session.options, data, recorder, 0);
    state.run(tree.root, data);
    return { out: state.out, sources: recorder.resolve(state.out, tree) };
}
/** Executes an already looked-up tree under `name` (tpl runs the tree it just parsed, whatever the set holds). */
function executeTree(set, name, tree, data, session) {
    // tpl text lives in values, not in a file: its output stays the calling action's, includes inside it too.
    const base = session.includedOutputs?.length;
    const state = new ExecState(set, name, callContext(set, session), session.options, data);
    try {
        state.run(tree.root, data);
    }
    finally {
        if (base !== undefined)
            session.includedOutputs.length = base;
    }
    return state.out;
}
/** Convenience: execute with a fresh session. */
function execute(set, name, data, options) {
    return executeTemplate(set, name, data, newRenderSession(options));
}

;// CONCATENATED MODULE: ./src/core/chart/template/helmEngine.ts



/** A render failure carrying Helm's exact error text. */
class HelmRenderError extends Error {
    template;
    underlying;
    constructor(message, template, underlying) {
        super(message);
        this.template = template;
        this.underlying = underlying;
        this.name = 'HelmRenderError';
    }
}
/** Helm's parse order: by number of path separators, deeper first; ties in reverse lexical order. */
function helmTemplateOrder(names) {
    const depth = (s) => s.split('/').length - 1;
    const less = (a, b) => {
        const ca = depth(a);
        const cb = depth(b);
        return ca === cb ? a < b : ca < cb;
    };
    return [...names].sort((a, b) => (less(b, a) ? -1 : less(a, b) ? 1 : 0));
}
function cleanupParseError(filename, err) {
    const tokens = err.message.split(': ');
    if (tokens.length === 1)
        return `parse error in (${filename}): ${err.message}`;
    return `parse error at (${tokens[1]}): ${tokens[tokens.length - 1]}`;
}
function parseExecErrorString(s) {
    const prefix = 'template: ';
    if (!s.startsWith(prefix))
        return undefined;
    const remainder = s.slice(prefix.length);
    if (remainder.startsWith('no template '))
        return { location: '', message: s, executedFunction: '' };
    const cut = remainder.indexOf(': executing ');
    if (cut !== -1) {
        const templateName = remainder.slice(0, cut);
        const after = remainder.slice(cut + ': executing '.length);
        if (after !== '' && after[0] === '"') {
            const endQuote = after.indexOf('"', 1);
            if (endQuote !== -1) {
                const functionName = after.slice(1, endQuote);
                const afterFunc = after.slice(endQuote + 1);
                if (afterFunc.startsWith(' at <')) {
                    const afterAt = afterFunc.slice(5);
                    const sep = afterAt.indexOf('>: ');
                    if (sep !== -1) {
                        const locationName = afterAt.slice(0, sep);
                        let errMsg = afterAt.slice(sep + 3);
                        const t = errMsg.indexOf(' template:');
                        if (t !== -1)
                            errMsg = errMsg.slice(0, t);
                        return { location: templateName, message: errMsg, executedFunction: `executing "${functionName}" at <${locationName}>:` };
                    }
                }
            }
            return undefined;
        }
    }
    const sep = remainder.lastIndexOf(': ');
    if (sep !== -1) {
        let errMsg = remainder.slice(sep + 2);
        const t = errMsg.indexOf(' template:');
        if (t !== -1)
            errMsg = errMsg.slice(0, t);
        return { location: remainder.slice(0, sep), message: errMsg, executedFunction: '' };
    }
    return undefined;
}
function traceableString(t) {
    let s = '';
    if (t.location !== '')
        s += `${t.location}\n  `;
    if (t.executedFunction !== '')
        s += `${t.executedFunction}\n    `;
    if (t.message !== '')
        s += `${t.message}\n`;
    return s;
}
const WARN = /HELM_ERR_START([\s\S]*)HELM_ERR_END/;
/** Helm's reformatExecErrorMsg. */
function formatHelmExecError(filename, err) {
    if (!(err instanceof goErrors/* TemplateExecError */.cz))
        return err.message;
    const msg = err.message;
    const i1 = msg.indexOf(': ');
    const i2 = i1 === -1 ? -1 : msg.indexOf(': ', i1 + 2);
    if (i1 === -1 || i2 === -1)
        return `execution error in (${filename}): ${msg}`;
    const location = msg.slice(i1 + 2, i2);
    const warn = WARN.exec(msg.slice(i2 + 2));
    if (warn)
        return `execution error at (${location}): ${warn[1]}`;
    const locations = [];
    for (const m of (0,goErrors/* errorChain */.eB)(err)) {
        const tr = parseExecErrorString(m);
        if (tr === undefined)
            return msg;
        const last = locations[locations.length - 1];
        if (!last || last.location !== tr.location || last.message !== tr.message || last.executedFunction !== tr.executedFunction)
            locations.push(tr);
    }
    return locations.map(traceableString).join('').trim();
}
/** Parses every template in Helm's order (deeper paths first); a parse error carries Helm's text. */
function parseHelmTemplates(templates, funcs) {
    const byName = new Map(templates.map((t) => [t.name, t.text]));
    const order = helmTemplateOrder([...byName.keys()]);
    const set = new TemplateSet(funcs);
    for (const name of order) {
        try {
            set.addFile(name, byName.get(name));
        }
        catch (e) {
            if (e instanceof TemplateParseError)
                throw new HelmRenderError(cleanupParseError(name, e), name, e);
            throw e;
        }
    }
    return { set, order };
}
/**
 * Executes every parsed template as Helm's engine does. `dataFor` gives the top-level data of a template (Helm
 * sets `.Template` per file on a shared map); partials (`_*`) are parsed but not rendered. With `lineSources`,
 * the template line of every output line of every template is put there too (outputSources.ts).
 */
function executeHelmTemplates({ set, order }, dataFor, options, lineSources) {
    const session = newRenderSession(options);
    const rendered = new Map();
    for (const name of order) {
        const base = name.slice(name.lastIndexOf('/') + 1);
        if (base.startsWith('_'))
            continue;
        let out;
        try {
            if (lineSources === undefined)
                out = executeTemplate(set, name, dataFor(name), session);
            else {
                const traced = executeTemplateWithSources(set, name, dataFor(name), session);
                out = traced.out;
                // Dropping "<no value>" below removes no newline: the lines keep their sources.
                lineSources.set(name, traced.sources);
            }
        }
        catch (e) {
            if (e instanceof goErrors/* GoError */.nY)
                throw new HelmRenderError(formatHelmExecError(name, e), name, e);
            throw e;
        }
        rendered.set(name, out.replaceAll('<no value>', ''));
    }
    return rendered;
}
/**
 * Parses then executes, synchronously: the functions' lazily loaded libraries must already be loaded
 * (functions/functionLibraries.ts); the chart render (render.ts) prepares exactly those its templates call.
 */
function renderHelmTemplates(templates, funcs, dataFor, options) {
    return executeHelmTemplates(parseHelmTemplates(templates, funcs), dataFor, options);
}

// EXTERNAL MODULE: ./src/core/chart/template/goBytes.ts
var goBytes = __webpack_require__(38390);
;// CONCATENATED MODULE: ./src/core/chart/template/builtins.ts




function basicKind(v) {
    switch (typeof v) {
        case 'boolean':
            return 'bool';
        case 'bigint':
            return 'int';
        case 'number':
            return 'float';
        case 'string':
            return 'string';
    }
    if (v instanceof goValues/* GoInt */.ov)
        return (0,goValues/* isUnsigned */.Eo)(v) ? 'uint' : 'int';
    return 'invalid';
}
function typeName(v) {
    return (0,goValues/* goTypeName */.O4)(v);
}
function nilable(v) {
    return v === undefined || v === null || Array.isArray(v) || (0,goValues/* isGoMap */.Rb)(v) || v instanceof Uint8Array || v instanceof goValues/* GoObject */.MV;
}
/** reflect Kind of a non-basic value, as eq tells comparable from non-comparable operands. */
function compositeKind(v) {
    if (v === undefined)
        return 'invalid';
    const c = (0,goValues/* reflectCollection */.sc)(v);
    return Array.isArray(c) ? 'slice' : (0,goValues/* isGoMap */.Rb)(c) ? 'map' : 'struct';
}
function eq(arg1, rest) {
    if (arg1 === null)
        arg1 = undefined;
    if (rest.length === 0)
        throw new goErrors/* GoError */.nY('missing argument for comparison');
    const k1 = basicKind(arg1);
    for (let arg of rest) {
        if (arg === null)
            arg = undefined;
        const k2 = basicKind(arg);
        let truth = false;
        if (k1 !== k2) {
            if (k1 === 'int' && k2 === 'uint')
                truth = (0,goValues/* intValue */.NH)(arg1) >= 0n && (0,goValues/* intValue */.NH)(arg1) === (0,goValues/* intValue */.NH)(arg);
            else if (k1 === 'uint' && k2 === 'int')
                truth = (0,goValues/* intValue */.NH)(arg) >= 0n && (0,goValues/* intValue */.NH)(arg1) === (0,goValues/* intValue */.NH)(arg);
            else if (arg1 !== undefined && arg !== undefined)
                throw new goErrors/* GoError */.nY(`incompatible types for comparison: ${typeName(arg1)} and ${typeName(arg)}`);
        }
        else {
            switch (k1) {
                case 'bool':
                case 'float':
                case 'string':
                    truth = arg1 === arg;
                    break;
                case 'int':
                case 'uint':
                    truth = (0,goValues/* intValue */.NH)(arg1) === (0,goValues/* intValue */.NH)(arg);
                    break;
                default: {
                    // Both are non-basic: comparable only when one is nil or both are the same nil-able kind.
                    const kindA = compositeKind(arg1);
                    const kindB = compositeKind(arg);
                    if (kindA !== kindB && kindA !== 'invalid' && kindB !== 'invalid') {
                        throw new goErrors/* GoError */.nY(`non-comparable types ${(0,goFormat/* sprintf */.nv)('%s', [arg1])}: ${typeName(arg1)}, ${typeName(arg)}: ${(0,goFormat/* sprintf */.nv)('%v', [arg])}`);
                    }
                    if (arg1 === undefined || arg === undefined)
                        truth = arg1 === arg;
                    else if (kindB === 'slice' || kindB === 'map')
                        throw new goErrors/* GoError */.nY(`non-comparable type ${(0,goFormat/* sprintf */.nv)('%s', [arg])}: ${typeName(arg)}`);
                    else
                        truth = arg1 === arg;
                }
            }
        }
        if (truth)
            return true;
    }
    return false;
}
function lt(arg1, arg2) {
    if (arg1 === null)
        arg1 = undefined;
    if (arg2 === null)
        arg2 = undefined;
    const k1 = basicKind(arg1);
    if (k1 === 'invalid')
        throw new goErrors/* GoError */.nY('invalid type for comparison');
    const k2 = basicKind(arg2);
    if (k2 === 'invalid')
        throw new goErrors/* GoError */.nY('invalid type for comparison');
    if (k1 !== k2) {
        if (k1 === 'int' && k2 === 'uint')
            return (0,goValues/* intValue */.NH)(arg1) < 0n || (0,goValues/* intValue */.NH)(arg1) < (0,goValues/* intValue */.NH)(arg2);
        if (k1 === 'uint' && k2 === 'int')
            return (0,goValues/* intValue */.NH)(arg2) >= 0n && (0,goValues/* intValue */.NH)(arg1) < (0,goValues/* intValue */.NH)(arg2);
        throw new goErrors/* GoError */.nY(`incompatible types for comparison: ${typeName(arg1)} and ${typeName(arg2)}`);
    }
    switch (k1) {
        case 'bool':
        case 'complex':
            throw new goErrors/* GoError */.nY('invalid type for comparison');
        case 'float':
            return arg1 < arg2;
        case 'string':
            return Buffer.compare(Buffer.from(arg1), Buffer.from(arg2)) < 0;
        default:
            return (0,goValues/* intValue */.NH)(arg1) < (0,goValues/* intValue */.NH)(arg2);
    }
}
function le(a, b) {
    return lt(a, b) || eq(a, [b]);
}
function indexArg(index, cap) {
    let x;
    if (typeof index === 'bigint' || index instanceof goValues/* GoInt */.ov)
        x = (0,goValues/* intValue */.NH)(index);
    else if (index === undefined || index === null)
        throw new goErrors/* GoError */.nY('cannot index slice/array with nil');
    else
        throw new goErrors/* GoError */.nY(`cannot index slice/array with type ${typeName(index)}`);
    if (x < 0n || x > BigInt(cap))
        throw new goErrors/* GoError */.nY(`index out of range: ${x}`);
    return Number(x);
}
function index(item, indexes) {
    if (item === null)
        item = undefined;
    if (item === undefined)
        throw new goErrors/* GoError */.nY('index of untyped nil');
    for (let idx of indexes) {
        if (idx === null)
            idx = undefined;
        if (item === null || item === undefined)
            throw new goErrors/* GoError */.nY('index of nil pointer');
        const named = item instanceof goValues/* GoObject */.MV ? item.underlying() : undefined;
        if (named !== undefined)
            item = named.value;
        if (Array.isArray(item) || typeof item === 'string' || item instanceof Uint8Array) {
            const bytes = typeof item === 'string' ? (0,goBytes/* goStringBytes */.Dd)(item) : undefined;
            const len = bytes ? bytes.length : item.length;
            const x = indexArg(idx, len);
            if (x === len)
                throw new goErrors/* GoError */.nY(`reflect: ${typeof item === 'string' ? 'string' : 'slice'} index out of range`);
            if (bytes)
                item = new goValues/* GoInt */.ov('uint8', BigInt(bytes[x]));
            else if (item instanceof Uint8Array)
                item = new goValues/* GoInt */.ov('uint8', BigInt(item[x]));
            else {
                const v = item[x];
                item = v === undefined ? null : v;
            }
        }
        else if ((0,goValues/* isGoMap */.Rb)(item)) {
            if (idx === undefined)
                throw new goErrors/* GoError */.nY('value is nil; should be of type string');
            if (typeof idx !== 'string')
                throw new goErrors/* GoError */.nY(`value has type ${typeName(idx)}; should be string`);
            item = Object.hasOwn(item, idx) ? (item[idx] ?? null) : named === undefined ? null : named.zero;
        }
        else {
            throw new goErrors/* GoError */.nY(`can't index item of type ${typeName(item)}`);
        }
    }
    return item;
}
function slice(item, indexes) {
    if (item === null || item === undefined)
        throw new goErrors/* GoError */.nY('slice of untyped nil');
    if (indexes.length > 3)
        throw new goErrors/* GoError */.nY(`too many slice indexes: ${indexes.length}`);
    let len;
    if (typeof item === 'string') {
        if (indexes.length === 3)
            throw new goErrors/* GoError */.nY('cannot 3-index slice a string');
        len = (0,goBytes/* goStringByteLength */.yi)(item);
    }
    else if (Array.isArray(item) || item instanceof Uint8Array)
        len = item.length;
    else
        throw new goErrors/* GoError */.nY(`can't slice item of type ${typeName(item)}`);
    const idx = [0, len, 0];
    for (let i = 0; i < indexes.length; i++)
        idx[i] = indexArg(indexes[i] === null ? undefined : indexes[i], len);
    if (idx[0] > idx[1])
        throw new goErrors/* GoError */.nY(`invalid slice index: ${idx[0]} > ${idx[1]}`);
    if (indexes.length === 3 && idx[1] > idx[2])
        throw new goErrors/* GoError */.nY(`invalid slice index: ${idx[1]} > ${idx[2]}`);
    if (typeof item === 'string')
        return (0,goBytes/* decodeGoBytes */.mG)((0,goBytes/* goStringBytes */.Dd)(item).subarray(idx[0], idx[1]));
    if (item instanceof Uint8Array)
        return item.slice(idx[0], idx[1]);
    const out = item.slice(idx[0], idx[1]);
    const t = item[goValues/* SLICE_TYPE */.gS];
    return t ? (0,goValues/* typedSlice */.tH)(out, t) : out;
}
function builtins_length(item) {
    // A nil interface reached len through a field (a typed nil); an invalid value came out of a pipeline.
    if (item === undefined)
        throw new goErrors/* GoError */.nY('reflect: call of reflect.Value.Type on zero Value');
    if (item === null)
        throw new goErrors/* GoError */.nY('len of nil pointer');
    item = (0,goValues/* reflectCollection */.sc)(item);
    if (typeof item === 'string')
        return BigInt((0,goBytes/* goStringByteLength */.yi)(item));
    if (Array.isArray(item) || item instanceof Uint8Array)
        return BigInt(item.length);
    if ((0,goValues/* isGoMap */.Rb)(item))
        return BigInt((0,goValues/* mapSize */.i8)(item));
    throw new goErrors/* GoError */.nY(`len of type ${typeName(item)}`);
}
function evalArgs(args) {
    if (args.length === 1 && typeof args[0] === 'string')
        return args[0];
    return (0,goFormat/* sprint */.vV)(args.map((a) => (a === undefined ? null : a)));
}
function htmlEscape(s) {
    if (!/['"&<>\0]/.test(s))
        return s;
    return s.replace(/['"&<>\0]/g, (c) => c === '"' ? '&#34;' : c === "'" ? '&#39;' : c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '\uFFFD');
}
const JS_PRINTABLE = /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u;
function jsEscape(s) {
    let out = '';
    for (const ch of s) {
        const c = ch.codePointAt(0);
        switch (ch) {
            case '\\':
                out += '\\\\';
                continue;
            case "'":
                out += "\\'";
                continue;
            case '"':
                out += '\\"';
                continue;
            case '<':
                out += '\\u003C';
                continue;
            case '>':
                out += '\\u003E';
                continue;
            case '&':
                out += '\\u0026';
                continue;
            case '=':
                out += '\\u003D';
                continue;
        }
        if (c < 0x20)
            out += '\\u00' + c.toString(16).toUpperCase().padStart(2, '0');
        else if (c < 0x80)
            out += ch;
        else if (JS_PRINTABLE.test(ch))
            out += ch;
        else
            out += '\\u' + c.toString(16).toUpperCase().padStart(4, '0');
    }
    return out;
}
/** url.QueryEscape. */
function queryEscape(s) {
    let out = '';
    for (const b of (0,goBytes/* goStringBytes */.Dd)(s)) {
        const c = String.fromCharCode(b);
        if (/[A-Za-z0-9\-_.~]/.test(c))
            out += c;
        else if (c === ' ')
            out += '+';
        else
            out += '%' + b.toString(16).toUpperCase().padStart(2, '0');
    }
    return out;
}
/** The builtins, keyed by name. and/or are evaluated lazily by the evaluator (shortCircuit). */
function builtinFuncs() {
    const m = new Map();
    m.set('and', { params: ['value'], variadic: 'value', shortCircuit: true, call: () => undefined });
    m.set('or', { params: ['value'], variadic: 'value', shortCircuit: true, call: () => undefined });
    m.set('not', { params: ['value'], call: (_c, a) => !(0,goValues/* isTrue */.Hn)(a[0]) });
    m.set('len', { params: ['value'], call: (_c, a) => builtins_length(a[0]) });
    m.set('index', { params: ['value'], variadic: 'value', call: (_c, a) => index(a[0], a.slice(1)) });
    m.set('slice', { params: ['value'], variadic: 'value', call: (_c, a) => slice(a[0], a.slice(1)) });
    m.set('print', { params: [], variadic: 'any', call: (_c, a) => (0,goFormat/* sprint */.vV)(a) });
    m.set('printf', { params: ['string'], variadic: 'any', call: (_c, a) => (0,goFormat/* sprintf */.nv)(a[0], a.slice(1)) });
    m.set('println', { params: [], variadic: 'any', call: (_c, a) => (0,goFormat/* sprintln */.lJ)(a) });
    m.set('html', { params: [], variadic: 'any', call: (_c, a) => htmlEscape(evalArgs(a)) });
    m.set('js', { params: [], variadic: 'any', call: (_c, a) => jsEscape(evalArgs(a)) });
    m.set('urlquery', { params: [], variadic: 'any', call: (_c, a) => queryEscape(evalArgs(a)) });
    m.set('eq', { params: ['value'], variadic: 'value', call: (_c, a) => eq(a[0], a.slice(1)) });
    m.set('ne', { params: ['value', 'value'], call: (_c, a) => !eq(a[0], [a[1]]) });
    m.set('lt', { params: ['value', 'value'], call: (_c, a) => lt(a[0], a[1]) });
    m.set('le', { params: ['value', 'value'], call: (_c, a) => le(a[0], a[1]) });
    m.set('gt', { params: ['value', 'value'], call: (_c, a) => !le(a[0], a[1]) });
    m.set('ge', { params: ['value', 'value'], call: (_c, a) => !lt(a[0], a[1]) });
    m.set('call', {
        params: ['value'],
        variadic: 'value',
        call: (_c, a) => {
            const fn = a[0];
            if (fn === undefined || fn === null)
                throw new goErrors/* GoError */.nY('call of nil');
            if (typeof fn !== 'function')
                throw new goErrors/* GoError */.nY(`non-function of type ${typeName(fn)}`);
            return fn(...a.slice(1));
        },
    });
    void nilable;
    return m;
}

// EXTERNAL MODULE: ./src/core/chart/functions/define.ts
var functions_define = __webpack_require__(85655);
// EXTERNAL MODULE: ./src/core/chart/functions/goBase64.ts
var goBase64 = __webpack_require__(55577);
;// CONCATENATED MODULE: ./src/core/chart/functions/aesCbc.ts
/**
 * Sprig's encryptAES/decryptAES: AES-256-CBC with the password copied into a zeroed 32-byte key, PKCS#7-style
 * padding, a random IV in front, base64. decryptAES reproduces Go's panics on malformed input as errors.
 */



function keyOf(password) {
    const key = Buffer.alloc(32);
    (0,goBytes/* goStringBytes */.Dd)(password).copy(key, 0, 0, 32);
    return key;
}
function encryptAES(password, plaintext) {
    if (plaintext === '')
        return '';
    const content = (0,goBytes/* goStringBytes */.Dd)(plaintext);
    const padding = 16 - (content.length % 16);
    const padded = Buffer.concat([content, Buffer.alloc(padding, padding)]);
    const { createCipheriv, randomBytes } = process.getBuiltinModule('node:crypto');
    const iv = randomBytes(16);
    const cipher = createCipheriv('aes-256-cbc', keyOf(password), iv).setAutoPadding(false);
    return Buffer.concat([iv, cipher.update(padded), cipher.final()]).toString('base64');
}
function decryptAES(password, crypt64) {
    if (crypt64 === '')
        return '';
    const crypt = (0,goBase64/* decodeBase64OrThrow */.Z)(crypt64);
    if (crypt.length < 16)
        throw new goErrors/* GoError */.nY(`runtime error: slice bounds out of range [:16] with capacity ${crypt.length}`);
    const body = crypt.subarray(16);
    if (body.length % 16 !== 0)
        throw new goErrors/* GoError */.nY('crypto/cipher: input not full blocks');
    const { createDecipheriv } = process.getBuiltinModule('node:crypto');
    const decipher = createDecipheriv('aes-256-cbc', keyOf(password), crypt.subarray(0, 16)).setAutoPadding(false);
    const decrypted = Buffer.concat([decipher.update(body), decipher.final()]);
    if (decrypted.length === 0)
        throw new goErrors/* GoError */.nY('runtime error: index out of range [-1]');
    const end = decrypted.length - decrypted[decrypted.length - 1];
    if (end < 0)
        throw new goErrors/* GoError */.nY(`runtime error: slice bounds out of range [:${end}]`);
    return (0,goBytes/* decodeGoBytes */.mG)(decrypted.subarray(0, end));
}

// EXTERNAL MODULE: ./src/core/chart/functions/functionLibraries.ts
var functionLibraries = __webpack_require__(34029);
;// CONCATENATED MODULE: ./src/core/chart/functions/derivePassword.ts
/**
 * Sprig's derivePassword: the Master Password algorithm (scrypt N=32768 r=8 p=2 over the user name, an
 * HMAC-SHA256 seed over the site and counter, then a character template chosen by the seed).
 */
const SEED = 'com.lyndir.masterpassword';
const TEMPLATES = {
    maximum: ['anoxxxxxxxxxxxxxxxxx', 'axxxxxxxxxxxxxxxxxno'],
    long: [
        'CvcvnoCvcvCvcv', 'CvcvCvcvnoCvcv', 'CvcvCvcvCvcvno', 'CvccnoCvcvCvcv', 'CvccCvcvnoCvcv', 'CvccCvcvCvcvno', 'CvcvnoCvccCvcv',
        'CvcvCvccnoCvcv', 'CvcvCvccCvcvno', 'CvcvnoCvcvCvcc', 'CvcvCvcvnoCvcc', 'CvcvCvcvCvccno', 'CvccnoCvccCvcv', 'CvccCvccnoCvcv',
        'CvccCvccCvcvno', 'CvcvnoCvccCvcc', 'CvcvCvccnoCvcc', 'CvcvCvccCvccno', 'CvccnoCvcvCvcc', 'CvccCvcvnoCvcc', 'CvccCvcvCvccno',
    ],
    medium: ['CvcnoCvc', 'CvcCvcno'],
    short: ['Cvcn'],
    basic: ['aaanaaan', 'aannaaan', 'aaannaaa'],
    pin: ['nnnn'],
};
const CHARACTERS = {
    V: 'AEIOU',
    C: 'BCDFGHJKLMNPQRSTVWXYZ',
    v: 'aeiou',
    c: 'bcdfghjklmnpqrstvwxyz',
    A: 'AEIOUBCDFGHJKLMNPQRSTVWXYZ',
    a: 'AEIOUaeiouBCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz',
    n: '0123456789',
    o: "@&%?,=[]_:-+*$#!'^~;()/.",
    x: 'AEIOUaeiouBCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789!@#$%^&*()',
};
function lengthPrefixed(s) {
    const bytes = Buffer.from(s, 'utf8');
    const len = Buffer.alloc(4);
    len.writeUInt32BE(bytes.length);
    return Buffer.concat([len, bytes]);
}
function derivePassword(counter, passwordType, password, user, site) {
    const templates = TEMPLATES[passwordType];
    if (templates === undefined)
        return `cannot find password template ${passwordType}`;
    const salt = Buffer.concat([Buffer.from(SEED), lengthPrefixed(user)]);
    const { createHmac, scryptSync } = process.getBuiltinModule('node:crypto');
    const key = scryptSync(Buffer.from(password, 'utf8'), salt, 64, { N: 32768, r: 8, p: 2, maxmem: 256 * 1024 * 1024 });
    const counterBytes = Buffer.alloc(4);
    counterBytes.writeUInt32BE(counter >>> 0);
    const seed = createHmac('sha256', key).update(Buffer.concat([Buffer.from(SEED), lengthPrefixed(site), counterBytes])).digest();
    const template = templates[seed[0] % templates.length];
    let out = '';
    for (let i = 0; i < template.length; i++) {
        const chars = CHARACTERS[template[i]];
        out += chars[seed[i + 1] % chars.length];
    }
    return out;
}

;// CONCATENATED MODULE: ./src/core/chart/functions/crypto.ts
/**
 * Sprig's crypto functions: bcrypt/htpasswd (bcryptjs, cost 10 = Go's DefaultCost, "$2a$" as
 * golang.org/x/crypto/bcrypt writes), randBytes, uuidv4, derivePassword, encryptAES/decryptAES, genPrivateKey and
 * the certificate generators. Random output is compared with Go's by shape.
 */







function bcrypt(input) {
    if ((0,goBytes/* goStringByteLength */.yi)(input) > 72)
        return 'failed to encrypt string with bcrypt: bcrypt: password length exceeds 72 bytes';
    // bcryptjs writes $2b$; Go writes $2a$. For passwords up to 72 bytes the two compute the same hash.
    const bcryptjs = (0,functionLibraries/* bcryptLibrary */.yD)();
    return bcryptjs.hashSync(input, bcryptjs.genSaltSync(10)).replace(/^\$2b\$/, '$2a$');
}
const cryptoFunctions = {
    ...(0,functionLibraries/* usingLibrary */.AE)('bcryptjs', {
        bcrypt: (0,functions_define/* def */.y)(['string'], bcrypt),
        htpasswd: (0,functions_define/* def */.y)(['string', 'string'], (user, password) => user.includes(':') ? `invalid username: ${user}` : `${user}:${bcrypt(password)}`),
    }),
    randBytes: (0,functions_define/* def */.y)(['int'], (count) => {
        if (count < 0n)
            throw new goErrors/* GoError */.nY(`runtime error: makeslice: len out of range`);
        return process.getBuiltinModule('node:crypto').randomBytes(Number(count)).toString('base64');
    }),
    // node:crypto is loaded on first use (here and in aesCbc, derivePassword): it costs a few ms of start-up.
    uuidv4: (0,functions_define/* def */.y)([], () => process.getBuiltinModule('node:crypto').randomUUID()),
    derivePassword: (0,functions_define/* def */.y)(['uint32', 'string', 'string', 'string', 'string'], (counter, type, password, user, site) => derivePassword(Number(typeof counter === 'bigint' ? counter : counter.value), type, password, user, site)),
    encryptAES: (0,functions_define/* def */.y)(['string', 'string'], encryptAES),
    decryptAES: (0,functions_define/* def */.y)(['string', 'string'], decryptAES),
    // The key and certificate generators run in node-forge's chunk, loaded only for charts that call them.
    ...(0,functionLibraries/* usingLibrary */.AE)('certificates', {
        genPrivateKey: (0,functions_define/* def */.y)(['string'], (t) => (0,functionLibraries/* certificatesLibrary */.Ku)().certificateFunctions.genPrivateKey(t)),
        buildCustomCert: (0,functions_define/* def */.y)(['string', 'string'], (...a) => (0,functionLibraries/* certificatesLibrary */.Ku)().certificateFunctions.buildCustomCert(...a)),
        genCA: (0,functions_define/* def */.y)(['string', 'int'], (...a) => (0,functionLibraries/* certificatesLibrary */.Ku)().certificateFunctions.genCA(...a)),
        genCAWithKey: (0,functions_define/* def */.y)(['string', 'int', 'string'], (...a) => (0,functionLibraries/* certificatesLibrary */.Ku)().certificateFunctions.genCAWithKey(...a)),
        genSelfSignedCert: (0,functions_define/* def */.y)(['string', 'slice', 'slice', 'int'], (...a) => (0,functionLibraries/* certificatesLibrary */.Ku)().certificateFunctions.genSelfSignedCert(...a)),
        genSelfSignedCertWithKey: (0,functions_define/* def */.y)(['string', 'slice', 'slice', 'int', 'string'], (...a) => (0,functionLibraries/* certificatesLibrary */.Ku)().certificateFunctions.genSelfSignedCertWithKey(...a)),
        genSignedCert: (0,functions_define/* def */.y)(['string', 'slice', 'slice', 'int', 'sprig.certificate'], (...a) => (0,functionLibraries/* certificatesLibrary */.Ku)().certificateFunctions.genSignedCert(...a)),
        genSignedCertWithKey: (0,functions_define/* def */.y)(['string', 'slice', 'slice', 'int', 'sprig.certificate', 'string'], (...a) => (0,functionLibraries/* certificatesLibrary */.Ku)().certificateFunctions.genSignedCertWithKey(...a)),
    }),
};

// EXTERNAL MODULE: ./src/core/chart/template/goFloat.ts
var goFloat = __webpack_require__(65463);
;// CONCATENATED MODULE: ./src/core/chart/functions/goConvert.ts
/** Conversions Sprig relies on (spf13/cast, strval) and Go string/unicode primitives over JS strings. */






function trimZeroDecimal(s) {
    let foundZero = false;
    for (let i = s.length; i > 0; i--) {
        const c = s[i - 1];
        if (c === '.') {
            if (foundZero)
                return s.slice(0, i - 1);
        }
        else if (c === '0')
            foundZero = true;
        else
            return s;
    }
    return s;
}
/** cast.ToInt64E: [value, ok]. */
function castInt64(v) {
    if (v === null || v === undefined)
        return [0n, true];
    switch (typeof v) {
        case 'bigint':
            return [v, true];
        case 'number':
            return [(0,goValues/* floatToInt64 */.V1)(v), true];
        case 'boolean':
            return [v ? 1n : 0n, true];
        case 'string': {
            const n = parseGoInt(trimZeroDecimal(v));
            return n === undefined ? [0n, false] : [n, true];
        }
    }
    if (v instanceof goValues/* GoInt */.ov)
        return [BigInt.asIntN(64, v.value), true];
    return [0n, false];
}
function toInt64(v) {
    return castInt64(v)[0];
}
/** cast.ToFloat64. */
function toFloat64(v) {
    if (v === null || v === undefined)
        return 0;
    switch (typeof v) {
        case 'number':
            return v;
        case 'bigint':
            return Number(v);
        case 'boolean':
            return v ? 1 : 0;
        case 'string': {
            const f = parseGoFloat(v);
            return f === undefined ? 0 : f;
        }
    }
    if (v instanceof goValues/* GoInt */.ov)
        return Number((0,goValues/* intValue */.NH)(v));
    return 0;
}
/** Sprig's strval: strings as is, []byte as text, Stringers via String(), the rest with %v. */
function strval(v) {
    if (typeof v === 'string')
        return v;
    if (v instanceof Uint8Array)
        return (0,goBytes/* decodeGoBytes */.mG)(v);
    if (v instanceof goValues/* GoObject */.MV && !v.pointerStringer()) {
        const s = v.goString();
        if (s !== undefined)
            return s;
    }
    return (0,goFormat/* formatValue */.Fl)(v === undefined ? null : v);
}
/** cast.ToString (used by toString-like helpers): floats in 'f' form. */
function castString(v) {
    if (typeof v === 'number')
        return formatFloat(v, 'f', -1);
    return strval(v);
}
/** Go's s[lo:hi] on a string's UTF-8 bytes, with Go's panic text when out of range. */
function sliceBytes(s, lo, hi) {
    const ascii = /^[\x00-\x7f]*$/.test(s);
    const len = ascii ? s.length : (0,goBytes/* goStringByteLength */.yi)(s);
    if (hi < 0 || hi > len)
        throw new goErrors/* GoError */.nY(`runtime error: slice bounds out of range [:${hi}] with length ${len}`);
    if (lo < 0 || lo > hi)
        throw new goErrors/* GoError */.nY(`runtime error: slice bounds out of range [${lo}:${hi}]`);
    if (ascii)
        return s.slice(lo, hi);
    return (0,goBytes/* decodeGoBytes */.mG)((0,goBytes/* goStringBytes */.Dd)(s).subarray(lo, hi));
}
/** unicode.IsSpace. */
function isSpaceRune(r) {
    if (r <= 0xff)
        return r === 0x20 || (r >= 0x09 && r <= 0x0d) || r === 0x85 || r === 0xa0;
    return /^\p{White_Space}$/u.test(String.fromCodePoint(r));
}
function isUpperRune(r) {
    return /^\p{Lu}$/u.test(String.fromCodePoint(r));
}
function isLowerRune(r) {
    return /^\p{Ll}$/u.test(String.fromCodePoint(r));
}
function isTitleRune(r) {
    return /^\p{Lt}$/u.test(String.fromCodePoint(r));
}
function isLetterRune(r) {
    return /^\p{L}$/u.test(String.fromCodePoint(r));
}
function isDigitRune(r) {
    return /^\p{Nd}$/u.test(String.fromCodePoint(r));
}
function isNumberRune(r) {
    return /^\p{N}$/u.test(String.fromCodePoint(r));
}
function isPunctRune(r) {
    return /^\p{P}$/u.test(String.fromCodePoint(r));
}
/** unicode.ToUpper of one rune: only simple (one-to-one) mappings, as Go. */
function upperRune(r) {
    if (r < 0x80)
        return r >= 0x61 && r <= 0x7a ? r - 32 : r;
    const s = String.fromCodePoint(r).toUpperCase();
    const cp = s.codePointAt(0);
    return s.length === String.fromCodePoint(cp).length ? cp : r;
}
function lowerRune(r) {
    if (r < 0x80)
        return r >= 0x41 && r <= 0x5a ? r + 32 : r;
    if (r === 0x130)
        return 0x69; // İ → i (Go's simple mapping)
    const s = String.fromCodePoint(r).toLowerCase();
    const cp = s.codePointAt(0);
    return s.length === String.fromCodePoint(cp).length ? cp : r;
}
/** unicode.ToTitle: title case equals upper case except for the few digraphs. */
function titleRune(r) {
    const digraphs = { 0x1c4: 0x1c5, 0x1c5: 0x1c5, 0x1c6: 0x1c5, 0x1c7: 0x1c8, 0x1c8: 0x1c8, 0x1c9: 0x1c8, 0x1ca: 0x1cb, 0x1cb: 0x1cb, 0x1cc: 0x1cb, 0x1f1: 0x1f2, 0x1f2: 0x1f2, 0x1f3: 0x1f2 };
    return digraphs[r] ?? upperRune(r);
}
function mapRunes(s, f) {
    if (/^[\x00-\x7f]*$/.test(s)) {
        let out = '';
        for (let i = 0; i < s.length; i++)
            out += String.fromCharCode(f(s.charCodeAt(i)));
        return out;
    }
    let out = '';
    // strings.Map reads runes: a byte of invalid UTF-8 is U+FFFD.
    for (const ch of (0,goBytes/* goRuneText */.Se)(s))
        out += String.fromCodePoint(f(ch.codePointAt(0)));
    return out;
}
/** Go's `rune(str[i])` loops: each UTF-8 byte seen as a Latin-1 rune, written back as UTF-8. */
function bytesAsRunes(s) {
    return [...(0,goBytes/* goStringBytes */.Dd)(s)];
}
/** xstrings' connector: '-', '_' or a space. */
function isConnectorRune(r) {
    return r === 0x2d || r === 0x5f || isSpaceRune(r);
}

// EXTERNAL MODULE: ./src/core/chart/functions/goDuration.ts
var goDuration = __webpack_require__(83682);
// EXTERNAL MODULE: ./src/core/chart/functions/goTime.ts
var goTime = __webpack_require__(9095);
// EXTERNAL MODULE: ./src/core/chart/functions/goTimeLayout.ts
var goTimeLayout = __webpack_require__(18745);
// EXTERNAL MODULE: ./src/core/chart/functions/goTimeZone.ts
var goTimeZone = __webpack_require__(30801);
;// CONCATENATED MODULE: ./src/core/chart/functions/dates.ts
/**
 * Sprig's date functions (now, date, dateInZone, dateModify, toDate, ago, duration, durationRound…) and
 * Helm's duration helpers (mustToDuration, durationSeconds…, durationRoundTo, durationTruncateTo).
 */











/** The time Sprig's date helpers take from interface{}: Time, int64/int/int32 Unix seconds, anything else now. */
function dateArg(v, acceptInt32) {
    if (v instanceof goTime/* GoTime */.yT)
        return v;
    if (typeof v === 'bigint')
        return (0,goTime/* timeUnix */.YO)(v);
    if (v instanceof goValues/* GoInt */.ov && (v.kind === 'int64' || (acceptInt32 && v.kind === 'int32')))
        return (0,goTime/* timeUnix */.YO)(v.value);
    return (0,goTime/* timeNow */.wf)();
}
function dateInZone(layout, date, zone) {
    const loc = (0,goTimeZone/* loadLocation */.SN)(zone) ?? goTimeZone/* UTC */.xW;
    return (0,goTimeLayout/* formatTime */.fU)((0,goTime/* timeIn */.Hi)(dateArg(date, true), loc), layout);
}
function dateModify(modifier, date) {
    const d = (0,goDuration/* parseDurationE */.VF)(modifier);
    return typeof d === 'string' ? date : (0,goTime/* addDuration */.Gw)(date, d);
}
function mustDateModify(modifier, date) {
    const d = (0,goDuration/* parseDurationE */.VF)(modifier);
    if (typeof d === 'string')
        throw new goErrors/* GoError */.nY(d);
    return (0,goTime/* addDuration */.Gw)(date, d);
}
function toDate(layout, value) {
    try {
        return (0,goTimeLayout/* parseTime */.pe)(layout, value, (0,goTimeZone/* localLocation */.rc)());
    }
    catch (e) {
        if (e instanceof goTimeLayout/* TimeParseError */.bW)
            return goTime/* ZERO_TIME */.x8;
        throw e;
    }
}
function since(t) {
    return (0,goTime/* subTimes */.fp)((0,goTime/* timeNow */.wf)(), t);
}
/** strconv.ParseInt(s, 10, 64) as Sprig's `duration` uses it: the clamped value on overflow, 0 on bad syntax. */
function parseInt10(s) {
    if (!/^[+-]?[0-9]+$/.test(s))
        return 0n;
    const n = BigInt(s);
    const max = (1n << 63n) - 1n;
    return n > max ? max : n < -max - 1n ? -max - 1n : n;
}
const YEAR = 365n * 24n * 3600000000000n;
const MONTH = 30n * 24n * 3600000000000n;
const DAY_NS = 24n * 3600000000000n;
const HOUR = 3600000000000n;
const MINUTE = 60000000000n;
const SECOND = 1000000000n;
function durationRound(v) {
    let d = 0n;
    if (typeof v === 'string') {
        const p = (0,goDuration/* parseDurationE */.VF)(v);
        d = typeof p === 'string' ? 0n : p;
    }
    else if (v instanceof goValues/* GoInt */.ov && v.kind === 'int64')
        d = v.value;
    else if (v instanceof goTime/* GoTime */.yT)
        d = since(v);
    const u = BigInt.asUintN(64, d < 0n ? -d : d);
    if (u > YEAR)
        return `${u / YEAR}y`;
    if (u > MONTH)
        return `${u / MONTH}mo`;
    if (u > DAY_NS)
        return `${u / DAY_NS}d`;
    if (u > HOUR)
        return `${u / HOUR}h`;
    if (u > MINUTE)
        return `${u / MINUTE}m`;
    if (u > SECOND)
        return `${u / SECOND}s`;
    return '0s';
}
// ---- Helm's asDuration ----
const MAX_SECONDS = ((1n << 63n) - 1n) / SECOND;
const MIN_SECONDS = -(1n << 63n) / SECOND;
const MAX_SECONDS_FLOAT = 9223372036854775807 / 1e9;
const MIN_SECONDS_FLOAT = -9223372036854775808 / 1e9;
function fromSecondsFloat(seconds) {
    if (Number.isNaN(seconds) || !Number.isFinite(seconds))
        throw new goErrors/* GoError */.nY(`invalid duration seconds: ${(0,goFormat/* formatValue */.Fl)(seconds)}`);
    if (seconds > MAX_SECONDS_FLOAT || seconds < MIN_SECONDS_FLOAT)
        throw new goErrors/* GoError */.nY(`duration seconds overflow: ${(0,goFormat/* formatValue */.Fl)(seconds)}`);
    const nanos = seconds * 1e9;
    if (nanos > 9223372036854775807 || nanos < -9223372036854775808)
        throw new goErrors/* GoError */.nY(`duration nanoseconds overflow: ${(0,goFormat/* formatValue */.Fl)(nanos)}`);
    // float64 → int64 conversion: 2^63 itself wraps to MinInt64 on amd64.
    if (nanos >= 9223372036854775808)
        return -(1n << 63n);
    return BigInt(Math.trunc(nanos));
}
function trimSpace(s) {
    const cps = [...s];
    let a = 0;
    let b = cps.length;
    while (a < b && isSpaceRune(cps[a].codePointAt(0)))
        a++;
    while (b > a && isSpaceRune(cps[b - 1].codePointAt(0)))
        b--;
    return cps.slice(a, b).join('');
}
function asDuration(v) {
    if (v instanceof goDuration/* GoDuration */.zo)
        return v.ns;
    if (typeof v === 'string') {
        const s = trimSpace(v);
        if (s === '')
            throw new goErrors/* GoError */.nY('empty duration');
        const d = (0,goDuration/* parseDurationE */.VF)(s);
        if (typeof d !== 'string')
            return d;
        const f = parseGoFloat(s);
        if (f !== undefined)
            return fromSecondsFloat(f);
        throw new goErrors/* GoError */.nY(`could not parse duration ${(0,goQuote/* goQuote */.dg)(v)}`);
    }
    if (v === null || v === undefined)
        throw new goErrors/* GoError */.nY('invalid duration');
    if (typeof v === 'bigint' || (v instanceof goValues/* GoInt */.ov && !v.kind.startsWith('uint'))) {
        const n = typeof v === 'bigint' ? v : v.value;
        if (n > MAX_SECONDS || n < MIN_SECONDS)
            throw new goErrors/* GoError */.nY(`duration seconds overflow: ${n}`);
        return n * SECOND;
    }
    if (v instanceof goValues/* GoInt */.ov) {
        if (v.value > MAX_SECONDS)
            throw new goErrors/* GoError */.nY(`duration seconds overflow: ${v.value}`);
        return v.value * SECOND;
    }
    if (typeof v === 'number')
        return fromSecondsFloat(v);
    throw new goErrors/* GoError */.nY(`unsupported duration type ${(0,goValues/* goTypeName */.O4)(v)}`);
}
function durationOr(v, f, zero) {
    try {
        return f(asDuration(v));
    }
    catch (e) {
        if (e instanceof goErrors/* GoError */.nY)
            return zero;
        throw e;
    }
}
const seconds = (d) => new goDuration/* GoDuration */.zo(d).Seconds();
const dateFunctions = {
    now: (0,functions_define/* def */.y)([], goTime/* timeNow */.wf),
    date: (0,functions_define/* def */.y)(['string', 'any'], (layout, date) => dateInZone(layout, date, 'Local')),
    dateInZone: (0,functions_define/* def */.y)(['string', 'any', 'string'], dateInZone),
    date_in_zone: (0,functions_define/* def */.y)(['string', 'any', 'string'], dateInZone),
    htmlDate: (0,functions_define/* def */.y)(['any'], (date) => dateInZone('2006-01-02', date, 'Local')),
    htmlDateInZone: (0,functions_define/* def */.y)(['any', 'string'], (date, zone) => dateInZone('2006-01-02', date, zone)),
    dateModify: (0,functions_define/* def */.y)(['string', 'time.Time'], dateModify),
    date_modify: (0,functions_define/* def */.y)(['string', 'time.Time'], dateModify),
    mustDateModify: (0,functions_define/* def */.y)(['string', 'time.Time'], mustDateModify),
    must_date_modify: (0,functions_define/* def */.y)(['string', 'time.Time'], mustDateModify),
    toDate: (0,functions_define/* def */.y)(['string', 'string'], toDate),
    mustToDate: (0,functions_define/* def */.y)(['string', 'string'], (layout, value) => {
        try {
            return (0,goTimeLayout/* parseTime */.pe)(layout, value, (0,goTimeZone/* localLocation */.rc)());
        }
        catch (e) {
            if (e instanceof goTimeLayout/* TimeParseError */.bW)
                throw new goErrors/* GoError */.nY(e.message);
            throw e;
        }
    }),
    unixEpoch: (0,functions_define/* def */.y)(['time.Time'], (t) => String(t.sec)),
    ago: (0,functions_define/* def */.y)(['any'], (date) => {
        const t = date instanceof goTime/* GoTime */.yT ? date : typeof date === 'bigint' || (date instanceof goValues/* GoInt */.ov && date.kind === 'int64') ? (0,goTime/* timeUnix */.YO)(typeof date === 'bigint' ? date : date.value) : (0,goTime/* timeNow */.wf)();
        return (0,goDuration/* formatDuration */.a3)((0,goDuration/* roundDuration */.xj)(since(t), SECOND));
    }),
    duration: (0,functions_define/* def */.y)(['any'], (sec) => {
        let n = 0n;
        if (typeof sec === 'string')
            n = parseInt10(sec);
        else if (sec instanceof goValues/* GoInt */.ov && sec.kind === 'int64')
            n = sec.value;
        return (0,goDuration/* formatDuration */.a3)(BigInt.asIntN(64, n * SECOND));
    }),
    durationRound: (0,functions_define/* def */.y)(['any'], durationRound),
    mustToDuration: (0,functions_define/* def */.y)(['any'], (v) => new goDuration/* GoDuration */.zo(asDuration(v))),
    durationSeconds: (0,functions_define/* def */.y)(['any'], (v) => durationOr(v, seconds, 0)),
    durationMilliseconds: (0,functions_define/* def */.y)(['any'], (v) => (0,goValues/* int64 */.Gk)(durationOr(v, (d) => d / 1000000n, 0n))),
    durationMicroseconds: (0,functions_define/* def */.y)(['any'], (v) => (0,goValues/* int64 */.Gk)(durationOr(v, (d) => d / 1000n, 0n))),
    durationNanoseconds: (0,functions_define/* def */.y)(['any'], (v) => (0,goValues/* int64 */.Gk)(durationOr(v, (d) => d, 0n))),
    durationMinutes: (0,functions_define/* def */.y)(['any'], (v) => durationOr(v, (d) => new goDuration/* GoDuration */.zo(d).Minutes(), 0)),
    durationHours: (0,functions_define/* def */.y)(['any'], (v) => durationOr(v, (d) => new goDuration/* GoDuration */.zo(d).Hours(), 0)),
    durationDays: (0,functions_define/* def */.y)(['any'], (v) => durationOr(v, (d) => new goDuration/* GoDuration */.zo(d).Hours() / 24, 0)),
    durationWeeks: (0,functions_define/* def */.y)(['any'], (v) => durationOr(v, (d) => new goDuration/* GoDuration */.zo(d).Hours() / 24 / 7, 0)),
    durationRoundTo: (0,functions_define/* def */.y)(['any', 'any'], (v, m) => new goDuration/* GoDuration */.zo(durationOr(v, (d) => durationOr(m, (mul) => (0,goDuration/* roundDuration */.xj)(d, mul), d), 0n))),
    durationTruncateTo: (0,functions_define/* def */.y)(['any', 'any'], (v, m) => new goDuration/* GoDuration */.zo(durationOr(v, (d) => durationOr(m, (mul) => (0,goDuration/* truncateDuration */.ht)(d, mul), d), 0n))),
};

;// CONCATENATED MODULE: ./src/core/chart/functions/goEquality.ts
/** reflect.DeepEqual and Sprig's `empty` over the Go value representation. */

/** Sprig's empty(): nil, zero numbers, false, empty strings/collections; structs are never empty. */
function isEmpty(v) {
    if (v === null || v === undefined)
        return true;
    switch (typeof v) {
        case 'string':
            return v.length === 0;
        case 'boolean':
            return !v;
        case 'number':
            return v === 0;
        case 'bigint':
            return v === 0n;
    }
    if (v instanceof goValues/* GoInt */.ov)
        return v.value === 0n;
    v = (0,goValues/* reflectCollection */.sc)(v);
    if (Array.isArray(v) || v instanceof Uint8Array)
        return v.length === 0;
    if ((0,goValues/* isGoMap */.Rb)(v)) {
        for (const _ in v)
            return false;
        return true;
    }
    if (v instanceof goValues/* GoObject */.MV)
        return v.goType() === 'time.Duration' ? v.nanos === 0n : false;
    return false;
}
function deepEqual(a, b) {
    if (a === undefined)
        a = null;
    if (b === undefined)
        b = null;
    if (a === null || b === null)
        return a === b;
    if ((0,goValues/* goTypeName */.O4)(a) !== (0,goValues/* goTypeName */.O4)(b))
        return false;
    if (typeof a === 'bigint' || typeof a !== 'object')
        return a === b || (Number.isNaN(a) && false);
    if (a instanceof goValues/* GoInt */.ov)
        return a.value === b.value;
    // Same Go type, so both or neither are named collections.
    a = (0,goValues/* reflectCollection */.sc)(a);
    b = (0,goValues/* reflectCollection */.sc)(b);
    if (Array.isArray(a)) {
        const bb = b;
        if (a[goValues/* SLICE_TYPE */.gS] !== bb[goValues/* SLICE_TYPE */.gS] || a.length !== bb.length)
            return false;
        return a.every((x, i) => deepEqual(x, bb[i]));
    }
    if (a instanceof Uint8Array)
        return Buffer.from(a).equals(Buffer.from(b));
    if ((0,goValues/* isGoMap */.Rb)(a)) {
        const bm = b;
        const ka = Object.keys(a);
        if (ka.length !== Object.keys(bm).length)
            return false;
        return ka.every((k) => Object.hasOwn(bm, k) && deepEqual(a[k], bm[k]));
    }
    if (a instanceof goValues/* GoObject */.MV) {
        const ea = Object.entries(a);
        return ea.every(([k, v]) => deepEqual(v, b[k]));
    }
    return a === b;
}
/** Go's deep copy (copystructure): maps and slices copied, scalars shared. */
function deepCopy(v) {
    if (Array.isArray(v)) {
        const out = v.map(deepCopy);
        const t = v[goValues/* SLICE_TYPE */.gS];
        if (t)
            Object.defineProperty(out, goValues/* SLICE_TYPE */.gS, { value: t, enumerable: false });
        return out;
    }
    if (v instanceof Uint8Array)
        return v.slice();
    if ((0,goValues/* isGoMap */.Rb)(v)) {
        const out = {};
        for (const k of Object.keys(v))
            out[k] = deepCopy(v[k]);
        return out;
    }
    return v;
}

;// CONCATENATED MODULE: ./src/core/chart/functions/defaults.ts
/** Sprig's defaults and flow helpers (Go truthiness via `empty`) and its reflection helpers. */




const nil = (v) => (v === undefined ? null : v);
const defaultFunctions = {
    default: (0,functions_define/* defVariadic */.R)(['any'], 'any', (d, given) => (given.length === 0 || isEmpty(given[0]) ? nil(d) : given[0])),
    empty: (0,functions_define/* def */.y)(['any'], (v) => isEmpty(v)),
    coalesce: (0,functions_define/* defVariadic */.R)([], 'any', (vs) => vs.find((v) => !isEmpty(v)) ?? null),
    all: (0,functions_define/* defVariadic */.R)([], 'any', (vs) => vs.every((v) => !isEmpty(v))),
    any: (0,functions_define/* defVariadic */.R)([], 'any', (vs) => vs.some((v) => !isEmpty(v))),
    ternary: (0,functions_define/* def */.y)(['any', 'any', 'bool'], (t, f, v) => nil(v ? t : f)),
    typeOf: (0,functions_define/* def */.y)(['any'], (v) => (0,goFormat/* sprintf */.nv)('%T', [nil(v)])),
    typeIs: (0,functions_define/* def */.y)(['string', 'any'], (t, v) => t === (0,goFormat/* sprintf */.nv)('%T', [nil(v)])),
    typeIsLike: (0,functions_define/* def */.y)(['string', 'any'], (t, v) => {
        const s = (0,goFormat/* sprintf */.nv)('%T', [nil(v)]);
        return t === s || '*' + t === s;
    }),
    kindOf: (0,functions_define/* def */.y)(['any'], (v) => (0,goValues/* goKindName */.iX)(nil(v))),
    kindIs: (0,functions_define/* def */.y)(['string', 'any'], (t, v) => t === (0,goValues/* goKindName */.iX)(nil(v))),
    deepEqual: (0,functions_define/* def */.y)(['any', 'any'], (a, b) => deepEqual(a, b)),
};
void goValues/* goTypeName */.O4;

;// CONCATENATED MODULE: ./src/core/chart/functions/dicts.ts
/** Sprig's dict functions: set/unset mutate and return the same map, as Go's do; merge follows mergo. */





function orEmpty(m) {
    return m ?? {};
}
/**
 * mergo.Merge / MergeWithOverwrite (dario.cat/mergo v1.0.1 deepMerge) for map[string]interface{}, key by key:
 * - a nil source value is written only with overwrite (then it replaces anything, a map included), and a key
 *   missing from dst is not added without it;
 * - a source map merges into a destination map in place; otherwise, like any other value (scalars and slices,
 *   empty ones included), it is written with overwrite, or when dst lacks the key or holds an empty value
 *   (nil, "", 0, false, an empty map or slice).
 */
function mergeInto(dst, src, overwrite) {
    for (const k of Object.keys(src)) {
        const sv = src[k];
        if (sv === null || sv === undefined) {
            if (overwrite)
                dst[k] = null;
            continue;
        }
        const has = Object.hasOwn(dst, k);
        const dv = has ? dst[k] : undefined;
        if ((0,goValues/* isGoMap */.Rb)(sv) && (0,goValues/* isGoMap */.Rb)(dv)) {
            mergeInto(dv, sv, overwrite);
            if (!isEmpty(dv))
                continue;
        }
        if (overwrite || !has || isEmpty(dv))
            dst[k] = sv;
    }
}
/** Sprig's merge/mergeOverwrite: a nil dst becomes a new map as soon as a source map is merged into it. */
function merge(overwrite) {
    return (dst, srcs) => {
        let d = dst;
        for (const s of srcs) {
            if (s === null)
                continue;
            d ??= {};
            mergeInto(d, s, overwrite);
        }
        return d;
    };
}
function assertString(v) {
    if (typeof v !== 'string')
        throw new goErrors/* GoError */.nY(`interface conversion: interface {} is ${v === null || v === undefined ? 'nil' : (0,goValues/* goTypeName */.O4)(v)}, not string`);
    return v;
}
function assertMap(v) {
    if (!(0,goValues/* isGoMap */.Rb)(v))
        throw new goErrors/* GoError */.nY(`interface conversion: interface {} is ${v === null || v === undefined ? 'nil' : (0,goValues/* goTypeName */.O4)(v)}, not map[string]interface {}`);
    return v;
}
function dig(ps) {
    if (ps.length < 3)
        throw new goErrors/* GoError */.nY('dig needs at least three arguments');
    let dict = assertMap(ps[ps.length - 1]);
    const dflt = ps[ps.length - 2];
    const ks = ps.slice(0, -2).map(assertString);
    for (let i = 0;; i++) {
        const k = ks[i];
        if (!Object.hasOwn(dict, k))
            return dflt;
        const step = dict[k];
        if (i === ks.length - 1)
            return step;
        dict = assertMap(step);
    }
}
const dictFunctions = {
    dict: (0,functions_define/* defVariadic */.R)([], 'any', (v) => {
        const d = {};
        for (let i = 0; i < v.length; i += 2) {
            const key = strval(v[i] === undefined ? null : v[i]);
            d[key] = i + 1 >= v.length ? '' : v[i + 1];
        }
        return d;
    }),
    get: (0,functions_define/* def */.y)(['map', 'string'], (d, k) => (d && Object.hasOwn(d, k) ? d[k] : '')),
    set: (0,functions_define/* def */.y)(['map', 'string', 'any'], (d, k, v) => {
        if (d === null)
            throw new goErrors/* GoError */.nY('assignment to entry in nil map');
        d[k] = v;
        return d;
    }),
    unset: (0,functions_define/* def */.y)(['map', 'string'], (d, k) => {
        if (d)
            delete d[k];
        return d;
    }),
    hasKey: (0,functions_define/* def */.y)(['map', 'string'], (d, k) => d !== null && Object.hasOwn(d, k)),
    pluck: (0,functions_define/* defVariadic */.R)(['string'], 'map', (k, ds) => ds.filter((d) => d && Object.hasOwn(d, k)).map((d) => d[k])),
    // Go map iteration order is random; slipway returns keys in sorted order (one of Go's possible orders).
    keys: (0,functions_define/* defVariadic */.R)([], 'map', (ds) => (0,goValues/* typedSlice */.tH)(ds.flatMap((d) => Object.keys(orEmpty(d)).sort()), '[]string')),
    values: (0,functions_define/* def */.y)(['map'], (d) => Object.keys(orEmpty(d)).sort().map((k) => d[k])),
    pick: (0,functions_define/* defVariadic */.R)(['map'], 'string', (d, ks) => {
        const res = {};
        for (const k of ks)
            if (d && Object.hasOwn(d, k))
                res[k] = d[k];
        return res;
    }),
    omit: (0,functions_define/* defVariadic */.R)(['map'], 'string', (d, ks) => {
        const res = {};
        for (const k of Object.keys(orEmpty(d)))
            if (!ks.includes(k))
                res[k] = d[k];
        return res;
    }),
    merge: (0,functions_define/* defVariadic */.R)(['map'], 'map', merge(false)),
    mustMerge: (0,functions_define/* defVariadic */.R)(['map'], 'map', merge(false)),
    mergeOverwrite: (0,functions_define/* defVariadic */.R)(['map'], 'map', merge(true)),
    mustMergeOverwrite: (0,functions_define/* defVariadic */.R)(['map'], 'map', merge(true)),
    deepCopy: (0,functions_define/* def */.y)(['any'], (v) => deepCopy(v === undefined ? null : v)),
    mustDeepCopy: (0,functions_define/* def */.y)(['any'], (v) => deepCopy(v === undefined ? null : v)),
    dig: { params: [], variadic: 'any', call: (_c, args) => dig(args) },
};

// EXTERNAL MODULE: ./node_modules/@noble/hashes/legacy.js
var legacy = __webpack_require__(77301);
// EXTERNAL MODULE: ./node_modules/@noble/hashes/sha2.js
var sha2 = __webpack_require__(35514);
// EXTERNAL MODULE: ./node_modules/@noble/hashes/utils.js
var utils = __webpack_require__(42565);
// EXTERNAL MODULE: ./src/core/chart/functions/goJson.ts
var goJson = __webpack_require__(20372);
;// CONCATENATED MODULE: ./src/core/chart/functions/encoding.ts
/** Sprig's encodings and digests, and the JSON functions of Sprig and Helm (Helm's error-swallowing forms). */







const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
/** Go's base64.StdEncoding / base32.StdEncoding DecodeString: strict padding, newlines ignored, error byte offsets. */
function decodeStrict(s, alphabet, bitsPerChar) {
    const bytes = (0,goBytes/* goStringBytes */.Dd)(s);
    const quantum = bitsPerChar === 6 ? 4 : 8;
    const out = [];
    let bits = 0;
    let acc = 0;
    let seen = []; // input offsets of the current quantum's characters
    let padStart = -1;
    let i = 0;
    const corrupt = (at) => {
        throw new goErrors/* GoError */.nY(`illegal ${bitsPerChar === 6 ? 'base64' : 'base32'} data at input byte ${at}`);
    };
    for (; i < bytes.length; i++) {
        const c = bytes[i];
        if (c === 0x0a || c === 0x0d)
            continue;
        if (c === 0x3d) {
            if (seen.length < 2 && bitsPerChar === 6)
                corrupt(i);
            padStart = i;
            break;
        }
        const v = alphabet.indexOf(String.fromCharCode(c));
        if (v < 0)
            corrupt(i);
        seen.push(i);
        acc = (acc << bitsPerChar) | v;
        bits += bitsPerChar;
        if (bits >= 8) {
            bits -= 8;
            out.push((acc >> bits) & 0xff);
        }
        if (seen.length === quantum) {
            seen = [];
            bits = 0;
            acc = 0;
        }
    }
    if (padStart >= 0) {
        // the rest of the quantum must be '=' (newlines allowed), then nothing but newlines
        let need = quantum - seen.length;
        let j = padStart;
        while (need > 0) {
            if (j >= bytes.length)
                corrupt(bytes.length);
            const c = bytes[j];
            if (c === 0x0a || c === 0x0d) {
                j++;
                continue;
            }
            if (c !== 0x3d)
                corrupt(padStart);
            need--;
            j++;
        }
        for (; j < bytes.length; j++)
            if (bytes[j] !== 0x0a && bytes[j] !== 0x0d)
                corrupt(j);
        if (bitsPerChar === 5 && ![2, 4, 5, 7].includes(seen.length))
            corrupt(padStart);
    }
    else if (seen.length > 0) {
        corrupt(bytes.length - (bytes.length - (seen[0] ?? bytes.length)) + 0 === seen[0] ? seen[0] : seen[0]);
    }
    return Buffer.from(out);
}
function b64dec(s) {
    try {
        return (0,goBytes/* decodeGoBytes */.mG)(decodeStrict(s, B64, 6));
    }
    catch (e) {
        return e.message;
    }
}
function b32enc(s) {
    const b = (0,goBytes/* goStringBytes */.Dd)(s);
    let out = '';
    let bits = 0;
    let acc = 0;
    for (const x of b) {
        acc = (acc << 8) | x;
        bits += 8;
        while (bits >= 5) {
            bits -= 5;
            out += B32[(acc >> bits) & 31];
        }
        acc &= (1 << bits) - 1;
    }
    if (bits > 0)
        out += B32[(acc << (5 - bits)) & 31];
    while (out.length % 8 !== 0)
        out += '=';
    return out;
}
function b32dec(s) {
    try {
        return (0,goBytes/* decodeGoBytes */.mG)(decodeStrict(s, B32, 5));
    }
    catch (e) {
        return e.message;
    }
}
function adler32(s) {
    let a = 1;
    let b = 0;
    for (const x of (0,goBytes/* goStringBytes */.Dd)(s)) {
        a = (a + x) % 65521;
        b = (b + a) % 65521;
    }
    return BigInt((b << 16) | a) & 0xffffffffn;
}
// Pure-JS digests (@noble/hashes) for what charts usually hash (a rendered config for a checksum annotation):
// loading node:crypto costs 5–9 ms on Node 24. From 256 KiB on (noble: about 17 ms a MiB) native is cheaper.
const NATIVE_FROM = 256 * 1024;
const hash = (digest, algorithm) => (s) => {
    const bytes = (0,goBytes/* goStringBytes */.Dd)(s);
    if (bytes.length >= NATIVE_FROM)
        return process.getBuiltinModule('node:crypto').createHash(algorithm).update(bytes).digest('hex');
    return (0,utils/* bytesToHex */.My)(digest(bytes));
};
function swallow(f, fallback) {
    try {
        return f();
    }
    catch (e) {
        if (e instanceof goErrors/* GoError */.nY)
            return fallback;
        throw e;
    }
}
const encodingFunctions = {
    b64enc: (0,functions_define/* def */.y)(['string'], (s) => (0,goBytes/* goStringBytes */.Dd)(s).toString('base64')),
    b64dec: (0,functions_define/* def */.y)(['string'], b64dec),
    b32enc: (0,functions_define/* def */.y)(['string'], b32enc),
    b32dec: (0,functions_define/* def */.y)(['string'], b32dec),
    sha1sum: (0,functions_define/* def */.y)(['string'], hash(legacy/* sha1 */.e8, 'sha1')),
    sha256sum: (0,functions_define/* def */.y)(['string'], hash(sha2/* sha256 */.sc, 'sha256')),
    sha512sum: (0,functions_define/* def */.y)(['string'], hash(sha2/* sha512 */.Zf, 'sha512')),
    adler32sum: (0,functions_define/* def */.y)(['string'], (s) => String(adler32(s))),
    // Helm's toJson swallows errors (""), mustToJson fails the render.
    toJson: (0,functions_define/* def */.y)(['any'], (v) => swallow(() => (0,goJson/* marshalJSON */.lP)(v), '')),
    mustToJson: (0,functions_define/* def */.y)(['any'], (v) => (0,goJson/* marshalJSON */.lP)(v)),
    toPrettyJson: (0,functions_define/* def */.y)(['any'], (v) => swallow(() => (0,goJson/* marshalJSON */.lP)(v, { indent: '  ' }), '')),
    mustToPrettyJson: (0,functions_define/* def */.y)(['any'], (v) => (0,goJson/* marshalJSON */.lP)(v, { indent: '  ' })),
    toRawJson: (0,functions_define/* def */.y)(['any'], (v) => (0,goJson/* marshalJSON */.lP)(v, { escapeHTML: false })),
    mustToRawJson: (0,functions_define/* def */.y)(['any'], (v) => (0,goJson/* marshalJSON */.lP)(v, { escapeHTML: false })),
    // Helm's fromJson: errors go into the map's "Error" key.
    fromJson: (0,functions_define/* def */.y)(['string'], (s) => {
        try {
            return (0,goJson/* unmarshalJSONInto */.cL)(s, 'map');
        }
        catch (e) {
            if (e instanceof goJson/* PartialJSONError */.az)
                return { ...e.partial, Error: e.message };
            if (e instanceof goErrors/* GoError */.nY)
                return { Error: e.message };
            throw e;
        }
    }),
    fromJsonArray: (0,functions_define/* def */.y)(['string'], (s) => {
        try {
            return (0,goJson/* unmarshalJSONInto */.cL)(s, 'slice');
        }
        catch (e) {
            if (e instanceof goErrors/* GoError */.nY)
                return [e.message];
            throw e;
        }
    }),
    mustFromJson: (0,functions_define/* def */.y)(['string'], (s) => (0,goJson/* unmarshalJSON */.OZ)(s)),
};

;// CONCATENATED MODULE: ./src/core/chart/functions/helm.ts




const RECURSION_MAX = 1000;
function warnWrap(msg) {
    return 'HELM_ERR_START' + msg + 'HELM_ERR_END';
}
const helmFunctions = {
    include: {
        params: ['string', 'any'],
        call(ctx, [name, data]) {
            const n = name;
            const count = ctx.includedNames.get(n);
            if (count !== undefined) {
                if (count > RECURSION_MAX) {
                    throw new goErrors/* GoError */.nY(`rendering template has a nested reference name: ${n}: unable to execute template`);
                }
                ctx.includedNames.set(n, count + 1);
            }
            else
                ctx.includedNames.set(n, 1);
            try {
                return executeTemplate(ctx.set, n, data, ctx.session);
            }
            finally {
                ctx.includedNames.set(n, ctx.includedNames.get(n) - 1);
            }
        },
    },
    tpl: {
        params: ['string', 'any'],
        call(ctx, [text, vals]) {
            const tpl = text;
            // Helm clones the set (so defines inside tpl stay local) and names the text after the root template.
            const child = ctx.set.extend();
            let tree;
            try {
                tree = child.addFile(ctx.set.rootName, tpl);
            }
            catch (e) {
                if (e instanceof TemplateParseError)
                    throw new goErrors/* GoError */.nY(`cannot parse template ${(0,goQuote/* goQuote */.dg)(tpl)}: ${e.message}`, e);
                throw e;
            }
            let out;
            try {
                out = executeTree(child, ctx.set.rootName, tree, vals, ctx.session);
            }
            catch (e) {
                if (e instanceof goErrors/* GoError */.nY)
                    throw new goErrors/* GoError */.nY(`error during tpl function execution for ${(0,goQuote/* goQuote */.dg)(tpl)}: ${e.message}`, e);
                throw e;
            }
            return out.replaceAll('<no value>', '');
        },
    },
    required: {
        params: ['string', 'any'],
        call(_ctx, [warn, val]) {
            if (val === null || val === undefined || val === '')
                throw new goErrors/* GoError */.nY(warnWrap(warn));
            return val;
        },
    },
    fail: {
        params: ['string'],
        call(_ctx, [msg]) {
            throw new goErrors/* GoError */.nY(warnWrap(msg));
        },
    },
    lookup: {
        params: ['string', 'string', 'string', 'string'],
        call(ctx, [apiVersion, kind, namespace, name]) {
            const reader = ctx.options.lookup;
            if (reader === undefined)
                return {};
            return reader(apiVersion, kind, namespace, name);
        },
    },
    getHostByName: {
        params: ['string'],
        call(ctx, [name]) {
            return ctx.options.resolveHost ? ctx.options.resolveHost(name) : '';
        },
    },
};

;// CONCATENATED MODULE: ./src/core/chart/functions/strings.ts
/** Sprig's string functions, with Go's byte-oriented semantics where Go has them. */







function n(v) {
    return Number(v);
}
function latin1Runes(bytes) {
    return String.fromCodePoint(...bytes);
}
/** strings.Title: upper-cases letters that start words. */
function title(s) {
    let prev = 0x20;
    let out = '';
    for (const ch of (0,goBytes/* goRuneText */.Se)(s)) {
        const r = ch.codePointAt(0);
        out += isSeparator(prev) ? String.fromCodePoint(titleRune(r)) : ch;
        prev = r;
    }
    return out;
}
function isSeparator(r) {
    if (r <= 0x7f) {
        if ((r >= 0x30 && r <= 0x39) || (r >= 0x61 && r <= 0x7a) || (r >= 0x41 && r <= 0x5a) || r === 0x5f)
            return false;
        return true;
    }
    if (isLetterRune(r) || /^\p{Nd}$/u.test(String.fromCodePoint(r)))
        return false;
    return isSpaceRune(r);
}
function abbreviateFull(str, offset, maxWidth) {
    return (0,goBytes/* decodeGoBytes */.mG)(abbreviateBytes((0,goBytes/* goStringBytes */.Dd)(str), offset, maxWidth));
}
/** goutils.AbbreviateFull on bytes (Go slices strings by byte). */
function abbreviateBytes(b, offset, maxWidth) {
    const len = b.length;
    const dots = Buffer.from('...');
    if (len === 0)
        return b;
    if (len <= maxWidth)
        return b;
    if (offset > len)
        offset = len;
    if (len - offset < maxWidth - 3)
        offset = len - (maxWidth - 3);
    if (offset <= 4)
        return Buffer.concat([b.subarray(0, maxWidth - 3), dots]);
    if (maxWidth < 7)
        return Buffer.alloc(0);
    if (offset + maxWidth - 3 < len)
        return Buffer.concat([dots, abbreviateBytes(b.subarray(offset), 0, maxWidth - 3)]);
    return Buffer.concat([dots, b.subarray(len - (maxWidth - 3))]);
}
/** goutils.WrapCustom (byte offsets, as Go). */
function wrapCustom(str, wrapLength, newLineStr, wrapLongWords) {
    if (str === '')
        return '';
    if (newLineStr === '')
        newLineStr = '\n';
    if (wrapLength < 1)
        wrapLength = 1;
    const b = (0,goBytes/* goStringBytes */.Dd)(str);
    const len = b.length;
    let offset = 0;
    const parts = [];
    const nl = (0,goBytes/* goStringBytes */.Dd)(newLineStr);
    while (len - offset > wrapLength) {
        if (b[offset] === 0x20) {
            offset++;
            continue;
        }
        const end = wrapLength + offset + 1;
        const seg = b.subarray(offset, Math.min(end, len));
        if (end > len)
            throw new goErrors/* GoError */.nY(`runtime error: slice bounds out of range [:${end}] with length ${len}`);
        const spaceToWrapAt = seg.lastIndexOf(0x20) + offset;
        if (spaceToWrapAt >= offset) {
            parts.push(b.subarray(offset, spaceToWrapAt), nl);
            offset = spaceToWrapAt + 1;
        }
        else if (wrapLongWords) {
            parts.push(b.subarray(offset, wrapLength + offset), nl);
            offset += wrapLength;
        }
        else {
            const e = wrapLength + offset;
            const index = b.subarray(e).indexOf(0x20);
            if (index === -1) {
                parts.push(b.subarray(offset));
                offset = len;
            }
            else {
                parts.push(b.subarray(offset, index + e), nl);
                offset = index + e + 1;
            }
        }
    }
    parts.push(b.subarray(offset));
    return (0,goBytes/* decodeGoBytes */.mG)(Buffer.concat(parts));
}
function swapCase(str) {
    let whitespace = true;
    let out = '';
    for (const ch of str) {
        const r = ch.codePointAt(0);
        let o = r;
        if (isUpperRune(r) || isTitleRune(r)) {
            o = lowerRune(r);
            whitespace = false;
        }
        else if (isLowerRune(r)) {
            o = whitespace ? titleRune(r) : upperRune(r);
            whitespace = false;
        }
        else
            whitespace = isSpaceRune(r);
        out += String.fromCodePoint(o);
    }
    return out;
}
function uncapitalize(str) {
    let next = true;
    let out = '';
    for (const ch of str) {
        const r = ch.codePointAt(0);
        if (isSpaceRune(r)) {
            next = true;
            out += ch;
        }
        else if (next) {
            out += String.fromCodePoint(lowerRune(r));
            next = false;
        }
        else
            out += ch;
    }
    return out;
}
function initials(str) {
    const out = [];
    let lastWasGap = true;
    for (const b of bytesAsRunes(str)) {
        if (isSpaceRune(b))
            lastWasGap = true;
        else if (lastWasGap) {
            out.push(b);
            lastWasGap = false;
        }
    }
    return latin1Runes(out);
}
function deleteWhiteSpace(str) {
    const bytes = bytesAsRunes(str);
    const kept = bytes.filter((b) => !isSpaceRune(b));
    if (kept.length === bytes.length)
        return str;
    return latin1Runes(kept);
}
// xstrings (huandu/xstrings v1.5.0) case conversions.
const CJK_MIN = 0x3400;
function isAlphabet(r) {
    if (!isLetterRune(r))
        return false;
    if (r < CJK_MIN)
        return true;
    return !/^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]$/u.test(String.fromCodePoint(r));
}
function toCamelCase(str, isBig) {
    if (str.length === 0)
        return '';
    const runes = [...str].map((c) => c.codePointAt(0));
    let out = '';
    let i = 0;
    let isFirstRuneUpper = false;
    let r0 = 0;
    let size = 0;
    while (i < runes.length) {
        r0 = runes[i++];
        size = 1;
        if (!isConnectorRune(r0)) {
            isFirstRuneUpper = isUpperRune(r0);
            r0 = isBig ? upperRune(r0) : lowerRune(r0);
            break;
        }
        out += String.fromCodePoint(r0);
    }
    if (i >= runes.length) {
        if (size !== 0 && !isConnectorRune(r0))
            out += String.fromCodePoint(r0);
        else if (size !== 0 && isConnectorRune(r0)) {
            // the loop above already wrote every connector
        }
        return out;
    }
    while (i < runes.length) {
        const r1 = r0;
        r0 = runes[i++];
        if (isConnectorRune(r0) && isConnectorRune(r1)) {
            out += String.fromCodePoint(r1);
            continue;
        }
        if (isConnectorRune(r1)) {
            isFirstRuneUpper = isUpperRune(r0);
            r0 = upperRune(r0);
        }
        else {
            if (isFirstRuneUpper) {
                if (isUpperRune(r0))
                    r0 = lowerRune(r0);
                else
                    isFirstRuneUpper = false;
            }
            out += String.fromCodePoint(r1);
        }
    }
    if (isFirstRuneUpper && !isBig)
        r0 = lowerRune(r0);
    out += String.fromCodePoint(r0);
    return out;
}
var Word;
(function (Word) {
    Word[Word["Invalid"] = 0] = "Invalid";
    Word[Word["Number"] = 1] = "Number";
    Word[Word["Upper"] = 2] = "Upper";
    Word[Word["Alphabet"] = 3] = "Alphabet";
    Word[Word["Connector"] = 4] = "Connector";
    Word[Word["Punct"] = 5] = "Punct";
    Word[Word["Other"] = 6] = "Other";
})(Word || (Word = {}));
function nextWord(runes, start) {
    // returns [type, wordStart, wordEnd]; remaining starts at wordEnd
    if (start >= runes.length)
        return [Word.Invalid, start, start];
    let i = start;
    const r = runes[i++];
    let end = i;
    if (isConnectorRune(r)) {
        while (i < runes.length && isConnectorRune(runes[i]))
            i++;
        return [Word.Connector, start, i];
    }
    if (isPunctRune(r)) {
        while (i < runes.length && isPunctRune(runes[i]))
            i++;
        return [Word.Punct, start, i];
    }
    if (isUpperRune(r)) {
        if (i >= runes.length)
            return [Word.Upper, start, i];
        const r2 = runes[i];
        if (isUpperRune(r2)) {
            i++;
            end = i;
            while (i < runes.length && isUpperRune(runes[i])) {
                i++;
                end = i;
            }
            if (i < runes.length && isAlphabet(runes[i]))
                end -= 1;
            return [Word.Upper, start, end];
        }
        if (isAlphabet(r2)) {
            i++;
            while (i < runes.length && isAlphabet(runes[i]) && !isUpperRune(runes[i]))
                i++;
            return [Word.Upper, start, i];
        }
        return [Word.Upper, start, i];
    }
    if (isAlphabet(r)) {
        while (i < runes.length && isAlphabet(runes[i]) && !isUpperRune(runes[i]))
            i++;
        return [Word.Alphabet, start, i];
    }
    if (isNumberRune(r)) {
        while (i < runes.length && isNumberRune(runes[i]))
            i++;
        return [Word.Number, start, i];
    }
    while (i < runes.length) {
        const x = runes[i];
        if (isConnectorRune(x) || isAlphabet(x) || isNumberRune(x) || isPunctRune(x))
            break;
        i++;
    }
    return [Word.Other, start, i];
}
function camelCaseToLowerCase(str, connector) {
    if (str.length === 0)
        return '';
    const runes = [...str].map((c) => c.codePointAt(0));
    let out = '';
    const toLower = (wt, s, e) => {
        if (wt !== Word.Upper && wt !== Word.Connector) {
            for (let k = s; k < e; k++)
                out += String.fromCodePoint(runes[k]);
            return;
        }
        for (let k = s; k < e; k++) {
            const r = runes[k];
            if (isConnectorRune(r))
                out += connector;
            else if (isUpperRune(r))
                out += String.fromCodePoint(lowerRune(r));
            else
                out += String.fromCodePoint(r);
        }
    };
    let [wt, ws, we] = nextWord(runes, 0);
    let rem = we;
    while (rem < runes.length) {
        if (wt !== Word.Connector)
            toLower(wt, ws, we);
        const prev = wt;
        const lastS = ws;
        const lastE = we;
        [wt, ws, we] = nextWord(runes, rem);
        rem = we;
        switch (prev) {
            case Word.Number:
                while (wt === Word.Alphabet || wt === Word.Number) {
                    toLower(wt, ws, we);
                    [wt, ws, we] = nextWord(runes, rem);
                    rem = we;
                }
                if (wt !== Word.Invalid && wt !== Word.Punct && wt !== Word.Connector)
                    out += connector;
                break;
            case Word.Connector:
                toLower(prev, lastS, lastE);
                break;
            case Word.Punct:
                break;
            default: {
                if (wt !== Word.Number) {
                    if (wt !== Word.Connector && wt !== Word.Punct)
                        out += connector;
                    break;
                }
                if (rem >= runes.length)
                    break;
                const nS = ws;
                const nE = we;
                [wt, ws, we] = nextWord(runes, rem);
                rem = we;
                if (wt !== Word.Alphabet) {
                    toLower(Word.Number, nS, nE);
                    if (wt !== Word.Connector && wt !== Word.Punct)
                        out += connector;
                    break;
                }
                out += connector;
                toLower(Word.Number, nS, nE);
                while (wt === Word.Alphabet || wt === Word.Number) {
                    toLower(wt, ws, we);
                    [wt, ws, we] = nextWord(runes, rem);
                    rem = we;
                }
                if (wt !== Word.Invalid && wt !== Word.Connector && wt !== Word.Punct)
                    out += connector;
            }
        }
    }
    toLower(wt, ws, we);
    return out;
}
const ALPHA = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const NUM = '0123456789';
function randomFrom(count, chars) {
    if (count < 0)
        throw new goErrors/* GoError */.nY(`Requested random string length ${count} is less than 0.`);
    let out = '';
    // node:crypto is loaded on first use: loading it costs a few ms of start-up, and most charts never call this.
    const { randomInt } = process.getBuiltinModule('node:crypto');
    for (let i = 0; i < count; i++)
        out += chars[randomInt(chars.length)];
    return out;
}
const ASCII = Array.from({ length: 94 }, (_, i) => String.fromCharCode(32 + i)).join('');
function strslice(v) {
    v = (0,goValues/* reflectCollection */.sc)(v);
    if (Array.isArray(v)) {
        if (v[goValues/* SLICE_TYPE */.gS] === '[]string')
            return v;
        return (0,goValues/* typedSlice */.tH)(v.filter((x) => x !== null && x !== undefined).map(strval), '[]string');
    }
    if (v === null || v === undefined)
        return (0,goValues/* typedSlice */.tH)([], '[]string');
    return (0,goValues/* typedSlice */.tH)([strval(v)], '[]string');
}
function splitGo(s, sep, limit = -1) {
    if (limit === 0)
        return [];
    if (sep === '') {
        const runes = [...s];
        if (limit > 0 && runes.length > limit)
            return [...runes.slice(0, limit - 1), runes.slice(limit - 1).join('')];
        return runes;
    }
    const parts = s.split(sep);
    if (limit > 0 && parts.length > limit)
        return [...parts.slice(0, limit - 1), parts.slice(limit - 1).join(sep)];
    return parts;
}
function splitMap(parts) {
    const res = {};
    parts.forEach((p, i) => (res['_' + i] = p));
    return res;
}
/** strings.Trim with a cutset. */
function trimCutset(s, cutset) {
    const set = new Set([...cutset]);
    const chars = [...s];
    let a = 0;
    let b = chars.length;
    while (a < b && set.has(chars[a]))
        a++;
    while (b > a && set.has(chars[b - 1]))
        b--;
    return chars.slice(a, b).join('');
}
/** strings.TrimSpace (unicode.IsSpace). */
function strings_trimSpace(s) {
    const chars = [...s];
    let a = 0;
    let b = chars.length;
    while (a < b && isSpaceRune(chars[a].codePointAt(0)))
        a++;
    while (b > a && isSpaceRune(chars[b - 1].codePointAt(0)))
        b--;
    return chars.slice(a, b).join('');
}
function repeat(count, s) {
    if (count < 0n)
        throw new goErrors/* GoError */.nY('strings: negative Repeat count');
    return s.repeat(Number(count));
}
function indent(spaces, v) {
    const pad = ' '.repeat(Math.max(Number(spaces), 0));
    if (spaces < 0n)
        throw new goErrors/* GoError */.nY('strings: negative Repeat count');
    return pad + v.replaceAll('\n', '\n' + pad);
}
function substr(start, end, s) {
    const st = Number(start);
    const en = Number(end);
    const len = (0,goBytes/* goStringByteLength */.yi)(s);
    if (st < 0)
        return sliceBytes(s, 0, en);
    if (en < 0 || en > len)
        return sliceBytes(s, st, len);
    return sliceBytes(s, st, en);
}
function trunc(c, s) {
    const len = (0,goBytes/* goStringByteLength */.yi)(s);
    const cn = Number(c);
    if (cn < 0 && len + cn > 0)
        return sliceBytes(s, len + cn, len);
    if (cn >= 0 && len > cn)
        return sliceBytes(s, 0, cn);
    return s;
}
function seq(params) {
    let increment = 1n;
    let start;
    let end;
    switch (params.length) {
        case 0:
            return '';
        case 1:
            start = 1n;
            end = params[0];
            if (end < start)
                increment = -1n;
            break;
        case 2:
            start = params[0];
            end = params[1];
            if (end < start)
                increment = -1n;
            break;
        case 3:
            start = params[0];
            end = params[2];
            increment = params[1];
            if (end < start) {
                if (increment > 0n)
                    return '';
            }
            else if (increment < 0n)
                return '';
            break;
        default:
            return '';
    }
    const out = [];
    if (increment === 0n)
        throw new goErrors/* GoError */.nY('runtime error: integer divide by zero');
    // Sprig: intArrayToString(untilStep(start, end+increment, increment), " ")
    const stop = end + increment;
    if (stop < start) {
        if (increment >= 0n)
            return '';
        for (let i = start; i > stop; i += increment)
            out.push(String(i));
    }
    else {
        if (increment <= 0n)
            return '';
        for (let i = start; i < stop; i += increment)
            out.push(String(i));
    }
    return out.join(' ');
}
const stringFunctions = {
    hello: (0,functions_define/* def */.y)([], () => 'Hello!'),
    abbrev: (0,functions_define/* def */.y)(['int', 'string'], (w, s) => (w < 4n ? s : abbreviateFull(s, 0, Number(w)))),
    abbrevboth: (0,functions_define/* def */.y)(['int', 'int', 'string'], (l, r, s) => r < 4n || (l > 0n && r < 7n) ? s : abbreviateFull(s, Number(l), Number(r))),
    trunc: (0,functions_define/* def */.y)(['int', 'string'], trunc),
    trim: (0,functions_define/* def */.y)(['string'], strings_trimSpace),
    upper: (0,functions_define/* def */.y)(['string'], (s) => mapRunes(s, upperRune)),
    lower: (0,functions_define/* def */.y)(['string'], (s) => mapRunes(s, lowerRune)),
    title: (0,functions_define/* def */.y)(['string'], title),
    untitle: (0,functions_define/* def */.y)(['string'], uncapitalize),
    substr: (0,functions_define/* def */.y)(['int', 'int', 'string'], substr),
    repeat: (0,functions_define/* def */.y)(['int', 'string'], repeat),
    trimall: (0,functions_define/* def */.y)(['string', 'string'], (a, b) => trimCutset(b, a)),
    trimAll: (0,functions_define/* def */.y)(['string', 'string'], (a, b) => trimCutset(b, a)),
    trimSuffix: (0,functions_define/* def */.y)(['string', 'string'], (a, b) => (a !== '' && b.endsWith(a) ? b.slice(0, b.length - a.length) : b)),
    trimPrefix: (0,functions_define/* def */.y)(['string', 'string'], (a, b) => (b.startsWith(a) ? b.slice(a.length) : b)),
    nospace: (0,functions_define/* def */.y)(['string'], deleteWhiteSpace),
    initials: (0,functions_define/* def */.y)(['string'], initials),
    randAlphaNum: (0,functions_define/* def */.y)(['int'], (c) => randomFrom(n(c), ALPHA + NUM)),
    randAlpha: (0,functions_define/* def */.y)(['int'], (c) => randomFrom(n(c), ALPHA)),
    randAscii: (0,functions_define/* def */.y)(['int'], (c) => randomFrom(n(c), ASCII)),
    randNumeric: (0,functions_define/* def */.y)(['int'], (c) => randomFrom(n(c), NUM)),
    swapcase: (0,functions_define/* def */.y)(['string'], swapCase),
    shuffle: (0,functions_define/* def */.y)(['string'], (s) => {
        const r = [...s];
        const { randomInt } = process.getBuiltinModule('node:crypto');
        for (let i = r.length - 1; i > 0; i--) {
            const j = randomInt(i + 1);
            [r[i], r[j]] = [r[j], r[i]];
        }
        return r.join('');
    }),
    snakecase: (0,functions_define/* def */.y)(['string'], (s) => camelCaseToLowerCase(s, '_')),
    camelcase: (0,functions_define/* def */.y)(['string'], (s) => toCamelCase(s, true)),
    kebabcase: (0,functions_define/* def */.y)(['string'], (s) => camelCaseToLowerCase(s, '-')),
    wrap: (0,functions_define/* def */.y)(['int', 'string'], (l, s) => wrapCustom(s, n(l), '\n', false)),
    wrapWith: (0,functions_define/* def */.y)(['int', 'string', 'string'], (l, sep, s) => wrapCustom(s, n(l), sep, true)),
    contains: (0,functions_define/* def */.y)(['string', 'string'], (sub, s) => s.includes(sub)),
    hasPrefix: (0,functions_define/* def */.y)(['string', 'string'], (sub, s) => s.startsWith(sub)),
    hasSuffix: (0,functions_define/* def */.y)(['string', 'string'], (sub, s) => s.endsWith(sub)),
    quote: (0,functions_define/* defVariadic */.R)([], 'any', (xs) => xs
        .filter((x) => x !== null && x !== undefined)
        .map((x) => (0,goQuote/* goQuote */.dg)(strval(x)))
        .join(' ')),
    squote: (0,functions_define/* defVariadic */.R)([], 'any', (xs) => xs
        .filter((x) => x !== null && x !== undefined)
        .map((x) => (0,goFormat/* sprintf */.nv)("'%v'", [x]))
        .join(' ')),
    cat: (0,functions_define/* defVariadic */.R)([], 'any', (xs) => {
        const v = xs.filter((x) => x !== null && x !== undefined);
        return (0,goFormat/* sprintf */.nv)(Array(v.length).fill('%v').join(' '), v);
    }),
    indent: (0,functions_define/* def */.y)(['int', 'string'], indent),
    nindent: (0,functions_define/* def */.y)(['int', 'string'], (sp, v) => '\n' + indent(sp, v)),
    replace: (0,functions_define/* def */.y)(['string', 'string', 'string'], (o, nw, src) => replaceAllGo(src, o, nw)),
    plural: (0,functions_define/* def */.y)(['string', 'string', 'int'], (one, many, c) => (c === 1n ? one : many)),
    toString: (0,functions_define/* def */.y)(['any'], (v) => strval(v === undefined ? null : v)),
    toStrings: (0,functions_define/* def */.y)(['any'], strslice),
    join: (0,functions_define/* def */.y)(['string', 'any'], (sep, v) => strslice(v).join(sep)),
    split: (0,functions_define/* def */.y)(['string', 'string'], (sep, s) => splitMap(splitGo(s, sep))),
    splitn: (0,functions_define/* def */.y)(['string', 'int', 'string'], (sep, c, s) => splitMap(splitGo(s, sep, n(c)))),
    splitList: (0,functions_define/* def */.y)(['string', 'string'], (sep, s) => (0,goValues/* typedSlice */.tH)(splitGo(s, sep), '[]string')),
    seq: (0,functions_define/* defVariadic */.R)([], 'int', (ps) => seq(ps)),
};
/** strings.Replace(s, old, new, -1), including Go's behaviour for an empty `old` (insert between runes). */
function replaceAllGo(s, old, nw) {
    if (old === '') {
        const runes = [...s];
        return nw + runes.map((r) => r + nw).join('');
    }
    return s.split(old).join(nw);
}


;// CONCATENATED MODULE: ./src/core/chart/functions/lists.ts
/** Sprig's list functions: copies where Go copies (push, prepend…), Go's errors and panics. */







const NIL_DEREF = 'runtime error: invalid memory address or nil pointer dereference';
/** reflect.TypeOf(v).Kind() as Sprig's list functions check it (nil panics). */
function listKind(v) {
    if (v === null || v === undefined)
        throw new goErrors/* GoError */.nY(NIL_DEREF);
    if (typeof v === 'string')
        return 'string';
    return (0,goValues/* goKindName */.iX)(v);
}
function asList(v, message) {
    const kind = listKind(v);
    if (kind !== 'slice')
        throw new goErrors/* GoError */.nY(message(kind));
    if (v instanceof Uint8Array)
        return [...v].map((b) => new goValues/* GoInt */.ov('uint8', BigInt(b)));
    return (0,goValues/* reflectCollection */.sc)(v);
}
function both(name, impl, params, variadic) {
    const make = variadic ? (b) => (0,functions_define/* defVariadic */.R)(params, variadic, b) : (b) => (0,functions_define/* def */.y)(params, b);
    const mustName = 'must' + name[0].toUpperCase() + name.slice(1);
    return { [name]: make(impl), [mustName]: make(impl) };
}
function push(list, v) {
    return [...asList(list, (k) => `Cannot push on type ${k}`), v];
}
function prepend(list, v) {
    return [v, ...asList(list, (k) => `Cannot prepend on type ${k}`)];
}
function chunk(size, list) {
    const l = asList(list, (k) => `Cannot chunk type ${k}`);
    const s = Number(size);
    const len = l.length;
    const cs = Math.floor((len - 1) / s) + 1;
    if (!Number.isFinite(cs) || cs < 0)
        throw new goErrors/* GoError */.nY(cs < 0 ? 'runtime error: makeslice: len out of range' : 'runtime error: integer divide by zero');
    const out = [];
    for (let i = 0; i < cs; i++) {
        let clen = s;
        if (i === cs - 1) {
            clen = Math.floor(len % s);
            if (clen === 0)
                clen = s;
        }
        const c = [];
        for (let j = 0; j < clen; j++) {
            const ix = i * s + j;
            if (ix >= len)
                throw new goErrors/* GoError */.nY(`reflect: slice index out of range`);
            c.push(l[ix]);
        }
        out.push(c);
    }
    return (0,goValues/* typedSlice */.tH)(out, '[][]interface {}');
}
function first(list) {
    const l = asList(list, (k) => `Cannot find first on type ${k}`);
    return l.length === 0 ? null : l[0];
}
function last(list) {
    const l = asList(list, (k) => `Cannot find last on type ${k}`);
    return l.length === 0 ? null : l[l.length - 1];
}
function rest(list) {
    const l = asList(list, (k) => `Cannot find rest on type ${k}`);
    return l.length === 0 ? null : l.slice(1);
}
function initial(list) {
    const l = asList(list, (k) => `Cannot find initial on type ${k}`);
    return l.length === 0 ? null : l.slice(0, -1);
}
function reverse(list) {
    return [...asList(list, (k) => `Cannot find reverse on type ${k}`)].reverse();
}
function compact(list) {
    return asList(list, (k) => `Cannot compact on type ${k}`).filter((x) => !isEmpty(x));
}
function uniq(list) {
    const out = [];
    for (const x of asList(list, (k) => `Cannot find uniq on type ${k}`))
        if (!out.some((y) => deepEqual(x, y)))
            out.push(x);
    return out;
}
function without(list, omit) {
    return asList(list, (k) => `Cannot find without on type ${k}`).filter((x) => !omit.some((o) => deepEqual(x, o)));
}
function has(needle, haystack) {
    if (haystack === null || haystack === undefined)
        return false;
    return asList(haystack, (k) => `Cannot find has on type ${k}`).some((x) => deepEqual(needle, x));
}
function sliceList(list, indices) {
    const l = asList(list, (k) => `list should be type of slice or array but ${k}`);
    if (l.length === 0)
        return null;
    const toInt = (x) => {
        const [v] = castInt64(x);
        return Number(BigInt.asIntN(64, v));
    };
    const start = indices.length > 0 ? toInt(indices[0]) : 0;
    const end = indices.length < 2 ? l.length : toInt(indices[1]);
    if (end < 0 || end > l.length)
        throw new goErrors/* GoError */.nY(`reflect.Value.Slice: slice index out of bounds`);
    if (start < 0 || start > end)
        throw new goErrors/* GoError */.nY(`reflect.Value.Slice: slice index out of bounds`);
    const out = l.slice(start, end);
    const t = Array.isArray(list) ? list[goValues/* SLICE_TYPE */.gS] : undefined;
    return t ? (0,goValues/* typedSlice */.tH)(out, t) : out;
}
function concat(lists) {
    let res = null;
    for (const l of lists) {
        const kind = listKind(l);
        if (kind !== 'slice')
            throw new goErrors/* GoError */.nY(`Cannot concat type ${kind} as list`);
        res = [...(res ?? []), ...l];
    }
    return res;
}
function sortAlpha(list) {
    list = (0,goValues/* reflectCollection */.sc)(list);
    if (Array.isArray(list) || list instanceof Uint8Array) {
        const a = [...strslice(list instanceof Uint8Array ? [...list].map((b) => new goValues/* GoInt */.ov('uint8', BigInt(b))) : list)];
        return (0,goValues/* typedSlice */.tH)(a.sort(goValues/* compareGoStrings */.mA), '[]string');
    }
    return (0,goValues/* typedSlice */.tH)([strval(list === undefined ? null : list)], '[]string');
}
function untilStep(start, stop, step) {
    const v = [];
    if (stop < start) {
        if (step >= 0n)
            return (0,goValues/* typedSlice */.tH)(v, '[]int');
        for (let i = start; i > stop; i += step)
            v.push(i);
        return (0,goValues/* typedSlice */.tH)(v, '[]int');
    }
    if (step <= 0n)
        return (0,goValues/* typedSlice */.tH)(v, '[]int');
    for (let i = start; i < stop; i += step)
        v.push(i);
    return (0,goValues/* typedSlice */.tH)(v, '[]int');
}

const listFunctions = {
    list: (0,functions_define/* defVariadic */.R)([], 'any', (xs) => xs),
    tuple: (0,functions_define/* defVariadic */.R)([], 'any', (xs) => xs),
    ...both('push', push, ['any', 'any']),
    append: (0,functions_define/* def */.y)(['any', 'any'], push),
    mustAppend: (0,functions_define/* def */.y)(['any', 'any'], push),
    ...both('prepend', prepend, ['any', 'any']),
    ...both('chunk', chunk, ['int', 'any']),
    ...both('first', first, ['any']),
    ...both('last', last, ['any']),
    ...both('rest', rest, ['any']),
    ...both('initial', initial, ['any']),
    ...both('reverse', reverse, ['any']),
    ...both('compact', compact, ['any']),
    ...both('uniq', uniq, ['any']),
    ...both('without', without, ['any'], 'any'),
    ...both('has', has, ['any', 'any']),
    ...both('slice', sliceList, ['any'], 'any'),
    concat: (0,functions_define/* defVariadic */.R)([], 'any', concat),
    sortAlpha: (0,functions_define/* def */.y)(['any'], sortAlpha),
    until: (0,functions_define/* def */.y)(['int'], (c) => untilStep(0n, c, c < 0n ? -1n : 1n)),
    untilStep: (0,functions_define/* def */.y)(['int', 'int', 'int'], untilStep),
};
void goValues/* isGoMap */.Rb;

;// CONCATENATED MODULE: ./src/core/chart/functions/math.ts
/** Sprig's math: int64 arithmetic with Go's wrapping and panics; float helpers through shopspring/decimal-like exact steps. */






const i64 = (v) => BigInt.asIntN(64, toInt64(v));
function div(a, b) {
    if (b === 0n)
        throw new goErrors/* GoError */.nY('runtime error: integer divide by zero');
    return a / b;
}
function mod(a, b) {
    if (b === 0n)
        throw new goErrors/* GoError */.nY('runtime error: integer divide by zero');
    return a % b;
}
/** shopspring/decimal arithmetic on the shortest decimal forms of float64s, then back to float64. */
function decimalOf(f) {
    const s = (0,goFloat/* formatFloat */.k)(f, 'e', -1); // d.ddde±x
    const [mant, exp] = s.split('e');
    const neg = mant.startsWith('-');
    const digits = mant.replace('-', '').replace('.', '');
    const fracLen = mant.includes('.') ? mant.length - mant.indexOf('.') - 1 : 0;
    return { m: (neg ? -1n : 1n) * BigInt(digits), e: Number(exp) - fracLen };
}
function decimalToFloat(m, e) {
    return Number(`${m}e${e}`);
}
function decOp(a, b, op) {
    if (!Number.isFinite(a) || !Number.isFinite(b)) {
        throw new goErrors/* GoError */.nY(`Cannot create a Decimal from ${!Number.isFinite(a) ? (0,goFloat/* formatFloat */.k)(a, 'g', -1) : (0,goFloat/* formatFloat */.k)(b, 'g', -1)}`);
    }
    const x = decimalOf(a);
    const y = decimalOf(b);
    const e = Math.min(x.e, y.e);
    const xm = x.m * 10n ** BigInt(x.e - e);
    const ym = y.m * 10n ** BigInt(y.e - e);
    switch (op) {
        case '+':
            return decimalToFloat(xm + ym, e);
        case '-':
            return decimalToFloat(xm - ym, e);
        case '*':
            return decimalToFloat(x.m * y.m, x.e + y.e);
        case '/': {
            if (y.m === 0n)
                throw new goErrors/* GoError */.nY('decimal division by 0');
            // DivisionPrecision = 16 digits after the point, rounded half away from zero.
            const prec = 16;
            const num = x.m * 10n ** BigInt(prec + 1 + Math.max(0, y.e - x.e));
            let q = num / y.m;
            const shift = x.e - y.e - (prec + 1 + Math.max(0, y.e - x.e));
            // round the last extra digit
            const neg = q < 0n;
            if (neg)
                q = -q;
            const last = q % 10n;
            q = q / 10n + (last >= 5n ? 1n : 0n);
            return decimalToFloat(neg ? -q : q, shift + 1);
        }
    }
}
function execDecimalOp(a, rest, op) {
    let acc = toFloat64(a);
    for (const b of rest)
        acc = decOp(acc, toFloat64(b), op);
    return acc;
}
function round(a, p, rOpt) {
    const roundOn = rOpt.length > 0 ? rOpt[0] : 0.5;
    const val = toFloat64(a);
    const pow = Math.pow(10, Number(p));
    const digit = pow * val;
    const frac = digit - Math.trunc(digit);
    const r = frac >= roundOn ? Math.ceil(digit) : Math.floor(digit);
    return r / pow;
}
function toDecimal(v) {
    const s = (0,goFormat/* formatValue */.Fl)(v === undefined ? null : v);
    if (!/^[+-]?[0-7]+$/.test(s))
        return 0n;
    const n = BigInt((s.startsWith('-') ? '-' : '') + '0o' + s.replace(/^[+-]/, ''));
    return BigInt.asIntN(64, n) === n ? n : 0n;
}
const mathFunctions = {
    atoi: (0,functions_define/* def */.y)(['string'], (s) => {
        const m = /^[+-]?\d+$/.exec(s);
        if (!m)
            return 0n;
        // strconv.Atoi returns the clamped value with its range error; Sprig ignores the error.
        const n = BigInt(s);
        return n > goValues/* INT64_MAX */.vh ? goValues/* INT64_MAX */.vh : n < goValues/* INT64_MIN */.bO ? goValues/* INT64_MIN */.bO : n;
    }),
    int64: (0,functions_define/* def */.y)(['any'], (v) => (0,goValues/* int64 */.Gk)(i64(v))),
    int: (0,functions_define/* def */.y)(['any'], (v) => i64(v)),
    float64: (0,functions_define/* def */.y)(['any'], (v) => toFloat64(v)),
    toDecimal: (0,functions_define/* def */.y)(['any'], (v) => (0,goValues/* int64 */.Gk)(toDecimal(v))),
    add1: (0,functions_define/* def */.y)(['any'], (v) => (0,goValues/* int64 */.Gk)(i64(v) + 1n)),
    add: (0,functions_define/* defVariadic */.R)([], 'any', (xs) => (0,goValues/* int64 */.Gk)(xs.reduce((a, b) => BigInt.asIntN(64, a + i64(b)), 0n))),
    sub: (0,functions_define/* def */.y)(['any', 'any'], (a, b) => (0,goValues/* int64 */.Gk)(i64(a) - i64(b))),
    div: (0,functions_define/* def */.y)(['any', 'any'], (a, b) => (0,goValues/* int64 */.Gk)(div(i64(a), i64(b)))),
    mod: (0,functions_define/* def */.y)(['any', 'any'], (a, b) => (0,goValues/* int64 */.Gk)(mod(i64(a), i64(b)))),
    mul: (0,functions_define/* defVariadic */.R)(['any'], 'any', (a, xs) => (0,goValues/* int64 */.Gk)(xs.reduce((acc, b) => BigInt.asIntN(64, acc * i64(b)), i64(a)))),
    randInt: (0,functions_define/* def */.y)(['int', 'int'], (min, max) => {
        const span = max - min;
        if (span <= 0n)
            throw new goErrors/* GoError */.nY('invalid argument to Intn');
        return min + BigInt(Math.floor(Math.random() * Number(span)));
    }),
    add1f: (0,functions_define/* def */.y)(['any'], (v) => execDecimalOp(v, [1n], '+')),
    addf: (0,functions_define/* defVariadic */.R)([], 'any', (xs) => execDecimalOp(0, xs, '+')),
    subf: (0,functions_define/* defVariadic */.R)(['any'], 'any', (a, xs) => execDecimalOp(a, xs, '-')),
    divf: (0,functions_define/* defVariadic */.R)(['any'], 'any', (a, xs) => execDecimalOp(a, xs, '/')),
    mulf: (0,functions_define/* defVariadic */.R)(['any'], 'any', (a, xs) => execDecimalOp(a, xs, '*')),
    biggest: (0,functions_define/* defVariadic */.R)(['any'], 'any', (a, xs) => (0,goValues/* int64 */.Gk)(xs.reduce((m, b) => (i64(b) > m ? i64(b) : m), i64(a)))),
    max: (0,functions_define/* defVariadic */.R)(['any'], 'any', (a, xs) => (0,goValues/* int64 */.Gk)(xs.reduce((m, b) => (i64(b) > m ? i64(b) : m), i64(a)))),
    min: (0,functions_define/* defVariadic */.R)(['any'], 'any', (a, xs) => (0,goValues/* int64 */.Gk)(xs.reduce((m, b) => (i64(b) < m ? i64(b) : m), i64(a)))),
    maxf: (0,functions_define/* defVariadic */.R)(['any'], 'any', (a, xs) => xs.reduce((m, b) => goMax(m, toFloat64(b)), toFloat64(a))),
    minf: (0,functions_define/* defVariadic */.R)(['any'], 'any', (a, xs) => xs.reduce((m, b) => goMin(m, toFloat64(b)), toFloat64(a))),
    ceil: (0,functions_define/* def */.y)(['any'], (a) => Math.ceil(toFloat64(a))),
    floor: (0,functions_define/* def */.y)(['any'], (a) => Math.floor(toFloat64(a))),
    round: (0,functions_define/* defVariadic */.R)(['any', 'int'], 'float64', round),
};
function goMax(a, b) {
    if (Number.isNaN(a) || Number.isNaN(b))
        return NaN;
    if (a === 0 && b === 0)
        return Object.is(a, -0) ? b : a;
    return a > b ? a : b;
}
function goMin(a, b) {
    if (Number.isNaN(a) || Number.isNaN(b))
        return NaN;
    if (a === 0 && b === 0)
        return Object.is(a, -0) ? a : b;
    return a < b ? a : b;
}
void castInt64;

;// CONCATENATED MODULE: ./src/core/chart/functions/paths.ts
/** Sprig's path (path and path/filepath on Linux) and URL functions. */



/** path.Clean. */
function cleanPath(p) {
    if (p === '')
        return '.';
    const rooted = p.startsWith('/');
    const parts = p.split('/');
    const out = [];
    for (const part of parts) {
        if (part === '' || part === '.')
            continue;
        if (part === '..') {
            if (out.length > 0 && out[out.length - 1] !== '..')
                out.pop();
            else if (!rooted)
                out.push('..');
            continue;
        }
        out.push(part);
    }
    const s = (rooted ? '/' : '') + out.join('/');
    return s === '' ? '.' : s;
}
function base(p) {
    if (p === '')
        return '.';
    p = p.replace(/\/+$/, '');
    if (p === '')
        return '/';
    return p.slice(p.lastIndexOf('/') + 1);
}
function dir(p) {
    const i = p.lastIndexOf('/');
    return cleanPath(p.slice(0, i + 1));
}
function ext(p) {
    for (let i = p.length - 1; i >= 0 && p[i] !== '/'; i--)
        if (p[i] === '.')
            return p.slice(i);
    return '';
}
/** url.Parse into Sprig's map (scheme, host, hostname, path, query, opaque, fragment, userinfo). */
function urlParse(v) {
    const m = /^(?:([a-zA-Z][a-zA-Z0-9+.-]*):)?(?:\/\/([^/?#]*))?([^?#]*)(?:\?([^#]*))?(?:#(.*))?$/.exec(v);
    if (!m)
        throw new goErrors/* GoError */.nY(`unable to parse url: parse ${JSON.stringify(v)}: invalid URI`);
    const scheme = (m[1] ?? '').toLowerCase();
    const authority = m[2];
    let userinfo = '';
    let host = '';
    if (authority !== undefined) {
        const at = authority.lastIndexOf('@');
        if (at >= 0) {
            userinfo = authority.slice(0, at);
            host = authority.slice(at + 1);
        }
        else
            host = authority;
    }
    let path = m[3] ?? '';
    let opaque = '';
    if (scheme !== '' && authority === undefined && !path.startsWith('/')) {
        opaque = path;
        path = '';
    }
    let hostname = host;
    if (hostname.startsWith('['))
        hostname = hostname.slice(1, hostname.indexOf(']'));
    else if (hostname.includes(':'))
        hostname = hostname.slice(0, hostname.lastIndexOf(':'));
    return {
        scheme,
        host,
        hostname,
        path: decodeURIComponent(path),
        query: m[4] ?? '',
        opaque,
        fragment: m[5] !== undefined ? decodeURIComponent(m[5]) : '',
        userinfo,
    };
}
function urlJoin(d) {
    const g = (k) => {
        const v = d?.[k];
        if (v === undefined || v === null)
            return '';
        if (typeof v !== 'string')
            throw new goErrors/* GoError */.nY(`unable to parse ${k} field: interface conversion: interface {} is ${typeof v}, not string`);
        return v;
    };
    let out = '';
    const scheme = g('scheme');
    if (scheme !== '')
        out += scheme + ':';
    const opaque = g('opaque');
    if (opaque !== '')
        out += opaque;
    else {
        const host = g('host');
        const userinfo = g('userinfo');
        if (scheme !== '' || host !== '' || userinfo !== '') {
            if (host !== '' || g('path') !== '' || userinfo !== '')
                out += '//';
            if (userinfo !== '')
                out += userinfo + '@';
            out += host;
        }
        const path = g('path');
        if (path !== '' && path[0] !== '/' && host !== '')
            out += '/';
        out += path.replace(/[^A-Za-z0-9\-._~!$&'()*+,;=:@/]/g, (c) => encodeURIComponent(c));
    }
    const query = g('query');
    if (query !== '')
        out += '?' + query;
    const fragment = g('fragment');
    if (fragment !== '')
        out += '#' + fragment.replace(/[^A-Za-z0-9\-._~!$&'()*+,;=:@/?]/g, (c) => encodeURIComponent(c));
    return out;
}
const pathFunctions = {
    base: (0,functions_define/* def */.y)(['string'], base),
    dir: (0,functions_define/* def */.y)(['string'], dir),
    clean: (0,functions_define/* def */.y)(['string'], cleanPath),
    ext: (0,functions_define/* def */.y)(['string'], ext),
    isAbs: (0,functions_define/* def */.y)(['string'], (p) => p.startsWith('/')),
    osBase: (0,functions_define/* def */.y)(['string'], base),
    osDir: (0,functions_define/* def */.y)(['string'], dir),
    osClean: (0,functions_define/* def */.y)(['string'], cleanPath),
    osExt: (0,functions_define/* def */.y)(['string'], ext),
    osIsAbs: (0,functions_define/* def */.y)(['string'], (p) => p.startsWith('/')),
    urlParse: (0,functions_define/* def */.y)(['string'], urlParse),
    urlJoin: (0,functions_define/* def */.y)(['map'], urlJoin),
};
void queryEscape;

;// CONCATENATED MODULE: ./src/core/chart/functions/regex.ts




/** Compiled patterns are cached: templates call these with constant patterns on every render. */
const cache = new Map();
function compile(pattern) {
    let re = cache.get(pattern);
    if (re === undefined) {
        // Outside the try: a library not prepared is an internal error, never a pattern error to cache.
        const { RE2JS: re2 } = (0,functionLibraries/* re2jsLibrary */.kz)();
        try {
            re = re2.compile(pattern);
        }
        catch (e) {
            re = new goErrors/* GoError */.nY(e.message);
        }
        if (cache.size > 1000)
            cache.clear();
        cache.set(pattern, re);
    }
    if (re instanceof goErrors/* GoError */.nY)
        throw re;
    return re;
}
/** regexp.MustCompile's panic text. */
function mustCompile(pattern) {
    try {
        return compile(pattern);
    }
    catch (e) {
        // Only a pattern error is Go's panic; a library still to load must reach the render (it loads it and reruns).
        if (!(e instanceof goErrors/* GoError */.nY))
            throw e;
        throw new goErrors/* GoError */.nY(`regexp: Compile(${goBackquote(pattern)}): ${e.message}`);
    }
}
function goBackquote(s) {
    // regexp.quote: strconv.CanBackquote ? "`"+s+"`" : strconv.Quote(s)
    if (!s.includes('`') && !/[\x00-\x08\x0a-\x1f\x7f\ufeff]/.test(s))
        return '`' + s + '`';
    return JSON.stringify(s);
}
/** Go's allMatches: every match as [start, end, g1s, g1e, …] in UTF-16 indices, skipping empty matches adjacent to the previous. */
function allMatches(re, s, n) {
    if (n < 0)
        n = s.length + 1;
    const out = [];
    const m = re.matcher(s);
    const groups = m.groupCount();
    let pos = 0;
    let prevMatchEnd = -1;
    while (out.length < n && pos <= s.length) {
        if (!m.find(pos))
            break;
        const a0 = m.start();
        const a1 = m.end();
        let accept = true;
        if (a1 === pos) {
            if (a0 === prevMatchEnd)
                accept = false;
            if (pos < s.length) {
                const c = s.charCodeAt(pos);
                pos += c >= 0xd800 && c <= 0xdbff && pos + 1 < s.length ? 2 : 1;
            }
            else
                pos = s.length + 1;
        }
        else
            pos = a1;
        prevMatchEnd = a1;
        if (accept) {
            const g = [a0, a1];
            for (let i = 1; i <= groups; i++)
                g.push(m.start(i), m.end(i));
            out.push(g);
        }
    }
    return out;
}
/** Go's Regexp.expand for $1, ${1}, $name, ${name}, $$. */
function expand(template, s, match, names) {
    let out = '';
    let i = 0;
    while (i < template.length) {
        const d = template.indexOf('$', i);
        if (d < 0) {
            out += template.slice(i);
            break;
        }
        out += template.slice(i, d);
        i = d + 1;
        if (template[i] === '$') {
            out += '$';
            i++;
            continue;
        }
        let name = '';
        let brace = false;
        let j = i;
        if (template[j] === '{') {
            brace = true;
            j++;
        }
        const st = j;
        while (j < template.length && /[A-Za-z0-9_]/.test(template[j]))
            j++;
        name = template.slice(st, j);
        if (name === '' || (brace && template[j] !== '}')) {
            out += '$';
            continue;
        }
        if (brace)
            j++;
        i = j;
        let num = -1;
        if (/^\d+$/.test(name)) {
            num = Number(name);
            if (name.length > 8)
                num = -1;
        }
        else if (Object.hasOwn(names, name))
            num = names[name];
        if (num >= 0 && 2 * num < match.length && match[2 * num] >= 0)
            out += s.slice(match[2 * num], match[2 * num + 1]);
    }
    return out;
}
function groupNames(re) {
    return re.namedGroups?.() ?? {};
}
function replaceAll(re, src, repl) {
    let out = '';
    let lastMatchEnd = 0;
    let searchPos = 0;
    const m = re.matcher(src);
    const groups = m.groupCount();
    while (searchPos <= src.length) {
        if (!m.find(searchPos))
            break;
        const a = [m.start(), m.end()];
        for (let i = 1; i <= groups; i++)
            a.push(m.start(i), m.end(i));
        out += src.slice(lastMatchEnd, a[0]);
        if (a[1] > lastMatchEnd || a[0] === 0)
            out += repl(a);
        lastMatchEnd = a[1];
        let width = 1;
        if (searchPos < src.length) {
            const c = src.charCodeAt(searchPos);
            width = c >= 0xd800 && c <= 0xdbff && searchPos + 1 < src.length ? 2 : 1;
        }
        if (searchPos + width > a[1])
            searchPos += width;
        else if (searchPos + 1 > a[1])
            searchPos++;
        else
            searchPos = a[1];
    }
    return out + src.slice(lastMatchEnd);
}
function split(re, pattern, s, n) {
    if (n === 0)
        return (0,goValues/* typedSlice */.tH)([], '[]string');
    if (pattern.length > 0 && s.length === 0)
        return (0,goValues/* typedSlice */.tH)([''], '[]string');
    const matches = allMatches(re, s, n);
    const out = [];
    let beg = 0;
    let end = 0;
    for (const m of matches) {
        if (n > 0 && out.length === n - 1)
            break;
        end = m[0];
        if (m[1] !== 0)
            out.push(s.slice(beg, end));
        beg = m[1];
    }
    if (end !== s.length)
        out.push(s.slice(beg));
    return (0,goValues/* typedSlice */.tH)(out, '[]string');
}
function findAll(re, s, n) {
    const ms = allMatches(re, s, Number(n));
    return (0,goValues/* typedSlice */.tH)(ms.map((m) => s.slice(m[0], m[1])), '[]string');
}
function find(re, s) {
    const m = re.matcher(s);
    return m.find() ? s.slice(m.start(), m.end()) : '';
}
function quoteMeta(s) {
    return s.replace(/[\\.+*?()|[\]{}^$]/g, '\\$&');
}
function family(c) {
    return {
        match: (p, s) => c(p).matcher(s).find(),
        findAll: (p, s, n) => findAll(c(p), s, n),
        find: (p, s) => find(c(p), s),
        replaceAll: (p, s, r) => {
            const re = c(p);
            const names = groupNames(re);
            return replaceAll(re, s, (m) => expand(r, s, m, names));
        },
        replaceAllLiteral: (p, s, r) => replaceAll(c(p), s, () => r),
        split: (p, s, n) => split(c(p), p, s, Number(n)),
    };
}
const lenient = family(mustCompile);
const strict = family(compile);
const regexFunctions = (0,functionLibraries/* usingLibrary */.AE)('re2js', {
    regexMatch: (0,functions_define/* def */.y)(['string', 'string'], (p, s) => {
        try {
            return strict.match(p, s);
        }
        catch (e) {
            if (e instanceof goErrors/* GoError */.nY)
                return false;
            throw e;
        }
    }),
    mustRegexMatch: (0,functions_define/* def */.y)(['string', 'string'], strict.match),
    regexFindAll: (0,functions_define/* def */.y)(['string', 'string', 'int'], lenient.findAll),
    mustRegexFindAll: (0,functions_define/* def */.y)(['string', 'string', 'int'], strict.findAll),
    regexFind: (0,functions_define/* def */.y)(['string', 'string'], lenient.find),
    mustRegexFind: (0,functions_define/* def */.y)(['string', 'string'], strict.find),
    regexReplaceAll: (0,functions_define/* def */.y)(['string', 'string', 'string'], lenient.replaceAll),
    mustRegexReplaceAll: (0,functions_define/* def */.y)(['string', 'string', 'string'], strict.replaceAll),
    regexReplaceAllLiteral: (0,functions_define/* def */.y)(['string', 'string', 'string'], lenient.replaceAllLiteral),
    mustRegexReplaceAllLiteral: (0,functions_define/* def */.y)(['string', 'string', 'string'], strict.replaceAllLiteral),
    regexSplit: (0,functions_define/* def */.y)(['string', 'string', 'int'], lenient.split),
    mustRegexSplit: (0,functions_define/* def */.y)(['string', 'string', 'int'], strict.split),
    regexQuoteMeta: (0,functions_define/* def */.y)(['string'], quoteMeta),
});

// EXTERNAL MODULE: ./src/core/chart/functions/semver.ts
var semver = __webpack_require__(58856);
;// CONCATENATED MODULE: ./src/core/chart/toml/tomlLocalTime.ts
/**
 * The zones BurntSushi/toml gives local date-times, dates and times (no offset in the document): fixed zones
 * named datetime-local, date-local and time-local at the machine's current offset. The encoder recognises
 * them to write such values back without an offset.
 */

const localOffset = (0,goTimeZone/* localLocation */.rc)().lookup(Math.floor(Date.now() / 1000)).offset;
const LOCAL_DATETIME = goTimeZone/* GoLocation */.q2.fixed('datetime-local', localOffset);
const LOCAL_DATE = goTimeZone/* GoLocation */.q2.fixed('date-local', localOffset);
const LOCAL_TIME = goTimeZone/* GoLocation */.q2.fixed('time-local', localOffset);

;// CONCATENATED MODULE: ./src/core/chart/toml/tomlDecoder.ts
/**
 * TOML to the Go values BurntSushi/toml v1.6.0 produces when decoding into map[string]any (Helm's fromToml):
 * int64 integers, float64 floats, time.Time date-times (local ones in the datetime-local/date-local/time-local
 * zones), []any arrays, map[string]any tables and []map[string]any arrays of tables. Errors carry the
 * decoder's `toml: line N (last key "k"): message` form for the common mistakes.
 */





class TomlDecodeError extends Error {
}
const BARE = /[A-Za-z0-9_-]/;
const INT64_MAX = (1n << 63n) - 1n;
/** A number, boolean or date-time as it starts at the parser's position (sticky, so large documents are not copied). */
const SCALAR_WORD = /[A-Za-z0-9_:.+-]+(?:[ T][0-9:.+Z-]+)?/y;
/** Key.String(): pieces joined by dots, quoted when not bare. */
function keyText(key) {
    return key.map((k) => (k === '' ? '""' : /^[A-Za-z0-9_-]+$/.test(k) ? k : `"${k.replace(/["\\]/g, (c) => '\\' + c)}"`)).join('.');
}
class Parser {
    src;
    pos = 0;
    context = [];
    currentKey = '';
    root = {};
    current = this.root;
    /** Tables and keys that were defined (not just created implicitly by a dotted path), by full dotted name. */
    defined = new Set();
    arrayTables = new Set();
    inline = new Set();
    constructor(src) {
        this.src = src;
    }
    lineAt(pos) {
        let n = 1;
        for (let i = 0; i < pos && i < this.src.length; i++)
            if (this.src[i] === '\n')
                n++;
        return n;
    }
    lastKey() {
        if (this.currentKey === '')
            return keyText(this.context);
        if (this.context.length === 0)
            return this.currentKey;
        return `${keyText(this.context)}.${this.currentKey}`;
    }
    fail(message, at = this.pos, afterRune = false) {
        let line = this.lineAt(at);
        // At EOF the lexer reports the previous line when the input ends with a newline.
        if (!afterRune && at >= this.src.length && this.src.endsWith('\n'))
            line--;
        const k = this.lastKey();
        throw new TomlDecodeError(k === '' ? `toml: line ${line}: ${message}` : `toml: line ${line} (last key ${(0,goQuote/* goQuote */.dg)(k)}): ${message}`);
    }
    peek(off = 0) {
        return this.src[this.pos + off];
    }
    eof() {
        return this.pos >= this.src.length;
    }
    skipSpace() {
        while (this.peek() === ' ' || this.peek() === '\t')
            this.pos++;
    }
    skipComment() {
        if (this.peek() !== '#')
            return;
        while (!this.eof() && this.peek() !== '\n')
            this.pos++;
    }
    isNewline() {
        return this.peek() === '\n' || (this.peek() === '\r' && this.peek(1) === '\n');
    }
    skipNewline() {
        this.pos += this.peek() === '\r' ? 2 : 1;
    }
    /** Whitespace, newlines and comments (inside arrays). */
    skipAll() {
        for (;;) {
            this.skipSpace();
            this.skipComment();
            if (this.isNewline())
                this.skipNewline();
            else
                return;
        }
    }
    /** The offending rune as the lexer quotes it (NUL at EOF). */
    foundRune() {
        return (0,goQuote/* goQuoteRune */.py)(this.src.codePointAt(this.pos) ?? 0);
    }
    /** The lexer reports a rune it has consumed, so a newline's error is on the next line. */
    failFound(message) {
        return this.eof() ? this.fail(message) : this.fail(message, this.pos + 1, true);
    }
    parse() {
        for (;;) {
            this.skipAll();
            if (this.eof())
                return this.root;
            if (this.peek() === '[')
                this.tableHeader();
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
                if (!this.eof() && !this.isNewline())
                    this.failFound(`expected a top-level item to end with a newline, comment, or EOF, but got ${this.foundRune()} instead`);
            }
        }
    }
    key(inTableName = false) {
        const parts = [];
        for (;;) {
            this.skipSpace();
            const c = this.peek();
            if (inTableName && (c === ']' || c === undefined))
                this.fail('unexpected end of table name (table names cannot be empty)');
            if (inTableName && c === '.')
                this.fail('unexpected table separator (table names cannot be empty)');
            // Any other character ends an empty bare name, which the table name's end refuses.
            if (inTableName && c !== '"' && c !== "'" && !BARE.test(c))
                this.failFound(`expected '.' or ']' to end table name, but got ${this.foundRune()} instead`);
            if (c === '"')
                parts.push(this.basicString());
            else if (c === "'")
                parts.push(this.literalString());
            else if (c !== undefined && BARE.test(c)) {
                const start = this.pos;
                while (this.peek() !== undefined && BARE.test(this.peek()))
                    this.pos++;
                parts.push(this.src.slice(start, this.pos));
            }
            else if (parts.length === 0 && (c === undefined || c === '='))
                this.fail("unexpected '=': key name appears blank");
            else if (parts.length === 0 && c === '.')
                this.fail("unexpected '.': keys cannot start with a '.'");
            else if (c === undefined || c === '=')
                this.fail("unexpected '='");
            else if (c === '.')
                this.fail("unexpected '.'");
            // Any other character ends an empty bare name; the key's end then refuses it (a newline on its own line).
            else if (c === '\n')
                this.fail(`expected '.' or '=', but got ${this.foundRune()} instead`);
            else
                this.failFound(`expected '.' or '=', but got ${this.foundRune()} instead`);
            this.skipSpace();
            if (this.peek() !== '.')
                return parts;
            this.pos++;
        }
    }
    /** Parses `key = value` into `table`; the key stays the parser's last key, as the decoder's errors report it. */
    keyValue(table) {
        const key = this.key();
        if (this.eof())
            this.fail("unexpected EOF; expected key separator '='");
        if (this.peek() !== '=')
            this.fail(`expected '.' or '=', but got ${this.foundRune()} instead`);
        this.pos++;
        const outerContext = this.context;
        this.context = [...this.context, ...key.slice(0, -1)];
        this.currentKey = key[key.length - 1];
        let t = table;
        for (const k of key.slice(0, -1))
            t = this.subTable(t, k);
        this.skipSpace();
        const v = this.value();
        const full = [...this.context, this.currentKey].join('\0');
        if (Object.hasOwn(t, this.currentKey))
            this.fail(`Key '${keyText([...this.context, this.currentKey])}' has already been defined.`);
        t[this.currentKey] = v;
        this.defined.add(full);
    }
    subTable(t, k) {
        const v = t[k];
        if (v === undefined)
            return (t[k] = {});
        // BurntSushi lets a dotted key add to an inline table defined earlier.
        if (!(0,goValues/* isGoMap */.Rb)(v))
            this.fail(`Key '${keyText([...this.context])}' has already been defined.`);
        return v;
    }
    tableHeader() {
        this.pos++;
        const isArray = this.peek() === '[';
        if (isArray)
            this.pos++;
        this.skipSpace();
        const key = this.key(true);
        if (this.peek() !== ']')
            this.failFound(`expected '.' or ']' to end table name, but got ${this.foundRune()} instead`);
        this.pos++;
        if (isArray) {
            if (this.peek() !== ']')
                this.failFound(`expected end of table array name delimiter ']', but got ${this.foundRune()} instead`);
            this.pos++;
        }
        this.currentKey = '';
        let t = this.root;
        for (const k of key.slice(0, -1)) {
            let v = t[k];
            if (v === undefined)
                v = t[k] = {};
            if (Array.isArray(v) && this.arrayTables.has(v))
                v = v[v.length - 1];
            if (!(0,goValues/* isGoMap */.Rb)(v) || this.inline.has(v))
                this.fail(`Key '${keyText(key)}' has already been defined.`);
            t = v;
        }
        const last = key[key.length - 1];
        const full = key.join('\0');
        if (isArray) {
            let arr = t[last];
            if (arr === undefined) {
                arr = (0,goValues/* typedSlice */.tH)([], '[]map[string]interface {}');
                this.arrayTables.add(arr);
                t[last] = arr;
            }
            else if (!Array.isArray(arr) || !this.arrayTables.has(arr)) {
                this.context = [];
                this.fail((0,goValues/* isGoMap */.Rb)(arr) ? `Key '${keyText(key)}' was already created as a hash.` : `Key '${keyText(key)}' was already created and cannot be used as an array.`);
            }
            const tbl = {};
            arr.push(tbl);
            this.current = tbl;
        }
        else {
            const v = t[last];
            if (v === undefined)
                t[last] = {};
            else if (this.defined.has(full) || !(0,goValues/* isGoMap */.Rb)(v) || this.inline.has(v)) {
                // A redefined table is found after the context moved to it; a key in the way, while still in the old one.
                if ((0,goValues/* isGoMap */.Rb)(v) || this.arrayTables.has(v))
                    this.context = [];
                this.fail(`Key '${keyText(key)}' has already been defined.`);
            }
            this.defined.add(full);
            this.current = t[last];
        }
        this.context = key;
        this.skipSpace();
        this.skipComment();
        if (!this.eof() && !this.isNewline())
            this.failFound(`expected a top-level item to end with a newline, comment, or EOF, but got ${this.foundRune()} instead`);
    }
    value() {
        const c = this.peek();
        if (c === undefined)
            this.fail('unexpected EOF; expected value');
        if (c === '\n' || c === '\r')
            this.fail(`expected value but found ${this.foundRune()} instead`, this.pos - 1);
        if (c === '"')
            return this.src.startsWith('"""', this.pos) ? this.multilineBasic() : this.basicString();
        if (c === "'")
            return this.src.startsWith("'''", this.pos) ? this.multilineLiteral() : this.literalString();
        if (c === '[')
            return this.array();
        if (c === '{')
            return this.inlineTable();
        SCALAR_WORD.lastIndex = this.pos;
        const m = SCALAR_WORD.exec(this.src);
        const word = m ? m[0] : '';
        if (word === '')
            this.fail(`expected value but found ${this.foundRune()} instead`);
        return this.scalar(word);
    }
    scalar(raw) {
        const start = this.pos;
        const partial = /^\d{4}-\d{2}-\d{2}[Tt](?![0-9])/.exec(raw);
        if (partial)
            this.fail(`invalid datetime: ${(0,goQuote/* goQuote */.dg)(partial[0])}`, start);
        const datetime = /^\d{4}-\d{2}-\d{2}(?:[Tt ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:[Zz]|[+-]\d{2}:\d{2})?)?|^\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?/.exec(raw);
        if (datetime) {
            this.pos += datetime[0].length;
            return this.datetime(datetime[0], start);
        }
        const word = /^[A-Za-z0-9_.+-]+/.exec(raw)[0];
        this.pos += word.length;
        if (word === 'true')
            return true;
        if (word === 'false')
            return false;
        if (/^[+-]?(inf|nan)$/.test(word))
            return word.endsWith('inf') ? (word.startsWith('-') ? -Infinity : Infinity) : NaN;
        if (/^[+-]$/.test(word) || /^[+-][^0-9a-z]/.test(word))
            this.fail(`expected a digit but got ${(0,goQuote/* goQuoteRune */.py)(this.src.codePointAt(start + 1) ?? 0)}`, start);
        let m = /^([+-]?)0([xob])([0-9A-Za-z_]+)$/.exec(word);
        if (m) {
            if (m[1])
                this.fail(`cannot use sign with non-decimal numbers: '${word.slice(0, 3)}'`, start);
            const digits = m[3];
            const digit = m[2] === 'x' ? /[0-9A-Fa-f_]/ : m[2] === 'o' ? /[0-7_]/ : /[01_]/;
            const bad = [...digits].findIndex((c) => !digit.test(c));
            if (bad >= 0) {
                const name = m[2] === 'x' ? 'a hexadecimal' : m[2] === 'o' ? 'an octal' : 'a binary';
                this.fail(`not ${name} number: '${word.slice(0, 2 + bad + 1)}'`, start);
            }
            const valid = m[2] === 'x' ? /^[0-9A-Fa-f]+(_[0-9A-Fa-f]+)*$/ : m[2] === 'o' ? /^[0-7]+(_[0-7]+)*$/ : /^[01]+(_[01]+)*$/;
            if (!valid.test(digits))
                this.fail(`Invalid integer ${(0,goQuote/* goQuote */.dg)(word)}: underscores must be surrounded by digits`, start);
            const n = BigInt('0' + m[2] + digits.replace(/_/g, ''));
            if (n > INT64_MAX)
                this.fail(`${word} is out of range for int64`, start);
            return new goValues/* GoInt */.ov('int64', n);
        }
        m = /^[+-]?[0-9_]+$/.exec(word);
        if (m) {
            if (!/^[+-]?\d+(_\d+)*$/.test(word))
                this.fail(`Invalid integer ${(0,goQuote/* goQuote */.dg)(word)}: underscores must be surrounded by digits`, start);
            if (/^[+-]?0\d/.test(word))
                this.fail(`Invalid integer ${(0,goQuote/* goQuote */.dg)(word)}: cannot have leading zeroes`, start);
            const n = BigInt(word.replace(/_/g, ''));
            if (n > INT64_MAX || n < -INT64_MAX - 1n)
                this.fail(`${word} is out of range for int64`, start);
            return new goValues/* GoInt */.ov('int64', n);
        }
        if (/^[+-]?[0-9_]+(\.[0-9_]+)?([eE][+-]?[0-9_]+)?$/.test(word) && /[.eE]/.test(word)) {
            const parts = word.replace(/^[+-]/, '').split(/[.eE][+-]?/);
            if (parts.some((p) => !/^\d+(_\d+)*$/.test(p)))
                this.fail(`Invalid float ${(0,goQuote/* goQuote */.dg)(word)}: underscores must be surrounded by digits`, start);
            if (/^0\d/.test(parts[0]))
                this.fail(`Invalid float ${(0,goQuote/* goQuote */.dg)(word)}: cannot have leading zeroes`, start);
            const f = Number(word.replace(/_/g, ''));
            if (!Number.isFinite(f))
                this.fail(`${word} is out of range for float64`, start);
            return f;
        }
        if (/^[+-]?\d[0-9_]*(\.\d[0-9_]*)?[eE][+-]$/.test(word))
            this.fail(`Invalid float ${(0,goQuote/* goQuote */.dg)(word)}: underscores must be surrounded by digits`, start);
        if (/^[+-]?\d[0-9_]*(\.\d[0-9_]*)?[eE]$/.test(word))
            this.fail(`Invalid float value: ${(0,goQuote/* goQuote */.dg)(word)}`, start);
        if (/^[+-]?\d[0-9_]*\.($|[eE])/.test(word))
            this.fail(`Invalid float ${(0,goQuote/* goQuote */.dg)(word)}: '.' must be followed by one or more digits`, start);
        if (word.startsWith('.'))
            this.fail("floats must start with a digit, not '.'", start);
        this.pos = start;
        return this.fail(`expected value but found ${(0,goQuote/* goQuote */.dg)(word)} instead`);
    }
    datetime(text, start) {
        const m = /^(?:(\d{4})-(\d{2})-(\d{2}))?(?:[Tt ]?(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?([Zz]|[+-]\d{2}:\d{2})?$/.exec(text);
        const hasDate = m[1] !== undefined;
        const hasTime = m[4] !== undefined;
        let loc = hasDate && hasTime ? LOCAL_DATETIME : hasDate ? LOCAL_DATE : LOCAL_TIME;
        let offset = 0;
        if (m[8] !== undefined) {
            if (m[8].toUpperCase() === 'Z')
                loc = (0,goTimeZone/* localLocation */.rc)();
            else {
                offset = (m[8][0] === '-' ? -1 : 1) * (Number(m[8].slice(1, 3)) * 3600 + Number(m[8].slice(4, 6)) * 60);
                loc = (0,goTimeZone/* localLocation */.rc)();
            }
        }
        const [y, mo, d] = hasDate ? [Number(m[1]), Number(m[2]), Number(m[3])] : [0, 1, 1];
        const [h, mi, s] = hasTime ? [Number(m[4]), Number(m[5]), Number(m[6] ?? 0)] : [0, 0, 0];
        const ns = m[7] !== undefined ? Number(m[7].slice(0, 9).padEnd(9, '0')) : 0;
        const dim = new Date(Date.UTC(y, mo, 0)).getUTCDate();
        if (mo < 1 || mo > 12 || d < 1 || d > dim || h > 23 || mi > 59 || s > 59)
            this.fail(`invalid datetime: ${(0,goQuote/* goQuote */.dg)(text)}`, start);
        if (m[8] === undefined)
            return (0,goTime/* timeFromDate */.cj)(y, mo, d, h, mi, s, ns, loc);
        // An explicit offset: time.Parse keeps the local zone when its offset matches, else a fixed unnamed zone.
        const sec = Date.UTC(y, mo - 1, d, h, mi, s) / 1000 - offset;
        const local = (0,goTimeZone/* localLocation */.rc)().lookup(sec);
        if (local.offset === offset)
            return new goTime/* GoTime */.yT(sec, ns, (0,goTimeZone/* localLocation */.rc)());
        return new goTime/* GoTime */.yT(sec, ns, fixedZone(offset));
    }
    /** Control characters other than tab are refused inside strings (and a lone CR anywhere). */
    controlCheck(c) {
        const cp = c.charCodeAt(0);
        if ((cp < 0x20 && cp !== 0x09) || cp === 0x7f)
            this.fail(`TOML files cannot contain control characters: '0x${cp.toString(16).padStart(2, '0')}'`);
    }
    basicString() {
        this.pos++;
        let out = '';
        for (;;) {
            const c = this.peek();
            if (c === undefined)
                this.fail(`unexpected EOF; expected '"'`);
            if (c === '\n')
                this.fail('strings cannot contain newlines');
            this.controlCheck(c);
            this.pos++;
            if (c === '"')
                return out;
            if (c === '\\')
                out += this.escape();
            else
                out += c;
        }
    }
    escape() {
        const c = this.peek();
        this.pos++;
        const simple = { b: '\b', t: '\t', n: '\n', f: '\f', r: '\r', e: '\x1b', '"': '"', '\\': '\\' };
        if (c !== undefined && simple[c] !== undefined)
            return simple[c];
        const width = c === 'x' ? 2 : c === 'u' ? 4 : c === 'U' ? 8 : 0;
        if (width > 0) {
            const hex = this.src.slice(this.pos, this.pos + width);
            if (!new RegExp(`^[0-9A-Fa-f]{${width}}$`).test(hex)) {
                const names = { 2: 'two', 4: 'four', 8: 'eight' };
                this.fail(`expected ${names[width]} hexadecimal digits after '\\${c}', but got ${(0,goQuote/* goQuote */.dg)(this.src.slice(this.pos - 2, this.pos + width))} instead`);
            }
            this.pos += width;
            return String.fromCodePoint(parseInt(hex, 16));
        }
        return this.fail(`invalid escape in string '\\${c ?? ''}'`);
    }
    multilineBasic() {
        this.pos += 3;
        if (this.isNewline())
            this.skipNewline();
        let out = '';
        for (;;) {
            if (this.eof())
                this.fail(`unexpected EOF; expected '"""'`);
            if (this.src.startsWith('"""', this.pos)) {
                let n = 3;
                while (this.peek(n) === '"' && n < 5)
                    n++;
                out += '"'.repeat(n - 3);
                this.pos += n;
                return out;
            }
            const c = this.peek();
            this.pos++;
            if (c !== '\\') {
                out += c;
                continue;
            }
            // A line-ending backslash trims the newline and the whitespace after it.
            let i = this.pos;
            while (this.src[i] === ' ' || this.src[i] === '\t')
                i++;
            if (this.src[i] === '\n' || (this.src[i] === '\r' && this.src[i + 1] === '\n')) {
                this.pos = i;
                while (this.peek() === ' ' || this.peek() === '\t' || this.peek() === '\n' || this.peek() === '\r')
                    this.pos++;
            }
            else
                out += this.escape();
        }
    }
    literalString() {
        this.pos++;
        const start = this.pos;
        for (;;) {
            const c = this.peek();
            if (c === undefined)
                this.fail(`unexpected EOF; expected "'"`);
            if (c === '\n')
                this.fail('strings cannot contain newlines');
            this.controlCheck(c);
            this.pos++;
            if (c === "'")
                return this.src.slice(start, this.pos - 1);
        }
    }
    multilineLiteral() {
        this.pos += 3;
        if (this.isNewline())
            this.skipNewline();
        const start = this.pos;
        const end = this.src.indexOf("'''", this.pos);
        if (end < 0) {
            this.pos = this.src.length;
            this.fail(`unexpected EOF; expected "'''"`);
        }
        let n = 3;
        while (this.src[end + n] === "'" && n < 5)
            n++;
        this.pos = end + n;
        return this.src.slice(start, end) + "'".repeat(n - 3);
    }
    array() {
        this.pos++;
        const out = [];
        for (;;) {
            this.skipAll();
            if (this.peek() === ']') {
                this.pos++;
                return out;
            }
            if (this.peek() === ',')
                this.fail('unexpected comma');
            out.push(this.value());
            this.skipAll();
            const c = this.peek();
            if (c === ',')
                this.pos++;
            else if (c !== ']')
                this.fail(`expected a comma (',') or array terminator (']'), but got ${c === undefined ? 'end of file' : this.foundRune()}`);
        }
    }
    inlineTable() {
        this.pos++;
        const t = {};
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
            if (this.peek() === ',')
                this.fail('unexpected comma');
            this.keyValue(t);
            this.skipAll();
            const c = this.peek();
            if (c === ',')
                this.pos++;
            else if (c !== '}')
                this.fail(`expected a comma or an inline table terminator '}', but got ${c === undefined ? 'end of file' : this.foundRune()} instead`);
        }
        this.context = outerContext;
        this.currentKey = outerKey;
        this.inline.add(t);
        return t;
    }
}
/** time.Parse gives an offset that is not the local zone's a fixed zone without a name. */
function fixedZone(offset) {
    return goTimeZone/* GoLocation */.q2.fixed('', offset);
}
/** toml.Unmarshal into a map[string]any; a TomlDecodeError with the decoder's text on failure. */
function decodeToml(text) {
    const src = text.startsWith('\ufeff') ? text.slice(1) : text;
    if (src.slice(0, 6).includes('\0'))
        throw new TomlDecodeError('toml: line 1: files cannot contain NULL bytes; probably using UTF-16; TOML files must be UTF-8');
    return new Parser(src).parse();
}

;// CONCATENATED MODULE: ./src/core/chart/toml/tomlEncoder.ts
/**
 * TOML as github.com/BurntSushi/toml v1.6.0's Encoder writes it (the version helm v4.3.1 pins, used by
 * toToml): plain values before tables, keys sorted bytewise, two-space indentation per table level, inline
 * tables inside arrays, `[[array]]` for a slice whose elements are all tables, nil map values left out.
 */









/** An error the encoder returns (Helm's toToml writes its text, mustToToml fails with it). */
class TomlEncodeError extends Error {
}
const INDENT = '  ';
/** The encoder's dblQuotedReplacer: quotes, backslashes and control bytes; everything else as is. */
function tomlEncoder_escape(s) {
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
function quoted(s) {
    return `"${tomlEncoder_escape(s)}"`;
}
/** One key piece: bare when every character is A-Za-z0-9_-, else quoted; "" for the empty key. */
function keyPiece(k) {
    if (k === '')
        return '""';
    return /^[A-Za-z0-9_-]+$/.test(k) ? k : quoted(k);
}
function keyString(key) {
    return key.map(keyPiece).join('.');
}
/** reflect sees a named map or slice as its underlying collection. */
function reflected(v) {
    if (v instanceof goValues/* GoObject */.MV) {
        const u = v.underlying();
        if (u !== undefined)
            return u.value;
    }
    return v;
}
/** Types with MarshalText (or time.Time, handled first by the encoder): written as one value, never as a table. */
function isMarshaler(v) {
    return v instanceof goTime/* GoTime */.yT || v instanceof semver/* SemverValue */.eB;
}
function isArray(v) {
    return Array.isArray(v) || v instanceof Uint8Array;
}
function unsupported(v) {
    throw new goErrors/* GoError */.nY(`toml: encoding a Go struct (${(0,goValues/* goTypeName */.O4)(v)}) is not supported by slipway`);
}
/** tomlTypeOfGo; undefined for nil. */
function tomlType(raw) {
    const v = reflected(raw);
    if (v === null || v === undefined)
        return undefined;
    if (v instanceof goTime/* GoTime */.yT)
        return 'Datetime';
    if (isMarshaler(v))
        return 'String';
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
    if (v instanceof goValues/* GoInt */.ov || v instanceof goDuration/* GoDuration */.zo)
        return 'Integer';
    if (isArray(v))
        return isTableArray(v) ? 'ArrayHash' : 'Array';
    if ((0,goValues/* isGoMap */.Rb)(v))
        return 'Hash';
    return unsupported(v);
}
function isTableArray(arr) {
    if (arr.length === 0)
        return false;
    let all = true;
    for (let i = 0; i < arr.length; i++) {
        const t = tomlType(arr[i]);
        if (t === undefined)
            throw new TomlEncodeError('toml: cannot encode array with nil element');
        if (t !== 'Hash')
            all = false;
    }
    return all;
}
function isTable(t) {
    return t === 'Hash' || t === 'ArrayHash';
}
/** RFC 3339 with nanoseconds; TOML's local date-times, dates and times (from fromToml) in their own forms. */
function datetime(t) {
    switch (t.loc) {
        case LOCAL_DATETIME:
            return (0,goTimeLayout/* formatTime */.fU)((0,goTime/* timeIn */.Hi)(t, goTimeZone/* UTC */.xW), '2006-01-02T15:04:05.999999999');
        case LOCAL_DATE:
            return (0,goTimeLayout/* formatTime */.fU)((0,goTime/* timeIn */.Hi)(t, goTimeZone/* UTC */.xW), '2006-01-02');
        case LOCAL_TIME:
            return (0,goTimeLayout/* formatTime */.fU)((0,goTime/* timeIn */.Hi)(t, goTimeZone/* UTC */.xW), '15:04:05.999999999');
    }
    return (0,goTimeLayout/* formatTime */.fU)(t, '2006-01-02T15:04:05.999999999Z07:00');
}
/** strconv 'g' with ".0" added when it has neither a point nor an exponent. */
function tomlEncoder_float(f) {
    if (Number.isNaN(f))
        return 'nan';
    if (f === Infinity)
        return 'inf';
    if (f === -Infinity)
        return '-inf';
    const s = (0,goFloat/* formatFloat */.k)(f, 'g', -1);
    return /[.e]/.test(s) ? s : s + '.0';
}
class Encoder {
    out = '';
    written = false;
    write(s) {
        this.out += s;
        this.written = true;
    }
    newline() {
        if (this.written)
            this.write('\n');
    }
    indent(key) {
        return INDENT.repeat(key.length - 1);
    }
    encode(key, raw) {
        if (isMarshaler(raw))
            return this.keyValue(key, raw, false);
        const v = reflected(raw);
        // Only the top-level value can be nil here (map entries that are nil are skipped): reflect panics on it.
        if (v === undefined || v === null)
            throw new goErrors/* GoError */.nY('reflect: call of reflect.Value.Type on zero Value');
        if (isArray(v)) {
            if (tomlType(v) === 'ArrayHash')
                this.arrayOfTables(key, v);
            else
                this.keyValue(key, v, false);
            return;
        }
        if ((0,goValues/* isGoMap */.Rb)(v))
            return this.table(key, v);
        if (typeof v === 'object' && !(v instanceof goValues/* GoInt */.ov) && !(v instanceof goDuration/* GoDuration */.zo))
            unsupported(v);
        this.keyValue(key, v, false);
    }
    element(raw) {
        const v = reflected(raw);
        if (v instanceof goTime/* GoTime */.yT)
            return this.write(datetime(v));
        if (v instanceof semver/* SemverValue */.eB || v instanceof goDuration/* GoDuration */.zo)
            return this.write(quoted(v.String()));
        switch (typeof v) {
            case 'string':
                return this.write(quoted(v));
            case 'boolean':
                return this.write(v ? 'true' : 'false');
            case 'bigint':
                return this.write(v.toString());
            case 'number':
                return this.write(tomlEncoder_float(v));
        }
        if (v instanceof goValues/* GoInt */.ov)
            return this.write(v.value.toString());
        if (isArray(v)) {
            this.write('[');
            for (let i = 0; i < v.length; i++) {
                this.element(v[i]);
                if (i !== v.length - 1)
                    this.write(', ');
            }
            return this.write(']');
        }
        if ((0,goValues/* isGoMap */.Rb)(v))
            return this.map([], v, true);
        if (v === null || v === undefined)
            throw new goErrors/* GoError */.nY('reflect: call of reflect.Value.Interface on zero Value');
        unsupported(v);
    }
    arrayOfTables(key, arr) {
        if (key.length === 0)
            throw new TomlEncodeError('toml: top-level values must be Go maps or structs');
        for (let i = 0; i < arr.length; i++) {
            const t = reflected(arr[i]);
            this.newline();
            this.write(`${this.indent(key)}[[${keyString(key)}]]`);
            this.newline();
            this.map(key, t, false);
        }
    }
    table(key, m) {
        if (key.length === 1)
            this.newline();
        if (key.length > 0) {
            this.write(`${this.indent(key)}[${keyString(key)}]`);
            this.newline();
        }
        this.map(key, m, false);
    }
    map(key, m, inline) {
        const direct = [];
        const sub = [];
        for (const k of Object.keys(m))
            (isTable(tomlType(m[k])) ? sub : direct).push(k);
        const writeKeys = (keys, trailingComma) => {
            keys.sort(goValues/* compareGoStrings */.mA);
            keys.forEach((k, i) => {
                const val = m[k];
                if (reflected(val) === null || reflected(val) === undefined)
                    return;
                if (inline) {
                    this.keyValue([k], val, true);
                    if (trailingComma || i !== keys.length - 1)
                        this.write(', ');
                }
                else
                    this.encode([...key, k], val);
            });
        };
        if (inline)
            this.write('{');
        writeKeys(direct, sub.length > 0);
        writeKeys(sub, false);
        if (inline)
            this.write('}');
    }
    keyValue(key, v, inline) {
        if (key.length === 0)
            return this.element(v);
        this.write(`${this.indent(key)}${keyPiece(key[key.length - 1])} = `);
        this.element(v);
        if (!inline)
            this.newline();
    }
}
/** toml.NewEncoder(w).Encode(v): the text, or a TomlEncodeError; Go runtime panics stay GoErrors. */
function encodeToml(v) {
    const e = new Encoder();
    e.encode([], v);
    return e.out;
}

;// CONCATENATED MODULE: ./src/core/chart/functions/toml.ts
/** Helm's TOML functions: toToml (the encoder's error text on failure), mustToToml, fromToml ({"Error": …} on failure). */




const tomlFunctions = {
    toToml: (0,functions_define/* def */.y)(['any'], (v) => {
        try {
            return encodeToml(v);
        }
        catch (e) {
            if (e instanceof TomlEncodeError)
                return e.message;
            throw e;
        }
    }),
    mustToToml: (0,functions_define/* def */.y)(['any'], (v) => {
        try {
            return encodeToml(v);
        }
        catch (e) {
            if (e instanceof TomlEncodeError)
                throw new goErrors/* GoError */.nY(e.message);
            throw e;
        }
    }),
    fromToml: (0,functions_define/* def */.y)(['string'], (s) => {
        try {
            return decodeToml(s);
        }
        catch (e) {
            if (e instanceof TomlDecodeError)
                return { Error: e.message };
            throw e;
        }
    }),
};

// EXTERNAL MODULE: ./src/core/chart/functions/yaml.ts + 4 modules
var yaml = __webpack_require__(25438);
;// CONCATENATED MODULE: ./src/core/chart/functions/helmFuncMap.ts
/** Every function a Helm chart template can call: text/template builtins, Sprig (as Helm pins it) and Helm's own. */















// Later families override earlier ones: Helm's functions replace Sprig's of the same name (fail, fromJson…).
const families = [
    stringFunctions,
    listFunctions,
    dictFunctions,
    mathFunctions,
    defaultFunctions,
    regexFunctions,
    semver/* semverFunctions */.CX,
    dateFunctions,
    encodingFunctions,
    pathFunctions,
    cryptoFunctions,
    yaml/* yamlFunctions */.R,
    tomlFunctions,
    helmFunctions,
];
/** A fresh function map (callers may add or replace functions, as Helm's CustomTemplateFuncs do). */
function helmFuncMap() {
    const m = builtinFuncs();
    for (const family of families)
        for (const [name, fn] of Object.entries(family))
            m.set(name, fn);
    return m;
}

;// CONCATENATED MODULE: ./src/core/chart/builtins/capabilities.ts
/**
 * `.Capabilities` as Helm v4.3.1 builds it: offline defaults (Kubernetes version derived from Helm's
 * client-go, v1.37.0; the API versions of client-go's scheme plus apiextensions), overridable by
 * --kube-version and extended by --api-versions; or the live cluster's version and discovery.
 */


/** chartutil.DefaultVersionSet of helm v4.3.1, in Helm's order (printed by `helm template` from `.Capabilities.APIVersions`). */
const DEFAULT_API_VERSIONS = [
    'v1', 'admissionregistration.k8s.io/v1', 'admissionregistration.k8s.io/v1alpha1', 'admissionregistration.k8s.io/v1beta1',
    'internal.apiserver.k8s.io/v1alpha1', 'apps/v1', 'apps/v1beta1', 'apps/v1beta2', 'authentication.k8s.io/v1',
    'authentication.k8s.io/v1alpha1', 'authentication.k8s.io/v1beta1', 'authorization.k8s.io/v1', 'authorization.k8s.io/v1beta1',
    'autoscaling/v1', 'autoscaling/v2', 'batch/v1', 'batch/v1beta1', 'certificates.k8s.io/v1', 'certificates.k8s.io/v1beta1',
    'certificates.k8s.io/v1alpha1', 'coordination.k8s.io/v1alpha2', 'coordination.k8s.io/v1beta1', 'coordination.k8s.io/v1',
    'discovery.k8s.io/v1', 'discovery.k8s.io/v1beta1', 'events.k8s.io/v1', 'events.k8s.io/v1beta1', 'extensions/v1beta1',
    'flowcontrol.apiserver.k8s.io/v1', 'flowcontrol.apiserver.k8s.io/v1beta1', 'flowcontrol.apiserver.k8s.io/v1beta2',
    'flowcontrol.apiserver.k8s.io/v1beta3', 'lifecycle.k8s.io/v1alpha1', 'networking.k8s.io/v1', 'networking.k8s.io/v1beta1',
    'node.k8s.io/v1', 'node.k8s.io/v1alpha1', 'node.k8s.io/v1beta1', 'policy/v1', 'policy/v1beta1', 'rbac.authorization.k8s.io/v1',
    'rbac.authorization.k8s.io/v1beta1', 'rbac.authorization.k8s.io/v1alpha1', 'resource.k8s.io/v1', 'resource.k8s.io/v1beta2',
    'resource.k8s.io/v1beta1', 'resource.k8s.io/v1alpha3', 'scheduling.k8s.io/v1alpha3', 'scheduling.k8s.io/v1beta1',
    'scheduling.k8s.io/v1', 'storage.k8s.io/v1beta1', 'storage.k8s.io/v1', 'storage.k8s.io/v1alpha1', 'storagemigration.k8s.io/v1',
    'storagemigration.k8s.io/v1beta1', 'apiextensions.k8s.io/v1beta1', 'apiextensions.k8s.io/v1',
];
const DEFAULT_KUBE_VERSION = 'v1.37.0';
/** The Helm version slipway renders as (what charts see in `.Capabilities.HelmVersion`). */
const HELM_BUILD_INFO = { Version: 'v4.3.1', GitCommit: '', GitTreeState: '', GoVersion: 'go1.26.8', KubeClientVersion: 'v1.37' };
class KubeVersion extends goValues/* GoObject */.MV {
    Version;
    // Unexported in Go: printed by %v of the struct, not reachable from templates.
    normalizedVersion;
    Major;
    Minor;
    constructor(version, normalized, major, minor) {
        super();
        this.Version = version;
        this.normalizedVersion = normalized;
        this.Major = major;
        this.Minor = minor;
    }
    goType() {
        return 'common.KubeVersion';
    }
    goString() {
        return this.String();
    }
    pointerStringer() {
        return true;
    }
    String() {
        return this.normalizedVersion !== '' ? this.normalizedVersion : this.Version;
    }
    GitVersion() {
        return this.Version;
    }
}
class KubeVersionError extends Error {
}
/** common.ParseKubeVersion (k8s.io/apimachinery ParseGeneric: at least major.minor, suffixes kept in Version). */
/**
 * common.ParseKubeVersion: k8s.io/apimachinery's ParseGeneric (at least two numeric components, anything
 * after them ignored), the input kept as the version (with a "v"), the components as the normalized one.
 */
function parseKubeVersion(text) {
    // Go's \s is [\t\n\f\r ] and its "." stops at \n only.
    const m = /^[\t\n\f\r ]*v?([0-9]+(?:\.[0-9]+)*)([^\n]*)$/.exec(text);
    if (m === null)
        throw new KubeVersionError(`could not parse ${(0,goQuote/* goQuote */.dg)(text)} as version`);
    const components = m[1].split('.');
    if (components.length < 2)
        throw new KubeVersionError(`illegal version string ${(0,goQuote/* goQuote */.dg)(text)}`);
    const numbers = components.map((c, i) => {
        if (i === 0 && c.startsWith('0') && c !== '0')
            throw new KubeVersionError(`illegal zero-prefixed version component ${(0,goQuote/* goQuote */.dg)(c)} in ${(0,goQuote/* goQuote */.dg)(text)}`);
        const n = BigInt(c);
        if (n > 0xffffffffffffffffn) {
            throw new KubeVersionError(`illegal non-numeric version component ${(0,goQuote/* goQuote */.dg)(c)} in ${(0,goQuote/* goQuote */.dg)(text)}: strconv.ParseUint: parsing ${(0,goQuote/* goQuote */.dg)(c)}: value out of range`);
        }
        return n.toString();
    });
    const version = text.startsWith('v') ? text : `v${text}`;
    return new KubeVersion(version, `v${numbers.join('.')}`, numbers[0], numbers[1]);
}
/** common.VersionSet, a []string with a Has method. */
class VersionSet extends goValues/* GoObject */.MV {
    versions;
    constructor(versions) {
        super();
        this.versions = versions;
    }
    goType() {
        return 'common.VersionSet';
    }
    methodSignature(name) {
        return name === 'Has' ? { params: ['string'] } : undefined;
    }
    underlying() {
        return { value: this.versions, zero: '' };
    }
    Has(apiVersion) {
        return this.versions.includes(apiVersion);
    }
}
class Capabilities extends goValues/* GoObject */.MV {
    KubeVersion;
    APIVersions;
    HelmVersion;
    constructor(KubeVersion, APIVersions, HelmVersion) {
        super();
        this.KubeVersion = KubeVersion;
        this.APIVersions = APIVersions;
        this.HelmVersion = HelmVersion;
    }
    goType() {
        return '*common.Capabilities';
    }
}
class BuildInfo extends goValues/* GoObject */.MV {
    Version = HELM_BUILD_INFO.Version;
    GitCommit = HELM_BUILD_INFO.GitCommit;
    GitTreeState = HELM_BUILD_INFO.GitTreeState;
    GoVersion = HELM_BUILD_INFO.GoVersion;
    KubeClientVersion = HELM_BUILD_INFO.KubeClientVersion;
    goType() {
        return 'version.BuildInfo';
    }
}
function buildCapabilities(opts = {}) {
    const kv = opts.clusterVersion
        ? new KubeVersion(opts.clusterVersion.gitVersion, '', opts.clusterVersion.major, opts.clusterVersion.minor)
        : opts.kubeVersion
            ? parseKubeVersion(opts.kubeVersion)
            : new KubeVersion(DEFAULT_KUBE_VERSION, DEFAULT_KUBE_VERSION, '1', '37');
    const apis = opts.fromCluster ? [...(opts.apiVersions ?? [])] : [...DEFAULT_API_VERSIONS, ...(opts.apiVersions ?? [])];
    return new Capabilities(kv, new VersionSet(apis), new BuildInfo());
}

;// CONCATENATED MODULE: ./src/core/chart/builtins/globPattern.ts
/**
 * gobwas/glob patterns compiled with `/` as separator, as Helm's .Files.Glob uses them: `*` within a path
 * segment, `**` across segments, `?`, `[abc]`, `[!abc]`, `[a-z]`, `{a,b}` alternatives and `\` escapes.
 * An invalid pattern falls back to `**` (match everything), as Helm does.
 */
const globPattern_cache = new Map();
function esc(c) {
    return /[\\^$.*+?()[\]{}|/-]/.test(c) ? `\\${c}` : c;
}
function globPattern_compile(p) {
    let re = '';
    let depth = 0;
    const chars = [...p];
    for (let i = 0; i < chars.length; i++) {
        const c = chars[i];
        if (c === '\\') {
            if (i + 1 >= chars.length)
                return null;
            re += esc(chars[++i]);
        }
        else if (c === '*') {
            if (chars[i + 1] === '*') {
                re += '.*';
                i++;
            }
            else
                re += '[^/]*';
        }
        else if (c === '?')
            re += '[^/]';
        else if (c === '[') {
            const close = chars.indexOf(']', i + 1);
            if (close < 0)
                return null;
            let body = chars.slice(i + 1, close).join('');
            let neg = false;
            if (body.startsWith('!')) {
                neg = true;
                body = body.slice(1);
            }
            if (body === '')
                return null;
            const cls = [...body].map((ch, j, all) => (ch === '-' && j > 0 && j < all.length - 1 ? '-' : esc(ch))).join('');
            re += neg ? `[^/${cls}]` : `[${cls}]`;
            i = close;
        }
        else if (c === '{') {
            depth++;
            re += '(?:';
        }
        else if (c === '}' && depth > 0) {
            depth--;
            re += ')';
        }
        else if (c === ',' && depth > 0)
            re += '|';
        else
            re += esc(c);
    }
    if (depth !== 0)
        return null;
    return new RegExp(`^${re}$`, 's');
}
function compileGlob(pattern) {
    let re = globPattern_cache.get(pattern);
    if (re === undefined) {
        re = globPattern_compile(pattern) ?? /^.*$/s;
        globPattern_cache.set(pattern, re);
    }
    return re;
}

;// CONCATENATED MODULE: ./src/core/chart/builtins/chartFilesObject.ts



function toYamlFromFuncs(funcs) {
    return (m) => {
        const fn = funcs.get('toYaml');
        if (fn === undefined)
            throw new Error('the template engine has no toYaml function yet (needed by .Files.AsConfig/AsSecrets)');
        return fn.call(undefined, [m]);
    };
}
class ChartFilesObject extends goValues/* GoObject */.MV {
    entries;
    toYaml;
    constructor(entries, toYaml) {
        super();
        this.entries = entries;
        this.toYaml = toYaml;
    }
    map;
    static of(files, toYaml) {
        return new ChartFilesObject(new Map(files.map((f) => [f.name, f.data])), toYaml);
    }
    goType() {
        return 'engine.files';
    }
    methodSignature(name) {
        return ['Get', 'GetBytes', 'Glob', 'Lines'].includes(name) ? { params: ['string'] } : undefined;
    }
    /** engine.files is a map[string][]byte: range, index, len, %v and toYaml/toJson see the files. */
    underlying() {
        this.map ??= Object.fromEntries(this.entries);
        return { value: this.map, zero: new Uint8Array(0) };
    }
    GetBytes(name) {
        return this.entries.get(name) ?? new Uint8Array(0);
    }
    Get(name) {
        return (0,goBytes/* decodeGoBytes */.mG)(this.GetBytes(name));
    }
    Glob(pattern) {
        const re = compileGlob(pattern);
        const out = new Map();
        for (const [name, data] of this.entries)
            if (re.test(name))
                out.set(name, data);
        return new ChartFilesObject(out, this.toYaml);
    }
    AsConfig() {
        const m = {};
        for (const [k, v] of this.entries)
            m[k.slice(k.lastIndexOf('/') + 1)] = (0,goBytes/* decodeGoBytes */.mG)(v);
        return this.toYaml(m);
    }
    AsSecrets() {
        const m = {};
        for (const [k, v] of this.entries)
            m[k.slice(k.lastIndexOf('/') + 1)] = Buffer.from(v).toString('base64');
        return this.toYaml(m);
    }
    Lines(path) {
        const data = this.entries.get(path);
        if (data === undefined || data.length === 0)
            return (0,goValues/* typedSlice */.tH)([], '[]string');
        let s = (0,goBytes/* decodeGoBytes */.mG)(data);
        if (s.endsWith('\n'))
            s = s.slice(0, -1);
        return (0,goValues/* typedSlice */.tH)(s.split('\n'), '[]string');
    }
}

;// CONCATENATED MODULE: ./src/core/chart/builtins/chartObject.ts

function maintainerMap(m) {
    if (m === null)
        return null;
    return { Name: m.name ?? '', Email: m.email ?? '', URL: m.url ?? '' };
}
function dependencyMap(d) {
    if (d === null)
        return null;
    return {
        Name: d.name ?? '',
        Version: d.version ?? '',
        Repository: d.repository ?? '',
        Condition: d.condition ?? '',
        Tags: [...(d.tags ?? [])],
        Enabled: d.enabled ?? false,
        ImportValues: (d['import-values'] ?? []).map((v) => (v !== null && typeof v === 'object' ? { ...v } : v)),
        Alias: d.alias ?? '',
    };
}
/** Go's map[string]string (Metadata.Annotations): a typed map, nil when Chart.yaml has none. */
class StringMap extends goValues/* GoObject */.MV {
    #map;
    constructor(map) {
        super();
        this.#map = map === undefined ? undefined : { ...map };
    }
    goType() {
        return 'map[string]string';
    }
    underlying() {
        return { value: this.#map ?? {}, zero: '', ...(this.#map === undefined ? { nil: true } : {}) };
    }
}
function chartMetadataObject(md, isRoot) {
    return {
        Name: md.name ?? '',
        Home: md.home ?? '',
        Sources: [...(md.sources ?? [])],
        Version: md.version ?? '',
        Description: md.description ?? '',
        Keywords: [...(md.keywords ?? [])],
        Maintainers: (md.maintainers ?? []).map((m) => maintainerMap(m)),
        Icon: md.icon ?? '',
        APIVersion: md.apiVersion ?? '',
        Condition: md.condition ?? '',
        Tags: md.tags ?? '',
        AppVersion: md.appVersion ?? '',
        Deprecated: md.deprecated ?? false,
        Annotations: new StringMap(md.annotations),
        KubeVersion: md.kubeVersion ?? '',
        Dependencies: (md.dependencies ?? []).map((d) => dependencyMap(d)),
        Type: md.type ?? '',
        IsRoot: isRoot,
    };
}

;// CONCATENATED MODULE: ./src/core/chart/loader/chart.ts
function chartName(c) {
    return c.metadata.name ?? '';
}
/** Helm's ChartFullPath: `top/charts/sub/charts/subsub`. */
function chartFullPath(c) {
    return c.parent === undefined ? chartName(c) : `${chartFullPath(c.parent)}/charts/${chartName(c)}`;
}
function isLibraryChart(c) {
    return (c.metadata.type ?? '').toLowerCase() === 'library';
}
/** Files of crds/ with a manifest extension, this chart's first, then each subchart's (Helm's CRDObjects). */
function chartCrds(c) {
    const out = [];
    for (const f of c.files) {
        if (f.name.startsWith('crds/') && /\.(ya?ml|json)$/i.test(f.name))
            out.push({ filename: `${chartFullPath(c)}/${f.name}`, file: f });
    }
    for (const d of c.dependencies)
        out.push(...chartCrds(d));
    return out;
}

// EXTERNAL MODULE: ./src/core/chart/loader/semverRange.ts
var semverRange = __webpack_require__(76463);
;// CONCATENATED MODULE: ./src/core/chart/values/valueText.ts
/** fmt's %v of a values tree, for Helm's coalesce warnings (maps with sorted keys, slices in brackets). */
function formatValueForWarning(v) {
    if (v === null || v === undefined)
        return '<nil>';
    if (typeof v === 'string')
        return v;
    if (typeof v === 'number')
        return goFloatV(v);
    if (typeof v === 'bigint' || typeof v === 'boolean')
        return String(v);
    if (Array.isArray(v))
        return `[${v.map(formatValueForWarning).join(' ')}]`;
    if (typeof v === 'object') {
        const o = v;
        if ('value' in o && typeof o.value === 'bigint')
            return String(o.value);
        const keys = Object.keys(o).sort();
        return `map[${keys.map((k) => `${k}:${formatValueForWarning(o[k])}`).join(' ')}]`;
    }
    return String(v);
}
/** %v of a float64: shortest form, exponent from 1e21 up and below 1e-4 (Go's %v uses %g with shortest precision). */
function goFloatV(f) {
    if (Number.isNaN(f))
        return 'NaN';
    if (!Number.isFinite(f))
        return f > 0 ? '+Inf' : '-Inf';
    if (f === 0)
        return Object.is(f, -0) ? '-0' : '0';
    const exp = Math.floor(Math.log10(Math.abs(f)));
    if (exp < -4 || exp >= 21) {
        const [m, e] = f.toExponential().split('e');
        const n = Number(e);
        return `${m}e${n < 0 ? '-' : '+'}${String(Math.abs(n)).padStart(2, '0')}`;
    }
    return String(f);
}

// EXTERNAL MODULE: ./src/core/chart/helmLogRecord.ts
var helmLogRecord = __webpack_require__(22971);
;// CONCATENATED MODULE: ./src/core/chart/values/coalesce.ts
/**
 * Helm's chartutil CoalesceValues / MergeValues (pkg/chart/common/util/coalesce.go), line for line:
 * user values over chart defaults, subchart blocks coalesced with each subchart's defaults, globals pushed
 * down, `null` deleting a default (coalesce) or kept (merge). Warnings go to `warn` as Helm logs them.
 */




/** Helm's values warnings go through the standard log, which Helm 4's slog default writes at level INFO. */
function logPrintf(warn, message) {
    warn(message, { level: 'INFO', msg: message });
}
/** A `slog.Warn(msg, key, value, …)` of Helm's. */
function slogWarn(warn, msg, ...attrs) {
    const record = { level: 'WARN', msg, attrs };
    warn((0,helmLogRecord/* plainText */.w)(record), record);
}
function coalesce_isTable(v) {
    if (v === null || typeof v !== 'object' || Array.isArray(v))
        return false;
    const proto = Object.getPrototypeOf(v);
    return proto === Object.prototype || proto === null;
}
/** copystructure.Copy of a values tree: maps and slices copied, scalars shared. */
function coalesce_deepCopy(v) {
    if (Array.isArray(v))
        return v.map(coalesce_deepCopy);
    if (coalesce_isTable(v)) {
        const out = {};
        for (const k of Object.keys(v))
            out[k] = coalesce_deepCopy(v[k]);
        return out;
    }
    return v;
}
function concatPrefix(a, b) {
    return a === '' ? b : `${a}.${b}`;
}
function coalesceValues(chart, vals, warn) {
    return coalesce(warn, chart, coalesce_deepCopy(vals ?? {}), '', false);
}
function mergeValues(chart, vals, warn) {
    return coalesce(warn, chart, coalesce_deepCopy(vals ?? {}), '', true);
}
function coalesce(warn, ch, dest, prefix, merge) {
    coalesceChartValues(warn, ch, dest, prefix, merge);
    return coalesceDeps(warn, ch, dest, prefix, merge);
}
function coalesceDeps(warn, ch, dest, prefix, merge) {
    for (const sub of ch.dependencies) {
        const name = chartName(sub);
        if (!Object.hasOwn(dest, name))
            dest[name] = {};
        else if (!coalesce_isTable(dest[name]))
            throw new Error(`type mismatch on ${name}: %!t(${goTypeForMismatch(dest[name])}=${formatValueForWarning(dest[name])})`);
        const dvmap = dest[name];
        const subPrefix = concatPrefix(prefix, chartName(ch));
        coalesceGlobals(warn, dvmap, dest, subPrefix);
        dest[name] = coalesce(warn, sub, dvmap, subPrefix, merge);
    }
    return dest;
}
function goTypeForMismatch(v) {
    if (typeof v === 'string')
        return 'string';
    if (typeof v === 'number')
        return 'float64';
    if (typeof v === 'bigint')
        return 'int64';
    if (Array.isArray(v))
        return '[]interface {}';
    return 'interface {}';
}
function coalesceGlobals(warn, dest, src, prefix) {
    let dg;
    let sg;
    if (!Object.hasOwn(dest, 'global'))
        dg = {};
    else if (coalesce_isTable(dest.global))
        dg = dest.global;
    else {
        logPrintf(warn, 'warning: skipping globals because destination global is not a table.');
        return;
    }
    if (!Object.hasOwn(src, 'global'))
        sg = {};
    else if (coalesce_isTable(src.global))
        sg = src.global;
    else {
        logPrintf(warn, 'warning: skipping globals because source global is not a table.');
        return;
    }
    for (const key of Object.keys(sg)) {
        const val = sg[key];
        if (coalesce_isTable(val)) {
            const vv = { ...val };
            if (!Object.hasOwn(dg, key))
                dg[key] = vv;
            else {
                const destv = dg[key];
                if (!coalesce_isTable(destv))
                    logPrintf(warn, `Conflict: cannot merge map onto non-map for ${(0,goQuote/* goQuote */.dg)(key)}. Skipping.`);
                else {
                    coalesceTablesFullKey(warn, vv, destv, concatPrefix(prefix, key), true);
                    dg[key] = vv;
                }
            }
        }
        else if (Object.hasOwn(dg, key) && coalesce_isTable(dg[key])) {
            logPrintf(warn, `key ${key} is table. Skipping`);
        }
        else {
            dg[key] = val;
        }
    }
    dest.global = dg;
}
function coalesceChartValues(warn, ch, v, prefix, merge) {
    const subPrefix = concatPrefix(prefix, chartName(ch));
    const vc = coalesce_deepCopy(ch.values ?? {});
    for (const key of Object.keys(vc)) {
        const val = vc[key];
        if (Object.hasOwn(v, key)) {
            const value = v[key];
            if (value === null && !merge)
                delete v[key];
            else if (coalesce_isTable(value)) {
                if (!coalesce_isTable(val)) {
                    if (val !== null)
                        logPrintf(warn, `warning: skipped value for ${subPrefix}.${key}: Not a table.`);
                }
                else {
                    const childMerge = ch.dependencies.some((d) => chartName(d) === key) ? true : merge;
                    if (!childMerge)
                        cleanNilValues(val);
                    coalesceTablesFullKey(warn, value, val, concatPrefix(subPrefix, key), childMerge);
                }
            }
        }
        else {
            if (!merge) {
                if (val === null)
                    continue;
                if (coalesce_isTable(val))
                    cleanNilValues(val);
            }
            v[key] = val;
        }
    }
}
function coalesceTables(dst, src, warn) {
    return coalesceTablesFullKey(warn, dst, src, '', false);
}
function mergeTables(dst, src, warn) {
    return coalesceTablesFullKey(warn, dst, src, '', true);
}
function coalesceTablesFullKey(warn, dst, src, prefix, merge) {
    if (src === null)
        return dst;
    if (dst === null)
        return src;
    const srcOriginalNonNil = new Set();
    for (const key of Object.keys(src))
        if (src[key] !== null)
            srcOriginalNonNil.add(key);
    for (const key of Object.keys(dst))
        if (dst[key] === null)
            src[key] = null;
    for (const key of Object.keys(src)) {
        const val = src[key];
        const fullkey = concatPrefix(prefix, key);
        const ok = Object.hasOwn(dst, key);
        const dv = dst[key];
        if (ok && !merge && dv === null && srcOriginalNonNil.has(key))
            delete dst[key];
        else if (!ok)
            dst[key] = val;
        else if (coalesce_isTable(val)) {
            if (coalesce_isTable(dv))
                coalesceTablesFullKey(warn, dv, val, fullkey, merge);
            else
                logPrintf(warn, `warning: cannot overwrite table with non table for ${fullkey} (${formatValueForWarning(val)})`);
        }
        else if (coalesce_isTable(dv) && val !== null) {
            logPrintf(warn, `warning: destination for ${fullkey} is a table. Ignoring non-table value (${formatValueForWarning(val)})`);
        }
    }
    return dst;
}
function cleanNilValues(m) {
    for (const key of Object.keys(m)) {
        const val = m[key];
        if (val === null)
            delete m[key];
        else if (coalesce_isTable(val))
            cleanNilValues(val);
    }
}

;// CONCATENATED MODULE: ./src/core/chart/values/dependencies.ts



/** A copy of a chart node with its own metadata (dependency entries copied) and dependency list. */
function copyNode(c) {
    return {
        ...c,
        metadata: { ...c.metadata, ...(c.metadata.dependencies ? { dependencies: c.metadata.dependencies.map((d) => ({ ...d })) } : {}) },
        dependencies: [...c.dependencies],
    };
}
function setDependencies(c, deps) {
    c.dependencies = deps;
    for (const d of deps)
        d.parent = c;
}
/** Copies the whole tree so dependency processing can mutate it as Helm mutates its chart. */
function copyChartTree(c) {
    const out = copyNode(c);
    setDependencies(out, c.dependencies.map(copyChartTree));
    return out;
}
function pathValue(vals, path) {
    const parts = path.split('.');
    let table = vals;
    for (const p of parts.slice(0, -1)) {
        const next = table[p];
        if (!coalesce_isTable(next))
            return { found: false };
        table = next;
    }
    const key = parts[parts.length - 1];
    if (Object.hasOwn(table, key) && !coalesce_isTable(table[key]))
        return { found: true, value: table[key] };
    return { found: false };
}
function tableAt(vals, path) {
    let table = vals;
    for (const p of path.split('.')) {
        const next = table[p];
        if (!coalesce_isTable(next))
            return undefined;
        table = next;
    }
    return table;
}
/** The first component of `path` that is missing or not a table, in Helm's words (`"exported" is not a table`). */
function noTableError(vals, path) {
    let table = vals;
    for (const p of path.split('.')) {
        const next = table[p];
        if (!coalesce_isTable(next))
            return `${JSON.stringify(p)} is not a table`;
        table = next;
    }
    return '';
}
function processTags(reqs, cvals, warn) {
    const vt = coalesce_isTable(cvals.tags) ? cvals.tags : undefined;
    if (vt === undefined)
        return;
    for (const r of reqs) {
        let hasTrue = false;
        let hasFalse = false;
        for (const k of r.tags ?? []) {
            if (!Object.hasOwn(vt, k))
                continue;
            const b = vt[k];
            if (typeof b === 'boolean') {
                if (b)
                    hasTrue = true;
                else
                    hasFalse = true;
            }
            else
                slogWarn(warn, 'returned non-bool value', ['tag', k], ['chart', r.name]);
        }
        if (!hasTrue && hasFalse)
            r.enabled = false;
        else if (hasTrue || (!hasTrue && !hasFalse))
            r.enabled = true;
    }
}
function processConditions(reqs, cvals, cpath, warn) {
    for (const r of reqs) {
        for (const c of (r.condition ?? '').trim().split(',')) {
            if (c === '')
                continue;
            const { found, value } = pathValue(cvals, cpath + c);
            if (!found)
                continue;
            if (typeof value === 'boolean') {
                r.enabled = value;
                break;
            }
            slogWarn(warn, 'returned non-bool value', ['path', c], ['chart', r.name]);
        }
    }
}
function aliasDependency(charts, dep) {
    for (const c of charts) {
        if (chartName(c) !== dep.name)
            continue;
        if (!(0,semverRange/* isCompatibleRange */.cb)(dep.version ?? '', c.metadata.version ?? ''))
            continue;
        const out = copyNode(c);
        setDependencies(out, c.dependencies.map((d) => ({ ...d })));
        if (dep.alias)
            out.metadata.name = dep.alias;
        return out;
    }
    return undefined;
}
function processEnabled(c, v, path, warn) {
    const reqs = c.metadata.dependencies;
    if (reqs === undefined || reqs === null)
        return;
    const chartDependencies = [];
    outer: for (const existing of c.dependencies) {
        for (const req of reqs) {
            if (req && chartName(existing) === req.name && (0,semverRange/* isCompatibleRange */.cb)(req.version ?? '', existing.metadata.version ?? ''))
                continue outer;
        }
        chartDependencies.push(existing);
    }
    for (const req of reqs) {
        if (!req)
            continue;
        const dep = aliasDependency(c.dependencies, req);
        if (dep)
            chartDependencies.push(dep);
        if (req.alias)
            req.name = req.alias;
    }
    setDependencies(c, chartDependencies);
    for (const r of reqs)
        r.enabled = true;
    const cvals = coalesceValues(c, v, warn);
    processTags(reqs, cvals, warn);
    processConditions(reqs, cvals, path, warn);
    const disabled = new Set(reqs.filter((r) => !r.enabled).map((r) => r.name));
    const kept = c.dependencies.filter((d) => !disabled.has(chartName(d)));
    const keptMeta = reqs.filter((r) => !disabled.has(r.name));
    for (const t of kept)
        processEnabled(t, cvals, `${path}${chartName(t)}.`, warn);
    c.metadata.dependencies = keptMeta;
    setDependencies(c, kept);
}
function pathToMap(path, data) {
    if (path === '.')
        return data;
    let cur = data;
    for (const p of path.split('.').reverse())
        cur = { [p]: cur };
    return cur;
}
function goSprintV(v) {
    if (v === undefined || v === null)
        return '<nil>';
    return typeof v === 'string' ? v : String(v);
}
function processImportValues(c, merge, warn) {
    const reqs = c.metadata.dependencies;
    if (reqs === undefined || reqs === null)
        return;
    const cvals = merge ? mergeValues(c, null, warn) : coalesceValues(c, null, warn);
    let b = {};
    for (const r of reqs) {
        const out = [];
        for (const riv of r['import-values'] ?? []) {
            if (coalesce_isTable(riv)) {
                const child = goSprintV(riv.child);
                const parent = goSprintV(riv.parent);
                out.push({ child, parent });
                const vv = tableAt(cvals, `${r.name}.${child}`);
                if (vv === undefined) {
                    slogWarn(warn, 'ImportValues missing table from chart', ['chart', r.name], ['error', noTableError(cvals, `${r.name}.${child}`)]);
                    continue;
                }
                b = merge ? mergeTables(b, pathToMap(parent, vv), warn) : coalesceTables(b, pathToMap(parent, vv), warn);
            }
            else if (typeof riv === 'string') {
                const child = `exports.${riv}`;
                out.push({ child, parent: '.' });
                const vm = tableAt(cvals, `${r.name}.${child}`);
                if (vm === undefined) {
                    slogWarn(warn, 'ImportValues missing table', ['error', noTableError(cvals, `${r.name}.${child}`)]);
                    continue;
                }
                b = merge ? mergeTables(b, vm, warn) : coalesceTables(b, vm, warn);
            }
        }
        r['import-values'] = out;
    }
    c.values = merge ? mergeTables(coalesce_deepCopy(cvals), b, warn) : coalesceTables(trimNilValues(cvals), b, warn);
}
function trimNilValues(vals) {
    const copy = coalesce_deepCopy(vals);
    const trim = (m) => {
        for (const key of Object.keys(m)) {
            if (m[key] === null)
                delete m[key];
            else if (coalesce_isTable(m[key]))
                m[key] = trim(m[key]);
        }
        return m;
    };
    return trim(copy);
}
function processDependencyImportValues(c, merge, warn) {
    for (const d of c.dependencies)
        processDependencyImportValues(d, merge, warn);
    processImportValues(c, merge, warn);
}
/** Returns a processed copy of the tree: disabled subcharts removed, aliases applied, import-values merged. */
function processDependencies(chart, vals, warn) {
    const tree = copyChartTree(chart);
    processEnabled(tree, vals, '', warn);
    processDependencyImportValues(tree, true, warn);
    return tree;
}
/** Helm's CheckDependencies: every dependency in Chart.yaml must be present in charts/. */
function missingDependencies(chart) {
    const present = new Set(chart.dependencies.map(chartName));
    return (chart.metadata.dependencies ?? []).filter((d) => d && !present.has(d.name)).map((d) => d.name);
}

;// CONCATENATED MODULE: ./src/core/chart/values/schemaNumbers.ts
/**
 * Numbers as santhosh-tekuri/jsonschema prints them in Helm's schema errors: through golang.org/x/text's
 * English printer, which groups thousands (`70,000`) and writes exponents as `1.5×10⁰⁶` (checked against
 * x/text v0.43 for both verbs).
 */

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
function groupThousands(digits) {
    let out = '';
    for (let i = 0; i < digits.length; i++) {
        if (i > 0 && (digits.length - i) % 3 === 0)
            out += ',';
        out += digits[i];
    }
    return out;
}
/** `%d` of an integer. */
function localizedInt(n) {
    return n < 0 ? `-${groupThousands(String(-n))}` : groupThousands(String(n));
}
/** `%v` of a float64: Go's shortest %g form, grouped, with a superscript exponent of at least two digits. */
function localizedFloat(f) {
    const g = (0,goFloat/* formatFloat */.k)(f, 'g', -1);
    const m = /^(-?)(\d+)(\.\d+)?(?:e([+-])(\d+))?$/.exec(g);
    if (m === null)
        return g; // NaN, ±Inf: JSON values cannot hold them
    const [, sign, whole, fraction = '', expSign, exp] = m;
    const mantissa = `${sign}${groupThousands(whole)}${fraction}`;
    if (exp === undefined)
        return mantissa;
    const expDigits = [...exp.padStart(2, '0')].map((d) => SUPERSCRIPT[Number(d)]).join('');
    return `${mantissa}×10${expSign === '-' ? '⁻' : ''}${expDigits}`;
}

;// CONCATENATED MODULE: ./src/core/chart/values/schemaValidation.ts





const ajvOptions = { allErrors: true, strict: false, validateFormats: false, validateSchema: false, logger: false };
const instances = new Map();
const classes = new Map();
let draft06MetaSchema;
function draftOf(schema) {
    const uri = coalesce_isTable(schema) && typeof schema.$schema === 'string' ? schema.$schema : '';
    return /draft-04/.test(uri) ? '04' : /draft-0[67]/.test(uri) ? '07' : /2019-09/.test(uri) ? '2019' : '2020';
}
const classOf = (mod) => {
    // ajv's CommonJS modules arrive as { default: { default: Ajv } } or { default: Ajv } depending on the loader.
    let m = mod;
    while (typeof m !== 'function' && m !== null && typeof m === 'object' && 'default' in m)
        m = m.default;
    return m;
};
async function loadDraft(draft) {
    if (classes.has(draft))
        return;
    // Loaded on first use, by dynamic import (which the bundler follows): most charts have no schema, and
    // the CLI must start fast.
    if (draft === '04')
        classes.set(draft, classOf(await Promise.all(/* import() */[__webpack_require__.e(7546), __webpack_require__.e(905)]).then(__webpack_require__.t.bind(__webpack_require__, 70905, 23))));
    else if (draft === '07') {
        classes.set(draft, classOf(await Promise.all(/* import() */[__webpack_require__.e(7546), __webpack_require__.e(2463)]).then(__webpack_require__.t.bind(__webpack_require__, 42463, 23))));
        draft06MetaSchema = (await __webpack_require__.e(/* import() */ 6012).then(__webpack_require__.t.bind(__webpack_require__, 66012, 19))).default;
    }
    else if (draft === '2019')
        classes.set(draft, classOf(await Promise.all(/* import() */[__webpack_require__.e(7546), __webpack_require__.e(878)]).then(__webpack_require__.t.bind(__webpack_require__, 60878, 23))));
    else
        classes.set(draft, classOf(await Promise.all(/* import() */[__webpack_require__.e(7546), __webpack_require__.e(2210)]).then(__webpack_require__.t.bind(__webpack_require__, 52210, 23))));
}
/** Loads the validators the schemas of the chart tree need; call before validateValuesAgainstSchemas. */
async function loadSchemaValidators(chart) {
    if (chart.schema !== undefined) {
        let schema;
        try {
            schema = JSON.parse(new TextDecoder().decode(chart.schema));
        }
        catch {
            schema = undefined; // reported by the validation itself
        }
        if (schema !== undefined)
            await loadDraft(draftOf(schema));
    }
    for (const sub of chart.dependencies)
        await loadSchemaValidators(sub);
}
function ajvFor(schema) {
    const draft = draftOf(schema);
    let ajv = instances.get(draft);
    if (ajv === undefined) {
        const Ajv = classes.get(draft);
        if (Ajv === undefined)
            throw new Error(`the draft ${draft} validator was not loaded (call loadSchemaValidators first)`);
        ajv = new Ajv(ajvOptions);
        if (draft === '07') {
            try {
                ajv.addMetaSchema(draft06MetaSchema);
            }
            catch {
                // draft-06 meta-schema already present
            }
        }
        instances.set(draft, ajv);
    }
    return ajv;
}
/** Go values → plain JSON for the validator (int64 from --set becomes a number). */
function toJson(v) {
    if (v instanceof goValues/* GoInt */.ov)
        return Number(v.value);
    if (typeof v === 'bigint')
        return Number(v);
    if (Array.isArray(v))
        return v.map(toJson);
    if (coalesce_isTable(v))
        return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, toJson(x)]));
    return v;
}
/** santhosh-tekuri's quote(): Go %q with single quotes. */
function quote(s) {
    const q = JSON.stringify(s).slice(1, -1).replaceAll('\\"', '"').replaceAll("'", "\\'");
    return `'${q}'`;
}
function display(v) {
    if (typeof v === 'string')
        return quote(v);
    if (v !== null && typeof v === 'object')
        return 'value';
    if (v === null)
        return '<nil>';
    return String(v);
}
function jsonType(v) {
    if (v === null)
        return 'null';
    if (typeof v === 'boolean')
        return 'boolean';
    if (typeof v === 'number')
        return 'number';
    if (typeof v === 'string')
        return 'string';
    if (Array.isArray(v))
        return 'array';
    return 'object';
}
function valueAt(root, pointer) {
    if (pointer === '')
        return root;
    let cur = root;
    for (const raw of pointer.slice(1).split('/')) {
        const key = raw.replaceAll('~1', '/').replaceAll('~0', '~');
        cur = Array.isArray(cur) ? cur[Number(key)] : coalesce_isTable(cur) ? cur[key] : undefined;
    }
    return cur;
}
function message(e, data, group) {
    const p = e.params;
    const got = valueAt(data, e.instancePath);
    switch (e.keyword) {
        case 'type':
            return `got ${jsonType(got)}, want ${String(p.type).split(',').join(' or ')}`;
        case 'required': {
            const missing = group.map((g) => String(g.params.missingProperty));
            return missing.length === 1 ? `missing property ${quote(missing[0])}` : `missing properties ${missing.map(quote).join(', ')}`;
        }
        case 'additionalProperties': {
            const extra = group.map((g) => String(g.params.additionalProperty));
            return `additional properties ${extra.map(quote).join(', ')} not allowed`;
        }
        case 'enum': {
            const allowed = p.allowedValues ?? [];
            if (allowed.some((v) => v !== null && typeof v === 'object'))
                return "'enum' failed";
            return allowed.length === 1 ? `value must be ${display(allowed[0])}` : `value must be one of ${allowed.map(display).join(', ')}`;
        }
        case 'const':
            return p.allowedValue !== null && typeof p.allowedValue === 'object' ? "'const' failed" : `value must be ${display(p.allowedValue)}`;
        case 'pattern':
            return `${quote(String(got))} does not match pattern ${quote(String(p.pattern))}`;
        case 'minimum':
        case 'maximum':
        case 'exclusiveMinimum':
        case 'exclusiveMaximum':
        case 'multipleOf':
            return `${e.keyword}: got ${localizedFloat(Number(got))}, want ${localizedFloat(Number(p.limit ?? p.multipleOf))}`;
        case 'minLength':
        case 'maxLength':
            return `${e.keyword}: got ${localizedInt([...String(got)].length)}, want ${localizedInt(Number(p.limit))}`;
        case 'minItems':
        case 'maxItems':
            return `${e.keyword}: got ${localizedInt(Array.isArray(got) ? got.length : 0)}, want ${localizedInt(Number(p.limit))}`;
        case 'minProperties':
        case 'maxProperties':
            return `${e.keyword}: got ${localizedInt(coalesce_isTable(got) ? Object.keys(got).length : 0)}, want ${localizedInt(Number(p.limit))}`;
        case 'uniqueItems':
            return `items at ${localizedInt(Number(p.j))} and ${localizedInt(Number(p.i))} are equal`;
        case 'not':
            return "'not' failed";
        case 'anyOf':
            return "'anyOf' failed";
        case 'oneOf':
            return Array.isArray(p.passingSchemas) ? `'oneOf' failed, subschemas ${p.passingSchemas.map(localizedInt).join(', ')} matched` : "'oneOf' failed, none matched";
        case 'false schema':
            return 'false schema';
        case 'dependencies':
        case 'dependentRequired':
            return `properties ${quote(String(p.missingProperty))} required, if ${quote(String(p.property))} exists`;
        case 'propertyNames':
            return `invalid propertyName ${quote(String(p.propertyName))}`;
        case 'if':
        case 'allOf':
            return undefined;
        default:
            return e.message ?? e.keyword;
    }
}
/**
 * santhosh-tekuri/jsonschema's evaluation order at one instance (validator.go): these keywords are checked
 * before the instance's items or properties are descended into; the others after (additionalProperties
 * after the properties loop, propertyNames, dependentRequired, contains, conditionals).
 */
const BEFORE_CHILDREN = {
    type: 0, const: 1, enum: 2, format: 3, minProperties: 4, maxProperties: 5, required: 6, dependencies: 7,
    minItems: 8, maxItems: 9, uniqueItems: 10, minLength: 11, maxLength: 12, pattern: 13, minimum: 14,
    maximum: 15, exclusiveMinimum: 16, exclusiveMaximum: 17, multipleOf: 18,
};
function instanceSteps(path) {
    return path === '' ? [] : path.slice(1).split('/');
}
/**
 * Orders two errors as the validator reports them: at one instance by keyword order, an instance's own
 * keyword (before-children ones) before the errors of its items, items by index. Properties of one object
 * keep ajv's order: the validator walks a Go map there, so Helm's order varies between runs.
 */
function evaluationOrder(a, b) {
    const pa = instanceSteps(a.instancePath);
    const pb = instanceSteps(b.instancePath);
    let i = 0;
    while (i < pa.length && i < pb.length && pa[i] === pb[i])
        i++;
    const rank = (e) => BEFORE_CHILDREN[e.keyword] ?? 100;
    if (i === pa.length && i === pb.length)
        return rank(a) - rank(b);
    if (i === pa.length)
        return rank(a) < 100 ? -1 : 1;
    if (i === pb.length)
        return rank(b) < 100 ? 1 : -1;
    const [x, y] = [pa[i], pb[i]];
    return /^\d+$/.test(x) && /^\d+$/.test(y) ? Number(x) - Number(y) : 0;
}
/** Error lines for one chart's schema, in Helm's words; empty when valid. */
function schemaErrors(values, schemaText) {
    const schema = JSON.parse(schemaText);
    const validate = ajvFor(schema).compile(schema);
    const data = toJson(values);
    if (validate(data))
        return [];
    const errors = validate.errors ?? [];
    // santhosh-tekuri stops at a type mismatch: no other keyword is reported for that instance.
    const typeFailed = new Set(errors.filter((e) => e.keyword === 'type').map((e) => e.instancePath));
    const groups = new Map();
    for (const e of errors) {
        if (e.keyword !== 'type' && typeFailed.has(e.instancePath))
            continue;
        const key = `${e.instancePath}\u0000${e.schemaPath}\u0000${e.keyword}`;
        let g = groups.get(key);
        if (g === undefined)
            groups.set(key, (g = []));
        g.push(e);
    }
    const lines = [];
    for (const group of [...groups.values()].sort((a, b) => evaluationOrder(a[0], b[0]))) {
        const m = message(group[0], data, group);
        if (m !== undefined)
            lines.push(`- at ${quote(group[0].instancePath)}: ${m}`);
    }
    return lines;
}
/** Helm's ValidateAgainstSchema over the tree; the text of all failures, empty when valid. */
function schemaReport(chart, values, failing = []) {
    let out = '';
    if (chart.schema !== undefined) {
        let lines;
        try {
            lines = schemaErrors(values, new TextDecoder().decode(chart.schema));
        }
        catch (e) {
            lines = [`unable to validate schema: ${e.message}`];
        }
        if (lines.length > 0) {
            out += `${chartName(chart)}:\n${lines.join('\n')}\n`;
            failing.push(chart);
        }
    }
    for (const sub of chart.dependencies) {
        const raw = values[chartName(sub)];
        if (raw === undefined || raw === null)
            continue;
        if (!coalesce_isTable(raw)) {
            out += `${chartName(sub)}:\ninvalid type for values: expected object (map), got ${Array.isArray(raw) ? '[]interface {}' : typeof raw === 'string' ? 'string' : typeof raw === 'number' ? 'float64' : typeof raw === 'boolean' ? 'bool' : 'int64'}\n`;
            continue;
        }
        out += schemaReport(sub, raw, failing);
    }
    return out;
}
function validateValuesAgainstSchemas(chart, values) {
    const failing = [];
    const report = schemaReport(chart, values, failing);
    if (report === '')
        return;
    const firstPath = /- at '([^']*)'/.exec(report)?.[1];
    // The schema of the first chart reported (a subchart's own values.schema.json when it is the one failing).
    const origin = (failing[0] ?? chart).origin;
    throw new slipwayError.SlipwayError('values', `values don't meet the specifications of the schema(s) in the following chart(s):\n${report}`, {
        where: { file: `${origin}/values.schema.json`, ...(firstPath !== undefined ? { field: firstPath === '' ? '(root)' : firstPath } : {}) },
        hint: 'fix the values (or --set flags) named above so they satisfy values.schema.json',
    });
}

// EXTERNAL MODULE: ./src/core/deploy/kindOrder.ts
var kindOrder = __webpack_require__(12049);
// EXTERNAL MODULE: ./src/core/chart/values/goYamlValues.ts
var goYamlValues = __webpack_require__(32448);
// EXTERNAL MODULE: ./src/core/chart/values/goYamlScalar.ts
var goYamlScalar = __webpack_require__(13398);
;// CONCATENATED MODULE: ./src/core/chart/output/manifestHeadScanner.ts
/**
 * A line scanner that reads a rendered manifest's head (apiVersion, kind, metadata.name, annotations)
 * without a full YAML parse, for the block-style YAML templates almost always produce. Helm decodes every
 * document fully (which also rejects invalid YAML), so this scanner only answers for documents made of
 * lines it can prove well-formed: block mappings and sequences with consistent indentation, plain scalars
 * without indicators, simple quoted scalars, `{}`/`[]`, comments and literal/folded block scalars. Anything
 * else (flow collections, anchors, tags, escapes, multi-line plain scalars, tabs, odd indentation…) returns
 * undefined and the caller parses the document fully.
 */

/** Where a container sits, as far as the head is concerned. */
var Path;
(function (Path) {
    Path[Path["Root"] = 0] = "Root";
    Path[Path["Metadata"] = 1] = "Metadata";
    Path[Path["Annotations"] = 2] = "Annotations";
    Path[Path["Other"] = 3] = "Other";
})(Path || (Path = {}));
/** A scalar's head value, or FALLBACK when the value is not one the scanner proves valid. */
const FALLBACK = Symbol('fallback');
const NESTED = Symbol('nested');
const BLOCK = Symbol('block');
/** A flow sequence: valid, not a scalar (a head field holding one reads as empty). */
const FLOW = Symbol('flow');
const KEY = /^[A-Za-z0-9_][A-Za-z0-9_.\/-]*$/;
const QUOTED_KEY = /^(?:"[A-Za-z0-9_.\/-]+"|'[A-Za-z0-9_.\/-]+')$/;
/** A flow sequence of simple scalars: `["/bin/sleep", "9000"]`, `[get, list]`, `[""]`. */
const FLOW_ITEM = `(?:"[^"\\\\]*"|'[^']*'|[A-Za-z0-9_./$(][A-Za-z0-9_./$()=+-]*)`;
const FLOW_SEQUENCE = new RegExp(`^\\[ *(?:${FLOW_ITEM}(?: *, *${FLOW_ITEM})*)? *\\]$`);
const BLOCK_INDICATOR = /^[|>][-+]?$/;
/**
 * The inside of a one-line double-quoted scalar with escapes both go-yaml and js-yaml read alike (no surrogate or
 * out-of-range code point; not `\/`, which only js-yaml knows, nor `\'`, which only go-yaml knows).
 */
const DOUBLE_QUOTED_WITH_ESCAPES = /^(?:[^"\\]|\\(?:[0abtnvfre "\\N_LP]|x[0-9A-Fa-f]{2}|u(?![dD][89a-fA-F])[0-9A-Fa-f]{4}|U(?!0000[dD][89a-fA-F])00(?:0[0-9A-Fa-f]|10)[0-9A-Fa-f]{4}))*$/;
const UNUSUAL_CHARACTER = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]/;
/** A head field as Helm's SimpleHead gets it through JSON: scalars as text, anything else empty. */
function headText(v) {
    if (typeof v === 'string')
        return v;
    if (v instanceof goYamlScalar/* YamlInt */.$0)
        return String(v.value);
    if (typeof v === 'number')
        return (0,goYamlScalar/* formatFloat32G */.My)(v);
    if (typeof v === 'boolean')
        return String(v);
    return '';
}
/**
 * The head value of an inline scalar (`value` is trimmed, non-empty), NESTED/BLOCK markers, or FALLBACK. Only a
 * head field needs the value resolved as YAML would; other lines are only checked (`resolve` false).
 */
function scalarValue(value, resolve) {
    const c = value.charCodeAt(0);
    if (c === 0x22 /* " */) {
        if (value.length < 2 || value.charCodeAt(value.length - 1) !== 0x22)
            return FALLBACK;
        const inner = value.slice(1, -1);
        if (!inner.includes('\\'))
            return inner.includes('"') ? FALLBACK : inner;
        // With escapes (`toJson | quote` writes many): checked, not decoded; a head field holding one goes to the parser.
        return !resolve && DOUBLE_QUOTED_WITH_ESCAPES.test(inner) ? '' : FALLBACK;
    }
    if (c === 0x27 /* ' */) {
        if (value.length < 2 || value.charCodeAt(value.length - 1) !== 0x27)
            return FALLBACK;
        const inner = value.slice(1, -1);
        if (inner.replaceAll("''", '').includes("'"))
            return FALLBACK;
        return inner.replaceAll("''", "'");
    }
    if (value === '{}' || value === '[]')
        return '';
    if (c === 0x5b /* [ */)
        return FLOW_SEQUENCE.test(value) ? FLOW : FALLBACK;
    if (BLOCK_INDICATOR.test(value))
        return BLOCK;
    // Plain scalar: no indicator first (a leading '-' only before a digit), no ': ' or trailing ':',
    // no comment, no tab.
    if ('-?:,[]{}#&*!|>\'"%@`'.includes(value[0])) {
        if (!(c === 0x2d && value.length > 1 && value.charCodeAt(1) >= 0x30 && value.charCodeAt(1) <= 0x39))
            return FALLBACK;
    }
    if (value.includes('#') || value.includes('\t') || value.endsWith(':') || value.includes(': '))
        return FALLBACK;
    return resolve ? headText((0,goYamlScalar/* resolvePlainScalar */.t2)(value)) : value;
}
/** A mapping key: plain (letters, digits, `_.-/`) or quoted without escapes or colons. */
function mappingKey(text) {
    if (KEY.test(text))
        return text;
    if (QUOTED_KEY.test(text))
        return text.slice(1, -1);
    return undefined;
}
function indentOf(line) {
    let i = 0;
    while (i < line.length && line.charCodeAt(i) === 0x20)
        i++;
    return i;
}
/** The document's head, or undefined when the document needs the full parser. */
function scanManifestHead(doc) {
    // Tabs, CR, other line breaks and characters YAML forbids are left to the parser.
    if (UNUSUAL_CHARACTER.test(doc))
        return undefined;
    const lines = doc.split('\n');
    let apiVersion = '';
    let kind = '';
    let name = '';
    let annotations;
    const stack = [];
    // A `key:` or `-` without an inline value: the next line may open a nested container.
    let pending = null;
    // Inside a block scalar: lines more indented than its key belong to it.
    let block = null;
    for (const line of lines) {
        const indent = indentOf(line);
        const blank = indent === line.length;
        if (block !== null) {
            if (blank) {
                if (block.contentIndent < 0 && line.length > 0)
                    return undefined; // leading all-space lines
                continue;
            }
            if (indent > block.parentIndent) {
                if (block.contentIndent < 0)
                    block.contentIndent = indent;
                else if (indent < block.contentIndent)
                    return undefined;
                continue;
            }
            if (block.contentIndent < 0)
                return undefined; // empty block scalar: leave it to the parser
            block = null;
        }
        if (blank)
            continue;
        const text = line.slice(indent);
        if (text[0] === '#')
            continue;
        const isSeq = text === '-' || text.startsWith('- ');
        // Close containers deeper than this line.
        while (stack.length > 0 && stack[stack.length - 1].indent > indent)
            stack.pop();
        if (pending !== null) {
            if (indent > pending.indent && (text === '{}' || text === '[]')) {
                // `resources:` then `{}` on the next line (toYaml of an empty map under nindent).
                if (pending.path === Path.Annotations && text === '[]')
                    annotations = undefined;
                stack.push({ indent, seq: false, path: Path.Other, closed: true });
                pending = null;
                continue;
            }
            if (indent > pending.indent || (indent === pending.indent && isSeq && pending.fromKey)) {
                // A sequence under `annotations:` (or `metadata:`) is not a map: no annotations.
                if (isSeq && pending.path === Path.Annotations)
                    annotations = undefined;
                stack.push({ indent, seq: isSeq, path: isSeq ? Path.Other : pending.path });
            }
            else if (pending.path === Path.Annotations)
                annotations = undefined; // `annotations:` with a null value
            pending = null;
        }
        // A compact sequence (`key:` then `- x` at the key's indent) ends when its map's next key appears.
        if (!isSeq && stack.length > 1) {
            const top = stack[stack.length - 1];
            const below = stack[stack.length - 2];
            if (top.seq && top.indent === indent && !below.seq && below.indent === indent)
                stack.pop();
        }
        if (stack.length === 0) {
            if (indent !== 0 || isSeq)
                return undefined;
            stack.push({ indent: 0, seq: false, path: Path.Root });
        }
        let top = stack[stack.length - 1];
        if (top.indent !== indent || top.seq !== isSeq || top.closed)
            return undefined;
        let entry = text;
        let entryIndent = indent;
        let path = top.path;
        if (isSeq) {
            const rest = text.slice(1);
            if (rest === '') {
                pending = { indent, path: Path.Other, fromKey: false };
                continue;
            }
            const inner = indentOf(rest);
            if (inner === rest.length) {
                pending = { indent, path: Path.Other, fromKey: false };
                continue;
            }
            entry = rest.slice(inner);
            entryIndent = indent + 1 + inner;
            if (entry[0] === '#')
                return undefined;
            const colon = entry.indexOf(':');
            const isKey = colon > 0 && (colon === entry.length - 1 || entry[colon + 1] === ' ') && mappingKey(entry.slice(0, colon)) !== undefined;
            if (!isKey) {
                const v = scalarValue(entry.trimEnd(), false);
                if (v === FALLBACK || v === BLOCK)
                    return undefined;
                continue;
            }
            // `- key: value` opens a mapping at the key's column.
            top = { indent: entryIndent, seq: false, path: Path.Other };
            stack.push(top);
            path = Path.Other;
        }
        const colon = entry.indexOf(':');
        if (colon <= 0 || (colon !== entry.length - 1 && entry[colon + 1] !== ' '))
            return undefined;
        const key = mappingKey(entry.slice(0, colon));
        if (key === undefined)
            return undefined;
        const value = entry.slice(colon + 1).trim();
        const childPath = path === Path.Root && key === 'metadata' ? Path.Metadata : path === Path.Metadata && key === 'annotations' ? Path.Annotations : Path.Other;
        // A repeated key replaces the earlier value (the full parse keeps the last one).
        if (childPath === Path.Metadata) {
            name = '';
            annotations = undefined;
        }
        else if (childPath === Path.Annotations)
            annotations = undefined;
        const headField = path === Path.Root ? key === 'apiVersion' || key === 'kind' : path === Path.Metadata ? key === 'name' : path === Path.Annotations;
        let scalar;
        if (value === '') {
            pending = { indent: entryIndent, path: childPath, fromKey: true };
            if (childPath === Path.Annotations)
                annotations = {};
            scalar = NESTED;
        }
        else {
            const v = scalarValue(value, headField);
            if (v === FALLBACK)
                return undefined;
            if (v === BLOCK) {
                if (headField)
                    return undefined;
                block = { parentIndent: entryIndent, contentIndent: -1 };
                continue;
            }
            if (childPath === Path.Annotations)
                annotations = value === '{}' ? {} : undefined;
            scalar = v === FLOW ? '' : v;
        }
        if (!headField)
            continue;
        const text2 = scalar === NESTED ? '' : scalar;
        if (path === Path.Root) {
            if (key === 'apiVersion')
                apiVersion = text2;
            else
                kind = text2;
        }
        else if (path === Path.Metadata)
            name = text2;
        else
            annotations[key] = text2;
    }
    if (block !== null && block.contentIndent < 0)
        return undefined;
    if (pending?.path === Path.Annotations)
        annotations = undefined;
    // A document of comments only decodes to null: an empty head.
    return { apiVersion, kind, name, annotations };
}

// EXTERNAL MODULE: ./src/core/chart/yaml/yamlReader.ts
var yamlReader = __webpack_require__(34312);
;// CONCATENATED MODULE: ./src/core/chart/output/manifestSort.ts
/**
 * Helm's releaseutil.SortManifests: rendered files in path order, each split on `---` lines, each document's
 * head (apiVersion, kind, metadata.name, annotations) decoded, hooks (`helm.sh/hook`) separated from ordinary
 * manifests, both stably sorted by Helm's install order of kinds. Every document keeps its source file and
 * the lines it spans in that file's rendered output.
 */






class ManifestParseError extends Error {
    source;
    line;
    constructor(message, source, line) {
        super(message);
        this.source = source;
        this.line = line;
    }
}
const HOOK_EVENTS = new Map([
    ['pre-install', 'pre-install'],
    ['post-install', 'post-install'],
    ['pre-delete', 'pre-delete'],
    ['post-delete', 'post-delete'],
    ['pre-upgrade', 'pre-upgrade'],
    ['post-upgrade', 'post-upgrade'],
    ['pre-rollback', 'pre-rollback'],
    ['post-rollback', 'post-rollback'],
    ['test', 'test'],
    ['test-success', 'test'],
]);
function goTrimLeftSpace(s) {
    return s.replace(/^[\s\u0085\u00a0]+/u, '');
}
/** releaseutil.SplitManifests with the offset of each document in `text`. */
function splitManifests(text) {
    const trimmed = goTrimLeftSpace(text);
    const base = text.length - trimmed.length;
    const out = [];
    const sep = /^---[ \t]*/gm;
    let last = 0;
    const pieces = [];
    for (let m = sep.exec(trimmed); m !== null; m = sep.exec(trimmed)) {
        pieces.push([last, m.index]);
        last = m.index + m[0].length;
        if (m[0].length === 0)
            sep.lastIndex++;
    }
    pieces.push([last, trimmed.length]);
    for (const [from, to] of pieces) {
        const d = trimmed.slice(from, to);
        if (d.trim() === '')
            continue;
        const content = goTrimLeftSpace(d);
        out.push({ content, offset: base + from + (d.length - content.length) });
    }
    return out;
}
function decodeHead(doc) {
    const m = (0,goYamlValues/* isValuesMap */.FR)(doc) ? doc : {};
    const meta = (0,goYamlValues/* isValuesMap */.FR)(m.metadata) ? m.metadata : undefined;
    let annotations;
    if (meta && (0,goYamlValues/* isValuesMap */.FR)(meta.annotations)) {
        annotations = {};
        for (const [k, v] of Object.entries(meta.annotations))
            annotations[k] = headText(v);
    }
    return { apiVersion: headText(m.apiVersion), kind: headText(m.kind), name: meta ? headText(meta.name) : '', annotations };
}
/** The head through a full parse (Helm's yaml.Unmarshal into SimpleHead), which also rejects invalid YAML. */
function parseHead(content, path, startLine) {
    // libyaml's reader refuses bytes that are not UTF-8 and unprintable characters before any syntax.
    const problem = (0,yamlReader/* yamlReaderProblem */._)(content);
    if (problem !== undefined)
        throw new ManifestParseError(`YAML parse error on ${path}: error converting YAML to JSON: yaml: ${problem}`, path, startLine);
    let doc;
    try {
        doc = (0,goYamlValues/* parseYamlDocument */.Iu)(content, { keepInts: true });
    }
    catch (e) {
        const line = e.line ?? 1;
        // go-yaml's words when it found the error (goYamlSyntax.ts); a decoder error carries its own `yaml: ` prefix.
        const text = e instanceof goYamlValues/* YamlValuesError */.Wb && e.goMessage !== undefined ? `yaml: ${e.goMessage}` : e instanceof goYamlValues/* YamlValuesError */.Wb && e.stage === 'convert' ? e.message : `yaml: line ${line}: ${e.message}`;
        throw new ManifestParseError(`YAML parse error on ${path}: error converting YAML to JSON: ${text}`, path, startLine + line - 1);
    }
    return decodeHead(doc);
}
function manifestSort_countNewlines(text, from, to) {
    let n = 0;
    for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1))
        n++;
    return n;
}
function splitAnnotation(value) {
    if (value === undefined)
        return [];
    return value.split(',').map((s) => s.trim().toLowerCase());
}
/** The template-line fields of a document spanning rendered lines `startLine`…`endLine` of a template's output. */
function templateLineFields(sources, startLine, endLine) {
    const site = sources.siteLine;
    let start = site[startLine - 1];
    let end = start;
    for (let l = startLine; l < endLine && l < site.length; l++) {
        const line = site[l];
        if (line < start)
            start = line;
        else if (line > end)
            end = line;
    }
    const sourceOf = (renderedLine) => {
        const i = Math.min(Math.max(renderedLine, 1), site.length) - 1;
        return { file: sources.files[sources.fileIndex[i]], line: sources.line[i] };
    };
    return { templateLine: site[startLine - 1], templateLines: { start, end }, sourceOf };
}
/**
 * SortManifests over Helm's rendered map (template path → output). NOTES.txt must already be removed.
 * `lineSources` (from a traced execution) adds each document's template lines.
 */
function sortManifests(files, lineSources, warn = () => { }) {
    const hooks = [];
    const manifests = [];
    // Go's byte order of the paths.
    const paths = [...files.keys()].sort(goValues/* compareGoStrings */.mA);
    for (const path of paths) {
        const text = files.get(path);
        const sources = lineSources?.get(path);
        if (path.slice(path.lastIndexOf('/') + 1).startsWith('_'))
            continue;
        if (text.trim() === '')
            continue;
        // Lines are counted incrementally: documents come in file order.
        let line = 1;
        let counted = 0;
        for (const { content, offset } of splitManifests(text)) {
            line += manifestSort_countNewlines(text, counted, offset);
            counted = offset;
            const startLine = line;
            const endLine = startLine + manifestSort_countNewlines(content, 0, content.endsWith('\n') ? content.length - 1 : content.length);
            const head = scanManifestHead(content) ?? parseHead(content, path, startLine);
            const base = { source: path, content, head, startLine, endLine, ...(sources ? templateLineFields(sources, startLine, endLine) : {}) };
            const hookTypes = head.annotations?.['helm.sh/hook'];
            if (hookTypes === undefined) {
                manifests.push(base);
                continue;
            }
            const events = [];
            let unknown = false;
            for (const t of splitAnnotation(hookTypes)) {
                const e = HOOK_EVENTS.get(t);
                if (e === undefined) {
                    unknown = true;
                    break;
                }
                events.push(e);
            }
            if (unknown) {
                // Helm skips documents with unknown hook types, and says so.
                const record = { level: 'INFO', msg: 'skipping unknown hooks', attrs: [['hookTypes', hookTypes]] };
                warn((0,helmLogRecord/* plainText */.w)(record), record);
                continue;
            }
            const weightText = head.annotations?.['helm.sh/hook-weight'] ?? '';
            const weight = /^[+-]?\d+$/.test(weightText) ? Number(weightText) : 0;
            hooks.push({
                ...base,
                events,
                weight,
                deletePolicies: splitAnnotation(head.annotations?.['helm.sh/hook-delete-policy']),
                outputLogPolicies: splitAnnotation(head.annotations?.['helm.sh/hook-output-log-policy']),
            });
        }
    }
    return { hooks: (0,kindOrder/* sortByKind */.so)(hooks, (h) => h.head.kind), manifests: (0,kindOrder/* sortByKind */.so)(manifests, (m) => m.head.kind) };
}

;// CONCATENATED MODULE: ./src/core/chart/render.ts
/**
 * The chart engine as a library: a loaded chart + user values + options → manifests, hooks and notes,
 * exactly as Helm's install action renders them (helm template's output is `formatTemplateOutput` of this).
 * Steps follow Helm: installable check, dependencies present, ProcessDependencies, ToRenderValues
 * (coalesce + schema), kubeVersion check, engine render over the whole tree, NOTES split, SortManifests.
 */

















const NOTES_SUFFIX = 'NOTES.txt';
function chartError(message, chart, hint) {
    return new slipwayError.SlipwayError('chart', message, { where: { file: `${chart.origin}/Chart.yaml` }, ...(hint ? { hint } : {}) });
}
/** Helm's recAllTpls: template list and per-chart top-level data (`.Values` scoped to each subchart). */
function collectTemplates(chart, parentData, isRoot, out, funcs) {
    const subcharts = {};
    let values = {};
    if (isRoot)
        values = parentData.Values;
    else {
        let table = parentData;
        for (const p of ['Values', ...chartName(chart).split('.')])
            table = coalesce_isTable(table) ? table[p] : undefined;
        if (coalesce_isTable(table))
            values = table;
    }
    // Helm hands every chart its values as common.Values (what typeOf reports), the same map otherwise.
    if ((0,goValues/* isGoMap */.Rb)(values))
        (0,goValues/* asNamedMap */.cH)(values, 'common.Values');
    const data = {
        Chart: chartMetadataObject(chart.metadata, isRoot),
        Files: ChartFilesObject.of(chart.files, toYamlFromFuncs(funcs)),
        Release: parentData.Release,
        Capabilities: parentData.Capabilities,
        Values: values,
        Subcharts: subcharts,
    };
    for (const child of chart.dependencies)
        subcharts[chartName(child)] = collectTemplates(child, data, false, out, funcs);
    const fullPath = chartFullPath(chart);
    const library = isLibraryChart(chart);
    for (const t of chart.templates) {
        if (library && !t.name.slice(t.name.lastIndexOf('/') + 1).startsWith('_'))
            continue;
        const name = `${fullPath}/${t.name}`;
        out.templates.push({ name, text: (0,goBytes/* decodeGoBytes */.mG)(t.data) });
        out.dataOf.set(name, { data, basePath: `${fullPath}/templates` });
    }
    return data;
}
/** Asynchronous only to load the libraries of the template functions the chart calls (after parsing, before executing). */
async function render(loaded, userValues, options) {
    const warn = options.warn ?? (() => { });
    const type = loaded.metadata.type ?? '';
    if (type !== '' && type !== 'application')
        throw chartError(`${type} charts are not installable`, loaded, 'a library chart can only be used as a dependency of an application chart');
    // Helm's install action warns, and renders anyway.
    if (loaded.metadata.deprecated)
        slogWarn(warn, 'this chart is deprecated');
    const missing = missingDependencies(loaded);
    if (missing.length > 0) {
        throw new slipwayError.SlipwayError('chart', `an error occurred while checking for chart dependencies. You may need to run 'helm dependency build' to fetch missing dependencies: found in Chart.yaml, but missing in charts/ directory: ${missing.join(', ')}`, { where: { file: `${loaded.origin}/Chart.yaml`, field: 'dependencies' }, hint: `put ${missing.map((m) => `${m} (a directory or .tgz)`).join(', ')} under ${loaded.origin}/charts/: slipway does not download charts` });
    }
    let chart;
    try {
        chart = processDependencies(loaded, userValues, warn);
    }
    catch (e) {
        throw new slipwayError.SlipwayError('values', `chart dependencies processing failed: ${e.message}`, { cause: e });
    }
    let caps;
    try {
        caps = buildCapabilities(options.capabilities);
    }
    catch (e) {
        if (e instanceof KubeVersionError)
            throw new slipwayError.SlipwayError('input', `invalid kube version '${options.capabilities?.kubeVersion}': ${e.message}`, { where: { input: '--kube-version' } });
        throw e;
    }
    let values;
    try {
        values = coalesceValues(chart, userValues, warn);
    }
    catch (e) {
        throw new slipwayError.SlipwayError('values', e.message, { cause: e });
    }
    if (!options.skipSchemaValidation) {
        await loadSchemaValidators(chart);
        validateValuesAgainstSchemas(chart, values);
    }
    const kubeConstraint = chart.metadata.kubeVersion ?? '';
    if (kubeConstraint !== '' && !(0,semverRange/* isCompatibleRange */.cb)(kubeConstraint, caps.KubeVersion.String())) {
        throw new templateRenderError/* TemplateRenderError */.N('chart', `chart requires kubeVersion: ${kubeConstraint} which is incompatible with Kubernetes ${caps.KubeVersion.Version}`, {
            where: { file: `${chart.origin}/Chart.yaml` },
            hint: 'pass --kube-version to render for another Kubernetes version',
        });
    }
    const top = {
        Chart: chartMetadataObject(chart.metadata, true),
        Capabilities: caps,
        Release: {
            Name: options.releaseName,
            Namespace: options.namespace,
            IsUpgrade: options.isUpgrade ?? false,
            IsInstall: !(options.isUpgrade ?? false),
            Revision: BigInt(options.revision ?? 1),
            Service: 'Helm',
        },
        Values: values,
    };
    const funcs = helmFuncMap();
    for (const [name, fn] of Object.entries(options.extraFunctions ?? {}))
        funcs.set(name, fn);
    const collected = { templates: [], dataOf: new Map() };
    collectTemplates(chart, top, true, collected, funcs);
    const exec = { missingKey: options.strict ? 'error' : 'zero', ...(options.lookup ? { lookup: options.lookup } : {}) };
    let rendered;
    const lineSources = options.templateLines ? new Map() : undefined;
    try {
        const parsed = parseHelmTemplates(collected.templates, funcs);
        await (0,functionLibraries/* prepareFunctionLibraries */.rg)(funcs, parsed.set.usedFunctions);
        const run = () => executeHelmTemplates(parsed, (name) => {
            // Helm sets .Template on the chart's shared top-level map before executing each file.
            const { data, basePath } = collected.dataOf.get(name);
            data.Template = (0,goValues/* asNamedMap */.cH)({ Name: name, BasePath: basePath }, 'common.Values');
            return data;
        }, exec, lineSources);
        const used = parsed.set.usedFunctions;
        const clusterLookup = options.clusterLookup;
        // Kept across a rerun for a library a tpl reached, so no object is read twice.
        const answers = new Map();
        rendered = await (0,functionLibraries/* executeLoadingLibraries */.HE)(() => (clusterLookup && (used.has('lookup') || used.has('tpl')) ? runWithClusterLookups(run, exec, clusterLookup, answers) : run()));
    }
    catch (e) {
        if (e instanceof HelmRenderError) {
            const m = /^(?:parse error at|execution error at) \(([^:)]+):(\d+)(?::(\d+))?\)/.exec(e.message);
            throw new templateRenderError/* TemplateRenderError */.N('template', e.message, {
                where: m ? { file: m[1], line: Number(m[2]), ...(m[3] ? { column: Number(m[3]) } : {}) } : { file: e.template },
                cause: e,
            });
        }
        throw e;
    }
    const notesParts = [];
    const manifestsIn = new Map();
    const rootNotes = `${chartName(chart)}/templates/${NOTES_SUFFIX}`;
    for (const [k, v] of rendered) {
        if (k.endsWith(NOTES_SUFFIX)) {
            if (options.subNotes || k === rootNotes)
                notesParts.push(v);
            continue;
        }
        manifestsIn.set(k, v);
    }
    let sorted;
    try {
        sorted = sortManifests(manifestsIn, lineSources, warn);
    }
    catch (e) {
        if (e instanceof ManifestParseError) {
            // Traced, the rendered line becomes the template line that wrote it; untraced it stays a rendered line.
            const line = lineSources?.get(e.source)?.siteLine[e.line - 1] ?? e.line;
            throw new templateRenderError/* TemplateRenderError */.N('template', e.message, { where: { file: e.source, line }, hint: 'the template renders invalid YAML; `slipway render --debug` prints what it rendered', cause: e, renderedFiles: manifestsIn });
        }
        throw e;
    }
    return {
        manifests: sorted.manifests,
        hooks: sorted.hooks,
        notes: notesParts.join('\n'),
        crds: chartCrds(chart).map((c) => ({ source: c.filename, content: (0,goBytes/* decodeGoBytes */.mG)(c.file.data) })),
        values,
        chart,
        rendered,
    };
}
const MAX_LOOKUP_PASSES = 10;
async function runWithClusterLookups(run, exec, read, answers) {
    for (let pass = 1;; pass++) {
        const missing = new Map();
        exec.lookup = (apiVersion, kind, namespace, name) => {
            const key = JSON.stringify([apiVersion, kind, namespace, name]);
            const answer = answers.get(key);
            if (answer === undefined) {
                missing.set(key, [apiVersion, kind, namespace, name]);
                return {};
            }
            if ('error' in answer)
                throw new goErrors/* GoError */.nY(answer.error);
            return jsonToGo(JSON.parse(answer.json));
        };
        let rendered;
        let failure;
        try {
            rendered = run();
        }
        catch (e) {
            failure = e;
        }
        if (missing.size === 0) {
            if (rendered === undefined)
                throw failure;
            return rendered;
        }
        if (pass >= MAX_LOOKUP_PASSES) {
            throw new slipwayError.SlipwayError('template', `lookups did not settle after ${MAX_LOOKUP_PASSES} passes: each pass asked for new objects (${[...missing.keys()].slice(0, 3).join(', ')})`, {
                hint: 'a chart whose lookups depend on each other in a chain longer than this is not supported',
            });
        }
        await Promise.all([...missing].map(async ([key, [apiVersion, kind, namespace, name]]) => {
            try {
                answers.set(key, { json: JSON.stringify(await read(apiVersion, kind, namespace, name)) });
            }
            catch (e) {
                answers.set(key, { error: e.message });
            }
        }));
    }
}
/** An object from the API as Go's unstructured decoding gives it: integers int64, other numbers float64. */
function jsonToGo(v) {
    if (typeof v === 'number')
        return Number.isInteger(v) && Number.isSafeInteger(v) ? new goValues/* GoInt */.ov('int64', BigInt(v)) : v;
    if (Array.isArray(v))
        return v.map(jsonToGo);
    if (v !== null && typeof v === 'object') {
        const out = {};
        for (const [k, x] of Object.entries(v))
            out[k] = jsonToGo(x);
        return out;
    }
    return v;
}


/***/ }),

/***/ 12049:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LA: () => (/* binding */ uninstallOrder),
/* harmony export */   lt: () => (/* binding */ compareKinds),
/* harmony export */   sj: () => (/* binding */ installOrder),
/* harmony export */   so: () => (/* binding */ sortByKind)
/* harmony export */ });
/** Helm's install and uninstall order of kinds (pkg/release/v1/util/kind_sorter.go); unknown kinds last, alphabetically. */
const installOrder = [
    'PriorityClass', 'Namespace', 'NetworkPolicy', 'ResourceQuota', 'LimitRange', 'PodSecurityPolicy', 'PodDisruptionBudget',
    'ServiceAccount', 'Secret', 'SecretList', 'ConfigMap', 'StorageClass', 'PersistentVolume', 'PersistentVolumeClaim',
    'CustomResourceDefinition', 'ClusterRole', 'ClusterRoleList', 'ClusterRoleBinding', 'ClusterRoleBindingList', 'Role',
    'RoleList', 'RoleBinding', 'RoleBindingList', 'Service', 'DaemonSet', 'Pod', 'ReplicationController', 'ReplicaSet',
    'Deployment', 'HorizontalPodAutoscaler', 'StatefulSet', 'Job', 'CronJob', 'IngressClass', 'Ingress', 'APIService',
    'MutatingWebhookConfiguration', 'ValidatingWebhookConfiguration',
];
const uninstallOrder = [
    'ValidatingWebhookConfiguration', 'MutatingWebhookConfiguration', 'APIService', 'Ingress', 'IngressClass', 'Service',
    'CronJob', 'Job', 'StatefulSet', 'HorizontalPodAutoscaler', 'Deployment', 'ReplicaSet', 'ReplicationController', 'Pod',
    'DaemonSet', 'RoleBindingList', 'RoleBinding', 'RoleList', 'Role', 'ClusterRoleBindingList', 'ClusterRoleBinding',
    'ClusterRoleList', 'ClusterRole', 'CustomResourceDefinition', 'PersistentVolumeClaim', 'PersistentVolume', 'StorageClass',
    'ConfigMap', 'SecretList', 'Secret', 'ServiceAccount', 'PodDisruptionBudget', 'PodSecurityPolicy', 'LimitRange',
    'ResourceQuota', 'NetworkPolicy', 'Namespace', 'PriorityClass',
];
/** Helm's lessByKind as a comparator: known kinds by rank, unknown after them alphabetically, ties 0 (stable sort keeps input order). */
function compareKinds(order, a, b) {
    const ra = order.indexOf(a);
    const rb = order.indexOf(b);
    if (ra < 0 && rb < 0)
        return a === b ? 0 : a < b ? -1 : 1;
    if (ra < 0)
        return 1;
    if (rb < 0)
        return -1;
    return ra - rb;
}
function sortByKind(items, kindOf, order = installOrder) {
    // Each kind's rank is looked up once, not twice per comparison: a large chart sorts thousands of documents.
    const ranked = items.map((item) => {
        const kind = kindOf(item);
        return { item, kind, rank: order.indexOf(kind) };
    });
    ranked.sort((x, y) => {
        if (x.rank < 0 && y.rank < 0)
            return x.kind === y.kind ? 0 : x.kind < y.kind ? -1 : 1;
        if (x.rank < 0)
            return 1;
        if (y.rank < 0)
            return -1;
        return x.rank - y.rank;
    });
    return ranked.map((r) => r.item);
}


/***/ })

};
;
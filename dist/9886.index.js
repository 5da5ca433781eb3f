"use strict";
exports.id = 9886;
exports.ids = [9886];
exports.modules = {

/***/ 55577:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ decodeBase64OrThrow),
/* harmony export */   x: () => (/* binding */ decodeBase64Std)
/* harmony export */ });
/* harmony import */ var _template_goErrors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(34402);
/* harmony import */ var _template_goBytes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38390);
/** encoding/base64.StdEncoding.DecodeString: Go's quantum-by-quantum decoding and its CorruptInputError offsets. */


const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DECODE = new Map([...ALPHABET].map((c, i) => [c.charCodeAt(0), i]));
/** The decoded bytes, or the input offset Go reports as illegal. */
function decodeBase64Std(text) {
    const src = (0,_template_goBytes_js__WEBPACK_IMPORTED_MODULE_1__/* .goStringBytes */ .Dd)(text);
    const out = [];
    const isNewline = (b) => b === 0x0a || b === 0x0d;
    let si = 0;
    while (si < src.length) {
        const dbuf = [0, 0, 0, 0];
        let dlen = 4;
        for (let j = 0; j < 4; j++) {
            if (si === src.length) {
                if (j === 0)
                    return Buffer.from(out);
                return si - j;
            }
            const c = src[si++];
            const v = DECODE.get(c);
            if (v !== undefined) {
                dbuf[j] = v;
                continue;
            }
            if (isNewline(c)) {
                j--;
                continue;
            }
            if (c !== 0x3d || j < 2)
                return si - 1;
            if (j === 2) {
                while (si < src.length && isNewline(src[si]))
                    si++;
                if (si === src.length)
                    return src.length;
                if (src[si] !== 0x3d)
                    return si - 1;
                si++;
            }
            while (si < src.length && isNewline(src[si]))
                si++;
            if (si < src.length)
                return si;
            dlen = j;
            break;
        }
        const n = (dbuf[0] << 18) | (dbuf[1] << 12) | (dbuf[2] << 6) | dbuf[3];
        const bytes = [(n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff];
        out.push(...bytes.slice(0, dlen - 1));
        if (dlen < 4)
            return Buffer.from(out);
    }
    return Buffer.from(out);
}
/** Decodes or throws Go's `illegal base64 data at input byte N`. */
function decodeBase64OrThrow(text) {
    const r = decodeBase64Std(text);
    if (typeof r === 'number')
        throw new _template_goErrors_js__WEBPACK_IMPORTED_MODULE_0__/* .GoError */ .nY(`illegal base64 data at input byte ${r}`);
    return r;
}


/***/ }),

/***/ 17350:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fl: () => (/* binding */ formatValue),
/* harmony export */   lJ: () => (/* binding */ sprintln),
/* harmony export */   nv: () => (/* binding */ sprintf),
/* harmony export */   vV: () => (/* binding */ sprint)
/* harmony export */ });
/* harmony import */ var _goFloat_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(65463);
/* harmony import */ var _goQuote_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(12889);
/* harmony import */ var _goValues_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(11787);
/* harmony import */ var _goBytes_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(38390);
/** Go's fmt package (Sprint, Sprintln, Sprintf) over the value representation of goValues.ts. */




function newFlags() {
    return { plus: false, minus: false, sharp: false, space: false, zero: false, plusV: false, sharpV: false, wid: -1, prec: -1 };
}
function runeCount(s) {
    let n = 0;
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c < 0xd800 || c > 0xdbff)
            n++;
    }
    return n;
}
function pad(s, f, zeroOk = false) {
    if (f.wid < 0)
        return s;
    const n = f.wid - runeCount(s);
    if (n <= 0)
        return s;
    if (f.minus)
        return s + ' '.repeat(n);
    void zeroOk;
    return (f.zero ? '0' : ' ').repeat(n) + s;
}
/** A value printed with %v, as fmt.Sprint prints one operand. */
function formatValue(v) {
    if (typeof v === 'string')
        return v;
    const out = [];
    printArg(out, v, 'v', newFlags(), 0);
    return out.join('');
}
function badVerb(out, v, verb, f = newFlags()) {
    if (v === null || v === undefined) {
        out.push('%!', verb, '(<nil>)');
        return;
    }
    out.push('%!', verb, '(', (0,_goValues_js__WEBPACK_IMPORTED_MODULE_1__/* .goTypeName */ .O4)(v), '=');
    // Go prints the value with the flags of the failed verb still set.
    printArg(out, v, 'v', f, 0);
    out.push(')');
}
function fmtInteger(out, value, unsigned, verb, f) {
    let base = 10;
    switch (verb) {
        case 'v':
        case 'd':
            break;
        case 'b':
            base = 2;
            break;
        case 'o':
        case 'O':
            base = 8;
            break;
        case 'x':
        case 'X':
            base = 16;
            break;
        case 'c':
            out.push(pad(String.fromCodePoint(validRune(value)), f));
            return;
        case 'q':
            out.push(pad((0,_goQuote_js__WEBPACK_IMPORTED_MODULE_2__/* .goQuoteRune */ .py)(Number(validRuneBig(value))), f));
            return;
        case 'U': {
            let s = 'U+' + (value < 0n ? BigInt.asUintN(64, value) : value).toString(16).toUpperCase().padStart(4, '0');
            if (f.sharp && value >= 0n && value <= 0x10ffffn && isPrintRune(Number(value)))
                s += " '" + String.fromCodePoint(Number(value)) + "'";
            out.push(pad(s, f));
            return;
        }
        default:
            throw new Error('unreachable');
    }
    const neg = !unsigned && value < 0n;
    let digits = (neg ? -value : value).toString(base);
    if (verb === 'X')
        digits = digits.toUpperCase();
    let prec = f.prec;
    if (prec < 0 && f.zero && !f.minus && f.wid >= 0) {
        prec = f.wid;
        if (neg || f.plus || f.space)
            prec--;
    }
    if (f.prec === 0 && value === 0n) {
        out.push(pad('', { ...f, zero: false }));
        return;
    }
    if (prec > digits.length)
        digits = '0'.repeat(prec - digits.length) + digits;
    if (f.sharp) {
        if (base === 2)
            digits = '0b' + digits;
        else if (base === 8 && digits[0] !== '0')
            digits = '0' + digits;
        else if (base === 16)
            digits = (verb === 'X' ? '0X' : '0x') + digits;
    }
    if (verb === 'O')
        digits = '0o' + digits;
    if (neg)
        digits = '-' + digits;
    else if (f.plus)
        digits = '+' + digits;
    else if (f.space)
        digits = ' ' + digits;
    out.push(pad(digits, { ...f, zero: false }));
}
function validRuneBig(v) {
    return v < 0n || v > 0x10ffffn || (v >= 0xd800n && v <= 0xdfffn) ? 0xfffdn : v;
}
function validRune(v) {
    return Number(validRuneBig(v));
}
function isPrintRune(cp) {
    return (0,_goQuote_js__WEBPACK_IMPORTED_MODULE_2__/* .goQuoteRune */ .py)(cp).length === 3 || (0,_goQuote_js__WEBPACK_IMPORTED_MODULE_2__/* .goQuoteRune */ .py)(cp) === "'\\''";
}
function fmtFloatVerb(out, v, verb, f) {
    let fmtc;
    let prec = -1;
    switch (verb) {
        case 'v':
            fmtc = 'g';
            break;
        case 'g':
        case 'G':
            fmtc = verb;
            break;
        case 'e':
        case 'E':
            fmtc = verb;
            prec = 6;
            break;
        case 'x':
        case 'X': {
            const hx = hexFloat(v, f.prec, verb === 'X');
            out.push(pad(f.plus && hx[0] !== '-' ? '+' + hx : hx, f));
            return;
        }
        case 'f':
        case 'F':
            fmtc = 'f';
            prec = 6;
            break;
        default:
            badVerb(out, v, verb, f);
            return;
    }
    if (f.prec >= 0)
        prec = f.prec;
    let num = (0,_goFloat_js__WEBPACK_IMPORTED_MODULE_0__/* .formatFloat */ .k)(v, fmtc, prec);
    if (num[0] !== '-' && num[0] !== '+')
        num = '+' + num;
    if (f.space && num[0] === '+' && !f.plus)
        num = ' ' + num.slice(1);
    if (num[1] === 'I' || num[1] === 'N') {
        if (num[1] === 'N' && !f.space && !f.plus)
            num = num.slice(1);
        out.push(pad(num, { ...f, zero: false }));
        return;
    }
    if (f.sharp) {
        let digits = prec < 0 ? 6 : prec;
        if (fmtc !== 'g' && fmtc !== 'G')
            digits = 0;
        let tail = '';
        let body = num;
        const ei = body.search(/[eE]/);
        if (ei >= 0) {
            tail = body.slice(ei);
            body = body.slice(0, ei);
        }
        let sawNonzero = false;
        let hasDot = false;
        for (let i = 1; i < body.length; i++) {
            if (body[i] === '.')
                hasDot = true;
            else {
                if (body[i] !== '0')
                    sawNonzero = true;
                if (sawNonzero)
                    digits--;
            }
        }
        if (!hasDot) {
            if (body.length === 2 && body[1] === '0')
                digits--;
            body += '.';
        }
        while (digits > 0) {
            body += '0';
            digits--;
        }
        num = body + tail;
    }
    if (f.plus || num[0] !== '+') {
        if (f.zero && !f.minus && f.wid > num.length) {
            out.push(num[0], '0'.repeat(f.wid - num.length), num.slice(1));
            return;
        }
        out.push(pad(num, f));
        return;
    }
    out.push(pad(num.slice(1), f, true));
}
/** strconv.FormatFloat(f, 'x', prec, 64). */
function hexFloat(v, prec, upper) {
    if (Number.isNaN(v))
        return 'NaN';
    if (!Number.isFinite(v))
        return v > 0 ? '+Inf' : '-Inf';
    const neg = v < 0 || Object.is(v, -0);
    let a = Math.abs(v);
    let exp = 0;
    let mant = 0n;
    if (a !== 0) {
        exp = Math.floor(Math.log2(a));
        if (Math.pow(2, exp) > a)
            exp--;
        if (Math.pow(2, exp + 1) <= a)
            exp++;
        // 52 fraction bits, exact for normal numbers
        mant = BigInt(Math.round((a / Math.pow(2, exp) - 1) * 2 ** 52));
    }
    let digits = mant.toString(16).padStart(13, '0');
    if (prec < 0)
        digits = digits.replace(/0+$/, '');
    else if (prec < 13) {
        // round half to even at the requested hex digit
        const shift = BigInt((13 - prec) * 4);
        let q = mant >> shift;
        const rem = mant & ((1n << shift) - 1n);
        const half = 1n << (shift - 1n);
        if (rem > half || (rem === half && (q & 1n) === 1n))
            q++;
        let lead = 1n;
        if (q >> BigInt(prec * 4) > 0n) {
            lead = 2n;
            q = 0n;
        }
        if (lead === 2n)
            exp++;
        digits = prec === 0 ? '' : q.toString(16).padStart(prec, '0');
    }
    else
        digits = digits.padEnd(prec, '0');
    if (a === 0)
        exp = 0;
    const leadDigit = a === 0 ? '0' : '1';
    let s = (neg ? '-' : '') + '0x' + leadDigit + (digits ? '.' + digits : '') + 'p' + (exp < 0 ? '-' : '+') + String(Math.abs(exp)).padStart(2, '0');
    if (upper)
        s = s.toUpperCase();
    return s;
}
function fmtString(out, s, verb, f) {
    switch (verb) {
        case 'v':
        case 's':
            if (f.prec >= 0)
                s = [...s].slice(0, f.prec).join('');
            out.push(pad(s, f));
            return;
        case 'q':
            if (f.prec >= 0)
                s = [...s].slice(0, f.prec).join('');
            if (f.sharp && !s.includes('`') && !/[\x00-\x08\x0a-\x1f\x7f]/.test(s))
                out.push(pad('`' + s + '`', f));
            else
                out.push(pad(f.plus ? (0,_goQuote_js__WEBPACK_IMPORTED_MODULE_2__/* .goQuoteASCII */ .Oq)(s) : (0,_goQuote_js__WEBPACK_IMPORTED_MODULE_2__/* .goQuote */ .dg)(s), f));
            return;
        case 'x':
        case 'X':
            out.push(pad(hexBytes((0,_goBytes_js__WEBPACK_IMPORTED_MODULE_3__/* .goStringBytes */ .Dd)(s), verb, f), f));
            return;
    }
    badVerb(out, s, verb, f);
}
function hexBytes(b, verb, f) {
    let n = b.length;
    if (f.prec >= 0 && f.prec < n)
        n = f.prec;
    const parts = [];
    for (let i = 0; i < n; i++) {
        let h = b[i].toString(16).padStart(2, '0');
        if (verb === 'X')
            h = h.toUpperCase();
        if (f.sharp && (f.space || i === 0))
            h = (verb === 'X' ? '0X' : '0x') + h;
        parts.push(h);
    }
    return parts.join(f.space ? ' ' : '');
}
/**
 * Go-syntax `%#v` of the kinds whose text differs from `%v`: a nil inside a collection (`interface {}(nil)`),
 * strings (quoted), unsigned integers (`0x…`), byte slices (`[]byte{0x61}`), slices and maps with their type
 * (`[]interface {}{1, "a"}`, `map[string]interface {}{"a":1, "b":"s"}`). Anything else prints as `%v`.
 * Returns false when `v` is not one of these.
 */
function printGoSyntax(out, v, f, depth) {
    if (v === null || v === undefined) {
        if (depth === 0)
            return false;
        out.push('interface {}(nil)');
        return true;
    }
    if (typeof v === 'string') {
        fmtString(out, v, 'q', f);
        return true;
    }
    if (v instanceof _goValues_js__WEBPACK_IMPORTED_MODULE_1__/* .GoInt */ .ov && (0,_goValues_js__WEBPACK_IMPORTED_MODULE_1__/* .isUnsigned */ .Eo)(v)) {
        out.push('0x' + (0,_goValues_js__WEBPACK_IMPORTED_MODULE_1__/* .intValue */ .NH)(v).toString(16));
        return true;
    }
    if (v instanceof Uint8Array) {
        out.push('[]byte{');
        for (let i = 0; i < v.length; i++)
            out.push(i > 0 ? ', 0x' : '0x', v[i].toString(16));
        out.push('}');
        return true;
    }
    if (Array.isArray(v)) {
        out.push((0,_goValues_js__WEBPACK_IMPORTED_MODULE_1__/* .goTypeName */ .O4)(v), '{');
        for (let i = 0; i < v.length; i++) {
            if (i > 0)
                out.push(', ');
            printArg(out, v[i], 'v', f, depth + 1);
        }
        out.push('}');
        return true;
    }
    if ((0,_goValues_js__WEBPACK_IMPORTED_MODULE_1__/* .isGoMap */ .Rb)(v)) {
        out.push((0,_goValues_js__WEBPACK_IMPORTED_MODULE_1__/* .goTypeName */ .O4)(v), '{');
        let first = true;
        for (const k of (0,_goValues_js__WEBPACK_IMPORTED_MODULE_1__/* .sortedKeys */ .Mf)(v)) {
            if (!first)
                out.push(', ');
            first = false;
            printArg(out, k, 'v', f, depth + 1);
            out.push(':');
            printArg(out, v[k], 'v', f, depth + 1);
        }
        out.push('}');
        return true;
    }
    return false;
}
function printArg(out, v, verb, f, depth) {
    if (f.sharpV && verb === 'v' && printGoSyntax(out, v, f, depth))
        return;
    if (v === null || v === undefined) {
        // Inside collections a nil interface element prints as <nil> whatever the verb.
        if (verb === 'T' || verb === 'v' || depth > 0)
            out.push(pad('<nil>', f));
        else
            badVerb(out, v, verb);
        return;
    }
    if (verb === 'T') {
        out.push(pad((0,_goValues_js__WEBPACK_IMPORTED_MODULE_1__/* .goTypeName */ .O4)(v), f));
        return;
    }
    switch (typeof v) {
        case 'boolean':
            if (verb === 't' || verb === 'v')
                out.push(pad(v ? 'true' : 'false', f));
            else
                badVerb(out, v, verb, f);
            return;
        case 'number':
            fmtFloatVerb(out, v, verb, f);
            return;
        case 'bigint':
            if ('vdboOxXcqU'.includes(verb))
                fmtInteger(out, v, false, verb, f);
            else
                badVerb(out, v, verb, f);
            return;
        case 'string':
            fmtString(out, v, verb, f);
            return;
    }
    if (v instanceof _goValues_js__WEBPACK_IMPORTED_MODULE_1__/* .GoInt */ .ov) {
        if ('vdboOxXcqU'.includes(verb))
            fmtInteger(out, (0,_goValues_js__WEBPACK_IMPORTED_MODULE_1__/* .intValue */ .NH)(v), (0,_goValues_js__WEBPACK_IMPORTED_MODULE_1__/* .isUnsigned */ .Eo)(v), verb, f);
        else
            badVerb(out, v, verb, f);
        return;
    }
    if (v instanceof Uint8Array) {
        if (verb === 's' || verb === 'q' || verb === 'x' || verb === 'X') {
            fmtString(out, Buffer.from(v).toString('latin1'), verb, f);
            return;
        }
        out.push('[');
        for (let i = 0; i < v.length; i++) {
            if (i > 0)
                out.push(' ');
            fmtInteger(out, BigInt(v[i]), true, verb === 'v' ? 'd' : verb, f);
        }
        out.push(']');
        return;
    }
    if (v instanceof _goValues_js__WEBPACK_IMPORTED_MODULE_1__/* .GoObject */ .MV) {
        const s = 'vsxXq'.includes(verb) && !v.pointerStringer() ? v.goString() : undefined;
        if (s !== undefined) {
            fmtString(out, s, verb, f);
            return;
        }
        const named = v.underlying();
        if (named !== undefined)
            printArg(out, named.value, verb, f, depth);
        else
            printStruct(out, v, verb, f, depth);
        return;
    }
    if (Array.isArray(v)) {
        out.push('[');
        for (let i = 0; i < v.length; i++) {
            if (i > 0)
                out.push(' ');
            printArg(out, v[i], verb, f, depth + 1);
        }
        out.push(']');
        return;
    }
    if ((0,_goValues_js__WEBPACK_IMPORTED_MODULE_1__/* .isGoMap */ .Rb)(v)) {
        out.push('map[');
        let first = true;
        for (const k of (0,_goValues_js__WEBPACK_IMPORTED_MODULE_1__/* .sortedKeys */ .Mf)(v)) {
            if (!first)
                out.push(' ');
            first = false;
            printArg(out, k, verb, f, depth + 1);
            out.push(':');
            printArg(out, v[k], verb, f, depth + 1);
        }
        out.push(']');
        return;
    }
    if (typeof v === 'function') {
        out.push(pad('0x' + '0'.repeat(6), f));
        return;
    }
    badVerb(out, v, verb);
}
function printStruct(out, v, verb, f, depth) {
    out.push('{');
    let first = true;
    for (const [k, val] of Object.entries(v)) {
        if (!first)
            out.push(' ');
        first = false;
        if (f.plusV)
            out.push(k, ':');
        printArg(out, val, verb, f, depth + 1);
    }
    out.push('}');
}
/** fmt.Sprint: spaces between operands when neither side is a string. */
function sprint(args) {
    const out = [];
    let prevString = false;
    for (let i = 0; i < args.length; i++) {
        const a = args[i];
        const isString = typeof a === 'string';
        if (i > 0 && !isString && !prevString)
            out.push(' ');
        printArg(out, a, 'v', newFlags(), 0);
        prevString = isString;
    }
    return out.join('');
}
/** fmt.Sprintln: spaces between all operands and a newline. */
function sprintln(args) {
    const out = [];
    for (let i = 0; i < args.length; i++) {
        if (i > 0)
            out.push(' ');
        printArg(out, args[i], 'v', newFlags(), 0);
    }
    out.push('\n');
    return out.join('');
}
function parseNum(s, i) {
    let n = 0;
    let ok = false;
    while (i < s.length && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) {
        if (n > 1e6)
            return [0, false, s.length];
        n = n * 10 + (s.charCodeAt(i) - 48);
        ok = true;
        i++;
    }
    return [n, ok, i];
}
function intFromArg(a) {
    if (typeof a === 'bigint')
        return [Number(a), true];
    if (a instanceof _goValues_js__WEBPACK_IMPORTED_MODULE_1__/* .GoInt */ .ov)
        return [Number(a.value), true];
    return [0, false];
}
/** fmt.Sprintf with Go's verbs, flags, widths, precisions, argument indexes and error forms. */
function sprintf(format, args) {
    const out = [];
    let argNum = 0;
    let reordered = false;
    let afterIndex = false;
    let goodArgNum = true;
    const end = format.length;
    let i = 0;
    const argNumber = (argNumIn, numArgs) => {
        // [n] argument index
        if (i >= end || format[i] !== '[')
            return [argNumIn, false];
        reordered = true;
        for (let j = i + 1; j < end; j++) {
            if (format[j] === ']') {
                const [w, ok, newi] = parseNum(format, i + 1);
                if (!ok || newi !== j) {
                    i = j + 1;
                    goodArgNum = false;
                    return [argNumIn, false];
                }
                i = j + 1;
                if (w - 1 >= 0 && w - 1 < numArgs)
                    return [w - 1, true];
                goodArgNum = false;
                return [argNumIn, true];
            }
        }
        goodArgNum = false;
        return [argNumIn, false];
    };
    while (i < end) {
        goodArgNum = true;
        const lasti = i;
        while (i < end && format[i] !== '%')
            i++;
        if (i > lasti)
            out.push(format.slice(lasti, i));
        if (i >= end)
            break;
        i++;
        const f = newFlags();
        flags: for (; i < end; i++) {
            switch (format[i]) {
                case '#':
                    f.sharp = true;
                    break;
                case '0':
                    f.zero = true;
                    break;
                case '+':
                    f.plus = true;
                    break;
                case '-':
                    f.minus = true;
                    break;
                case ' ':
                    f.space = true;
                    break;
                default:
                    break flags;
            }
        }
        [argNum, afterIndex] = argNumber(argNum, args.length);
        if (i < end && format[i] === '*') {
            i++;
            if (argNum < args.length) {
                const [w, ok] = intFromArg(args[argNum]);
                argNum++;
                f.wid = w;
                if (!ok)
                    out.push('%!(BADWIDTH)');
                if (f.wid < 0) {
                    f.wid = -f.wid;
                    f.minus = true;
                }
                if (!ok)
                    f.wid = -1;
            }
            else
                out.push('%!(BADWIDTH)');
            afterIndex = false;
        }
        else {
            const [w, ok, ni] = parseNum(format, i);
            if (ok) {
                f.wid = w;
                i = ni;
                if (afterIndex)
                    goodArgNum = false;
            }
        }
        if (i + 1 <= end && format[i] === '.') {
            i++;
            if (afterIndex)
                goodArgNum = false;
            [argNum, afterIndex] = argNumber(argNum, args.length);
            if (i < end && format[i] === '*') {
                i++;
                if (argNum < args.length) {
                    const [p, ok] = intFromArg(args[argNum]);
                    argNum++;
                    f.prec = p;
                    if (f.prec < 0)
                        f.prec = -1;
                    if (!ok) {
                        f.prec = -1;
                        out.push('%!(BADPREC)');
                    }
                }
                else
                    out.push('%!(BADPREC)');
                afterIndex = false;
            }
            else {
                const [p, ok, ni] = parseNum(format, i);
                f.prec = ok ? p : 0;
                i = ni;
            }
        }
        if (!afterIndex)
            [argNum, afterIndex] = argNumber(argNum, args.length);
        if (i >= end) {
            out.push('%!(NOVERB)');
            break;
        }
        const cp = format.codePointAt(i);
        const verb = String.fromCodePoint(cp);
        i += verb.length;
        if (verb === '%') {
            out.push('%');
            continue;
        }
        if (!goodArgNum) {
            out.push('%!', verb, '(BADINDEX)');
            continue;
        }
        if (argNum >= args.length) {
            out.push('%!', verb, '(MISSING)');
            continue;
        }
        if (verb === 'w') {
            badVerb(out, args[argNum++], verb);
            continue;
        }
        if (verb === 'v') {
            if (f.sharp) {
                f.sharp = false;
                f.sharpV = true;
            }
            if (f.plus) {
                f.plus = false;
                f.plusV = true;
            }
        }
        printArg(out, args[argNum], verb, f, 0);
        argNum++;
    }
    if (!reordered && argNum < args.length) {
        out.push('%!(EXTRA ');
        for (let k = argNum; k < args.length; k++) {
            if (k > argNum)
                out.push(', ');
            const a = args[k];
            if (a === null || a === undefined)
                out.push('<nil>');
            else {
                out.push((0,_goValues_js__WEBPACK_IMPORTED_MODULE_1__/* .goTypeName */ .O4)(a), '=');
                printArg(out, a, 'v', newFlags(), 0);
            }
        }
        out.push(')');
    }
    return out.join('');
}


/***/ })

};
;
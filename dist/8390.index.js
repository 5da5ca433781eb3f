"use strict";
exports.id = 8390;
exports.ids = [8390];
exports.modules = {

/***/ 38390:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dd: () => (/* binding */ goStringBytes),
/* harmony export */   Se: () => (/* binding */ goRuneText),
/* harmony export */   Ye: () => (/* binding */ rawByteOf),
/* harmony export */   mG: () => (/* binding */ decodeGoBytes),
/* harmony export */   uW: () => (/* binding */ holdsRawBytes),
/* harmony export */   yi: () => (/* binding */ goStringByteLength)
/* harmony export */ });
/**
 * Go strings are bytes; slipway's are JS (UTF-16) strings. A byte that is not part of valid UTF-8 (a binary
 * file read with `.Files.Get`, a `b64dec` of binary data, a byte slice of a multi-byte character) is kept in
 * the JS string as a lone low surrogate U+DC80..U+DCFF, one per byte, so that it survives to where Go would
 * use the bytes again (`b64enc`, `sha256sum`, `len`, `%x`, `quote`…) and comes out as the same byte. Valid
 * UTF-8 never decodes to a lone surrogate, so text is unaffected. Where Go reads such a string rune by rune
 * (`upper`, JSON and YAML encoding…) each of these bytes is U+FFFD, as in Go.
 */
const RAW_BYTE_BASE = 0xdc00;
/** A lone (unpaired) U+DC80..U+DCFF: with the `u` flag a surrogate pair is one code point and does not match. */
const RAW_BYTE = /[\udc80-\udcff]/u;
const RAW_BYTES = /[\udc80-\udcff]/gu;
/** Bytes to a Go string (see above): valid UTF-8 as text, every other byte kept as itself. */
function decodeGoBytes(b) {
    const s = Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('utf8');
    if (!s.includes('\ufffd'))
        return s;
    let out = '';
    let start = 0;
    let i = 0;
    while (i < b.length) {
        const size = validRuneSize(b, i);
        if (size > 0) {
            i += size;
            continue;
        }
        out += Buffer.from(b.buffer, b.byteOffset + start, i - start).toString('utf8') + String.fromCharCode(RAW_BYTE_BASE + b[i]);
        i++;
        start = i;
    }
    return out + Buffer.from(b.buffer, b.byteOffset + start, b.length - start).toString('utf8');
}
/** The length of the valid UTF-8 sequence at `i`, or 0 where Go's utf8.DecodeRune gives RuneError of size 1. */
function validRuneSize(b, i) {
    const c = b[i];
    if (c < 0x80)
        return 1;
    const cont = (k, lo = 0x80, hi = 0xbf) => i + k < b.length && b[i + k] >= lo && b[i + k] <= hi;
    if (c >= 0xc2 && c <= 0xdf)
        return cont(1) ? 2 : 0;
    if (c >= 0xe0 && c <= 0xef) {
        // E0: no overlong forms; ED: no surrogates.
        const ok1 = c === 0xe0 ? cont(1, 0xa0) : c === 0xed ? cont(1, 0x80, 0x9f) : cont(1);
        return ok1 && cont(2) ? 3 : 0;
    }
    if (c >= 0xf0 && c <= 0xf4) {
        const ok1 = c === 0xf0 ? cont(1, 0x90) : c === 0xf4 ? cont(1, 0x80, 0x8f) : cont(1);
        return ok1 && cont(2) && cont(3) ? 4 : 0;
    }
    return 0;
}
/** Whether the string holds bytes that are not UTF-8 (kept as described above). */
function holdsRawBytes(s) {
    return RAW_BYTE.test(s);
}
/** A Go string's bytes: its text as UTF-8, its kept bytes as themselves. */
function goStringBytes(s) {
    if (!RAW_BYTE.test(s))
        return Buffer.from(s, 'utf8');
    const parts = [];
    let start = 0;
    for (const m of s.matchAll(RAW_BYTES)) {
        parts.push(Buffer.from(s.slice(start, m.index), 'utf8'), Buffer.of(s.charCodeAt(m.index) - RAW_BYTE_BASE));
        start = m.index + 1;
    }
    parts.push(Buffer.from(s.slice(start), 'utf8'));
    return Buffer.concat(parts);
}
/** A Go string's length in bytes (its text as UTF-8, a kept byte as one), without encoding it. */
function goStringByteLength(s) {
    let n = s.length;
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c < 0x80)
            continue;
        if (c < 0x800)
            n += 1;
        else if (c >= 0xdc80 && c <= 0xdcff)
            continue; // a kept byte: one byte
        else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
            n += 2; // a surrogate pair (2 UTF-16 units) is 4 bytes
            i++;
        }
        else
            n += 2;
    }
    return n;
}
/** The string as Go's rune-by-rune readers see it: each kept byte is U+FFFD (utf8.RuneError). */
function goRuneText(s) {
    return RAW_BYTE.test(s) ? s.replace(RAW_BYTES, '\ufffd') : s;
}
/** The byte a kept-byte code unit stands for, or -1 for any other code unit. */
function rawByteOf(codeUnit) {
    return codeUnit >= 0xdc80 && codeUnit <= 0xdcff ? codeUnit - RAW_BYTE_BASE : -1;
}


/***/ })

};
;
import { describe, expect, it } from 'vitest';
import { decodeGoBytes } from '../../../../src/core/chart/template/goBytes.js';
import { yamlReaderProblem } from '../../../../src/core/chart/yaml/yamlReader.js';

const text = (...b: number[]) => decodeGoBytes(Uint8Array.from(b));
const ascii = (s: string) => [...Buffer.from(s)];

describe("libyaml's reader checks (go-yaml readerc.go)", () => {
  const cases: [string, string, string | undefined][] = [
    ['plain text', 'a: b\n', undefined],
    ['tab, CR, LF, NEL and non-ASCII letters', 'a:\tb\r\nc: \u0085é日本😀\n', undefined],
    ['a BOM at the start', '\ufeffa: b', undefined],
    ['U+FFFD itself', 'a: \ufffd', undefined],
    ['a C0 control character', 'a: "\u0001"', 'control characters are not allowed'],
    ['NUL', 'a: \u0000', 'control characters are not allowed'],
    ['DEL', 'a: \u007f', 'control characters are not allowed'],
    ['a C1 control character', 'a: \u0090', 'control characters are not allowed'],
    ['U+FFFE', 'a: \ufffe', 'control characters are not allowed'],
    ['a lone continuation byte', text(...ascii('a: '), 0x80), 'invalid leading UTF-8 octet'],
    ['0xff', text(...ascii('a: '), 0xff, 0x61), 'invalid leading UTF-8 octet'],
    ['a sequence cut by the end of input', text(...ascii('a: caf'), 0xe9), 'incomplete UTF-8 octet sequence'],
    ['a sequence cut by another character', text(...ascii('a: '), 0xe9, 0x61, 0x62), 'invalid trailing UTF-8 octet'],
    ['an overlong form', text(...ascii('a: '), 0xc0, 0xaf), 'invalid length of a UTF-8 sequence'],
    ['an encoded surrogate', text(...ascii('a: '), 0xed, 0xa0, 0x80), 'invalid Unicode character'],
    ['the first problem wins', text(...ascii('a: '), 0x01, 0xff), 'control characters are not allowed'],
  ];
  it.each(cases)('%s', (_name, input, problem) => {
    expect(yamlReaderProblem(input)).toBe(problem);
  });
});

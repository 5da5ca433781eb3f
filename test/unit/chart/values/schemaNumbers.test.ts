import { describe, expect, it } from 'vitest';
import { localizedFloat, localizedInt } from '../../../../src/core/chart/values/schemaNumbers.js';

// Expected texts printed by golang.org/x/text v0.43 message.NewPrinter(language.English) with %v / %d.
describe('numbers in schema errors as x/text prints them', () => {
  it.each([
    [0, '0'], [1, '1'], [-1, '-1'], [70000, '70,000'], [65535, '65,535'], [1024, '1,024'], [1.5, '1.5'], [1234.5, '1,234.5'],
    [1234567.891, '1.234567891×10⁰⁶'], [0.000001, '1×10⁻⁰⁶'], [1e20, '1×10²⁰'], [1e21, '1×10²¹'], [1e-7, '1×10⁻⁰⁷'],
    [-12345.678, '-12,345.678'], [123456789012345678, '1.2345678901234568×10¹⁷'], [2.5e-5, '2.5×10⁻⁰⁵'], [123456.789, '123,456.789'], [0.0001234567, '0.0001234567'], [999999.9999999, '999,999.9999999'], [100, '100'],
    [999.999, '999.999'], [1e6, '1×10⁰⁶'],
  ])('%%v of %s', (f, want) => {
    expect(localizedFloat(f)).toBe(want);
  });
  it.each([[0, '0'], [999, '999'], [1000, '1,000'], [-1234, '-1,234'], [1234567, '1,234,567']])('%%d of %s', (n, want) => {
    expect(localizedInt(n)).toBe(want);
  });
});

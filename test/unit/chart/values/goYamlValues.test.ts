import { describe, expect, it } from 'vitest';
import { readValuesText, YamlValuesError } from '../../../../src/core/chart/values/goYamlValues.js';
import { formatFloat32G } from '../../../../src/core/chart/values/goYamlScalar.js';

describe('values YAML read as Helm reads it (go-yaml v2 through JSON)', () => {
  it('resolves scalars with YAML 1.1 and Go integer rules, numbers as float64', () => {
    const v = readValuesText(
      'a: 1\nb: yes\nc: "yes"\nd: 0777\ne: 1e3\nf: !!int "12"\ng: ~\nh: 0o17\nn: 2001-12-14\n1.5: k\n012: oct\ni: 1_000\nj: 08\nk: .5\nl: off\nm: +12\n',
    );
    expect(v).toEqual({ a: 1, b: true, c: 'yes', d: 511, e: 1000, f: 12, g: null, h: 15, false: '2001-12-14', '1.5': 'k', '10': 'oct', i: 1000, j: 8, k: 0.5, l: false, m: 12 });
  });
  it('merges keys the way go-yaml v2 does: set where << appears, list entries earlier first', () => {
    const v = readValuesText('base: &b {x: 1, p: 2}\nother: &o {p: 3, z: 4}\nm:\n  x: 9\n  <<: [*b, *o]\n  z: 5\n  y: 1\n');
    expect(v.m).toEqual({ x: 1, p: 2, z: 5, true: 1 });
  });
  it('merges documents of a stream and lets a later duplicate key win', () => {
    expect(readValuesText('a: 1\na: 2\n---\nb: {c: 1}\n---\nb: {d: 2}\n---\n')).toEqual({ a: 2, b: { c: 1, d: 2 } });
  });
  it('reports the line of a syntax error', () => {
    try {
      readValuesText('a: 1\nb: c: d\n');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(YamlValuesError);
      expect((e as YamlValuesError).line).toBe(2);
    }
  });
  it('rejects a document that is not a map', () => {
    expect(() => readValuesText('- a\n')).toThrow(/cannot unmarshal array/);
  });
  it('formats floats as strconv.FormatFloat(f, g, -1, 32)', () => {
    expect([1.1, 1000000, 0.1, 123456.7, 1.5, 0.00001].map(formatFloat32G)).toEqual(['1.1', '1e+06', '0.1', '123456.7', '1.5', '1e-05']);
  });
});

describe('values files as Helm reads them (sigs.k8s.io/yaml through JSON, one document at a time)', () => {
  const refusal = (text: string): string => {
    try {
      readValuesText(text);
      return 'accepted';
    } catch (e) {
      return e instanceof YamlValuesError ? e.helmText : String(e);
    }
  };

  it.each([
    ['NaN has no JSON form', 'a: 1\nb: .nan\n', 'cannot unmarshal yaml document: error converting YAML to JSON: json: unsupported value: NaN'],
    ['the first non-finite value in JSON key order', 'z: .inf\na: -.inf\n', 'cannot unmarshal yaml document: error converting YAML to JSON: json: unsupported value: -Inf'],
    ['a null key', 'a: 1\n~: x\n', 'cannot unmarshal yaml document: error converting YAML to JSON: unsupported map key of type: %!s(<nil>), key: <nil>, value: "x"'],
    ['a nested null key with a map value', 'a:\n  null:\n    b: 1\n', 'cannot unmarshal yaml document: error converting YAML to JSON: unsupported map key of type: %!s(<nil>), key: <nil>, value: map[interface {}]interface {}{"b":1}'],
    ['an alias inside its own anchor', 'a: &x\n  b: *x\n', "cannot unmarshal yaml document: error converting YAML to JSON: yaml: anchor 'x' value contains itself"],
    ['a list document', '- a\n', 'cannot unmarshal yaml document: error unmarshaling JSON: while decoding JSON: json: cannot unmarshal array into Go value of type map[string]interface {}'],
    ['a separator with content', 'a: 1\n--- b\n', 'error reading yaml document: invalid Yaml document separator: b'],
  ])('%s', (_name, text, want) => {
    expect(refusal(text)).toBe(want);
  });

  it('reads !!binary as its bytes, "null" quoted as a key, documents merged in order, CRLF as LF', () => {
    expect(readValuesText('b: !!binary aGVsbG8=\n"null": 1\n')).toEqual({ b: 'hello', null: 1 });
    expect(readValuesText('a: 1\nc: {x: 1}\n---\nb: 2\nc: {z: 2}\n--- # comment\n')).toEqual({ a: 1, b: 2, c: { x: 1, z: 2 } });
    expect(readValuesText('a: |\r\n  x\r\n')).toEqual({ a: 'x\n' });
  });

  it('names the line in the whole file when a later document has a syntax error', () => {
    try {
      readValuesText('a: 1\n---\nb: [\n');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(YamlValuesError);
      expect((e as YamlValuesError).fileLine).toBeGreaterThan(2);
    }
  });
});

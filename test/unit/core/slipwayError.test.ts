import { describe, expect, it } from 'vitest';
import { formatError, formatLocation, SlipwayError } from '../../../src/core/errors/slipwayError.js';

describe('error formatting', () => {
  it.each([
    [{ file: 'slipway.yaml', line: 3, column: 5 }, 'slipway.yaml:3:5'],
    [{ file: 'slipway.yaml', line: 3 }, 'slipway.yaml:3'],
    [{ file: 'slipway.yaml', column: 5 }, 'slipway.yaml'],
    [{ file: 'slipway.yaml', line: 3, field: 'images.backend.context' }, 'slipway.yaml:3, field images.backend.context'],
    [{ resource: 'Deployment/shop/backend' }, 'Deployment/shop/backend'],
    [{ input: '--env' }, 'flag --env'],
    [{ input: 'env' }, 'input env'],
    [{}, ''],
  ])('%j is %j', (where, text) => {
    expect(formatLocation(where)).toBe(text);
  });

  it('puts location, message and hint on their lines', () => {
    const error = new SlipwayError('config', 'unknown field "imagez"', { where: { file: 'slipway.yaml', line: 2 }, hint: 'did you mean "images"?' });
    expect(formatError(error)).toBe('slipway.yaml:2: unknown field "imagez"\n  hint: did you mean "images"?');
  });

  it('does not repeat a location the message already gives (template errors carry Helm\'s file:line:col)', () => {
    const exec = new SlipwayError('template', 'tc/templates/out.yaml:1:13\n  executing "tc/templates/out.yaml" at <.Values.x.y>:\n    nil pointer evaluating interface {}.y', {
      where: { file: 'tc/templates/out.yaml', line: 1, column: 13 },
    });
    expect(formatError(exec)).toBe('tc/templates/out.yaml:1:13\n  executing "tc/templates/out.yaml" at <.Values.x.y>:\n    nil pointer evaluating interface {}.y');
    const parse = new SlipwayError('template', 'parse error at (tc/templates/_body.tpl:5): unexpected EOF', { where: { file: 'tc/templates/_body.tpl', line: 5, resource: 'release shop' } });
    expect(formatError(parse)).toBe('release shop: parse error at (tc/templates/_body.tpl:5): unexpected EOF');
    const other = new SlipwayError('template', 'YAML parse error on x.yaml: bad', { where: { file: 'tc/templates/y.yaml', line: 2 } });
    expect(formatError(other)).toBe('tc/templates/y.yaml:2: YAML parse error on x.yaml: bad');
  });

  it('marks anything else as an internal error with its stack', () => {
    expect(formatError(new TypeError('x is undefined'))).toMatch(/^internal error: TypeError: x is undefined\n\s+at /);
    expect(formatError('plain')).toBe('internal error: plain');
  });
});

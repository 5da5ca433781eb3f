import { describe, expect, it } from 'vitest';
import { defaultIgnoreRules, isIgnored, parseHelmIgnore } from '../../../../src/core/chart/loader/helmIgnore.js';
import { goPathMatch } from '../../../../src/core/chart/loader/goPathMatch.js';

describe('.helmignore as Helm applies it', () => {
  const rules = [...parseHelmIgnore('# comment\n*.swp\n/secret.txt\ndocs/*.md\ncache/\n'), ...defaultIgnoreRules()];
  it('matches base names for rules without a slash, whole paths otherwise', () => {
    expect(isIgnored(rules, 'templates/a.swp', false)).toBe(true);
    expect(isIgnored(rules, 'secret.txt', false)).toBe(true);
    expect(isIgnored(rules, 'sub/secret.txt', false)).toBe(false);
    expect(isIgnored(rules, 'docs/a.md', false)).toBe(true);
    expect(isIgnored(rules, 'docs/x/a.md', false)).toBe(false);
  });
  it('applies directory-only rules to directories and always ignores dotfiles in templates/', () => {
    expect(isIgnored(rules, 'cache', true)).toBe(true);
    expect(isIgnored(rules, 'cache', false)).toBe(false);
    expect(isIgnored(rules, 'templates/.hidden.yaml', false)).toBe(true);
    expect(isIgnored(rules, 'templates/visible.yaml', false)).toBe(false);
  });
  it('keeps the negation quirk: a ! rule ignores everything it does not match', () => {
    const neg = parseHelmIgnore('!keep.txt\n');
    expect(isIgnored(neg, 'keep.txt', false)).toBe(false);
    expect(isIgnored(neg, 'other.txt', false)).toBe(true);
  });
  it('rejects ** as Helm does, naming the line', () => {
    expect(() => parseHelmIgnore('ok\nfoo/**\n')).toThrow(/double-star/);
  });
  it('matches like Go filepath.Match', () => {
    expect(goPathMatch('a/*.yaml', 'a/b.yaml')).toBe(true);
    expect(goPathMatch('a/*.yaml', 'a/b/c.yaml')).toBe(false);
    expect(goPathMatch('[a-c]?.txt', 'bx.txt')).toBe(true);
    expect(goPathMatch('[^a]*', 'ab')).toBe(false);
    expect(goPathMatch('\\*', '*')).toBe(true);
    expect(goPathMatch('[', 'x')).toBe(false);
  });
});

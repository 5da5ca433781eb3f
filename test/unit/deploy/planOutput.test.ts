import { describe, expect, it } from 'vitest';
import { lineDiff } from '../../../src/core/deploy/lineDiff.js';
import { redactManifest, redactSecretObject } from '../../../src/core/deploy/secretRedaction.js';
import { hooksFor } from '../../../src/core/deploy/hookRunner.js';

describe('plan output', () => {
  it('diffs lines with context', () => {
    expect(lineDiff('a\nb\nc', 'a\nB\nc')).toEqual(['  a', '- b', '+ B', '  c']);
    expect(lineDiff('', 'x')).toEqual(['+ x']);
    expect(lineDiff('1\n2\n3\n4\n5\n6\n7\n8\n9', '1\n2\n3\n4\n5\n6\n7\n8\nX', 1)).toEqual(['  ...', '  8', '- 9', '+ X']);
  });

  it('redacts Secret values, keeping keys', () => {
    expect(redactSecretObject({ kind: 'Secret', data: { password: 'aHVudGVyMg==' }, stringData: { token: 't' } })).toEqual({ kind: 'Secret', data: { password: '***' }, stringData: { token: '***' } });
    expect(redactSecretObject({ kind: 'ConfigMap', data: { a: 'b' } })).toEqual({ kind: 'ConfigMap', data: { a: 'b' } });
    const text = redactManifest('---\n# Source: c/templates/s.yaml\napiVersion: v1\nkind: Secret\nmetadata:\n  name: s\ndata:\n  password: aHVudGVyMg==\n---\n# Source: c/templates/m.yaml\nkind: ConfigMap\ndata:\n  a: b\n');
    expect(text).not.toContain('aHVudGVyMg');
    expect(text).toContain('password: "***"');
    expect(text).toContain('# Source: c/templates/m.yaml\nkind: ConfigMap\ndata:\n  a: b\n');
  });

  it('orders hooks of one event by weight, then name', () => {
    const hooks = [
      { name: 'b', weight: 0, events: ['pre-install' as const], last_run: { phase: '' as const } },
      { name: 'a', weight: 0, events: ['pre-install' as const], last_run: { phase: '' as const } },
      { name: 'z', weight: -1, events: ['pre-install' as const], last_run: { phase: '' as const } },
      { name: 'p', events: ['post-install' as const], last_run: { phase: '' as const } },
    ];
    expect(hooksFor(hooks, 'pre-install').map((h) => h.name)).toEqual(['z', 'a', 'b']);
  });
});

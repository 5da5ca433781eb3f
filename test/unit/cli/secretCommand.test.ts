import { describe, expect, it } from 'vitest';
import { runSecretCommand } from '../../../src/cli/secretCommand.js';
import { decryptWerfSecret } from '../../../src/core/werf/werfSecret.js';

const key = { environment: '11ac8312520b5ff037bae386ea2e8a07', projectDir: '/nonexistent' };

describe('slipway secret encrypt | decrypt', () => {
  it("decrypts werf's test vector (common-go aes_encoder_test.go) and encrypts what werf decrypts", () => {
    expect(runSecretCommand('decrypt', Buffer.from('10000f13a718d019612ab8ad30d9bec8e2c09df0f2d168c179bef954e78371bf6a5a\n'), { values: false, key })).toBe('flant');
    const encrypted = runSecretCommand('encrypt', Buffer.from('flant'), { values: false, key });
    expect(encrypted).toMatch(/^1000[0-9a-f]{64}\n$/);
    expect(decryptWerfSecret(key.environment, encrypted.trim()).toString()).toBe('flant');
  });
  it('values documents: every string, path named on failure', () => {
    const encrypted = runSecretCommand('encrypt', Buffer.from('a:\n  b: x\n'), { values: true, key });
    expect(runSecretCommand('decrypt', Buffer.from(encrypted), { values: true, key })).toBe('a:\n  b: x\n');
    expect(() => runSecretCommand('decrypt', Buffer.from('a:\n  b: 1000ff\n'), { values: true, key })).toThrow("cannot decrypt the value at a.b: minimum required data length: '68'");
  });
  it('without a key names where it looked', () => {
    expect(() => runSecretCommand('decrypt', Buffer.from('x'), { values: false, key: { projectDir: '/nonexistent' } })).toThrow(/needs werf's secret key, which was not found in: "\$WERF_SECRET_KEY", "\/nonexistent\/.werf_secret_key"/);
  });
});

/**
 * slipway's werf secret encoding against werf's own encoder (common-go pkg/secret/aes_encoder.go, built as a
 * Go program in ~/.cache/slipway/werf-secret-oracle, see test/oracle/werf-secret/README.md): each decrypts
 * what the other encrypts, for 128- and 256-bit keys and awkward plaintexts.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decryptWerfSecret, encryptWerfSecret, generateWerfSecretKey } from '../../../src/core/werf/werfSecret.js';

const dir = join(process.env.HOME ?? '/root', '.cache/slipway/werf-secret-oracle');
const oracle = join(dir, 'oracle');

function buildOracle(): void {
  if (existsSync(oracle)) return;
  const source = process.env.WERF_COMMON_GO_AES_ENCODER;
  if (!source) throw new Error(`no werf secret oracle at ${oracle}: set WERF_COMMON_GO_AES_ENCODER to common-go's pkg/secret/aes_encoder.go (test/oracle/werf-secret/README.md)`);
  mkdirSync(dir, { recursive: true });
  copyFileSync(join(__dirname, '../../oracle/werf-secret/main.go'), join(dir, 'main.go'));
  writeFileSync(join(dir, 'aes_encoder.go'), readFileSync(source, 'utf8').replace(/^package secret/m, 'package main'));
  writeFileSync(join(dir, 'go.mod'), 'module werfsecretoracle\n\ngo 1.23\n');
  const r = spawnSync('go', ['build', '-o', oracle, '.'], { cwd: dir, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
}

function run(action: 'encrypt' | 'decrypt', key: string, input: Buffer | string): { ok: boolean; out: Buffer; err: string } {
  const r = spawnSync(oracle, [action], { input, env: { ...process.env, WERF_SECRET_KEY: key } });
  return { ok: r.status === 0, out: r.stdout, err: r.stderr.toString() };
}

const plaintexts = ['', 'flant', 'exactly16bytes!!', 'päss\nwörd with "quotes"', 'x'.repeat(1000), Buffer.from([0, 1, 2, 255, 16, 16]).toString('latin1')];

describe("werf's secret encoder (Go) and slipway's agree", () => {
  buildOracle();
  for (const key of [generateWerfSecretKey(), generateWerfSecretKey() + generateWerfSecretKey()]) {
    it(`${key.length * 4}-bit key: slipway decrypts werf's values and werf decrypts slipway's`, () => {
      for (const text of plaintexts) {
        const plain = Buffer.from(text, 'latin1');
        const byWerf = run('encrypt', key, plain);
        expect(byWerf.ok, byWerf.err).toBe(true);
        expect(decryptWerfSecret(key, byWerf.out.toString())).toEqual(plain);
        const bySlipway = run('decrypt', key, encryptWerfSecret(key, plain));
        expect(bySlipway.ok, bySlipway.err).toBe(true);
        expect(bySlipway.out).toEqual(plain);
      }
    });
  }
  it('the same IV gives the same bytes as werf (decrypt(werf) → encrypt(slipway, same IV) is identical)', () => {
    const key = generateWerfSecretKey();
    const byWerf = run('encrypt', key, 'flant').out.toString();
    const iv = Buffer.from(byWerf.slice(4, 36), 'hex');
    expect(encryptWerfSecret(key, Buffer.from('flant'), iv)).toBe(byWerf);
  });
  it("werf's own test vector decrypts the same in both", () => {
    const value = '10000f13a718d019612ab8ad30d9bec8e2c09df0f2d168c179bef954e78371bf6a5a';
    expect(run('decrypt', '11ac8312520b5ff037bae386ea2e8a07', value).out.toString()).toBe('flant');
    expect(decryptWerfSecret('11ac8312520b5ff037bae386ea2e8a07', value).toString()).toBe('flant');
  });
});

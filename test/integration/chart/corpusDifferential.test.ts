/**
 * The realistic chart corpus (bench/render/corpus: 30 charts of five public-chart shapes, each with its own
 * ci/ values files) rendered by `slipway render` and `helm template --include-crds` (helm v4 of the test bed):
 * stdout and stderr identical, except material that is random on every render (generated certificates and
 * keys, passwords, bcrypt salts), which must have the same shape: the same lines, the same text around it,
 * and decoded the same kind of thing (a PEM block of the same type, an htpasswd line of the same user and
 * cost, a text of the same length).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runHelmTemplate, runSlipwayRender } from '../../support/renderDifferential.js';

const helm = process.env.SLIPWAY_HELM4 ?? `${process.env.HOME}/.cache/slipway/helm-v4.3.1/helm`;
const generator = join(import.meta.dirname, '../../../bench/render/corpus/generateCorpus.mjs');

const RANDOM_RUN = /[A-Za-z0-9+/]{16,}={0,2}/g;

/** What a run of base64 or random characters is, with its random part taken out. */
function shapeOf(run: string): string {
  const decoded = Buffer.from(run, 'base64').toString('latin1');
  if (/^[\x20-\x7e\n]*$/.test(decoded) && Buffer.from(decoded, 'latin1').toString('base64').replace(/=+$/, '') === run.replace(/=+$/, '')) {
    const pem = /^-----BEGIN ([A-Z ]+)-----\n/.exec(decoded);
    if (pem) return `pem ${pem[1]}`;
    const htpasswd = /^([^:]+):\$2[aby]\$(\d\d)\$.{53}$/.exec(decoded);
    if (htpasswd) return `htpasswd ${htpasswd[1]} cost ${htpasswd[2]}`;
    return `text of ${decoded.length}`;
  }
  return `${run.length} characters`;
}

/** Lines equal, or equal once each random run is replaced by its shape. */
export function sameUpToRandomMaterial(want: string, got: string): string | undefined {
  const a = want.split('\n');
  const b = got.split('\n');
  if (a.length !== b.length) return `helm wrote ${a.length} lines, slipway ${b.length}`;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    const shaped = (line: string) => line.replace(RANDOM_RUN, (run) => `<${shapeOf(run)}>`);
    if (shaped(a[i]!) !== shaped(b[i]!)) return `line ${i + 1}:\nhelm:    ${a[i]}\nslipway: ${b[i]}`;
  }
  return undefined;
}

describe.skipIf(!existsSync(helm))('the realistic chart corpus renders as helm renders it', () => {
  const dir = mkdtempSync(join(tmpdir(), 'slipway-corpus-'));
  const listing = execFileSync(process.execPath, [generator, dir], { encoding: 'utf8' }).trim().split('\n');
  const charts = listing.map((line) => {
    const [name, ...rest] = line.split(' ');
    return { name: name!, values: rest.filter((v) => v !== '+crds') };
  });

  it('has at least 30 charts with 100 renders', () => {
    expect(charts.length).toBeGreaterThanOrEqual(30);
    expect(charts.reduce((n, c) => n + c.values.length, 0)).toBeGreaterThanOrEqual(100);
  });

  for (const chart of charts) {
    it(`${chart.name} (${chart.values.length} values files)`, async () => {
      for (const values of chart.values) {
        const args = [chart.name, chart.name, '-f', `${chart.name}/ci/${values}`, '--include-crds', '-n', 'corpus'];
        const want = runHelmTemplate(helm, args, dir);
        const got = await runSlipwayRender(args, dir);
        expect(want.ok, `helm renders ${chart.name} with ${values}: ${want.error}`).toBe(true);
        expect(got.stderr, `${chart.name} ${values}`).toBe(want.stderr);
        expect(sameUpToRandomMaterial(want.stdout, got.stdout), `${chart.name} ${values}`).toBeUndefined();
      }
    });
  }

  it('tells random material of another shape from the same shape', () => {
    const cert = (body: string) => Buffer.from(`-----BEGIN CERTIFICATE-----\n${body}\n-----END CERTIFICATE-----\n`).toString('base64');
    const key = Buffer.from('-----BEGIN RSA PRIVATE KEY-----\nMIIE\n-----END RSA PRIVATE KEY-----\n').toString('base64');
    expect(sameUpToRandomMaterial(`  tls.crt: ${cert('MIIDqTCCApGgAwIBAgIQT9ZUa')}`, `  tls.crt: ${cert('MIIDqTCCApGgAwIBAgIQMVQ8')}`)).toBeUndefined();
    expect(sameUpToRandomMaterial(`  tls.crt: ${cert('MIIDqTCCApGgAwIBAgIQT9ZUa')}`, `  tls.crt: ${key}`)).toMatch(/line 1/);
    expect(sameUpToRandomMaterial('  password: "YWJjZGVmZ2hpamtsbW5vcA=="', '  password: "YWJjZGVmZ2hpamtsbW5vcHE="')).toMatch(/line 1/);
    expect(sameUpToRandomMaterial('name: a\nx: 1', 'name: b\nx: 1')).toMatch(/line 1/);
  });
});

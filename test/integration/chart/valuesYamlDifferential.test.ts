/**
 * Values files against the real helm: seeded random YAML (valuesYamlDifferential.ts) given with -f to a chart
 * that prints .Values as JSON, YAML and Go types. Output bytes must be identical; when helm refuses a file,
 * slipway must refuse it too, with helm's text (or, for YAML syntax errors, naming the same file).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runHelmTemplate, runSlipwayRender } from '../../support/renderDifferential.js';
import { testbedVar } from '../../support/testbedEnv.js';
import { seededRandom as random } from '../../support/seededRandom.js';
import { valuesFile } from './valuesYamlDifferential.js';

const chart = join(import.meta.dirname, '../../fixtures/charts/probes/valuesdump');
const cases = Number(process.env.SLIPWAY_VALUES_CASES ?? 250);
const seed = Number(process.env.SLIPWAY_VALUES_SEED ?? 20261121);

/**
 * Helm's text, except: YAML syntax errors are worded by a different parser (both must be syntax errors of
 * the same file), and the Go %#v rendering of a null key's value is matched up to that value.
 */
function sameRefusal(helm: string, slipway: string, file: string): boolean {
  if (slipway.startsWith(helm)) return true;
  const syntax = `failed to parse ${file}: cannot unmarshal yaml document: error converting YAML to JSON: yaml: `;
  const semantic = /yaml: anchor '|json: unsupported value/;
  if (helm.startsWith(syntax) && !semantic.test(helm)) return slipway.startsWith(syntax) && !semantic.test(slipway);
  const nullKey = helm.indexOf(', value: ');
  return helm.includes('unsupported map key of type: %!s(<nil>)') && nullKey > 0 && slipway.startsWith(helm.slice(0, nullKey + ', value: '.length));
}

describe('values files read as helm reads them', () => {
  it(`${cases} random values files (seed ${seed})`, async () => {
    const helm = testbedVar('SLIPWAY_HELM4');
    const dir = mkdtempSync(join(tmpdir(), 'slipway-values-'));
    const rnd = random(seed);
    const mismatches: string[] = [];
    let helmOk = 0;
    for (let n = 0; n < cases; n++) {
      const text = valuesFile(rnd);
      const file = join(dir, `case${n}.yaml`);
      writeFileSync(file, text);
      const want = runHelmTemplate(helm, [chart, '-f', file], dir);
      const got = await runSlipwayRender([chart, '-f', file], dir);
      if (want.ok) {
        helmOk++;
        if (!got.ok || got.stdout !== want.stdout) mismatches.push(`case${n}.yaml\n${text}\nhelm:\n${want.stdout}\nslipway:\n${got.ok ? got.stdout : got.error}`);
      } else if (got.ok) {
        mismatches.push(`case${n}.yaml\n${text}\nhelm refused: ${want.error}\nslipway accepted`);
      } else if (!sameRefusal(want.error, got.error, file)) {
        mismatches.push(`case${n}.yaml\n${text}\nhelm: ${want.error}\nslipway: ${got.error}`);
      }
    }
    expect(mismatches.slice(0, 3).join('\n\n========\n\n')).toBe('');
    expect(helmOk).toBeGreaterThan(cases / 2);
  }, 600_000);
});

/**
 * `slipway render` against the real `helm template` (helm v4 of the test bed, SLIPWAY_HELM4): the
 * `helm create` scaffold with several values sets, every chart of helm's own test data that helm renders,
 * and purpose-written charts. Output bytes must be identical; for failures, what the command prints from
 * `Error: ` on must be helm's, whole.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runHelmTemplate, runSlipwayRender } from '../../support/renderDifferential.js';
import { differentialCases, fixtures } from './differentialCases.js';

const helm = process.env.SLIPWAY_HELM4 ?? `${process.env.HOME}/.cache/slipway/helm-v4.3.1/helm`;

describe.skipIf(!existsSync(helm))('slipway render is byte-identical to helm template', () => {
  for (const c of differentialCases) {
    (c.engineGap ? it.fails : it)(c.engineGap ? `${c.name} (engine gap: ${c.engineGap})` : c.name, async () => {
      const want = runHelmTemplate(helm, c.args, fixtures);
      const got = await runSlipwayRender(c.args, fixtures);
      if (c.stderr) expect(got.stderr).toMatch(c.stderr);
      if (c.ownError) {
        expect(want.ok).toBe(false);
        expect(got.ok).toBe(false);
        expect(got.error).toMatch(c.ownError.pattern);
        return;
      }
      if (!want.ok) {
        expect(got.ok, `helm failed with: ${want.error}`).toBe(false);
        expect(got.stderr).toBe(want.stderr);
        return;
      }
      expect(got.error).toBe('');
      expect(got.stdout).toBe(want.stdout);
      expect(got.stderr).toBe(want.stderr);
    });
  }
});

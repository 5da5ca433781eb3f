/** Renders an oracle case with slipway's engine, the way the oracle renders it with Helm's. */
import { helmFuncMap } from '../../../src/core/chart/functions/helmFuncMap.js';
import { HelmRenderError, renderHelmTemplates } from '../../../src/core/chart/template/helmEngine.js';
import { GoError } from '../../../src/core/chart/template/goErrors.js';
import { helmTopData } from './helmData.js';
import type { OracleCase, OracleResult } from './oracleClient.js';
import { loadAllFunctionLibraries } from '../../../src/core/chart/functions/functionLibraries.js';
import { goRuneText } from '../../../src/core/chart/template/goBytes.js';

// The engine's synchronous API runs functions whose libraries render() would load on demand.
await loadAllFunctionLibraries();

const funcs = helmFuncMap();

/** JSON values as Helm holds them: every number a float64 (a JS number), nulls kept. */
export function renderCase(c: OracleCase): OracleResult {
  const values = (c.values ?? {}) as Record<string, unknown>;
  const top = helmTopData(values, c.files ?? {});
  const templates = Object.entries(c.templates).map(([name, text]) => ({ name: `mychart/templates/${name}`, text }));
  try {
    const out = renderHelmTemplates(
      templates,
      funcs,
      (name) => {
        // Helm mutates one shared map per chart, setting .Template before each file.
        top.Template = { Name: name, BasePath: 'mychart/templates' };
        return top;
      },
      { missingKey: c.strict ? 'error' : 'zero' },
    );
    const output: Record<string, string> = {};
    // The oracle answers in JSON, where Go writes a byte of invalid UTF-8 as U+FFFD: slipway's output is
    // compared as that JSON would carry it (the bytes themselves are compared by the render differential).
    for (const [k, v] of out) output[k.slice('mychart/templates/'.length)] = goRuneText(v);
    return { output };
  } catch (e) {
    if (e instanceof HelmRenderError) return { error: goRuneText(e.message) };
    if (e instanceof GoError) return { error: goRuneText(e.message) };
    return { error: `slipway internal error: ${(e as Error).stack}` };
  }
}

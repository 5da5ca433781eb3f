/**
 * Lazily loaded function libraries: render() loads what the parsed templates call, and what a `tpl` reaches on
 * demand (executing again), and
 * the synchronous engine API without preparation fails loudly instead of misbehaving. Each test file runs in its
 * own module graph, so nothing is loaded before the first test here.
 */
import { describe, expect, it } from 'vitest';
import { chartFromFiles } from '../../../../src/core/chart/loader/chartFromFiles.js';
import { render } from '../../../../src/core/chart/render.js';
import { helmFuncMap } from '../../../../src/core/chart/functions/helmFuncMap.js';
import { renderHelmTemplates } from '../../../../src/core/chart/template/helmEngine.js';

const enc = new TextEncoder();
const chart = (templates: Record<string, string>) =>
  chartFromFiles(
    [{ name: 'Chart.yaml', data: enc.encode('apiVersion: v2\nname: c\nversion: 0.1.0\n') }, ...Object.entries(templates).map(([name, text]) => ({ name: `templates/${name}`, data: enc.encode(text) }))],
    'c',
  );
const output = async (templates: Record<string, string>) => {
  const result = await render(chart(templates), {}, { releaseName: 'r', namespace: 'default' });
  return [...result.rendered.values()].join('');
};

describe('function libraries loaded on demand', () => {
  it('fails with an internal error when the synchronous API runs a function whose library is not loaded', () => {
    expect(() => renderHelmTemplates([{ name: 'c/templates/x', text: '{{ regexMatch "a" "a" }}' }], helmFuncMap(), () => ({}), { missingKey: 'zero' })).toThrow(
      /template function library "re2js" used before prepareFunctionLibraries/,
    );
  });
  it('a tpl that reaches no library loads none', async () => {
    const { yamlLibrary } = await import('../../../../src/core/chart/functions/functionLibraries.js');
    expect(await output({ 'x.yaml': '{{ tpl "{{ .Release.Name | upper }}" . }}' })).toBe('R');
    // Before this change a render calling tpl loaded every library; nothing in this file has used yaml yet.
    expect(() => yamlLibrary()).toThrow(/"yaml" used before/);
  });
  it('loads what a tpl reaches when it reaches it, and executes again', async () => {
    expect(await output({ 'x.yaml': '{{ tpl "{{ regexFind \\"b+\\" \\"abbc\\" }} {{ genPrivateKey \\"ecdsa\\" | hasPrefix \\"-----BEGIN EC\\" }}" . }}' })).toBe('bb true');
    const { yamlLibrary } = await import('../../../../src/core/chart/functions/functionLibraries.js');
    expect(() => yamlLibrary()).toThrow(/"yaml" used before/);
  });
  it('loads the libraries of the functions the parsed templates call, partials included', async () => {
    const text = await output({
      '_helpers.tpl': '{{ define "h" }}{{ (fromYaml "a: 1").a }}{{ end }}',
      'x.yaml': '{{ regexMatch "^a+$" "aaa" }} {{ include "h" . }} {{ htpasswd "u" "p" | hasPrefix "u:$2a$" }} {{ genCA "ca" 1 | kindOf }}',
    });
    expect(text).toBe('true 1 true struct');
  });
});

/**
 * Failures slipway was not written against: one broken line (a bad action, a failing function, a missing
 * template, a tpl that fails, YAML that no longer parses…) injected at a seeded random place of a random
 * template of the realistic corpus, rendered by `slipway render` and `helm template` (v4): the same exit, the
 * same stderr byte for byte, and for a render that still succeeds, output of the same length in lines.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runHelmTemplate, runSlipwayRender } from '../../support/renderDifferential.js';
import { mulberry32 } from '../../support/seededRandom.js';

const helm = process.env.SLIPWAY_HELM4 ?? `${process.env.HOME}/.cache/slipway/helm-v4.3.1/helm`;
const generator = join(import.meta.dirname, '../../../bench/render/corpus/generateCorpus.mjs');
const CASES = 60;
const SEED = 20261207;

const injections = [
  '{{ .Values.nope.deeper }}',
  '{{ fail "injected failure" }}',
  '{{ required "need it" .Values.nope }}',
  '{{ include "no.such.template" . }}',
  '{{ .Values',
  '{{ end }}',
  '{{ if }}',
  '{{ frob 1 }}',
  '{{ index .Values.list 99 }}',
  '{{ toYaml .Values | fromYaml | len | add "x" }}',
  '{{ tpl "{{ .Values.nope.x }}" . }}',
  '{{ tpl "{{ if" . }}',
  '\n  bad: indentation\n broken: yaml',
  '{{ printf "%d" }}',
  '{{ .Release.Name.Foo }}',
  '{{ range .Release.Name }}{{ end }}',
  '{{ template "no.such" . }}',
  '{{ $x := 1 }}{{ $x.y }}',
  '{{ trunc "a" "b" }}',
  '{{ semverCompare "bad" "1.0" }}',
  '{{ dict "a" }}',
  '{{ regexMatch "(" "a" }}',
  '{{ div 1 0 }}',
];

function templatesOf(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) templatesOf(path, out);
    else if (path.includes('/templates/') && /\.(ya?ml|tpl|txt)$/.test(name)) out.push(path);
  }
  return out;
}

describe.skipIf(!existsSync(helm))('an injected failure anywhere in the corpus prints as helm prints it', () => {
  it(`${CASES} seeded injections (seed ${SEED})`, async () => {
    const corpus = mkdtempSync(join(tmpdir(), 'slipway-fuzz-corpus-'));
    const charts = execFileSync(process.execPath, [generator, corpus], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .map((line) => line.split(' ')[0]!);
    const random = mulberry32(SEED);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
    const mismatches: string[] = [];
    let failures = 0;
    for (let i = 0; i < CASES; i++) {
      const chart = pick(charts);
      const work = mkdtempSync(join(tmpdir(), 'slipway-fuzz-'));
      cpSync(join(corpus, chart), join(work, chart), { recursive: true });
      const file = pick(templatesOf(join(work, chart)));
      const lines = readFileSync(file, 'utf8').split('\n');
      const at = Math.floor(random() * lines.length);
      const injection = pick(injections);
      lines[at] = random() < 0.5 ? injection + lines[at] : lines[at] + injection;
      writeFileSync(file, lines.join('\n'));
      const args = [chart, chart, '--include-crds'];
      const want = runHelmTemplate(helm, args, work);
      const got = await runSlipwayRender(args, work);
      if (!want.ok) failures++;
      const where = `${file.slice(work.length + 1)}:${at + 1} ${JSON.stringify(injection)}`;
      if (want.ok !== got.ok || want.stderr !== got.stderr || (want.ok && want.stdout.split('\n').length !== got.stdout.split('\n').length)) {
        mismatches.push(`${where}\nhelm (${want.ok ? 'ok' : 'failed'}):    ${want.stderr}\nslipway (${got.ok ? 'ok' : 'failed'}): ${got.stderr}`);
      }
    }
    console.log(`render error fuzz: ${CASES} injections, ${failures} of them failing in helm, ${mismatches.length} different`);
    expect(failures).toBeGreaterThan(CASES / 2);
    expect(mismatches).toEqual([]);
  });
});

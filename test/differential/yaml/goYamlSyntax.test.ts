/**
 * goYamlSyntaxError against go-yaml v2 itself: Helm's fromYaml (sigs.k8s.io/yaml over go-yaml v2, the decoder of
 * values and rendered manifests) run by the Go oracle on seeded mutations of real YAML — every fixture values file
 * and rendered document. Where go-yaml fails with a syntax error, slipway must give the same text (line included);
 * where it reads the document, slipway must find no error.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { goYamlSyntaxError } from '../../../src/core/chart/yaml/goYamlSyntax.js';
import { yamlReaderProblem } from '../../../src/core/chart/yaml/yamlReader.js';
import { renderWithOracle } from '../chart/oracleClient.js';
import { seededRandom } from '../../support/seededRandom.js';

const fixtures = join(import.meta.dirname, '../../fixtures/charts');
const CASES = Number(process.env.SLIPWAY_YAML_SYNTAX_CASES ?? 3000);
const SEED = Number(process.env.SLIPWAY_YAML_SYNTAX_SEED ?? 4711);

function yamlFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yamlFiles(path, out);
    else if (/\.ya?ml$/.test(name) && !name.startsWith('reader-')) {
      const text = readFileSync(path, 'utf8');
      // Templates are not YAML until rendered.
      if (!text.includes('{{')) out.push(text);
    }
  }
  return out;
}

const INSERTS = [':', ': ', ' #', '#', '"', "'", '-', '- ', '{', '}', '[', ']', '&a ', '*a', '*b ', '|', '>', '|-', '>2', '\t', '!', '!!str ', '!x!y ', '?', '? ', '%', '@', '`', ',', '  ', ' ', '\\', '\\x', '\\u12', '<<: ', 'x', '---', '...', '\n', '\n  ', '\n- ', 'a: b', '{a: 1', '[1, 2', '"\\q"', "'it''s", '%YAML 1.1\n', '%TAG !e! tag:x,2000:\n'];

function mutate(doc: string, rnd: () => number): string {
  const lines = doc.split('\n');
  const i = Math.floor(rnd() * lines.length);
  const line = lines[i]!;
  switch (Math.floor(rnd() * 5)) {
    case 0:
      lines[i] = line.replace(/^ */, (m) => ' '.repeat(Math.max(0, m.length + Math.floor(rnd() * 5) - 2)));
      break;
    case 1: {
      const at = Math.floor(rnd() * (line.length + 1));
      lines[i] = line.slice(0, at) + INSERTS[Math.floor(rnd() * INSERTS.length)]! + line.slice(at);
      break;
    }
    case 2:
      lines.splice(i, 0, line);
      break;
    case 3:
      lines.splice(i, 1);
      break;
    default: {
      const at = Math.floor(rnd() * line.length);
      lines[i] = line.slice(0, at) + line.slice(at + 1);
    }
  }
  return lines.join('\n');
}

/** Forms values files rarely use, so that mutations reach every scanner and parser state. */
const EXTRA_BASES = [
  'flow: {a: 1, b: [x, y, {c: d}], "q": \'s\', e: }\nseq: [1, [2, 3], {k: v}, ? complex : 4]\n',
  '%YAML 1.1\n%TAG !e! tag:example.com,2000:\n---\nanchored: &a {x: 1}\nmerged:\n  <<: *a\n  y: !e!thing 2\nlist: !!seq\n- !!str 3\n- &b [4]\n- *b\n...\n',
  'literal: |\n  line one\n    indented\n\n  last\nfolded: >-\n  folded\n  text\nkept: |+2\n    two\n\nafter: x\n',
  'double: "multi\n  line \\x41 \\u00e9 \\U0001F600 \\\n  escaped"\nsingle: \'it\'\'s\n  folded\'\nplain: multi\n  line plain\n  # not a comment?\n',
  '? explicit key\n: explicit value\n? [flow, key]\n: - a\n  - b\n- not: here\n',
  '- a\n- - b\n  - c\n- d: e\n  f: g\n-\n- &x h\n- *x\n',
  'k: v # comment\n\t\nindent:\n    deep:\n        deeper: 1\n    back: 2\n',
];

const PREFIX = 'error converting YAML to JSON: yaml: ';

describe('go-yaml v2 syntax errors', () => {
  it(`words the first error as go-yaml does on ${CASES} mutated documents (seed ${SEED})`, async () => {
    const bases = process.env.SLIPWAY_YAML_SYNTAX_EXTRA_ONLY ? EXTRA_BASES : [...yamlFiles(fixtures), ...EXTRA_BASES, ...EXTRA_BASES];
    const rnd = seededRandom(SEED);
    const docs: string[] = [];
    while (docs.length < CASES) {
      let doc = bases[Math.floor(rnd() * bases.length)]!;
      for (let k = 1 + Math.floor(rnd() * 3); k > 0; k--) doc = mutate(doc, rnd);
      if (yamlReaderProblem(doc) === undefined) docs.push(doc);
    }
    const results = await renderWithOracle(docs.map((doc) => ({ templates: { 't.yaml': '{{ (fromYaml .Values.doc).Error }}' }, values: { doc } })));
    const mismatches: string[] = [];
    let failing = 0;
    docs.forEach((doc, i) => {
      const out = results[i]!.output?.['t.yaml'] ?? `oracle error: ${results[i]!.error}`;
      // sigs.k8s.io/yaml's conversion to JSON (`invalid map key: …`) comes after the syntax: not this check's.
      const want = out.startsWith(PREFIX) && !out.startsWith(`${PREFIX}invalid map key`) ? out.slice(PREFIX.length) : undefined;
      if (want !== undefined) failing++;
      const got = goYamlSyntaxError(doc)?.message;
      if (got !== want) mismatches.push(`go-yaml: ${want ?? '(no syntax error)'}\nslipway: ${got ?? '(no syntax error)'}\n${JSON.stringify(doc)}`);
    });
    console.log(`go-yaml syntax: ${docs.length} documents, ${failing} with a syntax error, ${mismatches.length} mismatches`);
    expect(mismatches.slice(0, Number(process.env.SLIPWAY_YAML_SYNTAX_SHOW ?? 5))).toEqual([]);
    expect(failing).toBeGreaterThan(docs.length / 5);
  }, 600_000);
});

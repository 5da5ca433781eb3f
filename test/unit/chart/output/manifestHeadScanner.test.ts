/**
 * The manifest head scanner against the full parse: on every document slipway renders from the fixture
 * charts, and on seeded random mutations of them (wrong indentation, indicators, quotes, tabs, joined and
 * duplicated lines). Whenever the scanner answers, the full parse must succeed and give the same head.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadChart } from '../../../../src/core/chart/loader/loadChart.js';
import { render } from '../../../../src/core/chart/render.js';
import { parseHead, splitManifests } from '../../../../src/core/chart/output/manifestSort.js';
import { scanManifestHead } from '../../../../src/core/chart/output/manifestHeadScanner.js';
import { seededRandom as random } from '../../../support/seededRandom.js';

const fixtures = fileURLToPath(new URL('../../../fixtures/charts/', import.meta.url));

async function renderedDocuments(): Promise<string[]> {
  const charts = [
    `${fixtures}scaffold`,
    ...readdirSync(`${fixtures}helm-testdata`).map((n) => `${fixtures}helm-testdata/${n}`),
    ...readdirSync(`${fixtures}written`).map((n) => `${fixtures}written/${n}`),
  ];
  const docs: string[] = [];
  for (const path of charts) {
    let rendered: Map<string, string>;
    try {
      rendered = (await render(loadChart(path), {}, { releaseName: 'rel', namespace: 'default', skipSchemaValidation: true })).rendered;
    } catch {
      continue; // charts helm refuses to render are covered by the differential test
    }
    for (const [name, text] of rendered) if (!name.endsWith('NOTES.txt')) for (const { content } of splitManifests(text)) docs.push(content);
  }
  return docs;
}

/** The full parse's head, or 'invalid' when Helm would reject the document. */
function fullHead(doc: string): unknown {
  try {
    return parseHead(doc, 'x', 1);
  } catch {
    return 'invalid';
  }
}


const INSERTS = [':', ': ', ' #', '#', '"', "'", '-', '- ', '{', '}', '[', ']', '&a ', '*a', '|', '>', '\t', '!', '?', '%', '@', '`', ',', '  ', ' ', '\\', '<<: ', 'x', '0x1', '---', '...', '\\"', '\\n', '\\u00e9', '\\ud800', '\\x4', '\\U0001F600', '\\/', "\\'", '\\q', ' "a\\"b" '];

function mutate(doc: string, rnd: () => number): string {
  const lines = doc.split('\n');
  const i = Math.floor(rnd() * lines.length);
  const line = lines[i]!;
  switch (Math.floor(rnd() * 6)) {
    case 0:
      lines[i] = ' '.repeat(Math.floor(rnd() * 3)) + line.trimStart().padStart(line.trimStart().length + Math.max(0, line.length - line.trimStart().length - 1 - Math.floor(rnd() * 2)));
      break;
    case 1:
      lines[i] = ' ' + line;
      break;
    case 2: {
      const at = Math.floor(rnd() * (line.length + 1));
      lines[i] = line.slice(0, at) + INSERTS[Math.floor(rnd() * INSERTS.length)]! + line.slice(at);
      break;
    }
    case 3:
      lines.splice(i, 0, line);
      break;
    case 4:
      if (i + 1 < lines.length) lines.splice(i, 2, line + ' ' + lines[i + 1]!.trimStart());
      break;
    default: {
      const at = Math.floor(rnd() * line.length);
      lines[i] = line.slice(0, at) + line.slice(at + 1);
    }
  }
  return lines.join('\n');
}

describe('manifest head scanner', async () => {
  const docs = await renderedDocuments();

  it('gives the full parse head on every fixture document it answers for, and answers for most', () => {
    let scanned = 0;
    for (const doc of docs) {
      const head = scanManifestHead(doc);
      if (head === undefined) continue;
      scanned++;
      expect(head, doc).toEqual(fullHead(doc));
    }
    expect(docs.length).toBeGreaterThan(50);
    expect(scanned / docs.length).toBeGreaterThan(0.9);
  });

  it('never answers for a mutated document the full parse rejects or reads differently', () => {
    const rnd = random(20260101);
    let answered = 0;
    for (let n = 0; n < 20000; n++) {
      let doc = docs[Math.floor(rnd() * docs.length)]!;
      for (let k = 1 + Math.floor(rnd() * 3); k > 0; k--) doc = mutate(doc, rnd);
      const head = scanManifestHead(doc);
      if (head === undefined) continue;
      answered++;
      expect(head, doc).toEqual(fullHead(doc));
    }
    expect(answered).toBeGreaterThan(1000);
  });

  it('reads block scalars, compact sequences, quoted values and repeated keys as the parser does', () => {
    const cases = [
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: "q"\n  annotations:\n    a: \'it\'\'s\'\n    b: 1.50\n    c: yes\ndata:\n  x: |\n    line: 1\n      # not a comment\n\n    - y\n  z: >-\n    folded\n',
      'kind: List\nitems:\n- kind: A\n  metadata:\n    name: inner\n- b\nmetadata:\n  name: outer\n  annotations: {}\n',
      'kind: A\nkind: B\nmetadata:\n  name: one\n  annotations:\n    x: y\nmetadata:\n  name: two\n',
      'kind: A\nmetadata:\n  annotations:\n  name: n\n',
      'kind: A\nmetadata:\n  annotations:\n  - x\n',
      'kind: 0x1F\nmetadata:\n  name: 1e3\n',
      'kind: ConfigMap\nmetadata:\n  name: cm\ndata:\n  json: "{\\"a\\":\\"\\u003cb\\u003e\\\\n\\",\\"e\\":\\"\\U0001F600\\x41\\"}"\n',
    ];
    for (const doc of cases) {
      const head = scanManifestHead(doc);
      expect(head, doc).toBeDefined();
      expect(head).toEqual(fullHead(doc));
    }
  });
});

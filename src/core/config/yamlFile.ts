import { LineCounter, parseAllDocuments, type Document } from 'yaml';
import { SlipwayError } from '../errors/slipwayError.js';
import { ConfigNode } from './configNode.js';

/** Parses YAML text (one or more documents) into located nodes; syntax errors name file:line:column. */
export function parseYamlDocuments(text: string, file: string): ConfigNode[] {
  const lines = new LineCounter();
  const parsed = parseAllDocuments(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
  const documents: Document[] = Array.isArray(parsed) ? parsed : [];
  if (!Array.isArray(parsed)) {
    // An empty stream.
    return [];
  }
  for (const document of documents) {
    const problem = document.errors[0];
    if (problem) {
      const pos = lines.linePos(problem.pos[0]);
      throw new SlipwayError('config', `invalid YAML: ${problem.message.split('\n')[0]}`, {
        where: { file, line: pos.line, column: pos.col },
        hint: problem.code === 'DUPLICATE_KEY' ? 'each key may appear once in a mapping' : 'check indentation, quoting and ":" after keys',
      });
    }
  }
  return documents
    .filter((document) => document.contents !== null)
    .map((document) => new ConfigNode(file, document.contents, '', lines, document.range?.[0] ?? 0));
}

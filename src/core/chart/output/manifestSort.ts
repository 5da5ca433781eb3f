/**
 * Helm's releaseutil.SortManifests: rendered files in path order, each split on `---` lines, each document's
 * head (apiVersion, kind, metadata.name, annotations) decoded, hooks (`helm.sh/hook`) separated from ordinary
 * manifests, both stably sorted by Helm's install order of kinds. Every document keeps its source file and
 * the lines it spans in that file's rendered output.
 */
import { plainText, type HelmLogRecord } from '../helmLogRecord.js';
import type { Warn } from '../values/coalesce.js';
import { sortByKind } from '../../deploy/kindOrder.js';
import { compareGoStrings } from '../template/goValues.js';
import { YamlValuesError, isValuesMap, parseYamlDocument } from '../values/goYamlValues.js';
import { headText, scanManifestHead } from './manifestHeadScanner.js';
import type { LineSource, OutputLineSources } from '../template/outputSources.js';
import { yamlReaderProblem } from '../yaml/yamlReader.js';

export interface ManifestHead {
  apiVersion: string;
  kind: string;
  name: string;
  annotations: Record<string, string> | undefined;
}

/** One rendered YAML document, as Helm prints it, with where it came from. */
export interface RenderedManifest {
  /** Template path as Helm names it, e.g. `mychart/templates/deployment.yaml`. */
  source: string;
  /** The document text (leading whitespace trimmed, as Helm keeps it). */
  content: string;
  head: ManifestHead;
  /** 1-based first and last line of this document within the rendered output of `source`. */
  startLine: number;
  endLine: number;
  /**
   * Present when the render traced template lines (`RenderOptions.templateLines`). The line of `source` (the
   * template file) that wrote the document's first line: for text written by an included or called define,
   * the line of the `include`/`template` call.
   */
  templateLine?: number;
  /** The lowest and highest such lines of `source` over the document's lines. */
  templateLines?: { start: number; end: number };
  /**
   * Where line `renderedLine` of `source`'s rendered output (numbered as `startLine`/`endLine`) was written:
   * the innermost file and line, e.g. `chart/templates/_helpers.tpl` for text of an included define.
   */
  sourceOf?: (renderedLine: number) => LineSource;
}

export interface RenderedHook extends RenderedManifest {
  events: string[];
  weight: number;
  deletePolicies: string[];
  outputLogPolicies: string[];
}

export class ManifestParseError extends Error {
  constructor(
    message: string,
    readonly source: string,
    readonly line: number,
  ) {
    super(message);
  }
}

const HOOK_EVENTS = new Map<string, string>([
  ['pre-install', 'pre-install'],
  ['post-install', 'post-install'],
  ['pre-delete', 'pre-delete'],
  ['post-delete', 'post-delete'],
  ['pre-upgrade', 'pre-upgrade'],
  ['post-upgrade', 'post-upgrade'],
  ['pre-rollback', 'pre-rollback'],
  ['post-rollback', 'post-rollback'],
  ['test', 'test'],
  ['test-success', 'test'],
]);

function goTrimLeftSpace(s: string): string {
  return s.replace(/^[\s\u0085\u00a0]+/u, '');
}

/** releaseutil.SplitManifests with the offset of each document in `text`. */
export function splitManifests(text: string): { content: string; offset: number }[] {
  const trimmed = goTrimLeftSpace(text);
  const base = text.length - trimmed.length;
  const out: { content: string; offset: number }[] = [];
  const sep = /^---[ \t]*/gm;
  let last = 0;
  const pieces: [number, number][] = [];
  for (let m = sep.exec(trimmed); m !== null; m = sep.exec(trimmed)) {
    pieces.push([last, m.index]);
    last = m.index + m[0].length;
    if (m[0].length === 0) sep.lastIndex++;
  }
  pieces.push([last, trimmed.length]);
  for (const [from, to] of pieces) {
    const d = trimmed.slice(from, to);
    if (d.trim() === '') continue;
    const content = goTrimLeftSpace(d);
    out.push({ content, offset: base + from + (d.length - content.length) });
  }
  return out;
}

function decodeHead(doc: unknown): ManifestHead {
  const m = isValuesMap(doc) ? doc : {};
  const meta = isValuesMap(m.metadata) ? m.metadata : undefined;
  let annotations: Record<string, string> | undefined;
  if (meta && isValuesMap(meta.annotations)) {
    annotations = {};
    for (const [k, v] of Object.entries(meta.annotations)) annotations[k] = headText(v);
  }
  return { apiVersion: headText(m.apiVersion), kind: headText(m.kind), name: meta ? headText(meta.name) : '', annotations };
}

/** The head through a full parse (Helm's yaml.Unmarshal into SimpleHead), which also rejects invalid YAML. */
export function parseHead(content: string, path: string, startLine: number): ManifestHead {
  // libyaml's reader refuses bytes that are not UTF-8 and unprintable characters before any syntax.
  const problem = yamlReaderProblem(content);
  if (problem !== undefined) throw new ManifestParseError(`YAML parse error on ${path}: error converting YAML to JSON: yaml: ${problem}`, path, startLine);
  let doc: unknown;
  try {
    doc = parseYamlDocument(content, { keepInts: true });
  } catch (e) {
    const line = (e as { line?: number }).line ?? 1;
    // go-yaml's words when it found the error (goYamlSyntax.ts); a decoder error carries its own `yaml: ` prefix.
    const text = e instanceof YamlValuesError && e.goMessage !== undefined ? `yaml: ${e.goMessage}` : e instanceof YamlValuesError && e.stage === 'convert' ? e.message : `yaml: line ${line}: ${(e as Error).message}`;
    throw new ManifestParseError(`YAML parse error on ${path}: error converting YAML to JSON: ${text}`, path, startLine + line - 1);
  }
  return decodeHead(doc);
}

function countNewlines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

function splitAnnotation(value: string | undefined): string[] {
  if (value === undefined) return [];
  return value.split(',').map((s) => s.trim().toLowerCase());
}

export interface SortedManifests {
  hooks: RenderedHook[];
  manifests: RenderedManifest[];
}

/** The template-line fields of a document spanning rendered lines `startLine`…`endLine` of a template's output. */
function templateLineFields(sources: OutputLineSources, startLine: number, endLine: number): Pick<RenderedManifest, 'templateLine' | 'templateLines' | 'sourceOf'> {
  const site = sources.siteLine;
  let start = site[startLine - 1]!;
  let end = start;
  for (let l = startLine; l < endLine && l < site.length; l++) {
    const line = site[l]!;
    if (line < start) start = line;
    else if (line > end) end = line;
  }
  const sourceOf = (renderedLine: number): LineSource => {
    const i = Math.min(Math.max(renderedLine, 1), site.length) - 1;
    return { file: sources.files[sources.fileIndex[i]!]!, line: sources.line[i]! };
  };
  return { templateLine: site[startLine - 1]!, templateLines: { start, end }, sourceOf };
}

/**
 * SortManifests over Helm's rendered map (template path → output). NOTES.txt must already be removed.
 * `lineSources` (from a traced execution) adds each document's template lines.
 */
export function sortManifests(files: ReadonlyMap<string, string>, lineSources?: ReadonlyMap<string, OutputLineSources>, warn: Warn = () => {}): SortedManifests {
  const hooks: RenderedHook[] = [];
  const manifests: RenderedManifest[] = [];
  // Go's byte order of the paths.
  const paths = [...files.keys()].sort(compareGoStrings);
  for (const path of paths) {
    const text = files.get(path)!;
    const sources = lineSources?.get(path);
    if (path.slice(path.lastIndexOf('/') + 1).startsWith('_')) continue;
    if (text.trim() === '') continue;
    // Lines are counted incrementally: documents come in file order.
    let line = 1;
    let counted = 0;
    for (const { content, offset } of splitManifests(text)) {
      line += countNewlines(text, counted, offset);
      counted = offset;
      const startLine = line;
      const endLine = startLine + countNewlines(content, 0, content.endsWith('\n') ? content.length - 1 : content.length);
      const head = scanManifestHead(content) ?? parseHead(content, path, startLine);
      const base: RenderedManifest = { source: path, content, head, startLine, endLine, ...(sources ? templateLineFields(sources, startLine, endLine) : {}) };
      const hookTypes = head.annotations?.['helm.sh/hook'];
      if (hookTypes === undefined) {
        manifests.push(base);
        continue;
      }
      const events: string[] = [];
      let unknown = false;
      for (const t of splitAnnotation(hookTypes)) {
        const e = HOOK_EVENTS.get(t);
        if (e === undefined) {
          unknown = true;
          break;
        }
        events.push(e);
      }
      if (unknown) {
        // Helm skips documents with unknown hook types, and says so.
        const record: HelmLogRecord = { level: 'INFO', msg: 'skipping unknown hooks', attrs: [['hookTypes', hookTypes]] };
        warn(plainText(record), record);
        continue;
      }
      const weightText = head.annotations?.['helm.sh/hook-weight'] ?? '';
      const weight = /^[+-]?\d+$/.test(weightText) ? Number(weightText) : 0;
      hooks.push({
        ...base,
        events,
        weight,
        deletePolicies: splitAnnotation(head.annotations?.['helm.sh/hook-delete-policy']),
        outputLogPolicies: splitAnnotation(head.annotations?.['helm.sh/hook-output-log-policy']),
      });
    }
  }
  return { hooks: sortByKind(hooks, (h) => h.head.kind), manifests: sortByKind(manifests, (m) => m.head.kind) };
}

/**
 * What `helm template` prints for a render result: CRDs (with --include-crds), manifests, then hooks, each
 * as `---\n# Source: <template>\n<document>\n`; --show-only filters documents by template path
 * (Go filepath.Match on the path after the chart name); --output-dir writes the same blocks to files instead.
 */
import { goPathMatch } from '../loader/goPathMatch.js';
import type { RenderResult } from '../render.js';

export interface TemplateOutputOptions {
  includeCrds?: boolean;
  showOnly?: string[];
  skipTests?: boolean;
  noHooks?: boolean;
}

export class ShowOnlyError extends Error {}

function block(source: string, content: string): string {
  return `---\n# Source: ${source}\n${content}\n`;
}

/** Helm's rel.Manifest: CRDs (when included) then manifests. */
export function releaseManifest(result: RenderResult, includeCrds: boolean): string {
  let out = '';
  if (includeCrds) for (const crd of result.crds) out += block(crd.source, crd.content);
  for (const m of result.manifests) out += block(m.source, m.content);
  return out;
}

function visibleHooks(result: RenderResult, opts: TemplateOutputOptions) {
  if (opts.noHooks) return [];
  return result.hooks.filter((h) => !(opts.skipTests && h.events.includes('test')));
}

/** The whole stdout of `helm template` (without --output-dir). */
export function formatTemplateOutput(result: RenderResult, opts: TemplateOutputOptions = {}): string {
  let text = `${releaseManifest(result, opts.includeCrds ?? false).trim()}\n`;
  for (const h of visibleHooks(result, opts)) text += block(h.source, h.content);
  const showOnly = opts.showOnly ?? [];
  if (showOnly.length === 0) return text;
  const docs: string[] = [];
  // SplitManifests on the printed text, as Helm does, then match `# Source: chart/<path>`.
  const trimmed = text.replace(/^\s+/, '');
  for (const d of trimmed.split(/^---[ \t]*/m)) {
    if (d.trim() === '') continue;
    docs.push(d.replace(/^\s+/, ''));
  }
  let out = '';
  for (const pattern of showOnly) {
    let missing = true;
    for (const doc of docs) {
      const m = /# Source: [^/]+\/(.+)/.exec(doc);
      if (m === null) continue;
      if (!goPathMatch(pattern, m[1]!)) continue;
      out += `---\n${doc}\n`;
      missing = false;
    }
    if (missing) throw new ShowOnlyError(`could not find template ${pattern} in chart`);
  }
  return out;
}

export interface OutputFile {
  /** Path relative to the output directory, e.g. `mychart/templates/service.yaml`. */
  path: string;
  content: string;
}

/** Files `helm template --output-dir` writes: one per template, documents of the same template appended. */
export function templateOutputFiles(result: RenderResult, opts: TemplateOutputOptions = {}): OutputFile[] {
  const files = new Map<string, string>();
  const add = (name: string, content: string) => files.set(name, (files.get(name) ?? '') + block(name, content));
  if (opts.includeCrds) for (const crd of result.crds) add(crd.source, crd.content);
  for (const m of result.manifests) add(m.source, m.content);
  for (const h of visibleHooks(result, opts)) add(h.source, h.content);
  return [...files].map(([path, content]) => ({ path, content }));
}

/**
 * Helm's rendering loop over a template set (helm.sh/helm/v4/pkg/engine.render): parse every file in
 * Helm's order, execute every non-partial, drop "<no value>", and format errors exactly as Helm does.
 */
import type { ExecuteOptions, FuncMap } from './funcTypes.js';
import { GoError, TemplateExecError, errorChain } from './goErrors.js';
import { TemplateParseError } from './parser.js';
import type { OutputLineSources } from './outputSources.js';
import { TemplateSet, executeTemplate, executeTemplateWithSources, newRenderSession } from './templateSet.js';

export interface HelmTemplate {
  /** Full name as Helm keys it, e.g. `mychart/templates/deployment.yaml`. */
  name: string;
  text: string;
}

/** A render failure carrying Helm's exact error text. */
export class HelmRenderError extends Error {
  constructor(
    message: string,
    readonly template: string,
    readonly underlying?: Error,
  ) {
    super(message);
    this.name = 'HelmRenderError';
  }
}

/** Helm's parse order: by number of path separators, deeper first; ties in reverse lexical order. */
export function helmTemplateOrder(names: string[]): string[] {
  const depth = (s: string) => s.split('/').length - 1;
  const less = (a: string, b: string) => {
    const ca = depth(a);
    const cb = depth(b);
    return ca === cb ? a < b : ca < cb;
  };
  return [...names].sort((a, b) => (less(b, a) ? -1 : less(a, b) ? 1 : 0));
}

function cleanupParseError(filename: string, err: Error): string {
  const tokens = err.message.split(': ');
  if (tokens.length === 1) return `parse error in (${filename}): ${err.message}`;
  return `parse error at (${tokens[1]}): ${tokens[tokens.length - 1]}`;
}

interface Traceable {
  location: string;
  message: string;
  executedFunction: string;
}

function parseExecErrorString(s: string): Traceable | undefined {
  const prefix = 'template: ';
  if (!s.startsWith(prefix)) return undefined;
  const remainder = s.slice(prefix.length);
  if (remainder.startsWith('no template ')) return { location: '', message: s, executedFunction: '' };
  const cut = remainder.indexOf(': executing ');
  if (cut !== -1) {
    const templateName = remainder.slice(0, cut);
    const after = remainder.slice(cut + ': executing '.length);
    if (after !== '' && after[0] === '"') {
      const endQuote = after.indexOf('"', 1);
      if (endQuote !== -1) {
        const functionName = after.slice(1, endQuote);
        const afterFunc = after.slice(endQuote + 1);
        if (afterFunc.startsWith(' at <')) {
          const afterAt = afterFunc.slice(5);
          const sep = afterAt.indexOf('>: ');
          if (sep !== -1) {
            const locationName = afterAt.slice(0, sep);
            let errMsg = afterAt.slice(sep + 3);
            const t = errMsg.indexOf(' template:');
            if (t !== -1) errMsg = errMsg.slice(0, t);
            return { location: templateName, message: errMsg, executedFunction: `executing "${functionName}" at <${locationName}>:` };
          }
        }
      }
      return undefined;
    }
  }
  const sep = remainder.lastIndexOf(': ');
  if (sep !== -1) {
    let errMsg = remainder.slice(sep + 2);
    const t = errMsg.indexOf(' template:');
    if (t !== -1) errMsg = errMsg.slice(0, t);
    return { location: remainder.slice(0, sep), message: errMsg, executedFunction: '' };
  }
  return undefined;
}

function traceableString(t: Traceable): string {
  let s = '';
  if (t.location !== '') s += `${t.location}\n  `;
  if (t.executedFunction !== '') s += `${t.executedFunction}\n    `;
  if (t.message !== '') s += `${t.message}\n`;
  return s;
}

const WARN = /HELM_ERR_START([\s\S]*)HELM_ERR_END/;

/** Helm's reformatExecErrorMsg. */
export function formatHelmExecError(filename: string, err: Error): string {
  if (!(err instanceof TemplateExecError)) return err.message;
  const msg = err.message;
  const i1 = msg.indexOf(': ');
  const i2 = i1 === -1 ? -1 : msg.indexOf(': ', i1 + 2);
  if (i1 === -1 || i2 === -1) return `execution error in (${filename}): ${msg}`;
  const location = msg.slice(i1 + 2, i2);
  const warn = WARN.exec(msg.slice(i2 + 2));
  if (warn) return `execution error at (${location}): ${warn[1]}`;
  const locations: Traceable[] = [];
  for (const m of errorChain(err)) {
    const tr = parseExecErrorString(m);
    if (tr === undefined) return msg;
    const last = locations[locations.length - 1];
    if (!last || last.location !== tr.location || last.message !== tr.message || last.executedFunction !== tr.executedFunction) locations.push(tr);
  }
  return locations.map(traceableString).join('').trim();
}

/** Templates parsed in Helm's order into one set, ready to execute. */
export interface ParsedHelmTemplates {
  set: TemplateSet;
  order: string[];
}

/** Parses every template in Helm's order (deeper paths first); a parse error carries Helm's text. */
export function parseHelmTemplates(templates: HelmTemplate[], funcs: FuncMap): ParsedHelmTemplates {
  const byName = new Map(templates.map((t) => [t.name, t.text]));
  const order = helmTemplateOrder([...byName.keys()]);
  const set = new TemplateSet(funcs);
  for (const name of order) {
    try {
      set.addFile(name, byName.get(name)!);
    } catch (e) {
      if (e instanceof TemplateParseError) throw new HelmRenderError(cleanupParseError(name, e), name, e);
      throw e;
    }
  }
  return { set, order };
}

/**
 * Executes every parsed template as Helm's engine does. `dataFor` gives the top-level data of a template (Helm
 * sets `.Template` per file on a shared map); partials (`_*`) are parsed but not rendered. With `lineSources`,
 * the template line of every output line of every template is put there too (outputSources.ts).
 */
export function executeHelmTemplates(
  { set, order }: ParsedHelmTemplates,
  dataFor: (name: string) => unknown,
  options: ExecuteOptions,
  lineSources?: Map<string, OutputLineSources>,
): Map<string, string> {
  const session = newRenderSession(options);
  const rendered = new Map<string, string>();
  for (const name of order) {
    const base = name.slice(name.lastIndexOf('/') + 1);
    if (base.startsWith('_')) continue;
    let out: string;
    try {
      if (lineSources === undefined) out = executeTemplate(set, name, dataFor(name), session);
      else {
        const traced = executeTemplateWithSources(set, name, dataFor(name), session);
        out = traced.out;
        // Dropping "<no value>" below removes no newline: the lines keep their sources.
        lineSources.set(name, traced.sources);
      }
    } catch (e) {
      if (e instanceof GoError) throw new HelmRenderError(formatHelmExecError(name, e), name, e);
      throw e;
    }
    rendered.set(name, out.replaceAll('<no value>', ''));
  }
  return rendered;
}

/**
 * Parses then executes, synchronously: the functions' lazily loaded libraries must already be loaded
 * (functions/functionLibraries.ts); the chart render (render.ts) prepares exactly those its templates call.
 */
export function renderHelmTemplates(
  templates: HelmTemplate[],
  funcs: FuncMap,
  dataFor: (name: string) => unknown,
  options: ExecuteOptions,
): Map<string, string> {
  return executeHelmTemplates(parseHelmTemplates(templates, funcs), dataFor, options);
}

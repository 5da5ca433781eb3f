/** Helm's own template functions: include, tpl, required, fail, lookup, getHostByName (pkg/engine). */
import type { GoFunc } from '../template/funcTypes.js';
import { GoError } from '../template/goErrors.js';
import { goQuote } from '../template/goQuote.js';
import { TemplateParseError } from '../template/parser.js';
import { executeTemplate, executeTree } from '../template/templateSet.js';

const RECURSION_MAX = 1000;

function warnWrap(msg: string): string {
  return 'HELM_ERR_START' + msg + 'HELM_ERR_END';
}

export const helmFunctions: Record<string, GoFunc> = {
  include: {
    params: ['string', 'any'],
    call(ctx, [name, data]) {
      const n = name as string;
      const count = ctx.includedNames.get(n);
      if (count !== undefined) {
        if (count > RECURSION_MAX) {
          throw new GoError(`rendering template has a nested reference name: ${n}: unable to execute template`);
        }
        ctx.includedNames.set(n, count + 1);
      } else ctx.includedNames.set(n, 1);
      try {
        return executeTemplate(ctx.set, n, data, ctx.session);
      } finally {
        ctx.includedNames.set(n, ctx.includedNames.get(n)! - 1);
      }
    },
  },
  tpl: {
    params: ['string', 'any'],
    call(ctx, [text, vals]) {
      const tpl = text as string;
      // Helm clones the set (so defines inside tpl stay local) and names the text after the root template.
      const child = ctx.set.extend();
      let tree;
      try {
        tree = child.addFile(ctx.set.rootName, tpl);
      } catch (e) {
        if (e instanceof TemplateParseError) throw new GoError(`cannot parse template ${goQuote(tpl)}: ${e.message}`, e);
        throw e;
      }
      let out: string;
      try {
        out = executeTree(child, ctx.set.rootName, tree, vals, ctx.session);
      } catch (e) {
        if (e instanceof GoError) throw new GoError(`error during tpl function execution for ${goQuote(tpl)}: ${e.message}`, e);
        throw e;
      }
      return out.replaceAll('<no value>', '');
    },
  },
  required: {
    params: ['string', 'any'],
    call(_ctx, [warn, val]) {
      if (val === null || val === undefined || val === '') throw new GoError(warnWrap(warn as string));
      return val;
    },
  },
  fail: {
    params: ['string'],
    call(_ctx, [msg]) {
      throw new GoError(warnWrap(msg as string));
    },
  },
  lookup: {
    params: ['string', 'string', 'string', 'string'],
    call(ctx, [apiVersion, kind, namespace, name]) {
      const reader = ctx.options.lookup;
      if (reader === undefined) return {};
      return reader(apiVersion as string, kind as string, namespace as string, name as string);
    },
  },
  getHostByName: {
    params: ['string'],
    call(ctx, [name]) {
      return ctx.options.resolveHost ? ctx.options.resolveHost(name as string) : '';
    },
  },
};

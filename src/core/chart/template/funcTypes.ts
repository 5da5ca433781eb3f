/** How template functions are declared: Go parameter types (for Go's argument checks and messages) and a body. */
import type { RenderSession, TemplateSet } from './templateSet.js';

/**
 * Go parameter types a function can declare. `value` is reflect.Value (builtins that see missing values);
 * others are checked as Go's reflect.AssignableTo would, by name.
 */
export type ParamType =
  | 'any'
  | 'value'
  | 'string'
  | 'int'
  | 'int64'
  | 'uint32'
  | 'float64'
  | 'bool'
  | 'slice'
  | 'strings'
  | 'map'
  | 'bytes'
  | 'time.Time'
  | 'time.Duration'
  | '*semver.Version'
  | 'sprig.certificate';

/** Engine state a function may need: the template set being executed and the render options. */
export interface CallContext {
  set: TemplateSet;
  options: ExecuteOptions;
  /** Helm's include recursion counters, shared by a whole render (include and tpl). */
  includedNames: Map<string, number>;
  /** The render this call belongs to (include and tpl execute more templates in it). */
  session: RenderSession;
}

export interface GoFunc {
  params: ParamType[];
  /** Element type of a trailing variadic parameter. */
  variadic?: ParamType;
  call(ctx: CallContext, args: unknown[]): unknown;
  /** Lazily loaded libraries the body uses (functions/functionLibraries.ts loads them before execution). */
  libraries?: string[];
}

export type FuncMap = Map<string, GoFunc>;

/** Reads a Kubernetes object for Helm's lookup; absent when rendering offline (lookup returns an empty map). */
export type LookupReader = (apiVersion: string, kind: string, namespace: string, name: string) => Record<string, unknown>;
/** A lookup that reads the cluster; render() calls it between passes and serves templates from the answers. */
export type AsyncLookup = (apiVersion: string, kind: string, namespace: string, name: string) => Promise<Record<string, unknown>>;

export interface ExecuteOptions {
  /** `zero` (Helm's default) or `error` (Helm's --strict: a missing map key fails the render). */
  missingKey: 'zero' | 'error';
  lookup?: LookupReader;
  /** Helm's --enable-dns: getHostByName resolves instead of returning "". */
  resolveHost?: (name: string) => string;
}

export function goTypeOfParam(p: ParamType): string {
  switch (p) {
    case 'any':
      return 'interface {}';
    case 'value':
      return 'reflect.Value';
    case 'slice':
      return '[]interface {}';
    case 'strings':
      return '[]string';
    case 'map':
      return 'map[string]interface {}';
    case 'bytes':
      return '[]uint8';
    default:
      return p;
  }
}

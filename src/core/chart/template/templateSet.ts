/**
 * The engine's public API: parse template files once into a set of trees, execute a named template with
 * data. Mirrors Go's *template.Template with an associated set (template.New(...).Parse per file).
 */
import type { CallContext, ExecuteOptions, FuncMap } from './funcTypes.js';
import { GoError } from './goErrors.js';
import { goQuote } from './goQuote.js';
import { ExecState } from './evaluator.js';
import { isEmptyTree, type Tree } from './nodes.js';
import { parseFile } from './parser.js';
import { IncludedOutput, OutputSourceRecorder, type OutputLineSources } from './outputSources.js';

export interface TemplateFile {
  name: string;
  text: string;
}

export class TemplateSet {
  private readonly trees = new Map<string, Tree>();
  /** Every function name the parsed templates call (what a render must prepare before executing). */
  readonly usedFunctions = new Set<string>();

  /**
   * @param funcs every function templates may call (builtins included), checked at parse time
   * @param rootName the name of the set's root template, used in "no template … associated with" errors
   * @param parent a set this one extends (tpl: a clone that sees the parent's defines)
   */
  constructor(
    readonly funcs: FuncMap,
    readonly rootName = 'gotpl',
    private readonly parent?: TemplateSet,
  ) {}

  lookup(name: string): Tree | undefined {
    return this.trees.get(name) ?? this.parent?.lookup(name);
  }

  /** Parses one file and adds its trees; a later non-empty definition replaces an earlier one. Throws TemplateParseError. */
  addFile(name: string, text: string): Tree {
    const trees = parseFile(name, text, (fn) => {
      if (!this.funcs.has(fn)) return false;
      this.usedFunctions.add(fn);
      return true;
    });
    for (const [treeName, tree] of trees) {
      // Go's associate: an empty definition never replaces an existing one.
      if (isEmptyTree(tree.root) && this.lookup(treeName) !== undefined) continue;
      this.trees.set(treeName, tree);
    }
    return trees.get(name)!;
  }

  /** A child set that sees this set's templates and can add its own (Go's Clone for tpl). */
  extend(): TemplateSet {
    return new TemplateSet(this.funcs, this.rootName, this);
  }
}

/** Parses files in order into one set (later files' definitions win, as with Go's repeated Parse). */
export function parseTemplates(files: TemplateFile[], funcs: FuncMap): TemplateSet {
  const set = new TemplateSet(funcs);
  for (const f of files) set.addFile(f.name, f.text);
  return set;
}

/** Shared state of one render: options and Helm's include counters. */
export interface RenderSession {
  options: ExecuteOptions;
  includedNames: Map<string, number>;
  /**
   * Present when output lines are traced to template lines: `include` results not printed yet, with the
   * sources of their lines, so that the action printing them can keep those sources.
   */
  includedOutputs?: IncludedOutput[];
}

export function newRenderSession(options: ExecuteOptions): RenderSession {
  return { options, includedNames: new Map() };
}

function callContext(set: TemplateSet, session: RenderSession): CallContext {
  return {
    set,
    options: session.options,
    includedNames: session.includedNames,
    session,
  };
}

/**
 * Executes template `name` of `set` with `data` as dot and returns the output. Throws
 * TemplateExecError (Go's text) for execution errors, GoError for a missing template.
 */
export function executeTemplate(set: TemplateSet, name: string, data: unknown, session: RenderSession): string {
  const tree = set.lookup(name);
  if (tree === undefined) throw new GoError(`template: no template ${goQuote(name)} associated with template ${goQuote(set.rootName)}`);
  const pending = session.includedOutputs;
  if (pending === undefined) {
    const state = new ExecState(set, name, callContext(set, session), session.options, data);
    state.run(tree.root, data);
    return state.out;
  }
  // An include while tracing: its own outputs' sources are resolved, then offered to the action printing it.
  const base = pending.length;
  const recorder = new OutputSourceRecorder();
  const state = new ExecState(set, name, callContext(set, session), session.options, data, recorder, base);
  state.run(tree.root, data);
  pending.length = base;
  pending.push(new IncludedOutput(state.out, recorder, tree));
  return state.out;
}

/** Executes template `name` and tells, for every line of its output, the template line that wrote it. */
export function executeTemplateWithSources(set: TemplateSet, name: string, data: unknown, session: RenderSession): { out: string; sources: OutputLineSources } {
  const tree = set.lookup(name);
  if (tree === undefined) throw new GoError(`template: no template ${goQuote(name)} associated with template ${goQuote(set.rootName)}`);
  session.includedOutputs = [];
  const recorder = new OutputSourceRecorder();
  const state = new ExecState(set, name, callContext(set, session), session.options, data, recorder, 0);
  state.run(tree.root, data);
  return { out: state.out, sources: recorder.resolve(state.out, tree) };
}

/** Executes an already looked-up tree under `name` (tpl runs the tree it just parsed, whatever the set holds). */
export function executeTree(set: TemplateSet, name: string, tree: Tree, data: unknown, session: RenderSession): string {
  // tpl text lives in values, not in a file: its output stays the calling action's, includes inside it too.
  const base = session.includedOutputs?.length;
  const state = new ExecState(set, name, callContext(set, session), session.options, data);
  try {
    state.run(tree.root, data);
  } finally {
    if (base !== undefined) session.includedOutputs!.length = base;
  }
  return state.out;
}

/** Convenience: execute with a fresh session. */
export function execute(set: TemplateSet, name: string, data: unknown, options: ExecuteOptions): string {
  return executeTemplate(set, name, data, newRenderSession(options));
}

/** Executes parse trees as Go's text/template does (text/template/exec.go), without re-parsing. */
import { type CallContext, type ExecuteOptions, type GoFunc, type ParamType, goTypeOfParam } from './funcTypes.js';
import { GoError, TemplateExecError } from './goErrors.js';
import { formatValue } from './goFormat.js';
import { goQuote } from './goQuote.js';
import { GoInt, GoObject, SLICE_TYPE, type TypedSlice, goTypeName, isGoMap, isTrue, sortedKeys } from './goValues.js';
import type { ArgNode, BranchNode, ChainNode, CommandNode, FieldNode, IdentifierNode, ListNode, Node, NumberNode, PipeNode, TemplateNode, VariableNode } from './nodes.js';
import { errorContext, nodeString } from './nodes.js';
import type { OutputSourceRecorder } from './outputSources.js';
import type { TemplateSet } from './templateSet.js';

const MISSING = Symbol('missingVal');
const MAX_EXEC_DEPTH = 100000;

const enum Flow {
  Normal,
  Break,
  Continue,
}

interface Variable {
  name: string;
  value: unknown;
  /** The value's static Go type is interface{} (it came out of a map or an []interface{}). */
  iface: boolean;
}

function doublePercent(s: string): string {
  return s.replaceAll('%', '%%');
}

function paramAccepts(p: ParamType, v: unknown): boolean {
  switch (p) {
    case 'any':
    case 'value':
      return true;
    case 'string':
      return typeof v === 'string';
    case 'int':
      return typeof v === 'bigint';
    case 'int64':
    case 'uint32':
      return v instanceof GoInt && v.kind === p;
    case 'float64':
      return typeof v === 'number';
    case 'bool':
      return typeof v === 'boolean';
    case 'slice':
      return Array.isArray(v) && (v as TypedSlice)[SLICE_TYPE] === undefined;
    case 'strings':
      return Array.isArray(v) && (v as TypedSlice)[SLICE_TYPE] === '[]string';
    case 'map':
      return isGoMap(v);
    case 'bytes':
      return v instanceof Uint8Array;
    default:
      return v instanceof GoObject && v.goType() === p;
  }
}

function canBeNil(p: ParamType): boolean {
  return p === 'any' || p === 'value' || p === 'slice' || p === 'strings' || p === 'map' || p === 'bytes' || p === '*semver.Version';
}

/** The value a template literal number stands for (idealConstant). */
function isHexInt(s: string): boolean {
  return s.length > 2 && s[0] === '0' && (s[1] === 'x' || s[1] === 'X') && !/[pP]/.test(s);
}

export class ExecState {
  private vars: Variable[];
  private node: Node | null = null;
  private depth = 0;
  out = '';

  constructor(
    private set: TemplateSet,
    private tmplName: string,
    private readonly ctx: CallContext,
    private readonly options: ExecuteOptions,
    dot: unknown,
    /** Set when the caller wants to know which node wrote each output chunk (outputSources.ts). */
    private readonly sources: OutputSourceRecorder | null = null,
    /** Where this execution's pending `include` outputs start in the session's list. */
    private readonly includedBase = 0,
  ) {
    this.vars = [{ name: '$', value: dot, iface: false }];
  }

  errorf(msg: string, wrapped?: Error): never {
    const name = doublePercent(this.tmplName);
    let text: string;
    if (this.node === null) text = `template: ${name}: ${msg}`;
    else {
      const [location, context] = errorContext(this.node);
      text = `template: ${location}: executing ${goQuote(name)} at <${doublePercent(context)}>: ${msg}`;
    }
    // Go formats the final text with fmt: undo the %% doubling it applied to names.
    throw new TemplateExecError(this.tmplName, text.replaceAll('%%', '%'), wrapped);
  }

  run(root: ListNode, dot: unknown): void {
    this.walk(dot, false, root);
  }

  private at(n: Node): void {
    this.node = n;
  }

  private mark(): number {
    return this.vars.length;
  }
  private pop(mark: number): void {
    this.vars.length = mark;
  }
  private setVar(name: string, value: unknown, iface: boolean): void {
    for (let i = this.vars.length - 1; i >= 0; i--) {
      const v = this.vars[i]!;
      if (v.name === name) {
        v.value = value;
        v.iface = iface;
        return;
      }
    }
    this.errorf(`undefined variable: ${name}`);
  }
  private setTopVar(n: number, value: unknown, iface: boolean): void {
    const v = this.vars[this.vars.length - n]!;
    v.value = value;
    v.iface = iface;
  }
  private varEntry(name: string): Variable {
    for (let i = this.vars.length - 1; i >= 0; i--) if (this.vars[i]!.name === name) return this.vars[i]!;
    this.errorf(`undefined variable: ${name}`);
  }

  private walk(dot: unknown, dotIface: boolean, node: Node): Flow {
    this.at(node);
    switch (node.type) {
      case 'action': {
        const val = this.evalPipeline(dot, dotIface, node.pipe);
        if (node.pipe.decl.length === 0) this.printValue(node, val);
        return Flow.Normal;
      }
      case 'break':
        return Flow.Break;
      case 'continue':
        return Flow.Continue;
      case 'comment':
        return Flow.Normal;
      case 'if':
      case 'with':
        return this.walkIfOrWith(dot, dotIface, node);
      case 'list': {
        const nodes = node.nodes;
        for (let i = 0; i < nodes.length; i++) {
          const n = nodes[i]!;
          if (n.type === 'text') {
            if (this.sources !== null) this.sources.text(this.out.length, n);
            this.out += n.text;
            continue;
          }
          const f = this.walk(dot, dotIface, n);
          if (f !== Flow.Normal) return f;
        }
        return Flow.Normal;
      }
      case 'range':
        return this.walkRange(dot, dotIface, node);
      case 'template':
        this.walkTemplate(dot, dotIface, node);
        return Flow.Normal;
      case 'text':
        if (this.sources !== null) this.sources.text(this.out.length, node);
        this.out += node.text;
        return Flow.Normal;
    }
    this.errorf(`unknown node: ${nodeString(node)}`);
  }

  private walkIfOrWith(dot: unknown, dotIface: boolean, node: BranchNode): Flow {
    const mark = this.mark();
    try {
      const val = this.evalPipeline(dot, dotIface, node.pipe);
      if (val instanceof GoObject && typeof val === 'function') this.errorf(`if/with can't use ${formatValue(val)}`);
      if (isTrue(val)) {
        return node.type === 'with' ? this.walk(val, false, node.list) : this.walk(dot, dotIface, node.list);
      } else if (node.elseList !== null) {
        return this.walk(dot, dotIface, node.elseList);
      }
      return Flow.Normal;
    } finally {
      this.pop(mark);
    }
  }

  private walkRange(dot: unknown, dotIface: boolean, r: BranchNode): Flow {
    this.at(r);
    const outerMark = this.mark();
    try {
      const piped = this.evalPipeline(dot, dotIface, r.pipe);
      // A named map or slice ranges as its underlying collection; its elements are not interface{}.
      const named = piped instanceof GoObject ? piped.underlying() : undefined;
      const val = named === undefined ? piped : named.value;
      const mark = this.mark();
      const decl = r.pipe.decl;
      const one = (index: unknown, elem: unknown, elemIface: boolean): Flow => {
        if (decl.length > 0) {
          if (r.pipe.isAssign) {
            if (decl.length > 1) this.setVar(decl[0]!.ident[0]!, index, false);
            else this.setVar(decl[0]!.ident[0]!, elem, elemIface);
          } else this.setTopVar(1, elem, elemIface);
        }
        if (decl.length > 1) {
          if (r.pipe.isAssign) this.setVar(decl[1]!.ident[0]!, elem, elemIface);
          else this.setTopVar(2, index, false);
        }
        const f = this.walk(elem, elemIface, r.list);
        this.pop(mark);
        return f;
      };
      if (typeof val === 'bigint' || val instanceof GoInt) {
        if (decl.length > 1) this.errorf(`can't use ${formatValue(val)} to iterate over more than one variable`);
        const n = typeof val === 'bigint' ? val : val.value;
        if (n > 0n) {
          for (let i = 0n; i < n; i++) {
            const elem = typeof val === 'bigint' ? i : new GoInt(val.kind, i);
            if (one(undefined, elem, false) === Flow.Break) break;
          }
          return Flow.Normal;
        }
      } else if (Array.isArray(val)) {
        if (val.length > 0) {
          const iface = named === undefined && (val as TypedSlice)[SLICE_TYPE] === undefined;
          for (let i = 0; i < val.length; i++) {
            if (one(BigInt(i), val[i], iface) === Flow.Break) break;
          }
          return Flow.Normal;
        }
      } else if (val instanceof Uint8Array) {
        if (val.length > 0) {
          for (let i = 0; i < val.length; i++) {
            if (one(BigInt(i), new GoInt('uint8', BigInt(val[i]!)), false) === Flow.Break) break;
          }
          return Flow.Normal;
        }
      } else if (isGoMap(val)) {
        const keys = sortedKeys(val);
        if (keys.length > 0) {
          for (const k of keys) {
            if (one(k, val[k], named === undefined) === Flow.Break) break;
          }
          return Flow.Normal;
        }
      } else if (val !== undefined && val !== null) {
        this.errorf(`range can't iterate over ${formatValue(val)}`);
      }
      if (r.elseList !== null) return this.walk(dot, dotIface, r.elseList);
      return Flow.Normal;
    } finally {
      this.pop(outerMark);
    }
  }

  private walkTemplate(dot: unknown, dotIface: boolean, t: TemplateNode): void {
    this.at(t);
    const tree = this.set.lookup(t.name);
    if (tree === undefined) this.errorf(`template ${goQuote(t.name)} not defined`);
    if (this.depth === MAX_EXEC_DEPTH) this.errorf(`exceeded maximum template depth (${MAX_EXEC_DEPTH})`);
    const newDot = this.evalPipeline(dot, dotIface, t.pipe);
    const saved = { vars: this.vars, tmplName: this.tmplName, node: this.node };
    const savedSite = this.sources?.site ?? -1;
    if (this.sources !== null && this.depth === 0) this.sources.site = t.pos;
    this.depth++;
    this.tmplName = t.name;
    this.vars = [{ name: '$', value: newDot, iface: false }];
    try {
      this.walk(newDot, false, tree.root);
    } finally {
      this.depth--;
      if (this.sources !== null) this.sources.site = savedSite;
      this.vars = saved.vars;
      this.tmplName = saved.tmplName;
      this.node = saved.node;
    }
  }

  /** Result iface-ness of the last evaluation (side channel, avoids allocating pairs). */
  private lastIface = false;

  evalPipeline(dot: unknown, dotIface: boolean, pipe: PipeNode | null): unknown {
    if (pipe === null) return undefined;
    this.at(pipe);
    let value: unknown = MISSING;
    const cmds = pipe.cmds;
    for (let i = 0; i < cmds.length; i++) {
      value = this.evalCommand(dot, dotIface, cmds[i]!, value);
      // A nil interface{} result becomes "no value", as Go's value.Elem() does.
      if (value === null) value = undefined;
    }
    this.lastIface = false;
    const decl = pipe.decl;
    for (let i = 0; i < decl.length; i++) {
      const name = decl[i]!.ident[0]!;
      if (pipe.isAssign) this.setVar(name, value, false);
      else this.vars.push({ name, value, iface: false });
    }
    return value;
  }

  private notAFunction(args: ArgNode[], final: unknown): void {
    if (args.length > 1 || final !== MISSING) this.errorf(`can't give argument to non-function ${nodeString(args[0]!)}`);
  }

  private evalCommand(dot: unknown, dotIface: boolean, cmd: CommandNode, final: unknown): unknown {
    const first = cmd.args[0]!;
    switch (first.type) {
      case 'field':
        return this.evalFieldNode(dot, dotIface, first, cmd.args, final);
      case 'chain':
        return this.evalChainNode(dot, dotIface, first, cmd.args, final);
      case 'identifier':
        return this.evalFunction(dot, dotIface, first, cmd, cmd.args, final);
      case 'pipe':
        this.notAFunction(cmd.args, final);
        return this.evalPipeline(dot, dotIface, first);
      case 'variable':
        return this.evalVariableNode(dot, dotIface, first, cmd.args, final);
    }
    this.at(first);
    this.notAFunction(cmd.args, final);
    switch (first.type) {
      case 'bool':
        return first.value;
      case 'dot':
        this.lastIface = dotIface;
        return dot;
      case 'nil':
        this.errorf('nil is not a command');
      // falls through (errorf throws)
      case 'number':
        return this.idealConstant(first);
      case 'string':
        return first.text;
    }
  }

  private idealConstant(c: NumberNode): unknown {
    this.at(c);
    if (c.isFloat && !isHexInt(c.text) && c.text[0] !== "'" && /[.eEpP]/.test(c.text)) return c.float64;
    if (c.isInt) return c.int64;
    if (c.isUint) this.errorf(`${c.text} overflows int`);
    return undefined;
  }

  private evalFieldNode(dot: unknown, dotIface: boolean, field: FieldNode, args: ArgNode[], final: unknown): unknown {
    this.at(field);
    return this.evalFieldChain(dot, dotIface, dot, dotIface, field, field.ident, args, final);
  }

  private evalChainNode(dot: unknown, dotIface: boolean, chain: ChainNode, args: ArgNode[] | null, final: unknown): unknown {
    this.at(chain);
    if (chain.node.type === 'nil') this.errorf(`indirection through explicit nil in ${nodeString(chain)}`);
    const pipe = this.evalArg(dot, dotIface, null, chain.node);
    return this.evalFieldChain(dot, dotIface, pipe, this.lastIface, chain, chain.field, args, final);
  }

  private evalVariableNode(dot: unknown, dotIface: boolean, variable: VariableNode, args: ArgNode[] | null, final: unknown): unknown {
    this.at(variable);
    const entry = this.varEntry(variable.ident[0]!);
    if (variable.ident.length === 1) {
      if (args !== null) this.notAFunction(args, final);
      this.lastIface = entry.iface;
      return entry.value;
    }
    return this.evalFieldChain(dot, dotIface, entry.value, entry.iface, variable, variable.ident, args, final, 1);
  }

  private evalFieldChain(
    dot: unknown,
    dotIface: boolean,
    receiver: unknown,
    receiverIface: boolean,
    node: Node,
    ident: string[],
    args: ArgNode[] | null,
    final: unknown,
    from = 0,
  ): unknown {
    // `from` skips a variable's name ($x.a.b) without copying the identifier list on every evaluation.
    const n = ident.length;
    for (let i = from; i < n - 1; i++) {
      receiver = this.evalField(dot, dotIface, ident[i]!, node, null, MISSING, receiver, receiverIface);
      receiverIface = this.lastIface;
    }
    return this.evalField(dot, dotIface, ident[n - 1]!, node, args, final, receiver, receiverIface);
  }

  private evalField(
    dot: unknown,
    dotIface: boolean,
    fieldName: string,
    node: Node,
    args: ArgNode[] | null,
    final: unknown,
    receiver: unknown,
    receiverIface: boolean,
  ): unknown {
    if (receiver === undefined) {
      if (this.options.missingKey === 'error') this.errorf(`nil data; no entry for key ${goQuote(fieldName)}`);
      this.lastIface = false;
      return undefined;
    }
    const typ = receiverIface ? 'interface {}' : goTypeName(receiver);
    if (receiver === null) this.errorf(`nil pointer evaluating ${typ}.${fieldName}`);
    if (receiver instanceof GoObject) {
      const member = (receiver as unknown as Record<string, unknown>)[fieldName];
      const first = fieldName.charCodeAt(0);
      const exported = first >= 0x41 && first <= 0x5a;
      if (typeof member === 'function' && exported) {
        const sig = receiver.methodSignature(fieldName) ?? { params: [] };
        const fn: GoFunc = {
          params: sig.params as ParamType[],
          ...(sig.variadic ? { variadic: sig.variadic as ParamType } : {}),
          call: (_ctx, a) => (member as (...x: unknown[]) => unknown).apply(receiver, a),
        };
        return this.evalCall(dot, dotIface, fn, false, node, fieldName, args, final);
      }
      const named = receiver.underlying();
      if (named !== undefined && !Array.isArray(named.value)) return this.mapEntry(named.value, fieldName, args, final, false, named.zero);
      if (exported && Object.hasOwn(receiver, fieldName)) {
        if ((args !== null && args.length > 1) || final !== MISSING) this.errorf(`${fieldName} has arguments but cannot be invoked as function`);
        this.lastIface = false;
        return member;
      }
      this.errorf(`can't evaluate field ${fieldName} in type ${typ}`);
    }
    if (isGoMap(receiver)) return this.mapEntry(receiver, fieldName, args, final, true, null);
    this.errorf(`can't evaluate field ${fieldName} in type ${typ}`);
  }

  /** `.key` on a map: the entry, or (missingkey=zero) the element type's zero value. */
  private mapEntry(m: Record<string, unknown>, fieldName: string, args: ArgNode[] | null, final: unknown, iface: boolean, zero: unknown): unknown {
    if ((args !== null && args.length > 1) || final !== MISSING) this.errorf(`${fieldName} is not a method but has arguments`);
    this.lastIface = iface;
    if (Object.hasOwn(m, fieldName)) {
      const v = m[fieldName];
      return v === undefined ? null : v;
    }
    if (this.options.missingKey === 'error') this.errorf(`map has no entry for key ${goQuote(fieldName)}`);
    return zero;
  }

  private evalFunction(dot: unknown, dotIface: boolean, node: IdentifierNode, cmd: Node, args: ArgNode[] | null, final: unknown): unknown {
    this.at(node);
    const name = node.ident;
    const fn = this.set.funcs.get(name);
    if (fn === undefined) this.errorf(`${goQuote(name)} is not a defined function`);
    return this.evalCall(dot, dotIface, fn, true, cmd, name, args, final);
  }

  private evalCall(
    dot: unknown,
    dotIface: boolean,
    fn: GoFunc,
    isFunc: boolean,
    node: Node,
    name: string,
    argNodes: ArgNode[] | null,
    final: unknown,
  ): unknown {
    // argNodes[0] is the function or field itself; its arguments follow (read in place, not copied).
    const nArgs = argNodes === null ? 0 : argNodes.length - 1;
    const params = fn.params;
    let numIn = nArgs;
    if (final !== MISSING) numIn++;
    let numFixed = nArgs;
    if (fn.variadic !== undefined) {
      numFixed = params.length;
      if (numIn < numFixed) this.errorf(`wrong number of args for ${name}: want at least ${params.length} got ${nArgs}`);
    } else if (numIn !== params.length) {
      this.errorf(`wrong number of args for ${name}: want ${params.length} got ${numIn}`);
    }

    if (isFunc && (name === 'and' || name === 'or') && (fn as { shortCircuit?: boolean }).shortCircuit) {
      let v: unknown = undefined;
      for (let k = 1; k <= nArgs; k++) {
        v = this.evalArg(dot, dotIface, 'value', argNodes![k]!);
        if (v === null) v = undefined;
        if (isTrue(v) === (name === 'or')) return v;
      }
      if (final !== MISSING) v = this.validateType(final, 'value');
      return v;
    }

    const argv: unknown[] = new Array(numIn);
    let i = 0;
    for (; i < numFixed && i < nArgs; i++) argv[i] = this.evalArg(dot, dotIface, params[i]!, argNodes![i + 1]!);
    if (fn.variadic !== undefined) {
      for (; i < nArgs; i++) argv[i] = this.evalArg(dot, dotIface, fn.variadic, argNodes![i + 1]!);
    }
    if (final !== MISSING) {
      let t = params[params.length - 1]!;
      if (fn.variadic !== undefined) t = numIn - 1 < numFixed ? params[numIn - 1]! : fn.variadic;
      argv[i] = this.validateType(final, t);
    }
    let result: unknown;
    try {
      result = fn.call(this.ctx, argv);
    } catch (e) {
      if (e instanceof GoError) {
        this.at(node);
        this.errorf(`error calling ${name}: ${e.message}`, e);
      }
      if (e instanceof RangeError && /call stack/.test(e.message)) {
        this.at(node);
        this.errorf(`error calling ${name}: runtime: goroutine stack exceeds limit`, new GoError('stack overflow'));
      }
      throw e;
    }
    this.lastIface = false;
    return result;
  }

  private validateType(value: unknown, typ: ParamType | null): unknown {
    if (value === undefined) {
      if (typ === null) return undefined;
      if (typ === 'value') return undefined;
      if (canBeNil(typ)) return null;
      this.errorf(`invalid value; expected ${goTypeOfParam(typ)}`);
    }
    if (typ === null || typ === 'value' || typ === 'any') return value;
    if (value === null) {
      if (typ === 'slice' || typ === 'map' || typ === 'strings' || typ === 'bytes') this.errorf(`wrong type for value; expected ${goTypeOfParam(typ)}; got interface {}`);
      this.errorf(`wrong type for value; expected ${goTypeOfParam(typ)}; got interface {}`);
    }
    if (!paramAccepts(typ, value)) this.errorf(`wrong type for value; expected ${goTypeOfParam(typ)}; got ${goTypeName(value)}`);
    return value;
  }

  private evalArg(dot: unknown, dotIface: boolean, typ: ParamType | null, n: ArgNode): unknown {
    this.at(n);
    switch (n.type) {
      case 'dot':
        this.lastIface = dotIface;
        return this.validateType(dot, typ);
      case 'nil':
        if (typ === null || canBeNil(typ)) return typ === 'value' ? undefined : null;
        this.errorf(`cannot assign nil to ${goTypeOfParam(typ)}`);
      // falls through
      case 'field':
        return this.validateType(this.evalFieldNode(dot, dotIface, n, [n], MISSING), typ);
      case 'variable':
        return this.validateType(this.evalVariableNode(dot, dotIface, n, null, MISSING), typ);
      case 'pipe': {
        const v = this.validateType(this.evalPipeline(dot, dotIface, n), typ);
        this.lastIface = false;
        return v;
      }
      case 'identifier':
        return this.validateType(this.evalFunction(dot, dotIface, n, n, null, MISSING), typ);
      case 'chain':
        return this.validateType(this.evalChainNode(dot, dotIface, n, null, MISSING), typ);
    }
    this.lastIface = false;
    switch (typ) {
      case 'bool':
        if (n.type === 'bool') return n.value;
        this.errorf(`expected bool; found ${nodeString(n)}`);
      // falls through
      case 'float64':
        if (n.type === 'number' && n.isFloat) return n.float64;
        this.errorf(`expected float; found ${nodeString(n)}`);
      // falls through
      case 'int':
        if (n.type === 'number' && n.isInt) return n.int64;
        this.errorf(`expected integer; found ${nodeString(n)}`);
      // falls through
      case 'int64':
        if (n.type === 'number' && n.isInt) return new GoInt('int64', n.int64);
        this.errorf(`expected integer; found ${nodeString(n)}`);
      // falls through
      case 'uint32':
        if (n.type === 'number' && n.isUint) return new GoInt('uint32', BigInt.asUintN(32, n.uint64));
        this.errorf(`expected unsigned integer; found ${nodeString(n)}`);
      // falls through
      case null:
      case 'any':
      case 'value':
        return this.evalEmptyInterface(n);
      case 'string':
        if (n.type === 'string') return n.text;
        this.errorf(`expected string; found ${nodeString(n)}`);
    }
    this.errorf(`can't handle ${nodeString(n)} for arg of type ${goTypeOfParam(typ)}`);
  }

  private evalEmptyInterface(n: ArgNode): unknown {
    this.at(n);
    switch (n.type) {
      case 'bool':
        return n.value;
      case 'number':
        return this.idealConstant(n);
      case 'string':
        return n.text;
    }
    this.errorf(`can't handle assignment of ${nodeString(n)} to empty interface argument`);
  }

  private printValue(n: Node, v: unknown): void {
    this.at(n);
    if (this.sources !== null) this.noteAction(n, v);
    if (v === undefined || v === null) {
      this.out += '<no value>';
      return;
    }
    if (typeof v === 'string') {
      this.out += v;
      return;
    }
    if (typeof v === 'function') this.errorf(`can't print ${nodeString(n)} of type func`);
    if (v instanceof GoObject) {
      // text/template's printableValue takes the address of an addressable value whose pointer is a Stringer.
      const text = v.goString();
      if (text !== undefined) {
        this.out += text;
        return;
      }
    }
    this.out += formatValue(v);
  }

  /** Records the action about to print; `include` outputs called since the last print may be part of its value. */
  private noteAction(n: Node, v: unknown): void {
    const pending = this.ctx.session.includedOutputs;
    const included = pending !== undefined && pending.length > this.includedBase ? pending.splice(this.includedBase) : [];
    this.sources!.action(this.out.length, n, typeof v === 'string' ? v : undefined, included);
  }
}

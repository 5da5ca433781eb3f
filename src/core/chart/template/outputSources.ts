/**
 * Where each line of a template's output came from in the template sources. The evaluator, when asked,
 * records one entry per output chunk (the output offset and the node that wrote it); lines are resolved
 * once, after execution, so recording costs a few array pushes per chunk and nothing when it is off.
 */
import type { Node, Tree } from './nodes.js';

/** The template source of one output line. */
export interface LineSource {
  /** The file the text was written by, e.g. `chart/templates/_helpers.tpl` for text of an included define. */
  file: string;
  /** 1-based line in `file`. */
  line: number;
}

/**
 * Per output line (index 0 is line 1) of one template execution: the innermost source (`file`, `line`) and
 * the line of the executed template itself that produced it (`siteLine`: the `include`/`template` call
 * for text written by a define, the line itself otherwise).
 */
export interface OutputLineSources {
  files: string[];
  fileIndex: Uint32Array;
  line: Uint32Array;
  siteLine: Uint32Array;
}

/**
 * An `include` result waiting for the action that prints it. Its line sources are resolved only if a line
 * of the printed value starts inside it: an include of a name in the middle of a line costs no resolving.
 */
export class IncludedOutput {
  private resolved: LineSource[] | undefined;

  constructor(
    readonly text: string,
    private readonly recorder: OutputSourceRecorder,
    private readonly tree: Tree,
  ) {}

  get sources(): LineSource[] {
    this.resolved ??= lineSourceList(this.recorder.resolve(this.text, this.tree));
    return this.resolved;
  }
}

const enum ChunkKind {
  /** A text node: output character k is template character pos + k. */
  Text,
  /** An action's printed value: every line is the action's line, unless an included output matched it. */
  Action,
}

/** Line starts of each tree's text (the trees of one file share the text; indexing it per tree is cheap enough). */
const lineStartsCache = new WeakMap<Tree, Uint32Array>();

function lineStartsOf(tree: Tree): Uint32Array {
  let starts = lineStartsCache.get(tree);
  if (starts === undefined) {
    const list = [0];
    const text = tree.text;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) list.push(i + 1);
    starts = Uint32Array.from(list);
    lineStartsCache.set(tree, starts);
  }
  return starts;
}

/** 1-based line of character `pos` of `tree`'s text. */
function lineOf(tree: Tree, pos: number): number {
  const starts = lineStartsOf(tree);
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/** Sources of the lines of `printed` that are lines of the included outputs (in call order, indentation allowed). */
function matchIncluded(printed: string, included: IncludedOutput[]): (LineSource | undefined)[] {
  const lines = printed.split('\n');
  const wanted: { text: string; source: LineSource }[] = [];
  for (const inc of included) {
    const incLines = inc.text.split('\n');
    const sources = inc.sources;
    for (let k = 0; k < incLines.length; k++) wanted.push({ text: incLines[k]!, source: sources[k]! });
  }
  const out: (LineSource | undefined)[] = new Array(lines.length);
  let j = 0;
  for (let i = 0; i < lines.length && j < wanted.length; i++) {
    const line = lines[i]!;
    const want = wanted[j]!.text;
    // indent/nindent prefix spaces; trim/nindent may drop or add whole lines, which then stay the action's.
    if (line.endsWith(want) && /^[ \t]*$/.test(line.slice(0, line.length - want.length))) out[i] = wanted[j++]!.source;
    else if (want.trim() !== '' && line.trim() === want.trim()) out[i] = wanted[j++]!.source;
  }
  return out;
}

/** Records, for one template execution, which node wrote each output chunk. */
export class OutputSourceRecorder {
  private readonly offsets: number[] = [];
  private readonly kinds: ChunkKind[] = [];
  private readonly nodes: Node[] = [];
  /** Position in the executed template of the `template` call a chunk was written under (-1: the chunk's own). */
  private readonly sites: number[] = [];
  /** Chunks printing values that may hold `include` outputs, matched against them when resolving. */
  private readonly printed = new Map<number, { value: string; included: IncludedOutput[] }>();
  /** Position of the outermost `template` call being executed, -1 outside one. */
  site = -1;

  text(offset: number, node: Node): void {
    this.offsets.push(offset);
    this.kinds.push(ChunkKind.Text);
    this.nodes.push(node);
    this.sites.push(this.site);
  }

  /** An action prints `value` at `offset`; lines of pending `include` outputs found in it keep their sources. */
  action(offset: number, node: Node, value: string | undefined, included: IncludedOutput[]): void {
    if (value !== undefined && included.length > 0 && value.length > 0) this.printed.set(this.offsets.length, { value, included });
    this.offsets.push(offset);
    this.kinds.push(ChunkKind.Action);
    this.nodes.push(node);
    this.sites.push(this.site);
  }

  /**
   * The source of every line of `out` (the output this recorder watched; replacing `<no value>` afterwards
   * keeps lines in place). `root` is the executed template's tree.
   */
  resolve(out: string, root: Tree): OutputLineSources {
    const files: string[] = [];
    const fileIds = new Map<string, number>();
    const fileId = (name: string): number => {
      let id = fileIds.get(name);
      if (id === undefined) {
        id = files.length;
        files.push(name);
        fileIds.set(name, id);
      }
      return id;
    };
    const lineStarts = [0];
    for (let i = out.indexOf('\n'); i !== -1; i = out.indexOf('\n', i + 1)) lineStarts.push(i + 1);
    const n = lineStarts.length;
    const result: OutputLineSources = { files, fileIndex: new Uint32Array(n), line: new Uint32Array(n), siteLine: new Uint32Array(n) };
    const rootFile = fileId(root.parseName);
    let e = -1;
    let chunk = -1;
    let chunkLine = 0;
    let matched: (LineSource | undefined)[] = [];
    for (let l = 0; l < n; l++) {
      const start = lineStarts[l]!;
      // The chunk this line starts in: the last one recorded at or before its first character.
      while (e + 1 < this.offsets.length && this.offsets[e + 1]! <= start) e++;
      if (e < 0) {
        result.fileIndex[l] = rootFile;
        result.line[l] = result.siteLine[l] = 1;
        continue;
      }
      const node = this.nodes[e]!;
      let file = node.tree.parseName;
      let line: number;
      let ownLine: number;
      if (this.kinds[e] === ChunkKind.Text) line = ownLine = lineOf(node.tree, node.pos + (start - this.offsets[e]!));
      else {
        line = ownLine = lineOf(node.tree, node.pos);
        const printed = this.printed.get(e);
        if (printed !== undefined) {
          // The index of this line within the printed value: counted once per chunk, then one per line.
          if (chunk !== e) {
            chunk = e;
            chunkLine = 0;
            for (let i = out.indexOf('\n', this.offsets[e]!); i !== -1 && i < start; i = out.indexOf('\n', i + 1)) chunkLine++;
            matched = matchIncluded(printed.value, printed.included);
          } else chunkLine++;
          const source = matched[chunkLine];
          if (source !== undefined) {
            file = source.file;
            line = source.line;
          }
        }
      }
      const site = this.sites[e]!;
      result.fileIndex[l] = fileId(file);
      result.line[l] = line;
      // Outside a `template` call the node is the executed template's own, and so is its line.
      result.siteLine[l] = site === -1 ? ownLine : lineOf(root, site);
    }
    return result;
  }
}

/** The sources of output lines as a list (what an `include` result carries to the action printing it). */
export function lineSourceList(sources: OutputLineSources): LineSource[] {
  const list: LineSource[] = new Array(sources.line.length);
  for (let i = 0; i < list.length; i++) list[i] = { file: sources.files[sources.fileIndex[i]!]!, line: sources.line[i]! };
  return list;
}

/**
 * A V8 code cache for the bundled CLI. Start-up of `slipway` is dominated by compiling the bundle's
 * chunks and, later, the functions a command runs; a cache written after a successful run holds the
 * bytecode of both, so the next run of that command skips the compilation (Node 22's
 * module.enableCompileCache writes its cache before the code runs, so it cannot hold the functions
 * compiled lazily, and Node 20 has none). Chunks are CommonJS files loaded through Module._compile,
 * which is where the cache is applied, as v8-compile-cache does.
 *
 * Decisions (where the cache lives, whether a directory may be trusted, what to prune) are pure
 * functions below; installCodeCache is the thin I/O layer.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { dirname, join, sep } from 'node:path';
import vm from 'node:vm';

/** The bundle being run: its directory (chunks directly inside) and a build id that changes with any byte of it. */
export interface BundleIdentity {
  dir: string;
  id: string;
}

export interface CodeCacheContext {
  env: Record<string, string | undefined>;
  homedir: string;
  nodeVersion: string;
  arch: string;
  /** Node and V8 options in effect: V8 refuses a cache made under other flags, so they are part of the key. */
  execArgv: string[];
  bundle: BundleIdentity;
  argv: string[];
}

const DISABLED = new Set(['0', 'off', 'false', 'no']);
/** Version directories left untouched this long are removed when a new one is created. */
export const STALE_AFTER_MS = 30 * 24 * 3600 * 1000;

/** 32-bit FNV-1a, hex: a short stable key without loading node:crypto at start-up. */
export function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/**
 * The directory holding the cache for this bundle, Node, flags and command, or undefined when the
 * cache is off. SLIPWAY_CODE_CACHE names the root (or turns it off with 0/off/false/no); the default
 * root is $XDG_CACHE_HOME/slipway/code-cache, else ~/.cache/slipway/code-cache. Each command has its own
 * directory because a cache holds the functions of the run that wrote it.
 */
export function codeCacheDirectory(ctx: CodeCacheContext): { root: string; versionDir: string; dir: string } | undefined {
  const setting = ctx.env.SLIPWAY_CODE_CACHE;
  if (setting !== undefined && DISABLED.has(setting.trim().toLowerCase())) return undefined;
  let root: string;
  if (setting !== undefined && setting.trim() !== '') root = setting;
  else if (ctx.env.XDG_CACHE_HOME) root = join(ctx.env.XDG_CACHE_HOME, 'slipway', 'code-cache');
  else if (ctx.homedir !== '') root = join(ctx.homedir, '.cache', 'slipway', 'code-cache');
  else return undefined;
  const flags = shortHash([...ctx.execArgv, ctx.env.NODE_OPTIONS ?? ''].join('\0'));
  const versionDir = join(root, `${ctx.bundle.id}-node${ctx.nodeVersion.replace(/^v/, '')}-${ctx.arch}-${flags}`);
  return { root, versionDir, dir: join(versionDir, commandGroup(ctx.argv)) };
}

/** The command a run belongs to: its first word (`render`, `converge` …), or `other`. */
export function commandGroup(argv: string[]): string {
  const first = argv.find((a) => !a.startsWith('-'));
  return first !== undefined && /^[a-z][a-z-]{0,31}$/.test(first) ? first : 'other';
}

/**
 * Bytecode from a directory runs as our code, so only a directory of this user that nobody else can
 * write is read from or written to.
 */
export function isPrivateDirectory(stat: { uid: number; mode: number; isDirectory: boolean }, uid: number | undefined): boolean {
  if (!stat.isDirectory) return false;
  if (uid !== undefined && stat.uid !== uid) return false;
  return (stat.mode & 0o022) === 0;
}

/** Sibling version directories not touched for STALE_AFTER_MS, to remove when a new one is made. */
export function staleVersionDirectories(entries: { name: string; mtimeMs: number }[], current: string, now: number): string[] {
  return entries.filter((e) => e.name !== current && now - e.mtimeMs > STALE_AFTER_MS).map((e) => e.name);
}

/** True for a file the cache applies to: a chunk directly in the bundle directory. */
export function isBundleChunk(filename: string, bundleDir: string): boolean {
  return filename.startsWith(bundleDir + sep) && dirname(filename) === bundleDir && filename.endsWith('.js');
}

interface CompiledChunk {
  script: vm.Script;
  cacheFile: string;
  /** The cache was absent or V8 refused it: write a new one after a successful run. */
  stale: boolean;
}

type CompileFunction = (this: NodeJS.Module, content: string, filename: string, ...rest: unknown[]) => unknown;

/**
 * Compiles the bundle's chunks from the cache when it is there, and writes the cache of every chunk that
 * had none after a run that exits 0 (a failed run may have compiled little). Any error of the cache
 * (unreadable, refused by V8, unwritable) leaves the CLI working without it.
 */
export function installCodeCache(ctx: CodeCacheContext): void {
  const where = codeCacheDirectory(ctx);
  if (where === undefined) return;
  const uid = process.getuid?.();
  const usable = (path: string): boolean => {
    try {
      const s = statSync(path);
      return isPrivateDirectory({ uid: s.uid, mode: s.mode, isDirectory: s.isDirectory() }, uid);
    } catch {
      return false;
    }
  };
  const readable = usable(where.dir);
  const compiled: CompiledChunk[] = [];
  const moduleProto = (Module as unknown as { prototype: { _compile: CompileFunction } }).prototype;
  const original = moduleProto._compile;
  const wrap = (Module as unknown as { wrap(source: string): string }).wrap;
  const importDefault = (vm as unknown as { constants?: { USE_MAIN_CONTEXT_DEFAULT_LOADER?: symbol } }).constants?.USE_MAIN_CONTEXT_DEFAULT_LOADER;
  moduleProto._compile = function compileWithCache(this: NodeJS.Module, content: string, filename: string, ...rest: unknown[]) {
    // Node 22.12+ passes a format; an ES module (not ours) takes Node's own path.
    if (!isBundleChunk(filename, ctx.bundle.dir) || rest[0] === 'module') return original.call(this, content, filename, ...rest);
    const cacheFile = join(where.dir, `${filename.slice(ctx.bundle.dir.length + 1)}.v8cache`);
    let cachedData: Buffer | undefined;
    if (readable) {
      try {
        cachedData = readFileSync(cacheFile);
      } catch {
        cachedData = undefined;
      }
    }
    const script = new vm.Script(wrap(content), {
      filename,
      ...(cachedData ? { cachedData } : {}),
      ...(importDefault ? { importModuleDynamically: importDefault as never } : {}),
    });
    compiled.push({ script, cacheFile, stale: cachedData === undefined || script.cachedDataRejected === true });
    const fn = script.runInThisContext({ displayErrors: true }) as (...args: unknown[]) => unknown;
    const require = Module.createRequire(filename);
    return fn.call(this.exports, this.exports, require, this, filename, dirname(filename));
  };
  process.once('exit', (code) => {
    if (code !== 0) return;
    const toWrite = compiled.filter((c) => c.stale);
    if (toWrite.length === 0) return;
    try {
      writeCaches(where, toWrite, usable);
    } catch {
      // A cache that cannot be written only costs the next run its speed.
    }
  });
}

function writeCaches(where: { root: string; versionDir: string; dir: string }, chunks: CompiledChunk[], usable: (path: string) => boolean): void {
  const newVersion = !usable(where.versionDir);
  mkdirSync(where.dir, { recursive: true, mode: 0o700 });
  if (!usable(where.root) || !usable(where.versionDir) || !usable(where.dir)) return;
  for (const c of chunks) {
    // Written beside and renamed: a concurrent run reads a whole file or none.
    const tmp = `${c.cacheFile}.${process.pid}.tmp`;
    writeFileSync(tmp, c.script.createCachedData(), { mode: 0o600 });
    renameSync(tmp, c.cacheFile);
  }
  if (newVersion) {
    const entries = readdirSync(where.root, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => ({ name: e.name, mtimeMs: statSync(join(where.root, e.name)).mtimeMs }));
    const current = where.versionDir.slice(where.root.length + 1);
    for (const name of staleVersionDirectories(entries, current, Date.now())) rmSync(join(where.root, name), { recursive: true, force: true });
  }
}

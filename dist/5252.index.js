"use strict";
exports.id = 5252;
exports.ids = [5252,7292];
exports.modules = {

/***/ 44158:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {


/**
 * @license
 * Copyright 2020 Balena Ltd.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *    http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 *
 * ------------------------------------------------------------------------
 *
 * Copyright 2018 Zeit, Inc.
 * Licensed under the MIT License. See file LICENSE.md for a full copy.
 *
 * ------------------------------------------------------------------------
 */

/**
 * This module implements the [dockerignore
 * spec](https://docs.docker.com/engine/reference/builder/#dockerignore-file),
 * closely following Docker's (Moby) Golang implementation:
 * https://github.com/moby/moby/blob/v19.03.8/builder/dockerignore/dockerignore.go
 * https://github.com/moby/moby/blob/v19.03.8/pkg/fileutils/fileutils.go
 * https://github.com/moby/moby/blob/v19.03.8/pkg/archive/archive.go#L825
 *
 * Something the spec is not clear about, but we discovered by reading source code
 * and testing against the "docker build" command, is the handling of backslashes and
 * forward slashes as path separators and escape characters in the .dockerignore file
 * across platforms including Windows, Linux and macOS:
 *
 * * On Linux and macOS, only forward slashes can be used as path separators in the
 *   .dockerignore file, and the backslash works as an escape character.
 * * On Windows, both forward slashes and backslashes are allowed as path separators
 *   in the .dockerignore file, and the backslash is not used as an escape character.
 *
 * This is consistent with how Windows works generally: both forward slashes and
 * backslashes are accepted as path separators by the cmd.exe Command Prompt or
 * PowerShell, and by library functions like the Golang filepath.Clean or the
 * Node.js path.normalize.
 *
 * Similarly, path strings provided to the IgnoreBase.ignores() and IgnoreBase.filter()
 * methods can use either forward slashes or backslashes as path separators on Windows,
 * but only forward slashes are accepted as path separators on Linux and macOS.
 */

const path = __webpack_require__(16928);

const factory = options => new IgnoreBase(options); // https://github.com/kaelzhang/node-ignore/blob/5.1.4/index.js#L538-L539
// Fixes typescript module import


factory.default = factory;
module.exports = factory;

function make_array(subject) {
  return Array.isArray(subject) ? subject : [subject];
}

const REGEX_TRAILING_SLASH = /(?<=.)\/$/;
const REGEX_TRAILING_BACKSLASH = /(?<=.)\\$/;
const REGEX_TRAILING_PATH_SEP = path.sep === '\\' ? REGEX_TRAILING_BACKSLASH : REGEX_TRAILING_SLASH;
const KEY_IGNORE = typeof Symbol !== 'undefined' ? Symbol.for('dockerignore') : 'dockerignore'; // An implementation of Go's filepath.Clean
// https://golang.org/pkg/path/filepath/#Clean
// https://github.com/golang/go/blob/master/src/path/filepath/path.go
// Note that, like Go, on Windows this function converts forward slashes
// to backslashes.

function cleanPath(file) {
  return path.normalize(file).replace(REGEX_TRAILING_PATH_SEP, '');
} // Javascript port of Golang's filepath.ToSlash
// https://golang.org/pkg/path/filepath/#ToSlash
// https://github.com/golang/go/blob/master/src/path/filepath/path.go
// Convert any OS-specific path separator to '/'. Backslash is converted
// to forward slash on Windows, but not on Linux/macOS.
// Note that both forward slashes and backslashes are valid path separators on
// Windows. As a result, code such as `pattern.split(path.sep).join('/')` fails
// on Windows when forward slashes are used as path separators.


function toSlash(file) {
  if (path.sep === '/') {
    return file;
  }

  return file.replace(/\\/g, '/');
} // Javascript port of Golang's filepath.FromSlash
// https://github.com/golang/go/blob/master/src/path/filepath/path.go


function fromSlash(file) {
  if (path.sep === '/') {
    return file;
  }

  return file.replace(/\//g, path.sep);
}

class IgnoreBase {
  constructor({
    // https://github.com/kaelzhang/node-ignore/blob/5.1.4/index.js#L372
    ignorecase = true
  } = {}) {
    this._rules = [];
    this._ignorecase = ignorecase;
    this[KEY_IGNORE] = true;

    this._initCache();
  }

  _initCache() {
    this._cache = {};
  } // @param {Array.<string>|string|Ignore} pattern


  add(pattern) {
    this._added = false;

    if (typeof pattern === 'string') {
      pattern = pattern.split(/\r?\n/g);
    }

    make_array(pattern).forEach(this._addPattern, this); // Some rules have just added to the ignore,
    // making the behavior changed.

    if (this._added) {
      this._initCache();
    }

    return this;
  } // legacy


  addPattern(pattern) {
    return this.add(pattern);
  }

  _addPattern(pattern) {
    // https://github.com/kaelzhang/node-ignore/issues/32
    if (pattern && pattern[KEY_IGNORE]) {
      this._rules = this._rules.concat(pattern._rules);
      this._added = true;
      return;
    }

    if (this._checkPattern(pattern)) {
      const rule = this._createRule(pattern.trim());

      if (rule !== null) {
        this._added = true;

        this._rules.push(rule);
      }
    }
  }

  _checkPattern(pattern) {
    // https://github.com/moby/moby/blob/v19.03.8/builder/dockerignore/dockerignore.go#L34-L40
    return pattern && typeof pattern === 'string' && pattern.indexOf('#') !== 0 && pattern.trim() !== "";
  }

  filter(paths) {
    return make_array(paths).filter(path => this._filter(path));
  }

  createFilter() {
    return path => this._filter(path);
  }

  ignores(path) {
    return !this._filter(path);
  } // https://github.com/moby/moby/blob/v19.03.8/builder/dockerignore/dockerignore.go#L41-L53
  // https://github.com/moby/moby/blob/v19.03.8/pkg/fileutils/fileutils.go#L29-L55


  _createRule(pattern) {
    const origin = pattern;
    let negative = false; // > An optional prefix "!" which negates the pattern;
    // https://github.com/moby/moby/blob/v19.03.8/builder/dockerignore/dockerignore.go#L43-L46

    if (pattern[0] === '!') {
      negative = true;
      pattern = pattern.substring(1).trim();
    } // https://github.com/moby/moby/blob/v19.03.8/builder/dockerignore/dockerignore.go#L47-L53


    if (pattern.length > 0) {
      pattern = cleanPath(pattern);
      pattern = toSlash(pattern);

      if (pattern.length > 1 && pattern[0] === '/') {
        pattern = pattern.slice(1);
      }
    } // https://github.com/moby/moby/blob/v19.03.8/builder/dockerignore/dockerignore.go#L54-L55


    if (negative) {
      pattern = '!' + pattern;
    } // https://github.com/moby/moby/blob/v19.03.8/pkg/fileutils/fileutils.go#L30


    pattern = pattern.trim();

    if (pattern === "") {
      return null;
    } // https://github.com/moby/moby/blob/v19.03.8/pkg/fileutils/fileutils.go#L34
    // convert forward slashes to backslashes on Windows


    pattern = cleanPath(pattern); // https://github.com/moby/moby/blob/v19.03.8/pkg/fileutils/fileutils.go#L36-L42

    if (pattern[0] === '!') {
      if (pattern.length === 1) {
        return null;
      }

      negative = true;
      pattern = pattern.substring(1);
    } else {
      negative = false;
    }

    return {
      origin,
      pattern,
      // https://github.com/moby/moby/blob/v19.03.8/pkg/fileutils/fileutils.go#L54
      dirs: pattern.split(path.sep),
      negative
    };
  } // @returns `Boolean` true if the `path` is NOT ignored


  _filter(path) {
    if (!path) {
      return false;
    }

    if (path in this._cache) {
      return this._cache[path];
    }

    return this._cache[path] = this._test(path);
  } // @returns {Boolean} true if a file is NOT ignored
  // https://github.com/moby/moby/blob/v19.03.8/pkg/fileutils/fileutils.go#L62


  _test(file) {
    file = fromSlash(file); // equivalent to golang filepath.Dir() https://golang.org/src/path/filepath/path.go

    const parentPath = cleanPath(path.dirname(file));
    const parentPathDirs = parentPath.split(path.sep);
    let matched = false;

    this._rules.forEach(rule => {
      let match = this._match(file, rule); // https://github.com/moby/moby/blob/v19.03.8/pkg/fileutils/fileutils.go#L80


      if (!match && parentPath !== ".") {
        // Check to see if the pattern matches one of our parent dirs.
        if (rule.dirs.includes('**')) {
          // Ah shucks! We have to test every possible parent path that has 
          // a number of dirs _n_ where 
          // `rule.dirs.filter(doubleStar).length <= _n_ <= parentPathDirs.length`
          // since the ** can imply any number of directories including 0
          for (let i = rule.dirs.filter(x => x !== '**').length; i <= parentPathDirs.length; i++) {
            match = match || this._match(parentPathDirs.slice(0, i).join(path.sep), rule);
          }
        } else if (rule.dirs.length <= parentPathDirs.length) {
          // https://github.com/moby/moby/blob/v19.03.8/pkg/fileutils/fileutils.go#L83
          match = this._match(parentPathDirs.slice(0, rule.dirs.length).join(path.sep), rule);
        }
      }

      if (match) {
        matched = !rule.negative;
      }
    });

    return !matched;
  } // @returns {Boolean} true if a file is matched by a rule


  _match(file, rule) {
    return this._compile(rule).regexp.test(file);
  } // https://github.com/moby/moby/blob/v19.03.8/pkg/fileutils/fileutils.go#L139


  _compile(rule) {
    if (rule.regexp) {
      return rule;
    }

    let regStr = '^'; // Go through the pattern and convert it to a regexp.

    let escapedSlash = path.sep === '\\' ? '\\\\' : path.sep;

    for (let i = 0; i < rule.pattern.length; i++) {
      const ch = rule.pattern[i];

      if (ch === '*') {
        if (rule.pattern[i + 1] === '*') {
          // is some flavor of "**"
          i++; // Treat **/ as ** so eat the "/"

          if (rule.pattern[i + 1] === path.sep) {
            i++;
          }

          if (rule.pattern[i + 1] === undefined) {
            // is "**EOF" - to align with .gitignore just accept all
            regStr += ".*";
          } else {
            // is "**"
            // Note that this allows for any # of /'s (even 0) because
            // the .* will eat everything, even /'s
            regStr += `(.*${escapedSlash})?`;
          }
        } else {
          // is "*" so map it to anything but "/"
          regStr += `[^${escapedSlash}]*`;
        }
      } else if (ch === '?') {
        // "?" is any char except "/"
        regStr += `[^${escapedSlash}]`;
      } else if (ch === '.' || ch === '$') {
        // Escape some regexp special chars that have no meaning
        // in golang's filepath.Match
        regStr += `\\${ch}`;
      } else if (ch === '\\') {
        // escape next char. Note that a trailing \ in the pattern
        // will be left alone (but need to escape it)
        if (path.sep === '\\') {
          // On windows map "\" to "\\", meaning an escaped backslash,
          // and then just continue because filepath.Match on
          // Windows doesn't allow escaping at all
          regStr += escapedSlash;
          continue;
        }

        if (rule.pattern[i + 1] !== undefined) {
          regStr += '\\' + rule.pattern[i + 1];
          i++;
        } else {
          regStr += '\\';
        }
      } else {
        regStr += ch;
      }
    }

    regStr += "$";
    rule.regexp = new RegExp(regStr, this._ignorecase ? 'i' : '');
    return rule;
  }

}


/***/ }),

/***/ 77292:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   uncommittedChanges: () => (/* binding */ uncommittedChanges),
/* harmony export */   uncommittedChangesError: () => (/* binding */ uncommittedChangesError)
/* harmony export */ });
/* harmony import */ var _balena_dockerignore__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(44158);
/* harmony import */ var _balena_dockerignore__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(_balena_dockerignore__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(16602);


/**
 * Giterminism: the uncommitted or untracked changes that touch what is read from the commit. Changes
 * to files a .dockerignore excludes, or outside everything read, do not count. Pure.
 */
function uncommittedChanges(status, read) {
    const within = (dir, path) => (dir === '.' ? path : path.startsWith(`${dir}/`) ? path.slice(dir.length + 1) : undefined);
    const contextMatchers = read.contexts.map((context) => ({
        dir: context.dir,
        matcher: context.dockerignore === undefined ? undefined : _balena_dockerignore__WEBPACK_IMPORTED_MODULE_0___default()["default"]().add(context.dockerignore.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#'))),
    }));
    return status.filter((entry) => {
        if (read.files.includes(entry.path))
            return true;
        if (read.directories.some((dir) => within(dir, entry.path) !== undefined))
            return true;
        return contextMatchers.some(({ dir, matcher }) => {
            const relative = within(dir, entry.path);
            return relative !== undefined && !(matcher && matcher.ignores(relative));
        });
    });
}
/**
 * The error for changes that giterminism refuses, listing them (at most 20). `what` says who reads the
 * files ("the build", "the deploy"); the hint names the way out.
 */
function uncommittedChangesError(changes, what) {
    const shown = changes.slice(0, 20).map((change) => `    ${change.code === '??' ? 'untracked' : 'modified '} ${change.path}`);
    if (changes.length > 20)
        shown.push(`    … and ${changes.length - 20} more`);
    return new _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_1__.SlipwayError('git', `uncommitted changes to files ${what} reads from the commit:\n${shown.join('\n')}`, {
        where: { file: changes[0].path },
        hint: 'commit them (slipway uses what is committed, so a pipeline is reproducible), or pass --dev to use the working tree',
    });
}


/***/ }),

/***/ 25252:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  buildImages: () => (/* binding */ buildImages)
});

// UNUSED EXPORTS: planImages

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/core/config/openProject.ts + 9 modules
var openProject = __webpack_require__(30473);
// EXTERNAL MODULE: ./src/core/config/configNode.ts
var configNode = __webpack_require__(23246);
// EXTERNAL MODULE: ./src/core/errors/slipwayError.ts
var slipwayError = __webpack_require__(16602);
// EXTERNAL MODULE: ./src/core/errors/inputNames.ts
var inputNames = __webpack_require__(59251);
// EXTERNAL MODULE: ./src/core/git/giterminism.ts
var giterminism = __webpack_require__(77292);
// EXTERNAL MODULE: ./src/core/git/gitRepository.ts
var gitRepository = __webpack_require__(11680);
// EXTERNAL MODULE: ./src/core/git/projectTree.ts
var projectTree = __webpack_require__(47505);
// EXTERNAL MODULE: ./src/core/registry/imageRepository.ts
var imageRepository = __webpack_require__(10966);
// EXTERNAL MODULE: ./src/core/registry/registryClient.ts + 2 modules
var registryClient = __webpack_require__(58002);
// EXTERNAL MODULE: ./src/core/registry/registryCredentials.ts
var registryCredentials = __webpack_require__(97880);
// EXTERNAL MODULE: ./src/core/images/buildOrder.ts
var buildOrder = __webpack_require__(78884);
;// CONCATENATED MODULE: ./src/core/images/buildPlan.ts

/**
 * Decides what to build: every selected image (and what it depends on) whose tag the registry does
 * not have. Pure: the registry's answers come in as `existing`.
 */
function buildPlan(graph, tags, existing, selected) {
    const wanted = selectWithDependencies(graph, selected);
    const order = (0,buildOrder/* buildOrder */.B)(graph.filter((image) => wanted.has(image.name)));
    if (!order.ok)
        throw new Error(`dependency cycle ${order.cycle.join(' → ')}`);
    const images = order.levels.flat().map((name) => {
        const tag = tags.get(name);
        return { name, tag, action: existing.has(tag) ? 'reuse' : 'build' };
    });
    const toBuild = new Set(images.filter((image) => image.action === 'build').map((image) => image.name));
    const levels = order.levels.map((level) => level.filter((name) => toBuild.has(name))).filter((level) => level.length > 0);
    return { images, levels };
}
/** The selected images plus, transitively, the images they are built from. All when none are selected. */
function selectWithDependencies(graph, selected) {
    if (!selected || selected.length === 0)
        return new Set(graph.map((image) => image.name));
    const byName = new Map(graph.map((image) => [image.name, image]));
    const result = new Set();
    const add = (name) => {
        if (result.has(name))
            return;
        result.add(name);
        for (const dependency of byName.get(name)?.dependsOn ?? [])
            add(dependency);
    };
    for (const name of selected)
        add(name);
    return result;
}

;// CONCATENATED MODULE: ./src/core/images/builders/buildahSettings.ts
function buildahSettings(facts, env) {
    if (!facts.inContainer)
        return { env: {} };
    const why = [];
    if (facts.cgroups === 'hybrid' || facts.cgroups === 'legacy')
        why.push(`cgroups ${facts.cgroups === 'hybrid' ? 'in hybrid mode' : 'v1 only'}`);
    if (!facts.sysAdmin)
        why.push('no CAP_SYS_ADMIN');
    if (why.length === 0)
        return { env: {} };
    const chosen = {};
    // What the user set wins: they may know their runner better (e.g. rootless with fuse-overlayfs).
    if (!env.BUILDAH_ISOLATION)
        chosen.BUILDAH_ISOLATION = 'chroot';
    if (!env.STORAGE_DRIVER)
        chosen.STORAGE_DRIVER = 'vfs';
    if (Object.keys(chosen).length === 0)
        return { env: {} };
    return {
        env: chosen,
        reason: `buildah runs in a container (${why.join(', ')}): using ${Object.entries(chosen).map(([k, v]) => `${k}=${v}`).join(' ')}`,
    };
}
/** A hint for a failed buildah command whose output shows the unprivileged-container failures, else undefined. */
function buildahFailureHint(output) {
    const text = output.join('\n');
    if (/cgroups in hybrid mode not supported|error creating cgroup|cannot set up namespace|unshare\(.*\): operation not permitted|mount .*: (permission denied|operation not permitted)|overlay.*not supported/i.test(text)) {
        return 'buildah cannot use its default isolation or storage in this container: set BUILDAH_ISOLATION=chroot and STORAGE_DRIVER=vfs in the job (or run the job privileged)';
    }
    return undefined;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./src/core/images/builders/builderHostFacts.ts

/** Reads what buildahSettings decides from (Linux /proc; anything unreadable counts as "not known"). */
function readBuilderHostFacts(env) {
    return {
        inContainer: (0,external_node_fs_.existsSync)('/.dockerenv') || (0,external_node_fs_.existsSync)('/run/.containerenv') || Boolean(env.container),
        cgroups: cgroupLayout(readText('/proc/self/mountinfo')),
        sysAdmin: hasSysAdmin(readText('/proc/self/status')),
    };
}
function readText(path) {
    try {
        return (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch {
        return '';
    }
}
/** Field 9 of a mountinfo line (after " - ") is the file system type. */
function cgroupLayout(mountinfo) {
    let v1 = false;
    let v2 = false;
    for (const line of mountinfo.split('\n')) {
        const type = line.split(' - ')[1]?.split(' ')[0];
        if (type === 'cgroup')
            v1 = true;
        else if (type === 'cgroup2')
            v2 = true;
    }
    if (v1 && v2)
        return 'hybrid';
    if (v2)
        return 'unified';
    if (v1)
        return 'legacy';
    return 'unknown';
}
/** CAP_SYS_ADMIN is bit 21 of CapEff. */
function hasSysAdmin(status) {
    const hex = /^CapEff:\s*([0-9a-f]+)/m.exec(status)?.[1];
    if (hex === undefined)
        return false;
    return ((BigInt(`0x${hex}`) >> 21n) & 1n) === 1n;
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
;// CONCATENATED MODULE: ./src/core/images/builders/runBuilderCommand.ts



/**
 * Runs a builder command (argument array, no shell), streaming its output line by line. On failure
 * the error carries the last lines of output. Returns the whole output.
 */
function runBuilderCommand(command, onOutput, what) {
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)(command.program, command.args, { env: { ...process.env, ...command.env }, stdio: ['ignore', 'pipe', 'pipe'] });
        const tail = [];
        let all = '';
        let partial = '';
        const onData = (chunk) => {
            const text = partial + chunk.toString('utf8');
            const lines = text.split(/\r?\n|\r/);
            partial = lines.pop() ?? '';
            for (const line of lines)
                emit(line);
        };
        const emit = (line) => {
            all += `${line}\n`;
            tail.push(line);
            if (tail.length > 30)
                tail.shift();
            onOutput(line);
        };
        child.stdout.on('data', onData);
        child.stderr.on('data', onData);
        child.on('error', (error) => {
            reject(new slipwayError.SlipwayError('build', `cannot run ${command.program}: ${error.message}`, { hint: `install ${command.program} or choose another builder` }));
        });
        child.on('close', (code, signal) => {
            if (partial !== '')
                emit(partial);
            if (code === 0)
                resolve(all);
            else {
                reject(new slipwayError.SlipwayError('build', `${what} failed (${command.program} exited with ${code ?? signal}):\n${tail.map((line) => `    ${line}`).join('\n')}`, {
                    hint: (command.program === 'buildah' ? buildahFailureHint(tail) : undefined) ?? 'the builder output above shows the failing step',
                }));
            }
        });
    });
}
/** True when `program args` runs and exits 0 (tool detection). */
function commandSucceeds(program, args, env = {}) {
    return new Promise((resolve) => {
        const child = (0,external_node_child_process_.spawn)(program, args, { stdio: 'ignore', env: { ...process.env, ...env } });
        child.on('error', () => resolve(false));
        child.on('close', (code) => resolve(code === 0));
    });
}

;// CONCATENATED MODULE: ./src/core/images/builders/buildahBuilder.ts




/** `buildah build` with the request's options (isolation and storage come from BUILDAH_ISOLATION / STORAGE_DRIVER). Pure. */
function buildahBuildCommand(request, env = {}) {
    const args = ['build', '--file', request.dockerfile, '--tag', request.reference, '--layers'];
    if (request.target)
        args.push('--target', request.target);
    for (const [key, value] of Object.entries(request.args))
        args.push('--build-arg', `${key}=${value}`);
    for (const [key, value] of Object.entries(request.labels))
        args.push('--label', `${key}=${value}`);
    if (request.network)
        args.push('--network', request.network);
    for (const platform of request.platforms)
        args.push('--platform', platform);
    for (const secret of request.secrets) {
        args.push('--secret', secret.env !== undefined ? `id=${secret.id},env=${secret.env}` : `id=${secret.id},src=${secret.src}`);
    }
    if (request.cacheRepository)
        args.push('--cache-from', request.cacheRepository, '--cache-to', request.cacheRepository);
    if (request.insecureRegistry)
        args.push('--tls-verify=false');
    if (request.authFile)
        args.push('--authfile', request.authFile);
    args.push(request.contextDir);
    return { program: 'buildah', args, ...(Object.keys(env).length > 0 ? { env } : {}) };
}
function buildahPushCommand(request, digestFile, env = {}) {
    const args = ['push', '--digestfile', digestFile];
    if (request.insecureRegistry)
        args.push('--tls-verify=false');
    if (request.authFile)
        args.push('--authfile', request.authFile);
    args.push(request.reference, `docker://${request.reference}`);
    return { program: 'buildah', args, ...(Object.keys(env).length > 0 ? { env } : {}) };
}
/** `env`: isolation and storage chosen for this host (buildahSettings), the same for build and push. */
function buildahBuilder(env = {}) {
    return {
        name: 'buildah',
        async build(request, onOutput) {
            await runBuilderCommand(buildahBuildCommand(request, env), onOutput, `buildah build of image "${request.image}"`);
        },
        async push(request, onOutput) {
            const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'slipway-push-'));
            try {
                const digestFile = (0,external_node_path_.join)(dir, 'digest');
                await runBuilderCommand(buildahPushCommand(request, digestFile, env), onOutput, `buildah push of image "${request.image}"`);
                return (await (0,promises_.readFile)(digestFile, 'utf8')).trim() || undefined;
            }
            finally {
                await (0,promises_.rm)(dir, { recursive: true, force: true });
            }
        },
    };
}

;// CONCATENATED MODULE: ./src/core/images/builders/dockerBuilder.ts



/** The environment for docker commands: a private DOCKER_CONFIG when slipway holds the credentials. */
function dockerEnv(request, extra = {}) {
    return { ...(request.authFile ? { DOCKER_CONFIG: (0,external_node_path_.dirname)(request.authFile) } : {}), ...extra };
}
/** The docker build command of a flavour. Pure. */
function dockerBuildCommand(request, flavour) {
    const args = flavour === 'buildx' ? ['buildx', 'build', '--progress=plain'] : flavour === 'buildkit' ? ['build', '--progress=plain'] : ['build'];
    args.push('--file', request.dockerfile, '--tag', request.reference);
    if (request.target)
        args.push('--target', request.target);
    for (const [key, value] of Object.entries(request.args))
        args.push('--build-arg', `${key}=${value}`);
    for (const [key, value] of Object.entries(request.labels))
        args.push('--label', `${key}=${value}`);
    if (request.network)
        args.push('--network', request.network);
    if (request.platforms.length > 0)
        args.push('--platform', request.platforms.join(','));
    if (flavour !== 'legacy') {
        for (const secret of request.secrets) {
            args.push('--secret', secret.env !== undefined ? `id=${secret.id},env=${secret.env}` : `id=${secret.id},src=${secret.src}`);
        }
    }
    else if (request.secrets.length > 0) {
        throw new slipwayError.SlipwayError('build', `image "${request.image}" uses build secrets, which need BuildKit, not available with this docker`, {
            hint: 'install the docker buildx plugin, or use --builder buildah',
        });
    }
    if (flavour !== 'buildx' && request.platforms.length > 1) {
        throw new slipwayError.SlipwayError('build', `image "${request.image}" is multi-platform, which needs docker buildx`, { hint: 'install docker buildx, or use --builder buildah' });
    }
    if (flavour === 'buildx') {
        if (request.cacheRepository) {
            args.push('--cache-from', `type=registry,ref=${request.cacheRepository}:${request.image}`);
            args.push('--cache-to', 'type=inline');
        }
        args.push(request.platforms.length > 1 ? '--push' : '--load');
    }
    else if (request.cacheRepository) {
        args.push('--cache-from', `${request.cacheRepository}:${request.image}`);
        // BuildKit writes its cache into the image only when asked; the classic builder reads any image.
        if (flavour === 'buildkit')
            args.push('--build-arg', 'BUILDKIT_INLINE_CACHE=1');
    }
    args.push(request.contextDir);
    return { program: 'docker', args, env: dockerEnv(request, flavour === 'legacy' ? { DOCKER_BUILDKIT: '0' } : flavour === 'buildkit' ? { DOCKER_BUILDKIT: '1' } : {}) };
}
function dockerPushCommand(request) {
    return { program: 'docker', args: ['push', request.reference], env: dockerEnv(request) };
}
/** `docker push` ends with "<tag>: digest: sha256:… size: N". */
function digestFromDockerPush(output) {
    return /digest: (sha256:[0-9a-f]{64})/.exec(output)?.[1];
}
function dockerBuilder(flavour) {
    return {
        name: 'docker',
        async build(request, onOutput) {
            await runBuilderCommand(dockerBuildCommand(request, flavour), onOutput, `docker build of image "${request.image}"`);
        },
        async push(request, onOutput) {
            if (flavour === 'buildx' && request.platforms.length > 1)
                return undefined; // pushed by the build
            const output = await runBuilderCommand(dockerPushCommand(request), onOutput, `docker push of image "${request.image}"`);
            return digestFromDockerPush(output);
        },
    };
}

;// CONCATENATED MODULE: ./src/core/images/builders/chooseBuilder.ts







/**
 * The builder to use: the one asked for, or (auto) Docker when its daemon answers, else Buildah.
 * Docker uses buildx when the plugin exists, else the BuildKit built into the docker CLI (before Docker
 * 23 it needs no plugin), else the classic builder.
 */
async function chooseBuilder(choice, options = {}) {
    const builderInput = (options.inputNames ?? inputNames/* cliInputNames */.tE).builder;
    const docker = async () => {
        if (!(await commandSucceeds('docker', ['version', '--format', '{{.Server.Version}}'])))
            return undefined;
        if (await commandSucceeds('docker', ['buildx', 'version']))
            return dockerBuilder('buildx');
        // A docker CLI of version 23 or later refuses DOCKER_BUILDKIT=1 without buildx, even for --help.
        if (await commandSucceeds('docker', ['build', '--help'], { DOCKER_BUILDKIT: '1' }))
            return dockerBuilder('buildkit');
        return dockerBuilder('legacy');
    };
    const buildah = async () => {
        if (!(await commandSucceeds('buildah', ['--version'])))
            return undefined;
        const env = options.env ?? process.env;
        const settings = buildahSettings(readBuilderHostFacts(env), env);
        if (settings.reason)
            options.log?.(settings.reason);
        return buildahBuilder(settings.env);
    };
    if (choice === 'docker') {
        const found = await docker();
        if (!found)
            throw new slipwayError.SlipwayError('build', 'docker is not available (no docker CLI, or its daemon does not answer)', { where: { input: builderInput }, hint: `start dockerd / set DOCKER_HOST, or set ${(0,inputNames/* inputLabel */.NB)(builderInput)} to buildah` });
        return found;
    }
    if (choice === 'buildah') {
        const found = await buildah();
        if (!found)
            throw new slipwayError.SlipwayError('build', 'buildah is not installed', { where: { input: builderInput }, hint: `install buildah, or set ${(0,inputNames/* inputLabel */.NB)(builderInput)} to docker` });
        return found;
    }
    const found = (await docker()) ?? (await buildah());
    if (!found)
        throw new slipwayError.SlipwayError('build', 'no image builder found: neither a running Docker daemon nor buildah', { hint: 'install docker or buildah' });
    return found;
}

// EXTERNAL MODULE: ./src/core/images/commitMetadata.ts
var commitMetadata = __webpack_require__(20216);
// EXTERNAL MODULE: ./node_modules/@balena/dockerignore/ignore.js
var ignore = __webpack_require__(44158);
var ignore_default = /*#__PURE__*/__webpack_require__.n(ignore);
;// CONCATENATED MODULE: ./src/core/images/contextFiles.ts


// The package is CommonJS with `factory.default = factory`; its typings only describe `.default`.
const contextFiles_ignore = (ignore_default())["default"];
/**
 * The files of a build context as the builder will see them: files under `context` (paths made
 * relative to it) that survive the `.dockerignore` rules, Docker's semantics. Pure.
 */
function contextFiles(files, context, dockerignore) {
    const prefix = context === '.' ? '' : `${context}/`;
    const matcher = dockerignore === undefined ? undefined : contextFiles_ignore().add(dockerignoreLines(dockerignore));
    const result = [];
    for (const file of files) {
        if (!file.path.startsWith(prefix))
            continue;
        const path = file.path.slice(prefix.length);
        if (matcher && matcher.ignores(path))
            continue;
        result.push({ path, mode: file.mode, id: file.id });
    }
    return result;
}
/** Docker strips comments and blank lines; the library takes the remaining patterns. */
function dockerignoreLines(text) {
    return text
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== '' && !line.startsWith('#'));
}
/**
 * The ignore files BuildKit consults, first match wins: `<Dockerfile>.dockerignore` next to the
 * Dockerfile, then `<context>/.dockerignore`.
 */
function dockerignoreCandidates(context, dockerfile) {
    return [`${dockerfile}.dockerignore`, context === '.' ? '.dockerignore' : external_node_path_.posix.join(context, '.dockerignore')];
}

// EXTERNAL MODULE: ./src/core/images/imageDigest.ts
var imageDigest = __webpack_require__(50475);
;// CONCATENATED MODULE: ./src/core/images/imageIdentities.ts




/**
 * Computes every image's digest and tag from the tree's files, dependencies first. `readText` gives
 * the already-read contents of small files (.dockerignore). Pure given its inputs.
 */
function imageIdentities(config, files, ignoreFiles) {
    const byPath = new Map(files.map((file) => [file.path, file]));
    const order = (0,buildOrder/* buildOrder */.B)(config.images.map((image) => ({ name: image.name, dependsOn: image.dependsOn.map((d) => d.image) })));
    if (!order.ok)
        throw new slipwayError.SlipwayError('internal', `unchecked dependency cycle ${order.cycle.join(' → ')}`);
    const identities = new Map();
    for (const name of order.levels.flat()) {
        const image = config.images.find((candidate) => candidate.name === name);
        const dockerfile = byPath.get(image.dockerfile);
        if (!dockerfile || dockerfile.mode === '160000') {
            const inContext = image.context === '.' || files.some((file) => file.path.startsWith(`${image.context}/`));
            throw new slipwayError.SlipwayError('config', `Dockerfile ${image.dockerfile} of image "${image.name}" does not exist${inContext ? '' : ` (and context ${image.context} has no files)`}`, {
                where: image.where.dockerfile,
                hint: 'the Dockerfile is read from the commit: check the path (relative to the context) and that the file is committed',
            });
        }
        if (!inContextOrRoot(image.context, files)) {
            throw new slipwayError.SlipwayError('config', `context ${image.context} of image "${image.name}" has no committed files`, { where: image.where.context });
        }
        const ignorePath = dockerignoreCandidates(image.context, image.dockerfile).find((path) => ignoreFiles.has(path));
        const included = contextFiles(files, image.context, ignorePath === undefined ? undefined : ignoreFiles.get(ignorePath));
        const dependencies = {};
        for (const dependency of image.dependsOn)
            dependencies[dependency.buildArg] = identities.get(dependency.image).digest;
        const digest = (0,imageDigest/* imageDigest */.Wf)({
            dockerfileId: dockerfile.id,
            contextFiles: included,
            ...(image.target !== undefined ? { target: image.target } : {}),
            args: image.args,
            platforms: image.platforms,
            secretIds: image.secrets.map((secret) => secret.id),
            dependencies,
            cacheVersion: config.cacheVersion,
        });
        identities.set(name, {
            name,
            digest,
            tag: (0,imageDigest/* imageTag */.I_)(name, digest),
            contextFileCount: included.length,
            ...(ignorePath !== undefined ? { dockerignore: ignorePath } : {}),
        });
    }
    return identities;
}
function inContextOrRoot(context, files) {
    return context === '.' || files.some((file) => file.path.startsWith(`${context}/`));
}
/** The ignore files that may matter for the configuration's images (to read before `imageIdentities`). */
function ignoreFilesToRead(config) {
    return [...new Set(config.images.flatMap((image) => dockerignoreCandidates(image.context, image.dockerfile)))];
}

;// CONCATENATED MODULE: ./src/core/images/buildImages.ts


















/**
 * The planning half of buildImages (no builder is touched): read the commit, compute identities,
 * check giterminism, and send one manifest HEAD per image. `plan`/`render` can call it alone.
 */
async function planImages(options) {
    // A caller that opened the project already (converge, bundle publish) passes it: no second read of the commit.
    const { root, prefix, commit, tree, config } = options.project ?? (await (0,openProject.openProject)(options));
    const shallowClone = await (0,gitRepository.isShallowRepository)(root);
    const selected = checkSelection(config, options.images ?? []);
    const ignoreFiles = new Map();
    for (const path of ignoreFilesToRead(config)) {
        const content = await tree.read(path);
        if (content !== undefined)
            ignoreFiles.set(path, content.toString('utf8'));
    }
    const identities = imageIdentities(config, tree.files, ignoreFiles);
    if (!options.dev && options.commit === undefined)
        await refuseUncommittedChanges(root, prefix, config, ignoreFiles);
    const repository = (0,imageRepository/* parseImageRepository */.f)(options.repo, { input: (options.inputNames ?? inputNames/* cliInputNames */.tE).repo });
    const credentials = await (0,registryCredentials/* findRegistryCredentials */.zz)(repository.registry, { username: options.username, password: options.password, env: options.env });
    const insecure = options.insecureRegistry ?? (0,imageRepository/* isLoopbackRegistry */.j)(repository.registry);
    const log = options.log;
    const client = new registryClient/* RegistryClient */.bP({
        host: repository.apiHost,
        ...(credentials ? { credentials } : {}),
        insecure,
        ...(options.retry ? { retry: options.retry } : {}),
        onRetry: (what, attempt, reason, delay) => log?.info(`registry: ${what}: ${reason}, retry ${attempt} in ${delay} ms`),
    });
    const graph = config.images.map((image) => ({ name: image.name, dependsOn: image.dependsOn.map((d) => d.image) }));
    const tags = new Map([...identities.values()].map((identity) => [identity.name, identity.tag]));
    const wantedTags = buildPlan(graph, tags, new Set(), selected).images.map((image) => image.tag);
    const found = new Map();
    await Promise.all(wantedTags.map(async (tag) => {
        const descriptor = await client.headManifest(repository.path, tag);
        if (descriptor)
            found.set(tag, descriptor.digest);
    }));
    const plan = buildPlan(graph, tags, new Set(found.keys()), selected);
    return { root, commit, shallowClone, tree, config, identities, repository, credentials, insecure, client, plan, found };
}
/**
 * The build-images pipeline: commit → config → content digests → one manifest HEAD per image → build
 * and push only the missing ones (dependencies first, independent images in parallel) → verify each
 * push in the registry → record the commit's images for cleanup → result. Converge calls this first.
 */
async function buildImages(options) {
    const started = Date.now();
    const { log } = options;
    const { root, commit, shallowClone, tree, config, identities, repository, credentials, insecure, client, plan, found } = await planImages(options);
    const planMs = Date.now() - started;
    const reference = (identity) => `${repository.name}:${identity.tag}`;
    const results = new Map();
    for (const planned of plan.images) {
        const identity = identities.get(planned.name);
        results.set(planned.name, {
            name: planned.name,
            reference: reference(identity),
            tag: identity.tag,
            digest: found.get(identity.tag) ?? '',
            contentDigest: identity.digest,
            action: planned.action === 'reuse' ? 'reused' : 'not-built',
            durationMs: 0,
        });
    }
    const missing = plan.levels.flat();
    if (missing.length === 0) {
        log.info(`nothing to build: all ${plan.images.length} image(s) of ${commit.slice(0, 12)} are in ${repository.name}`);
    }
    else if (options.requireBuiltImages) {
        throw new slipwayError.SlipwayError('build', `images missing from ${repository.name} and building is not allowed: ${missing.map((name) => `${name} (${identities.get(name).tag})`).join(', ')}`, {
            hint: 'run slipway build (or the build-images action) for this commit first, or drop --skip-build',
        });
    }
    else {
        log.info(`to build: ${plan.levels.map((level) => level.join(', ')).join(' → ')}; reused: ${plan.images.filter((i) => i.action === 'reuse').map((i) => i.name).join(', ') || 'none'}`);
        const builder = await chooseBuilder(options.builder ?? 'auto', { ...(options.env ? { env: options.env } : {}), log: log.info, ...(options.inputNames ? { inputNames: options.inputNames } : {}) });
        const auth = await writeAuthFile(repository, credentials);
        try {
            let failure;
            for (const level of plan.levels) {
                await runLimited(level, options.parallelism ?? 2, async (name) => {
                    const result = results.get(name);
                    const startedImage = Date.now();
                    log.imageStarted(name);
                    try {
                        const image = config.images.find((candidate) => candidate.name === name);
                        const args = { ...image.args };
                        for (const dependency of image.dependsOn)
                            args[dependency.buildArg] = results.get(dependency.image).reference;
                        result.digest = await buildAndPush(builder, tree, client, repository, {
                            image: name,
                            contextDir: '',
                            dockerfile: image.dockerfile,
                            reference: result.reference,
                            ...(image.target !== undefined ? { target: image.target } : {}),
                            args,
                            platforms: image.platforms,
                            secrets: image.secrets.map((secret) => (secret.src !== undefined && !(0,external_node_path_.isAbsolute)(secret.src) ? { ...secret, src: (0,external_node_path_.join)(root, secret.src) } : secret)),
                            labels: { 'io.slipway.project': config.project, 'io.slipway.image': name, 'org.opencontainers.image.revision': commit, 'io.slipway.content-digest': identities.get(name).digest },
                            ...(options.cacheRepository ? { cacheRepository: options.cacheRepository } : {}),
                            ...(options.network ? { network: options.network } : {}),
                            insecureRegistry: insecure,
                            ...(auth ? { authFile: auth.file } : {}),
                        }, image.context, options.pushAttempts ?? 3, (line) => log.imageOutput(name, line), log);
                        result.action = 'built';
                        result.builder = builder.name;
                        log.imageFinished(name, true);
                    }
                    catch (error) {
                        result.action = 'failed';
                        result.error = (0,slipwayError/* formatError */.Wk)(error);
                        log.imageFinished(name, false);
                        failure ??= error;
                    }
                    finally {
                        result.durationMs = Date.now() - startedImage;
                    }
                });
                if (failure)
                    break;
            }
            if (failure) {
                const failed = [...results.values()].filter((r) => r.action === 'failed').map((r) => r.name);
                const error = failure instanceof slipwayError.SlipwayError ? failure : new slipwayError.SlipwayError('build', (0,slipwayError/* formatError */.Wk)(failure));
                throw Object.assign(new slipwayError.SlipwayError(error.kind, `image ${failed.join(', ')} failed: ${error.message}`, { where: error.where, ...(error.hint ? { hint: error.hint } : {}) }), {
                    partialResult: finish(),
                });
            }
        }
        finally {
            await auth?.dispose();
        }
    }
    function finish(metadata = 'skipped', warnings = []) {
        return {
            project: config.project,
            commit,
            source: tree.kind,
            shallowClone,
            configFile: config.file,
            repository: repository.name,
            images: [...results.values()],
            metadata,
            registryRequests: client.stats,
            timings: { planMs, totalMs: Date.now() - started },
            warnings,
        };
    }
    const warnings = [];
    let metadata = 'skipped';
    if (!options.dev && results.size > 0) {
        try {
            const images = {};
            const recordedAt = new Date().toISOString();
            for (const result of results.values())
                images[result.name] = { tag: result.tag, digest: result.digest, ...(result.action === 'built' ? { builtAt: recordedAt } : {}) };
            metadata = await (0,commitMetadata/* recordCommitMetadata */.Y7)(client, repository.path, { schemaVersion: 1, project: config.project, commit, images });
        }
        catch (error) {
            metadata = 'failed';
            warnings.push(`could not record the commit's images for cleanup: ${(0,slipwayError/* formatError */.Wk)(error)}`);
            log.warning(warnings[warnings.length - 1]);
        }
    }
    return finish(metadata, warnings);
}
/** Builds one image from its context (extracted from the commit, or the working tree), pushes with retries and verifies. */
async function buildAndPush(builder, tree, client, repository, request, context, pushAttempts, onOutput, log) {
    const dockerfile = request.dockerfile;
    const ignoreFiles = dockerignoreCandidates(context, dockerfile).filter((path) => tree.files.some((file) => file.path === path));
    const materialized = await tree.materialize([context, dockerfile, ...ignoreFiles]);
    try {
        const full = { ...request, contextDir: (0,external_node_path_.join)(materialized.dir, context), dockerfile: (0,external_node_path_.join)(materialized.dir, dockerfile) };
        await builder.build(full, onOutput);
        const tag = request.reference.slice(request.reference.lastIndexOf(':') + 1);
        let lastError;
        for (let attempt = 1; attempt <= pushAttempts; attempt++) {
            try {
                const reported = await builder.push(full, onOutput);
                // A push only counts when the registry has the manifest under the tag.
                const descriptor = await client.headManifest(repository.path, tag);
                if (!descriptor)
                    throw new slipwayError.SlipwayError('registry', `${builder.name} reported a push of ${request.reference}, but the registry does not have it`);
                if (reported && descriptor.digest && reported !== descriptor.digest) {
                    log.warning(`${request.image}: ${builder.name} reported digest ${reported}, the registry has ${descriptor.digest} for ${tag}`);
                }
                return descriptor.digest || reported || '';
            }
            catch (error) {
                lastError = error;
                if (attempt < pushAttempts)
                    log.warning(`${request.image}: push attempt ${attempt} failed, retrying: ${(0,slipwayError/* formatError */.Wk)(error).split('\n')[0]}`);
            }
        }
        throw lastError;
    }
    finally {
        await materialized.dispose();
    }
}
/** Giterminism: refuse uncommitted or untracked changes to what the build reads from the commit. */
async function refuseUncommittedChanges(root, prefix, config, ignoreFiles) {
    const read = {
        files: [config.file, ...config.images.map((image) => image.dockerfile), ...ignoreFilesToRead(config)],
        directories: [],
        contexts: config.images.map((image) => {
            const ignorePath = dockerignoreCandidates(image.context, image.dockerfile).find((path) => ignoreFiles.has(path));
            return { dir: image.context, ...(ignorePath ? { dockerignore: ignoreFiles.get(ignorePath) } : {}) };
        }),
    };
    const changes = (0,giterminism.uncommittedChanges)((0,projectTree.projectStatus)(await (0,gitRepository.workingTreeStatus)(root), prefix), read);
    if (changes.length > 0)
        throw (0,giterminism.uncommittedChangesError)(changes, 'the build');
}
function checkSelection(config, images) {
    const names = config.images.map((image) => image.name);
    for (const name of images) {
        if (!names.includes(name)) {
            const suggestion = (0,configNode/* closest */.k)(name, names);
            throw new slipwayError.SlipwayError('input', `image "${name}" is not defined in ${config.file}${suggestion ? ` (did you mean "${suggestion}"?)` : ''}`, {
                where: { input: 'images' },
                hint: `defined images: ${names.join(', ') || 'none'}`,
            });
        }
    }
    return [...images];
}
/** A private Docker-format auth file (0600, in its own directory) for the builder; removed afterwards. */
async function writeAuthFile(repository, credentials) {
    if (!credentials)
        return undefined;
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'slipway-auth-'));
    await (0,promises_.chmod)(dir, 0o700);
    const file = (0,external_node_path_.join)(dir, 'config.json');
    const auth = Buffer.from(`${credentials.username}:${credentials.password.reveal()}`).toString('base64');
    await (0,promises_.writeFile)(file, JSON.stringify({ auths: { [repository.registry]: { auth } } }), { mode: 0o600 });
    return { file, dispose: () => (0,promises_.rm)(dir, { recursive: true, force: true }) };
}
async function runLimited(items, limit, run) {
    const queue = [...items];
    const workers = Array.from({ length: Math.max(1, Math.min(limit, queue.length)) }, async () => {
        for (let item = queue.shift(); item !== undefined; item = queue.shift())
            await run(item);
    });
    await Promise.all(workers);
}


/***/ }),

/***/ 20216:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RW: () => (/* binding */ readCommitRecord),
/* harmony export */   Y7: () => (/* binding */ recordCommitMetadata)
/* harmony export */ });
/* unused harmony exports commitMetadataArtifactType, commitMetadataDocument, commitMetadataAnnotation, commitMetadataManifest, readCommitMetadata */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(16602);
/* harmony import */ var _imageDigest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(50475);



const commitMetadataArtifactType = 'application/vnd.slipway.commit.v1+json';
const emptyConfig = Buffer.from('{}');
const emptyConfigMediaType = 'application/vnd.oci.empty.v1+json';
/** The record's bytes: deterministic (sorted, no timestamps) so re-running a commit changes nothing. Pure. */
function commitMetadataDocument(metadata) {
    const images = {};
    for (const name of Object.keys(metadata.images).sort())
        images[name] = metadata.images[name];
    return Buffer.from(JSON.stringify({ schemaVersion: 1, project: metadata.project, commit: metadata.commit, images }));
}
/** Annotation holding the record (so the manifest is the whole record: one request to write or read). */
const commitMetadataAnnotation = 'io.slipway.commit-images';
/**
 * The OCI 1.1 artifact manifest of a record: the empty config and empty layer of the OCI guidance,
 * the record itself in an annotation. Pure.
 */
function commitMetadataManifest(metadata, document) {
    const empty = { mediaType: emptyConfigMediaType, digest: `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(emptyConfig).digest('hex')}`, size: emptyConfig.length };
    return Buffer.from(JSON.stringify({
        schemaVersion: 2,
        mediaType: 'application/vnd.oci.image.manifest.v1+json',
        artifactType: commitMetadataArtifactType,
        config: empty,
        layers: [empty],
        annotations: {
            'org.opencontainers.image.revision': metadata.commit,
            'io.slipway.project': metadata.project,
            [commitMetadataAnnotation]: document.toString('utf8'),
        },
    }));
}
/**
 * Records the commit's images under the tag `slipway-commit-<commit>` in the image repository: one
 * HEAD when the record is there and this run built nothing (a commit's images are a function of the commit,
 * so its record is already right), else one manifest PUT (plus the 2-byte empty blob the first time a
 * repository gets a record). When this run rebuilt an image of a recorded commit, the record is read and the
 * build times it holds for the other images are kept.
 */
async function recordCommitMetadata(client, repository, metadata) {
    const tag = (0,_imageDigest_js__WEBPACK_IMPORTED_MODULE_2__/* .commitMetadataTag */ .ll)(metadata.commit);
    const existing = await client.headManifest(repository, tag);
    const builtNow = Object.values(metadata.images).some((image) => image.builtAt !== undefined);
    if (existing && !builtNow)
        return 'unchanged';
    if (existing) {
        const previous = await readCommitMetadata(client, repository, metadata.commit).catch(() => undefined);
        for (const [name, image] of Object.entries(metadata.images)) {
            const before = previous?.images?.[name];
            if (image.builtAt === undefined && before?.tag === image.tag && before.builtAt !== undefined)
                metadata.images[name] = { ...image, builtAt: before.builtAt };
        }
    }
    const document = commitMetadataDocument(metadata);
    const manifest = commitMetadataManifest(metadata, document);
    const manifestDigest = `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(manifest).digest('hex')}`;
    if (existing?.digest === manifestDigest)
        return 'unchanged';
    try {
        await client.putManifest(repository, tag, manifest, 'application/vnd.oci.image.manifest.v1+json');
    }
    catch (error) {
        if (!(error instanceof _errors_slipwayError_js__WEBPACK_IMPORTED_MODULE_1__.SlipwayError) || !/BLOB_UNKNOWN/i.test(error.message))
            throw error;
        await client.pushBlob(repository, emptyConfig);
        await client.putManifest(repository, tag, manifest, 'application/vnd.oci.image.manifest.v1+json');
    }
    return 'recorded';
}
/** Reads a commit's record back (for cleanup), or undefined when there is none. */
async function readCommitMetadata(client, repository, commit) {
    return (await readCommitRecord(client, repository, commit))?.metadata;
}
/** A commit's record and the digest of its manifest (what deleting it takes). */
async function readCommitRecord(client, repository, commit) {
    const found = await client.getManifest(repository, (0,_imageDigest_js__WEBPACK_IMPORTED_MODULE_2__/* .commitMetadataTag */ .ll)(commit));
    if (!found)
        return undefined;
    const manifest = JSON.parse(found.body.toString('utf8'));
    const record = manifest.annotations?.[commitMetadataAnnotation];
    return { metadata: record === undefined ? undefined : JSON.parse(record), digest: found.descriptor.digest };
}


/***/ }),

/***/ 50475:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I_: () => (/* binding */ imageTag),
/* harmony export */   Wf: () => (/* binding */ imageDigest),
/* harmony export */   XW: () => (/* binding */ tagDigestLength),
/* harmony export */   ll: () => (/* binding */ commitMetadataTag)
/* harmony export */ });
/* unused harmony export digestFormatVersion */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

/** Bump when the digest recipe changes, so old tags are never reused for differently computed content. */
const digestFormatVersion = '1';
/**
 * The content digest of an image: sha256 (hex) over a canonical, line-based serialisation of its
 * inputs. The same inputs give the same digest on any commit and machine. Pure.
 */
function imageDigest(input) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    const line = (...parts) => {
        hash.update(parts.map((part) => JSON.stringify(part)).join(' '));
        hash.update('\n');
    };
    line('slipway-image-digest', digestFormatVersion);
    line('cache-version', input.cacheVersion);
    line('dockerfile', input.dockerfileId);
    line('target', input.target ?? '');
    for (const key of Object.keys(input.args).sort())
        line('arg', key, input.args[key]);
    for (const platform of [...input.platforms].sort())
        line('platform', platform);
    for (const id of [...input.secretIds].sort())
        line('secret', id);
    for (const key of Object.keys(input.dependencies).sort())
        line('dependency', key, input.dependencies[key]);
    const files = [...input.contextFiles].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    for (const file of files)
        line('file', file.mode, file.id, file.path);
    return hash.digest('hex');
}
/** Hex characters of the digest kept in the tag: 128 bits. */
const tagDigestLength = 32;
/**
 * The tag of an image: `<image name>-<first 32 hex of its content digest>`, e.g.
 * `backend-3f5a…`. All images of a project share one repository (works on every registry, Docker Hub
 * included); the name prefix keeps them apart and readable.
 */
function imageTag(imageName, digest) {
    return `${imageName}-${digest.slice(0, tagDigestLength)}`;
}
/** The tag under which a commit's image metadata is recorded (see commitMetadata). */
function commitMetadataTag(commit) {
    return `slipway-commit-${commit}`;
}


/***/ })

};
;
"use strict";
exports.id = 5229;
exports.ids = [5229,7292,8014];
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

/***/ 55229:
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
// EXTERNAL MODULE: ./src/core/git/giterminism.ts
var giterminism = __webpack_require__(77292);
// EXTERNAL MODULE: ./src/core/git/gitRepository.ts + 1 modules
var gitRepository = __webpack_require__(40943);
// EXTERNAL MODULE: ./src/core/git/projectTree.ts
var projectTree = __webpack_require__(47505);
;// CONCATENATED MODULE: ./src/core/registry/imageRepository.ts

const pathComponent = /^[a-z0-9]+(?:(?:\.|_|__|-+)[a-z0-9]+)*$/;
/**
 * Parses a repository as Docker does: the first component is a registry when it has a "." or ":" or
 * is "localhost"; otherwise the repository is on Docker Hub. Tags and digests are not allowed here.
 */
function parseImageRepository(text, where) {
    const value = text.trim().replace(/^(https?|oci):\/\//, '');
    const fail = (why) => {
        throw new slipwayError.SlipwayError('input', `repository "${text}" is not valid: ${why}`, {
            where,
            hint: 'write <registry>/<path>, e.g. ghcr.io/acme/shop or registry.example.com:5000/shop',
        });
    };
    if (value === '')
        fail('it is empty');
    if (value.includes('@'))
        fail('it must not contain a digest');
    const parts = value.split('/');
    let registry = 'docker.io';
    if (parts.length > 1 && (parts[0].includes('.') || parts[0].includes(':') || parts[0] === 'localhost'))
        registry = parts.shift();
    const last = parts[parts.length - 1];
    if (last.includes(':'))
        fail('it must not contain a tag (slipway chooses the tags)');
    for (const part of parts)
        if (!pathComponent.test(part))
            fail(`path component "${part}" must be lowercase letters, digits and separators (. _ -)`);
    if (!/^[A-Za-z0-9.-]+(:[0-9]+)?$|^\[[0-9a-fA-F:]+\](:[0-9]+)?$/.test(registry))
        fail(`registry "${registry}" is not a host[:port]`);
    const hub = registry === 'docker.io' || registry === 'index.docker.io';
    const path = hub && parts.length === 1 ? `library/${parts[0]}` : parts.join('/');
    return { registry, apiHost: hub ? 'registry-1.docker.io' : registry, path, name: `${registry}/${parts.join('/')}` };
}
/** Loopback registries speak plain HTTP unless told otherwise, as Docker treats them as insecure. */
function isLoopbackRegistry(registry) {
    const host = registry.replace(/:[0-9]+$/, '').replace(/^\[|\]$/g, '');
    return host === 'localhost' || host === '::1' || /^127(\.[0-9]{1,3}){3}$/.test(host);
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(58500);
;// CONCATENATED MODULE: ./src/core/registry/authChallenge.ts
/**
 * Parses `Bearer realm="https://auth/token",service="registry",scope="repository:a:pull"` (or Basic).
 * Quoted values may contain commas. Pure.
 */
function parseAuthChallenge(header) {
    if (!header)
        return undefined;
    const match = /^\s*([A-Za-z]+)\s*(.*)$/s.exec(header);
    if (!match)
        return undefined;
    const schemeName = match[1].toLowerCase();
    const params = {};
    const param = /([A-Za-z_]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^,\s]*))\s*,?\s*/g;
    for (let m = param.exec(match[2]); m; m = param.exec(match[2])) {
        params[m[1].toLowerCase()] = m[2] !== undefined ? m[2].replace(/\\(.)/g, '$1') : m[3];
    }
    return { scheme: schemeName === 'basic' ? 'basic' : schemeName === 'bearer' ? 'bearer' : 'other', params };
}

;// CONCATENATED MODULE: ./src/core/registry/retryPolicy.ts
const defaultRetryPolicy = { attempts: 6, baseDelayMs: 250, maxDelayMs: 8_000 };
/** Statuses worth another try: rate limiting and server-side failures. */
function isRetryableStatus(status) {
    return status === 429 || status === 408 || status === 500 || status === 502 || status === 503 || status === 504;
}
/**
 * The wait before attempt `attempt + 1` (attempt counts from 1): exponential with "equal jitter",
 * capped, and never shorter than a server's Retry-After (seconds or an HTTP date). Pure given `random`.
 */
function retryDelayMs(policy, attempt, retryAfter, random, now = Date.now()) {
    const exponential = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
    const jittered = exponential / 2 + (exponential / 2) * random;
    let serverMs = 0;
    if (retryAfter) {
        const seconds = Number(retryAfter);
        serverMs = Number.isFinite(seconds) ? seconds * 1000 : Math.max(0, Date.parse(retryAfter) - now) || 0;
    }
    return Math.round(Math.min(Math.max(jittered, serverMs), Math.max(policy.maxDelayMs, 30_000)));
}

;// CONCATENATED MODULE: ./src/core/registry/registryClient.ts






/** Manifest media types slipway accepts (Docker and OCI, single images and indexes). */
const manifestMediaTypes = [
    'application/vnd.oci.image.index.v1+json',
    'application/vnd.oci.image.manifest.v1+json',
    'application/vnd.docker.distribution.manifest.list.v2+json',
    'application/vnd.docker.distribution.manifest.v2+json',
];
/**
 * A client of the OCI distribution API: anonymous, basic and bearer-token auth (tokens cached per
 * scope), retries with backoff on 429/5xx and dropped connections, and errors that name the repository.
 */
class RegistryClient {
    options;
    host;
    stats = { total: 0, byKind: {}, retries: 0 };
    baseUrl;
    retry;
    timeoutMs;
    challenge;
    tokens = new Map();
    constructor(options) {
        this.options = options;
        this.host = options.host;
        this.baseUrl = `${options.insecure ?? isLoopbackRegistry(options.host) ? 'http' : 'https'}://${options.host}`;
        this.retry = options.retry ?? defaultRetryPolicy;
        this.timeoutMs = options.timeoutMs ?? 60_000;
    }
    /** The manifest's descriptor, or undefined when the tag does not exist. One HEAD request. */
    async headManifest(repository, reference) {
        const response = await this.send('HEAD manifest', repository, ['pull'], 'HEAD', `/v2/${repository}/manifests/${reference}`, {
            headers: { accept: manifestMediaTypes.join(', ') },
            allow: [404],
        });
        if (response.status === 404)
            return undefined;
        return {
            digest: response.headers.get('docker-content-digest') ?? '',
            mediaType: (response.headers.get('content-type') ?? '').split(';')[0].trim(),
            size: Number(response.headers.get('content-length') ?? 0),
        };
    }
    async getManifest(repository, reference) {
        const response = await this.send('GET manifest', repository, ['pull'], 'GET', `/v2/${repository}/manifests/${reference}`, {
            headers: { accept: [...manifestMediaTypes, 'application/vnd.oci.artifact.manifest.v1+json'].join(', ') },
            allow: [404],
        });
        if (response.status === 404)
            return undefined;
        const body = Buffer.from(await response.arrayBuffer());
        return {
            descriptor: {
                digest: response.headers.get('docker-content-digest') ?? `sha256:${(0,external_node_crypto_.createHash)('sha256').update(body).digest('hex')}`,
                mediaType: (response.headers.get('content-type') ?? '').split(';')[0].trim(),
                size: body.length,
            },
            body,
        };
    }
    /** All tags of a repository, following `Link` pagination. Never used on the build path. */
    async listTags(repository, pageSize = 1000) {
        const tags = [];
        let path = `/v2/${repository}/tags/list?n=${pageSize}`;
        while (path) {
            const response = await this.send('GET tags', repository, ['pull'], 'GET', path, { allow: [404] });
            if (response.status === 404)
                return tags;
            const page = (await response.json());
            tags.push(...(page.tags ?? []));
            const link = response.headers.get('link');
            const next = link ? /<([^>]+)>\s*;\s*rel="?next"?/.exec(link)?.[1] : undefined;
            path = next ? (next.startsWith('http') ? new URL(next).pathname + new URL(next).search : next) : undefined;
        }
        return tags;
    }
    async getBlob(repository, digest) {
        const response = await this.send('GET blob', repository, ['pull'], 'GET', `/v2/${repository}/blobs/${digest}`);
        return Buffer.from(await response.arrayBuffer());
    }
    /** Deletes a manifest by digest (registries refuse deletes by tag). */
    async deleteManifest(repository, digest) {
        await this.send('DELETE manifest', repository, ['delete'], 'DELETE', `/v2/${repository}/manifests/${digest}`, { expect: [202, 200] });
    }
    /** Uploads a blob (monolithic: POST a session, PUT the content) unless the registry has it. */
    async pushBlob(repository, content) {
        const digest = `sha256:${(0,external_node_crypto_.createHash)('sha256').update(content).digest('hex')}`;
        const exists = await this.send('HEAD blob', repository, ['pull', 'push'], 'HEAD', `/v2/${repository}/blobs/${digest}`, { allow: [404] });
        if (exists.status === 200)
            return digest;
        // The whole session restarts when any step fails, so a retry never resumes a broken upload.
        return this.withRetries(`upload blob to ${repository}`, async () => {
            const start = await this.send('POST upload', repository, ['pull', 'push'], 'POST', `/v2/${repository}/blobs/uploads/`, { expect: [202], retries: false });
            const location = start.headers.get('location');
            if (!location)
                throw new slipwayError.SlipwayError('registry', `registry ${this.host} started an upload to ${repository} without a Location`);
            const url = new URL(location, this.baseUrl);
            url.searchParams.set('digest', digest);
            await this.send('PUT blob', repository, ['pull', 'push'], 'PUT', url.pathname + url.search, {
                headers: { 'content-type': 'application/octet-stream', 'content-length': String(content.length) },
                body: content,
                expect: [201],
                retries: false,
            });
            return digest;
        });
    }
    /** Puts a manifest under a tag (or digest) and returns its digest. */
    async putManifest(repository, reference, manifest, mediaType) {
        const response = await this.send('PUT manifest', repository, ['pull', 'push'], 'PUT', `/v2/${repository}/manifests/${reference}`, {
            headers: { 'content-type': mediaType },
            body: manifest,
            expect: [201],
        });
        return response.headers.get('docker-content-digest') ?? `sha256:${(0,external_node_crypto_.createHash)('sha256').update(manifest).digest('hex')}`;
    }
    count(kind) {
        this.stats.total++;
        this.stats.byKind[kind] = (this.stats.byKind[kind] ?? 0) + 1;
    }
    async withRetries(what, run) {
        for (let attempt = 1;; attempt++) {
            try {
                return await run();
            }
            catch (error) {
                const reason = error instanceof RetryableError ? error.reason : undefined;
                if (reason === undefined || attempt >= this.retry.attempts) {
                    if (error instanceof RetryableError) {
                        throw new slipwayError.SlipwayError('registry', `${what} on ${this.host} failed after ${attempt} attempts: ${error.reason}`, {
                            hint: 'the registry was unreachable or overloaded; try again later',
                        });
                    }
                    throw error;
                }
                const delay = retryDelayMs(this.retry, attempt, error instanceof RetryableError ? error.retryAfter : null, Math.random());
                this.stats.retries++;
                this.options.onRetry?.(what, attempt, reason, delay);
                await (0,external_node_timers_promises_.setTimeout)(delay);
            }
        }
    }
    /**
     * Sends one request with authentication and (unless `retries: false`) retries. `allow` statuses are
     * returned; `expect` statuses are the only successes; anything else is a SlipwayError naming the repository.
     */
    async send(kind, repository, actions, method, path, options = {}) {
        const what = `${kind} ${repository}`;
        const once = async () => {
            let authenticatedAgain = false;
            for (;;) {
                const headers = { ...options.headers };
                const authorization = await this.authorization(repository, actions);
                if (authorization)
                    headers.authorization = authorization;
                this.count(kind);
                let response;
                try {
                    response = await fetch(this.baseUrl + path, {
                        method,
                        headers,
                        ...(options.body ? { body: options.body } : {}),
                        redirect: 'follow',
                        signal: AbortSignal.timeout(this.timeoutMs),
                    });
                }
                catch (error) {
                    throw new RetryableError(networkReason(error));
                }
                if (response.status === 401 && !authenticatedAgain) {
                    await response.body?.cancel();
                    const challenge = parseAuthChallenge(response.headers.get('www-authenticate'));
                    if (!challenge)
                        throw this.statusError(401, repository, 'the registry asked for authentication without saying how');
                    this.challenge = challenge;
                    this.tokens.clear();
                    authenticatedAgain = true;
                    continue;
                }
                if (isRetryableStatus(response.status)) {
                    await response.body?.cancel();
                    throw new RetryableError(`HTTP ${response.status}`, response.headers.get('retry-after'));
                }
                if (options.allow?.includes(response.status) || (options.expect ?? [200]).includes(response.status))
                    return response;
                const detail = await errorDetail(response);
                throw this.statusError(response.status, repository, detail, `${method} ${path.split('?')[0]}`);
            }
        };
        return options.retries === false ? once() : this.withRetries(what, once);
    }
    statusError(status, repository, detail, request) {
        const who = this.options.credentials ? `user "${this.options.credentials.username}" (credentials from ${this.options.credentials.source})` : 'anonymous access';
        const on = `repository ${this.host}/${repository}`;
        if (status === 401) {
            return new slipwayError.SlipwayError('registry', `authentication failed for ${on} with ${who}: ${detail}`, {
                hint: this.options.credentials ? 'check the registry username and password/token' : 'the registry needs credentials: docker login, or registry-username/registry-password inputs',
            });
        }
        if (status === 403)
            return new slipwayError.SlipwayError('registry', `access denied to ${on} for ${who}: ${detail}`, { hint: 'the credentials lack pull/push/delete permission on this repository' });
        if (status === 404)
            return new slipwayError.SlipwayError('registry', `${on} not found: ${detail}`, { hint: 'check --repo' });
        return new slipwayError.SlipwayError('registry', `${request ?? 'request'} on ${on} failed with HTTP ${status}: ${detail}`);
    }
    /** The Authorization header for a repository and actions, obtaining a token when the registry wants one. */
    async authorization(repository, actions) {
        const challenge = this.challenge;
        if (!challenge)
            return undefined;
        const credentials = this.options.credentials;
        if (challenge.scheme === 'basic') {
            if (!credentials)
                return undefined;
            return `Basic ${Buffer.from(`${credentials.username}:${credentials.password.reveal()}`).toString('base64')}`;
        }
        if (challenge.scheme !== 'bearer')
            return undefined;
        const scope = `repository:${repository}:${actions.join(',')}`;
        const cached = this.tokens.get(scope);
        if (cached)
            return `Bearer ${cached}`;
        const realm = challenge.params.realm;
        if (!realm)
            throw new slipwayError.SlipwayError('registry', `registry ${this.host} asked for a bearer token without a realm`);
        const url = new URL(realm);
        if (challenge.params.service)
            url.searchParams.set('service', challenge.params.service);
        url.searchParams.set('scope', scope);
        const headers = {};
        if (credentials)
            headers.authorization = `Basic ${Buffer.from(`${credentials.username}:${credentials.password.reveal()}`).toString('base64')}`;
        const token = await this.withRetries(`token for ${repository}`, async () => {
            this.count('GET token');
            let response;
            try {
                response = await fetch(url, { headers, signal: AbortSignal.timeout(this.timeoutMs) });
            }
            catch (error) {
                throw new RetryableError(networkReason(error));
            }
            if (isRetryableStatus(response.status)) {
                await response.body?.cancel();
                throw new RetryableError(`token server HTTP ${response.status}`, response.headers.get('retry-after'));
            }
            if (response.status === 401 || response.status === 403) {
                await response.body?.cancel();
                throw this.statusError(401, repository, `the token server ${url.origin} refused the credentials (HTTP ${response.status})`);
            }
            if (!response.ok) {
                await response.body?.cancel();
                throw new slipwayError.SlipwayError('registry', `token server ${url.origin} answered HTTP ${response.status} for repository ${this.host}/${repository}`);
            }
            const body = (await response.json());
            const value = body.token ?? body.access_token;
            if (!value)
                throw new slipwayError.SlipwayError('registry', `token server ${url.origin} returned no token for repository ${this.host}/${repository}`);
            return value;
        });
        this.tokens.set(scope, token);
        return `Bearer ${token}`;
    }
}
class RetryableError extends Error {
    reason;
    retryAfter;
    constructor(reason, retryAfter = null) {
        super(reason);
        this.reason = reason;
        this.retryAfter = retryAfter;
    }
}
function networkReason(error) {
    const cause = error.cause;
    if (error.name === 'TimeoutError')
        return 'request timed out';
    return cause?.code ?? cause?.message ?? error.message;
}
/** The first message of a distribution error body, without echoing anything else. */
async function errorDetail(response) {
    try {
        const text = await response.text();
        const parsed = JSON.parse(text);
        const first = parsed.errors?.[0];
        if (first)
            return [first.code, first.message].filter(Boolean).join(': ');
        return `HTTP ${response.status}`;
    }
    catch {
        return `HTTP ${response.status}`;
    }
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: ./src/core/secretValue.ts
var secretValue = __webpack_require__(78014);
;// CONCATENATED MODULE: ./src/core/registry/registryCredentials.ts






/** Docker's config.json: $DOCKER_CONFIG/config.json or ~/.docker/config.json. */
function dockerConfigPath(env = process.env) {
    return (0,external_node_path_.join)(env.DOCKER_CONFIG ?? (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.docker'), 'config.json');
}
/** The keys Docker may have stored a registry under. */
function registryKeys(registry) {
    if (registry === 'docker.io' || registry === 'index.docker.io') {
        return ['https://index.docker.io/v1/', 'index.docker.io', 'docker.io', 'registry-1.docker.io'];
    }
    return [registry, `https://${registry}`, `http://${registry}`, `https://${registry}/v1/`, `https://${registry}/v2/`];
}
/** Credentials from a parsed config.json (helpers excluded); pure. */
function credentialsFromDockerConfig(config, registry, source) {
    for (const key of registryKeys(registry)) {
        const entry = config.auths?.[key];
        if (!entry)
            continue;
        if (entry.identitytoken)
            return { username: '<token>', password: new secretValue.SecretValue(entry.identitytoken), source };
        if (entry.auth) {
            const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
            const colon = decoded.indexOf(':');
            if (colon > 0)
                return { username: decoded.slice(0, colon), password: new secretValue.SecretValue(decoded.slice(colon + 1)), source };
        }
        if (entry.username && entry.password)
            return { username: entry.username, password: new secretValue.SecretValue(entry.password), source };
    }
    return undefined;
}
/** Runs `docker-credential-<helper> get` with the registry on stdin. */
function fromCredentialHelper(helper, registry) {
    return new Promise((resolve) => {
        const child = (0,external_node_child_process_.execFile)(`docker-credential-${helper}`, ['get'], { timeout: 30_000 }, (error, stdout) => {
            if (error) {
                resolve(undefined);
                return;
            }
            try {
                const parsed = JSON.parse(stdout);
                if (parsed.Secret)
                    resolve({ username: parsed.Username ?? '', password: new secretValue.SecretValue(parsed.Secret), source: `credential helper ${helper}` });
                else
                    resolve(undefined);
            }
            catch {
                resolve(undefined);
            }
        });
        child.stdin?.end(registry);
    });
}
/**
 * Credentials for a registry: explicit ones (action inputs, flags, SLIPWAY_REGISTRY_USERNAME /
 * SLIPWAY_REGISTRY_PASSWORD) first, then Docker's config.json (credential helper, store, auths).
 * None means anonymous access.
 */
async function findRegistryCredentials(registry, options = {}) {
    const env = options.env ?? process.env;
    const username = options.username ?? env.SLIPWAY_REGISTRY_USERNAME;
    const password = options.password ?? (env.SLIPWAY_REGISTRY_PASSWORD !== undefined ? new secretValue.SecretValue(env.SLIPWAY_REGISTRY_PASSWORD) : undefined);
    if (username !== undefined || password !== undefined) {
        if (!username || !password || password.isEmpty) {
            throw new slipwayError.SlipwayError('input', 'registry credentials need both a username and a password', {
                where: { input: username ? 'registry-password' : 'registry-username' },
            });
        }
        return { username, password, source: 'input' };
    }
    const path = dockerConfigPath(env);
    let config;
    try {
        config = JSON.parse(await (0,promises_.readFile)(path, 'utf8'));
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw new slipwayError.SlipwayError('registry', `cannot read Docker credentials from ${path}: ${error.message}`, { where: { file: path } });
    }
    const helper = registryKeys(registry).map((key) => config.credHelpers?.[key]).find((value) => value !== undefined);
    if (helper)
        return fromCredentialHelper(helper, registry);
    const stored = credentialsFromDockerConfig(config, registry, path);
    if (stored)
        return stored;
    if (config.credsStore)
        return fromCredentialHelper(config.credsStore, registry);
    return undefined;
}

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
                    hint: 'the builder output above shows the failing step',
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
function buildahBuildCommand(request) {
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
    return { program: 'buildah', args };
}
function buildahPushCommand(request, digestFile) {
    const args = ['push', '--digestfile', digestFile];
    if (request.insecureRegistry)
        args.push('--tls-verify=false');
    if (request.authFile)
        args.push('--authfile', request.authFile);
    args.push(request.reference, `docker://${request.reference}`);
    return { program: 'buildah', args };
}
function buildahBuilder() {
    return {
        name: 'buildah',
        async build(request, onOutput) {
            await runBuilderCommand(buildahBuildCommand(request), onOutput, `buildah build of image "${request.image}"`);
        },
        async push(request, onOutput) {
            const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'slipway-push-'));
            try {
                const digestFile = (0,external_node_path_.join)(dir, 'digest');
                await runBuilderCommand(buildahPushCommand(request, digestFile), onOutput, `buildah push of image "${request.image}"`);
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
async function chooseBuilder(choice) {
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
    const buildah = async () => ((await commandSucceeds('buildah', ['--version'])) ? buildahBuilder() : undefined);
    if (choice === 'docker') {
        const found = await docker();
        if (!found)
            throw new slipwayError.SlipwayError('build', 'docker is not available (no docker CLI, or its daemon does not answer)', { where: { input: '--builder' }, hint: 'start dockerd / set DOCKER_HOST, or use --builder buildah' });
        return found;
    }
    if (choice === 'buildah') {
        const found = await buildah();
        if (!found)
            throw new slipwayError.SlipwayError('build', 'buildah is not installed', { where: { input: '--builder' }, hint: 'install buildah, or use --builder docker' });
        return found;
    }
    const found = (await docker()) ?? (await buildah());
    if (!found)
        throw new slipwayError.SlipwayError('build', 'no image builder found: neither a running Docker daemon nor buildah', { hint: 'install docker or buildah' });
    return found;
}

;// CONCATENATED MODULE: ./src/core/images/imageDigest.ts

/** Bump when the digest recipe changes, so old tags are never reused for differently computed content. */
const digestFormatVersion = '1';
/**
 * The content digest of an image: sha256 (hex) over a canonical, line-based serialisation of its
 * inputs. The same inputs give the same digest on any commit and machine. Pure.
 */
function imageDigest(input) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
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
function imageDigest_commitMetadataTag(commit) {
    return `slipway-commit-${commit}`;
}

;// CONCATENATED MODULE: ./src/core/images/commitMetadata.ts



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
    const empty = { mediaType: emptyConfigMediaType, digest: `sha256:${(0,external_node_crypto_.createHash)('sha256').update(emptyConfig).digest('hex')}`, size: emptyConfig.length };
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
 * HEAD when an identical record is there, else one manifest PUT (plus the 2-byte empty blob the first
 * time a repository gets a record).
 */
async function recordCommitMetadata(client, repository, metadata) {
    const document = commitMetadataDocument(metadata);
    const manifest = commitMetadataManifest(metadata, document);
    const manifestDigest = `sha256:${(0,external_node_crypto_.createHash)('sha256').update(manifest).digest('hex')}`;
    const tag = imageDigest_commitMetadataTag(metadata.commit);
    const existing = await client.headManifest(repository, tag);
    if (existing?.digest === manifestDigest)
        return 'unchanged';
    try {
        await client.putManifest(repository, tag, manifest, 'application/vnd.oci.image.manifest.v1+json');
    }
    catch (error) {
        if (!(error instanceof slipwayError.SlipwayError) || !/BLOB_UNKNOWN/i.test(error.message))
            throw error;
        await client.pushBlob(repository, emptyConfig);
        await client.putManifest(repository, tag, manifest, 'application/vnd.oci.image.manifest.v1+json');
    }
    return 'recorded';
}
/** Reads a commit's record back (for cleanup), or undefined when there is none. */
async function readCommitMetadata(client, repository, commit) {
    const found = await client.getManifest(repository, commitMetadataTag(commit));
    if (!found)
        return undefined;
    const manifest = JSON.parse(found.body.toString('utf8'));
    const record = manifest.annotations?.[commitMetadataAnnotation];
    return record === undefined ? undefined : JSON.parse(record);
}

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
        const digest = imageDigest({
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
            tag: imageTag(name, digest),
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
    const { root, prefix, commit, tree, config } = await (0,openProject.openProject)(options);
    const shallowClone = await (0,gitRepository/* isShallowRepository */.Hw)(root);
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
    const repository = parseImageRepository(options.repo, { input: '--repo' });
    const credentials = await findRegistryCredentials(repository.registry, { username: options.username, password: options.password, env: options.env });
    const insecure = options.insecureRegistry ?? isLoopbackRegistry(repository.registry);
    const log = options.log;
    const client = new RegistryClient({
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
        const builder = await chooseBuilder(options.builder ?? 'auto');
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
                        result.error = (0,slipwayError/* formatError */.W)(error);
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
                const error = failure instanceof slipwayError.SlipwayError ? failure : new slipwayError.SlipwayError('build', (0,slipwayError/* formatError */.W)(failure));
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
            for (const result of results.values())
                images[result.name] = { tag: result.tag, digest: result.digest };
            metadata = await recordCommitMetadata(client, repository.path, { schemaVersion: 1, project: config.project, commit, images });
        }
        catch (error) {
            metadata = 'failed';
            warnings.push(`could not record the commit's images for cleanup: ${(0,slipwayError/* formatError */.W)(error)}`);
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
                    log.warning(`${request.image}: push attempt ${attempt} failed, retrying: ${(0,slipwayError/* formatError */.W)(error).split('\n')[0]}`);
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

/***/ 78014:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SecretValue: () => (/* binding */ SecretValue)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);

const redacted = '***';
/**
 * A secret (registry password, token) that never prints itself: `String()`, template literals,
 * `JSON.stringify` and `util.inspect` all give `***`. The only way to the value is `reveal()`, called
 * where the value is put on the wire.
 */
class SecretValue {
    #value;
    constructor(value) {
        this.#value = value;
    }
    reveal() {
        return this.#value;
    }
    get isEmpty() {
        return this.#value === '';
    }
    toString() {
        return redacted;
    }
    toJSON() {
        return redacted;
    }
    [node_util__WEBPACK_IMPORTED_MODULE_0__.inspect.custom]() {
        return `SecretValue(${redacted})`;
    }
}


/***/ })

};
;
/**
 * werf's chart template functions, for charts written for werf (added to the function map only for werf
 * projects or when asked, so a plain chart sees exactly Helm's functions):
 * - `werf_image`: werf 1.2's helper (chart_template_helpers.go) — `tuple "<name>" . | werf_image` reads
 *   `.Values.werf.image.<name>`; `tuple . | werf_image` and `werf_image .` the nameless image
 *   (`.Values.werf.nameless_image`). An unknown name fails at the template line, naming the known images.
 * - `werf_secret_file "<path>"`: the decrypted content of `.helm/secret/<path>` (werf's SetupWerfSecretFile).
 */
import type { GoFunc } from '../template/funcTypes.js';
import { GoError } from '../template/goErrors.js';
import { isGoMap } from '../template/goValues.js';

/** Helm's way of turning a function error into `execution error at (file:line:col): message`. */
function templateFailure(message: string): GoError {
  return new GoError(`HELM_ERR_START${message}HELM_ERR_END`);
}

function field(v: unknown, key: string): unknown {
  return isGoMap(v) ? v[key] : undefined;
}

function werfValuesOf(context: unknown): Record<string, unknown> {
  const werf = field(field(context, 'Values'), 'werf');
  return isGoMap(werf) ? werf : {};
}

function knownImages(werf: Record<string, unknown>): string {
  const images = isGoMap(werf.image) ? Object.keys(werf.image).sort() : [];
  return images.length > 0 ? `the project's images: ${images.join(', ')}` : 'the project has no named images';
}

function namelessImage(context: unknown): string {
  const werf = werfValuesOf(context);
  if (werf.is_stub === true) return String(werf.stub_image ?? '');
  if (werf.is_nameless_image !== true) throw templateFailure(`No image specified for template (${knownImages(werf)}); name one: tuple "<name>" . | werf_image`);
  return String(werf.nameless_image ?? '');
}

function namedImage(name: unknown, context: unknown): string {
  const werf = werfValuesOf(context);
  if (werf.is_stub === true) return String(werf.stub_image ?? '');
  if (werf.is_nameless_image === true) throw templateFailure(`No image should be specified for template, got '${String(name)}' (the project has one nameless image: werf_image .)`);
  const image = field(werf.image, String(name));
  if (image === undefined || image === null || image === '') throw templateFailure(`Unknown image '${String(name)}' specified for template (${knownImages(werf)})`);
  return String(image);
}

export const werfImageFunction: GoFunc = {
  params: ['any'],
  call(_ctx, [arg]) {
    if (Array.isArray(arg)) {
      if (arg.length >= 2) return namedImage(arg[0], arg[1]);
      if (arg.length === 1) return namelessImage(arg[0]);
      throw templateFailure('werf_image needs the context: werf_image ., tuple . | werf_image or tuple "<name>" . | werf_image');
    }
    return namelessImage(arg);
  },
};

/** `werf_secret_file`: looks the relative path up among the decrypted files of `.helm/secret/`. */
export function werfSecretFileFunction(files: ReadonlyMap<string, { reveal(): string }>): GoFunc {
  return {
    params: ['string'],
    call(_ctx, [path]) {
      const p = String(path);
      if (p.startsWith('/')) {
        // werf 1.1 accepted "/name"; it tries the path without the slash first.
        const legacy = files.get(p.replace(/^\/+/, ''));
        if (legacy !== undefined) return legacy.reveal();
        throw templateFailure(`expected relative secret file path, given path ${p}`);
      }
      const file = files.get(p);
      if (file === undefined) {
        const known = [...files.keys()].sort();
        throw templateFailure(`secret file "${p}" not found under .helm/secret/${known.length > 0 ? `, you may use one of the following: ${known.join(', ')}` : ' (there are no secret files)'}`);
      }
      return file.reveal();
    },
  };
}

/** The werf function family; `secretFiles` are the decrypted files of `.helm/secret/` (path relative to it). */
export function werfFunctions(secretFiles: ReadonlyMap<string, { reveal(): string }> = new Map()): Record<string, GoFunc> {
  return { werf_image: werfImageFunction, werf_secret_file: werfSecretFileFunction(secretFiles) };
}

/**
 * werf's secret values and secret files (werf 1.2 chart_secrets_loader.go, common-go yaml_encoder.go):
 * - a secret values file (`.helm/secret-values.yaml`, `--secret-values`) is YAML whose every string scalar
 *   is an encrypted value; nulls stay null; any other scalar is an error; later files override earlier ones;
 * - a secret file (`.helm/secret/<path>`) is one encrypted value (trailing whitespace ignored), read by
 *   `werf_secret_file "<path>"`.
 * Decrypted strings are collected so every output can mask them. Pure (the key and texts are given).
 */
import { isMap, isScalar, isSeq, parse, parseDocument, type Node } from 'yaml';
import { SlipwayError } from '../errors/slipwayError.js';
import { SecretValue } from '../secretValue.js';
import { decryptWerfSecret, WerfSecretError } from './werfSecret.js';

export interface DecryptedSecrets {
  values: Record<string, unknown>;
  files: Map<string, SecretValue>;
  /** Every decrypted string (values and files), for masking. */
  revealed: string[];
}

function failure(file: string, path: string, error: unknown, line?: number): SlipwayError {
  const e = error instanceof WerfSecretError ? error : undefined;
  const at = path === '' ? '' : ` at ${path}`;
  return new SlipwayError('values', `cannot decrypt ${file}${at}: ${(error as Error).message}`, {
    where: { file, ...(path !== '' ? { field: path } : {}), ...(line !== undefined ? { line } : {}) },
    hint:
      e?.reason === 'key'
        ? 'set WERF_SECRET_KEY (or .werf_secret_key in the project directory) to the key the secrets were encrypted with'
        : e?.reason === 'wrong-key'
          ? 'this is not the key the file was encrypted with: set WERF_SECRET_KEY to the right one, or re-encrypt with slipway secret encrypt'
          : 'encrypt the value with slipway secret encrypt (or werf helm secret encrypt); every string of a secret values file must be encrypted',
  });
}

function lineOf(text: string, node: Node): number | undefined {
  const offset = node.range?.[0];
  return offset === undefined ? undefined : text.slice(0, offset).split('\n').length;
}

/** Decrypts one secret values file into values (every leaf a decrypted string). */
export function decryptSecretValuesText(text: string, file: string, key: string, revealed: string[]): Record<string, unknown> {
  const doc = parseDocument(text, { version: '1.2', uniqueKeys: false });
  if (doc.errors.length > 0) throw new SlipwayError('values', `${file} is not valid YAML: ${doc.errors[0]!.message}`, { where: { file } });
  const walk = (node: unknown, path: string): unknown => {
    if (node === null || node === undefined) return null;
    if (isMap(node)) {
      const out: Record<string, unknown> = {};
      for (const pair of node.items) {
        const k = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        out[k] = walk(pair.value, path === '' ? k : `${path}.${k}`);
      }
      return out;
    }
    if (isSeq(node)) return node.items.map((item, i) => walk(item, `${path}[${i}]`));
    if (isScalar(node)) {
      if (node.value === null) return null;
      if (typeof node.value !== 'string') {
        throw failure(file, path, new WerfSecretError(`unable to decode non string value "${String(node.source ?? node.value)}": expected encoded value as hex string`, 'data'), lineOf(text, node));
      }
      try {
        const plain = decryptWerfSecret(key, node.value).toString('utf8');
        if (plain !== '') revealed.push(plain);
        return plain;
      } catch (error) {
        throw failure(file, path, error, lineOf(text, node));
      }
    }
    return walk((node as { toJSON?: () => unknown }).toJSON?.(), path);
  };
  const values = walk(doc.contents, '');
  if (values === null) return {};
  if (typeof values !== 'object' || Array.isArray(values)) throw new SlipwayError('values', `${file} must be a map of values`, { where: { file } });
  return values as Record<string, unknown>;
}

/** Decrypts one secret file. */
export function decryptSecretFileText(text: string, file: string, key: string, revealed: string[]): SecretValue {
  try {
    const plain = decryptWerfSecret(key, text.replace(/\s+$/, '')).toString('utf8');
    if (plain !== '') revealed.push(plain);
    return new SecretValue(plain);
  } catch (error) {
    throw failure(file, '', error);
  }
}

function isPlainMap(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** chartutil.CoalesceTables(later, earlier): the later file wins, maps merge. */
export function mergeSecretValues(earlier: Record<string, unknown>, later: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...earlier };
  for (const [k, v] of Object.entries(later)) out[k] = isPlainMap(v) && isPlainMap(out[k]) ? mergeSecretValues(out[k] as Record<string, unknown>, v) : v;
  return out;
}

/** Replaces every revealed secret string in `text` with `***` (longest first, so a secret inside another is covered). */
export function maskSecrets(text: string, revealed: readonly string[]): string {
  let out = text;
  for (const s of [...revealed].sort((a, b) => b.length - a.length)) if (s.length >= 3) out = out.split(s).join('***');
  return out;
}

/**
 * A secret values document with every string scalar encrypted (`encrypt`) or decrypted, keeping keys, comments
 * and layout, as werf's EncryptYamlData/DecryptYamlData do on yaml.v3 nodes.
 */
export function transformSecretValuesDocument(text: string, file: string, transform: (value: string, path: string) => string): string {
  const doc = parseDocument(text, { version: '1.2', uniqueKeys: false });
  if (doc.errors.length > 0) throw new SlipwayError('values', `${file} is not valid YAML: ${doc.errors[0]!.message}`, { where: { file } });
  const walk = (node: unknown, path: string): void => {
    if (isMap(node)) for (const pair of node.items) walk(pair.value, `${path === '' ? '' : `${path}.`}${isScalar(pair.key) ? String(pair.key.value) : String(pair.key)}`);
    else if (isSeq(node)) node.items.forEach((item, i) => walk(item, `${path}[${i}]`));
    else if (isScalar(node) && typeof node.value === 'string') {
      const value = transform(node.value as string, path);
      node.value = value;
      // Quoted when plain would read as something else (a number, a bool, null) or not parse, as yaml.v3 does.
      node.type = readsBackAsString(value) ? 'PLAIN' : 'QUOTE_DOUBLE';
    }
  };
  walk(doc.contents, '');
  return doc.toString({ lineWidth: 0 });
}

function readsBackAsString(value: string): boolean {
  if (value === '' || /[\n#]|^\s|\s$/.test(value) || /^(?:yes|no|on|off|y|n)$/i.test(value)) return false;
  try {
    return parse(value, { version: '1.2' }) === value;
  } catch {
    return false;
  }
}

/**
 * The canonical text of a value, the bytes a charter fingerprint is computed over: RFC 8785
 * (JSON Canonicalization Scheme) key order and escaping, every string and key in Unicode NFC,
 * and integers only. Two charters with the same meaning give the same text whatever order
 * their keys were written in or however an editor composed their accents.
 *
 * Floats are refused rather than formatted: their shortest round-trip form differs between
 * languages and would make a fingerprint impossible to reproduce outside JavaScript.
 */

type CanonicalValue = null | boolean | number | string | readonly CanonicalValue[] | { readonly [key: string]: CanonicalValue };

export class CanonicalJsonError extends Error {
  constructor(
    /** Where in the value the problem is, e.g. `$.stages[2].name`. */
    readonly path: string,
    message: string,
  ) {
    super(`${path}: ${message}`);
    this.name = 'CanonicalJsonError';
  }
}

/** A lone surrogate cannot be normalised or encoded as UTF-8, so it has no canonical form. */
export const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function canonicalString(value: string, path: string): string {
  if (LONE_SURROGATE.test(value)) throw new CanonicalJsonError(path, 'holds a broken character (a lone UTF-16 surrogate)');
  // JSON.stringify escapes exactly as RFC 8785 §3.2.2.2 asks: \b \f \n \r \t \" \\, other controls as \u00xx.
  return JSON.stringify(value.normalize('NFC'));
}

function canonicalNumber(value: number, path: string): string {
  if (!Number.isSafeInteger(value)) throw new CanonicalJsonError(path, `is ${value}; only whole numbers within ±2^53 are allowed`);
  // -0 is written as 0, as ECMAScript's Number-to-String (and so RFC 8785) does.
  return String(value === 0 ? 0 : value);
}

function write(value: unknown, path: string, out: string[]): void {
  if (value === null) {
    out.push('null');
    return;
  }
  switch (typeof value) {
    case 'boolean':
      out.push(value ? 'true' : 'false');
      return;
    case 'number':
      out.push(canonicalNumber(value, path));
      return;
    case 'string':
      out.push(canonicalString(value, path));
      return;
    case 'object':
      break;
    default:
      throw new CanonicalJsonError(path, `is a ${typeof value}, which JSON cannot hold`);
  }
  if (Array.isArray(value)) {
    out.push('[');
    value.forEach((item, index) => {
      if (index > 0) out.push(',');
      write(item, `${path}[${index}]`, out);
    });
    out.push(']');
    return;
  }
  const prototype = Object.getPrototypeOf(value) as unknown;
  if (prototype !== Object.prototype && prototype !== null) throw new CanonicalJsonError(path, 'is not a plain object');
  const entries = new Map<string, unknown>();
  for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
    if (item === undefined) continue; // As JSON.stringify does: an undefined field is an absent field.
    const normalKey = key.normalize('NFC');
    if (entries.has(normalKey)) throw new CanonicalJsonError(path, `has two keys that read the same (${JSON.stringify(normalKey)})`);
    entries.set(normalKey, item);
  }
  // RFC 8785 §3.2.3: keys sorted by their UTF-16 code units, which is what the default sort compares.
  const keys = [...entries.keys()].sort();
  out.push('{');
  keys.forEach((key, index) => {
    if (index > 0) out.push(',');
    out.push(canonicalString(key, path), ':');
    write(entries.get(key), `${path}.${key}`, out);
  });
  out.push('}');
}

/** The canonical JSON text of `value`; throws CanonicalJsonError (with a path) for what has no canonical form. */
export function canonicalJson(value: unknown): string {
  const out: string[] = [];
  write(value, '$', out);
  return out.join('');
}

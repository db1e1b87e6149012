/**
 * Random changes to a workshop document that the strict schema must always reject: every field
 * is required, every object is strict, every number and string is bounded.
 */
import { formatPath } from '../../src/domain/validationMessages';
import type { Random } from './seededRandom';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

export const MUTATION_KINDS = ['dropField', 'wrongType', 'unknownKey', 'outOfRange', 'overLong', 'pollutionKey'] as const;
export type MutationKind = (typeof MUTATION_KINDS)[number];

/** Longer than any string the schema allows (the largest is a drawn signature, 200,000). */
const OVER_LONG = 'x'.repeat(200_001);
const POLLUTION_KEYS = ['__proto__', 'constructor', 'prototype'] as const;

interface Node {
  path: (string | number)[];
  value: Json;
  parent: JsonObject | Json[] | null;
  key: string | number | null;
}

function nodesOf(value: Json, path: (string | number)[] = [], parent: Node['parent'] = null, key: Node['key'] = null): Node[] {
  const own: Node = { path, value, parent, key };
  if (Array.isArray(value)) return [own, ...value.flatMap((item, index) => nodesOf(item, [...path, index], value, index))];
  if (isObject(value)) return [own, ...Object.entries(value).flatMap(([k, item]) => nodesOf(item, [...path, k], value, k))];
  return [own];
}

const isObject = (value: Json): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Picks a node so that every field of the schema is about equally likely: uniform over nodes would
 * spend most picks on the ninety pulse scores of the sample.
 */
function pickSpread(nodes: Node[], random: Random): Node {
  const byShape = new Map<string, Node[]>();
  for (const node of nodes) {
    const shape = formatPath(node.path.map((segment) => (typeof segment === 'number' ? 0 : segment)));
    byShape.set(shape, [...(byShape.get(shape) ?? []), node]);
  }
  return random.pick(random.pick([...byShape.values()]));
}

function replace(node: Node, value: Json): void {
  (node.parent as Record<string | number, Json>)[node.key!] = value;
}

/** A value of another JSON type than `value`. */
function otherType(value: Json): Json {
  if (typeof value === 'string') return 12345;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return 0;
  if (value === null) return true;
  if (Array.isArray(value)) return { length: value.length };
  return [];
}

/**
 * Returns the mutated document's text, the path of the changed value or object (`stages[2].name`,
 * empty for the root) and a description such as `wrongType at stages[2].name`.
 */
export function mutate(doc: Json, kind: MutationKind, random: Random): { text: string; path: string; description: string } {
  const copy = structuredClone(doc);
  const nodes = nodesOf(copy);
  const objects = nodes.filter((node) => isObject(node.value));
  let node: Node;
  let detail = '';
  switch (kind) {
    case 'dropField': {
      node = pickSpread(objects.filter((n) => Object.keys(n.value as JsonObject).length > 0), random);
      const key = random.pick(Object.keys(node.value as JsonObject));
      delete (node.value as JsonObject)[key];
      detail = ` (${key})`;
      break;
    }
    case 'wrongType':
      node = pickSpread(nodes.filter((n) => n.parent !== null), random);
      replace(node, otherType(node.value));
      break;
    case 'unknownKey': {
      node = pickSpread(objects, random);
      const key = `extra_${random.int(1000)}`;
      (node.value as JsonObject)[key] = random.pick<Json>([1, 'x', null, {}, []]);
      detail = ` (${key})`;
      break;
    }
    case 'outOfRange':
      node = pickSpread(nodes.filter((n) => typeof n.value === 'number'), random);
      replace(node, random.pick([-1, 1.5, 1e12]));
      break;
    case 'overLong':
      node = pickSpread(nodes.filter((n) => typeof n.value === 'string'), random);
      replace(node, OVER_LONG);
      break;
    case 'pollutionKey': {
      node = pickSpread(objects, random);
      const key = random.pick(POLLUTION_KEYS);
      // defineProperty: a plain assignment to __proto__ would change the prototype, not add a key.
      Object.defineProperty(node.value, key, { value: { polluted: true }, enumerable: true, writable: true, configurable: true });
      detail = ` (${key})`;
      break;
    }
  }
  const path = formatPath(node.path);
  return { text: JSON.stringify(copy), path, description: `${kind} at ${path || '(root)'}${detail}` };
}

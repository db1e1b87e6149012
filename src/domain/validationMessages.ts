/** Turns zod issues into sentences that name the offending field, e.g. `stages[2].name: ...`. */
import type { z } from 'zod';

export interface Rejection {
  /** Where the problem is, as a readable path such as `participants[3].teamId`; empty for the whole thing. */
  path: string;
  message: string;
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? String(segment) : `.${String(segment)}`;
  }
  return out;
}

export function rejectionsFromZod(error: z.ZodError, prefix: readonly PropertyKey[] = []): Rejection[] {
  return error.issues.map((issue) => {
    // An unknown key is named in the path itself, so even a top-level one has a location.
    if (issue.code === 'unrecognized_keys') {
      const more = issue.keys.length > 1 ? ` (also: ${issue.keys.slice(1).join(', ')})` : '';
      return { path: formatPath([...prefix, ...issue.path, issue.keys[0]!]), message: `is not a field Accord knows${more}` };
    }
    // zod says "expected string, received undefined" for a field that is simply not there
    // (its issues carry no input to look at, so the message is what tells).
    if (issue.code === 'invalid_type' && issue.message.endsWith('received undefined')) return { path: formatPath([...prefix, ...issue.path]), message: 'is missing' };
    return { path: formatPath([...prefix, ...issue.path]), message: issue.message };
  });
}

export function describeRejection(r: Rejection): string {
  return r.path ? `${r.path}: ${r.message}` : r.message;
}

/**
 * Text fields refuse control characters, but files written before they did may hold some (a
 * pasted NUL, an ESC from a terminal). Loading removes them — a line break in a one-line field
 * becomes a space — instead of calling the whole file damaged. Nothing else is touched, and no
 * migration is needed: the repaired document is an ordinary version-1 workshop.
 */
import type { z } from 'zod';
import { MULTI_LINE_MESSAGE, SINGLE_LINE_MESSAGE } from './workshopSchema';

const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
const LINE_BREAKS = /\r\n|[\r\n]/g;

/**
 * A copy of `doc` with the strings named by control-character issues cleaned, and how many text
 * fields were cleaned (so the facilitator can be told), or null when there are none.
 */
export function withoutControlCharacters(doc: unknown, issues: readonly z.core.$ZodIssue[]): { doc: unknown; cleanedFields: number } | null {
  const fixes = issues.filter((issue) => issue.message === SINGLE_LINE_MESSAGE || issue.message === MULTI_LINE_MESSAGE);
  if (fixes.length === 0) return null;
  const copy = JSON.parse(JSON.stringify(doc)) as Record<PropertyKey, unknown>;
  let cleanedFields = 0;
  for (const issue of fixes) {
    const parent = issue.path.slice(0, -1).reduce<unknown>((node, key) => (node as Record<PropertyKey, unknown>)?.[key], copy) as Record<PropertyKey, unknown> | undefined;
    const key = issue.path[issue.path.length - 1];
    const value = key === undefined ? undefined : parent?.[key];
    if (typeof value !== 'string') continue;
    const oneLine = issue.message === SINGLE_LINE_MESSAGE;
    parent![key!] = (oneLine ? value.replace(LINE_BREAKS, ' ') : value).replace(CONTROLS, '');
    cleanedFields += 1;
  }
  return { doc: copy, cleanedFields };
}

/**
 * The envelope of every message a window sends, checked before anything reaches the host:
 * whatever arrives (any JSON value, any bytes), the answer is a request or a plain refusal.
 * Arguments are checked afterwards by the host, against requestArgsSchemas.
 */
import { z } from 'zod';
import { REQUEST_METHODS, type AccordRequestMethod } from '../../../src/shared/accordApi';
import { decodeImportFrame } from './decodeImportFrame';

const idSchema = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
const envelopeSchema = z.strictObject({ id: idSchema, method: z.enum(REQUEST_METHODS), args: z.array(z.unknown()).max(8) });
const importHeaderSchema = z.strictObject({ id: idSchema, method: z.literal('importWorkshop'), fileName: z.string().max(500) });

export type ParsedWebRequest =
  | { ok: true; id: number; method: AccordRequestMethod; args: unknown[] }
  /** `id` is the request's own when it could be read, so the window can match the refusal; else -1. */
  | { ok: false; id: number; error: string };

const UNREADABLE = 'Accord could not read this request. Reload the page; if it happens again, restart Accord.';

export function parseWebRequest(data: Buffer, isBinary: boolean): ParsedWebRequest {
  if (isBinary) {
    const frame = decodeImportFrame(data);
    const header = importHeaderSchema.safeParse(frame?.header);
    if (!frame || !header.success) return { ok: false, id: idOf(frame?.header), error: UNREADABLE };
    // Decoded the way the browser's File.text() would have: invalid bytes become U+FFFD.
    return { ok: true, id: header.data.id, method: 'importWorkshop', args: [header.data.fileName, frame.body.toString('utf8')] };
  }
  let value: unknown;
  try {
    value = JSON.parse(data.toString('utf8'));
  } catch {
    return { ok: false, id: -1, error: UNREADABLE };
  }
  const envelope = envelopeSchema.safeParse(value);
  if (!envelope.success) {
    const known = typeof value === 'object' && value !== null && REQUEST_METHODS.includes((value as { method?: unknown }).method as AccordRequestMethod);
    return { ok: false, id: idOf(value), error: known ? UNREADABLE : 'Unknown request.' };
  }
  return { ok: true, ...envelope.data };
}

function idOf(value: unknown): number {
  const id = typeof value === 'object' && value !== null ? (value as { id?: unknown }).id : undefined;
  return idSchema.safeParse(id).success ? (id as number) : -1;
}

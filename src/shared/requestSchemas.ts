/**
 * Argument validators for every request method, applied by both hosts (Electron IPC and the
 * browser-mode server) before anything reaches the session. Commands are checked in full by
 * the domain; here only their outer shape.
 */
import { z } from 'zod';
import { commandSchema } from '../domain/commands';
import { idSchema, paperSizeSchema, shortText } from '../domain/workshopSchema';
import { MAX_IMPORT_BYTES, MAX_VERIFY_BYTES, WORKSHOP_EXPORT_FORMATS, type AccordRequestMethod } from './accordApi';

const noArgs = z.tuple([]);

export const requestArgsSchemas = {
  listWorkshops: noArgs,
  createWorkshop: z.tuple([z.strictObject({ title: shortText, templateId: z.string().max(64) })]),
  renameWorkshop: z.tuple([idSchema, shortText.min(1, 'must not be empty')]),
  duplicateWorkshop: z.tuple([idSchema]),
  deleteWorkshop: z.tuple([idSchema]),
  importWorkshop: z.tuple([z.string().max(500), z.string().max(MAX_IMPORT_BYTES, 'is larger than the 20 MB import limit')]),
  exportWorkshop: z.tuple([idSchema]),
  createCheckIn: z.tuple([idSchema]),
  openWorkshop: z.tuple([idSchema]),
  closeWorkshop: noArgs,
  getSession: noArgs,
  resumeSession: z.tuple([z.strictObject({ sessionRunId: z.string().max(100), revision: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER) })]),
  dispatch: z.tuple([commandSchema]),
  undo: noArgs,
  redo: noArgs,
  dismissNotice: z.tuple([z.string().max(100)]),
  getCharterFingerprint: noArgs,
  exportCharter: z.tuple([
    z.strictObject({ workshopId: idSchema, version: z.number().int().min(1).max(100_000).nullable(), paperSize: paperSizeSchema }),
  ]),
  exportWorkshopAs: z.tuple([z.strictObject({ workshopId: idSchema, format: z.enum(WORKSHOP_EXPORT_FORMATS), withDueDates: z.boolean().optional() })]),
  // Base64 of at most MAX_VERIFY_BYTES bytes (4 characters per 3 bytes).
  verifyCharter: z.tuple([z.string().max(500), z.string().max(Math.ceil(MAX_VERIFY_BYTES / 3) * 4, 'is larger than the charter size Accord verifies')]),
} satisfies Record<AccordRequestMethod, z.ZodType<unknown[]>>;

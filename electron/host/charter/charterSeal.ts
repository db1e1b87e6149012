/**
 * What Accord seals into a charter PDF, shared by sealing and verifying: three attached files
 * and the document information derived from them. Every byte of the seal is a function of the
 * printed PDF, the charter record, the seal time and the Accord that sealed it, so verifying
 * can write the seal again and compare. Changing anything here changes those bytes: files
 * sealed before would then read "changed"; give the change a new SEAL_FORMAT_VERSION instead.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { canonicalJson } from '../../../src/domain/canonicalJson';
import type { CharterRecord } from '../../../src/domain/charterRecord';
import { verifySignatureChain } from '../../../src/domain/signoff';
import { idSchema, LIMITS, paperSizeSchema, shortText, signatureRecordSchema } from '../../../src/domain/workshopSchema';
import { sha256Hex } from './fingerprintCharter';

/** The charter's canonical text (charterCanonicalText): its SHA-256 is the fingerprint, so `sha256sum` of this file checks it. */
export const CONTENT_FILE = 'charter-content.json';
/** The sign-off of the printed version: signatures (a hash chain bound to the fingerprint), absences, accepted warnings. */
export const SIGNOFF_FILE = 'charter-signoff.json';
/** What the seal covers: the printed bytes (length and SHA-256), the version, the fingerprint, when and by what it was sealed. */
export const MANIFEST_FILE = 'accord-seal.json';

const SEAL_FORMAT = 'accord-charter-seal';
const SEAL_FORMAT_VERSION = 1;

const sha256Schema = z.string().regex(/^[0-9a-f]{64}$/);
const versionSchema = z.number().int().min(1).max(100_000);

export const manifestSchema = z.strictObject({
  format: z.literal(SEAL_FORMAT),
  formatVersion: z.literal(SEAL_FORMAT_VERSION),
  /** "Accord 0.1.0": also written as the PDF's Creator. */
  creator: z.string().regex(/^Accord [0-9A-Za-z.+-]{1,40}$/),
  /** UTC, to the second: the PDF's ModDate says the same instant. */
  sealedAt: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/),
  workshopId: idSchema,
  charterVersion: versionSchema,
  /** The newest version the workshop had when this one was exported (the pages say "superseded" when greater). */
  latestVersion: versionSchema,
  paperSize: paperSizeSchema,
  fingerprint: sha256Schema,
  /** The PDF as Chromium printed it: the exact first `bytes` bytes of the sealed file. */
  printed: z.strictObject({ bytes: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER), sha256: sha256Schema }),
  /** SHA-256 of the sign-off file (the content file's is the fingerprint). */
  signoffSha256: sha256Schema,
});
export type SealManifest = z.infer<typeof manifestSchema>;

export const signoffFileSchema = z.strictObject({
  signatures: z.array(signatureRecordSchema).max(LIMITS.participants),
  absent: z.array(idSchema).max(LIMITS.participants),
  acceptedWarnings: z.array(shortText).max(LIMITS.acceptedWarnings),
});

export const sha256OfBytes = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** The seal time as the manifest and the PDF keep it: UTC, whole seconds. */
export const sealTime = (time: Date): string => `${time.toISOString().slice(0, 19)}Z`;

interface SealedFile {
  name: string;
  /** Shown by PDF readers in their attachments panel. */
  description: string;
  relationship: 'Source' | 'Supplement';
  bytes: Uint8Array;
}

export interface SealContents {
  manifest: SealManifest;
  /** In the order they are attached (and listed in the catalog's /AF). */
  files: SealedFile[];
  info: { title: string; author: string | null; subject: string; keywords: string; creator: string; modified: Date };
}

export interface SealParameters {
  sealedAt: string;
  creator: string;
}

const utf8 = (text: string) => new TextEncoder().encode(text);

/**
 * Everything the seal writes for `record` over `printed`. Throws SealError when the record
 * does not hold together (content that does not hash to its fingerprint, a broken chain):
 * Accord never seals a charter that would not verify.
 */
export function sealContents(printed: Uint8Array, record: CharterRecord, { sealedAt, creator }: SealParameters): SealContents {
  const contentText = canonicalJson(record.content);
  const contentBytes = utf8(contentText);
  if (sha256OfBytes(contentBytes) !== record.fingerprint) throw new SealError(`The content of charter version ${record.version} does not match its fingerprint; Accord will not seal it.`);
  const chain = verifySignatureChain(record.signatures, sha256Hex, record.fingerprint);
  if (!chain.ok) throw new SealError(`Signature ${chain.index + 1} of charter version ${record.version} ${chain.reason}; Accord will not seal it.`);
  const signoffBytes = utf8(canonicalJson({ signatures: record.signatures, absent: record.absent, acceptedWarnings: record.acceptedWarnings }));
  const manifest: SealManifest = {
    format: SEAL_FORMAT,
    formatVersion: SEAL_FORMAT_VERSION,
    creator,
    sealedAt,
    workshopId: record.content.workshopId,
    charterVersion: record.version,
    latestVersion: record.latestVersion,
    paperSize: record.paperSize,
    fingerprint: record.fingerprint,
    printed: { bytes: printed.byteLength, sha256: sha256OfBytes(printed) },
    signoffSha256: sha256OfBytes(signoffBytes),
  };
  const { cover } = record.content;
  const title = oneLine(cover.title) || 'Alignment charter';
  const company = oneLine(cover.company);
  return {
    manifest,
    files: [
      { name: CONTENT_FILE, description: `What version ${record.version} of the charter says, as canonical JSON; its SHA-256 is the fingerprint ${record.fingerprint}.`, relationship: 'Source', bytes: contentBytes },
      { name: SIGNOFF_FILE, description: `The sign-off of version ${record.version}: ${record.signatures.length} signature(s) in a hash chain bound to the fingerprint.`, relationship: 'Source', bytes: signoffBytes },
      { name: MANIFEST_FILE, description: 'What Accord sealed: the printed bytes (length and SHA-256), the charter version and its fingerprint.', relationship: 'Supplement', bytes: utf8(canonicalJson(manifest)) },
    ],
    info: {
      title: `${title}, version ${record.version}`,
      author: oneLine(cover.facilitator) || null,
      subject: `Sales and marketing alignment charter${company ? ` of ${company}` : ''}${cover.date ? `, ${cover.date}` : ''}`,
      keywords: `Accord alignment charter; version ${record.version}; fingerprint sha256:${record.fingerprint}`,
      creator,
      modified: new Date(sealedAt),
    },
  };
}

/** The charter cannot be sealed; the message says why, for the facilitator. */
export class SealError extends Error {
  override name = 'SealError';
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * "Verify a charter…": three plain answers about a PDF's bytes, with the reason.
 *
 * - unchanged: the file is byte for byte what Accord's seal makes of the printed PDF and the
 *   charter data embedded in it. The manifest's SHA-256 of the printed bytes matches the file
 *   up to the seal; writing the seal again over those bytes, from the embedded data, gives
 *   exactly the rest of the file (so nothing was added after it, and the attachments and the
 *   document information are as sealed); the embedded content hashes to the fingerprint, and
 *   the signatures form an intact chain bound to it.
 * - contentIntact: the file changed (saved again by another program, or edited), but the
 *   embedded charter still hashes to its fingerprint and its signature chain holds: the
 *   charter is returned so a reader can compare it with the pages.
 * - altered: anything else, including a file that is not a PDF or not an Accord charter.
 *
 * Pure of Electron and of the library (the host adds which version of its workshop matches);
 * never throws, whatever the bytes, and unpacks no more than a charter can need
 * (loadPdfWithinBudget, and a budget for the attached files).
 */
import { inflateSync } from 'node:zlib';
import { EncryptedPDFError, ParseSpeeds, PDFArray, PDFDict, type PDFDocument, PDFHexString, PDFName, PDFRawStream, PDFString, type PDFObject } from '@cantoo/pdf-lib';
import { canonicalJson } from '../../../src/domain/canonicalJson';
import type { CharterContent, CharterRecord } from '../../../src/domain/charterRecord';
import { verifySignatureChain } from '../../../src/domain/signoff';
import { charterContentSchema } from '../../../src/domain/workshopSchema';
import { formatMegabytes, MAX_VERIFY_BYTES, type CharterVerification } from '../../../src/shared/accordApi';
import { CONTENT_FILE, MANIFEST_FILE, manifestSchema, sealContents, sha256OfBytes, SIGNOFF_FILE, signoffFileSchema, type SealManifest } from './charterSeal';
import { sha256Hex } from './fingerprintCharter';
import { loadPdfWithinBudget, PdfUnpackRefusedError } from './loadPdfWithinBudget';
import { writeSeal } from './sealCharterPdf';

/** All of Accord's sealed files together, decoded (a 20 MB workshop's charter data is far less). */
const MAX_ATTACHMENT_BYTES = 64 * 1024 * 1024;
/** Name trees nest this deep at most here; a loop in a damaged file must not recurse forever. */
const MAX_NAME_TREE_DEPTH = 16;

export type VerifyCharterPdf = (bytes: Uint8Array) => Promise<CharterVerification>;

interface Embedded {
  manifest: SealManifest;
  record: CharterRecord;
}

/**
 * A verifier that remembers the seals it wrote again (by their manifest, which names every
 * input: the printed bytes' hash, the content's and the sign-off's hashes, the time and the
 * Accord that sealed), so checking the same charter twice parses its pages once.
 */
export function createCharterVerifier({ cacheSize = 8 }: { cacheSize?: number } = {}): VerifyCharterPdf {
  const seals = new Map<string, Promise<Uint8Array>>();
  const expectedSeal = (printed: Uint8Array, embedded: Embedded): Promise<Uint8Array> => {
    const key = sha256Hex(canonicalJson(embedded.manifest));
    let seal = seals.get(key);
    if (seal) {
      seals.delete(key); // most recently used goes last
    } else {
      const { sealedAt, creator } = embedded.manifest;
      seal = writeSeal(printed, sealContents(printed, embedded.record, { sealedAt, creator })).then((sealed) => sealed.slice(printed.byteLength));
      seal.catch(() => seals.delete(key));
    }
    seals.set(key, seal);
    while (seals.size > cacheSize) seals.delete(seals.keys().next().value!);
    return seal;
  };
  return async (bytes) => {
    try {
      return await verify(bytes, expectedSeal);
    } catch (error) {
      return altered(`Accord could not read this file as a charter (${describe(error)}).`);
    }
  };
}

async function verify(bytes: Uint8Array, expectedSeal: (printed: Uint8Array, embedded: Embedded) => Promise<Uint8Array>): Promise<CharterVerification> {
  if (bytes.byteLength === 0) return altered('The file is empty.');
  if (bytes.byteLength > MAX_VERIFY_BYTES) return altered(`This file is ${formatMegabytes(bytes.byteLength)}; Accord verifies charters up to ${formatMegabytes(MAX_VERIFY_BYTES)}.`);
  if (!hasPdfHeader(bytes)) return altered('This is not a PDF file.');

  let doc: PDFDocument;
  try {
    doc = await loadPdfWithinBudget(bytes, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest, throwOnInvalidObject: false });
  } catch (error) {
    if (error instanceof EncryptedPDFError) return altered('This PDF is encrypted; Accord never encrypts the charters it exports.');
    if (error instanceof PdfUnpackRefusedError) return altered(error.message);
    return altered(`This PDF is damaged: Accord could not read it (${describe(error)}).`);
  }

  const files = attachedFiles(doc);
  if (typeof files === 'string') return altered(files);
  const ours = [MANIFEST_FILE, CONTENT_FILE, SIGNOFF_FILE];
  if (ours.every((name) => !files.has(name))) return altered('This PDF carries no charter data from Accord: Accord did not export it, or the data was taken out of it.');
  const missing = ours.filter((name) => files.get(name)?.length !== 1);
  if (missing.length > 0) return altered(`The charter data Accord seals into its files is incomplete or doubled (${missing.join(', ')}): the file was changed.`);

  const checked = checkEmbedded(files.get(MANIFEST_FILE)![0]!, files.get(CONTENT_FILE)![0]!, files.get(SIGNOFF_FILE)![0]!);
  if ('problem' in checked) return { ...altered(checked.problem), fingerprint: checked.fingerprint };
  const { manifest, record } = checked;

  const change = await changeSinceSeal(bytes, checked, expectedSeal);
  const what = `version ${record.version} of “${record.content.cover.title || 'the alignment charter'}”, fingerprint ${record.fingerprint.slice(0, 12)}…`;
  const signed = record.signatures.length === 0 ? 'no signatures yet' : `${record.signatures.length} signature${record.signatures.length === 1 ? '' : 's'} in an intact chain`;
  const sealedAt = manifest.sealedAt;
  if (change === null) {
    const check = `The file is exactly as an Accord seal leaves it (nothing was changed or added after the seal), and the charter data inside matches its fingerprint, with ${signed}.`;
    return {
      verdict: 'unchanged',
      reason: `Unchanged since Accord exported it on ${sealedAt.slice(0, 10)} (${what}): ${check.charAt(0).toLowerCase()}${check.slice(1)}`,
      check,
      sealedAt,
      fingerprint: record.fingerprint,
      library: null,
      embeddedCharter: record,
    };
  }
  return {
    verdict: 'contentIntact',
    reason: `Changed after Accord exported it: ${change}. The charter embedded in it (${what}) still matches its fingerprint, with ${signed}: compare the pages with it, since the pages themselves may differ.`,
    check: `${change.charAt(0).toUpperCase()}${change.slice(1)}. The charter data inside still matches its fingerprint, with ${signed}: compare the pages with it, since the pages themselves may differ.`,
    sealedAt,
    fingerprint: record.fingerprint,
    library: null,
    embeddedCharter: record,
  };
}

// ---------------------------------------------------------------- the embedded charter

type Checked = Embedded | { problem: string; fingerprint: string | null };

function checkEmbedded(manifestBytes: Uint8Array, contentBytes: Uint8Array, signoffBytes: Uint8Array): Checked {
  const manifestValue = canonicalValue(manifestBytes);
  const manifest = manifestValue === NOT_CANONICAL ? null : manifestSchema.safeParse(manifestValue);
  // A version newer than the newest the workshop had is no state Accord ever writes.
  if (!manifest?.success || manifest.data.latestVersion < manifest.data.charterVersion) return { problem: 'The seal’s manifest is not one Accord writes: the file was changed, or made by a newer Accord.', fingerprint: null };
  const claimed = manifest.data;
  const fail = (problem: string): Checked => ({ problem, fingerprint: claimed.fingerprint });

  if (sha256OfBytes(contentBytes) !== claimed.fingerprint) return fail('The charter embedded in this file does not match its fingerprint: the charter data was changed.');
  const contentValue = canonicalValue(contentBytes);
  const content = contentValue === NOT_CANONICAL ? null : charterContentSchema.safeParse(contentValue);
  if (!content?.success) return fail('The charter embedded in this file is not one this Accord can read: the file was changed, or made by a newer Accord.');
  if (content.data.workshopId !== claimed.workshopId) return fail('The embedded charter belongs to another workshop than its seal names: the file was changed.');

  if (sha256OfBytes(signoffBytes) !== claimed.signoffSha256) return fail('The signatures embedded in this file are not the ones sealed with it: the sign-off data was changed.');
  const signoffValue = canonicalValue(signoffBytes);
  const signoff = signoffValue === NOT_CANONICAL ? null : signoffFileSchema.safeParse(signoffValue);
  if (!signoff?.success) return fail('The sign-off embedded in this file is not one this Accord can read: the file was changed, or made by a newer Accord.');
  const chain = verifySignatureChain(signoff.data.signatures, sha256Hex, claimed.fingerprint);
  if (!chain.ok) return fail(`Signature ${chain.index + 1} embedded in this file ${chain.reason}: the sign-off was changed.`);

  return {
    manifest: claimed,
    record: {
      content: content.data as CharterContent,
      version: claimed.charterVersion,
      fingerprint: claimed.fingerprint,
      signatures: signoff.data.signatures,
      absent: signoff.data.absent,
      acceptedWarnings: signoff.data.acceptedWarnings,
      latestVersion: claimed.latestVersion,
      paperSize: claimed.paperSize,
    },
  };
}

const NOT_CANONICAL = Symbol('not canonical');

/** The JSON value of UTF-8 bytes that are its canonical text, as Accord writes every file it seals. */
function canonicalValue(bytes: Uint8Array): unknown {
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    const value: unknown = JSON.parse(text);
    return canonicalJson(value) === text ? value : NOT_CANONICAL;
  } catch {
    return NOT_CANONICAL;
  }
}

// ---------------------------------------------------------------- the bytes around the data

/** Null when the file is exactly the printed bytes plus Accord's seal; else what changed, completing "Changed after Accord exported it: …". */
async function changeSinceSeal(bytes: Uint8Array, embedded: Embedded, expectedSeal: (printed: Uint8Array, embedded: Embedded) => Promise<Uint8Array>): Promise<string | null> {
  const { printed } = embedded.manifest;
  if (printed.bytes >= bytes.byteLength || sha256OfBytes(bytes.subarray(0, printed.bytes)) !== printed.sha256) {
    return 'its pages are no longer the bytes Accord printed (another program saved the file again, or changed it)';
  }
  let seal: Uint8Array;
  try {
    seal = await expectedSeal(bytes.subarray(0, printed.bytes), embedded);
  } catch {
    return 'the printed part cannot be sealed again by Accord, so the seal is not Accord’s';
  }
  const rest = bytes.subarray(printed.bytes);
  if (equalBytes(rest, seal)) return null;
  if (rest.byteLength > seal.byteLength && equalBytes(rest.subarray(0, seal.byteLength), seal)) {
    return 'something was added after Accord’s seal (another program saved changes into the file)';
  }
  return 'the part Accord added when sealing it was changed';
}

function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.byteLength === b.byteLength && Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(Buffer.from(b.buffer, b.byteOffset, b.byteLength));
}

/** "%PDF-" within the first kilobyte, where readers look for it. */
function hasPdfHeader(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024)).includes('%PDF-', 0, 'latin1');
}

// ---------------------------------------------------------------- attachments

/** Every attached file by its name in the catalog's /EmbeddedFiles name tree (a name may come twice), or why they cannot be read. */
function attachedFiles(doc: PDFDocument): Map<string, Uint8Array[]> | string {
  try {
    return readNameTree(doc);
  } catch {
    return 'This PDF is damaged: Accord could not read its list of attached files.';
  }
}

function readNameTree(doc: PDFDocument): Map<string, Uint8Array[]> | string {
  const files = new Map<string, Uint8Array[]>();
  if (!(doc.catalog instanceof PDFDict)) return 'This PDF is damaged: it has no document catalog.';
  const names = doc.catalog.lookup(PDFName.of('Names'));
  if (!(names instanceof PDFDict)) return files;
  const tree = names.lookup(PDFName.of('EmbeddedFiles'));
  if (!(tree instanceof PDFDict)) return files;
  const seen = new Set<PDFObject>();
  let decoded = 0;
  const visit = (node: PDFDict, depth: number): string | null => {
    if (depth > MAX_NAME_TREE_DEPTH || seen.has(node)) return 'Its list of attached files is damaged.';
    seen.add(node);
    const pairs = node.lookup(PDFName.of('Names'));
    if (pairs instanceof PDFArray) {
      for (let index = 0; index + 1 < pairs.size(); index += 2) {
        const key = pairs.lookup(index);
        if (!(key instanceof PDFString || key instanceof PDFHexString)) return 'Its list of attached files is damaged.';
        const name = key.decodeText();
        // Only Accord's own files are decoded, each once, within one budget for them all: a
        // crafted list naming one huge compressed stream many times cannot fill the memory.
        if (files.has(name) || !SEALED_FILES.has(name)) {
          files.set(name, [...(files.get(name) ?? []), NOT_DECODED]);
          continue;
        }
        const data = fileData(pairs.lookup(index + 1), MAX_ATTACHMENT_BYTES - decoded);
        if (typeof data === 'string') return data;
        decoded += data.byteLength;
        files.set(name, [data]);
      }
    }
    const kids = node.lookup(PDFName.of('Kids'));
    if (kids instanceof PDFArray) {
      for (let index = 0; index < kids.size(); index++) {
        const kid = kids.lookup(index);
        if (!(kid instanceof PDFDict)) return 'Its list of attached files is damaged.';
        const problem = visit(kid, depth + 1);
        if (problem) return problem;
      }
    }
    return null;
  };
  return visit(tree, 0) ?? files;
}

const SEALED_FILES = new Set([MANIFEST_FILE, CONTENT_FILE, SIGNOFF_FILE]);
/** Stands for an attached file that is not read: a second one of a name, or one Accord never writes. */
const NOT_DECODED = new Uint8Array(0);

/** The decoded bytes of a file specification's embedded file (at most `budget` bytes), or why they cannot be read. */
function fileData(spec: PDFObject | undefined, budget: number): Uint8Array | string {
  const damaged = 'One of its attached files is damaged.';
  if (!(spec instanceof PDFDict)) return damaged;
  const ef = spec.lookup(PDFName.of('EF'));
  const stream = ef instanceof PDFDict ? ef.lookup(PDFName.of('F')) : undefined;
  if (!(stream instanceof PDFRawStream)) return damaged;
  if (stream.dict.has(PDFName.of('DecodeParms'))) return 'One of its attached files is encoded in a way Accord does not write.';
  const filter = stream.dict.lookup(PDFName.of('Filter'));
  const filters = filter === undefined ? [] : filter instanceof PDFArray ? filter.asArray().map((item) => stream.dict.context.lookup(item)) : [filter];
  if (filters.length === 0) return stream.contents.byteLength > budget ? damaged : stream.contents;
  if (filters.length !== 1 || filters[0] !== PDFName.of('FlateDecode')) return 'One of its attached files is encoded in a way Accord does not write.';
  try {
    return new Uint8Array(inflateSync(stream.contents, { maxOutputLength: Math.max(1, budget) }));
  } catch {
    return damaged;
  }
}

// ---------------------------------------------------------------- answers

function altered(reason: string): CharterVerification {
  return { verdict: 'altered', reason, fingerprint: null, library: null, embeddedCharter: null };
}

function describe(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.length > 200 ? `${message.slice(0, 200)}…` : message;
}

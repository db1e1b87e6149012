/**
 * Loads a PDF that anyone may have made (a file to verify) with a bound on the work pdf-lib does.
 *
 * While it loads, pdf-lib unpacks two kinds of stream, each as it meets it and without a limit:
 * object streams (/Type /ObjStm) and cross-reference streams (/Type /XRef). A 300 KB object
 * stream of deflated zeros unpacks to 300 MB; a cross-reference stream that declares a hundred
 * million entries makes pdf-lib build them all from a few bytes. Every other stream stays packed
 * until someone decodes it (verifyCharterPdf decodes only Accord's attachments, within a budget).
 *
 * Decided: bound exactly what pdf-lib unpacks, at the two factories its parser calls to unpack
 * (`PDFObjectStreamParser.forStream`, `PDFXRefStreamParser.forStream`), wrapped once when this
 * module loads. Each stream is inflated by zlib (native, stops at `maxOutputLength`) within one
 * budget per load, and pdf-lib is handed the unpacked bytes; over budget, the stream is refused
 * (pdf-lib then skips that object as unreadable) and the load says why. Rejected alternatives,
 * measured here: a pre-scan that inflates every Flate stream under a total budget refuses real
 * charters (a 2,059-page charter's streams unpack to 124 MB, 11× its 10.8 MB), and finding only
 * the streams pdf-lib unpacks means re-implementing its parser, where any disagreement is a way
 * round the bound. A worker thread's `resourceLimits` do not cap typed arrays (a worker limited
 * to 32 MB of heap allocated 600 MB of them), so it only bounds time, and needs an entry of its
 * own in the build. test/host/charter/hostilePdfs.test.ts fails if an update of pdf-lib moves the
 * unpacking elsewhere.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { constants, inflateRawSync } from 'node:zlib';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, PDFObjectStreamParser, PDFRawStream, PDFXRefStreamParser, type LoadOptions, type PDFContext, type PDFObject } from '@cantoo/pdf-lib';

const MB = 1024 * 1024;

/** A charter's packed objects unpack to a few megabytes (a 2,059-page one saved by qpdf with object streams: 20,000 objects). */
const UNPACK_LIMITS = {
  /** All object and cross-reference streams of one file together, unpacked. */
  totalBytes: 64 * MB,
  /** One such stream, unpacked. */
  streamBytes: 16 * MB,
  /** Objects in object streams plus cross-reference entries. */
  objects: 500_000,
};

/** The file asks for more unpacking than a charter can need; the message says so, for the reader. */
export class PdfUnpackRefusedError extends Error {
  override name = 'PdfUnpackRefusedError';
}

/** `PDFDocument.load`, with what it unpacks bounded by UNPACK_LIMITS. Throws PdfUnpackRefusedError over the bounds. */
export async function loadPdfWithinBudget(bytes: Uint8Array, options: LoadOptions): Promise<PDFDocument> {
  const budget = new UnpackBudget();
  let doc: PDFDocument;
  try {
    doc = await budgets.run(budget, () => PDFDocument.load(bytes, options));
  } catch (error) {
    if (budget.refusal !== null) throw new PdfUnpackRefusedError(budget.refusal);
    throw error;
  }
  if (budget.refusal !== null) throw new PdfUnpackRefusedError(budget.refusal);
  return doc;
}

class UnpackBudget {
  bytes = 0;
  objects = 0;
  /** The first reason a stream was refused; once set, every later stream is refused too. */
  refusal: string | null = null;

  refuse(reason: string): never {
    this.refusal ??= reason;
    throw new PdfUnpackRefusedError(this.refusal);
  }
}

const budgets = new AsyncLocalStorage<UnpackBudget>();
/** Loads that do not go through loadPdfWithinBudget (sealing Chromium's own output) are bounded all the same, per document. */
const unscopedBudgets = new WeakMap<PDFContext, UnpackBudget>();

function budgetFor(context: PDFContext): UnpackBudget {
  const scoped = budgets.getStore();
  if (scoped) return scoped;
  let budget = unscopedBudgets.get(context);
  if (!budget) unscopedBudgets.set(context, (budget = new UnpackBudget()));
  return budget;
}

/** The stream's bytes unpacked within the budget, as a stream without filters (pdf-lib then reads them as they are). */
function unpacked(stream: PDFRawStream, count: (dict: PDFDict, data: Uint8Array) => number): PDFRawStream {
  const { dict } = stream;
  const budget = budgetFor(dict.context);
  if (budget.refusal !== null) budget.refuse(budget.refusal);
  const filter = dict.lookup(PDFName.of('Filter'));
  const filters: PDFObject[] = filter === undefined ? [] : filter instanceof PDFArray ? filter.asArray().map((item) => dict.context.lookup(item) as PDFObject) : [filter];
  if (filters.length > 1 || (filters.length === 1 && filters[0] !== PDFName.of('FlateDecode'))) {
    budget.refuse(`The file packs objects with a compression Accord’s charters never use (${filters.map(String).join(' ')}), so Accord did not unpack them.`);
  }
  const room = Math.min(UNPACK_LIMITS.streamBytes, UNPACK_LIMITS.totalBytes - budget.bytes);
  const data = filters.length === 0 ? stream.contents : inflateWithin(stream.contents, room, budget);
  if (data.byteLength > room) budget.refuse(tooMuchData());
  budget.bytes += data.byteLength;
  budget.objects += count(dict, data);
  if (budget.objects > UNPACK_LIMITS.objects) {
    budget.refuse(`The file holds more objects than a charter can (over ${UNPACK_LIMITS.objects.toLocaleString('en')}), so Accord stopped reading it.`);
  }
  const plain = PDFDict.fromMapWithContext(new Map(dict.entries()), dict.context);
  plain.delete(PDFName.of('Filter'));
  plain.delete(PDFName.of('DecodeParms'));
  return PDFRawStream.of(plain, data);
}

const tooMuchData = () =>
  `The file holds more compressed data than a charter can: its packed objects unpack to more than ${UNPACK_LIMITS.totalBytes / MB} MB (or one of them to more than ${UNPACK_LIMITS.streamBytes / MB} MB), so Accord stopped reading it.`;

/**
 * Inflates as pdf-lib's own FlateStream does (the same header checks, no checksum check, what
 * a truncated stream holds so far), but natively and never past `room` bytes.
 */
function inflateWithin(contents: Uint8Array, room: number, budget: UnpackBudget): Uint8Array {
  const [cmf = -1, flg = -1] = contents;
  if (cmf === -1 || flg === -1 || (cmf & 0x0f) !== 0x08 || ((cmf << 8) + flg) % 31 !== 0 || flg & 0x20) {
    throw new Error('An object stream of this file has a damaged header.'); // pdf-lib refuses these too: the object is skipped
  }
  try {
    return inflateRawSync(contents.subarray(2), { maxOutputLength: Math.max(1, room), finishFlush: constants.Z_SYNC_FLUSH });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') budget.refuse(tooMuchData());
    throw error;
  }
}

/** An object stream holds /N objects, each at least a digit long. */
function objectsInObjectStream(dict: PDFDict): number {
  const count = dict.lookup(PDFName.of('N'));
  return count instanceof PDFNumber ? Math.max(0, count.asNumber()) : 0;
}

/**
 * pdf-lib reads as many entries as the cross-reference stream declares (/Index, else /Size),
 * each /W bytes wide, whether or not its data holds them: a declaration the data cannot hold
 * is refused before pdf-lib loops over it.
 */
function entriesInXRefStream(dict: PDFDict, data: Uint8Array): number {
  const numbers = (value: PDFObject | undefined): number[] =>
    value instanceof PDFArray ? value.asArray().map((item) => dict.context.lookup(item)).map((item) => (item instanceof PDFNumber ? item.asNumber() : 0)) : [];
  const index = numbers(dict.lookup(PDFName.of('Index')));
  const size = dict.lookup(PDFName.of('Size'));
  const lengths = index.length > 0 ? index.filter((_, position) => position % 2 === 1) : [size instanceof PDFNumber ? size.asNumber() : 0];
  const entries = lengths.reduce((sum, length) => sum + Math.max(0, length), 0);
  const width = numbers(dict.lookup(PDFName.of('W'))).reduce((sum, bytes) => sum + Math.max(0, bytes), 0);
  if (entries > 0 && (width === 0 || entries * width > data.byteLength)) {
    budgetFor(dict.context).refuse('Its cross-reference stream declares more entries than it holds, so Accord stopped reading it.');
  }
  return entries;
}

/** Wraps pdf-lib's two unpacking factories once, however often this module is loaded. */
function install(): void {
  const marker = Symbol.for('accord.boundedUnpacking');
  const objectStreams = PDFObjectStreamParser as unknown as { forStream: (stream: PDFRawStream, shouldWaitForTick?: () => boolean) => unknown } & Record<symbol, boolean>;
  const xrefStreams = PDFXRefStreamParser as unknown as { forStream: (stream: PDFRawStream) => unknown } & Record<symbol, boolean>;
  if (objectStreams[marker]) return;
  const objectStreamParser = objectStreams.forStream;
  const xrefStreamParser = xrefStreams.forStream;
  objectStreams.forStream = (stream, shouldWaitForTick) => objectStreamParser(unpacked(stream, objectsInObjectStream), shouldWaitForTick);
  xrefStreams.forStream = (stream) => xrefStreamParser(unpacked(stream, entriesInXRefStream));
  objectStreams[marker] = true;
}

install();

/**
 * Seals a printed charter: one incremental update appended to Chromium's bytes, which stay an
 * exact prefix of the file (PRINTING.md). The update sets the document information and
 * attaches the charter's canonical JSON, its sign-off and a manifest (charterSeal.ts).
 *
 * Metadata, decided: Producer and CreationDate stay as Chromium wrote them (Skia/PDF made every
 * page, at that time); Creator becomes "Accord <version>" (the program whose document was
 * printed, instead of a browser's user-agent string); ModDate is the seal time, because the
 * seal does modify the file — the manifest gives the same instant. Loading with
 * `updateMetadata: false` keeps pdf-lib from writing its own Producer and the current time.
 */
import { ParseSpeeds, PDFDict, type PDFDocument, PDFHexString, PDFName, PDFString, type PDFContext, type PDFRef } from '@cantoo/pdf-lib';
import type { CharterRecord } from '../../../src/domain/charterRecord';
import { sealContents, SealError, type SealContents, type SealParameters } from './charterSeal';
import { loadPdfWithinBudget } from './loadPdfWithinBudget';

export { SealError };

/** The sealed PDF. Deterministic: the same printed bytes, record and parameters give the same bytes. */
export async function sealCharterPdf(printed: Uint8Array, record: CharterRecord, parameters: SealParameters): Promise<Uint8Array> {
  return writeSeal(printed, sealContents(printed, record, parameters));
}

export async function writeSeal(printed: Uint8Array, seal: SealContents): Promise<Uint8Array> {
  let doc: PDFDocument;
  try {
    // Fastest: parse in one go instead of yielding every hundred objects (a large charter has tens of thousands).
    doc = await loadPdfWithinBudget(printed, { forIncrementalUpdate: true, updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
  } catch (error) {
    throw new SealError(`The printed charter is not a PDF Accord can seal (${(error as Error).message}).`);
  }
  const { info } = seal;
  doc.setTitle(info.title);
  if (info.author !== null) doc.setAuthor(info.author);
  doc.setSubject(info.subject);
  doc.setKeywords([info.keywords]);
  doc.setCreator(info.creator);
  doc.setModificationDate(info.modified);
  attachFiles(doc, seal);
  // What save() does for a document loaded for an incremental update, with the bookkeeping
  // paused (see attachFiles): writing sets each new stream's /Length, which it would record too.
  const snapshot = doc.context.snapshot!;
  doc.context.snapshot = undefined;
  let increment: Uint8Array;
  try {
    increment = await doc.saveIncremental(snapshot, { useObjectStreams: false, objectsPerTick: Number.POSITIVE_INFINITY });
  } finally {
    doc.context.snapshot = snapshot;
  }
  const sealed = new Uint8Array(printed.byteLength + increment.byteLength);
  sealed.set(printed);
  sealed.set(increment, printed.byteLength);
  return sealed;
}

/**
 * Attaches the files the way `PDFDocument.attach` does (a /Filespec with /EF, /UF and
 * /AFRelationship, listed in the catalog's /EmbeddedFiles name tree and /AF), but faster on a
 * long charter: pdf-lib records every change of a nested object by searching the whole
 * document for the object that holds it (`attach` took a second per file on a thousand pages).
 * The new objects change nothing that exists, so they are built with that bookkeeping paused;
 * they are saved because they are new. The catalog and the Info dictionary, the only objects
 * that change, are changed with it running.
 */
function attachFiles(doc: PDFDocument, seal: SealContents): void {
  const { context, catalog } = doc;
  const names = catalog.lookupMaybe(PDFName.of('Names'), PDFDict);
  if (names?.has(PDFName.of('EmbeddedFiles'))) throw new SealError('The printed charter already carries attached files; Accord seals only what it printed itself.');
  if (catalog.has(PDFName.of('AF'))) throw new SealError('The printed charter already lists associated files; Accord seals only what it printed itself.');
  const { embeddedFiles, associated } = untracked(context, () => {
    const entries = seal.files.map((file) => embedFile(context, file, PDFString.fromDate(seal.info.modified)));
    // A name tree's keys are sorted; the names are ASCII, so code-unit order is byte order.
    const sorted = [...entries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    return {
      embeddedFiles: context.obj({ Names: sorted.flatMap((entry) => [entry.key, entry.ref]) }),
      associated: context.obj(entries.map((entry) => entry.ref)),
    };
  });
  if (names) names.set(PDFName.of('EmbeddedFiles'), embeddedFiles);
  else catalog.set(PDFName.of('Names'), untracked(context, () => context.obj({ EmbeddedFiles: embeddedFiles })));
  catalog.set(PDFName.of('AF'), associated);
}

/** Builds new objects with pdf-lib's change bookkeeping paused (see attachFiles). */
function untracked<T>(context: PDFContext, build: () => T): T {
  const snapshot = context.snapshot;
  context.snapshot = undefined;
  try {
    return build();
  } finally {
    context.snapshot = snapshot;
  }
}

function embedFile(context: PDFContext, file: SealContents['files'][number], modified: PDFString): { key: PDFHexString; ref: PDFRef; name: string } {
  const stream = context.flateStream(file.bytes, {
    Type: 'EmbeddedFile',
    Subtype: 'application/json',
    Params: { Size: file.bytes.byteLength, ModDate: modified },
  });
  const spec = context.obj({
    Type: 'Filespec',
    F: PDFString.of(file.name),
    UF: PDFHexString.fromText(file.name),
    EF: { F: context.register(stream) },
    Desc: PDFHexString.fromText(file.description),
    AFRelationship: file.relationship,
  });
  return { key: PDFHexString.fromText(file.name), ref: context.register(spec), name: file.name };
}
